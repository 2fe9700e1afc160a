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
overpriced
cost
costs
costly
fee
fees
expensive
cheap
cheaper
affordab*
value for money
good value
great value
worth it
worth the money
worth every penny
not worth
waste of money
rip off
ripoff
ripped off
deals
good deal
discount*
promo*
coupon*
voucher*
bargain*
tariff*
budget
/[$£€]\s?\d/

# Quality or performance of the product or food itself: build, materials,
# durability, sound and picture, battery, comfort and fit, taste, freshness,
# portions.
[product/quality]
quality
well made
well built
poorly made
cheaply made
shoddy
flimsy
sturdy
durable
durability
material
materials
fell apart
wore out
feels cheap
battery
screen
coverage
internet speed*
performance
laggy
comfort
fits well
too small
sizing
taste*
tasty
bland
delicious
flavour*
flavor*
fresh
stale
soggy
undercooked
overcooked
food was
portion*

# The product stops working, breaks, malfunctions, crashes, has bugs or
# outages, drops calls or connections, is dead on arrival; or works reliably.
[product/reliability]
crash*
freezes
froze
bug
buggy
bugs
glitch*
outage*
downtime
was down
dropped call*
keeps dropping
disconnects
keeps disconnecting
lost connection
no signal
no internet
intermittent*
unreliable
reliable
reliably
reliability
stable
rock solid
stopped working
stops working
not working
doesn't work
does not work
didn't work
broke
broken
malfunction*
dead on arrival
doa
defect*
faulty
error message*
works perfectly
just works
never had an issue
never had a problem
/\b(?:won't|wouldn't|doesn't|does not|will not|didn't|did not|can't|cannot) (?:turn on|power on|switch on|boot|start up|load|charge|connect)\b/

# Functions, options, compatibility, what the product can or cannot do,
# missing capabilities, menu choice.
[product/features]
feature*
function*
compatib*
add on*
option*
settings
lacks
lacking
wish it had
would be nice if
would love to see
can't do
cannot do
doesn't support
not supported
incompatible
integrat*
sync
dark mode
offline mode
customiz*
customis*
capabilit*
wifi
roaming
they removed
menu
variety
selection
limited choice
vegan
vegetarian
gluten free

# Easy or hard to use, set up, install, pair or configure; instructions;
# intuitive or confusing; user friendly.
[product/ease_of_use]
easy to use
easy to set up
easy to navigate
simple to use
hard to use
difficult to use
hard to navigate
user friendly
intuitive
unintuitive
confusing
complicated
straightforward
set up
setup
setting up
install
installed
installation
pairing
pair it
configur*
instructions
learning curve
clunky
seamless
hassle free
interface
navigation
usability
log in
login
sign in
password
checkout

# Friendliness, rudeness, attitude, attentiveness and competence of
# employees: servers, waiters, agents, managers, cashiers.
[service/staff]
staff
understaffed
employee*
waiter*
waitress*
our server
cashier*
manager*
sales assistant*
sales rep*
technician*
agent
agents
representative*
rude
polite
/(?<!user |user-|eco |eco-|kid |kid-|kids |family |family-|pet |pet-|dog |dog-|budget |budget-)\bfriendly\b/
unfriendly
courteous
attentive
helpful
unhelpful
knowledgeable
incompetent
professional
unprofessional
attitude
dismissive
condescending
welcoming
didn't care
ignored me
ignored us
above and beyond
out of their way
poorly trained

# Waiting, delays, slow or fast service, queues, time to be served or
# answered, hold time.
[service/wait_time]
waited
waiting
wait time*
long wait
no wait
the wait
had to wait
took forever
takes forever
took ages
took too long
took a long time
delay
delays
delayed
slow service
service was slow
slow to respond
slow response
quick service
fast service
fast checkout
served quickly
seated quickly
promptly
prompt service
quick response
queue*
queuing
long line*
on hold
hold time*
response time*
turnaround*
/\bwait (?:for )?(?:over |almost |nearly |about |around |more than |at least )?(?:an?|half an|\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty) (?:minutes?|mins?|hours?|hrs?)\b/

# Shipping, delivery, arrival of an order, packaging, fulfilment, courier,
# tracking, late or lost parcels.
[fulfilment/delivery]
deliver*
shipping
shipped
shipment*
dispatch*
courier*
parcel*
package arrived
package was
packaged
packaging
poorly packed
arrived late
arrived early
arrived on time
a day early
days late
arrived damaged
arrived broken
never arrived
hasn't arrived
didn't arrive
to arrive
tracking
track my order
in transit
wrong item*
wrong order
missing item*
items missing
out of stock
in stock
backorder*
click and collect
pickup
postage
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
charged my
charged for
charged twice
was charged
were charged
double charged
service charge
overcharg*
over charged
paid twice
payment*
refund*
reimburs*
money back
returns
return policy
return it
returned it
exchange
exchanged
replacement*
credit card
debit card
direct debit
auto renew*
statement*
receipt*

# Contacting customer service or support, help desk, call centre, tickets,
# chat support, and how a problem was handled or resolved.
[service/support]
customer service
customer services
customer support
customer care
support team
support agent*
their support
tech support
technical support
help desk
helpdesk
call centre*
call center*
helpline
contacted support
reached out
live chat
chat support
chatbot*
support ticket*
raised a ticket
opened a ticket
my ticket
escalat*
complain*
resolved
unresolved
fixed the problem
fixed the issue
sorted out
solved
callback
call back
transferred
passed around
passing me around
run around
dealt with
handled
real person
couldn't help
no help
warranty

# Being kept informed, calls and emails (not) returned, updates, clarity and
# accuracy of information, misleading descriptions, "no one told me".
[service/communication]
communicat*
kept me updated
in the loop
in the dark
no updates
notified
notification*
informed
/\b(?:no[ -]?one|nobody)(?: ever)? (?:called|rang|phoned|emailed|contacted|returned|told|informed|responded|replied|got back|followed up|explained)\b/
wasn't told
was told
were told
never called back
called me back
returned my call*
never heard back
didn't call back
never got back
get back to me
no response
no reply
never replied
never responded
unanswered
follow up
followed up
email*
e mail*
text message*
misleading
misled
false advertising
not as advertised
inaccurate
accurate
information
unclear
explain*
transparency
dishonest
honest about
lied
description
as described
they promised
was promised
without warning
hard to understand

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
go back
visit again
buy again
order again
shop again
use again
repeat customer*
loyal
loyalty
long time customer
longtime customer
customer for years
cancel*
close my account
switched to
switching to
switch provider*
competitor*
another provider
other provider*
go elsewhere
going elsewhere
unsubscrib*
warn others
stay away
told my friends
told my family
stay with
stick with
won't renew
renewing
favourite place
favorite place

# Atmosphere, decor, cleanliness, noise, music, seating, location, parking,
# lighting, temperature.
[experience/ambience]
atmosphere
vibe*
ambience
ambiance
decor
décor
decorat*
clean
cleanliness
unclean
dirty
filthy
sticky
smell*
hygiene
toilet*
restroom*
bathroom*
noisy
too loud
music
quiet
crowded
cramped
spacious
seating
seat
seats
location
located
parking
car park*
lighting
cosy
cozy
family friendly
pet friendly
dingy
temperature
air conditioning
