# Banking & insurance: accounts, cards, loans, mortgages, branches, apps, policies, premiums and claims
#
# The default lexicon plus the words of banks and insurers: rates and
# premiums for price_value, transactions and repayments for billing, declined
# cards and banking systems that are down for reliability, advisers and
# tellers for staff, closing or moving an account for loyalty. Two themes of
# its own: product/claims (insurance claims from filing to payout) and
# product/digital_banking (the website, the app, logging in, payments and
# transfers made online, card controls).
#
# Use it with `vocal scan --themes builtin:banking`, or build on it from your
# own lexicon with `@include builtin:banking`.

@include ../default.lex

# Insurance claims: filing, assessment, adjusters, payouts, approved or denied.
[product/claims]
claim
claims
claiming
claimant*
payout*
pay out
paid out
paying out
adjuster*
assessor*
assessed the damage
written off
wrote off
write off
total loss
approved garage
approved repairer*
courtesy car
refused to cover
water damage
storm damage
flood damage
fire damage
burst pipe
burglary
break in
car was stolen
my accident
the accident
an accident
insurance paid
insurer paid
insurers paid
paid the vet
paid for the repair*
claimed on
claimed for
windscreen
windshield
surveyor*
theft
car crash
crashed my car
crashed into
rear ended
collision
leak
leaking
escape of water
subsidence
won't cover
wouldn't cover
doesn't cover
didn't cover
# a no-claims discount is the price of a policy, not a claim
!no claims
!no claim
!never made a claim
!never claimed
!without a claim
!not made a claim
# claiming back a charge or a bonus is billing; identity theft is fraud
!claim back
!claimed back
!claiming back
!identity theft

# Online and mobile banking: the website, the app, logging in, payments and
# transfers made there, card controls.
[product/digital_banking]
online banking
internet banking
mobile banking
app
apps
website
web site
the site
online account
log on
logging in
logged in
sign on
signing in
password*
passcode*
face id
touch id
fingerprint
biometric
biometrics
two factor
2fa
verification code*
security code*
authenticat*
card reader
payee*
card freeze
unfreeze
virtual card*
apple pay
google pay
mobile deposit*
cheque imaging
the portal
online portal
open banking
digital
online transfer*
logs me out
log me out
freez* my card
freez* the card
login
log in
sign in
logged out
one time code
text code*
push notification*
online statement*
e statement*
estatement*
mobile cheque*
scan a cheque
scanning cheques
instant notification*
spending notification*
get a notification
notification when
notifications when

# Rates, premiums, excesses, quotes and bonuses.
[commercial/price_value]
interest rate*
apr
fixed rate
variable rate
interest free
interest on
interest charge*
charged interest
pay interest
paying interest
paid interest
savings rate*
mortgage rate*
premiums
my premium
the premium
premium went up
premium increase*
renewal quote*
quotes
cashback
cash back
commission
afford
excess
gone up
going up
goes up
overdraft charge*
overdraft interest
good rate
great rate
best rate
better rate
low rate
high rate
rate of interest
good interest
great interest
poor interest
interest is
interest was
free banking
their rates
the rates
rates on

# Money taken from or returned to the account: debits, transactions, disputes,
# repayments.
[commercial/billing]
taken out of my account
came out of my account
unauthorised
unauthorized
fraudulent
installment*
overdrawn
bounced
disputes
disputing
a dispute
# paying in a cheque, a claim paid out or a payment to a payee is not a charge
!pay in
!paid in
!paying in
!claim NEAR/5 paid
!insurance paid
!insurer paid
!payee*
!pay my
!pay bills
!pay a bill
!pay someone
!payment to
!payments to
!couldn't pay
!could not pay
!can't pay
!cannot pay
!unable to pay
!tried to pay
!trying to pay
!claim* NEAR/6 payout*
# receipts asked for as proof of a claim are not a purchase
!claim* NEAR/8 receipt*

# Declined cards, swallowed cards, systems that are down.
[product/reliability]
card NEAR/3 declined
card NEAR/3 rejected
payment NEAR/3 declined
declined at
didn't go through
did not go through
never went through
won't go through
wouldn't go through
ate my card
kept my card
retained my card
was down
is down
were down
are down
app down
technical difficult*
not loading
wouldn't open
logs you out
never let us down
an error
cannot log in
wouldnt open
never work
never working
# a car crash is an accident to claim for, not a crashing app
!car crash
!crashed my car
!crashed into
!crash NEAR/3 car

# What accounts, cards and policies can do: pots, card controls, cover options.
[product/features]
savings pot*
pots
round up*
roundup*
budgeting
spending insights
overdraft facility
multi currency
foreign currency
breakdown cover
legal cover
legal expenses
windscreen cover
excess protection
new for old
freez* my card
freez* the card
card controls
spending categories
budgets
perks
pending transactions
export* transactions
cheque imaging
doesn't let you
doesnt let you
opening hours
apple pay
google pay

# Applying, opening an account, paperwork; easy or hard.
[product/ease_of_use]
red tape
bureaucra*
proof of address
such a hassle
no hassle
cannot find
impossible to find
so difficult
very difficult
really difficult
too difficult
was difficult
is difficult
made it difficult
logging in
# a branch easy to reach is its location
!easy to park

# Advisers, tellers, handlers and the people on the phone.
[service/staff]
teller*
banker*
claim handler*
claims handler*
case handler*
the lady
the woman
the person i spoke to
not helpful
wasn't helpful
very kind
so kind
very understanding
so understanding
sympathetic
empathetic
compassionate
couldn't do enough
could not do enough
the lady at
lady on the phone
guy on the
young guy
young man
young lady
was helpful
are helpful
been helpful
were lovely
was lovely
branch team
helpful people
the girl
the guy
the guy at
the girl at
extra mile
nothing was too much trouble
her manner
his manner
manner was
cheerful
was a star
an absolute star
# a business customer's own staff are not the bank's
!my staff
!our staff

# How long a claim, a transfer, an application or a call took.
[service/wait_time]
took weeks
took months
took days
days to clear
processing time*
within minutes
in minutes
within hours
within 24 hours
on the phone for
hours on the phone
an hour on the phone
for ages
took BEFORE/3 months
took BEFORE/3 minutes
took BEFORE/3 year
within BEFORE/2 days
within BEFORE/2 hours
within BEFORE/2 minutes
within BEFORE/2 mins
within a week
within a month
in BEFORE/1 minutes
within BEFORE/2 hrs
quicker than expected
quicker than i expected
faster than expected
faster than i expected
for BEFORE/2 weeks
weeks on
months on
days of
taking longer
were quick
very quick
so quick
within a couple of
within a few
resolved quickly
processed quickly
paid quickly
approved quickly
answered quickly
fortnight
weeks now
months now
days now
# how fast a card came in the post is its delivery
!arrived in BEFORE/1 days

# Phoning, the fraud team, complaints, getting through, being passed around.
[service/support]
phone line*
called the bank
rang the bank
spoke to someone
secure message*
fraud*
scammed
by phone
every call
got through
couldn't get through
nobody could help
no one could help
could not help
a different person
from scratch
answered my email*
pillar to post
claims line
mins on hold
minutes on hold
hour on hold
hours on hold
on hold for
webchat
# "no complaints" is praise, not a complaint to the support team
!no real complaints
!nothing to complain about
!can't complain
!cannot complain
# money transferred is not a call transferred
!transferred money
!money transferred
!transferred the money
!transferred funds
# a chase that was not needed is praise of the process, and what a branch
# sorted out is its staff's doing
!branch NEAR/8 sorted my
!no chasing
!without chasing

# Small print and policy wording, being told (or not), replies.
[service/communication]
informed me
informed us
called me back
call me back
get back to me
got back to me
getting back to me
technicality
tell me why
wouldn't tell
won't tell
did not tell
no reason
explaining
a response
any response
get a response
hear back
said it would
in the dark
in touch
not answering
wasn't answering
never answered
no answer
didn't answer
did not answer
returns my calls
return my calls
return calls
returns calls

# Years as a customer; closing or moving an account; telling friends.
[relationship/loyalty]
moved my account
moving my account
new bank
banked with
banking with
with you since
with them since
move my money
moving my money
moved my money
switched banks
switch banks
switched my account
switched my current account
will stay
with you for BEFORE/3 years
with them for BEFORE/3 years
tell* NEAR/3 friends
# a cancelled trip or flight claimed on travel insurance is not a cancelled account
!cancel* NEAR/3 trip
!cancel* NEAR/3 flight*
!cancel* NEAR/3 holiday

# Branches: closures, distance, the state of the place.
[experience/ambience]
branch NEAR/3 closed
branch NEAR/3 closing
branch* NEAR/3 closure*
closing branches
clean branch
coffee machine
comfy
no branch
no branches
miles to

# Cards, PINs and documents sent by post.
[fulfilment/delivery]
through the post
card NEAR/4 arrived
pin NEAR/4 arrived
card NEAR/4 turned up
pin NEAR/4 turned up
card NEAR/4 never came
card NEAR/3 sent to
posted to
were posted
card NEAR/4 came

# Display labels of this pack's own themes (the default's come with it):
# what a review shows in place of the name. They change no match and no
# number (lexicons/README.md, "Display labels").

[product/claims]
@label Insurance claims

[product/digital_banking]
@label Digital banking
