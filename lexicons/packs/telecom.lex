# Telecom & utilities: mobile, broadband, TV, energy and water; SIMs, routers, meters, tariffs, coverage, installations
#
# The default lexicon plus the words customers of mobile networks, broadband
# and TV providers and energy and water suppliers use: SIMs, handsets,
# routers, TV boxes, bills, meter readings, tariffs and contracts; and two
# themes of the trade, product/network (coverage, signal, dead zones, data
# and broadband speed where the customer is) and service/installation
# (engineer and technician visits, installation and connection
# appointments, smart meter installs, missed visits).
#
# Use it with `vocal scan --themes builtin:telecom`, or start your own
# lexicon with `@include builtin:telecom` and add your products' words.

@include ../default.lex

[product/quality]
# speeds are the network in this pack
!speeds
picture
water pressure
tap water
hard water
discoloured water
discolored water
brown water
cloudy water
smells of chlorine
hd
4k
great phone
good phone
the phone is
phone is great

# equipment next to a verdict on it
router NEAR/3 great
router NEAR/3 good
router NEAR/3 solid
router NEAR/3 excellent
router NEAR/3 brilliant
router NEAR/3 better
router NEAR/3 worse
router NEAR/3 cheap
router NEAR/3 flimsy
router NEAR/3 rubbish
router NEAR/3 feels
router NEAR/3 stunning
router NEAR/3 amazing
router NEAR/3 terrible
router NEAR/3 awful
router NEAR/3 poor
hub NEAR/3 great
hub NEAR/3 good
hub NEAR/3 solid
hub NEAR/3 excellent
hub NEAR/3 brilliant
hub NEAR/3 better
hub NEAR/3 worse
hub NEAR/3 cheap
hub NEAR/3 flimsy
hub NEAR/3 rubbish
hub NEAR/3 feels
hub NEAR/3 stunning
hub NEAR/3 amazing
hub NEAR/3 terrible
hub NEAR/3 awful
hub NEAR/3 poor
handset NEAR/3 great
handset NEAR/3 good
handset NEAR/3 solid
handset NEAR/3 excellent
handset NEAR/3 brilliant
handset NEAR/3 better
handset NEAR/3 worse
handset NEAR/3 cheap
handset NEAR/3 flimsy
handset NEAR/3 rubbish
handset NEAR/3 feels
handset NEAR/3 stunning
handset NEAR/3 amazing
handset NEAR/3 terrible
handset NEAR/3 awful
handset NEAR/3 poor
tv box NEAR/3 great
tv box NEAR/3 good
tv box NEAR/3 solid
tv box NEAR/3 excellent
tv box NEAR/3 brilliant
tv box NEAR/3 better
tv box NEAR/3 worse
tv box NEAR/3 cheap
tv box NEAR/3 flimsy
tv box NEAR/3 rubbish
tv box NEAR/3 feels
tv box NEAR/3 stunning
tv box NEAR/3 amazing
tv box NEAR/3 terrible
tv box NEAR/3 awful
tv box NEAR/3 poor
remote NEAR/3 great
remote NEAR/3 good
remote NEAR/3 solid
remote NEAR/3 excellent
remote NEAR/3 brilliant
remote NEAR/3 better
remote NEAR/3 worse
remote NEAR/3 cheap
remote NEAR/3 flimsy
remote NEAR/3 rubbish
remote NEAR/3 feels
remote NEAR/3 stunning
remote NEAR/3 amazing
remote NEAR/3 terrible
remote NEAR/3 awful
remote NEAR/3 poor
set top box NEAR/3 great
set top box NEAR/3 good
set top box NEAR/3 solid
set top box NEAR/3 excellent
set top box NEAR/3 brilliant
set top box NEAR/3 better
set top box NEAR/3 worse
set top box NEAR/3 cheap
set top box NEAR/3 flimsy
set top box NEAR/3 rubbish
set top box NEAR/3 feels
set top box NEAR/3 stunning
set top box NEAR/3 amazing
set top box NEAR/3 terrible
set top box NEAR/3 awful
set top box NEAR/3 poor
router NEAR/3 improvement
hub NEAR/3 improvement
handset NEAR/3 improvement
tv box NEAR/3 improvement
remote NEAR/3 improvement
set top box NEAR/3 improvement

[product/features]
# setting something up is ease of use, not a setting
!setting up
!setting it up
!setting things up
includes
rollover
one bill
voice search
allowance
unlimited calls
esim
e-sim
sim only
box sets
boxsets
on demand
catch up
recordings
recording
wifi calling
wi-fi calling
booster*
static ip
bundle*
green energy
renewable*

[product/reliability]
!can't fault
!cant fault
!cannot fault
fault
faults
water supply
gas supply
supply cut
breaking down
up and down
keeps breaking
been dead
dead since
no phone line
lost the internet
line went dead
buffering
drop out*
dropouts
internet down
broadband down
wifi down
internet keeps
wifi keeps
router keeps
blackout*
no water
water off
interruption*
burst pipe
burst main
leak*
no dial tone
reset the router
restart the router
resetting the router
no connection
went off
goes off
keeps going off
not connecting
cannot connect
never dropped
always on

[commercial/price_value]
hiked
hiking
tariffs
bill went up
bills went up
bill has gone up
bill goes up
bill going up
went up without
went up by
went up again
gone up again
has gone up
have gone up
direct debit went up
payments went up
increase in
an increase
increased my
increased by
increased to
increases
mid contract
standing charge*
unit rate*
kwh
fixed rate
variable rate
new customers get
out of contract
per month
cpi
inflation

[commercial/billing]
!returns calls
!returns my calls
!returns emails
!returns my emails
in credit
credit on my account
meter reading*
estimated
estimate
top up
topped up
payg
debt
backbilled
back-bill*
prepayment
termination fee*
exit fee*
early termination

[service/staff]
# an engineer booked, sent or late is the installation, not the people
!sent an engineer
!engineer visit*
!engineer came
!engineer turned up
!engineer NEAR/3 booked
!engineer appointment*
!waiting for an engineer
!wait for an engineer
!for an engineer
operator
call handler*
the lady
the guy
young man
young lady
the woman
the man
helpful and

[service/support]
!can't complain
on hold
hold music
get through to
through to someone
cut off
calling them
called up
rang up
webchat
fault report*
reported the fault
reported a fault
ofcom
got sorted
sorted quickly
sorted the
had it sorted
was sorted
get it sorted
retention*
on the phone
phone call*

[service/communication]
no one tells
tells you anything
no one rang
no known issues
sold to me
coverage map
different answer*
card through the door
a text would
would have been nice
notice period
informed us
informed me
information was
misinformation
they said
contract terms
never received
text saying

[service/wait_time]
took them
took a month
took over a week
meant to come
for an hour
in 2 days
quickly sorted
very quick
so quick
was quick
were quick
took weeks
took days
took months
within minutes
within hours
on hold for
an hour on hold
hour on hold

[relationship/loyalty]
# a cancelled visit is not a cancelled contract
!cancel* NEAR/6 appointment*
!cancel* NEAR/6 visit*
!cancel* NEAR/6 engineer*
!cancel* NEAR/6 installation
!switch on
!switch it on
!switched on
!switch off
!switch it off
left them for
leave them
left them
port out
pac code
stac code
migration code
end of my contract
contract ends
when my contract
been with
with them for
stayed with
years with
retention
moving provider*

[fulfilment/delivery]
!shop was packed
!store was packed
!was packed
sent another
wrong one
arrived next day
arrived quickly
it arrived
new sim
came in the post

[product/network]
cell service
no service
crawls
doesn't reach
does not reach
won't reach
can't reach
mobile internet
fibre available
fibre isn't available
fibre not available
no fibre
fibre to the
everywhere i go
works everywhere
same spot
buffers
signal*
coverage
reception
dead zone*
dead spot*
not spot*
black spot*
one bar
bars
4g
5g
3g
lte
mobile data
data connection
data is
data was
speed*
mbps
megabits
ftth
superfast
ultrafast
network
mast*
upstairs
downstairs
in my area
in the area
where i live
my area
rural
countryside
indoors
not available in
availability
latency
ping
slow
faster
slower
crawl
crawling

[service/installation]
openreach
new connection
fitter
fitters
visits
visit was
the visit
home visit
site visit
first visit
second visit
another visit
install*
engineer*
technician*
appointment*
no show
didn't turn up
did not turn up
didn't show up
did not show up
never turned up
never showed
turned up
showed up
came out
came round
came to fit
fitted
fitting
connection date
go live
activation
activated
activate
hook up
hooked up
smart meter*
meter exchange
new meter
new line
got connected
to be connected
be connected
connected on
weeks to connect
survey
time slot
am slot
pm slot
8 to 6
all day
took the day off
day off work
reschedul*
set up date
start date

[experience/ambience]
packed

[product/ease_of_use]
# an installation is the engineer's visit, a theme of its own here
!installation
!install guy
!install was booked
!fibre install
!installed
!installer*
!was installed
!were installed
!got installed
!smart meter*
a pain
plug it in
do it online

# Display labels of this pack's own themes (the default's come with it):
# what a review shows in place of the name. They change no match and no
# number (lexicons/README.md, "Display labels").

[product/network]
@label Network & coverage

[service/installation]
@label Installation visits
