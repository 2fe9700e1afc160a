# vocal default CX theme lexicon
#
# 13 themes that customer-experience teams report on, grouped in a hierarchy
# (commercial, product, service, fulfilment, relationship, experience). Entries
# are matched after NFKC normalization and case folding: write them in
# lowercase. A word matches whole words only, the words of a phrase match
# across spaces or hyphens, and a trailing * matches any ending (refund*
# matches refunds, refunded). See lexicons/README.md for the full language.
#
# Copy this file and edit it for your business; pass it with --themes.

# Price, fees, value for money, deals.
[commercial/price_value]
# added after the eval set (dev half) showed what was missed
excellent value
best value
cheapest
deals
price*
pricing
cost
costs
costly
fee
fees
expensive
overpriced
cheap
cheaper
affordable
unaffordable
value for money
good value
great value
poor value
bad value
worth it
worth the money
worth every penny
not worth
waste of money
rip off
ripoff
daylight robbery
deal
discount*
promo*
coupon*
voucher*
special offer
bargain
budget
hidden fee*
hidden charge*
rate increase
too much money
charge too much

# Quality of the product or food itself.
[product/quality]
# added after the eval set (dev half) showed what was missed
camera
lukewarm
speeds
well made
fell apart
quality
well built
poorly made
badly made
cheaply made
flimsy
sturdy
durable
durability
materials
material
falls apart
battery life
battery drain*
comfortable to wear
comfort
fit
fits
taste*
tasty
bland
delicious
flavour*
flavor*
fresh
freshness
stale
cold food
food was cold
undercooked
overcooked
portion*
soggy
greasy
excellent product
great product
poor product
defective
faulty
scratched
performs well
performance

# Stops working, breaks, crashes, outages, dropped calls; or works reliably.
[product/reliability]
# added after the eval set (dev half) showed what was missed
failed
fails
failing
logged out
logging me out
lost my data
data was lost
data loss
nothing saves
never had a problem
not working
wasn't working
cutting out
drops
keeps dropping
crash*
freez*
froze
frozen screen
bug
bugs
buggy
glitch*
outage*
down again
went down
dropped call*
dropping out
disconnect*
lost connection
no signal
no service
unreliable
reliable
reliability
stable
unstable
stopped working
stops working
doesn't work
does not work
didn't work
broke
broken
breaks
malfunction*
dead on arrival
doa
error message*
error code*
keeps restarting
reboot*
works perfectly
works every time
just works
works reliably
never had an issue
rock solid
downtime
uptime
intermittent

# Functions, options, compatibility, missing capabilities, menu choice.
[product/features]
# added after the eval set (dev half) showed what was missed
free trial
module*
loyalty points
points system
integrat*
dark mode
range of sizes
feature*
function*
option*
setting*
lacks
lacking
wish it had
would be nice if
can't do
cannot do
compatible
compatibility
incompatible
sync*
export
import
offline mode
customiz*
customis*
menu choice
choice on the menu
variety
selection
gluten free
add on
add ons
new update
latest update
update removed
capabilit*

# Easy or hard to use, set up, install, pair, configure; instructions.
[product/ease_of_use]
# added after the eval set (dev half) showed what was missed
quick and easy
was simple
learning curve
once you learn
intuitive
confusing
impossible to follow
hard to find
easy to use
easy to set up
easy to navigate
hard to use
difficult to use
hard to navigate
difficult to navigate
user friendly
unintuitive
confused
complicated
straightforward
simple to use
set up
setup
install*
pairing
pair it
configur*
instructions
manual
clunky
cumbersome
seamless
hassle free
interface
navigation
usability
log in
login
sign in
password reset

# Friendliness, rudeness, attitude, competence of employees.
[service/staff]
# added after the eval set (dev half) showed what was missed
shop assistant*
sales assistant*
chef
engineer
nobody came
cashier*
staff
employee*
waiter*
waitress*
receptionist*
bartender*
hostess
manager*
salesperson
sales rep*
technician*
driver was
rude
rudeness
impolite
polite
courteous
attentive
inattentive
knowledgeable
clueless
incompetent
competent
professional
unprofessional
dismissive
arrogant
condescending
welcoming
went out of their way
went out of her way
went out of his way
went above and beyond
above and beyond
ignored me
ignored us
customer care rep*
team member*
friendly and helpful
friendly team
friendly service
friendly agent
our server
the server was
bad attitude
great attitude

# Waiting, delays, speed of service, queues, hold time.
[service/wait_time]
# added after the eval set (dev half) showed what was missed
took forever
took ages
waited
minutes late
took two weeks
took three weeks
hour wait
waiting
wait time
long wait
takes forever
taking forever
delay
delays
delayed
slow service
slow to respond
very slow
so slow
too slow
quick service
fast service
quickly served
served quickly
promptly
queue*
line was long
long line
on hold
hold time
kept on hold
put on hold
minutes on hold
hours on hold
response time
hours later
no wait
quick turnaround
turnaround time
speedy
wait for
had to wait
over an hour
an hour wait
prompt service

# Shipping, delivery, arrival of an order, packaging, fulfilment.
[fulfilment/delivery]
# added after the eval set (dev half) showed what was missed
rider
well packaged
click and collect
parcel*
deliver*
shipping
shipped
shipment
ship
dispatch*
courier*
packaging
packed
never arrived
hasn't arrived
has not arrived
arrived late
arrived early
arrived on time
tracking
lost in transit
damaged in transit
arrived damaged
wrong item
wrong order
missing item*
order was missing
fulfil*
out of stock
backorder*
back order*
pick up
pickup
postage
order arrived
package arrived
package was

# Bills, charges, payments, refunds, returns, exchanges, money back.
[commercial/billing]
# added after the eval set (dev half) showed what was missed
card machine
direct debit
billed
cancellation fee*
taken twice
bill
bills
billing
# an address form field is not about money
!billing address
!billing details
invoice*
charge
charged
charges
charging
overcharg*
payment*
pay
paid
refund*
reimburs*
money back
returns
credit card
debit card
auto renew*
cancellation fee
late fee
statement
account balance
receipt*
chargeback
returned it
returned the
return policy
return label
exchanged it
exchange it
sent it back

# Contacting customer service or support; how a problem was handled.
[service/support]
# added after the eval set (dev half) showed what was missed
customer services
help desk
ticket
customer service
customer support
customer care
support team
tech support
technical support
support agent*
helpdesk
call centre
call center
called support
contacted support
contact support
live chat
chat support
chat agent*
support ticket*
tickets
escalat*
complain*
resolved
resolve
resolution
unresolved
fixed the problem
fixed my problem
fixed the issue
sorted it out
sorted out
solved
solve
troubleshoot*
callback
call back
phoned
helpline
hotline
transferred
passed around

# Being kept informed, calls and emails returned, clarity and accuracy of information.
[service/communication]
# added after the eval set (dev half) showed what was missed
never told
were not told
without warning
without any warning
weeks' notice
week's notice
release notes
rings out
advertised
status updates
never replied
nobody called
communicat*
kept informed
keep me informed
kept me updated
kept me in the loop
no updates
notified
notification*
uninformed
no one told me
nobody told me
no one called
never called back
never heard back
didn't call back
no response
no reply
never responded
unanswered
email*
e-mail*
text message*
sms
misled
mislead*
false advertising
inaccurate
accurate information
wrong information
conflicting information
clear information
unclear
clarity
explained
explanation*
transparent
transparency
honest
dishonest
not as described
as described
broken promise*
regular updates
update me
updated me
clear description
product description
as promised
what was promised
returned my call
returned my calls
no one returned
nobody returned

# Intent to return, repurchase, recommend, or leave, switch, cancel, warn others.
[relationship/loyalty]
# added after the eval set (dev half) showed what was missed
be back
will be back
definitely be back
years with them
avoid this company
recommend*
come back
coming back
never coming back
never come back
never again
will return
won't return
will not return
return again
go back
going back
buy again
buying again
order again
ordering again
repeat customer
loyal
loyalty
long time customer
longtime customer
years as a customer
cancel*
leaving
switch*
moving to
competitor*
another provider
other provider*
unsubscrib*
warn others
warn everyone
tell everyone
told my friends
told my family
stay with
staying with
renew*
churn*

# Atmosphere, decor, cleanliness, noise, seating, location, parking.
[experience/ambience]
# added after the eval set (dev half) showed what was missed
music
terrace
chairs
store layout
lighting
filthy
sticky
atmosphere
ambience
ambiance
vibe
decor
décor
interior
cleanliness
spotless
dirty
messy
smell*
hygiene
toilet*
restroom*
bathroom*
noise
noisy
too loud
quiet
crowded
cramped
spacious
seating
comfortable seats
uncomfortable seats
located
convenient location
parking
car park
cosy
cozy
our table
the table
tables were
clean store
clean and
great location
