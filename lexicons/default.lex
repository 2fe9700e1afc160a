# vocal default theme lexicon
#
# The 13 themes that customer-experience teams report on, in six groups
# (commercial, product, service, fulfilment, relationship, experience), for
# survey verbatims from retail, restaurants, software and telecom.
#
# Entries are matched after NFKC normalization and case folding, so they are
# written in lowercase. A word matches whole words only ("worth" does not match
# "worthless"); the words of a phrase match across spaces or hyphens ("money
# back" matches "money-back"); a trailing * matches any ending ("refund*"
# matches "refunds", "refunded"); /.../ is a PCRE2 pattern, used only where
# words cannot say it. Each entry belongs to one theme only. Ambiguous single
# words ("service", "time", "charge", "table", "server") are left out or
# written as phrases. See lexicons/README.md for the full language.
#
# Copy this file and edit it for your business; pass it with --themes.

# Price, cost, fees, value for money, cheap or expensive, deals and discounts.
[commercial/price_value]
price
prices
priced
pricing
pricey
pricier
priciest
overpriced
over priced
underpriced
cost
costs
costly
costing
fee
fees
expensive
inexpensive
cheap
cheaper
cheapest
affordable
affordability
unaffordable
value for money
good value
great value
excellent value
poor value
bad value
better value
money's worth
worth it
worth the money
worth every penny
not worth
waste of money
rip off
ripped off
ripoff
daylight robbery
highway robbery
extortionate
exorbitant
cash grab
money grab
nickel and dime*
too much money
charge too much
paying too much
pay more
paying more
pay extra
budget
wallet friendly
deals
good deal
great deal
better deal
best deal
discount*
promo*
coupon*
voucher*
bargain*
special offer*
on sale
price match*
competitive
save money
saving money
savings
tariff*
price increase
price hike*
rate increase
upsell*
/[$£€]\s?\d/
/\b\d+(?:[.,]\d+)? ?(?:bucks|dollars|euros|quid|usd|gbp|eur)\b/

# Quality or performance of the product or food itself: build, materials,
# durability, sound and picture, battery, comfort and fit, taste, freshness,
# portions.
[product/quality]
quality
well made
well built
poorly made
badly made
cheaply made
shoddy
flimsy
sturdy
solid build
durable
durability
longevity
craftsmanship
workmanship
lightweight
material
materials
fabric
stitching
fell apart
falls apart
falling apart
wore out
worn out
wear and tear
lasted
didn't last
feels cheap
premium feel
battery
batteries
audio
speakers
picture
display
screen
camera
poor reception
bad reception
the sound
tinny
muffled
coverage
signal strength
internet speed*
download speed*
upload speed*
broadband speed*
slow internet
fast internet
performance
performs
laggy
lagging
sluggish
runs smoothly
comfort
comfy
comfortable to wear
uncomfortable to wear
fits well
fit well
good fit
poor fit
too small
too big
too tight
too loose
runs small
runs large
true to size
sizing
taste*
tasty
tasteless
bland
delicious
yummy
flavour*
flavor*
seasoning
seasoned
fresh
freshly
freshness
stale
soggy
greasy
oily
salty
undercooked
overcooked
burnt
raw
lukewarm
cold food
food was cold
arrived cold
inedible
chewy
rubbery
mushy
perfectly cooked
cooked perfectly
ingredients
texture
food was
meal was
portion*
serving size*
scratched
scratches
cracked
rusty
faded
shrunk
shrank
great product
excellent product
good product
poor product

# The product stops working, breaks, malfunctions, crashes, has bugs or
# outages, drops calls or connections, is dead on arrival; or works reliably.
[product/reliability]
crash
crashes
crashed
crashing
freezes
froze
keeps freezing
bug
buggy
glitch*
outage*
went down
was down
down again
downtime
uptime
dropped call*
calls drop
call drops
drops out
dropping out
keeps dropping
disconnects
disconnecting
disconnections
connection drops
lost connection
connection issues
no signal
poor signal
no internet
no connection
wifi drops
drops connection
internet drops
packet loss
buffering
spotty
patchy
intermittent*
unreliable
reliable
reliably
reliability
stable
unstable
stability
stopped working
stops working
stop working
quit working
not working
doesn't work
does not work
didn't work
did not work
won't work
isn't working
wasn't working
no longer works
broke
broken
breaks
broke down
malfunction*
dead on arrival
doa
defect*
faulty
error message*
error code*
keeps restarting
reboot*
keeps failing
failure*
leak*
repair*
works perfectly
works flawlessly
works every time
works great
works well
just works
never had an issue
never had a problem
never had any issues
never had any problems
rock solid
/\b(?:won't|wouldn't|doesn't|does not|will not|would not|didn't|did not|can't|cannot) (?:turn on|power on|switch on|boot|start up|load|charge|connect|open)\b/

# Functions, options, compatibility, what the product can or cannot do,
# missing capabilities, menu choice.
[product/features]
feature*
functionality
function
functions
option*
settings
lacks
lacking
wish it had
wish there was
would be nice if
would love to see
should have an option
can't do
cannot do
doesn't support
does not support
not supported
compatible
compatibility
incompatible
integrat*
sync
syncs
syncing
export
exporting
import
importing
dark mode
offline mode
customiz*
customis*
personaliz*
personalis*
capabilit*
capable
add on
add ons
addon*
plugin*
widget*
dashboard*
bluetooth
wifi
wi fi
unlimited data
data allowance
roaming
push notification*
voice control
new version
latest version
they removed
took away
no longer has
menu
variety
selection
limited choice
more choice
plenty of choice
wide range
limited range
vegan
vegetarian
gluten free
dairy free
kids menu
specials

# Easy or hard to use, set up, install, pair or configure; instructions;
# intuitive or confusing; user friendly.
[product/ease_of_use]
easy to use
easy to set up
easy to setup
easy to install
easy to navigate
easy to understand
easy to follow
simple to use
simple to set up
hard to use
difficult to use
hard to navigate
difficult to navigate
hard to find
hard to figure out
difficult to set up
hard to set up
user friendly
user unfriendly
intuitive
unintuitive
counterintuitive
counter intuitive
confusing
complicated
overcomplicated
straightforward
easy peasy
set up
setup
setting up
install
installs
installed
installing
installation
reinstall*
uninstall*
pairing
paired
pair it
pair with
configur*
instructions
instruction manual
user manual
the manual
learning curve
clunky
cumbersome
fiddly
seamless
hassle free
plug and play
out of the box
interface
ui
ux
navigation
navigate
usability
usable
unusable
log in
login
logging in
sign in
signing in
sign up
signup
password
onboarding
tutorial*

# Friendliness, rudeness, attitude, attentiveness and competence of
# employees: servers, waiters, agents, managers, cashiers.
[service/staff]
staff
staffed
understaffed
employee*
waiter*
waitress*
waitstaff
wait staff
our server
my server
server was
servers were
cashier*
receptionist*
bartender*
barista*
hostess
manager*
management
supervisor*
sales assistant*
shop assistant*
sales associate*
store associate*
salesperson
salespeople
salesman
saleswoman
sales rep*
clerk*
technician*
engineer
installer*
chef*
personnel
team member*
agent
agents
rep
reps
representative*
rude
rudely
rudeness
impolite
polite
politely
/(?<!user |user-|eco |eco-|kid |kid-|kids |family |family-|pet |pet-|dog |dog-|budget |budget-|wallet |wallet-)\bfriendly\b/
unfriendly
friendliness
friendlier
friendliest
courteous
discourteous
attentive
inattentive
helpful
unhelpful
knowledgeable
clueless
incompetent
incompetence
competent
professional
unprofessional
professionalism
efficient
attitude
dismissive
arrogant
condescending
patronising
patronizing
disrespectful
respectful
aggressive
hostile
yelled
shouted
argumentative
lazy
welcoming
warm welcome
greeted
hospitality
hospitable
accommodating
caring
uncaring
didn't care
couldn't care less
kindness
so kind
very kind
smiled
smiling
eye roll*
rolled her eyes
rolled his eyes
ignored me
ignored us
checked on us
checked in on us
out of their way
out of her way
out of his way
above and beyond
well trained
poorly trained
untrained
more training

# Waiting, delays, slow or fast service, queues, time to be served or
# answered, hold time.
[service/wait_time]
waited
waiting
waits
wait time*
waiting time*
long wait
the wait
had to wait
have to wait
wait an hour
wait forever
wait for ages
took forever
takes forever
taking forever
took ages
takes ages
taking ages
for ages
took too long
takes too long
taking too long
took so long
takes so long
took a long time
takes a long time
took hours
took days
took weeks
delay
delays
delayed
slow service
service was slow
slow to respond
slow response
slow staff
slow kitchen
quick service
fast service
speedy
speed of service
served quickly
served promptly
seated quickly
seated immediately
seated right away
promptly
prompt service
prompt response
quick response
fast response
responded quickly
answered quickly
queue*
queuing
long line*
line was long
on hold
hold time*
hold music
response time*
turnaround*
no wait
in no time
within minutes
an hour
hours later
timely
backlog
waitlist
waiting list
/\bwait (?:for )?(?:over |almost |nearly |about |around |more than |at least )?(?:an?|half an|\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty) (?:minutes?|mins?|hours?|hrs?)\b/

# Shipping, delivery, arrival of an order, packaging, fulfilment, courier,
# tracking, late or lost parcels.
[fulfilment/delivery]
deliver*
shipping
shipped
shipment*
ship
dispatch*
courier*
parcel*
package arrived
package was
package never
packaging
well packed
poorly packed
badly packed
arrived late
arrived early
arrived on time
arrived damaged
arrived broken
arrived quickly
arrived safely
arrived promptly
never arrived
hasn't arrived
has not arrived
didn't arrive
did not arrive
to arrive
order arrived
item arrived
items arrived
tracking
track my order
track the order
order status
in transit
lost package
wrong item*
wrong order
missing item*
item missing
items missing
missing from my order
missing from the order
out of stock
in stock
backorder*
back order*
click and collect
curbside
kerbside
pickup
ready for collection
collection point
postage
postal
post office
royal mail
fedex
dhl
usps
dpd
doorstep
left at the door
signed for
warehouse
logistics
eta
lead time
fulfil*
fulfill*

# Bills, invoices, charges, payments, refunds, returns, exchanges, money back,
# overcharging, double charging.
[commercial/billing]
bill
bills
billing
billed
invoice*
charges
charged me
charged us
charged my
charged for
charged twice
charged double
charged extra
charged again
was charged
were charged
been charged
got charged
being charged
get charged
double charged
wrongly charged
incorrectly charged
extra charge*
surcharge*
service charge
overcharg*
over charged
over charging
duplicate charge*
unauthorised charge*
unauthorized charge*
billed twice
double billed
paid twice
payment*
refund*
reimburs*
money back
returns
return policy
return process
return label
return it
return the item
returned it
returned the item
returning it
restocking fee
exchange
exchanged
exchanges
replacement*
store credit
credit note
credited
chargeback*
dispute*
credit card
debit card
card declined
direct debit
autopay
auto pay
auto renew*
renewal*
cancellation fee*
late fee*
statement*
account balance
receipt*
transaction*
gratuity
tipping
deposit
proof of purchase
gift card*

# Contacting customer service or support, help desk, call centre, tickets,
# chat support, and how a problem was handled or resolved.
[service/support]
customer service
customer services
customer support
customer care
support team
support staff
support agent*
support line
support chat
support was
support is
their support
the support
tech support
technical support
help desk
helpdesk
service desk
call centre*
call center*
helpline
hotline
contacted support
contact support
called support
contacted them
contacted the company
reached out
got in touch
live chat
chat support
online chat
chat agent*
chatbot*
chat bot*
support ticket*
raised a ticket
opened a ticket
logged a ticket
submitted a ticket
ticket number
case number
reference number
escalat*
complaint*
complain*
resolved
resolve
resolving
no resolution
unresolved
fixed the problem
fixed my problem
fixed the issue
fixed it
sorted it out
sorted out
got it sorted
solved
solve
troubleshoot*
callback
call back
transferred
passed around
bounced around
run around
runaround
dealt with
handled
spoke to
spoke with
speak to a human
speak to someone
talk to a human
talk to someone
real person
phone tree
automated system
couldn't help
could not help
unable to help
no help
after sales
aftersales
aftercare
after care
warranty
warranties

# Being kept informed, calls and emails (not) returned, updates, clarity and
# accuracy of information, misleading descriptions, "no one told me".
[service/communication]
communicat*
kept informed
kept me informed
keep me informed
kept us informed
keep us informed
kept me updated
kept us updated
kept me posted
in the loop
in the dark
no update
no updates
any updates
regular updates
status update*
gave me an update
updated me
updated us
notified
notify
notification
notifications
informed
uninformed
misinformed
/\b(?:no[ -]?one|nobody)(?: ever)? (?:called|rang|phoned|emailed|contacted|told|informed|responded|replied|got back|followed up|explained|bothered)\b/
wasn't told
weren't told
was never told
were never told
was told
were told
not told
never called back
never heard back
never heard from
didn't call back
didn't get back
never got back
get back to me
got back to me
get back to us
no response
no reply
never replied
never responded
didn't reply
didn't respond
did not respond
unanswered
unresponsive
follow up
followed up
email*
e mail*
text message*
texted
sms
voicemail*
misleading
misled
mislead
false advertising
falsely advertised
not as advertised
as advertised
inaccurate
accurate
accuracy
incorrect information
wrong information
misinformation
conflicting information
contradictory
mixed messages
information
unclear
clarity
clarify
clarified
explain*
transparent
transparency
dishonest
honesty
lied
lying
lies
description
as described
as pictured
looks nothing like
they promised
was promised
were promised
broken promise*
false promise*
empty promise*
fine print
small print
terms and conditions
without warning
no warning
without notice
no notice
advance notice
heads up
confirmation
language barrier
hard to understand
difficult to understand
jargon

# Intent to return, repurchase or recommend; or never come back, switch
# provider, cancel, warn others; loyal customers.
[relationship/loyalty]
recommend*
come back
coming back
be back
be returning
never again
will return
won't return
will not return
would return
wouldn't return
would go back
will go back
won't go back
never go back
go again
visit again
buy again
buying again
purchase again
order again
ordering again
shop again
use again
repeat customer*
regular customer*
loyal
loyalty
long time customer
longtime customer
long standing customer
years as a customer
customer for years
customer since
been a customer
been with them
cancel*
terminate*
close my account
closed my account
closing my account
leaving them
will leave
switched to
switching to
switching provider*
switch network*
switching network*
switch carrier*
switching carrier*
move to another
moving to another
switch provider*
competitor*
another provider
other provider*
another company
go elsewhere
going elsewhere
shop elsewhere
business elsewhere
took my business
unsubscrib*
warn others
warn everyone
warning others
stay away
tell everyone
told my friends
told my family
tell my friends
word of mouth
stay with
staying with
stick with
sticking with
will renew
won't renew
not renewing
churn*
favourite place
favorite place
my go to

# Atmosphere, decor, cleanliness, noise, music, seating, location, parking,
# lighting, temperature.
[experience/ambience]
atmosphere
ambience
ambiance
vibe
vibes
decor
décor
decorat*
interior
clean
cleaner
cleanliness
unclean
spotless
dirty
filthy
grimy
grubby
messy
sticky
smell*
smelly
stink*
odour*
odor*
hygiene
hygienic
unhygienic
toilet*
restroom*
bathroom*
washroom*
cockroach*
pests
noisy
noise level*
background noise
loud music
too loud
music
quiet
crowded
overcrowded
cramped
spacious
roomy
seating
seat
seats
booth*
patio
terrace
outdoor area
location
located
convenient location
neighbourhood
neighborhood
parking
car park*
lighting
dimly lit
well lit
too dark
cosy
cozy
comfortable seating
uncomfortable seats
kid friendly
family friendly
dog friendly
pet friendly
welcoming atmosphere
relaxed
relaxing
lively
romantic
dingy
shabby
run down
rundown
renovat*
refurbish*
temperature
air conditioning
air con
aircon
too cold
too hot
store layout
shop layout
aisle*
shelves
fitting room*
changing room*
premises
venue
surroundings
lovely setting
beautiful setting
the heating
scenery
wheelchair
