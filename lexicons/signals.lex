# vocal CX signals lexicon
#
# Signals say what a comment signals rather than what it talks about: churn
# risk, customer effort, the customer's intent, and the stage of the journey.
# Same language as default.lex (see lexicons/README.md): lowercase entries,
# whole words, phrases across spaces or hyphens, a trailing * for any ending,
# NEAR/BEFORE within one sentence, !exclusions that veto the theme for the
# whole comment. No /regex/ entries and no leading wildcards, so signals stay
# on the fast path. Labeling conventions: tests/eval/README.md, section
# "signals_dev.csv, signals_test.csv".
#
# Needs a negation guard:
# (entries whose negated or hypothetical uses were seen to misfire on the dev
# set; a per-entry guard should keep these from firing)
#
# Exclusions used instead of a guard (unambiguous negated forms; they veto the
# signal for the whole comment):

# ---------------------------------------------------------------------------
# Churn risk: the customer says or clearly implies they will leave, cancel,
# switch, not renew or close an account, or already has. Cancelling one
# booking or order is not churn (see journey/cancellation).
[churn_risk]
# negated or hypothetical: never churn
!would never switch
!wouldn't switch
!wouldnt switch
!never switch
!no reason to leave
!no reason to go anywhere else
!thought about cancelling
!thought about leaving
!thought about switching

# leaving, switching to a competitor
switching to
switched to
switch to another
switch to a different
switching supplier*
switching provider*
switching bank*
switching network*
switching energy
switch supplier*
switch provider*
switch bank*
switching away
left you for
leaving you for
leaving you
i'm leaving
im leaving
i am leaving
we're leaving
we are leaving
will be leaving
going to leave
about to leave
thinking of leaving
time to leave
taking my business elsewhere
take my business elsewhere
going elsewhere
go elsewhere
shop elsewhere
bank elsewhere
quotes elsewhere
moved it elsewhere
looking elsewhere
look elsewhere
shopping around
looking for another
find another
finding another
another provider
another supplier
another bank
another network
another company
a different provider
a different supplier
a different bank
a different dentist
a different gp
a different network
new provider
new supplier
new bank
new dentist
new gp
new insurer
new network
to a competitor
moving to a
moving to another
moving everything
moved everything
moved my account*
moved my money
moved my savings
moving my account*
moving the team to

# cancelling or closing the whole relationship
cancel* BEFORE/3 subscription*
cancel* BEFORE/3 membership*
cancel* BEFORE/3 contract*
cancel* BEFORE/3 account*
cancel* BEFORE/3 policy
cancel* BEFORE/3 plan
cancel* BEFORE/3 loyalty
cancel* BEFORE/3 direct debit
clos* BEFORE/3 account*
clos* BEFORE/3 isa
clos* BEFORE/3 savings
delete my account
deleting my account
delete our account
retention team
retention pitch
retention offer
retentions

# porting out
porting my number
port my number
ported my number
porting out
ported out
pac
stac code

# not renewing
not renewing
not be renewing
won't be renewing
wont be renewing
will not renew
won't renew
wont renew
not going to renew

# never again, not coming back
never again
never BEFORE/3 again
not coming back
won't be back
wont be back
will not be back
won't be coming back
wont be coming back
won't be returning
wont be returning
not going back
never going back
never be back
never coming back
last order
last time i
last time we
final straw
done with this
done with you
done with them
i'm done
im done
i am done
we're done
thats us done
that's us done
thats me done
that's me done
i'm off
im off

# ---------------------------------------------------------------------------
# High effort: the customer had to work: several contacts, chasing, repeated
# explanations, transfers, forms, going in person, redoing a task, long time
# on hold or in a phone queue. Waiting alone is not effort.
[effort/high]
# negated: effort was low
!never had to
!never have to
!without having to

# had to ...
had to call
had to ring
had to phone
had to email
had to chase
had to explain
had to repeat
had to go
had to drive
had to visit
had to send
had to fill
had to print
had to post
had to redo
had to re enter
had to start
had to contact
had to keep
had to ask
have to call
have to ring
have to chase
have to explain
have to repeat
have to keep
having to call
having to chase
having to explain
having to repeat

# contacting again and again
call* BEFORE/4 times
rang BEFORE/4 times
ring* BEFORE/4 times
phoned BEFORE/4 times
email* BEFORE/4 times
wrote BEFORE/4 times
written BEFORE/4 times
contact* BEFORE/4 times
chase* BEFORE/4 times
asked BEFORE/6 times
submit* BEFORE/6 times
sent BEFORE/6 times
send BEFORE/6 times
reset BEFORE/4 times
tried BEFORE/4 times
went back BEFORE/5 times
go back BEFORE/5 times
call* BEFORE/4 twice
rang BEFORE/4 twice
email* BEFORE/4 twice
asked BEFORE/6 twice
sent BEFORE/6 twice
send BEFORE/6 twice
opted BEFORE/5 twice
twice already
times already
asked BEFORE/6 already
already asked
already told
told you already
three calls
four calls
five calls
several calls
multiple calls
countless calls
numerous calls
3 calls
4 calls
5 calls
6 calls
three phone calls
several phone calls
multiple phone calls
2 phone calls
3 phone calls
three emails
four emails
several emails
multiple emails
countless emails
3 emails
4 emails
5 emails
three tickets
several tickets
multiple tickets
3 tickets
4 tickets
three chats
several chats
three visits
several visits
third call
third email
third trip
third visit
fourth call
fourth email
second trip
trips to the
attempts to
took BEFORE/3 attempts
every single time
each time i
each time told
explain* BEFORE/4 again
tell BEFORE/4 again
repeat myself
repeating myself
repeat my
start again
started again
start over
from scratch
all over again
over and over

# chasing, transfers, going round in circles
chasing
chased
transferred
passed around
passed from
pillar to post
bounced around
bounced between
back and forth
in circles
runaround
run around
said call the
said go to the
told to call
told me to call
told to ring
told me to ring
told me to go

# reaching someone
on hold NEAR/3 hour*
on hold NEAR/3 minute*
on hold NEAR/3 mins
on hold NEAR/3 ages
on hold NEAR/3 forever
kept on hold
left on hold
hold music
to reach a
reach a human
reach a person
real person
speak to a human
talk to a human
get hold of
got hold of
getting hold of
to get through
got through
getting through
nobody answered
no one answered
nobody answers
no one answers
nobody picks up
no one picks up
call* NEAR/8 queue
rang NEAR/8 queue

# forms, going in person, redoing things
forms of id
by post
in person
into a branch
into the branch
to the branch
hoops
such a hassle
a real hassle
what a hassle
massive hassle
rescan*
resubmit*
re enter
re submit
took BEFORE/3 to return

# ---------------------------------------------------------------------------
# Low effort: explicit ease of getting something done (one call, two minutes,
# nothing to do, no hassle). A fast outcome alone is not low effort.
[effort/low]
# nothing for the customer to do
didn't have to
didnt have to
did not have to
never had to
never have to
no need to
without having to
didn't lift a finger
didnt lift a finger
didn't even need
didnt even need
did everything for me
did it all for me
took care of everything
on the spot

# no hassle
no hassle
hassle free
without any hassle
without a hassle
no fuss
without fuss
no problems at all with
effortless
painless
seamless
smooth start
smooth process
smooth switch
went smoothly
straightforward
couldn't be easier
could not be easier
couldnt be easier
made it easy
so easy
really easy
very easy
super easy
dead easy
quick and easy
easy process
no queue
no queues

# one contact
in one call
one phone call
in one message
one email
first call
first time of asking
single call

# done in moments
in seconds
in minutes
in under a minute
took two minutes
took 2 minutes
took a minute
set* up NEAR/6 minute*
set* up NEAR/6 mins
setup NEAR/6 minute*
opened NEAR/8 minute*
opened NEAR/8 mins
register* NEAR/6 minute*
booked NEAR/6 minute*
sign* up NEAR/6 minute*
activated NEAR/4 seconds
check in NEAR/4 minute*
two taps
2 taps
few taps
couple of taps
one tap
two clicks
2 clicks
few clicks
couple of clicks
one click

# ---------------------------------------------------------------------------
# Complaint: any reported problem or dissatisfaction, also one put as a
# question or a request.
[intent/complaint]
# mitigated
!didn't mind
!didnt mind

# plain complaint phrases without a sentiment word
never again
final straw
not coming back
still waiting
still no
still not
still nothing
still hasn't
still hasnt
still haven't
still havent
still billing
still charging
still taking
still lost
still uses
been waiting
waited
for nothing
not even
never arrived
never received
never turned up
never ordered
never at my door
didn't turn up
didnt turn up
did not turn up
no show
not turned up
no explanation
no warning
without warning
without a reminder
no reminder
no updates
no update
nobody told me
no one told me
without anyone
not worth
waste of money
cheaper elsewhere
whats the point
what's the point
is that legal
is this legal
not acceptable
unacceptable
not good enough
not interested

# charges, prices going up
charged
overcharg*
went up
gone up
goes up
price rise*
price increase*
increases
increased
doubled
paying double
is double
higher than
hike
added automatically
automatically added
estimated bill*
catch up bill
hidden fee*

# things not working
stopped working
not working
didn't work
didnt work
doesn't work
doesnt work
won't let
wont let
didn't let
didnt let
doesn't let
doesnt let
crash*
freez*
froze
bug
bugs
buggy
timing out
timed out
failed
error
outage*
drops
keeps dropping
no signal
power cut
down again
always down
broken
broke
faulty
missing
no cables
no charger
no instructions
not in the box
useless
wrong date
been wrong
was wrong
is wrong
wrong item
wrong size
wrong amount
nothing like
not as described
out of stock
always empty
confusing
confused
too small
too big
comes up small
comes up big
runs small
sizes small
shrunk
smaller portions
cold
soggy
stale
late
delayed
found a hair
shrugged
painful
hurt

# requests to stop
stop ringing
stop calling
stop emailing
stop sending
stop texting
remove me

# complaint as a question
why was i
why was my
why did
why is there
why have
why am i
why do i have to
how is that

# feelings and judgements
rude
unhelpful
disgraceful
ridiculous
shocking
appalling
terrible
awful
horrendous
pathetic
rubbish
worst
poor
shambles
joke
fed up
sick of
frustrat*
disappoint*
annoy*
furious
angry
another story

# effort and churn that carry a complaint
had to call
had to chase
had to explain
had to repeat
had to go back
had to drive
passed around
transferred
in circles
chasing
twice already
on hold NEAR/3 hour*
on hold NEAR/3 minute*
call* BEFORE/4 times
rang BEFORE/4 times
email* BEFORE/4 times
asked BEFORE/6 times
submit* BEFORE/6 times
reset BEFORE/4 times
attempts to
took BEFORE/3 attempts
every single time
nobody answered
no one answered
forms of id
took BEFORE/3 to return
done with this
i'm done
im done
thats us done
that's us done
last order
looking for another
switching supplier*
porting my number
moved everything
left you for
not renewing
cancel* BEFORE/3 loyalty
clos* BEFORE/3 account*

# ---------------------------------------------------------------------------
# Suggestion: a proposed change or a wish ("please add", "it would be nice
# if", "please fix"). A request to stop is a complaint, not a suggestion.
[intent/suggestion]
please add
please fix
please bring
please offer
please let
please send
please put
please make
please allow
please consider
please introduce
please include
please give
please provide
please can you
please could you
could you add
can you add
would be nice
would be good
would be great
would be better
would be helpful
it would help
would love to see
would like to see
i wish
wish you
wish there
you should
you need to
bring back
how about
why not

# ---------------------------------------------------------------------------
# Question: a real question or not knowing how (not a rhetorical "How?!").
[intent/question]
how do i
how do we
how can i
how can we
how does
how long
how is that
can i
can we
can you tell
could you tell
do you
do i need
do we
does anyone
is there
is it possible
are there
are you
who do i
who should i
where do i
where can i
where is
what do i
what happens
which supplier
which plan
why does
why do
why is
why was
why did
will i
should i
any way to
not sure how
don't know how
dont know how
wondering

# ---------------------------------------------------------------------------
# Praise: praise of the company, staff, product or process, including faint
# praise ("cant fault them", "no complaints").
[intent/praise]
# plain praise
lovely
great
brilliant
amazing
excellent
fantastic
superb
wonderful
outstanding
impressed
impressive
perfect*
love
loved
thank you
thanks
cheers
helpful
friendly
patient
gentle
knew their stuff
a star
top service
top notch
spot on
well done
fair play
10/10
best
would recommend
highly recommend
definitely recommend
so much better
really clear
very clear
tidy
on time
as described
good range
good service
very good
really good
so good
just works
it just works
won't be the last
wont be the last
no reason to leave
no reason to go anywhere else
would never switch

# faint praise and no complaints
no complaints
nothing to complain about
can't fault
cant fault
cannot fault
no problems
no issues
never had a problem
never had an outage
never had an issue
was fine and
fine and the

# praise of ease
effortless
painless
seamless
smooth start
went smoothly
no hassle
no fuss
hassle free
didn't lift a finger
didnt lift a finger
sorted it
sorted my
sorted in
fixed it
fixed my
explained everything
explained every step
in seconds
in minutes
in under a minute
two taps
2 clicks
didnt have to wait
didn't have to wait

# ---------------------------------------------------------------------------
# Onboarding: sign-up, account opening, setup, activation, first visit or
# first weeks.
[journey/onboarding]
sign up
signed up
signing up
sign* up for
register*
set up
setup
setting up
set* up my
account creation
create an account
creating an account
created an account
open an account
open a joint account
opened my account
opened an account
opened a
opening an account
account opening
new account
new customer
new patient*
welcome pack
welcome email
first visit
first week
first weeks
first month
first few days
first 30 days
first days
first appointment
trial
activat*
onboarding
getting started
import wizard
just moved in
moved in
switched over from
switched from
switching service
joined
installation failed
install failed

# ---------------------------------------------------------------------------
# Purchase: choosing, ordering, booking (tables, appointments, flights),
# quotes and plans on offer, the shop floor and checkout.
[journey/purchase]
book
booked
booking*
ordered
order an
last order
buy*
bought
purchase*
checkout
check out
self scan
till
tills
price match
in stock
out of stock
stocked
size guide
sale page
product page
sizing
application
mortgage
appointments
seat selection
choose seats
legroom
basket
cart
menu
options for

# ---------------------------------------------------------------------------
# Delivery: shipping, couriers, click and collect, installation and engineer
# visits, a key or card arriving.
[journey/delivery]
!when we arrived
!when i arrived
deliver*
parcel*
courier*
arrived
arrive
arrival
shipping
shipped
dispatch*
tracking
click and collect
packaging
engineer*
installer*
installation
installed
technician
turned up
turn up
at my door
to my door
came next morning
next day
prescription*
in the post

# ---------------------------------------------------------------------------
# Support: contacting the company about a problem, including returns and
# exchanges of faulty goods.
[journey/support]
customer service
customer services
support replied
support team
called support
chat
helpline
help line
hotline
call centre
call center
emergency line
on hold
transferred
passed around
ticket*
agent*
raised a complaint
made a complaint
claim
dispute*
faulty
exchang*
returns
return label
returned the
to return
emailed
called the
rang
phoned
contacted
got through
speak to
spoke to
chasing
fixed my
sorted my

# ---------------------------------------------------------------------------
# Billing: bills, payments, charges, fees, refunds, deposits.
[journey/billing]
bill
bills
billed
billing
charge
charges
charged
fee
fees
payment*
pay
paid
paying
paypal
refund*
money back
deposit
direct debit*
overdraft
interest
overcharg*
invoice*
credit balance
discount

# ---------------------------------------------------------------------------
# Renewal: contract or plan end, renewal price, end-of-term upgrades,
# auto-renewals.
[journey/renewal]
renew*
contract ends
contract ending
end of contract
end of my contract
out of contract
contract NEAR/2 end*
tariff NEAR/2 end*
deal NEAR/2 ends
fixed BEFORE/3 end*
matured
rolled into
rolled onto
rolled over
expired
new deal
upgrad* NEAR/8 phone
upgrad* NEAR/4 contract
upgrad* NEAR/4 handset
due an upgrade
eligible for an upgrade
loyalty penalty

# ---------------------------------------------------------------------------
# Cancellation: cancelling, closing, porting out, leaving, and cancelling a
# booking or order (by the customer, not by the company).
[journey/cancellation]
!thought about cancelling
cancel
cancelling
cancellation*
cancelled my
cancelled our
cancelled it
i cancelled
we cancelled
want it cancelled
canceled my
cancell
clos* BEFORE/3 account*
clos* BEFORE/3 isa
delete my account
deleting my account
porting my number
port my number
porting out
ported out
pac
stac code
terminate*
termination
unsubscribe
