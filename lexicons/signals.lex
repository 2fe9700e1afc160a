# vocal CX signals lexicon
#
# Signals say what a comment signals rather than what it talks about: churn
# risk, customer effort, the customer's intent, and the stage of the journey.
# Same language as default.lex (see lexicons/README.md): lowercase entries,
# whole words, phrases across spaces or hyphens, a trailing * for any ending,
# NEAR/BEFORE within one sentence, !exclusions that veto the signal for the
# whole comment. No /regex/ entries and no leading wildcards, so signals stay
# on the fast path. Labeling conventions: tests/eval/README.md, section
# "signals_dev.csv, signals_test.csv".
#
# Negation guard:
#
# An entry written with a leading '~' is guarded (lexicons/README.md, "The
# negation guard"): it does not fire where a negator (not, no, never,
# nothing, without, zero, didn't, dont, ...) stands among the 3 words before
# its first word in the same clause. Most entries here are guarded: the ones
# that say a customer leaves, had to work, had a problem or praises
# something, so "would never switch", "no reason to leave", "never had to
# call", "didn't have to wait", "no problems at all", "nothing to complain
# about", "bag drop had no queue", "never had an outage" and "not impressed"
# do not fire, while the plain forms still do. Entries that carry their own
# negation ("not renewing", "never again", "won't be back", "no reply", "still
# not", "nobody answered", "couldn't get through") are not guarded: the
# negation is what they say. Nor are entries that start with a pronoun or a
# possessive ("i'm leaving", "we're switching", "my complaint"): their own
# negation comes after that word ("i'm not leaving"), so a negator before it
# belongs to another clause ("no reply so im leaving"). Cancelling, closing
# and porting entries of churn_risk are not guarded either: a negated one is
# mostly a failed one, still churn ("won't let me cancel my account",
# "couldn't port my number"). These dev comments (tests/eval/signals_dev.csv,
# by id) are the ones the guard was written against:
#
#   ~had to call, ~had to chase   sd078 "never had to call support once",
#                                 sd127 "no issues, never had to chase anything"
#   ~outage*                      sd102 "Never had an outage in 4 years"
#   ~switch* BEFORE/2 provider*,  sd012, sd188 "would never switch",
#   ~switching to, ...            sd088 "would never switch, but the renewal..."
#   ~leave you for, ~go anywhere  sd035 "no reason to leave",
#   else                          sd059 "no reason to go anywhere else"
#   ~wait* NEAR/3 hour*, ...      sd150 "Didnt have to wait at all"
#   ~problem with, ~issue with    sd005 "no problems at all with my return",
#                                 sd174 "No problems with the surgery itself",
#                                 sd127 "no issues"
#   ~complain, ~complaints        sd020, sd198 "Nothing to complain about",
#                                 sd102 "No complaints"
#   ~queue                        sd136 "bag drop had no queue"
#
# The guard replaced the exclusions that stood in for it (!would never
# switch, !no reason to leave, !never had to, !without having to, !not
# great, !not impressed, !not helpful, !not on time, ...), each of which
# vetoed its signal for the whole comment. What a guard cannot say stays an
# exclusion: hypotheticals ("thought about cancelling", "it would be great
# if" is still a praise false positive on dev), mitigation ("didn't mind"),
# sarcasm ("thanks for nothing"). Praise and complaints said through a
# negator ("couldn't be more helpful", "never been so disappointed", "can't
# recommend them enough", "zero issues") are written out as their own
# unguarded entries.
#
# Problem and issue are not entries on their own: in praise a problem is
# mostly a solved one ("fixed my issue", "sorted my problem"), so only the
# phrasings of a current problem are ("problems with", "same issue", "still
# a problem", "technical issues").

# ---------------------------------------------------------------------------
# Churn risk: the customer says or clearly implies they will leave, cancel,
# switch, not renew or close an account, or already has. Cancelling one
# booking or order is not churn (that is journey/cancellation).
[churn_risk]
# hypothetical: not churn (the guard holds off the negated forms)
!thought about cancelling
!thought about leaving
!thought about switching
!thought about moving

# leaving, switching to a competitor
~switching to
~switched to
~switch to another
~switch to a different
~switching over to
~switch over to
~switched away
~switching away
~switching supplier*
~switching provider*
~switching bank*
~switching network*
~switching energy
~switched supplier*
~switched provider*
~switched bank*
~switched network*
~switch supplier*
~switch provider*
~switch bank*
~will switch
i'll switch
~going to switch
~time to switch
~ready to switch
~about to switch
~planning to switch
~thinking of switching
~considering switching
~looking to switch
~left you for
~left them for
~leaving you for
~leaving you
i'm leaving
im leaving
i am leaving
we're leaving
we are leaving
~will be leaving
i'll be leaving
~going to leave
~about to leave
~planning to leave
~decided to leave
~thinking of leaving
~time to leave
no reason to stay
~went with someone else
~going with someone else
~go with someone else
~went with another
~going with another
~to a competitor
~with a competitor
ex customer
former customer

# taking the money elsewhere
~business elsewhere
~custom elsewhere
~money elsewhere
~going elsewhere
~go elsewhere
~gone elsewhere
~shop elsewhere
~shopping elsewhere
~bank elsewhere
~quotes elsewhere
~moved it elsewhere
~moving it elsewhere
~looking elsewhere
~look elsewhere
~shopping around
~shop around
~lost a customer
~lost my custom
~lost my business
~lost our custom
~lost our business

# a new or different provider
~another provider
~another supplier
~another bank
~another network
~another company
~another insurer
~another gp
~another dentist
~another vet
~another gym
~another airline
~another energy
~a different provider
~a different supplier
~a different bank
~a different dentist
~a different gp
~a different network
~a different insurer
~new provider
~new supplier
my new bank
~a new bank
~new dentist
~new gp
~new insurer
~new network
~moving to a different
~moved to a different
~moved to another
~moving to another
~moving everything
~moved everything
~moved my account*
~moved my money
~moved my savings
~moved my mortgage
~moving my account*
~moving my money
~moving the team to

# cancelling or closing the whole relationship
cancel* BEFORE/3 subscription*
cancel* BEFORE/3 membership*
cancel* BEFORE/3 contract*
cancel* BEFORE/3 account*
cancel* BEFORE/3 policy
cancel* BEFORE/3 plan
cancel* BEFORE/3 package
cancel* BEFORE/3 broadband
cancel* BEFORE/3 insurance
cancel* BEFORE/3 loyalty
cancel* BEFORE/3 direct debit
clos* BEFORE/3 account*
clos* BEFORE/3 isa
clos* BEFORE/3 savings
terminat* BEFORE/3 contract
end my contract
ending my contract
delete my account
deleted my account
deleting my account
delete our account
retention team
retention pitch
retention offer
retentions
no longer use
no longer using
stopped using
stop using
won't be using
wont be using
will not be using
not be using

# porting out
porting my number
port my number
ported my number
porting out
ported out
port out
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
won't be BEFORE/3 again
wont be BEFORE/3 again
will not be BEFORE/3 again
won't use BEFORE/3 again
won't order BEFORE/3 again
won't shop BEFORE/3 again
won't book BEFORE/3 again
won't buy BEFORE/3 again
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
that's the last time
thats the last time
that was the last time
final straw
last straw
~done with this
~done with you
~done with them
i'm done
im done
i am done
we're done
thats us done
that's us done
thats me done
that's me done
unless BEFORE/10 i'm off
unless BEFORE/10 im off
unless BEFORE/10 leaving
unless BEFORE/10 cancel*
unless BEFORE/10 switching
or i'm off
or im off
or i'm leaving
or im leaving
or i'll cancel
or i will cancel
or i'm cancelling
or i'm switching

# guarded families the guard lets in: switching to any provider, leaving
# a company, going anywhere else
~switch* BEFORE/2 supplier*
~switch* BEFORE/2 provider*
~switch* BEFORE/2 bank*
~switch* BEFORE/2 network*
~switch* BEFORE/2 insurer*
~switch* BEFORE/2 broadband
~switch* BEFORE/2 company
~switch* BEFORE/2 companies
~switch* BEFORE/2 competitor*
~switch* BEFORE/2 elsewhere
~switch* BEFORE/2 someone else
~switch* BEFORE/2 somewhere else
~switch* NEAR/3 away from
~leave you for
~leave this bank
~leave this company
~leaving this bank
~leaving this company
~leaving the bank
~go anywhere else
~going anywhere else
~move anywhere else
~take my business
~taking my business
~take our business
~taking our business
i'm switching
im switching
i am switching
we're switching
we are switching
~be switching
~want to leave
~wants to leave
~wanting to leave
~want out of
~get out of my contract
~getting out of my contract
~get out of the contract
~considering leaving
~thinking about leaving
~thinking about switching
~considering cancelling
~thinking of cancelling
~thinking about cancelling
~lost BEFORE/3 customer
cancel* BEFORE/3 service

# ---------------------------------------------------------------------------
# High effort: the customer had to work: several contacts, chasing, repeated
# explanations, transfers, forms, going in person, redoing a task, long time
# on hold or in a phone queue. Waiting alone (for a table, a late train, an
# appointment date) is not effort; waiting to reach someone is.
[effort/high]
# easy to reach, or faultless: not effort (the guard holds off "never had to")
!easy to get hold of
!impossible to fault

# had to ...
~had to call
~had to ring
~had to phone
~had to email
~had to chase
~had to explain
~had to repeat
~had to go
~had to drive
~had to visit
~had to send
~had to fill
~had to print
~had to post
~had to redo
~had to re enter
~had to start
~had to contact
~had to keep
~had to ask
~had to complain
~had to write
~had to prove
~had to provide
~had to upload
~had to rebook
~had to sort it
~had to fix it
~had to do it
~had to speak to
~had to fight
~have to call
~have to ring
~have to chase
~have to explain
~have to repeat
~have to keep
~having to call
~having to chase
~having to explain
~having to repeat

# contacting again and again
~call* BEFORE/4 times
~rang BEFORE/4 times
~ring* BEFORE/4 times
~phoned BEFORE/4 times
~email* BEFORE/4 times
~wrote BEFORE/4 times
~written BEFORE/4 times
~contact* BEFORE/4 times
~chase* BEFORE/4 times
~complain* BEFORE/4 times
~asked BEFORE/6 times
~submit* BEFORE/6 times
~sent BEFORE/6 times
~send BEFORE/6 times
~reset BEFORE/4 times
~tried BEFORE/4 times
~went back BEFORE/5 times
~go back BEFORE/5 times
~call* BEFORE/4 twice
~rang BEFORE/4 twice
~email* BEFORE/4 twice
~asked BEFORE/6 twice
~sent BEFORE/6 twice
~send BEFORE/6 twice
opted BEFORE/5 twice
~twice already
~times already
~asked BEFORE/6 already
~already asked
~already told
~told you already
~every time i call
~every time i ring
~each time i call
~three calls
~four calls
~five calls
~several calls
~multiple calls
~countless calls
~numerous calls
~3 calls
~4 calls
~5 calls
~6 calls
~took BEFORE/3 calls
~three phone calls
~several phone calls
~multiple phone calls
~2 phone calls
~3 phone calls
~three emails
~four emails
~several emails
~multiple emails
~countless emails
~3 emails
~4 emails
~5 emails
~three tickets
~several tickets
~multiple tickets
~3 tickets
~4 tickets
~three chats
~several chats
~three visits
~several visits
~three forms
~several forms
~multiple forms
~third call
~third email
~third trip
~third visit
~fourth call
~fourth email
~second trip
~another trip
~wasted trip
~wasted journey
~trips to the
~attempts to
~took BEFORE/3 attempts
~every single time
~each time told
~explain* BEFORE/4 again
~tell BEFORE/4 again
~repeat myself
~repeating myself
~repeat my
~same questions
~same details
~same information
~same documents
~start again
~started again
~start over
~from scratch
~all over again
~over and over

# chasing, transfers, going round in circles
~chasing
~chased
~chase them
~chase it
~chase up
~had to follow up
~kept following up
following up again
~escalat*
~transferred
~passed around
~passed from
~passed between
~wrong department
~another department
~different department
pillar to post
~bounced around
~bounced between
~back and forth
~in circles
~runaround
~run around
~said call the
~said go to the
~told to call
~told me to call
~told to ring
~told me to ring
~told me to go

# reaching someone
~on hold NEAR/3 hour*
~on hold NEAR/3 minute*
~on hold NEAR/3 mins
~on hold NEAR/3 ages
~on hold NEAR/3 forever
~kept on hold
~left on hold
~kept me on hold
~hold music
hung up on
~on the phone NEAR/3 hour*
~hours on the phone
~spent hours
~spent ages
~wasted hours
~hours trying to
~days trying to
~weeks trying to
~months trying to
~ages trying to
still trying to
to reach a
reach a human
reach a person
speak to a human
talk to a human
get hold of
got hold of
getting hold of
to get through
got through
getting through
couldn't get through
couldnt get through
can't get through
cant get through
nobody answered
no one answered
nobody answers
no one answers
nobody picks up
no one picks up
~call* NEAR/8 queue
~rang NEAR/8 queue
phone queue

# forms, going in person, redoing things, struggling
~forms of id
proof of address
~so much paperwork
~endless paperwork
~more paperwork
~form* BEFORE/8 by post
~original* BEFORE/4 by post
~in person
~into a branch
~into the branch
~to the branch
~hoops
impossible to
~struggled to
~struggling to
~battle to
nightmare to
such a hassle
a real hassle
what a hassle
massive hassle
~rescan*
~resubmit*
~re enter
~re submit
~re upload
~retype
~took BEFORE/3 to return

# guarded queues: "had no queue" does not fire
~queue
~queued
~queuing
~queueing
~in a queue
~long queue*

# more contacts, people and repeats, guarded
~7 calls
~8 calls
~9 calls
~1? calls
~6 emails
~7 emails
~1? emails
~different people
~different agents
~different advisors
~different advisers
~different staff
~different departments
~spoke to BEFORE/2 people
~spoken to BEFORE/3 people
~on the phone NEAR/3 minute*
~on the phone NEAR/3 ages
~hour on the phone
~hour on hold
~hours on hold
~keep having to
~kept having to
~explain* BEFORE/4 times
~explain* BEFORE/4 twice
~phoned BEFORE/4 twice
~fill* BEFORE/4 twice
~fill* BEFORE/4 again

# ---------------------------------------------------------------------------
# Low effort: explicit ease of getting something done (one call, two minutes,
# nothing to do, no hassle). A fast outcome without a word about the
# customer's effort is not low effort.
[effort/low]
# nothing for the customer to do
didn't have to
didnt have to
did not have to
never had to
never have to
didn't need to
didnt need to
did not need to
no need to
without having to
didn't lift a finger
didnt lift a finger
didn't even need
didnt even need
did everything for me
did it all for me
did it for me
did all the work
took care of everything
handled everything
sorted everything
nothing for me to do
on the spot
no questions asked
no quibble*
without a quibble
no paperwork

# no hassle, easy
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
so simple
really simple
very simple
quick and simple
easy to cancel
easy to return
easy to set up
easy to book
easy to switch
easy to change
easy to claim
easy to open
easy to register
easy to sign up
easy to sort
easy to get hold of
easy returns
no queue
no queues
no waiting

# one contact
in one call
one phone call
in one message
in one email
just one email
a single email
first call
first time of asking
single call
in one visit
in one go
first attempt

# done in moments
in seconds
in minutes
in under a minute
took seconds
took minutes
took two minutes
took 2 minutes
took a minute
took 5 minutes
took five minutes
took 5 mins
took a few minutes
took no time
set* up NEAR/10 minute*
set* up NEAR/10 mins
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
# mitigated complaints (the guard holds off "never had to")
!didn't mind
!didnt mind
!impossible to fault

# plain complaint phrases without a sentiment word
never again
final straw
last straw
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
~been waiting
~waited
for nothing
~for ages
~took ages
not on time
never on time
not helpful
not very helpful
thanks for nothing
not even
never arrived
never received
never came
never turned up
never ordered
never at my door
never heard back
never replied
never responded
never got back
never called back
no reply
no response
nobody
no one has
no one told
no one got back
no one called
no one came
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
without anyone
~despite
~yet again
not worth
~waste of money
~waste of time
~cheaper elsewhere
whats the point
what's the point
is that legal
is this legal
not acceptable
~unacceptable
not good enough
not interested
no longer
~cancelled on

# charges, prices going up
~charged
~overcharg*
~went up
~gone up
~goes up
~price rise*
~price increase*
~increases
~increased
~doubled
~paying double
~is double
~higher than
~hike
~overpriced
~too expensive
~rip off
~ripoff
~extortionate
~added automatically
~automatically added
~estimated bill*
~catch up bill
~hidden fee*
~mis sold
~missold
~misleading

# things not working, wrong, damaged
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
won't load
wont load
not loading
unable to
can't log in
cant log in
~crash*
~freez*
~froze
~bug
~bugs
~buggy
~glitch*
~lagging
~timing out
~timed out
~failed
~error
~outage*
~drops
~keeps dropping
no signal
no internet
no wifi
no hot water
no heating
~power cut
~down again
~always down
~broken
~broke
~faulty
~damaged
~smashed
~cracked
~leak*
~missing
no cables
no charger
no instructions
not in the box
~got it wrong
~been wrong
~was wrong
~is wrong
~wrong item
~wrong size
~wrong amount
~wrong order
~incorrect
~nothing like
not as described
~out of stock
~always empty
~confusing
~confused
~too small
~too big
~comes up small
~comes up big
~runs small
~sizes small
~shrunk
~smaller portions
~cold
~soggy
~stale
~dirty
~filthy
~too slow
~so slow
~very slow
~really slow
~painfully slow
~slow service
~slow to
~was slow
~is slow
~are slow
~bit slow
~late
~delayed
~delays
~found a hair
~shrugged
~swallowed
~blocked my
~painful
~to hurt

# requests to stop
stop ringing
stop calling
stop emailing
stop sending
stop texting
stop contacting
stop spamming
~spam
~too many emails
~too many calls
remove me

# complaint as a question
why was i
why was my
why did
why is there
why have
why am i
why do i have to
why on earth
why should i
how is that

# feelings and judgements
~rude
~unhelpful
~disgraceful
~ridiculous
~shocking
~appalling
~terrible
~awful
~horrendous
~pathetic
~rubbish
~worst
~worse
~gone downhill
~going downhill
~poor
~shambles
~joke
~fed up
~sick of
not happy
~unhappy
~dissatisfied
~frustrat*
~disappoint*
~annoy*
~furious
~angry
another story
~complained
~formal complaint
~made a complaint
~raised a complaint
my complaint

# effort and churn that carry a complaint
~had to call
~had to chase
~had to explain
~had to repeat
~had to go back
~had to drive
~passed around
~transferred
~in circles
~chasing
~twice already
~on hold NEAR/3 hour*
~on hold NEAR/3 minute*
~call* BEFORE/4 times
~rang BEFORE/4 times
~email* BEFORE/4 times
~asked BEFORE/6 times
~submit* BEFORE/6 times
~reset BEFORE/4 times
~attempts to
~took BEFORE/3 attempts
~took BEFORE/3 calls
~every single time
no one answered
~forms of id
~took BEFORE/3 to return
impossible to
~done with this
i'm done
im done
thats us done
that's us done
~last order
~switching supplier*
~porting my number
~moved everything
~left you for
~thinking of leaving
never BEFORE/3 again
won't be BEFORE/3 again
wont be BEFORE/3 again
~had to wait
not renewing

# guarded problem words: "no problems", "nothing to complain about",
# "didn't have to wait" do not fire
~problem with
~problems with
~issue with
~issues with
~problem* again
~issue* again
~having problem*
~having issue*
~had problem*
~had issue*
~have problem*
~have issue*
~same problem
~same issue
~ongoing problem*
~ongoing issue*
~constant problem*
~constant issue*
~major problem*
~major issue*
~big problem
~huge problem
~serious problem*
~real problem
~technical problem*
~technical issue*
~connection problem*
~connection issue*
~still a problem
~still an issue
~the problem is
~the issue is
~problem* persist*
~issue* persist*
~caus* problem*
~caus* issue*
~complain
~complaint
~complaints
~complaining
~long wait
~wait times
~waiting times
~wait time
~kept waiting
~kept me waiting
~kept us waiting
~left waiting
~waiting ages
~waiting for ages
~wait* NEAR/3 hour*
~wait* NEAR/3 minute*
~wait* NEAR/3 mins
~wait* NEAR/3 days
~wait* NEAR/3 weeks
~queue*
~queuing

# complaints said with a negator, which the guard holds off in the words above
never BEFORE/3 so disappointed
never BEFORE/3 so rude
never BEFORE/3 so angry
never BEFORE/3 so frustrated
never BEFORE/3 so badly
never BEFORE/4 such poor
never BEFORE/4 such bad
never BEFORE/4 such rude
never BEFORE/4 such terrible
never BEFORE/4 such awful
couldn't be worse
couldnt be worse
could not be worse

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
it'd be nice
itd be nice
would be good
would be great
would be better
would be helpful
would be lovely if
it would help
would love to see
would like to see
would appreciate
wish you
wish there
wish it
you should
should be able to
you need to
needs an option
need an option
i suggest
my suggestion
a suggestion
consider adding
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
how much
how many
how come
how is that
can i
can we
can you tell
could you tell
can someone
can anyone
could someone
do you
do i need
do we
does anyone
anyone know
any idea
any ideas
is there
is it possible
are there
are you
are my
does it
does this
did you
have you
has my
who do i
who should i
where do i
where can i
where is
what do i
what is the
what are the
what happens
when will
when can
when do
when does
when is
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
would like to know
please advise

# ---------------------------------------------------------------------------
# Praise: praise of the company, staff, product or process, including faint
# praise ("cant fault them", "no complaints").
[intent/praise]
# sarcastic praise words (the guard holds off "not great", "not helpful")
!thanks for nothing

# plain praise, guarded
~lovely
~great
~brilliant
~amazing
~excellent
~fantastic
~superb
~wonderful
~outstanding
~awesome
~incredible
~exceptional
~first class
~faultless
~flawless
~impressed
~impressive
~perfect*
~love
~loved
thank you
thanks
cheers
~helpful
~friendly
~so kind
~very kind
~really kind
~kindness
~caring
~polite
~professional
~efficient
~patient
~gentle
~knew their stuff
~a star
~top service
~top notch
~spot on
~well done
fair play
kudos
hats off
~a credit to
~above and beyond
~extra mile
too much trouble
can't praise
cant praise
cannot praise
10/10
5 stars
five stars
~best
~would recommend
~highly recommend
~definitely recommend
~so much better
~really clear
~very clear
~tidy
~on time
~as described
~good range
~good service
~very good
~really good
~so good
~very happy
~so happy
~really happy
~delighted
~just works
~it just works
won't be the last
wont be the last
no reason to leave
no reason to go anywhere else
would never switch
never let me down
never lets me down

# faint praise and no complaints
no complaints
nothing to complain about
can't complain
cant complain
can't fault
cant fault
cannot fault
no problems
no issues
never had a problem
never had an outage
never had an issue

# praise of ease
~effortless
~painless
~seamless
~smooth start
~went smoothly
no hassle
no fuss
~hassle free
didn't lift a finger
didnt lift a finger
~sorted it
~sorted in
~fixed it
~explained everything
~explained every step
~in seconds
~in minutes
~in under a minute
~two taps
~2 clicks
didnt have to wait
didn't have to wait

# praise said with a negator, which the guard holds off in the words above
couldn't be more helpful
couldnt be more helpful
could not be more helpful
couldn't have been more helpful
couldnt have been more helpful
couldn't be happier
couldnt be happier
could not be happier
can't recommend BEFORE/3 enough
cant recommend BEFORE/3 enough
cannot recommend BEFORE/3 enough
couldn't recommend BEFORE/3 enough
can't thank BEFORE/3 enough
cant thank BEFORE/3 enough
cannot thank BEFORE/3 enough
never BEFORE/3 so impressed
never BEFORE/3 so well
never BEFORE/3 so happy
never BEFORE/4 such good
never BEFORE/4 such great
never BEFORE/4 such excellent
never BEFORE/4 such amazing
never BEFORE/4 such friendly
never BEFORE/4 such helpful
zero issues
zero problems
not a single problem
not a single issue
not one problem
without any problems
without any issues
without a problem
without a hitch

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
account creation
create an account
creating an account
created an account
open* BEFORE/3 account*
open* BEFORE/3 store card
account opening
new account
new customer
new member
new patient*
welcome pack
welcome email
welcome call
welcome letter
first visit
first time here
first time using
first time visiting
first week
first weeks
first few weeks
first two weeks
first 2 weeks
first month
first months
first few days
first 30 days
first days
first day
first appointment
first bill
trial
activat*
onboarding
getting started
learning curve
tutorial
training call
kick off call
migrat*
import
imported
importing
just moved in
moved in
moving in
moved house
new home
switched over from
switched from
moved over from
came over from
switching service
just joined
recently joined
when i joined
when we joined
since joining
installation failed
install failed

# ---------------------------------------------------------------------------
# Purchase: choosing, ordering, booking (tables, appointments, flights),
# quotes and plans on offer, the shop floor and checkout.
[journey/purchase]
book
booked
booking*
reservation*
reserve*
ordered
ordering
placing
placed an order
place an order
cancel* BEFORE/2 order
order an
last order
buy*
bought
purchase*
checkout
check out
at the till
tills
price match
stock
stocked
size guide
sizing
sale page
product page
credit application
card application
application form
apply for
applied for
applying for
mortgage
loan
book* BEFORE/3 appointment*
get* BEFORE/3 appointment*
no appointments
seat selection
legroom
basket
cart
menu
options for
a quote
the quote
quoted
which plan
choose
chose
choosing

# ---------------------------------------------------------------------------
# Delivery: shipping, couriers, click and collect, installation and engineer
# visits, a key or card arriving.
[journey/delivery]
# the customer arriving somewhere is not a delivery
!we arrived
!i arrived
deliver*
parcel*
courier*
arrived
to arrive
didn't arrive
didnt arrive
never arrive*
shipping
shipped
ships
postage
dispatch*
tracking number
tracking info*
tracking link
tracking page
tracking says
tracking said
tracking shows
track my
tracked
click and collect
ready for collection
collection point
packaging
in transit
safe place
with a neighbour
with my neighbour
with a neighbor
with my neighbor
doorstep
porch
letterbox
dpd
evri
hermes
dhl
fedex
royal mail
yodel
engineer*
installer*
installation appointment
installation date
install date
installed
technician
fitter*
at my door
to my door
came next
came the next
prescription*
in the post

# ---------------------------------------------------------------------------
# Support: contacting the company about a problem, including returns and
# exchanges of faulty goods.
[journey/support]
customer service
customer services
support
chat
chats
helpline
help line
help desk
helpdesk
service desk
hotline
call centre
call center
emergency line
complaints team
complaints department
on hold
transferred
passed around
escalat*
ticket*
agent*
raised a complaint
made a complaint
formal complaint
claim
dispute*
reported
faulty
exchanged
exchanging
an exchange
exchange it
exchange for
returns
return label
returned the
return it
return them
return the
returning the
returning it
the return
emailed
called the
rang
phoned
contacted
got through
speak to
spoke to
nobody answered
no one answered
call back
called back
callback
got back to me
took BEFORE/3 calls
chasing

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
my money
reimburs*
cashback
cash back
deposit
direct debit*
debited
overdraft
interest
overcharg*
invoice*
statement*
credit card
credit balance
in credit
credited
arrears
debt
meter reading*

# ---------------------------------------------------------------------------
# Renewal: contract or plan end, renewal price, end-of-term upgrades,
# auto-renewals.
[journey/renewal]
renew*
autorenew*
contract ends
contract ending
end of contract
end of my contract
out of contract
end of term
end of my term
minimum term
contract NEAR/2 end*
contract is up
contract runs out
contract expires
tariff NEAR/2 end*
deal NEAR/2 ends
fixed BEFORE/3 end*
fixed term
matured
maturity
rolled into
rolled onto
rolled over
expired
new deal
existing customer*
new customers get
loyalty penalty
upgrad* NEAR/8 phone
upgrad* NEAR/4 contract
upgrad* NEAR/4 handset
due an upgrade
eligible for an upgrade

# ---------------------------------------------------------------------------
# Cancellation: cancelling, closing, porting out, leaving, and cancelling a
# booking or order (by the customer, not by the company).
[journey/cancellation]
# hypothetical, or a waiting list
!thought about cancelling
!cancellation list
cancel
cancelling
canceling
cancellation*
cancelation*
cancelled my
cancelled our
cancelled it
i cancelled
we cancelled
want it cancelled
canceled my
cancell
cancle*
clos* BEFORE/3 account*
clos* BEFORE/3 isa
terminat*
end my contract
ending my contract
end the contract
notice period
give notice
gave notice
giving notice
exit fee*
delete my account
deleted my account
deleting my account
porting my number
port my number
porting out
ported out
port out
pac
stac code
