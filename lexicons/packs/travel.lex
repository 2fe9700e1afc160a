# Travel & airlines: flights, trains, airports, seats, crew, hotels, car hire, baggage, check-in and boarding
#
# The default lexicon plus the words of airlines, train operators, travel
# agents and car hire firms: fares for price_value, compensation for billing,
# crew, conductors and drivers for staff, late departures and hours on the
# tarmac for wait_time, announcements for communication, legroom, cabins and
# terminals for ambience. Two themes of its own: fulfilment/baggage (checked
# and cabin bags, lost or damaged luggage, allowances and fees) and
# service/check_in (check-in, bag drop, security, boarding, gates, boarding
# passes, seats given at check-in).
#
# Use it with `vocal scan --themes builtin:travel`, or build on it from your
# own lexicon with `@include builtin:travel`.

@include ../default.lex

# Checked and cabin bags: lost, delayed or damaged luggage, allowances, fees.
[fulfilment/baggage]
bag
bags
baggage
luggage
suitcase*
carry on
carry ons
cabin bag*
checked bag*
hold bag*
holdall
carousel
overhead bin*
overhead locker*
overhead compartment*
backpack*
rucksack*
pushchair*
stroller
strollers
golf clubs
skis
allowance
off the belt
reclaim

# Check-in, bag drop, security, boarding, the gate, boarding passes, seats
# given at check-in.
[service/check_in]
check in
checkin
checked in
checking in
bag drop
security
boarding
boarded
gate
gates
seat allocation
allocated seat*
assigned seat*
seat assignment*
passport control
immigration
fast track
front desk
kiosk*
bumped
sit together
sat together
seated together
seats together
sat apart
seated apart
seats apart
border control
bus to the plane
overbook* NEAR/3 flight*
# a deposit held on a hire car is not airport security
!security deposit

# Fares, paying extra for seats and bags, cash grabs.
[commercial/price_value]
fare
fares
airfare*
charged extra
upgrade fee*
gone up
going up
pay for seats
money grab
extra for
# a meal or hotel voucher handed out in a delay is care, not a discount
!food voucher*
!meal voucher*
!hotel voucher*
!refreshment voucher*

# EU261 claims (refunds, compensation, delay repay and deposits are already
# the default's words).
[commercial/billing]
eu261
# a socket to charge a phone is not a charge on the bill
!charging point*
!charging port*
!charging socket*
!phone charging
!usb charging

# Food and drink on board, beds, the hire car itself.
[product/quality]
snack*
sandwich*
bed
beds
pillow*
hire car
the car was
car was
vehicle
tea
drink
buffet

# Wifi, entertainment, sockets, routes, flexible tickets, frequent flyer schemes.
[product/features]
wifi
wi fi
screen*
usb
power socket*
plug socket*
power outlet*
charging point*
direct flight*
routes
destinations
flexible ticket*
flexible booking
flexibility
frequent flyer
air miles
airmiles
avios
doesn't let you
doesnt let you
points expire
loyalty scheme
cot
lounge access
pick a seat
choose a seat
choose our seats
plugs
sockets

# Booking and managing a trip; easy or hard.
[product/ease_of_use]
book online
booked online
booking online
manage my booking
manage booking
wouldnt let me
wouldn't let me
cannot find
was quick and
so difficult
very difficult
really difficult
too difficult
was difficult
is difficult
made it difficult
slick

# Crew, conductors, drivers, reps, guides and agents.
[service/staff]
flight attendant*
steward
air hostess*
captain
conductor*
train guard
ticket inspector*
gate agent*
the driver
our driver
drivers
taxi driver*
coach driver*
transfer driver*
bus driver*
holiday rep*
tour guide*
our guide
the guide
not helpful
wasn't helpful
nothing was too much trouble
couldn't do enough
could not do enough
the lady
the man at
team was
was helpful
are helpful
been helpful
were lovely
was lovely
chatting

# Late departures and arrivals, the tarmac, missed connections, how long it took.
[service/wait_time]
late departure
departed late
left late
an hour late
late arrival
landed late
on time
tarmac
runway
missed my connection
missed our connection
missed connection*
for ages
took BEFORE/3 months
took BEFORE/3 minutes
took BEFORE/3 month
took BEFORE/3 week
within BEFORE/2 days
within BEFORE/2 hours
within BEFORE/2 minutes
within BEFORE/2 mins
for BEFORE/2 months
for BEFORE/2 weeks
days in the same
hour early
hours early
were quick
very quick
so quick
stuck on the plane
stuck on the train
stuck at the airport
resolved quickly
processed quickly
answered quickly
late every
hrs late
hung around
hanging around
sat on the plane
sat at the gate
held at the gate
landed early
early arrival
got in early
stuck in
stuck at
for BEFORE/2 days

# Rebooking, being looked after when stranded, getting help.
[service/support]
re book*
spoke to someone
no hotel offered
looked after us
left to fend
fend for ourselves
on hold
phone call*
nobody could help
no one could help
duty of care
meal voucher*
food voucher*
hotel voucher*
refreshment voucher*
# "no complaints" is praise, not a complaint to the support team
!no real complaints
!nothing to complain about
!can't complain
!cannot complain
# in travel a ticket is what you travel on, not a support ticket
!ticket
!tickets

# Announcements, departure boards, notice of changes, confirmations, replies.
[service/communication]
announced
tannoy
departure board*
confirmation
nobody told us
no one told us
in the dark
called me back
call me back
get back to me
got back to me
nothing like the photo*
clearly stated
updated us
a response
any response
in touch
not answering
wasn't answering
never answered
no answer
didn't answer
did not answer

# Flying, booking or staying with them again, or never.
[relationship/loyalty]
never fly
will fly
won't fly
would fly
fly BEFORE/4 again
flying BEFORE/4 again
book* BEFORE/4 again
travel* BEFORE/4 again
using BEFORE/4 again
use BEFORE/4 again
stay BEFORE/4 again
stays BEFORE/4 again
stayed BEFORE/4 again
staying BEFORE/4 again
been flying with
flown with them
with them for
with them since
# an airline that cancels a flight or train is not a customer who cancels
!flight* NEAR/5 cancel*
!cancel* NEAR/5 flight*
!train* NEAR/5 cancel*
!cancel* NEAR/5 train*

# Legroom and seats, crowding, temperature, terminals, lounges, rooms, location.
[experience/ambience]
seat pitch
recline
reclining
packed
busy
carriage*
heating
too hot
too cold
clean plane
plane was clean
cabin was clean
train was clean
room was clean
clean room*
beach
airport was
lovely airport
the airport is
terminal was
terminal is
departures area
hotel was
sleeper
no water
room was
seat was
comfy seat*
comfortable seat
was freezing
is freezing
absolutely freezing
freezing on
# toiletries are not toilets
!toiletries

[fulfilment/delivery]
# a crowded train, a full flight or a bag tracker are not a parcel
!packed
!pick up
!pickup
!cruise ship
!the ship
!tracking NEAR/3 bag
!tracking NEAR/3 bags
!tracking NEAR/3 baggage
!tracking NEAR/3 luggage
!flight arrived
!train arrived
!plane arrived
!we arrived
!bag NEAR/3 arriv*
!bags NEAR/3 arriv*
!baggage NEAR/3 arriv*
!luggage NEAR/3 arriv*
!suitcase* NEAR/3 arriv*

# Kiosks, scanners, apps and on-board equipment that fail.
[product/reliability]
never let us down
out of service
cut out
technical fault*
mechanical
engine problem*
breakdown
puncture
flat tyre
flat tire
signal failure*
never work
never working

# Display labels of this pack's own themes (the default's come with it):
# what a review shows in place of the name. They change no match and no
# number (lexicons/README.md, "Display labels").

[fulfilment/baggage]
@label Baggage

[service/check_in]
@label Check-in & boarding
