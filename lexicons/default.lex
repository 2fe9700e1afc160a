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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# money in the words customers use for it
quid
bucks
tenner
fiver
euros
dollars
for the money
good money
lot of money
lots of money
much money
more money
extra money
# what was paid, against what came with it
paid extra
pays extra
paid more
what i paid
what we paid
what you pay
for what you get
for what it offers
underpriced
costing
exorbitant
astronomical
eye watering
arm and a leg
over the odds
break the bank
worth every cent
worth every pound
worth every dollar
bit steep
was steep
too steep
mark up
markup
gouging
competitive
good rates
great rates
best rates
better rates
exchange rate*
# saving, and what costs nothing
save money
saving money
saved money
saves money
save a lot
saving about
saved about
save about
for free
its free
it's free
is free
free plan
free tier
free of charge
completely free
totally free
free alternative*
# rising, and who pays more
keep going up
keeps going up
kept going up
keep rising
keeps rising
creeping up
creep up
existing customers
new customers
loyalty penalty
# paying too much, in idioms
too much for
way too much
through the nose
money grab*
cash grab
paying for the name
paying for the brand
youre paying for
you're paying for
you are paying for
# cheap as a verdict on the build is quality
!feel cheap
!felt cheap
!looked cheap

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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# the build and the materials
scuff*
fray*
come off
came loose
popped off
pop off
shoddy
sloppy
botched
bodged
veneer
chipboard
mdf
plasticky
velvet
suede
cashmere
solid wood
solid oak
real wood
waterproof
water proof
water resistant
showerproof
# sound, picture and heat
tinny
crackly
muffled
distorted
screen is
screen was
display is
display was
picture is
colo*r* NEAR/3 different
gets hot
gets very hot
gets really hot
runs hot
hot to the touch
download speed*
upload speed*
broadband speed*
internet speed*
wifi speed*
# fit and comfort
run small
run large
run big
runs big
run tiny
runs tiny
sizes run
size down
too loose
baggy
snug
mattress*
pillows were
pillows are
pillow was
pillow is
bed was
bed is
beds were
beds are
# food
dry as
was dry
too dry
dried out
burns
size of your head
hair in my
found a hair
# work done by people, judged by its result
their work
smears
streaks
streaky
wasn't done
wasnt done
weren't done
done properly
half done
# a plain verdict on a named dish
burgers
fries
soup
curry
pudding
cheese
tacos
roast
seafood
pastries
pastry
croissant*
eggs
lamb
bacon
ravioli
sushi
noodles
wings
ribs
pork
beef
# and on work or a product in hand
did a BEFORE/2 job
feel solid
feel cheap
felt cheap
poor build
looks and feels
blisters
blister
lost their shape
lost its shape
lose their shape
loses its shape
misshapen
gone flat
went flat
bobbled
bobbling
the work was
the work is
the work they
so soft
really soft
super soft
nice and soft
lovely and soft
heel
scratch easily
marks easily
stains easily
so comfortable
really comfortable
very comfortable
super comfortable
most comfortable
peeling
peeled
chipped
chipping
rusted
rusty
# a treatment, a cut, a scent
haircut
hair cut
massage
facial
manicure
pedicure
blow dry
brassy
scent
fragrance

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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# failing, and the noises of failing
leaks
leaking
leaky
rattl*
grinding
making a noise
makes a noise
hit and miss
hit or miss
unresponsive
button* BEFORE/3 respond
loading screen
stuck loading
stuck on loading
system error
technical error
server error
network error
connection error
error when
error screen
error page
technical issue*
technical problem*
repair*
needs fixing
need fixing
needed fixing
# stopped doing what it does
stopped sending
stopped syncing
stopped updating
stopped connecting
stopped recording
stopped heating
stopped printing
stopped saving
stopped loading
stopped receiving
stopped showing
won't even open
wont even open
won't even load
wont even load
won't even start
wont even start
won't even turn on
wont even turn on
won't even charge
wont even charge
kept losing
keeps losing
keep losing
kicks me out
kicking me out
kicked me out
kick me out
kicks you out
account got locked
account locked
account was locked
won't let me log in
wont let me log in
won't let me login
wont let me login
can't sign in
cant sign in
couldn't sign in
couldnt sign in
unable to sign in
login issues
login problems
website goes down
site goes down
app goes down
keeps going down
cutting off
cuts off
keeps cutting
keep cutting
kept cutting
still dropping
is dropping
dead for
line is dead
line was dead
phone is dead
completely dead
totally dead
no hot water
without hot water
no heating
without heating
power cut*
without power
no power
signal is
signal was
poor signal
bad signal
weak signal
patchy signal
zero signal
signal strength
coverage is
best coverage
good coverage
poor coverage
bad coverage
patchy coverage
used to last
don't last
dont last
doesn't last
doesnt last
won't last
wont last
never lasts
card is declined
card was declined
card got declined
card gets declined
# works, and keeps working
syncs perfectly
synced perfectly
works a treat
works like a charm
worked like a charm
like clockwork
never failed
still goes
still runs
lasts forever
lasted forever
lasted years
lasted for years
never lost
works as expected
works as it should
works like it should
# more ways of failing, and of not failing
bounced
system down
systems down
never missed
not missed once
lost broadband
lost internet
lost power
lost signal
lost wifi
lost service
without broadband
without internet
no broadband
no internet
couldnt even load
couldn't even load
cant even load
can't even load
switches off
switching off
keeps switching
turns itself off
turned itself off
switches itself off
shuts down
shuts off
shutting down
keeps shutting
randomly
still going after
never had any
never had an issue
never had a single
not had any issues
not had a problem
packed in
jams
jammed
jamming
needs resetting
needs restarting
keeps resetting
constantly resetting
site was down
site is down
app was down
app is down
website was down
website is down
system was down
system is down
systems were down
network was down
network is down
internet was down
internet is down
server was down
server is down
servers were down
banking was down
banking is down
portal was down
portal is down
fail to work
failed to work
cell reception
cell signal
cell service
phone reception
mobile reception
poor reception
bad reception
flicker*
never works
rarely works
barely works
only works
sometimes works
hardly works

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
handy extra
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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# what it does and what it offers
does all i need
does all i want
everything i need
everything you need
what it offers
what it can do
noise cancel*
lets me
lets us
allows me
allows us
lets users
allows users
you can now
great touch
lovely touch
thoughtful touch
little touches
nice touches
great addition
nice addition
# named functions and connections
auto shut off
auto off
autosave
auto save
presets
programmes
voice control
voice command*
voice recognition
voice assistant
font
works offline
work offline
offline access
headphone jack
hdmi
card slot
wireless charging
fast charging
free wifi
no wifi
wifi on board
onboard wifi
search bar
the search
search is
connect it to
connect my
connects to
link my
google calendar
android version
ios version
iphone version
ipad version
windows version
mac version
desktop version
web version
mobile version
tablet version
# asking for more
please let us
please let me
please allow
please give us
please bring
should add
needs to add
need to add
let us change
let me change
# more named functions
book online
size range
only go up to
only goes up to
plus size*
connector*
webhook*
new stuff
storage
offline maps
in flight wifi
inflight wifi
built in
comes with
doesn't come with
doesnt come with
didn't come with
didnt come with
multiple users
more than one user
multiple accounts
usb c
micro usb
no search
proper search
support for
supported
unsupported

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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# getting it going
get it connected
got it connected
getting it connected
get it working
got it working
getting it working
get it to work
getting it to work
get it to connect
up and running
get used to
getting used to
got used to
head round
head around
finally managed
eventually managed
finally figured
eventually figured
finally worked out
eventually worked out
gave up trying
# finding things, and the layout
ages to find
forever to find
a while to find
where to find
hidden away
hard to locate
buried in
levels deep
layout is
new layout
app layout
screen layout
clean design
where you'd expect
where you would expect
where you expect
logical
logically
# a process that is a chore, or is not
hoops
faff*
palaver
rigmarole
long winded
a hassle
real hassle
hassle to
whole process
long process
lengthy process
process is a
process was a
checkout process
checkout flow
booking process
signup process
ordering process
application process
# less effort, or more
face id
touch id
fingerprint
have to do a thing
have to do anything
lift a finger
how you'd expect
how youd expect
how you would expect
where youd expect
painful to
painful with
tedious
time consuming
maze
app is a mess
website is a mess
site is a mess
need a degree
needs a degree
rocket science
figure it out
figured it out
to figure out
figuring out
impossible to use
impossible to set
too many steps
so many steps
too many buttons
finding anything
finding things
got lost in
booking system
ordering system
online system
fill in a form
fill out a form
forms to fill

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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# people not named in the default
chap
bloke
fella
lads
gent
legend
guy in
woman on
man on the phone
girl on
the manager
a manager
managers
duty manager
store manager
branch manager
shift manager
general manager
manager came
pharmacist*
engineer was
engineers were
cleaner was
cleaners were
courier was
delivery man
delivery men
at reception
on reception
reception desk
reception was
on the desk
person i spoke
spoke to was
good people
lovely people
great people
# how they behave
unwelcome
unwelcoming
treated me
treated us
was treated
were treated
bedside manner
just a number
talked me into
talked us into
talk you into
pressured me
pressured us
hard sell
knew what he
knew what she
knew what they
knows what he
knows what she
knows what they
know what they
didn't know what
didnt know what
no clue
have a clue
had a clue
took the time
so patient
very patient
really patient
was patient
were patient
chatted
chatty
busy chatting
chatting to each other
greet me
greet us
greets you
greeted by
by name
apologis*
apologiz*
apology
apologies
class act
absolute star
superstar*
credit to the
credit to your
a credit to
couldn't be bothered
couldnt be bothered
not my problem
not his problem
not her problem
not our problem
not their problem
wasn't his problem
wasnt his problem
wasn't my problem
not my job
forgot about us
forgot about me
forgotten about us
forgotten about me
forgot our
chucked it
# too few of them
one person on
off their feet
off her feet
off his feet
service was ok
service was good
service was great
service was fine
service was lovely
service was excellent
service was poor
service was terrible
service was awful
# more people, judged
hygienist*
midwife
midwives
carers
doctor was
doctors were
gp was
dentist was
physio was
surgeon was
vet was
team were
were helpful
well looked after
looked after me
look after you
looks after
did a BEFORE/2 job
she was lovely
he was lovely
she was great
he was great
she was brilliant
he was brilliant
she was amazing
he was amazing
she was fantastic
he was fantastic
guys were
girls were
ladies were
followed me around
followed us around
feel welcome
felt welcome
feel welcomed
felt welcomed
made to feel
acknowledged us
acknowledged me
acknowledge us
acknowledge me
we dealt with
everyone we
everyone was lovely
everyone was so
everyone was really
clerk*
sales associate*
associates were
associate was
tech was
techs were
tech guy
fraud team
fraud department
feel judged
felt judged
judgemental
judgmental
like family

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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# how long, in the words customers use
an age
eternity
in BEFORE/1 hours
in BEFORE/1 days
in BEFORE/1 weeks
within BEFORE/3 month*
within a day
week later
day later
month later
months later
lost BEFORE/2 weeks
lost BEFORE/2 days
lost BEFORE/2 months
wasted BEFORE/2 hours
wasted BEFORE/2 days
stuck for
sat there for
painfully slow
# being seated and served
get seated
got seated
be seated
seated till
seated until
be served
get served
to serve us
to serve me
take our order
came after us
came in after us
arrived after us
# punctuality
punctual*
on schedule
was late
were late
always late
came late
# quick, in more words
very quickly
really quickly
so quickly
pretty quickly
super quickly
fairly quickly
refund quickly
refunded quickly
quick friendly
quick and friendly
fast and friendly
quick and efficient
fast and efficient
fast service
quick to respond
quick to reply
quick response
quick reply
fast response
# still not done
still pending
still processing
still in progress
line is engaged
always engaged
understaffed
short staffed
# more of how long it took
days of trying
weeks of trying
months of trying
hours of trying
took BEFORE/3 years
over a year to
months of chasing
weeks of chasing
days of chasing
months of phone calls
weeks of phone calls
months of calls
weeks of calls
short wait
no wait
minimal wait
little wait
hours wasted
days wasted
weeks wasted
months wasted
standing there
stood there
standing around
stood around
run late
runs late
ran late
ran over
running over
open for BEFORE/1 days
open for BEFORE/1 weeks
open for BEFORE/1 months
still not resolved
still not sorted
still not fixed
still unresolved
rocked up
seated til
hour after
hadn't even started
hadnt even started
not even started
service BEFORE/3 slow
in under
under an hour
less than an hour
under a week
less than a week
sat BEFORE/4 hours
sat BEFORE/4 minutes
minutes to get
hours to get
fastest service
quickest service
wait is
worth the wait
slow to pick up
slow to answer
slow to get back
slow to process
slow to refund
slow to arrive
slow to come
in line for
stood in line
standing in line
line out the door
bang on time
right on time
dead on time
spot on time
exactly on time
never on time
not on time
always on time
took their time
taking their time
take their time
took his time
took her time
sweet time

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
lost in the post
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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# arriving, or not
sent out
send out
posted out
was posted
been posted
never received
not received
haven't received
havent received
didn't receive
didnt receive
yet to receive
no sign of
ordered BEFORE/5 arrived
ordered BEFORE/5 turned up
# what was in the box
something missing
item missing
items missing
part missing
parts missing
piece missing
pieces missing
missing parts
missing pieces
arrived missing
came missing
in the box
half my order
rest of my order
rest of the order
part of my order
where my order
used item
been opened
already opened
# sent to the wrong place, or short
went to the wrong
sent to the wrong
went to the old
sent to the old
sent to my old
wrong house
wrong flat
missing side
missing a side
substitution*
substituted
came the next
came next day
came within
came damaged
came broken
order was incomplete
incomplete order
arrived safely
arrived safe
depot
sorting office
collection point
arrived smashed
came smashed
seal broken
seal was broken
tampered
# American forms
in the mail
by mail
mailed

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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# sending things back for money
return it
return them
return a
return these
return this
returning it
returning them
returned them
return the item
return an item
returned items
send back
sent back
sending back
send them back
sent them back
sending it back
sending them back
size exchange
exchange it
exchange them
exchange for
to exchange
swap it
swapped it
swapping it
# money taken or owed
took money
taken money
take money
taking money
took my money
taken from my account
out of my account
left my account
into my account
credit on my
credit to my
account credit
months credit
month's credit
credit note
charging me
charging us
been charging
kept charging
keeps charging
still charging
wait* BEFORE/3 my money
direct debits
late fees
arrears
debt collector*
owed me
owe me
owes me
overpayment
overpaid
paid back
pay me back
paid me back
paid into
cashback
cash back
# paying, and not being able to
try to pay
tried to pay
trying to pay
pay by card
paid by card
pay online
pay cash
paid cash
# more of the money process
my exchange
refused to pay
pay again
pay twice
debited
the check came
bring the check
brought the check
brought us the check
split the check
cashless
card only
take card
take cards
accept card*

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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# reporting a problem
reported it
reported the
reported this
report it
report the
reported a
raised it
raised an issue
raised the issue
logged a
logged the
logged it
# how it was handled
bot
off and on again
on and off again
round in circles
around in circles
runaround
run around
fobbed off
fobbed me off
fobbed us off
fob me off
brushed off
brushed me off
different people
explain my problem
explained my problem
explained my issue
repeat myself
repeating myself
copy paste
copy and paste
canned
automated response
automated reply
generic response
generic reply
call me back
got back to me
get back to me
got back to us
get back to us
never got back
seem to care
seems to care
no help
any help
zero help
assistance
refused to replace
refused to exchange
refused to accept
refused to take
refused to fix
refused to repair
refused to honour
refused to honor
wouldn't replace
wouldnt replace
won't replace
wont replace
they fixed
got it fixed
had it fixed
put it right
put right
put things right
make it right
made it right
made things right
sorted everything
sorted things out
# the teams behind the counter
customer success
billing department
accounts department
mortgage team
someone new
someone different
different person
to get it sorted
to get this sorted
refused to pay
take it up with
took it up with
rebook*
agent on the phone
called BEFORE/2 times
rang BEFORE/2 times
phoned BEFORE/2 times
nothing to help
done nothing to
sorted a replacement
arranged a replacement
got a replacement
offered a replacement
different advisors
different agents
different departments
passed between

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
no response to my
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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# calls and messages that came, or did not
not one phone call
not one call
not a single call
no phone call
not even a call
rung me back
ring me back
ring back
phoned back
phoned me back
phone me back
rang to say
called to say
phoned to say
rang to let
called to let
without calling
without informing
without notifying
without contacting
without letting
without notice
no warning
no notice
no one mentioned
nobody mentioned
never mentioned
not mentioned
didn't mention
didnt mention
failed to mention
said a word
say a word
nobody said
no one said
nobody explained
no one explained
nobody informed
no one informed
reminder*
texted
a text
by text
via text
text updates
progress update*
no updates
any updates
an update on
update on my
kept us posted
kept me posted
keep us posted
keep me posted
keep you posted
kept us in the loop
keep us in the loop
keep me in the loop
out of the loop
kept in the dark
kept us in the dark
kept me in the dark
left in the dark
left us in the dark
left me in the dark
to find out
find out what
find out why
what was going on
what's going on
what is going on
no idea what
no idea why
no idea when
no idea where
told him
told her
was told
were told
been told
being told
telling me
telling us
they keep saying
they kept saying
they keep telling
they kept telling
said they would
said they'd
said it was
# what was described against what came
tiny print
size guide
sizing guide
photos make
photos are
photos were
photos online
off the photos
in the photos
pictures are
pictures were
in the pictures
makes it look
make it look
made it look
look bigger
looks bigger
looked bigger
box said
box says
label said
label says
packaging said
said in stock
says in stock
listed as
claims to be
claimed to be
different from what
different to what
not what i was
not what we were
what i'm paying for
what i am paying for
what i was paying for
what we're paying for
said delivered
says delivered
showing delivered
shows delivered
tracking said
tracking says
info
the information
any information
no information
more information
correct information
right information
# clear or not
clear and easy
nice and clear
clear and concise
clearly explained
clearly laid out
easy to understand
hard to understand
difficult to understand
impossible to understand
explained the
explained it
explained what
explained how
# more of not being told
never told
not told
weren't told
werent told
never informed
not informed
told about
no mention
any mention
without mentioning
no record
found out
heard nothing
heard a thing
not heard back
not heard anything
pricing page
statements are
statements were
paper statements
couldn't tell which
couldnt tell which
what we booked
what i booked
was quoted
were quoted
quoted on
clear answer*
straight answer*
answered my question*
answered all my question*
answer my question*
questions answered
the advert
advert said
advert showed
the ad said
their texts
texts are
couldn't tell me
couldnt tell me
could tell me
could tell us
couldn't tell us
couldnt tell us
nobody could tell
no one could tell
doesn't tell you
doesnt tell you
don't tell you
dont tell you
never tell you

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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# staying, coming back, buying again
stick with
sticking with
stick it out
from now on
won't be the last
wont be the last
won't be my last
wont be my last
first of many
we go every
go there every
come here every
tradition
been using BEFORE/5 years
second chance
another chance
another go
on my list
my go to
go to place
tell all your
bought another
buy another
bought a second
ordered another
ordered a second
couldn't work without
couldnt work without
can't live without
cant live without
couldn't live without
couldnt live without
wouldn't be without
wouldnt be without
can't do without
cant do without
couldn't do without
come here again
go there again
book here again
order here again
go again
be ordering
be shopping
be booking
be buying
be staying
be visiting
be eating
be flying
years a customer
year customer
customer since
customer of
loyalty means
loyalty counts
no loyalty
loyalty penalty
for loyalty
by name
# leaving, switching, cancelling
tried to cancel
trying to cancel
try to cancel
want to cancel
wanted to cancel
cancel button
cancelling my
canceling my
cancelling after
cancelled after
canceling after
canceled after
leaving after
stopped going
stopped using
stop using
stopped shopping
stopped ordering
stop going
i'm off
im off
i'm gone
im gone
i'm done with
im done with
done with them
am leaving
i'm leaving
im leaving
time to leave
time to move on
time to switch
somewhere else
another company
another shop
another store
another bank
another supplier
another airline
another hotel
another restaurant
moved to them
old supplier
old provider
previous provider
previous supplier
last provider
last supplier
old bank
previous bank
new provider
new supplier
moving banks
move banks
moved banks
changing banks
change banks
changed banks
changing provider*
change provider*
changed provider*
changing supplier*
change supplier*
switch supplier*
switching supplier*
switched supplier*
# more reasons to stay, or go
staying because
stay because
leaving this
only reason i
reason i shop
reason i keep
why i keep
popping in
pop in
moved BEFORE/3 over
ring to cancel
ring up to cancel
call to cancel
phone to cancel
cancel online
not the last
told all my mates
tell my mates
told my mates
next visit
next stay
already booked our
left for another
rival*
whole family uses
family uses them
our second time
our third time
our fourth time
second visit
third visit
fourth visit
second stay
third stay
member for
been a member
members for
find a new
looking for a new
find another
finding another

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
clean and tidy
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
# more ways customers say it, found on review sentences and survey verbatims written after the entries above
# the room and the place
rooms were
rooms are
lovely room
nice room
great room
huge room
tiny room
small room
big room
room itself
towels
bedding
bed linen
broom cupboard
shoebox
poky
pokey
nights sleep
night's sleep
slept well
slept like a
# cleanliness, and wear
was clean
were clean
are clean
kept clean
beautifully clean
immaculate
pristine
gleaming
grubby
grimy
shabby
tatty
threadbare
lick of paint
needs a refresh
looking tired
looks tired
bit tired
modern and
# atmosphere, light and temperature
buzzy
lively
too dark
dimly lit
fairy lights
freezing in
freezing inside
cold inside
too cold in
too hot in
so cold in
so hot in
boiling in
love the store
love the shop
lovely shop
lovely store
nice shop
nice store
beautiful store
beautiful shop
surroundings
scenery
gardens
beer garden
beautiful setting
lovely setting
# noise, peace and building works
building work*
construction
drilling
renovation*
refurb*
scaffolding
woken
woke us
woke me
woke up to
kept us awake
kept me awake
couldn't sleep
couldnt sleep
peaceful
tranquil
serene
relaxing
birdsong
under our window
outside our window
# crowds, seats and space
always packed
packed out
rammed
shop was packed
place was packed
store was packed
restaurant was packed
bar was packed
not busy
not too busy
quite busy
always busy
deserted
crammed
squashed in
squeezed in
too close together
on top of each other
no seats
no seat
seats left
nowhere to sit
somewhere to sit
place to sit
no privacy
# facilities of the place
sauna
steam room
hot tub
jacuzzi
facilities
places to eat
# getting in and around
no lift
the lift
lift was
lifts
elevator*
wheelchair
step free
disabled access
easy to get around
to park
# where it is
right by the
close to the
walk from the
minutes from the
minute walk
minutes walk
miles away
local branch
nearest branch
closest branch
nearest store
nearest shop
# a pudding is not a sticky table
!sticky toffee
dog friendly
pet friendly
family friendly
kid friendly
child friendly

# More everyday phrasing for the themes above: arrivals earlier than
# expected, things that snap or will not pair, waits that did not happen,
# people who were thorough, and common misspellings (quailty, recieved,
# wating, waitor). They sit after the first entries so that those keep
# their line numbers.
[fulfilment/delivery]
arrived a day early
arrived days early
arrived BEFORE/3 early
turned up a day early
turned up BEFORE/3 early
got here quick*
got here quicker
got here fast
got here in
arrived quicker than
came quicker than
never recieved
not recieved
haven't recieved
havent recieved
didn't recieve
didnt recieve
yet to recieve

[product/reliability]
snapped in half
snapped after
snapped within
gave out after
packed in after
update NEAR/3 wiped
wiped all my
wiped my data
wouldn't connect
wouldnt connect
won't pair
wont pair
wouldn't pair
wouldnt pair
keeps disappearing
loses my
lost a whole day
lost my work
lost all my work
throws an error

[product/ease_of_use]
idiot proof
foolproof
fool proof
paired straight away
paired first time
set up in minutes
set it up in minutes
tiny text
text is tiny
change any settings
change the settings

[product/features]
paywall
syncs between
syncs across
sync between
sync across
wish it let you
wish you could

[service/wait_time]
answered straight away
picked up straight away
seen straight away
served straight away
came over straight away
didn't have to wait
didnt have to wait
no waiting
hardly any wait
in and out in
dragging their feet
drag their feet
late again
still hasn't been fixed
still hasnt been fixed
still not been fixed
still isn't fixed
still isnt fixed
only one till
wating for
waitting for
wating ages
wating forever
wating an hour
pending for
been pending
under review since
still no answer
heard nothing for
still hasn't come
still hasnt come

[service/staff]
very thorough
so thorough
couldn't have been more helpful
couldnt have been more helpful
could not have been more helpful
the owner was
owner came
the owners are
the owners were
waitor
waitors
waittress*
appologis*
appologiz*

[service/communication]
went quiet
gone quiet
left on read
mixed messages
hidden terms

[commercial/billing]
wrong change
receipt was wrong
wouldn't accept my card
wouldnt accept my card
didn't accept my card

[product/quality]
best BEFORE/3 in town
best BEFORE/3 out there
best BEFORE/4 ever had
best BEFORE/4 i have had
best BEFORE/4 i've tried
best thing on the menu
great product
terrible product
awful product
quailty
qaulity
quallity
gets better and better
getting better and better

[relationship/loyalty]
# a dish or a wine the staff recommended is not a recommendation of the business
!waiter recommended
!waitress recommended
!server recommended
!recommended BEFORE/2 wine
never renewing
not renewing
won't be renewing
wont be renewing
cancelling our
canceling our

[commercial/price_value]
having a laugh
what it's worth
what its worth
# a fee given back is billing
!refunded the BEFORE/3 fee

# Display labels: what a review shows for each theme in place of its name
# (lexicons/README.md, "Display labels"). They change no match and no
# number, and sit here, after every entry, so that the entries keep their
# line numbers.

[commercial]
@label Commercial

[commercial/price_value]
@label Price & value

[commercial/billing]
@label Billing & refunds

[product]
@label Product

[product/quality]
@label Product quality

[product/reliability]
@label Reliability

[product/features]
@label Features

[product/ease_of_use]
@label Ease of use

[service]
@label Service

[service/staff]
@label Staff

[service/wait_time]
@label Wait times

[service/support]
@label Customer support

[service/communication]
@label Communication

[fulfilment]
@label Fulfilment

[fulfilment/delivery]
@label Delivery

[relationship]
@label Relationship

[relationship/loyalty]
@label Loyalty & recommendation

[experience]
@label Experience

[experience/ambience]
@label Ambience & facilities

# Entries in other languages, each file under its @lang (README "Languages")
@include lang/default_de.lex
@include lang/default_es.lex
@include lang/default_fr.lex
@include lang/default_pt.lex
@include lang/default_ja.lex
