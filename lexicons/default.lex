# vocal default CX theme lexicon
#
# 13 themes that customer-experience teams report on, grouped in a hierarchy
# (commercial, product, service, fulfilment, relationship, experience). Entries
# are matched after NFKC normalization and case folding: write them in
# lowercase. A word matches whole words only, the words of a phrase match
# across spaces or hyphens, and a trailing * matches any ending (refund*
# matches refunds, refunded). See lexicons/README.md for the full language.
#
# Each theme's entries come in commented groups: the nouns and adjectives
# that name it, the verbs and phrases customers use for it, negated forms,
# forms typed without an apostrophe ("dont", "wont"), British and American
# spellings, and common misspellings. A word that means several things is
# written as a phrase or paired with a second word by NEAR or BEFORE, and an
# exclusion (!entry) removes a reading that belongs to another theme. There
# are no /regex/ entries and no word pattern starts with a wildcard, so every
# entry is found by the hashed word lookup.
#
# Copy this file and edit it for your business; pass it with --themes.


# Price, cost, fees, value for money, cheap or expensive, deals, discounts,
# price rises, "waste of money".
[commercial/price_value]
# nouns
price*
pricing
cost
costs
costly
fee
fees
hidden charge*
extra charge*
rate increase
value
quote was
quote came
room rate
same rate
interest rate
interest rates
budget
bargain*
a steal
absolute steal
deal
deals
fortune
in the sale
on sale
sale items
discount*
promo*
coupon*
special offer
special offers
tariff
surcharge
surcharges
service charge
buy one get one
bogof
# adjectives
expensive
pricier
overpriced
pricy
cheap
cheaper
cheapest
affordable
unaffordable
extortionate
extortion
dearer
inexpensive
greedy
# phrases
worth it
worth the money
worth every penny
worth paying
well worth
worth the extra
not worth
isn't worth
isnt worth
wasn't worth
wasnt worth
waste of money
waste your money
wasted my money
save your money
rip off
ripoff
ripped off
daylight robbery
charge too much
charging too much
charge more
charges more
charging more
paying more
pay more
pay extra
paying extra
gone up by
goes up every
put up the
free delivery
free shipping
moneys worth
quoted
quote went up
renewal went up
rates are
higher than
used to be free
bang for
highway robbery
money well spent
# misspellings
expencive
afordable
# an arrangement, not a price
!deal with
!dealt with
!dealing with
# cheap as a verdict on the build is quality
!feels cheap
!looks cheap
!cheap plastic
!cheap rubbish
!cheap junk

# The quality of the product or food itself: build, materials, durability,
# sound and picture, battery, comfort and fit, taste, freshness, temperature,
# portions; a plain verdict on the product.
[product/quality]
# the product and its build
quality
qualty
well made
well built
solid build
feels premium
premium feel
poorly made
badly made
cheaply made
cheap plastic
cheap rubbish
cheap junk
feels cheap
looks cheap
flimsy
sturdy
feels solid
feels really solid
feels very solid
leather
wool
durable
durability
craftsmanship
workmanship
materials
material
fabric
stitching
seams
seam
zipper
zips
soles
pilled
pilling
faded
shrunk
shrank
fell apart
falls apart
falling apart
came apart
torn
scratched
scratches
dent
dented
cracked
wobble
wobbly
counterfeit
# the product's senses and performance
holds a charge
battery
sound
camera is
noise cancel*
bass
performs well
performance
# fit and comfort
comfortable to wear
comfort
comfy
uncomfortable to wear
fit
fits
sizing
size up
runs small
runs large
too small
too tight
true to size
itchy
# food and drink
food
meal
meals
dishes were
taste*
tasty
bland
delicious
delish
scrumptious
inedible
pink in the middle
yummy
yum
flavour*
flavor*
seasoning
fresh ingredients
freshly made
freshly cooked
not fresh
so fresh
really fresh
very fresh
super fresh
freshness
stale
mouldy
moldy
lukewarm
cold
piping hot
still hot
undercooked
overcooked
under cooked
over cooked
burnt
burned
bit dry
soggy
greasy
crispy
crunchy
presentation
homemade
home made
authentic
overdone
rubbery
watery
juicy
tender
chewy
runny
salty
portion*
breakfast
melts in
off the bone
cooked to perfection
perfectly cooked
cooked perfectly
medium rare
best thing we ordered
best thing i ordered
best dish
coffee was
cocktails
drinks were
best pizza
best burger
best coffee
# plain verdicts on the product
excellent product
poor product
bad product
polished
well designed
badly designed
poorly designed
# comfy chairs are the place and freezing cold the weather, not the product
!comfy chairs
!comfy seats
!freezing cold
# squeezing someone into a diary is not the fit of a product
!fit me in
!fit us in
!fitted me in
!fitted us in

# Stops working, breaks down, crashes, bugs, errors, outages, dropped calls
# or connections, dead on arrival; or works reliably.
[product/reliability]
# nouns and adjectives
bug
bugs
buggy
bugged
glitch*
outage*
downtime
uptime
malfunction*
defect
defects
defective
faulty
unreliable
reliable
reliability
stable
unstable
intermittent
intermittently
flaky
flakey
temperamental
rock solid
error message*
error code*
errors
erroring
unknown error
something went wrong
dead on arrival
doa
out of order
# verbs and phrases of failure
crash*
freezes
freezing up
keeps freezing
kept freezing
froze up
screen froze
frozen screen
hangs
keeps hanging
stopped working
stops working
stop working
quit working
packed up
gave up the ghost
conked out
only lasted
goes offline
went offline
going offline
dropped out
unusable
worked until
worked fine until
stopped charging
stopped responding
broke
broken
breaks
died
went dead
dead within
dead after
fails
failed to load
failed to open
failed to start
failed to sync
failed again
card declined
keeps getting declined
failing
timing out
timed out
times out
keeps restarting
reboot*
restarts itself
lost connection
loses connection
losing connection
disconnect*
drops
keeps dropping
dropping out
dropped call*
cutting out
cuts out
went down
down again
been down
logged out
logged me out
logs me out
logging me out
log me out
locked out
lost my data
lost everything
lost all
data was lost
data loss
nothing saves
doesn't save
doesnt save
didn't save
won't save
wont save
swallowed my card
kept rejecting
keeps rejecting
wouldn't scan
wouldnt scan
didn't scan
didnt scan
won't scan
wont scan
no signal
# negated forms
not working
isn't working
isnt working
wasn't working
wasnt working
aren't working
arent working
doesn't work
does not work
doesnt work
didn't work
did not work
didnt work
don't work
dont work
won't work
wont work
wouldn't work
wouldnt work
never worked
nothing worked
nothing works
thing worked
won't turn on
wont turn on
wouldn't turn on
wouldnt turn on
doesn't turn on
doesnt turn on
didn't turn on
didnt turn on
never turned on
won't switch on
wont switch on
wouldn't switch on
wouldnt switch on
won't charge
wont charge
won't start
wont start
won't load
wont load
wouldn't load
wouldnt load
doesn't load
doesnt load
didn't last
didnt last
did not last
won't open
wont open
can't connect
cant connect
couldn't connect
couldnt connect
won't connect
wont connect
unable to connect
can't log in
cant log in
couldn't log in
couldnt log in
unable to log in
can't login
cant login
# works reliably
works perfectly
worked perfectly
flawless*
missed a beat
works every time
just works
works reliably
works fine
working fine
still works
still working
still going strong
running perfectly
running perfect
runs perfectly
never had a problem
zero issues
trouble free
without a hitch
never let me down
# misspellings
stoped working
dosent work
dosnt work
does'nt work
doesen't work
doesent work
# a verdict that was not broken, a dish that went down well or lost trust is no failing product
!wasn't broken
!wasnt broken
!went down well
!went down a treat
!lost all faith
!lost all trust
!lost all respect
# hanging up is a person ending a call
!hangs up

# Functions, options and capabilities present or missing, compatibility,
# menu choice and variety, what the product can or cannot do.
[product/features]
# nouns
feature*
function*
option*
no setting for
a setting for
capabilit*
module*
widget
widgets
shortcut*
filter
filters
filtering
mode
add ons
plugin
plugins
extension*
loyalty points
points system
kids menu
kids' menu
children's menu
childrens menu
small menu
smaller menu
tiny menu
limited menu
new menu
set menu
changed the menu
varied menu
extensive menu
menu has
menu NEAR/3 tiny
menu NEAR/3 limited
wine list
vegetarian menu
vegan menu
gluten free menu
variety
selection
choice
choices
range of sizes
limited range
adverts
ads
popups
pop ups
parental controls
adjustable
adjustment*
entertainment
paid version
pro version
premium version
basic version
full version
# compatibility
compatible
compatibility
incompatible
works with
doesn't work with
doesnt work with
supports
doesn't support
doesnt support
# verbs and phrases: present, missing, wished for
lacks
lacking
wish it had
wish it could
wish there was
wish they would
would be nice if
would be nice to
please add
bring back
bring it back
you removed
got rid of
no way to
lets you
let's you
allows you
allow you
ability to
can't do
cannot do
cant do
won't let me
wont let me
wouldn't let me
wouldnt let me
doesn't let
doesnt let
doesn't allow
doesnt allow
update removed
customiz*
customis*
doesn't have
doesnt have
does not have
would love to see
would be great if
would be great to
can't turn off
cant turn off
nice touch
handy
does exactly what
does everything
has everything
wide range
good range
great range
range of
integrates with
integration with
integrations with
import from
sync with
syncs with
sync to
# having no choice is a predicament, not a choice on offer
!no choice but
# no way to reach a person is support
!no way to contact
!no way to speak
!no way to talk
!no way to get hold

# Easy or hard to use, set up, install, pair, configure or navigate;
# instructions and manuals; intuitive or confusing.
[product/ease_of_use]
# adjectives and nouns
easy
easier
easiest
easily
simple
simpler
simplest
straightforward
intuitive
unintuitive
counterintuitive
user friendly
userfriendly
confusing to use
confusing to set up
confusing NEAR/4 app
confusing NEAR/4 website
confusing NEAR/4 site
confusing NEAR/4 interface
confusing NEAR/4 layout
confusing NEAR/4 menu
confusing NEAR/4 menus
confusing NEAR/4 instructions
confusing NEAR/4 setup
confusing NEAR/4 navigation
confusing NEAR/4 controls
confusing NEAR/4 settings
confusing NEAR/4 dashboard
confusing NEAR/4 checkout
confusing NEAR/4 remote
confusing NEAR/4 buttons
confusing NEAR/4 portal
complicated
convoluted
clunky
cumbersome
fiddly
awkward to use
tricky to
seamlessly
effortless
a breeze
breeze to
doddle
pain to
hassle free
usability
learning curve
interface
navigation
navigate
nightmare to
self explanatory
assemble
assembly
find what i
find what you
cluttered
instructions
manual
manuals
user guide
help articles
tutorial*
# verbs and phrases
set up was
set up is
set it up
set up took
set up process
hard to set up
difficult to set up
quick to set up
setup
setting it up
sign in
sign up
have to ring
need to ring
without phoning
have to phone
had to phone
make an account
create an account
plugged it in
plug and play
signing up
pairing NEAR/3 bluetooth
pairing NEAR/3 phone
pairing process
pair with my phone
pair it
paired with my phone
pairing with my
configur*
hard to install
difficult to install
installation was a nightmare
once you learn
impossible to follow
hard to find
hard to use
difficult to use
hard to read
hard to follow
hard to figure
figure out how
work out how
find anything on
moved everything
one click
clicks
two taps
few taps
pain to use
# misspellings
intuative
# a kind of account and a temperament, not ease of use
!easy access
# easy to reach or to park at is the place, not the product
!easy to get to
!easy to reach
!easy parking
!parking was easy
!parking is easy
!easy going
!easygoing
!easy on the eye

# Friendliness, rudeness, attitude, attentiveness, knowledge and competence of
# employees: servers, cashiers, agents, reps, managers, drivers, crews.
[service/staff]
# people who serve
staff
employee*
worker
workers
personnel
team member*
crew
crews
flight attendant
flight attendants
stewardess
waiter*
waitress*
our server
our host
the host
host was
hostess
sommelier
chef
bartender*
barman
barmaid
barista*
receptionist*
concierge
porter
housekeeping
cashier*
shop assistant*
sales assistant*
assistant was
assistant in
lady was
guy was
girl was
man at the
woman at the
salesperson
saleswoman
sales guy
sales rep*
rep
reps
agent
agents
advisor*
adviser*
consultant*
adjuster*
claims handler
claims handlers
technician*
mechanic
mechanics
stylist
stylists
hairdresser
hairdressers
barber*
groomer
groomers
personal trainer*
instructor*
pilot
pilots
driver was
manager was
account manager*
lady at
lady on
lady in
nice lady
lovely lady
guy at
guy on
girl at
front desk girl
gentleman
person on the phone
person working
bouncer*
security guard
security guards
doorman
nurse
nurses
# attitude and competence
rude
rudely
rudeness
impolite
polite
politely
courteous
discourteous
attentive
inattentive
knowledgeable
knowledgable
clueless
incompetent
competent
professional
professionally
unprofessional
dismissive
arrogant
condescending
patronising
patronizing
sarcastic
aggressive
hostile
argumentative
attitude
snooty
stroppy
grumpy
lazy
manners
welcomed us
greeted us
greeted me
smiling
accommodating
apologetic
friendly
unfriendly
patient with me
patient with us
# verbs and phrases
knew his stuff
knew her stuff
knew their stuff
knows his stuff
knows her stuff
knows their stuff
know their stuff
out of their way
out of her way
out of his way
above and beyond
looked after us
took care of us
checked on us
checking on us
hovering
ignored me
ignored us
ignoring us
ignoring me
nobody came
one came
rushed us
rushed through
listened
didn't listen
didnt listen
shrugged
jerk
jerks
hung up on me
hung up on us
yelled
shouted at
argued
accused us
accused me
upsell
upsold
upselling
pushy
helpful lady
helpful on the phone
helpful over the phone
nice and helpful
kind and helpful
patient and helpful
seller was
so helpful
very helpful
really helpful
super helpful
extremely helpful
incredibly helpful
most helpful
unhelpful
nice on the phone
lovely on the phone
nice guy
nice man
nice people
incredibly patient
impatient
kindly
warm welcome
bent over backwards
eye contact
smiled
couldn't care less
couldnt care less
didn't care
didnt care
don't care
dont care
# misspellings
proffesional
profesional
unproffesional
helpfull
freindly
curteous
# friendly to a use, a family or the planet is not about staff
!user friendly
!family friendly
!kid friendly
!kids friendly
!child friendly
!dog friendly
!pet friendly
!eco friendly
!environmentally friendly
!budget friendly
!wallet friendly
!beginner friendly
!mobile friendly
!vegan friendly
!vegetarian friendly

# Waiting, delays, slow or fast service, queues, time on hold, how long
# something took.
[service/wait_time]
# nouns
delay
delays
delayed
wait time
long wait
wait was
hour wait
bit of a wait
queue*
line was long
hold time
response time
turnaround time
quick turnaround
long line
long lines
lines were
waits
waitlist
backlog
behind schedule
running behind
# waiting
waited
waiting for
waiting over
waiting around
kept waiting
waiting times
waiting time
waiting list
been waiting
waiting an hour
waiting ages
waiting forever
hours waiting
minutes waiting
wait for
had to wait
made to wait
made us wait
on hold
hold music
# how long it took
took forever
took ages
takes forever
takes ages
taking forever
taking ages
take forever
take ages
took longer
take longer
takes longer
took BEFORE/3 minute*
took BEFORE/3 hours
took BEFORE/3 hour
took BEFORE/3 days
took BEFORE/3 weeks
took a week
took BEFORE/2 month*
take BEFORE/3 minute*
been BEFORE/2 weeks
wait BEFORE/2 days
wait BEFORE/2 weeks
took a year
in an hour
wasn't ready
wasnt ready
over an hour
half an hour
mins
weeks to
months to
days to
an hour and a half
within BEFORE/3 hours
within the hour
within an hour
same day
next morning
minutes late
min late
hour late
hours late
days late
weeks late
running late
turned up late
showed up late
minutes early
weeks later
took too long
taking too long
takes too long
been open for
# fast or slow service
slow service
slowest service
slow to respond
slow to reply
quick service
quickly served
served quickly
came out quickly
arrived quick
came quickly
arrived quickly
responded quickly
replied quickly
sorted quickly
fixed quickly
dealt with quickly
super quick
really quick
prompt
promptly
speedy
faster than
in no time
# misspellings
waitied
delayd
# how far away a place is, or how late the customer was, is no wait
!mins walk
!min walk
!minute walk
!minutes walk
!mins away
!minutes away
!mins drive
!minute drive
!minutes drive
!mins late for
!minutes late for
# looking forward is not waiting
!can't wait
!cant wait
!cannot wait
!can not wait

# Shipping, delivery, couriers, arrival of an order, packaging, tracking,
# wrong or missing items in a parcel, takeaway delivery.
[fulfilment/delivery]
# nouns
parcel*
package arrived
package was
shipping
shipped
shipment*
ship it
to ship
ship to
ships fast
ships quickly
ship internationally
didn't ship
didnt ship
won't ship
wont ship
postage
packaging
tracking
courier*
rider
dhl
fedex
usps
dpd
evri
hermes
royal mail
fulfilment
fulfillment
fulfilled by
backorder*
pickup point
store pickup
in store pickup
ready for pickup
click and collect
takeaway
takeout
# verbs and phrases
deliver*
dispatch*
well packaged
well packed
packed well
badly packed
poorly packed
by post
in the post
posted it
never arrived
hasn't arrived
hasnt arrived
has not arrived
didn't arrive
didnt arrive
still not arrived
still hasn't arrived
finally arrived
order arrived
arrived late
arrived early
arrived on time
arrived next
arrived the next
arrived within
arrived in
arrived damaged
arrived broken
arrived cracked
arrived with
returned to sender
doorstep
porch
in transit
postman
mailman
with a neighbour
with my neighbour
with a neighbor
with my neighbor
signed for
did not arrive
where is my order
box was
arrived crushed
box crushed
ready for collection
curbside
kerbside
left outside
wrong address
old address
wrong item*
wrong order
wrong size
wrong colour
wrong color
sent the wrong
sent me the wrong
sent another wrong
received the wrong
recieved the wrong
missing item*
missing from
order was missing
# misspellings
delievery
delivary

# Bills, invoices, charges on the account or card, payments and payment
# methods, refunds, returns and exchanges, money back, overcharging.
[commercial/billing]
# nouns
bill
bills
billing
billed
invoice*
statement
account balance
payment*
direct debit
autopay
auto pay
instalment*
paypal
apple pay
google pay
cash only
disputed
dispute the
card machine
chargeback
deposit
compensation
store credit
credited
cancellation fee*
cancelation fee*
late fee
return policy
return label
returns
exchanged
exchanges
an exchange
# verbs and phrases
charge on my
charge to my
unexpected charge
charge appeared
charge for
charged
charges
overcharg*
taken twice
paid twice
took the money
take the money
refund*
refud
reimburs*
repay*
money back
returned it
returned the
sent it back
send it back
comped
auto renew*
renewed without
didn't ask for
didnt ask for
# an address form field is not about money
!billing address
!billing details
# a battery or a returned call is not money
!fully charged
!returned the call
!returned my call*

# Customer service and support as a function: help desk, call centre, chat,
# tickets, complaints handling, how a problem was resolved or not.
[service/support]
# nouns
support
customer servic*
customer care
costumer service
costumer services
custumer service
help line
case number
reference number
after sales
aftersales
help desk
helpdesk
help centre
help center
call centre
call center
contact centre
contact center
helpline
hotline
phone line
live chat
online chat
web chat
via chat
on chat
the chat
chat agent*
chatbot*
raised a ticket
sent a ticket
logged a ticket
opened a ticket
submitted a ticket
closed the ticket
closed my ticket
ticket number
ticket NEAR/3 pending
ticket NEAR/3 reply
ticket NEAR/3 response
ticket NEAR/3 closed
ticket NEAR/3 resolved
ticket NEAR/3 open
query
queries
enquiry
enquiries
inquiry
faq
faqs
knowledge base
warranty claim
under warranty
in warranty
# verbs and phrases
contacted
contacting
contact them
contact anyone
got through to
get through
get hold of
got hold of
speak to someone
talk to someone
speak to a person
talk to a person
a human
real human
actual human
hold for
real person
rang them
called them
phoned them
emailed them
answers the phone
answer the phone
answers emails
waited on hold
been on hold
kept me on hold
transferred me
got transferred
passed around
passed from
escalat*
complaint
complaints
complained
ombudsman
resolved
resolve
resolution
unresolved
solved
solve
sorted it
sorted out
got it sorted
couldn't fix
couldnt fix
can't fix
cant fix
fixed the problem
fixed my problem
fixed the issue
fixed it in
troubleshoot*
walked me through
talked me through
dealt with
could help
couldn't help
couldnt help
didn't help
didnt help
wouldn't help
wouldnt help
refused to help
nothing they can do
nothing they could do
chased
chasing
sent a replacement
sent me a replacement
looked into it
getting through to
nobody answers
nobody answered
over the phone
got cut off
takes responsibility
take responsibility
one answered
# a comment that has nothing to complain about is not about complaints
!no complaints
!zero complaints
# the airport security queue is not a support line
!get through security
!got through security
!getting through security

# Being kept informed, calls and emails (not) returned, updates, accuracy and
# clarity of information, misleading descriptions or advertising.
[service/communication]
# nouns
communicat*
email*
e-mail*
text message*
sms
letter
letters
announcement
announcements
status updates
status page
regular updates
release notes
changelog
documentation
jargon
small print
fine print
listing
explanation*
transparency
spam
newsletter
newsletters
description
wording
terms and conditions
# being told, or not
wasn't told
wasnt told
nobody told
told me
told us
told that
one told
one called
one returned
nobody tells
without telling
didn't tell
didnt tell
didn't say
didnt say
refused to tell
wasn't mentioned
wasnt mentioned
let us know
let me know
heads up
without warning
without any warning
weeks notice
weeks' notice
week's notice
days notice
short notice
kept me updated
kept us updated
kept me informed
kept us informed
keep me updated
keep us updated
keep me informed
keep us informed
kept informed
kept updated
kept everyone updated
kept everyone informed
updated throughout
kept me in the loop
update me
updated me
notified
uninformed
# calls and emails returned, or not
nobody called
nobody rang
didn't call
didnt call
never heard back
didn't hear back
didnt hear back
haven't heard
havent heard
call back
called back
rang back
returned my call
returned my calls
nobody returned
no response
no reply
never replied
didn't reply
didnt reply
unanswered
rings out
rang out
ringing out
radio silence
ghosted
followed up
follow up
# accuracy and clarity of information
misled
mislead*
advertised
advertising
inaccurate
accurate information
wrong information
incorrect information
conflicting information
different answer
different answers
misinformed
clear information
clearly shown
clearly marked
clearly labelled
clearly labeled
unclear
didn't explain
didnt explain
explain anything
explained everything
explained every
explained clearly
without so much as
website say
map says
fake
marked with
mis sold
missold
what was sold
didn't update
didnt update
explain why
can explain
could explain
transparent
honest about
not honest
wasn't honest
wasnt honest
honest with
dishonest
lied
as described
nothing like the photo
nothing like the photos
nothing like the picture
nothing like the pictures
looked nothing like
promised
broken promise*
website said
website says
site said
site says
out of date
confusing bill
confusing bills
confusing statement
confusing statements
confusing pricing
pricing is confusing
bill is confusing
statement is confusing
plans are confusing
as pictured
lies
informative
# chasing and callbacks are about being kept informed
had to chase
# an address or a login step is not a message
!email address
!verify email
!verify my email
# a clinical follow-up is care, not a message
!follow up appointment*

# Coming back, buying again, recommending or warning others; leaving,
# switching, cancelling; how long someone has been a customer.
[relationship/loyalty]
# recommending, or warning others
recommend*
recomend*
reccomend*
reccommend*
warn others
warn everyone
tell everyone
telling everyone
told everyone
tell all my friends
telling all my friends
told all my friends
tell my friends
telling my friends
told my friends
told my family
tell your friends
telling people
word of mouth
avoid
stay away
steer clear
recommed*
# coming back, buying again
be back
definitely book
definitely use
definitely buy
definitely order
definitely shop
definitely stay
definitely come
definately book
definately use
definately buy
definately order
definately stay
definately come
definately be
be using
book through them
be returning
come back
coming back
go back
going back
rush back
never again
will return
won't return
wont return
wouldn't return
wouldnt return
will not return
return again
returning again
come again
coming again
buy again
buy from them again
buy from you again
buy from here again
buy it again
buy here again
buying again
buying from them again
buying from you again
order again
order from them again
order from here again
ordering again
ordering from them again
use again
use them again
use it again
use this company again
using them again
using again
book again
book with them again
booking again
booking with them again
stay again
stay here again
stay there again
staying here again
staying again
staying there again
shop again
shop here again
shop there again
shopping here again
shopping again
shopping with you again
shopping with them again
shop with them again
shop with you again
fly again
fly with them again
flying with them again
flying again
eat here again
eat there again
eating here again
eat again
visit again
visiting again
last time buying
last time ordering
last time using
last time shopping
last time flying
last time booking
our go to
new go to
leaving them
leaving you
repeat customer
keep coming
# years as a customer
loyal
long time customer
longtime customer
years as a customer
years with them
been a customer
customer for
member since
been coming
been going
been shopping
been banking
been flying
been with you
been with them
been with this
for years
coming here
regulars
regular customer
regular here
# leaving, switching, cancelling
elsewhere
anywhere else
looking at alternatives
looking at other
shop around
shopped around
shopping around
switched to
switching to
switched from
switching from
switched over
moved over
switch provider*
switching provider*
switched provider*
switching bank*
switched bank*
another provider
other provider*
closed my account
closing my account
close my account
cancelled my subscription
canceled my subscription
cancelled my account
canceled my account
cancelled my contract
canceled my contract
cancelled my membership
canceled my membership
cancel my subscription
cancel my account
cancel my contract
cancel my membership
cancelled our subscription
cancelled our account
cancelled our contract
cancelled our membership
canceled our subscription
canceled our account
canceled our contract
canceled our membership
cancel our subscription
cancel our account
cancel our contract
cancel our membership
going to cancel
thinking of leaving
reason to leave
going to leave
planning to leave
unsubscrib*
uninstall*
deleted the app
deleting the app
deleted my account
won't renew
wont renew
be renewing
stay with them
stay with you
staying with them
churn*
dealbreaker
deal breaker
lost a customer
lost my business
lost our business
take my business

# Atmosphere, decor, music, noise, cleanliness of the place, seating
# comfort, space, location, parking, view.
[experience/ambience]
# atmosphere and decor
atmosphere
atmospheric
ambience
ambiance
vibe
vibes
decor
décor
interior
lighting
furniture
blaring
draughty
drafty
stuffy
music
cosy
cozy
charming
romantic
dated
run down
# cleanliness
cleanliness
spotless
dirty
filthy
scruffy
untidy
tidy
sticky
smelly
smelled of
smelt of
smells of
smell of
bad smell
musty
stank
stinks
hygiene
toilet*
restroom*
bathroom*
changing rooms
fitting rooms
clean store
clean shop
clean room
clean rooms
clean place
clean train
clean hotel
clean restaurant
clean and modern
very clean
always clean
spotlessly clean
super clean
really clean
so clean
clean and bright
# noise, temperature and space
noise
noisy
too loud
quiet
thin walls
paper thin
crowded
overcrowded
heaving
cramped
spacious
roomy
air con
aircon
air conditioning
freezing cold
# seating and layout
seating
legroom
leg room
chairs
comfortable seats
uncomfortable seats
seats were
seats are
find a seat
tables were
store layout
aisles
terrace
patio
pool
lounge
# location, parking, view
location
located
walking distance
miles from
parking
car park
the view
sea view
view of
view from
view was
no view
great view
lovely view
stunning view
amazing view
beautiful view
views
# waiting on a phone line is not the music of a place
!hold music
# noise an appliance cancels is not the noise of a place
!noise cancel*
# an appliance or a device making a noise is not the noise of a place
!making a noise
!makes a noise
!making noise
!makes noise
!strange noise
!weird noise
!grinding noise
!rattling noise
!clicking noise
!buzzing noise
# a person or a service going quiet is not a quiet place
!went quiet
!gone quiet
