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

# Widened by family of phrasing rather than by dev comment: the many ways
# customers say they are taking their money elsewhere, switching to another
# provider of the same kind, closing or cancelling the whole relationship,
# letting it lapse, giving notice, being done, or having already left.

# taking the money elsewhere, said with any verb
~go* BEFORE/3 elsewhere
~went BEFORE/3 elsewhere
~tak* BEFORE/3 elsewhere
~took BEFORE/3 elsewhere
~mov* BEFORE/3 elsewhere
~bought BEFORE/3 elsewhere
~buy* BEFORE/3 elsewhere
~order* BEFORE/3 elsewhere
~shop* BEFORE/3 elsewhere
~book* BEFORE/3 elsewhere
~spend* BEFORE/3 elsewhere
~spent BEFORE/3 elsewhere
~insur* BEFORE/3 elsewhere
~bank* BEFORE/3 elsewhere
~found BEFORE/4 elsewhere
~get* BEFORE/3 elsewhere
~got BEFORE/3 elsewhere
~tried BEFORE/3 elsewhere
~eat* BEFORE/3 elsewhere
~stay* BEFORE/3 elsewhere
~fly* BEFORE/3 elsewhere
~renew* BEFORE/3 elsewhere
~lose my business
~losing my business
~lose our business
~losing our business
~lose me as a customer
~lost me as a customer
~losing me as a customer
~lose a customer
~losing a customer
~lost a loyal customer
~jump ship
~jumping ship
~jumped ship

# switching to another provider of the same kind
~switch* BEFORE/2 energy
~switch* BEFORE/2 phone company
~switch* BEFORE/2 insurance
~switch* BEFORE/2 isp
~switch* BEFORE/2 carrier*
~switch* BEFORE/2 vendor*
~switch* BEFORE/2 supermarket*
~switch* BEFORE/2 gym*
~switch* BEFORE/2 platform*
~switch* BEFORE/2 lender*
~switch* BEFORE/2 mortgage
~switch* BEFORE/2 airline*
~switch* BEFORE/2 practice*
~switch* BEFORE/2 dentist*
~switch* BEFORE/2 vet*
~switch* BEFORE/2 pharmacy
~switch* BEFORE/2 over to
~switch* BEFORE/2 across to
~moved over to
~moving over to
~move over to
~moved across to
~moving across to
~moved my business
~moving my business
~move my business
~moved our business
~moving our business
~moved our account*
~moving our account*
~moved my pension
~moved my isa
~moving my isa
~moved my policy
~moved my insurance
~moved my broadband
~moved my energy
~moved my phone
~moved my number
~moving my number
~went with a different
~gone with a different
~going with a different
~go with a different
~gone with another
~go with another
~signed up with another
~signed up with a different
~signing up with another
~signed with another
~joined another
~joined a different
~joining another
~join another
~new BEFORE/2 provider*
~new BEFORE/2 supplier*
~new BEFORE/2 insurer
~new BEFORE/2 isp
~new BEFORE/2 carrier
~new BEFORE/2 lender
~found a better
~found a cheaper
~found cheaper
~found one cheaper
~better deal elsewhere
~got a better deal
~getting a better deal
~get a better deal
~better deal with
~cheaper deal with
~better offer from
~quotes from other
~quote from another
~quote from a different
~ditch* BEFORE/2 you
~ditch* BEFORE/2 them
~ditch* BEFORE/3 for

# closing, cancelling, ending the whole relationship
cancel* BEFORE/3 sub
cancel* BEFORE/3 subs
cancel* BEFORE/3 cover
cancel* BEFORE/3 line
cancel* BEFORE/3 sim
cancel* BEFORE/3 tv
cancel* BEFORE/3 deal
cancel* BEFORE/3 agreement
cancel* BEFORE/3 pass
cancel* BEFORE/3 season ticket
cancel* BEFORE/3 gym
cancel* BEFORE/3 box
cancel* BEFORE/3 prime
cancel* BEFORE/3 premium
cancel* BEFORE/3 pro
cancel* BEFORE/3 licence*
cancel* BEFORE/3 license*
cancel* BEFORE/3 trial
cancel* BEFORE/3 renewal
cancel* BEFORE/3 auto renew*
cancel* BEFORE/3 everything
cancel* BEFORE/3 the lot
cancel* BEFORE/3 whole thing
cancel* BEFORE/2 with you
cancel* BEFORE/2 with them
cancel* BEFORE/3 mobile
cancel* BEFORE/3 phone contract
cancel* BEFORE/3 energy
cancel* BEFORE/3 tariff
cancel* BEFORE/3 standing order
subscription* BEFORE/3 cancel*
membership* BEFORE/3 cancel*
account BEFORE/2 cancelled
account BEFORE/2 closed
cancle* BEFORE/3 account*
cancle* BEFORE/3 subscription*
cancle* BEFORE/3 membership*
cancle* BEFORE/3 contract*
cancl* BEFORE/3 account*
cancl* BEFORE/3 subscription*
shut* BEFORE/3 account*
clos* BEFORE/3 card
clos* BEFORE/3 credit card
clos* BEFORE/3 current account
clos* BEFORE/3 membership
clos* BEFORE/3 pension
clos* BEFORE/3 everything
clos* BEFORE/3 all my
clos* BEFORE/3 policy
clos* BEFORE/3 mortgage
terminat* BEFORE/3 account
terminat* BEFORE/3 agreement
terminat* BEFORE/3 service
terminat* BEFORE/3 policy
terminat* BEFORE/3 membership
terminat* BEFORE/3 subscription
~end* BEFORE/3 membership
~end* BEFORE/3 subscription
~end* BEFORE/3 relationship
~end* BEFORE/3 agreement
~end* BEFORE/3 our contract
~discontinue my
~discontinuing my
~discontinue our
~quit my
~quitting my
~quit the gym
~i quit
~pull* BEFORE/3 money out
~pull* BEFORE/3 savings
~pulled BEFORE/3 money
~pulling BEFORE/3 money
~withdraw* BEFORE/3 everything
~withdraw* BEFORE/3 all my
~take my money out
~taking my money out
~took my money out
~stopped ordering
~stop ordering
~stopped shopping
~stopped buying
~stop buying
~stopped booking
~stopped flying
~stopped paying for
~stop* BEFORE/3 direct debit

# not renewing, letting it lapse
not renew*
won't renew*
wont renew*
didn't renew*
didnt renew*
did not renew*
decided not to renew
chose not to renew
not be continuing
won't be continuing
wont be continuing
will not be continuing
not continuing
let* BEFORE/4 laps*
allow* BEFORE/4 laps*
let* BEFORE/4 run out
let* BEFORE/4 expire
opt* out BEFORE/4 renew*
turn* off BEFORE/3 renew*
switch* off BEFORE/3 renew*
~renew* BEFORE/3 with someone
~renew* BEFORE/3 with another
~renew* BEFORE/3 with a different

# giving notice
~put in BEFORE/2 notice
~my notice
~our notice
~notice to cancel
~notice to leave
~notice to terminate

# done with you, out of here
~done with your
~done with the lot
~done with this company
~done with this bank
~finished with you
~finished with this
~enough is enough
i'm out of here
im out of here
i'm outta here
im outta here
~goodbye
~good bye
~walk* away from you
~walk* away from this

# last time, never again, won't be back
this is the last time
this will be the last time
will be the last time
that will be the last time
last ever
~my last ever
~final order
~final visit
~final time
~be my last
won't come back
wont come back
will not come back
never come back
never be coming back
won't be order*
wont be order*
will not be order*
won't be book*
wont be book*
will not be book*
won't be shop*
wont be shop*
will not be shop*
won't be buy*
wont be buy*
will not be buy*
won't be fly*
wont be fly*
will not be fly*
won't be stay*
wont be stay*
will not be stay*
won't be visit*
wont be visit*
won't be eat*
wont be eat*
won't be dining
won't use you
wont use you
will not use you
won't use them
wont use them
won't order from
wont order from
won't buy from
wont buy from
won't shop with
wont shop with
won't bank with
wont bank with
will never use
will never order
will never book
will never buy
will never shop
will never fly
will never go back
will never come back
will never deal with
will never stay
will never eat
i'll never use
i'll never order
i'll never book
i'll never buy
i'll never shop
i'll never fly
i'll never go back
i'll never come back
ill never use
ill never order
ill never book
ill never buy
ill never go back
never use* BEFORE/3 again
never order* BEFORE/3 again
never book* BEFORE/3 again
never shop* BEFORE/3 again

# no longer a customer, already left
ex member
former member
no longer a customer
no longer a member
no longer bank*
no longer shop*
no longer order*
no longer buy*
no longer with you
no longer with them
not a customer anymore
not a customer any more
~was a customer
~was a loyal customer
~used to be a customer
~used to be a loyal
~used to bank with
~been a customer BEFORE/6 until
~already switched
~already ported
~left you lot
~left you guys
~left this bank

# porting, in more words
~requested BEFORE/3 pac
~request* BEFORE/3 pac
porting code

~port BEFORE/3 number
~porting BEFORE/3 number
~ported BEFORE/3 number
~porting BEFORE/2 away
~ported BEFORE/2 away
~porting BEFORE/3 to
~ported BEFORE/3 to
~transfer my isa
~transferring my isa
~transferred my isa
~transfer my pension
~transferring my pension
~transferred my pension
~lose my custom
~losing my custom
~lose our custom
~losing our custom
~given my notice
~giving my notice
~gave my notice
~give my notice
~given notice
~giving notice
~gave notice
~give notice
~hand* in BEFORE/2 notice
~served BEFORE/3 notice
~serving BEFORE/3 notice
~i've had enough
~ive had enough
~i have had enough
~had enough of
~i've had it with
~ive had it with
that was my last
this was my last
never returning
~already moved my
~already moved to
~already closed my

# telling others to stay away
~avoid at all costs
~avoid like the plague
~avoid this company
~avoid this bank
~avoid them
~told BEFORE/4 to avoid
~telling BEFORE/4 to avoid
~tell BEFORE/4 to avoid
~warn* BEFORE/3 friends
~warn* BEFORE/3 family

# hypothetical or averted: not churn
!thought about closing
!thought about porting
!thought about going
!almost left
!almost switched
!almost cancelled
!nearly left
!nearly switched
!nearly cancelled
!would have switched
!would have left
!would have cancelled
!was going to switch
!was going to leave
!was going to cancel
!was about to leave
!was about to switch
!was about to cancel
!was ready to leave
!was ready to switch
!won me back
!so i stayed
!so we stayed
!decided to stay
!convinced me to stay
!glad i stayed
!instead of cancelling
!not the account

# another provider of the same kind, named by its trade
~another lender
~a different lender
~another broker
~a different broker
~another chain
~a different chain
~another hotel
~a different hotel
~another retailer
~a different retailer
~another shop
~a different shop
~another store
~a different store
~another supermarket
~a different supermarket
~another surgery
~a different surgery
~another practice
~a different practice
~another clinic
~a different clinic
~another pharmacy
~a different pharmacy
~another chemist
~a different chemist
~another optician
~a different optician
~a different vet
~a different gym
~another firm
~a different firm
~another agency
~a different agency
~another platform
~a different platform
~another tool
~a different tool
~another package
~a different package
~another operator
~a different operator
~another carrier
~a different carrier
~another isp
~a different isp
~another mobile
~a different mobile
~a different energy
~a different airline
~another garage
~a different garage
~another salon
~a different salon
~from a competitor
~from their competitor
~from your competitor
~to their competitor
~to your competitor
~to the competition
~with the competition
~from the competition

# intending to switch or leave, said with any verb of intent
~plan to switch
~intend to switch
~intending to switch
~gonna switch
~want to switch
~wanting to switch
~decided to switch
~need to switch
~we'll switch
~we will switch
~i will switch
~i'll be switch
~seriously considering switching
~plan on switching
~plan on leaving
~planning on switching
~planning on leaving
~seriously considering leaving
~considering a switch
~intend to leave
~intending to leave
~plan to leave
~leaving at the end
~leave at the end
~leaving when
~leave when my
~leaving as soon as
~leave as soon as
~leaving once
~and leaving
~then i'm off
~then im off
~then we're off
i'm off when
im off when
we're off when
i'm off at the end
im off at the end
then i'm gone
then im gone
i'm gone
im gone
~already left
~not staying
not staying with
won't be staying
wont be staying
will not be staying
won't be BEFORE/2 with you
wont be BEFORE/2 with you
will not be BEFORE/2 with you
~with you much longer
~with you for much longer
~with you for long
~with you any longer
~with you anymore
~with them anymore
won't bother
wont bother
will not bother
not bother* BEFORE/4 again
last time i shop
last time i fly
last time i order
last time i book
last time i use
last time i stay
last time i eat
last time i buy
last time i bank
last time we shop
last time we fly
last time we order
last time we book
last time we use
last time we stay
last time we eat
not anymore
not any more
used to come
used to shop
used to order
used to eat
~bye
~avoid avoid
~everyone i know not to
~everyone not to
~friends not to
~family not to
~people not to
~anyone not to
~everybody not to
~took my business
~taken my business
~took our business
~taken our business
~my business to
~our business to
~taken my savings
~took my savings
~taking my savings
~moving my savings
~moving BEFORE/2 account
~moved BEFORE/2 account
~ported
~uninstalled
~deleted the app
~deleting the app
~delete the app
~delet* BEFORE/4 account
~unsubscribing
~unsubscribed
~evaluating alternatives
~looking at alternatives
~looking for alternatives
~look for alternatives
~look at alternatives
~finding alternatives
~find an alternative
~found an alternative
~exploring alternatives
~considering alternatives
~alternative provider*
~alternative supplier*
~looking at other
~look at other
~looking into other
~exploring other options
~looking around
~go* BEFORE/3 somewhere else
~went BEFORE/3 somewhere else
~somewhere cheaper
~someone cheaper
~somewhere better
~to a cheaper
~with a cheaper
try to keep me
tried to keep me
to keep my custom
to keep my business
~drop* BEFORE/3 membership
~drop* BEFORE/3 subscription
~drop* BEFORE/3 contract
~drop* BEFORE/3 policy
~drop* BEFORE/3 cover
~drop* BEFORE/3 package
~drop* BEFORE/3 insurance
~drop* BEFORE/3 broadband
cancel* BEFORE/3 landline
cancel* BEFORE/4 card
!card was stolen
!stolen card
!card stolen
!lost my card
!lost card
!replacement card

!considered leaving
!considered switching
!considered cancelling
!considered moving
!happy to stay
!keeps me here
!changed my mind

# ---------------------------------------------------------------------------
# High effort: the customer had to work: several contacts, chasing, repeated
# explanations, transfers, forms, going in person, redoing a task, long time
# on hold or in a phone queue. Waiting alone (for a table, a late train, an
# appointment date) is not effort; waiting to reach someone is.
[effort/high]
# easy to reach, or faultless: not effort (the guard holds off "never had to")
!easy to get hold of
!impossible to fault
# the work was someone else's: staff, an engineer or a clinician had to come
# back or redo it while the customer did nothing (a veto for the comment)
!engineer had to
!engineers had to
!technician had to
!fitter had to
!fitters had to
!installer had to
!plumber had to
!waiter had to
!waitress had to
!staff had to
!chef had to
!courier had to
!driver had to
!dentist had to
!doctor had to
!nurse had to
!they had to come back
!they tried

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

# a queue in a shop, at a desk or a gate is waiting, not effort (the
# conventions: waiting alone is not effort); queues to reach someone are
# below, with hold
~chat queue
~live chat queue
~call queue
~queue* NEAR/4 different desks
~different desks
~desk to desk
~from desk to desk
~counter to counter

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

# Widened by family of phrasing rather than by dev comment: counts of
# contacts, asking again, being passed on, queues and hold to reach someone,
# forms and proof, going in person, starting again, escalating, the hours of
# the customer's own time, hoops, nobody taking ownership.

# a count of contacts: a number or "several" with the contact up to two
# words after it ("three separate calls", "5 more emails", "six phone calls")
~two BEFORE/2 calls
~three BEFORE/2 calls
~four BEFORE/2 calls
~five BEFORE/2 calls
~six BEFORE/2 calls
~seven BEFORE/2 calls
~eight BEFORE/2 calls
~nine BEFORE/2 calls
~ten BEFORE/2 calls
~eleven BEFORE/2 calls
~twelve BEFORE/2 calls
~fifteen BEFORE/2 calls
~twenty BEFORE/2 calls
~several BEFORE/2 calls
~multiple BEFORE/2 calls
~countless BEFORE/2 calls
~numerous BEFORE/2 calls
~endless BEFORE/2 calls
~dozens BEFORE/2 calls
~repeated BEFORE/2 calls
~2 BEFORE/2 calls
~3 BEFORE/2 calls
~4 BEFORE/2 calls
~5 BEFORE/2 calls
~6 BEFORE/2 calls
~7 BEFORE/2 calls
~8 BEFORE/2 calls
~9 BEFORE/2 calls
~10 BEFORE/2 calls
~11 BEFORE/2 calls
~12 BEFORE/2 calls
~15 BEFORE/2 calls
~20 BEFORE/2 calls
~1? BEFORE/2 calls
~2? BEFORE/2 calls
~two BEFORE/2 emails
~three BEFORE/2 emails
~four BEFORE/2 emails
~five BEFORE/2 emails
~six BEFORE/2 emails
~seven BEFORE/2 emails
~eight BEFORE/2 emails
~nine BEFORE/2 emails
~ten BEFORE/2 emails
~eleven BEFORE/2 emails
~twelve BEFORE/2 emails
~fifteen BEFORE/2 emails
~twenty BEFORE/2 emails
~several BEFORE/2 emails
~multiple BEFORE/2 emails
~countless BEFORE/2 emails
~numerous BEFORE/2 emails
~endless BEFORE/2 emails
~dozens BEFORE/2 emails
~repeated BEFORE/2 emails
~2 BEFORE/2 emails
~3 BEFORE/2 emails
~4 BEFORE/2 emails
~5 BEFORE/2 emails
~6 BEFORE/2 emails
~7 BEFORE/2 emails
~8 BEFORE/2 emails
~9 BEFORE/2 emails
~10 BEFORE/2 emails
~11 BEFORE/2 emails
~12 BEFORE/2 emails
~15 BEFORE/2 emails
~20 BEFORE/2 emails
~1? BEFORE/2 emails
~2? BEFORE/2 emails
~two BEFORE/2 chats
~three BEFORE/2 chats
~four BEFORE/2 chats
~five BEFORE/2 chats
~six BEFORE/2 chats
~seven BEFORE/2 chats
~eight BEFORE/2 chats
~nine BEFORE/2 chats
~ten BEFORE/2 chats
~eleven BEFORE/2 chats
~twelve BEFORE/2 chats
~fifteen BEFORE/2 chats
~twenty BEFORE/2 chats
~several BEFORE/2 chats
~multiple BEFORE/2 chats
~countless BEFORE/2 chats
~numerous BEFORE/2 chats
~endless BEFORE/2 chats
~dozens BEFORE/2 chats
~repeated BEFORE/2 chats
~2 BEFORE/2 chats
~3 BEFORE/2 chats
~4 BEFORE/2 chats
~5 BEFORE/2 chats
~6 BEFORE/2 chats
~7 BEFORE/2 chats
~8 BEFORE/2 chats
~9 BEFORE/2 chats
~10 BEFORE/2 chats
~11 BEFORE/2 chats
~12 BEFORE/2 chats
~15 BEFORE/2 chats
~20 BEFORE/2 chats
~1? BEFORE/2 chats
~2? BEFORE/2 chats
~two BEFORE/2 messages
~three BEFORE/2 messages
~four BEFORE/2 messages
~five BEFORE/2 messages
~six BEFORE/2 messages
~seven BEFORE/2 messages
~eight BEFORE/2 messages
~nine BEFORE/2 messages
~ten BEFORE/2 messages
~eleven BEFORE/2 messages
~twelve BEFORE/2 messages
~fifteen BEFORE/2 messages
~twenty BEFORE/2 messages
~several BEFORE/2 messages
~multiple BEFORE/2 messages
~countless BEFORE/2 messages
~numerous BEFORE/2 messages
~endless BEFORE/2 messages
~dozens BEFORE/2 messages
~repeated BEFORE/2 messages
~2 BEFORE/2 messages
~3 BEFORE/2 messages
~4 BEFORE/2 messages
~5 BEFORE/2 messages
~6 BEFORE/2 messages
~7 BEFORE/2 messages
~8 BEFORE/2 messages
~9 BEFORE/2 messages
~10 BEFORE/2 messages
~11 BEFORE/2 messages
~12 BEFORE/2 messages
~15 BEFORE/2 messages
~20 BEFORE/2 messages
~1? BEFORE/2 messages
~2? BEFORE/2 messages
~two BEFORE/2 letters
~three BEFORE/2 letters
~four BEFORE/2 letters
~five BEFORE/2 letters
~six BEFORE/2 letters
~seven BEFORE/2 letters
~eight BEFORE/2 letters
~nine BEFORE/2 letters
~ten BEFORE/2 letters
~eleven BEFORE/2 letters
~twelve BEFORE/2 letters
~fifteen BEFORE/2 letters
~twenty BEFORE/2 letters
~several BEFORE/2 letters
~multiple BEFORE/2 letters
~countless BEFORE/2 letters
~numerous BEFORE/2 letters
~endless BEFORE/2 letters
~dozens BEFORE/2 letters
~repeated BEFORE/2 letters
~2 BEFORE/2 letters
~3 BEFORE/2 letters
~4 BEFORE/2 letters
~5 BEFORE/2 letters
~6 BEFORE/2 letters
~7 BEFORE/2 letters
~8 BEFORE/2 letters
~9 BEFORE/2 letters
~10 BEFORE/2 letters
~11 BEFORE/2 letters
~12 BEFORE/2 letters
~15 BEFORE/2 letters
~20 BEFORE/2 letters
~1? BEFORE/2 letters
~2? BEFORE/2 letters
~two BEFORE/2 attempts
~three BEFORE/2 attempts
~four BEFORE/2 attempts
~five BEFORE/2 attempts
~six BEFORE/2 attempts
~seven BEFORE/2 attempts
~eight BEFORE/2 attempts
~nine BEFORE/2 attempts
~ten BEFORE/2 attempts
~eleven BEFORE/2 attempts
~twelve BEFORE/2 attempts
~fifteen BEFORE/2 attempts
~twenty BEFORE/2 attempts
~several BEFORE/2 attempts
~multiple BEFORE/2 attempts
~countless BEFORE/2 attempts
~numerous BEFORE/2 attempts
~endless BEFORE/2 attempts
~dozens BEFORE/2 attempts
~repeated BEFORE/2 attempts
~2 BEFORE/2 attempts
~3 BEFORE/2 attempts
~4 BEFORE/2 attempts
~5 BEFORE/2 attempts
~6 BEFORE/2 attempts
~7 BEFORE/2 attempts
~8 BEFORE/2 attempts
~9 BEFORE/2 attempts
~10 BEFORE/2 attempts
~11 BEFORE/2 attempts
~12 BEFORE/2 attempts
~15 BEFORE/2 attempts
~20 BEFORE/2 attempts
~1? BEFORE/2 attempts
~2? BEFORE/2 attempts
~two BEFORE/2 conversations
~three BEFORE/2 conversations
~four BEFORE/2 conversations
~five BEFORE/2 conversations
~six BEFORE/2 conversations
~seven BEFORE/2 conversations
~eight BEFORE/2 conversations
~nine BEFORE/2 conversations
~ten BEFORE/2 conversations
~eleven BEFORE/2 conversations
~twelve BEFORE/2 conversations
~fifteen BEFORE/2 conversations
~twenty BEFORE/2 conversations
~several BEFORE/2 conversations
~multiple BEFORE/2 conversations
~countless BEFORE/2 conversations
~numerous BEFORE/2 conversations
~endless BEFORE/2 conversations
~dozens BEFORE/2 conversations
~repeated BEFORE/2 conversations
~2 BEFORE/2 conversations
~3 BEFORE/2 conversations
~4 BEFORE/2 conversations
~5 BEFORE/2 conversations
~6 BEFORE/2 conversations
~7 BEFORE/2 conversations
~8 BEFORE/2 conversations
~9 BEFORE/2 conversations
~10 BEFORE/2 conversations
~11 BEFORE/2 conversations
~12 BEFORE/2 conversations
~15 BEFORE/2 conversations
~20 BEFORE/2 conversations
~1? BEFORE/2 conversations
~2? BEFORE/2 conversations
~two BEFORE/2 complaints
~three BEFORE/2 complaints
~four BEFORE/2 complaints
~five BEFORE/2 complaints
~six BEFORE/2 complaints
~seven BEFORE/2 complaints
~eight BEFORE/2 complaints
~nine BEFORE/2 complaints
~ten BEFORE/2 complaints
~eleven BEFORE/2 complaints
~twelve BEFORE/2 complaints
~fifteen BEFORE/2 complaints
~twenty BEFORE/2 complaints
~several BEFORE/2 complaints
~multiple BEFORE/2 complaints
~countless BEFORE/2 complaints
~numerous BEFORE/2 complaints
~endless BEFORE/2 complaints
~dozens BEFORE/2 complaints
~repeated BEFORE/2 complaints

# ordinals and "N calls later"
~third time BEFORE/4 call*
~third time BEFORE/4 rang
~third time BEFORE/4 ring*
~third time BEFORE/4 phon*
~third time BEFORE/4 email*
~third time BEFORE/4 contact*
~third time BEFORE/4 chas*
~third time BEFORE/4 explain*
~third time BEFORE/4 complain*
~third time BEFORE/4 writ*
~third time BEFORE/4 asking
~third time BEFORE/4 been in
~third time BEFORE/4 went back
~third time BEFORE/4 gone back
~fourth time BEFORE/4 call*
~fourth time BEFORE/4 rang
~fourth time BEFORE/4 ring*
~fourth time BEFORE/4 phon*
~fourth time BEFORE/4 email*
~fourth time BEFORE/4 contact*
~fourth time BEFORE/4 chas*
~fourth time BEFORE/4 explain*
~fourth time BEFORE/4 complain*
~fourth time BEFORE/4 writ*
~fourth time BEFORE/4 asking
~fourth time BEFORE/4 been in
~fourth time BEFORE/4 went back
~fourth time BEFORE/4 gone back
~fifth time BEFORE/4 call*
~fifth time BEFORE/4 rang
~fifth time BEFORE/4 ring*
~fifth time BEFORE/4 phon*
~fifth time BEFORE/4 email*
~fifth time BEFORE/4 contact*
~fifth time BEFORE/4 chas*
~fifth time BEFORE/4 explain*
~fifth time BEFORE/4 complain*
~fifth time BEFORE/4 writ*
~fifth time BEFORE/4 asking
~fifth time BEFORE/4 been in
~fifth time BEFORE/4 went back
~fifth time BEFORE/4 gone back
~sixth time BEFORE/4 call*
~sixth time BEFORE/4 rang
~sixth time BEFORE/4 ring*
~sixth time BEFORE/4 phon*
~sixth time BEFORE/4 email*
~sixth time BEFORE/4 contact*
~sixth time BEFORE/4 chas*
~sixth time BEFORE/4 explain*
~sixth time BEFORE/4 complain*
~sixth time BEFORE/4 writ*
~sixth time BEFORE/4 asking
~sixth time BEFORE/4 been in
~sixth time BEFORE/4 went back
~sixth time BEFORE/4 gone back
~tenth time BEFORE/4 call*
~tenth time BEFORE/4 rang
~tenth time BEFORE/4 ring*
~tenth time BEFORE/4 phon*
~tenth time BEFORE/4 email*
~tenth time BEFORE/4 contact*
~tenth time BEFORE/4 chas*
~tenth time BEFORE/4 explain*
~tenth time BEFORE/4 complain*
~tenth time BEFORE/4 writ*
~tenth time BEFORE/4 asking
~tenth time BEFORE/4 been in
~tenth time BEFORE/4 went back
~tenth time BEFORE/4 gone back
~3rd time BEFORE/4 call*
~3rd time BEFORE/4 rang
~3rd time BEFORE/4 ring*
~3rd time BEFORE/4 phon*
~3rd time BEFORE/4 email*
~3rd time BEFORE/4 contact*
~3rd time BEFORE/4 chas*
~3rd time BEFORE/4 explain*
~3rd time BEFORE/4 complain*
~3rd time BEFORE/4 writ*
~3rd time BEFORE/4 asking
~3rd time BEFORE/4 been in
~3rd time BEFORE/4 went back
~3rd time BEFORE/4 gone back
~4th time BEFORE/4 call*
~4th time BEFORE/4 rang
~4th time BEFORE/4 ring*
~4th time BEFORE/4 phon*
~4th time BEFORE/4 email*
~4th time BEFORE/4 contact*
~4th time BEFORE/4 chas*
~4th time BEFORE/4 explain*
~4th time BEFORE/4 complain*
~4th time BEFORE/4 writ*
~4th time BEFORE/4 asking
~4th time BEFORE/4 been in
~4th time BEFORE/4 went back
~4th time BEFORE/4 gone back
~5th time BEFORE/4 call*
~5th time BEFORE/4 rang
~5th time BEFORE/4 ring*
~5th time BEFORE/4 phon*
~5th time BEFORE/4 email*
~5th time BEFORE/4 contact*
~5th time BEFORE/4 chas*
~5th time BEFORE/4 explain*
~5th time BEFORE/4 complain*
~5th time BEFORE/4 writ*
~5th time BEFORE/4 asking
~5th time BEFORE/4 been in
~5th time BEFORE/4 went back
~5th time BEFORE/4 gone back
~nth time BEFORE/4 call*
~nth time BEFORE/4 rang
~nth time BEFORE/4 ring*
~nth time BEFORE/4 phon*
~nth time BEFORE/4 email*
~nth time BEFORE/4 contact*
~nth time BEFORE/4 chas*
~nth time BEFORE/4 explain*
~nth time BEFORE/4 complain*
~nth time BEFORE/4 writ*
~nth time BEFORE/4 asking
~nth time BEFORE/4 been in
~nth time BEFORE/4 went back
~nth time BEFORE/4 gone back
~umpteenth
~fifth call
~third chat
~third letter
~third phone call
~calls later
~emails later
~chats later
~visits later
~trips later
~attempts later
~letters later
~tickets later
~calls so far
~emails so far
~times so far
~times now
~time after time
~time and time again
~time and again
~again and again
~call after call
~email after email
~form after form
~visit after visit
~appointment after appointment
~letter after letter
~chat after chat
~week after week of
~month after month of

# doing it again: verbs of contact with again, times, twice
~called BEFORE/3 again
~rang BEFORE/3 again
~phoned BEFORE/3 again
~emailed BEFORE/3 again
~chased BEFORE/3 again
~contacted BEFORE/3 again
~wrote BEFORE/3 again
~messaged BEFORE/3 again
~asked BEFORE/3 again
~raised BEFORE/3 again
~reported BEFORE/3 again
~had to BEFORE/4 again
~have to BEFORE/4 again
~having to BEFORE/4 again
~ended up BEFORE/4 again
~report* BEFORE/4 times
~rais* BEFORE/4 times
~messag* BEFORE/4 times
~chat* BEFORE/4 times
~text* BEFORE/4 times
~told BEFORE/4 times
~spoke* BEFORE/4 times
~spoken BEFORE/4 times
~request* BEFORE/4 times
~return* BEFORE/4 times
~reinstall* BEFORE/4 times
~restart* BEFORE/4 times
~upload* BEFORE/4 times
~enter* BEFORE/4 times
~appl* BEFORE/4 times
~went in BEFORE/3 times
~follow* up BEFORE/4 times
~times BEFORE/3 call*
~times BEFORE/3 rang
~times BEFORE/3 phoned
~times BEFORE/3 email*
~times BEFORE/3 contact*
~times BEFORE/3 chas*
~times BEFORE/3 explain*
~contact* BEFORE/4 twice
~chase* BEFORE/4 twice
~complain* BEFORE/4 twice
~wrote BEFORE/4 twice
~been calling
~been ringing
~been emailing
~been phoning
~been contacting
~been messaging
i keep calling
i kept calling
i keep ringing
i kept ringing
i keep emailing
i kept emailing
i keep phoning
i kept phoning
i keep asking
i kept asking
~keep getting told
~kept getting told
~keep being told
~kept being told
~keep being passed
~kept being passed
~keep being transferred
~kept being transferred
~keep asking me
~kept asking me
~keep trying
~kept trying
~tried calling
~tried ringing
~tried phoning
~tried emailing
~tried contacting
~tried to contact
~tried to reach
~tried to get hold
~tried to get through
~trying to get hold
~trying to get through
~trying to get someone
~trying to get an answer
~trying to get a refund
~trying to get my money
~trying to get this
~trying to get it sorted
~trying to sort
~trying to resolve
~trying to reach
~trying to contact
~trying to speak
~trying to talk
~every time i contact
~every time i phone
~every time i speak
~every time i email
to no avail
no joy
~getting nowhere
~got nowhere
~get nowhere
~no further forward
~none the wiser

# had to, have to, having to: the customer's own work

~had to go back
~had to go in
~had to go into
~had to resend
~had to re send
~had to scan
~had to talk to
~had to argue
~had to beg
~had to push
~had to insist
~had to travel
~had to walk
~had to escalate
~had to message
~had to resubmit
~had to reinstall
~had to take time off
~had to take a day off
~had to book another
~had to raise
~had to open another
~had to wait on hold
~had to jump through
~had to go through
~had to threaten
~had to involve
~had to get my bank
~had to dispute
~had to request
~had to ask again
~had to come back
~had to return
~had to remind
~had to badger
~had to nag
~had to hound
~had to pester
~had to sort it out
~had to sort everything
~had to do it myself
~had to do everything
~had to collect
~had to pick it up
~had to verify
~had to re verify
~had to re register
~had to re apply
~had to reapply
~had to re book
~had to book again
~had to order again
~had to buy another
~had to pay for another
~have to phone
~have to email
~have to go back
~have to go in
~have to go into
~have to visit
~have to send
~have to resend
~have to re send
~have to fill
~have to print
~have to post
~have to scan
~have to redo
~have to start
~have to contact
~have to complain
~have to write
~have to prove
~have to provide
~have to upload
~have to speak to
~have to talk to
~have to fight
~have to argue
~have to beg
~have to push
~have to insist
~have to travel
~have to drive
~have to walk
~have to escalate
~have to message
~have to re enter
~have to resubmit
~have to reinstall
~have to take time off
~have to take a day off
~have to follow up
~have to book another
~have to raise
~have to open another
~have to wait on hold
~have to jump through
~have to go through
~have to threaten
~have to involve
~have to get my bank
~have to dispute
~have to request
~have to ask again
~have to come back
~have to return
~have to remind
~have to badger
~have to nag
~have to hound
~have to pester
~have to sort it out
~have to sort everything
~have to do it myself
~have to do everything
~have to collect
~have to pick it up
~have to verify
~have to re verify
~have to re register
~have to re apply
~have to reapply
~have to re book
~have to book again
~have to order again
~have to buy another
~have to pay for another
~having to ring
~having to phone
~having to email
~having to go back
~having to go in
~having to go into
~having to visit
~having to send
~having to resend
~having to re send
~having to fill
~having to print
~having to post
~having to scan
~having to redo
~having to start
~having to contact
~having to keep
~having to complain
~having to write
~having to prove
~having to provide
~having to upload
~having to speak to
~having to talk to
~having to fight
~having to argue
~having to beg
~having to push
~having to insist
~having to travel
~having to drive
~having to walk
~having to escalate
~having to message
~having to re enter
~having to resubmit
~having to reinstall
~having to take time off
~having to take a day off
~having to follow up
~having to book another
~having to raise
~having to open another
~having to wait on hold
~having to jump through
~having to go through
~having to threaten
~having to involve
~having to get my bank
~having to dispute
~having to request
~having to ask again
~having to come back
~having to return
~having to remind
~having to badger
~having to nag
~having to hound
~having to pester
~having to sort it out
~having to sort everything
~having to do it myself
~having to do everything
~having to collect
~having to pick it up
~having to verify
~having to re verify
~having to re register
~having to re apply
~having to reapply
~having to re book
~having to book again
~having to order again
~having to buy another
~having to pay for another
~has to call
~has to ring
~has to phone
~has to email
~has to chase
~has to explain
~has to repeat
~has to go back
~has to go in
~has to go into
~has to visit
~has to send
~has to resend
~has to re send
~has to fill
~has to print
~has to post
~has to scan
~has to redo
~has to start
~has to contact
~has to keep
~has to complain
~has to write
~has to prove
~has to provide
~has to upload
~has to speak to
~has to talk to
~has to fight
~has to argue
~has to beg
~has to push
~has to insist
~has to travel
~has to drive
~has to walk
~has to escalate
~has to message
~has to re enter
~has to resubmit
~has to reinstall
~has to take time off
~has to take a day off
~has to follow up
~has to book another
~has to raise
~has to open another
~has to wait on hold
~has to jump through
~has to go through
~has to threaten
~has to involve
~has to get my bank
~has to dispute
~has to request
~has to ask again
~has to come back
~has to return
~has to remind
~has to badger
~has to nag
~has to hound
~has to pester
~has to sort it out
~has to sort everything
~has to do it myself
~has to do everything
~has to collect
~has to pick it up
~has to verify
~has to re verify
~has to re register
~has to re apply
~has to reapply
~has to re book
~has to book again
~has to order again
~has to buy another
~has to pay for another

# passed on, nobody owns it
~transfer* BEFORE/4 department*
~transfer* BEFORE/4 team*
~put through to
~passed on to
~passed to
~passed back
~handed BEFORE/3 another
~handed off
~handed over to
~shunted
~fobbed off
~fob* BEFORE/2 off
~ping pong
~ping ponged
~merry go round
~round and round
~round in circles
~redirected
~told to contact
~told me to contact
~told to email
~told me to email
~told to speak
~told to phone
~told me to phone
~told to visit
~told to send
~told me to send
~told to fill
~told to wait for a call
~said to call
~said to contact
~advised to call
~advised to contact
~asked to call
~blamed each other
~blame each other
~blaming each other
~not our department
~not their department
~not my department
nobody takes ownership
no one takes ownership
nobody will take ownership
no one will take ownership
nobody took ownership
no one took ownership
no ownership
nobody wants to take
no one wants to take
~depends who you speak to
~depends who you get
~different answer* BEFORE/3 each time
~different answer* BEFORE/3 every time
~different story BEFORE/3 each time
~different story BEFORE/3 every time
~conflicting information
~conflicting advice
~conflicting answers

# reaching someone: hold, queues, cut off, bots
~on hold NEAR/3 hr*
~on hold NEAR/3 min
~on hold NEAR/3 an hour
~on hold NEAR/3 half an hour
~on hold NEAR/3 eternity
~on hold NEAR/4 each time
~on hold NEAR/4 every time
~hold times
~hold time
~waiting on hold
~wait on hold
~waited on hold
~sat on hold
~sitting on hold
~stuck on hold
~held on hold
~hours on the line
~on the line NEAR/3 hour*
~on the line NEAR/3 minute*
~on the phone NEAR/3 hr*
~on the phone NEAR/3 mins
~on the phone again
~back on the phone
~hrs on the phone
~hr on the phone
~phone for hours
~phone for an hour
~wait* BEFORE/4 to speak
~wait* BEFORE/4 to get through
~wait* BEFORE/4 to be connected
~wait* BEFORE/4 to be answered
~wait* BEFORE/4 someone to answer
~wait* BEFORE/4 someone to pick up
~wait* BEFORE/4 to talk to
~minute wait NEAR/4 phone
~hour wait NEAR/4 phone
~wait* NEAR/4 on the phone
~wait* NEAR/3 on the line
~wait* NEAR/4 helpline
~wait* NEAR/4 call centre
~wait* NEAR/4 switchboard
~in the queue
~place in the queue
~position in the queue
~number BEFORE/2 in the queue
~got cut off
~keeps cutting off
~kept cutting off
~cut me off
~cuts you off
~call dropped
~call got dropped
~line went dead
~line goes dead
~put the phone down on me
~engaged tone
~line was engaged
~line busy
~lines busy
~lines are busy
~automated phone
~automated menu
~phone menu
~press 1
~no way to contact
~no way to speak
~no way of contacting
~no phone number
~no number to call
~hard to contact
~difficult to contact
~hard to reach
~difficult to reach
~hard to get hold
~difficult to get hold
~hard to get through
~difficult to get through
~hard to speak
~difficult to speak
~finally got someone
~finally spoke to
~finally reached
~finally got a response
~finally got an answer
~eventually got someone
~eventually spoke to
~eventually got an answer
~speak to a manager
~asked for a manager
~speak to a supervisor
~speak to someone senior

# forms, proof, paperwork, going in person
~mountain of paperwork
~pile of paperwork
~tons of paperwork
~lots of paperwork
~paperwork again
~the same form*
~same form*
~another form
~more forms
~proof of id
~proof of identity
~proof of income
~prove who i am
~prove my identity
~prove BEFORE/3 identity
~provide proof
~send proof
~sent proof
~more proof
~more documents
~more documentation
~documents again
~send* BEFORE/3 documents
~sent BEFORE/3 documents
~upload* BEFORE/4 documents
~upload* BEFORE/4 again
~asked for BEFORE/4 documents
~asked for BEFORE/3 proof
~verif* BEFORE/4 again
~payslips
~certified cop*
~notarised
~wet signature
~print* BEFORE/4 post*
~print* BEFORE/4 scan*
~fax
~write a letter
~send a letter
~sent a letter
~wrote a letter
~to a branch
~visit* BEFORE/3 branch
~went BEFORE/3 branch
~go BEFORE/3 branch
~drive BEFORE/4 branch
~drove BEFORE/4 branch
~back to the store
~back to the shop
~back to the branch
~back into the store
~back into the shop
~go back in
~went back in
~hour* round trip

# starting again, redoing, reopening
~start* BEFORE/3 again
~started BEFORE/3 again
~starting again
~start* BEFORE/3 over
~square one
~whole process again
~process again
~redo
~redid
~re do
~reapply
~re apply
~re register
~reregister
~re verify
~re raise*
~reraise*
~new ticket
~another ticket
~another case
~new complaint
~another complaint
~another claim

~reopen* BEFORE/3 ticket*
~reopen* BEFORE/3 case
~reopen* BEFORE/3 complaint
~re open* BEFORE/3 ticket*
~been trying to get
~been trying to contact
~been trying to reach
~been trying to sort
~been trying for
~chatbot* NEAR/6 human
~chatbot* NEAR/6 person
~chatbot* NEAR/6 loop
~chatbot* NEAR/6 circles
~bot NEAR/6 human
~bot NEAR/6 real person
~difficult to cancel
~difficult to navigate
~difficult to sort
~difficult to claim
~difficult to return
~hard to claim
~hard to return
~hard to sort
~doing their job for them
~do their job for them
~doing your job for you
~do your job for you
~wasted so much time
~wasted a lot of time
~wasted our time
~wasting my time
~wasting our time
~hours of my life
~hours of my time
~days of my life
~days of my time
~weeks of my life
~hours of my day
~asked for the manager
~ask for a manager
~asked to speak to
~demanded to speak
~asked for a supervisor

# escalating, regulators, going further
~ombudsman
~ofcom
~ofgem
~fca
~trading standards
~citizens advice
~small claims
~legal action
~chargeback
~charge back
~section 75
~take it further
~taking it further
~take this further
~taking this further
~took it further
~take it to
~took it to
~taking it to
~go to the press
~deadlock letter
~final response

# hours and days of my time, hoops and hassle
~hours of our
~wasted my time
~waste of my time
~wasted BEFORE/3 day*
~wasted BEFORE/3 afternoon
~wasted BEFORE/3 morning
~wasted BEFORE/3 evening
~wasted BEFORE/3 weekend
~spent BEFORE/5 trying
~spent BEFORE/5 on the phone
~spent BEFORE/5 on hold
~spent BEFORE/5 chasing
~spent BEFORE/5 sorting
~spent BEFORE/5 explaining
~spent BEFORE/5 calling
~spent BEFORE/5 getting
~spent BEFORE/5 going back
~weeks to sort
~months to sort
~weeks to resolve
~months to resolve
~red tape
~bureaucra*
~rigmarole
~palaver
~faff
~faffing
~a hassle
~so much hassle
~lot of hassle
~hassle to
~hassle of
~too much hassle
~ordeal
~saga
~a mission
~a battle
~battling
~fight to
~fighting to
~fought to
~fight for
~fighting for
~fought for
~constant battle
~uphill battle
~long winded
~convoluted
~complicated process
~so complicated
~overly complicated
~tedious
~laborious
~painful process
~arduous
~exhausting
~hard to cancel
~hard to navigate
~such hard work
~made it difficult
~make it difficult
~makes it difficult
~made it hard
~makes it hard
~make it hard
~make it so hard
~made it so hard
~makes it so hard
not easy
wasn't easy
wasnt easy
was not easy
isn't easy
isnt easy
is not easy
far from easy
anything but easy
not straightforward
wasn't straightforward
wasnt straightforward
isn't straightforward
isnt straightforward
~had to BEFORE/4 myself
~have to BEFORE/4 myself
~end* up BEFORE/4 myself
~myself in the end

# more of the customer's own work: made to do it, rounds of contacts,
# missed visits, proof of identity, waiting in, blame passed on
~made me fill
~made me go
~made me call
~made me ring
~made me phone
~made me email
~made me send
~made me prove
~made me repeat
~made me explain
~made me print
~made me post
~made me upload
~made me come back
~made me go back
~made me visit
~made me download
~made me create
~made me provide
~made me show
~made me bring
~made me complete
~made me re enter
~made me redo
~made me start
~made me travel
~made me drive
~made me jump
~made us fill
~made us go
~made us call
~made us ring
~made us phone
~made us email
~made us send
~made us prove
~made us repeat
~made us explain
~made us print
~made us post
~made us upload
~made us come back
~made us go back
~made us visit
~made us download
~made us create
~made us provide
~made us show
~made us bring
~made us complete
~made us re enter
~made us redo
~made us start
~made us travel
~made us drive
~made us jump
~make me fill
~make me go
~make me call
~make me ring
~make me phone
~make me email
~make me send
~make me prove
~make me repeat
~make me explain
~make me print
~make me post
~make me upload
~make me come back
~make me go back
~make me visit
~make me download
~make me create
~make me provide
~make me show
~make me bring
~make me complete
~make me re enter
~make me redo
~make me start
~make me travel
~make me drive
~make me jump
~make you fill
~make you go
~make you call
~make you ring
~make you phone
~make you email
~make you send
~make you prove
~make you repeat
~make you explain
~make you print
~make you post
~make you upload
~make you come back
~make you go back
~make you visit
~make you download
~make you create
~make you provide
~make you show
~make you bring
~make you complete
~make you re enter
~make you redo
~make you start
~make you travel
~make you drive
~make you jump
~makes you fill
~makes you go
~makes you call
~makes you ring
~makes you phone
~makes you email
~makes you send
~makes you prove
~makes you repeat
~makes you explain
~makes you print
~makes you post
~makes you upload
~makes you come back
~makes you go back
~makes you visit
~makes you download
~makes you create
~makes you provide
~makes you show
~makes you bring
~makes you complete
~makes you re enter
~makes you redo
~makes you start
~makes you queue
~makes you travel
~makes you drive
~makes you jump
~making me fill
~making me go
~making me call
~making me ring
~making me phone
~making me email
~making me send
~making me prove
~making me repeat
~making me explain
~making me print
~making me post
~making me upload
~making me come back
~making me go back
~making me visit
~making me download
~making me create
~making me provide
~making me show
~making me bring
~making me complete
~making me re enter
~making me redo
~making me start
~making me queue
~making me travel
~making me drive
~making me jump
~forced me to fill
~forced me to go
~forced me to call
~forced me to ring
~forced me to phone
~forced me to email
~forced me to send
~forced me to prove
~forced me to repeat
~forced me to explain
~forced me to print
~forced me to post
~forced me to upload
~forced me to come back
~forced me to go back
~forced me to visit
~forced me to download
~forced me to create
~forced me to provide
~forced me to show
~forced me to bring
~forced me to complete
~forced me to re enter
~forced me to redo
~forced me to start
~forced me to queue
~forced me to travel
~forced me to drive
~forced me to jump
~forced to fill
~forced to go
~forced to call
~forced to ring
~forced to phone
~forced to email
~forced to send
~forced to prove
~forced to repeat
~forced to explain
~forced to print
~forced to post
~forced to upload
~forced to come back
~forced to go back
~forced to visit
~forced to download
~forced to create
~forced to provide
~forced to show
~forced to bring
~forced to complete
~forced to re enter
~forced to redo
~forced to start
~forced to queue
~forced to travel
~forced to drive
~forced to jump
~wanted me to fill
~wanted me to go
~wanted me to call
~wanted me to ring
~wanted me to phone
~wanted me to email
~wanted me to send
~wanted me to prove
~wanted me to repeat
~wanted me to explain
~wanted me to print
~wanted me to post
~wanted me to upload
~wanted me to come back
~wanted me to go back
~wanted me to visit
~wanted me to download
~wanted me to create
~wanted me to provide
~wanted me to show
~wanted me to bring
~wanted me to complete
~wanted me to re enter
~wanted me to redo
~wanted me to start
~wanted me to queue
~wanted me to travel
~wanted me to drive
~wanted me to jump
~want you to fill
~want you to go
~want you to call
~want you to ring
~want you to phone
~want you to email
~want you to send
~want you to prove
~want you to repeat
~want you to explain
~want you to print
~want you to post
~want you to upload
~want you to come back
~want you to go back
~want you to visit
~want you to download
~want you to create
~want you to provide
~want you to show
~want you to bring
~want you to complete
~want you to re enter
~want you to redo
~want you to start
~want you to queue
~want you to travel
~want you to drive
~want you to jump
~had to show
~have to show
~having to show
~had to bring
~have to bring
~having to bring
~had to download
~have to download
~having to download
~had to create
~have to create
~having to create
~had to open a
~have to open a
~having to open a
~had to flag
~have to flag
~having to flag
~had to take a photo
~have to take a photo
~having to take a photo
~had to take photos
~have to take photos
~having to take photos
~had to photograph
~have to photograph
~having to photograph
~had to restart
~have to restart
~having to restart
~had to reboot
~have to reboot
~having to reboot
~had to reset
~have to reset
~having to reset
~two BEFORE/1 engineer visits
~three BEFORE/1 engineer visits
~four BEFORE/1 engineer visits
~five BEFORE/1 engineer visits
~six BEFORE/1 engineer visits
~seven BEFORE/1 engineer visits
~eight BEFORE/1 engineer visits
~nine BEFORE/1 engineer visits
~ten BEFORE/1 engineer visits
~eleven BEFORE/1 engineer visits
~twelve BEFORE/1 engineer visits
~several BEFORE/1 engineer visits
~multiple BEFORE/1 engineer visits
~countless BEFORE/1 engineer visits
~numerous BEFORE/1 engineer visits
~endless BEFORE/1 engineer visits
~dozens BEFORE/1 engineer visits
~repeated BEFORE/1 engineer visits
~2 BEFORE/1 engineer visits
~3 BEFORE/1 engineer visits
~4 BEFORE/1 engineer visits
~5 BEFORE/1 engineer visits
~6 BEFORE/1 engineer visits
~7 BEFORE/1 engineer visits
~8 BEFORE/1 engineer visits
~9 BEFORE/1 engineer visits
~10 BEFORE/1 engineer visits
~11 BEFORE/1 engineer visits
~12 BEFORE/1 engineer visits
~1? BEFORE/1 engineer visits
~two BEFORE/1 engineer appointments
~three BEFORE/1 engineer appointments
~four BEFORE/1 engineer appointments
~five BEFORE/1 engineer appointments
~six BEFORE/1 engineer appointments
~seven BEFORE/1 engineer appointments
~eight BEFORE/1 engineer appointments
~nine BEFORE/1 engineer appointments
~ten BEFORE/1 engineer appointments
~eleven BEFORE/1 engineer appointments
~twelve BEFORE/1 engineer appointments
~several BEFORE/1 engineer appointments
~multiple BEFORE/1 engineer appointments
~countless BEFORE/1 engineer appointments
~numerous BEFORE/1 engineer appointments
~endless BEFORE/1 engineer appointments
~dozens BEFORE/1 engineer appointments
~repeated BEFORE/1 engineer appointments
~2 BEFORE/1 engineer appointments
~3 BEFORE/1 engineer appointments
~4 BEFORE/1 engineer appointments
~5 BEFORE/1 engineer appointments
~6 BEFORE/1 engineer appointments
~7 BEFORE/1 engineer appointments
~8 BEFORE/1 engineer appointments
~9 BEFORE/1 engineer appointments
~10 BEFORE/1 engineer appointments
~11 BEFORE/1 engineer appointments
~12 BEFORE/1 engineer appointments
~1? BEFORE/1 engineer appointments
~two BEFORE/1 call outs
~three BEFORE/1 call outs
~four BEFORE/1 call outs
~five BEFORE/1 call outs
~six BEFORE/1 call outs
~seven BEFORE/1 call outs
~eight BEFORE/1 call outs
~nine BEFORE/1 call outs
~ten BEFORE/1 call outs
~eleven BEFORE/1 call outs
~twelve BEFORE/1 call outs
~several BEFORE/1 call outs
~multiple BEFORE/1 call outs
~countless BEFORE/1 call outs
~numerous BEFORE/1 call outs
~endless BEFORE/1 call outs
~dozens BEFORE/1 call outs
~repeated BEFORE/1 call outs
~2 BEFORE/1 call outs
~3 BEFORE/1 call outs
~4 BEFORE/1 call outs
~5 BEFORE/1 call outs
~6 BEFORE/1 call outs
~7 BEFORE/1 call outs
~8 BEFORE/1 call outs
~9 BEFORE/1 call outs
~10 BEFORE/1 call outs
~11 BEFORE/1 call outs
~12 BEFORE/1 call outs
~1? BEFORE/1 call outs
~two BEFORE/1 callouts
~three BEFORE/1 callouts
~four BEFORE/1 callouts
~five BEFORE/1 callouts
~six BEFORE/1 callouts
~seven BEFORE/1 callouts
~eight BEFORE/1 callouts
~nine BEFORE/1 callouts
~ten BEFORE/1 callouts
~eleven BEFORE/1 callouts
~twelve BEFORE/1 callouts
~several BEFORE/1 callouts
~multiple BEFORE/1 callouts
~countless BEFORE/1 callouts
~numerous BEFORE/1 callouts
~endless BEFORE/1 callouts
~dozens BEFORE/1 callouts
~repeated BEFORE/1 callouts
~2 BEFORE/1 callouts
~3 BEFORE/1 callouts
~4 BEFORE/1 callouts
~5 BEFORE/1 callouts
~6 BEFORE/1 callouts
~7 BEFORE/1 callouts
~8 BEFORE/1 callouts
~9 BEFORE/1 callouts
~10 BEFORE/1 callouts
~11 BEFORE/1 callouts
~12 BEFORE/1 callouts
~1? BEFORE/1 callouts
~two BEFORE/1 missed appointments
~three BEFORE/1 missed appointments
~four BEFORE/1 missed appointments
~five BEFORE/1 missed appointments
~six BEFORE/1 missed appointments
~seven BEFORE/1 missed appointments
~eight BEFORE/1 missed appointments
~nine BEFORE/1 missed appointments
~ten BEFORE/1 missed appointments
~eleven BEFORE/1 missed appointments
~twelve BEFORE/1 missed appointments
~several BEFORE/1 missed appointments
~multiple BEFORE/1 missed appointments
~countless BEFORE/1 missed appointments
~numerous BEFORE/1 missed appointments
~endless BEFORE/1 missed appointments
~dozens BEFORE/1 missed appointments
~repeated BEFORE/1 missed appointments
~2 BEFORE/1 missed appointments
~3 BEFORE/1 missed appointments
~4 BEFORE/1 missed appointments
~5 BEFORE/1 missed appointments
~6 BEFORE/1 missed appointments
~7 BEFORE/1 missed appointments
~8 BEFORE/1 missed appointments
~9 BEFORE/1 missed appointments
~10 BEFORE/1 missed appointments
~11 BEFORE/1 missed appointments
~12 BEFORE/1 missed appointments
~1? BEFORE/1 missed appointments
~two BEFORE/1 missed visits
~three BEFORE/1 missed visits
~four BEFORE/1 missed visits
~five BEFORE/1 missed visits
~six BEFORE/1 missed visits
~seven BEFORE/1 missed visits
~eight BEFORE/1 missed visits
~nine BEFORE/1 missed visits
~ten BEFORE/1 missed visits
~eleven BEFORE/1 missed visits
~twelve BEFORE/1 missed visits
~several BEFORE/1 missed visits
~multiple BEFORE/1 missed visits
~countless BEFORE/1 missed visits
~numerous BEFORE/1 missed visits
~endless BEFORE/1 missed visits
~dozens BEFORE/1 missed visits
~repeated BEFORE/1 missed visits
~2 BEFORE/1 missed visits
~3 BEFORE/1 missed visits
~4 BEFORE/1 missed visits
~5 BEFORE/1 missed visits
~6 BEFORE/1 missed visits
~7 BEFORE/1 missed visits
~8 BEFORE/1 missed visits
~9 BEFORE/1 missed visits
~10 BEFORE/1 missed visits
~11 BEFORE/1 missed visits
~12 BEFORE/1 missed visits
~1? BEFORE/1 missed visits
~two BEFORE/1 missed deliveries
~three BEFORE/1 missed deliveries
~four BEFORE/1 missed deliveries
~five BEFORE/1 missed deliveries
~six BEFORE/1 missed deliveries
~seven BEFORE/1 missed deliveries
~eight BEFORE/1 missed deliveries
~nine BEFORE/1 missed deliveries
~ten BEFORE/1 missed deliveries
~eleven BEFORE/1 missed deliveries
~twelve BEFORE/1 missed deliveries
~several BEFORE/1 missed deliveries
~multiple BEFORE/1 missed deliveries
~countless BEFORE/1 missed deliveries
~numerous BEFORE/1 missed deliveries
~endless BEFORE/1 missed deliveries
~dozens BEFORE/1 missed deliveries
~repeated BEFORE/1 missed deliveries
~2 BEFORE/1 missed deliveries
~3 BEFORE/1 missed deliveries
~4 BEFORE/1 missed deliveries
~5 BEFORE/1 missed deliveries
~6 BEFORE/1 missed deliveries
~7 BEFORE/1 missed deliveries
~8 BEFORE/1 missed deliveries
~9 BEFORE/1 missed deliveries
~10 BEFORE/1 missed deliveries
~11 BEFORE/1 missed deliveries
~12 BEFORE/1 missed deliveries
~1? BEFORE/1 missed deliveries
~two BEFORE/1 delivery slots
~three BEFORE/1 delivery slots
~four BEFORE/1 delivery slots
~five BEFORE/1 delivery slots
~six BEFORE/1 delivery slots
~seven BEFORE/1 delivery slots
~eight BEFORE/1 delivery slots
~nine BEFORE/1 delivery slots
~ten BEFORE/1 delivery slots
~eleven BEFORE/1 delivery slots
~twelve BEFORE/1 delivery slots
~several BEFORE/1 delivery slots
~multiple BEFORE/1 delivery slots
~countless BEFORE/1 delivery slots
~numerous BEFORE/1 delivery slots
~endless BEFORE/1 delivery slots
~dozens BEFORE/1 delivery slots
~repeated BEFORE/1 delivery slots
~2 BEFORE/1 delivery slots
~3 BEFORE/1 delivery slots
~4 BEFORE/1 delivery slots
~5 BEFORE/1 delivery slots
~6 BEFORE/1 delivery slots
~7 BEFORE/1 delivery slots
~8 BEFORE/1 delivery slots
~9 BEFORE/1 delivery slots
~10 BEFORE/1 delivery slots
~11 BEFORE/1 delivery slots
~12 BEFORE/1 delivery slots
~1? BEFORE/1 delivery slots
~two BEFORE/1 case numbers
~three BEFORE/1 case numbers
~four BEFORE/1 case numbers
~five BEFORE/1 case numbers
~six BEFORE/1 case numbers
~seven BEFORE/1 case numbers
~eight BEFORE/1 case numbers
~nine BEFORE/1 case numbers
~ten BEFORE/1 case numbers
~eleven BEFORE/1 case numbers
~twelve BEFORE/1 case numbers
~several BEFORE/1 case numbers
~multiple BEFORE/1 case numbers
~countless BEFORE/1 case numbers
~numerous BEFORE/1 case numbers
~endless BEFORE/1 case numbers
~dozens BEFORE/1 case numbers
~repeated BEFORE/1 case numbers
~2 BEFORE/1 case numbers
~3 BEFORE/1 case numbers
~4 BEFORE/1 case numbers
~5 BEFORE/1 case numbers
~6 BEFORE/1 case numbers
~7 BEFORE/1 case numbers
~8 BEFORE/1 case numbers
~9 BEFORE/1 case numbers
~10 BEFORE/1 case numbers
~11 BEFORE/1 case numbers
~12 BEFORE/1 case numbers
~1? BEFORE/1 case numbers
~two BEFORE/1 reference numbers
~three BEFORE/1 reference numbers
~four BEFORE/1 reference numbers
~five BEFORE/1 reference numbers
~six BEFORE/1 reference numbers
~seven BEFORE/1 reference numbers
~eight BEFORE/1 reference numbers
~nine BEFORE/1 reference numbers
~ten BEFORE/1 reference numbers
~eleven BEFORE/1 reference numbers
~twelve BEFORE/1 reference numbers
~several BEFORE/1 reference numbers
~multiple BEFORE/1 reference numbers
~countless BEFORE/1 reference numbers
~numerous BEFORE/1 reference numbers
~endless BEFORE/1 reference numbers
~dozens BEFORE/1 reference numbers
~repeated BEFORE/1 reference numbers
~2 BEFORE/1 reference numbers
~3 BEFORE/1 reference numbers
~4 BEFORE/1 reference numbers
~5 BEFORE/1 reference numbers
~6 BEFORE/1 reference numbers
~7 BEFORE/1 reference numbers
~8 BEFORE/1 reference numbers
~9 BEFORE/1 reference numbers
~10 BEFORE/1 reference numbers
~11 BEFORE/1 reference numbers
~12 BEFORE/1 reference numbers
~1? BEFORE/1 reference numbers
~two BEFORE/1 ticket numbers
~three BEFORE/1 ticket numbers
~four BEFORE/1 ticket numbers
~five BEFORE/1 ticket numbers
~six BEFORE/1 ticket numbers
~seven BEFORE/1 ticket numbers
~eight BEFORE/1 ticket numbers
~nine BEFORE/1 ticket numbers
~ten BEFORE/1 ticket numbers
~eleven BEFORE/1 ticket numbers
~twelve BEFORE/1 ticket numbers
~several BEFORE/1 ticket numbers
~multiple BEFORE/1 ticket numbers
~countless BEFORE/1 ticket numbers
~numerous BEFORE/1 ticket numbers
~endless BEFORE/1 ticket numbers
~dozens BEFORE/1 ticket numbers
~repeated BEFORE/1 ticket numbers
~2 BEFORE/1 ticket numbers
~3 BEFORE/1 ticket numbers
~4 BEFORE/1 ticket numbers
~5 BEFORE/1 ticket numbers
~6 BEFORE/1 ticket numbers
~7 BEFORE/1 ticket numbers
~8 BEFORE/1 ticket numbers
~9 BEFORE/1 ticket numbers
~10 BEFORE/1 ticket numbers
~11 BEFORE/1 ticket numbers
~12 BEFORE/1 ticket numbers
~1? BEFORE/1 ticket numbers
~two BEFORE/1 email addresses
~three BEFORE/1 email addresses
~four BEFORE/1 email addresses
~five BEFORE/1 email addresses
~six BEFORE/1 email addresses
~seven BEFORE/1 email addresses
~eight BEFORE/1 email addresses
~nine BEFORE/1 email addresses
~ten BEFORE/1 email addresses
~eleven BEFORE/1 email addresses
~twelve BEFORE/1 email addresses
~several BEFORE/1 email addresses
~multiple BEFORE/1 email addresses
~countless BEFORE/1 email addresses
~numerous BEFORE/1 email addresses
~endless BEFORE/1 email addresses
~dozens BEFORE/1 email addresses
~repeated BEFORE/1 email addresses
~2 BEFORE/1 email addresses
~3 BEFORE/1 email addresses
~4 BEFORE/1 email addresses
~5 BEFORE/1 email addresses
~6 BEFORE/1 email addresses
~7 BEFORE/1 email addresses
~8 BEFORE/1 email addresses
~9 BEFORE/1 email addresses
~10 BEFORE/1 email addresses
~11 BEFORE/1 email addresses
~12 BEFORE/1 email addresses
~1? BEFORE/1 email addresses
~two BEFORE/1 departments
~three BEFORE/1 departments
~four BEFORE/1 departments
~five BEFORE/1 departments
~six BEFORE/1 departments
~seven BEFORE/1 departments
~eight BEFORE/1 departments
~nine BEFORE/1 departments
~ten BEFORE/1 departments
~eleven BEFORE/1 departments
~twelve BEFORE/1 departments
~several BEFORE/1 departments
~multiple BEFORE/1 departments
~countless BEFORE/1 departments
~numerous BEFORE/1 departments
~endless BEFORE/1 departments
~dozens BEFORE/1 departments
~repeated BEFORE/1 departments
~2 BEFORE/1 departments
~3 BEFORE/1 departments
~4 BEFORE/1 departments
~5 BEFORE/1 departments
~6 BEFORE/1 departments
~7 BEFORE/1 departments
~8 BEFORE/1 departments
~9 BEFORE/1 departments
~10 BEFORE/1 departments
~11 BEFORE/1 departments
~12 BEFORE/1 departments
~1? BEFORE/1 departments
~two BEFORE/1 different departments
~three BEFORE/1 different departments
~four BEFORE/1 different departments
~five BEFORE/1 different departments
~six BEFORE/1 different departments
~seven BEFORE/1 different departments
~eight BEFORE/1 different departments
~nine BEFORE/1 different departments
~ten BEFORE/1 different departments
~eleven BEFORE/1 different departments
~twelve BEFORE/1 different departments
~several BEFORE/1 different departments
~multiple BEFORE/1 different departments
~countless BEFORE/1 different departments
~numerous BEFORE/1 different departments
~endless BEFORE/1 different departments
~dozens BEFORE/1 different departments
~repeated BEFORE/1 different departments
~2 BEFORE/1 different departments
~3 BEFORE/1 different departments
~4 BEFORE/1 different departments
~5 BEFORE/1 different departments
~6 BEFORE/1 different departments
~7 BEFORE/1 different departments
~8 BEFORE/1 different departments
~9 BEFORE/1 different departments
~10 BEFORE/1 different departments
~11 BEFORE/1 different departments
~12 BEFORE/1 different departments
~1? BEFORE/1 different departments
~two BEFORE/1 forms
~three BEFORE/1 forms
~four BEFORE/1 forms
~five BEFORE/1 forms
~six BEFORE/1 forms
~seven BEFORE/1 forms
~eight BEFORE/1 forms
~nine BEFORE/1 forms
~ten BEFORE/1 forms
~eleven BEFORE/1 forms
~twelve BEFORE/1 forms
~several BEFORE/1 forms
~multiple BEFORE/1 forms
~countless BEFORE/1 forms
~numerous BEFORE/1 forms
~endless BEFORE/1 forms
~dozens BEFORE/1 forms
~repeated BEFORE/1 forms
~2 BEFORE/1 forms
~3 BEFORE/1 forms
~4 BEFORE/1 forms
~5 BEFORE/1 forms
~6 BEFORE/1 forms
~7 BEFORE/1 forms
~8 BEFORE/1 forms
~9 BEFORE/1 forms
~10 BEFORE/1 forms
~11 BEFORE/1 forms
~12 BEFORE/1 forms
~1? BEFORE/1 forms
~fill* in BEFORE/2 form*
~fill* out BEFORE/2 form*
~complete* BEFORE/2 form*
~8am NEAR/4 phone
~8am NEAR/4 call*
~8am NEAR/4 rang
~8am NEAR/4 ring*
~phone scramble
~8am scramble
~missed BEFORE/3 twice
~missed BEFORE/3 times
~missed appointments
~missed visits
~appointments missed
~visits missed
~slots missed
~day off work
~days off work
~took BEFORE/3 day off
~took BEFORE/3 days off
~take BEFORE/3 day off
~waited in all day
~wait in all day
~waiting in all day
~stayed in all day
~stayed home all day
~waited in for
~waiting in for
nobody BEFORE/4 ownership
no one BEFORE/4 ownership
noone BEFORE/4 ownership
~i've phoned BEFORE/3 every
~i have phoned BEFORE/3 every
~i phoned BEFORE/3 every
~i rang BEFORE/3 every
~i've rung BEFORE/3 every
~i called BEFORE/3 every
~i've called BEFORE/3 every
~i have called BEFORE/3 every
~i emailed BEFORE/3 every
~i've emailed BEFORE/3 every
~i chased BEFORE/3 every
~every day this week
~blam* BEFORE/4 blam*
~blame game
~open* BEFORE/2 dispute
~rais* BEFORE/2 dispute
~fil* BEFORE/2 dispute
~lodg* BEFORE/2 dispute
~open* BEFORE/2 complaint
~lodg* BEFORE/2 complaint
~bounced me
~bounced us
~bounces you
~i sent the same
~i've sent the same
~ive sent the same
~have sent the same
~have now sent the same
~keep sending the same
~folder of
~pile of letters
~stack of
~went BEFORE/4 for nothing
~drove BEFORE/4 for nothing
~travelled BEFORE/4 for nothing
~came in BEFORE/4 for nothing
~trip* for nothing
~journey for nothing
~upload* BEFORE/4 twice
~loops back
~loops me back
~loops you back
~just loops
~goes in a loop
~endless loop
~flag* down
~wave* down
~had to get up
~to prove
~selfie
~photo id
~copy of my passport
~copy of my id
~scan of my
~took BEFORE/3 visits
~took BEFORE/3 trips
~took BEFORE/3 appointments
~took BEFORE/3 call outs
~took BEFORE/3 goes
~took BEFORE/3 tries
~took BEFORE/3 emails
~took BEFORE/3 messages
~took BEFORE/3 chats
~took BEFORE/3 letters
~took BEFORE/3 complaints
~took BEFORE/4 phone calls
~took BEFORE/3 weeks of
~took BEFORE/3 months of
~dmed
~dm'd

~rang NEAR/3 called
~rang NEAR/3 phoned
~rang NEAR/3 emailed
~rang NEAR/3 messaged
~rang NEAR/3 wrote
~rang NEAR/3 tweeted
~rang NEAR/3 dmed
~rang NEAR/3 chatted
~rang NEAR/3 visited
~rang NEAR/3 went in
~rang NEAR/3 live chat
~rang NEAR/3 complained
~called NEAR/3 phoned
~called NEAR/3 emailed
~called NEAR/3 messaged
~called NEAR/3 wrote
~called NEAR/3 tweeted
~called NEAR/3 dmed
~called NEAR/3 chatted
~called NEAR/3 visited
~called NEAR/3 went in
~called NEAR/3 live chat
~called NEAR/3 complained
~phoned NEAR/3 emailed
~phoned NEAR/3 messaged
~phoned NEAR/3 wrote
~phoned NEAR/3 tweeted
~phoned NEAR/3 dmed
~phoned NEAR/3 chatted
~phoned NEAR/3 visited
~phoned NEAR/3 went in
~phoned NEAR/3 live chat
~phoned NEAR/3 complained
~emailed NEAR/3 messaged
~emailed NEAR/3 wrote
~emailed NEAR/3 tweeted
~emailed NEAR/3 dmed
~emailed NEAR/3 chatted
~emailed NEAR/3 visited
~emailed NEAR/3 went in
~emailed NEAR/3 live chat
~emailed NEAR/3 complained
~messaged NEAR/3 wrote
~messaged NEAR/3 tweeted
~messaged NEAR/3 dmed
~messaged NEAR/3 chatted
~messaged NEAR/3 visited
~messaged NEAR/3 went in
~messaged NEAR/3 live chat
~messaged NEAR/3 complained
~wrote NEAR/3 tweeted
~wrote NEAR/3 dmed
~wrote NEAR/3 chatted
~wrote NEAR/3 visited
~wrote NEAR/3 went in
~wrote NEAR/3 live chat
~wrote NEAR/3 complained
~tweeted NEAR/3 dmed
~tweeted NEAR/3 chatted
~tweeted NEAR/3 visited
~tweeted NEAR/3 went in
~tweeted NEAR/3 live chat
~tweeted NEAR/3 complained
~dmed NEAR/3 chatted
~dmed NEAR/3 visited
~dmed NEAR/3 went in
~dmed NEAR/3 live chat
~dmed NEAR/3 complained
~chatted NEAR/3 visited
~chatted NEAR/3 went in
~chatted NEAR/3 live chat
~chatted NEAR/3 complained
~visited NEAR/3 went in
~visited NEAR/3 live chat
~visited NEAR/3 complained
~went in NEAR/3 live chat
~went in NEAR/3 complained
~live chat NEAR/3 complained

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

# Widened by family: a task done in a few minutes, said with any small
# number, and the everyday words for no trouble
in a minute
took a min
in a min
took one minute
in one minute
took one min
in one min
in two minutes
took two mins
in two mins
took two seconds
in two seconds
took two secs
in two secs
took three minutes
in three minutes
took three mins
in three mins
took three seconds
in three seconds
took three secs
in three secs
took four minutes
in four minutes
took four mins
in four mins
took four seconds
in four seconds
took four secs
in four secs
in five minutes
took five mins
in five mins
took five seconds
in five seconds
took five secs
in five secs
took ten minutes
in ten minutes
took ten mins
in ten mins
took ten seconds
in ten seconds
took ten secs
in ten secs
took 1 minute
in 1 minute
took 1 min
in 1 min
in 2 minutes
took 2 mins
in 2 mins
took 2 seconds
in 2 seconds
took 2 secs
in 2 secs
took 3 minutes
in 3 minutes
took 3 mins
in 3 mins
took 3 seconds
in 3 seconds
took 3 secs
in 3 secs
took 4 minutes
in 4 minutes
took 4 mins
in 4 mins
took 4 seconds
in 4 seconds
took 4 secs
in 4 secs
in 5 minutes
in 5 mins
took 5 seconds
in 5 seconds
took 5 secs
in 5 secs
took 10 minutes
in 10 minutes
took 10 mins
in 10 mins
took 10 seconds
in 10 seconds
took 10 secs
in 10 secs
took 15 minutes
in 15 minutes
took 15 mins
in 15 mins
took 15 seconds
in 15 seconds
took 15 secs
in 15 secs
in a few minutes
took a few mins
in a few mins
took a few seconds
in a few seconds
took a few secs
in a few secs
took a couple of minutes
in a couple of minutes
took a couple of mins
in a couple of mins
took a couple of seconds
in a couple of seconds
took a couple of secs
in a couple of secs
took couple of minutes
in couple of minutes
took couple of mins
in couple of mins
took couple of seconds
in couple of seconds
took couple of secs
in couple of secs
took few minutes
in few minutes
took few mins
in few mins
took few seconds
in few seconds
took few secs
in few secs
under five minutes
under 5 minutes
under ten minutes
under 10 minutes
no faff
zero hassle
zero fuss
no stress
stress free
without any fuss
without a fuss
no drama
no bother
no chasing
no chasing needed
without me having to
without having to chase
without a single call
without calling
without even asking
without me asking
without me even asking
didn't need to call
didnt need to call
never have to wait
no wait
no wait at all
no waiting around
sorted on one call
on one call
in one conversation
one conversation
one visit
first appointment
at the first appointment
first time of calling
first contact
~so easy
~super easy
~stupidly easy
~incredibly easy
~really easy
~hassle free
~quick and easy
~took care of it
~handled it all
~did the rest
~they did the rest

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

# Churn and high effort are complaints: in the labeled comments a customer
# who had to work to be served always complains, and one who leaves almost
# always does (the exceptions are leaving for reasons of their own, "moving
# abroad"). So every entry of [churn_risk] and [effort/high] is repeated
# here, without their exclusions, which only say what is not churn or not
# effort. Keep this block in step with those two signals.
# from [churn_risk]
~switching to
~switched to
~switch to another
~switch to a different
~switching over to
~switch over to
~switched away
~switching away
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
~moved my account*
~moved my money
~moved my savings
~moved my mortgage
~moving my account*
~moving my money
~moving the team to
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
porting my number
port my number
ported my number
porting out
ported out
port out
pac
stac code
not be renewing
won't be renewing
wont be renewing
will not renew
won't renew
wont renew
not going to renew
will not be BEFORE/3 again
won't use BEFORE/3 again
won't order BEFORE/3 again
won't shop BEFORE/3 again
won't book BEFORE/3 again
won't buy BEFORE/3 again
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
~done with you
~done with them
i am done
we're done
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
~go* BEFORE/3 elsewhere
~went BEFORE/3 elsewhere
~tak* BEFORE/3 elsewhere
~took BEFORE/3 elsewhere
~mov* BEFORE/3 elsewhere
~bought BEFORE/3 elsewhere
~buy* BEFORE/3 elsewhere
~order* BEFORE/3 elsewhere
~shop* BEFORE/3 elsewhere
~book* BEFORE/3 elsewhere
~spend* BEFORE/3 elsewhere
~spent BEFORE/3 elsewhere
~insur* BEFORE/3 elsewhere
~bank* BEFORE/3 elsewhere
~found BEFORE/4 elsewhere
~get* BEFORE/3 elsewhere
~got BEFORE/3 elsewhere
~tried BEFORE/3 elsewhere
~eat* BEFORE/3 elsewhere
~stay* BEFORE/3 elsewhere
~fly* BEFORE/3 elsewhere
~renew* BEFORE/3 elsewhere
~lose my business
~losing my business
~lose our business
~losing our business
~lose me as a customer
~lost me as a customer
~losing me as a customer
~lose a customer
~losing a customer
~lost a loyal customer
~jump ship
~jumping ship
~jumped ship
~switch* BEFORE/2 energy
~switch* BEFORE/2 phone company
~switch* BEFORE/2 insurance
~switch* BEFORE/2 isp
~switch* BEFORE/2 carrier*
~switch* BEFORE/2 vendor*
~switch* BEFORE/2 supermarket*
~switch* BEFORE/2 gym*
~switch* BEFORE/2 platform*
~switch* BEFORE/2 lender*
~switch* BEFORE/2 mortgage
~switch* BEFORE/2 airline*
~switch* BEFORE/2 practice*
~switch* BEFORE/2 dentist*
~switch* BEFORE/2 vet*
~switch* BEFORE/2 pharmacy
~switch* BEFORE/2 over to
~switch* BEFORE/2 across to
~moved over to
~moving over to
~move over to
~moved across to
~moving across to
~moved my business
~moving my business
~move my business
~moved our business
~moving our business
~moved our account*
~moving our account*
~moved my pension
~moved my isa
~moving my isa
~moved my policy
~moved my insurance
~moved my broadband
~moved my energy
~moved my phone
~moved my number
~moving my number
~went with a different
~gone with a different
~going with a different
~go with a different
~gone with another
~go with another
~signed up with another
~signed up with a different
~signing up with another
~signed with another
~joined another
~joined a different
~joining another
~join another
~new BEFORE/2 provider*
~new BEFORE/2 supplier*
~new BEFORE/2 insurer
~new BEFORE/2 isp
~new BEFORE/2 carrier
~new BEFORE/2 lender
~found a better
~found a cheaper
~found cheaper
~found one cheaper
~better deal elsewhere
~got a better deal
~getting a better deal
~get a better deal
~better deal with
~cheaper deal with
~better offer from
~quotes from other
~quote from another
~quote from a different
~ditch* BEFORE/2 you
~ditch* BEFORE/2 them
~ditch* BEFORE/3 for
cancel* BEFORE/3 sub
cancel* BEFORE/3 subs
cancel* BEFORE/3 cover
cancel* BEFORE/3 line
cancel* BEFORE/3 sim
cancel* BEFORE/3 tv
cancel* BEFORE/3 deal
cancel* BEFORE/3 agreement
cancel* BEFORE/3 pass
cancel* BEFORE/3 season ticket
cancel* BEFORE/3 gym
cancel* BEFORE/3 box
cancel* BEFORE/3 prime
cancel* BEFORE/3 premium
cancel* BEFORE/3 pro
cancel* BEFORE/3 licence*
cancel* BEFORE/3 license*
cancel* BEFORE/3 trial
cancel* BEFORE/3 renewal
cancel* BEFORE/3 auto renew*
cancel* BEFORE/3 everything
cancel* BEFORE/3 the lot
cancel* BEFORE/3 whole thing
cancel* BEFORE/2 with you
cancel* BEFORE/2 with them
cancel* BEFORE/3 mobile
cancel* BEFORE/3 phone contract
cancel* BEFORE/3 energy
cancel* BEFORE/3 tariff
cancel* BEFORE/3 standing order
subscription* BEFORE/3 cancel*
membership* BEFORE/3 cancel*
account BEFORE/2 cancelled
account BEFORE/2 closed
cancle* BEFORE/3 account*
cancle* BEFORE/3 subscription*
cancle* BEFORE/3 membership*
cancle* BEFORE/3 contract*
cancl* BEFORE/3 account*
cancl* BEFORE/3 subscription*
shut* BEFORE/3 account*
clos* BEFORE/3 card
clos* BEFORE/3 credit card
clos* BEFORE/3 current account
clos* BEFORE/3 membership
clos* BEFORE/3 pension
clos* BEFORE/3 everything
clos* BEFORE/3 all my
clos* BEFORE/3 policy
clos* BEFORE/3 mortgage
terminat* BEFORE/3 account
terminat* BEFORE/3 agreement
terminat* BEFORE/3 service
terminat* BEFORE/3 policy
terminat* BEFORE/3 membership
terminat* BEFORE/3 subscription
~end* BEFORE/3 membership
~end* BEFORE/3 subscription
~end* BEFORE/3 relationship
~end* BEFORE/3 agreement
~end* BEFORE/3 our contract
~discontinue my
~discontinuing my
~discontinue our
~quit my
~quitting my
~quit the gym
~i quit
~pull* BEFORE/3 money out
~pull* BEFORE/3 savings
~pulled BEFORE/3 money
~pulling BEFORE/3 money
~withdraw* BEFORE/3 everything
~withdraw* BEFORE/3 all my
~take my money out
~taking my money out
~took my money out
~stopped ordering
~stop ordering
~stopped shopping
~stopped buying
~stop buying
~stopped booking
~stopped flying
~stopped paying for
~stop* BEFORE/3 direct debit
not renew*
won't renew*
wont renew*
didn't renew*
didnt renew*
did not renew*
decided not to renew
chose not to renew
not be continuing
won't be continuing
wont be continuing
will not be continuing
not continuing
let* BEFORE/4 laps*
allow* BEFORE/4 laps*
let* BEFORE/4 run out
let* BEFORE/4 expire
opt* out BEFORE/4 renew*
turn* off BEFORE/3 renew*
switch* off BEFORE/3 renew*
~renew* BEFORE/3 with someone
~renew* BEFORE/3 with another
~renew* BEFORE/3 with a different
~put in BEFORE/2 notice
~my notice
~our notice
~notice to cancel
~notice to leave
~notice to terminate
~done with your
~done with the lot
~done with this company
~done with this bank
~finished with you
~finished with this
~enough is enough
i'm out of here
im out of here
i'm outta here
im outta here
~goodbye
~good bye
~walk* away from you
~walk* away from this
this is the last time
this will be the last time
will be the last time
that will be the last time
last ever
~my last ever
~final order
~final visit
~final time
~be my last
won't come back
wont come back
will not come back
never come back
never be coming back
won't be order*
wont be order*
will not be order*
won't be book*
wont be book*
will not be book*
won't be shop*
wont be shop*
will not be shop*
won't be buy*
wont be buy*
will not be buy*
won't be fly*
wont be fly*
will not be fly*
won't be stay*
wont be stay*
will not be stay*
won't be visit*
wont be visit*
won't be eat*
wont be eat*
won't be dining
won't use you
wont use you
will not use you
won't use them
wont use them
won't order from
wont order from
won't buy from
wont buy from
won't shop with
wont shop with
won't bank with
wont bank with
will never use
will never order
will never book
will never buy
will never shop
will never fly
will never go back
will never come back
will never deal with
will never stay
will never eat
i'll never use
i'll never order
i'll never book
i'll never buy
i'll never shop
i'll never fly
i'll never go back
i'll never come back
ill never use
ill never order
ill never book
ill never buy
ill never go back
never use* BEFORE/3 again
never order* BEFORE/3 again
never book* BEFORE/3 again
never shop* BEFORE/3 again
ex member
former member
no longer a customer
no longer a member
no longer bank*
no longer shop*
no longer order*
no longer buy*
no longer with you
no longer with them
not a customer anymore
not a customer any more
~was a customer
~was a loyal customer
~used to be a customer
~used to be a loyal
~used to bank with
~been a customer BEFORE/6 until
~already switched
~already ported
~left you lot
~left you guys
~left this bank
~requested BEFORE/3 pac
~request* BEFORE/3 pac
porting code
~port BEFORE/3 number
~porting BEFORE/3 number
~ported BEFORE/3 number
~porting BEFORE/2 away
~ported BEFORE/2 away
~porting BEFORE/3 to
~ported BEFORE/3 to
~transfer my isa
~transferring my isa
~transfer my pension
~transferring my pension
~lose my custom
~losing my custom
~lose our custom
~losing our custom
~given my notice
~giving my notice
~gave my notice
~give my notice
~given notice
~giving notice
~gave notice
~give notice
~hand* in BEFORE/2 notice
~served BEFORE/3 notice
~serving BEFORE/3 notice
~i've had enough
~ive had enough
~i have had enough
~had enough of
~i've had it with
~ive had it with
that was my last
this was my last
never returning
~already moved my
~already moved to
~already closed my
~avoid at all costs
~avoid like the plague
~avoid this company
~avoid this bank
~avoid them
~told BEFORE/4 to avoid
~telling BEFORE/4 to avoid
~tell BEFORE/4 to avoid
~warn* BEFORE/3 friends
~warn* BEFORE/3 family
~another lender
~a different lender
~another broker
~a different broker
~another chain
~a different chain
~another hotel
~a different hotel
~another retailer
~a different retailer
~another shop
~a different shop
~another store
~a different store
~another supermarket
~a different supermarket
~another surgery
~a different surgery
~another practice
~a different practice
~another clinic
~a different clinic
~another pharmacy
~a different pharmacy
~another chemist
~a different chemist
~another optician
~a different optician
~a different vet
~a different gym
~another firm
~a different firm
~another agency
~a different agency
~another platform
~a different platform
~another tool
~a different tool
~another package
~a different package
~another operator
~a different operator
~another carrier
~a different carrier
~another isp
~a different isp
~another mobile
~a different mobile
~a different energy
~a different airline
~another garage
~a different garage
~another salon
~a different salon
~from a competitor
~from their competitor
~from your competitor
~to their competitor
~to your competitor
~to the competition
~with the competition
~from the competition
~plan to switch
~intend to switch
~intending to switch
~gonna switch
~want to switch
~wanting to switch
~decided to switch
~need to switch
~we'll switch
~we will switch
~i will switch
~i'll be switch
~seriously considering switching
~plan on switching
~plan on leaving
~planning on switching
~planning on leaving
~seriously considering leaving
~considering a switch
~intend to leave
~intending to leave
~plan to leave
~leaving at the end
~leave at the end
~leaving when
~leave when my
~leaving as soon as
~leave as soon as
~leaving once
~and leaving
~then i'm off
~then im off
~then we're off
i'm off when
im off when
we're off when
i'm off at the end
im off at the end
then i'm gone
then im gone
i'm gone
im gone
~already left
~not staying
not staying with
won't be staying
wont be staying
will not be staying
won't be BEFORE/2 with you
wont be BEFORE/2 with you
will not be BEFORE/2 with you
~with you much longer
~with you for much longer
~with you for long
~with you any longer
~with you anymore
~with them anymore
won't bother
wont bother
will not bother
not bother* BEFORE/4 again
last time i shop
last time i fly
last time i order
last time i book
last time i use
last time i stay
last time i eat
last time i buy
last time i bank
last time we shop
last time we fly
last time we order
last time we book
last time we use
last time we stay
last time we eat
not anymore
not any more
used to come
used to shop
used to order
used to eat
~bye
~avoid avoid
~everyone i know not to
~everyone not to
~friends not to
~family not to
~people not to
~anyone not to
~everybody not to
~took my business
~taken my business
~took our business
~taken our business
~my business to
~our business to
~taken my savings
~took my savings
~taking my savings
~moving my savings
~moving BEFORE/2 account
~moved BEFORE/2 account
~ported
~uninstalled
~deleted the app
~deleting the app
~delete the app
~delet* BEFORE/4 account
~unsubscribing
~unsubscribed
~evaluating alternatives
~looking at alternatives
~looking for alternatives
~look for alternatives
~look at alternatives
~finding alternatives
~find an alternative
~found an alternative
~exploring alternatives
~considering alternatives
~alternative provider*
~alternative supplier*
~looking at other
~look at other
~looking into other
~exploring other options
~looking around
~go* BEFORE/3 somewhere else
~went BEFORE/3 somewhere else
~somewhere cheaper
~someone cheaper
~somewhere better
~to a cheaper
~with a cheaper
try to keep me
tried to keep me
to keep my custom
to keep my business
~drop* BEFORE/3 membership
~drop* BEFORE/3 subscription
~drop* BEFORE/3 contract
~drop* BEFORE/3 policy
~drop* BEFORE/3 cover
~drop* BEFORE/3 package
~drop* BEFORE/3 insurance
~drop* BEFORE/3 broadband
cancel* BEFORE/3 landline
cancel* BEFORE/4 card
# from [effort/high]
~had to ring
~had to phone
~had to email
~had to go
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
~ring* BEFORE/4 times
~phoned BEFORE/4 times
~wrote BEFORE/4 times
~written BEFORE/4 times
~contact* BEFORE/4 times
~chase* BEFORE/4 times
~complain* BEFORE/4 times
~sent BEFORE/6 times
~send BEFORE/6 times
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
~chased
~chase them
~chase it
~chase up
~had to follow up
~kept following up
following up again
~escalat*
~passed from
~passed between
~wrong department
~another department
~different department
pillar to post
~bounced around
~bounced between
~back and forth
~runaround
~run around
~said call the
~said go to the
~told to call
~told me to call
~told to ring
~told me to ring
~told me to go
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
no one answers
no one picks up
~call* NEAR/8 queue
~rang NEAR/8 queue
phone queue
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
~in a queue
~long queue*
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
~two BEFORE/2 calls
~three BEFORE/2 calls
~four BEFORE/2 calls
~five BEFORE/2 calls
~six BEFORE/2 calls
~seven BEFORE/2 calls
~eight BEFORE/2 calls
~nine BEFORE/2 calls
~ten BEFORE/2 calls
~eleven BEFORE/2 calls
~twelve BEFORE/2 calls
~fifteen BEFORE/2 calls
~twenty BEFORE/2 calls
~several BEFORE/2 calls
~multiple BEFORE/2 calls
~countless BEFORE/2 calls
~numerous BEFORE/2 calls
~endless BEFORE/2 calls
~dozens BEFORE/2 calls
~repeated BEFORE/2 calls
~2 BEFORE/2 calls
~3 BEFORE/2 calls
~4 BEFORE/2 calls
~5 BEFORE/2 calls
~6 BEFORE/2 calls
~7 BEFORE/2 calls
~8 BEFORE/2 calls
~9 BEFORE/2 calls
~10 BEFORE/2 calls
~11 BEFORE/2 calls
~12 BEFORE/2 calls
~15 BEFORE/2 calls
~20 BEFORE/2 calls
~1? BEFORE/2 calls
~2? BEFORE/2 calls
~two BEFORE/2 emails
~three BEFORE/2 emails
~four BEFORE/2 emails
~five BEFORE/2 emails
~six BEFORE/2 emails
~seven BEFORE/2 emails
~eight BEFORE/2 emails
~nine BEFORE/2 emails
~ten BEFORE/2 emails
~eleven BEFORE/2 emails
~twelve BEFORE/2 emails
~fifteen BEFORE/2 emails
~twenty BEFORE/2 emails
~several BEFORE/2 emails
~multiple BEFORE/2 emails
~countless BEFORE/2 emails
~numerous BEFORE/2 emails
~endless BEFORE/2 emails
~dozens BEFORE/2 emails
~repeated BEFORE/2 emails
~2 BEFORE/2 emails
~3 BEFORE/2 emails
~4 BEFORE/2 emails
~5 BEFORE/2 emails
~6 BEFORE/2 emails
~7 BEFORE/2 emails
~8 BEFORE/2 emails
~9 BEFORE/2 emails
~10 BEFORE/2 emails
~11 BEFORE/2 emails
~12 BEFORE/2 emails
~15 BEFORE/2 emails
~20 BEFORE/2 emails
~1? BEFORE/2 emails
~2? BEFORE/2 emails
~two BEFORE/2 chats
~three BEFORE/2 chats
~four BEFORE/2 chats
~five BEFORE/2 chats
~six BEFORE/2 chats
~seven BEFORE/2 chats
~eight BEFORE/2 chats
~nine BEFORE/2 chats
~ten BEFORE/2 chats
~eleven BEFORE/2 chats
~twelve BEFORE/2 chats
~fifteen BEFORE/2 chats
~twenty BEFORE/2 chats
~several BEFORE/2 chats
~multiple BEFORE/2 chats
~countless BEFORE/2 chats
~numerous BEFORE/2 chats
~endless BEFORE/2 chats
~dozens BEFORE/2 chats
~repeated BEFORE/2 chats
~2 BEFORE/2 chats
~3 BEFORE/2 chats
~4 BEFORE/2 chats
~5 BEFORE/2 chats
~6 BEFORE/2 chats
~7 BEFORE/2 chats
~8 BEFORE/2 chats
~9 BEFORE/2 chats
~10 BEFORE/2 chats
~11 BEFORE/2 chats
~12 BEFORE/2 chats
~15 BEFORE/2 chats
~20 BEFORE/2 chats
~1? BEFORE/2 chats
~2? BEFORE/2 chats
~two BEFORE/2 messages
~three BEFORE/2 messages
~four BEFORE/2 messages
~five BEFORE/2 messages
~six BEFORE/2 messages
~seven BEFORE/2 messages
~eight BEFORE/2 messages
~nine BEFORE/2 messages
~ten BEFORE/2 messages
~eleven BEFORE/2 messages
~twelve BEFORE/2 messages
~fifteen BEFORE/2 messages
~twenty BEFORE/2 messages
~several BEFORE/2 messages
~multiple BEFORE/2 messages
~countless BEFORE/2 messages
~numerous BEFORE/2 messages
~endless BEFORE/2 messages
~dozens BEFORE/2 messages
~repeated BEFORE/2 messages
~2 BEFORE/2 messages
~3 BEFORE/2 messages
~4 BEFORE/2 messages
~5 BEFORE/2 messages
~6 BEFORE/2 messages
~7 BEFORE/2 messages
~8 BEFORE/2 messages
~9 BEFORE/2 messages
~10 BEFORE/2 messages
~11 BEFORE/2 messages
~12 BEFORE/2 messages
~15 BEFORE/2 messages
~20 BEFORE/2 messages
~1? BEFORE/2 messages
~2? BEFORE/2 messages
~two BEFORE/2 letters
~three BEFORE/2 letters
~four BEFORE/2 letters
~five BEFORE/2 letters
~six BEFORE/2 letters
~seven BEFORE/2 letters
~eight BEFORE/2 letters
~nine BEFORE/2 letters
~ten BEFORE/2 letters
~eleven BEFORE/2 letters
~twelve BEFORE/2 letters
~fifteen BEFORE/2 letters
~twenty BEFORE/2 letters
~several BEFORE/2 letters
~multiple BEFORE/2 letters
~countless BEFORE/2 letters
~numerous BEFORE/2 letters
~endless BEFORE/2 letters
~dozens BEFORE/2 letters
~repeated BEFORE/2 letters
~2 BEFORE/2 letters
~3 BEFORE/2 letters
~4 BEFORE/2 letters
~5 BEFORE/2 letters
~6 BEFORE/2 letters
~7 BEFORE/2 letters
~8 BEFORE/2 letters
~9 BEFORE/2 letters
~10 BEFORE/2 letters
~11 BEFORE/2 letters
~12 BEFORE/2 letters
~15 BEFORE/2 letters
~20 BEFORE/2 letters
~1? BEFORE/2 letters
~2? BEFORE/2 letters
~two BEFORE/2 attempts
~three BEFORE/2 attempts
~four BEFORE/2 attempts
~five BEFORE/2 attempts
~six BEFORE/2 attempts
~seven BEFORE/2 attempts
~eight BEFORE/2 attempts
~nine BEFORE/2 attempts
~ten BEFORE/2 attempts
~eleven BEFORE/2 attempts
~twelve BEFORE/2 attempts
~fifteen BEFORE/2 attempts
~twenty BEFORE/2 attempts
~several BEFORE/2 attempts
~multiple BEFORE/2 attempts
~countless BEFORE/2 attempts
~numerous BEFORE/2 attempts
~endless BEFORE/2 attempts
~dozens BEFORE/2 attempts
~repeated BEFORE/2 attempts
~2 BEFORE/2 attempts
~3 BEFORE/2 attempts
~4 BEFORE/2 attempts
~5 BEFORE/2 attempts
~6 BEFORE/2 attempts
~7 BEFORE/2 attempts
~8 BEFORE/2 attempts
~9 BEFORE/2 attempts
~10 BEFORE/2 attempts
~11 BEFORE/2 attempts
~12 BEFORE/2 attempts
~15 BEFORE/2 attempts
~20 BEFORE/2 attempts
~1? BEFORE/2 attempts
~2? BEFORE/2 attempts
~two BEFORE/2 conversations
~three BEFORE/2 conversations
~four BEFORE/2 conversations
~five BEFORE/2 conversations
~six BEFORE/2 conversations
~seven BEFORE/2 conversations
~eight BEFORE/2 conversations
~nine BEFORE/2 conversations
~ten BEFORE/2 conversations
~eleven BEFORE/2 conversations
~twelve BEFORE/2 conversations
~fifteen BEFORE/2 conversations
~twenty BEFORE/2 conversations
~several BEFORE/2 conversations
~multiple BEFORE/2 conversations
~countless BEFORE/2 conversations
~numerous BEFORE/2 conversations
~endless BEFORE/2 conversations
~dozens BEFORE/2 conversations
~repeated BEFORE/2 conversations
~2 BEFORE/2 conversations
~3 BEFORE/2 conversations
~4 BEFORE/2 conversations
~5 BEFORE/2 conversations
~6 BEFORE/2 conversations
~7 BEFORE/2 conversations
~8 BEFORE/2 conversations
~9 BEFORE/2 conversations
~10 BEFORE/2 conversations
~11 BEFORE/2 conversations
~12 BEFORE/2 conversations
~15 BEFORE/2 conversations
~20 BEFORE/2 conversations
~1? BEFORE/2 conversations
~2? BEFORE/2 conversations
~two BEFORE/2 complaints
~three BEFORE/2 complaints
~four BEFORE/2 complaints
~five BEFORE/2 complaints
~six BEFORE/2 complaints
~seven BEFORE/2 complaints
~eight BEFORE/2 complaints
~nine BEFORE/2 complaints
~ten BEFORE/2 complaints
~eleven BEFORE/2 complaints
~twelve BEFORE/2 complaints
~fifteen BEFORE/2 complaints
~twenty BEFORE/2 complaints
~several BEFORE/2 complaints
~multiple BEFORE/2 complaints
~countless BEFORE/2 complaints
~numerous BEFORE/2 complaints
~endless BEFORE/2 complaints
~dozens BEFORE/2 complaints
~repeated BEFORE/2 complaints
~third time BEFORE/4 call*
~third time BEFORE/4 rang
~third time BEFORE/4 ring*
~third time BEFORE/4 phon*
~third time BEFORE/4 email*
~third time BEFORE/4 contact*
~third time BEFORE/4 chas*
~third time BEFORE/4 explain*
~third time BEFORE/4 complain*
~third time BEFORE/4 writ*
~third time BEFORE/4 asking
~third time BEFORE/4 been in
~third time BEFORE/4 went back
~third time BEFORE/4 gone back
~fourth time BEFORE/4 call*
~fourth time BEFORE/4 rang
~fourth time BEFORE/4 ring*
~fourth time BEFORE/4 phon*
~fourth time BEFORE/4 email*
~fourth time BEFORE/4 contact*
~fourth time BEFORE/4 chas*
~fourth time BEFORE/4 explain*
~fourth time BEFORE/4 complain*
~fourth time BEFORE/4 writ*
~fourth time BEFORE/4 asking
~fourth time BEFORE/4 been in
~fourth time BEFORE/4 went back
~fourth time BEFORE/4 gone back
~fifth time BEFORE/4 call*
~fifth time BEFORE/4 rang
~fifth time BEFORE/4 ring*
~fifth time BEFORE/4 phon*
~fifth time BEFORE/4 email*
~fifth time BEFORE/4 contact*
~fifth time BEFORE/4 chas*
~fifth time BEFORE/4 explain*
~fifth time BEFORE/4 complain*
~fifth time BEFORE/4 writ*
~fifth time BEFORE/4 asking
~fifth time BEFORE/4 been in
~fifth time BEFORE/4 went back
~fifth time BEFORE/4 gone back
~sixth time BEFORE/4 call*
~sixth time BEFORE/4 rang
~sixth time BEFORE/4 ring*
~sixth time BEFORE/4 phon*
~sixth time BEFORE/4 email*
~sixth time BEFORE/4 contact*
~sixth time BEFORE/4 chas*
~sixth time BEFORE/4 explain*
~sixth time BEFORE/4 complain*
~sixth time BEFORE/4 writ*
~sixth time BEFORE/4 asking
~sixth time BEFORE/4 been in
~sixth time BEFORE/4 went back
~sixth time BEFORE/4 gone back
~tenth time BEFORE/4 call*
~tenth time BEFORE/4 rang
~tenth time BEFORE/4 ring*
~tenth time BEFORE/4 phon*
~tenth time BEFORE/4 email*
~tenth time BEFORE/4 contact*
~tenth time BEFORE/4 chas*
~tenth time BEFORE/4 explain*
~tenth time BEFORE/4 complain*
~tenth time BEFORE/4 writ*
~tenth time BEFORE/4 asking
~tenth time BEFORE/4 been in
~tenth time BEFORE/4 went back
~tenth time BEFORE/4 gone back
~3rd time BEFORE/4 call*
~3rd time BEFORE/4 rang
~3rd time BEFORE/4 ring*
~3rd time BEFORE/4 phon*
~3rd time BEFORE/4 email*
~3rd time BEFORE/4 contact*
~3rd time BEFORE/4 chas*
~3rd time BEFORE/4 explain*
~3rd time BEFORE/4 complain*
~3rd time BEFORE/4 writ*
~3rd time BEFORE/4 asking
~3rd time BEFORE/4 been in
~3rd time BEFORE/4 went back
~3rd time BEFORE/4 gone back
~4th time BEFORE/4 call*
~4th time BEFORE/4 rang
~4th time BEFORE/4 ring*
~4th time BEFORE/4 phon*
~4th time BEFORE/4 email*
~4th time BEFORE/4 contact*
~4th time BEFORE/4 chas*
~4th time BEFORE/4 explain*
~4th time BEFORE/4 complain*
~4th time BEFORE/4 writ*
~4th time BEFORE/4 asking
~4th time BEFORE/4 been in
~4th time BEFORE/4 went back
~4th time BEFORE/4 gone back
~5th time BEFORE/4 call*
~5th time BEFORE/4 rang
~5th time BEFORE/4 ring*
~5th time BEFORE/4 phon*
~5th time BEFORE/4 email*
~5th time BEFORE/4 contact*
~5th time BEFORE/4 chas*
~5th time BEFORE/4 explain*
~5th time BEFORE/4 complain*
~5th time BEFORE/4 writ*
~5th time BEFORE/4 asking
~5th time BEFORE/4 been in
~5th time BEFORE/4 went back
~5th time BEFORE/4 gone back
~nth time BEFORE/4 call*
~nth time BEFORE/4 rang
~nth time BEFORE/4 ring*
~nth time BEFORE/4 phon*
~nth time BEFORE/4 email*
~nth time BEFORE/4 contact*
~nth time BEFORE/4 chas*
~nth time BEFORE/4 explain*
~nth time BEFORE/4 complain*
~nth time BEFORE/4 writ*
~nth time BEFORE/4 asking
~nth time BEFORE/4 been in
~nth time BEFORE/4 went back
~nth time BEFORE/4 gone back
~umpteenth
~fifth call
~third chat
~third letter
~third phone call
~calls later
~emails later
~chats later
~visits later
~trips later
~attempts later
~letters later
~tickets later
~calls so far
~emails so far
~times so far
~times now
~time after time
~time and time again
~time and again
~again and again
~call after call
~email after email
~form after form
~visit after visit
~appointment after appointment
~letter after letter
~chat after chat
~week after week of
~month after month of
~called BEFORE/3 again
~rang BEFORE/3 again
~phoned BEFORE/3 again
~emailed BEFORE/3 again
~chased BEFORE/3 again
~contacted BEFORE/3 again
~wrote BEFORE/3 again
~messaged BEFORE/3 again
~asked BEFORE/3 again
~raised BEFORE/3 again
~reported BEFORE/3 again
~had to BEFORE/4 again
~have to BEFORE/4 again
~having to BEFORE/4 again
~ended up BEFORE/4 again
~report* BEFORE/4 times
~rais* BEFORE/4 times
~messag* BEFORE/4 times
~chat* BEFORE/4 times
~text* BEFORE/4 times
~told BEFORE/4 times
~spoke* BEFORE/4 times
~spoken BEFORE/4 times
~request* BEFORE/4 times
~return* BEFORE/4 times
~reinstall* BEFORE/4 times
~restart* BEFORE/4 times
~upload* BEFORE/4 times
~enter* BEFORE/4 times
~appl* BEFORE/4 times
~went in BEFORE/3 times
~follow* up BEFORE/4 times
~times BEFORE/3 call*
~times BEFORE/3 rang
~times BEFORE/3 phoned
~times BEFORE/3 email*
~times BEFORE/3 contact*
~times BEFORE/3 chas*
~times BEFORE/3 explain*
~contact* BEFORE/4 twice
~chase* BEFORE/4 twice
~complain* BEFORE/4 twice
~wrote BEFORE/4 twice
~been calling
~been ringing
~been emailing
~been phoning
~been contacting
~been messaging
i keep calling
i kept calling
i keep ringing
i kept ringing
i keep emailing
i kept emailing
i keep phoning
i kept phoning
i keep asking
i kept asking
~keep getting told
~kept getting told
~keep being told
~kept being told
~keep being passed
~kept being passed
~keep being transferred
~kept being transferred
~keep asking me
~kept asking me
~keep trying
~kept trying
~tried calling
~tried ringing
~tried phoning
~tried emailing
~tried contacting
~tried to contact
~tried to reach
~tried to get hold
~tried to get through
~trying to get hold
~trying to get through
~trying to get someone
~trying to get an answer
~trying to get a refund
~trying to get my money
~trying to get this
~trying to get it sorted
~trying to sort
~trying to resolve
~trying to reach
~trying to contact
~trying to speak
~trying to talk
~every time i contact
~every time i phone
~every time i speak
~every time i email
to no avail
no joy
~getting nowhere
~got nowhere
~get nowhere
~no further forward
~none the wiser
~had to go in
~had to go into
~had to resend
~had to re send
~had to scan
~had to talk to
~had to argue
~had to beg
~had to push
~had to insist
~had to queue
~had to travel
~had to walk
~had to escalate
~had to message
~had to resubmit
~had to reinstall
~had to take time off
~had to take a day off
~had to book another
~had to raise
~had to open another
~had to wait on hold
~had to jump through
~had to go through
~had to threaten
~had to involve
~had to get my bank
~had to dispute
~had to request
~had to ask again
~had to come back
~had to return
~had to remind
~had to badger
~had to nag
~had to hound
~had to pester
~had to sort it out
~had to sort everything
~had to do it myself
~had to do everything
~had to collect
~had to pick it up
~had to verify
~had to re verify
~had to re register
~had to re apply
~had to reapply
~had to re book
~had to book again
~had to order again
~had to buy another
~had to pay for another
~have to phone
~have to email
~have to go back
~have to go in
~have to go into
~have to visit
~have to send
~have to resend
~have to re send
~have to fill
~have to print
~have to post
~have to scan
~have to redo
~have to start
~have to contact
~have to complain
~have to write
~have to prove
~have to provide
~have to upload
~have to speak to
~have to talk to
~have to fight
~have to argue
~have to beg
~have to push
~have to insist
~have to queue
~have to travel
~have to drive
~have to walk
~have to escalate
~have to message
~have to re enter
~have to resubmit
~have to reinstall
~have to take time off
~have to take a day off
~have to follow up
~have to book another
~have to raise
~have to open another
~have to wait on hold
~have to jump through
~have to go through
~have to threaten
~have to involve
~have to get my bank
~have to dispute
~have to request
~have to ask again
~have to come back
~have to return
~have to remind
~have to badger
~have to nag
~have to hound
~have to pester
~have to sort it out
~have to sort everything
~have to do it myself
~have to do everything
~have to collect
~have to pick it up
~have to verify
~have to re verify
~have to re register
~have to re apply
~have to reapply
~have to re book
~have to book again
~have to order again
~have to buy another
~have to pay for another
~having to ring
~having to phone
~having to email
~having to go back
~having to go in
~having to go into
~having to visit
~having to send
~having to resend
~having to re send
~having to fill
~having to print
~having to post
~having to scan
~having to redo
~having to start
~having to contact
~having to keep
~having to complain
~having to write
~having to prove
~having to provide
~having to upload
~having to speak to
~having to talk to
~having to fight
~having to argue
~having to beg
~having to push
~having to insist
~having to queue
~having to travel
~having to drive
~having to walk
~having to escalate
~having to message
~having to re enter
~having to resubmit
~having to reinstall
~having to take time off
~having to take a day off
~having to follow up
~having to book another
~having to raise
~having to open another
~having to wait on hold
~having to jump through
~having to go through
~having to threaten
~having to involve
~having to get my bank
~having to dispute
~having to request
~having to ask again
~having to come back
~having to return
~having to remind
~having to badger
~having to nag
~having to hound
~having to pester
~having to sort it out
~having to sort everything
~having to do it myself
~having to do everything
~having to collect
~having to pick it up
~having to verify
~having to re verify
~having to re register
~having to re apply
~having to reapply
~having to re book
~having to book again
~having to order again
~having to buy another
~having to pay for another
~has to call
~has to ring
~has to phone
~has to email
~has to chase
~has to explain
~has to repeat
~has to go back
~has to go in
~has to go into
~has to visit
~has to send
~has to resend
~has to re send
~has to fill
~has to print
~has to post
~has to scan
~has to redo
~has to start
~has to contact
~has to keep
~has to complain
~has to write
~has to prove
~has to provide
~has to upload
~has to speak to
~has to talk to
~has to fight
~has to argue
~has to beg
~has to push
~has to insist
~has to queue
~has to travel
~has to drive
~has to walk
~has to escalate
~has to message
~has to re enter
~has to resubmit
~has to reinstall
~has to take time off
~has to take a day off
~has to follow up
~has to book another
~has to raise
~has to open another
~has to wait on hold
~has to jump through
~has to go through
~has to threaten
~has to involve
~has to get my bank
~has to dispute
~has to request
~has to ask again
~has to come back
~has to return
~has to remind
~has to badger
~has to nag
~has to hound
~has to pester
~has to sort it out
~has to sort everything
~has to do it myself
~has to do everything
~has to collect
~has to pick it up
~has to verify
~has to re verify
~has to re register
~has to re apply
~has to reapply
~has to re book
~has to book again
~has to order again
~has to buy another
~has to pay for another
~transfer* BEFORE/4 department*
~transfer* BEFORE/4 team*
~put through to
~passed on to
~passed to
~passed back
~handed BEFORE/3 another
~handed off
~handed over to
~shunted
~fobbed off
~fob* BEFORE/2 off
~ping pong
~ping ponged
~merry go round
~round and round
~round in circles
~redirected
~told to contact
~told me to contact
~told to email
~told me to email
~told to speak
~told to phone
~told me to phone
~told to visit
~told to send
~told me to send
~told to fill
~told to wait for a call
~said to call
~said to contact
~advised to call
~advised to contact
~asked to call
~blamed each other
~blame each other
~blaming each other
~not our department
~not their department
~not my department
no one takes ownership
no one will take ownership
no one took ownership
no ownership
no one wants to take
~depends who you speak to
~depends who you get
~different answer* BEFORE/3 each time
~different answer* BEFORE/3 every time
~different story BEFORE/3 each time
~different story BEFORE/3 every time
~conflicting information
~conflicting advice
~conflicting answers
~on hold NEAR/3 hr*
~on hold NEAR/3 min
~on hold NEAR/3 an hour
~on hold NEAR/3 half an hour
~on hold NEAR/3 eternity
~on hold NEAR/4 each time
~on hold NEAR/4 every time
~hold times
~hold time
~waiting on hold
~wait on hold
~sat on hold
~sitting on hold
~stuck on hold
~held on hold
~hours on the line
~on the line NEAR/3 hour*
~on the line NEAR/3 minute*
~on the phone NEAR/3 hr*
~on the phone NEAR/3 mins
~on the phone again
~back on the phone
~hrs on the phone
~hr on the phone
~phone for hours
~phone for an hour
~wait* BEFORE/4 to speak
~wait* BEFORE/4 to get through
~wait* BEFORE/4 to be connected
~wait* BEFORE/4 to be answered
~wait* BEFORE/4 someone to answer
~wait* BEFORE/4 someone to pick up
~wait* BEFORE/4 to talk to
~minute wait NEAR/4 phone
~hour wait NEAR/4 phone
~wait* NEAR/4 on the phone
~wait* NEAR/3 on the line
~wait* NEAR/4 helpline
~wait* NEAR/4 call centre
~wait* NEAR/4 switchboard
~in the queue
~place in the queue
~position in the queue
~number BEFORE/2 in the queue
~got cut off
~keeps cutting off
~kept cutting off
~cut me off
~cuts you off
~call dropped
~call got dropped
~line went dead
~line goes dead
~put the phone down on me
~engaged tone
~line was engaged
~line busy
~lines busy
~lines are busy
~automated phone
~automated menu
~phone menu
~press 1
~no way to contact
~no way to speak
~no way of contacting
~no phone number
~no number to call
~hard to contact
~difficult to contact
~hard to reach
~difficult to reach
~hard to get hold
~difficult to get hold
~hard to get through
~difficult to get through
~hard to speak
~difficult to speak
~finally got someone
~finally spoke to
~finally reached
~finally got a response
~finally got an answer
~eventually got someone
~eventually spoke to
~eventually got an answer
~speak to a manager
~asked for a manager
~speak to a supervisor
~speak to someone senior
~mountain of paperwork
~pile of paperwork
~tons of paperwork
~lots of paperwork
~paperwork again
~the same form*
~same form*
~another form
~more forms
~proof of id
~proof of identity
~proof of income
~prove who i am
~prove my identity
~prove BEFORE/3 identity
~provide proof
~send proof
~sent proof
~more proof
~more documents
~more documentation
~documents again
~send* BEFORE/3 documents
~sent BEFORE/3 documents
~upload* BEFORE/4 documents
~upload* BEFORE/4 again
~asked for BEFORE/4 documents
~asked for BEFORE/3 proof
~verif* BEFORE/4 again
~payslips
~certified cop*
~notarised
~wet signature
~print* BEFORE/4 post*
~print* BEFORE/4 scan*
~fax
~write a letter
~send a letter
~sent a letter
~wrote a letter
~to a branch
~visit* BEFORE/3 branch
~went BEFORE/3 branch
~go BEFORE/3 branch
~drive BEFORE/4 branch
~drove BEFORE/4 branch
~back to the store
~back to the shop
~back to the branch
~back into the store
~back into the shop
~go back in
~went back in
~hour* round trip
~start* BEFORE/3 again
~started BEFORE/3 again
~starting again
~start* BEFORE/3 over
~square one
~whole process again
~process again
~redo
~redid
~re do
~reapply
~re apply
~re register
~reregister
~re verify
~re raise*
~reraise*
~new ticket
~another ticket
~another case
~new complaint
~another complaint
~another claim
~reopen* BEFORE/3 ticket*
~reopen* BEFORE/3 case
~reopen* BEFORE/3 complaint
~re open* BEFORE/3 ticket*
~been trying to get
~been trying to contact
~been trying to reach
~been trying to sort
~been trying for
~chatbot* NEAR/6 human
~chatbot* NEAR/6 person
~chatbot* NEAR/6 loop
~chatbot* NEAR/6 circles
~bot NEAR/6 human
~bot NEAR/6 real person
~difficult to cancel
~difficult to navigate
~difficult to sort
~difficult to claim
~difficult to return
~hard to claim
~hard to return
~hard to sort
~doing their job for them
~do their job for them
~doing your job for you
~do your job for you
~wasted so much time
~wasted a lot of time
~wasted our time
~wasting my time
~wasting our time
~hours of my life
~hours of my time
~days of my life
~days of my time
~weeks of my life
~hours of my day
~asked for the manager
~ask for a manager
~asked to speak to
~demanded to speak
~asked for a supervisor
~ombudsman
~ofcom
~ofgem
~fca
~trading standards
~citizens advice
~small claims
~legal action
~chargeback
~charge back
~section 75
~take it further
~taking it further
~take this further
~taking this further
~took it further
~take it to
~took it to
~taking it to
~go to the press
~deadlock letter
~final response
~hours of our
~wasted my time
~waste of my time
~wasted BEFORE/3 day*
~wasted BEFORE/3 afternoon
~wasted BEFORE/3 morning
~wasted BEFORE/3 evening
~wasted BEFORE/3 weekend
~spent BEFORE/5 trying
~spent BEFORE/5 on the phone
~spent BEFORE/5 on hold
~spent BEFORE/5 chasing
~spent BEFORE/5 sorting
~spent BEFORE/5 explaining
~spent BEFORE/5 calling
~spent BEFORE/5 getting
~spent BEFORE/5 going back
~weeks to sort
~months to sort
~weeks to resolve
~months to resolve
~red tape
~bureaucra*
~rigmarole
~palaver
~faff
~faffing
~a hassle
~so much hassle
~lot of hassle
~hassle to
~hassle of
~too much hassle
~ordeal
~saga
~a mission
~a battle
~battling
~fight to
~fighting to
~fought to
~fight for
~fighting for
~fought for
~constant battle
~uphill battle
~long winded
~convoluted
~complicated process
~so complicated
~overly complicated
~tedious
~laborious
~arduous
~exhausting
~hard to cancel
~hard to navigate
~such hard work
~made it difficult
~make it difficult
~makes it difficult
~made it hard
~makes it hard
~make it hard
~make it so hard
~made it so hard
~makes it so hard
not easy
wasn't easy
wasnt easy
was not easy
isn't easy
isnt easy
is not easy
far from easy
anything but easy
not straightforward
wasn't straightforward
wasnt straightforward
isn't straightforward
isnt straightforward
~had to BEFORE/4 myself
~have to BEFORE/4 myself
~end* up BEFORE/4 myself
~myself in the end
~made me fill
~made me go
~made me call
~made me ring
~made me phone
~made me email
~made me send
~made me prove
~made me repeat
~made me explain
~made me print
~made me post
~made me upload
~made me come back
~made me go back
~made me visit
~made me download
~made me create
~made me provide
~made me show
~made me bring
~made me complete
~made me re enter
~made me redo
~made me start
~made me queue
~made me travel
~made me drive
~made me jump
~made us fill
~made us go
~made us call
~made us ring
~made us phone
~made us email
~made us send
~made us prove
~made us repeat
~made us explain
~made us print
~made us post
~made us upload
~made us come back
~made us go back
~made us visit
~made us download
~made us create
~made us provide
~made us show
~made us bring
~made us complete
~made us re enter
~made us redo
~made us start
~made us queue
~made us travel
~made us drive
~made us jump
~make me fill
~make me go
~make me call
~make me ring
~make me phone
~make me email
~make me send
~make me prove
~make me repeat
~make me explain
~make me print
~make me post
~make me upload
~make me come back
~make me go back
~make me visit
~make me download
~make me create
~make me provide
~make me show
~make me bring
~make me complete
~make me re enter
~make me redo
~make me start
~make me queue
~make me travel
~make me drive
~make me jump
~make you fill
~make you go
~make you call
~make you ring
~make you phone
~make you email
~make you send
~make you prove
~make you repeat
~make you explain
~make you print
~make you post
~make you upload
~make you come back
~make you go back
~make you visit
~make you download
~make you create
~make you provide
~make you show
~make you bring
~make you complete
~make you re enter
~make you redo
~make you start
~make you queue
~make you travel
~make you drive
~make you jump
~makes you fill
~makes you go
~makes you call
~makes you ring
~makes you phone
~makes you email
~makes you send
~makes you prove
~makes you repeat
~makes you explain
~makes you print
~makes you post
~makes you upload
~makes you come back
~makes you go back
~makes you visit
~makes you download
~makes you create
~makes you provide
~makes you show
~makes you bring
~makes you complete
~makes you re enter
~makes you redo
~makes you start
~makes you queue
~makes you travel
~makes you drive
~makes you jump
~making me fill
~making me go
~making me call
~making me ring
~making me phone
~making me email
~making me send
~making me prove
~making me repeat
~making me explain
~making me print
~making me post
~making me upload
~making me come back
~making me go back
~making me visit
~making me download
~making me create
~making me provide
~making me show
~making me bring
~making me complete
~making me re enter
~making me redo
~making me start
~making me queue
~making me travel
~making me drive
~making me jump
~forced me to fill
~forced me to go
~forced me to call
~forced me to ring
~forced me to phone
~forced me to email
~forced me to send
~forced me to prove
~forced me to repeat
~forced me to explain
~forced me to print
~forced me to post
~forced me to upload
~forced me to come back
~forced me to go back
~forced me to visit
~forced me to download
~forced me to create
~forced me to provide
~forced me to show
~forced me to bring
~forced me to complete
~forced me to re enter
~forced me to redo
~forced me to start
~forced me to queue
~forced me to travel
~forced me to drive
~forced me to jump
~forced to fill
~forced to go
~forced to call
~forced to ring
~forced to phone
~forced to email
~forced to send
~forced to prove
~forced to repeat
~forced to explain
~forced to print
~forced to post
~forced to upload
~forced to come back
~forced to go back
~forced to visit
~forced to download
~forced to create
~forced to provide
~forced to show
~forced to bring
~forced to complete
~forced to re enter
~forced to redo
~forced to start
~forced to queue
~forced to travel
~forced to drive
~forced to jump
~wanted me to fill
~wanted me to go
~wanted me to call
~wanted me to ring
~wanted me to phone
~wanted me to email
~wanted me to send
~wanted me to prove
~wanted me to repeat
~wanted me to explain
~wanted me to print
~wanted me to post
~wanted me to upload
~wanted me to come back
~wanted me to go back
~wanted me to visit
~wanted me to download
~wanted me to create
~wanted me to provide
~wanted me to show
~wanted me to bring
~wanted me to complete
~wanted me to re enter
~wanted me to redo
~wanted me to start
~wanted me to queue
~wanted me to travel
~wanted me to drive
~wanted me to jump
~want you to fill
~want you to go
~want you to call
~want you to ring
~want you to phone
~want you to email
~want you to send
~want you to prove
~want you to repeat
~want you to explain
~want you to print
~want you to post
~want you to upload
~want you to come back
~want you to go back
~want you to visit
~want you to download
~want you to create
~want you to provide
~want you to show
~want you to bring
~want you to complete
~want you to re enter
~want you to redo
~want you to start
~want you to queue
~want you to travel
~want you to drive
~want you to jump
~had to show
~have to show
~having to show
~had to bring
~have to bring
~having to bring
~had to download
~have to download
~having to download
~had to create
~have to create
~having to create
~had to open a
~have to open a
~having to open a
~had to flag
~have to flag
~having to flag
~had to take a photo
~have to take a photo
~having to take a photo
~had to take photos
~have to take photos
~having to take photos
~had to photograph
~have to photograph
~having to photograph
~had to restart
~have to restart
~having to restart
~had to reboot
~have to reboot
~having to reboot
~had to reset
~have to reset
~having to reset
~two BEFORE/1 engineer visits
~three BEFORE/1 engineer visits
~four BEFORE/1 engineer visits
~five BEFORE/1 engineer visits
~six BEFORE/1 engineer visits
~seven BEFORE/1 engineer visits
~eight BEFORE/1 engineer visits
~nine BEFORE/1 engineer visits
~ten BEFORE/1 engineer visits
~eleven BEFORE/1 engineer visits
~twelve BEFORE/1 engineer visits
~several BEFORE/1 engineer visits
~multiple BEFORE/1 engineer visits
~countless BEFORE/1 engineer visits
~numerous BEFORE/1 engineer visits
~endless BEFORE/1 engineer visits
~dozens BEFORE/1 engineer visits
~repeated BEFORE/1 engineer visits
~2 BEFORE/1 engineer visits
~3 BEFORE/1 engineer visits
~4 BEFORE/1 engineer visits
~5 BEFORE/1 engineer visits
~6 BEFORE/1 engineer visits
~7 BEFORE/1 engineer visits
~8 BEFORE/1 engineer visits
~9 BEFORE/1 engineer visits
~10 BEFORE/1 engineer visits
~11 BEFORE/1 engineer visits
~12 BEFORE/1 engineer visits
~1? BEFORE/1 engineer visits
~two BEFORE/1 engineer appointments
~three BEFORE/1 engineer appointments
~four BEFORE/1 engineer appointments
~five BEFORE/1 engineer appointments
~six BEFORE/1 engineer appointments
~seven BEFORE/1 engineer appointments
~eight BEFORE/1 engineer appointments
~nine BEFORE/1 engineer appointments
~ten BEFORE/1 engineer appointments
~eleven BEFORE/1 engineer appointments
~twelve BEFORE/1 engineer appointments
~several BEFORE/1 engineer appointments
~multiple BEFORE/1 engineer appointments
~countless BEFORE/1 engineer appointments
~numerous BEFORE/1 engineer appointments
~endless BEFORE/1 engineer appointments
~dozens BEFORE/1 engineer appointments
~repeated BEFORE/1 engineer appointments
~2 BEFORE/1 engineer appointments
~3 BEFORE/1 engineer appointments
~4 BEFORE/1 engineer appointments
~5 BEFORE/1 engineer appointments
~6 BEFORE/1 engineer appointments
~7 BEFORE/1 engineer appointments
~8 BEFORE/1 engineer appointments
~9 BEFORE/1 engineer appointments
~10 BEFORE/1 engineer appointments
~11 BEFORE/1 engineer appointments
~12 BEFORE/1 engineer appointments
~1? BEFORE/1 engineer appointments
~two BEFORE/1 call outs
~three BEFORE/1 call outs
~four BEFORE/1 call outs
~five BEFORE/1 call outs
~six BEFORE/1 call outs
~seven BEFORE/1 call outs
~eight BEFORE/1 call outs
~nine BEFORE/1 call outs
~ten BEFORE/1 call outs
~eleven BEFORE/1 call outs
~twelve BEFORE/1 call outs
~several BEFORE/1 call outs
~multiple BEFORE/1 call outs
~countless BEFORE/1 call outs
~numerous BEFORE/1 call outs
~endless BEFORE/1 call outs
~dozens BEFORE/1 call outs
~repeated BEFORE/1 call outs
~2 BEFORE/1 call outs
~3 BEFORE/1 call outs
~4 BEFORE/1 call outs
~5 BEFORE/1 call outs
~6 BEFORE/1 call outs
~7 BEFORE/1 call outs
~8 BEFORE/1 call outs
~9 BEFORE/1 call outs
~10 BEFORE/1 call outs
~11 BEFORE/1 call outs
~12 BEFORE/1 call outs
~1? BEFORE/1 call outs
~two BEFORE/1 callouts
~three BEFORE/1 callouts
~four BEFORE/1 callouts
~five BEFORE/1 callouts
~six BEFORE/1 callouts
~seven BEFORE/1 callouts
~eight BEFORE/1 callouts
~nine BEFORE/1 callouts
~ten BEFORE/1 callouts
~eleven BEFORE/1 callouts
~twelve BEFORE/1 callouts
~several BEFORE/1 callouts
~multiple BEFORE/1 callouts
~countless BEFORE/1 callouts
~numerous BEFORE/1 callouts
~endless BEFORE/1 callouts
~dozens BEFORE/1 callouts
~repeated BEFORE/1 callouts
~2 BEFORE/1 callouts
~3 BEFORE/1 callouts
~4 BEFORE/1 callouts
~5 BEFORE/1 callouts
~6 BEFORE/1 callouts
~7 BEFORE/1 callouts
~8 BEFORE/1 callouts
~9 BEFORE/1 callouts
~10 BEFORE/1 callouts
~11 BEFORE/1 callouts
~12 BEFORE/1 callouts
~1? BEFORE/1 callouts
~two BEFORE/1 missed appointments
~three BEFORE/1 missed appointments
~four BEFORE/1 missed appointments
~five BEFORE/1 missed appointments
~six BEFORE/1 missed appointments
~seven BEFORE/1 missed appointments
~eight BEFORE/1 missed appointments
~nine BEFORE/1 missed appointments
~ten BEFORE/1 missed appointments
~eleven BEFORE/1 missed appointments
~twelve BEFORE/1 missed appointments
~several BEFORE/1 missed appointments
~multiple BEFORE/1 missed appointments
~countless BEFORE/1 missed appointments
~numerous BEFORE/1 missed appointments
~endless BEFORE/1 missed appointments
~dozens BEFORE/1 missed appointments
~repeated BEFORE/1 missed appointments
~2 BEFORE/1 missed appointments
~3 BEFORE/1 missed appointments
~4 BEFORE/1 missed appointments
~5 BEFORE/1 missed appointments
~6 BEFORE/1 missed appointments
~7 BEFORE/1 missed appointments
~8 BEFORE/1 missed appointments
~9 BEFORE/1 missed appointments
~10 BEFORE/1 missed appointments
~11 BEFORE/1 missed appointments
~12 BEFORE/1 missed appointments
~1? BEFORE/1 missed appointments
~two BEFORE/1 missed visits
~three BEFORE/1 missed visits
~four BEFORE/1 missed visits
~five BEFORE/1 missed visits
~six BEFORE/1 missed visits
~seven BEFORE/1 missed visits
~eight BEFORE/1 missed visits
~nine BEFORE/1 missed visits
~ten BEFORE/1 missed visits
~eleven BEFORE/1 missed visits
~twelve BEFORE/1 missed visits
~several BEFORE/1 missed visits
~multiple BEFORE/1 missed visits
~countless BEFORE/1 missed visits
~numerous BEFORE/1 missed visits
~endless BEFORE/1 missed visits
~dozens BEFORE/1 missed visits
~repeated BEFORE/1 missed visits
~2 BEFORE/1 missed visits
~3 BEFORE/1 missed visits
~4 BEFORE/1 missed visits
~5 BEFORE/1 missed visits
~6 BEFORE/1 missed visits
~7 BEFORE/1 missed visits
~8 BEFORE/1 missed visits
~9 BEFORE/1 missed visits
~10 BEFORE/1 missed visits
~11 BEFORE/1 missed visits
~12 BEFORE/1 missed visits
~1? BEFORE/1 missed visits
~two BEFORE/1 missed deliveries
~three BEFORE/1 missed deliveries
~four BEFORE/1 missed deliveries
~five BEFORE/1 missed deliveries
~six BEFORE/1 missed deliveries
~seven BEFORE/1 missed deliveries
~eight BEFORE/1 missed deliveries
~nine BEFORE/1 missed deliveries
~ten BEFORE/1 missed deliveries
~eleven BEFORE/1 missed deliveries
~twelve BEFORE/1 missed deliveries
~several BEFORE/1 missed deliveries
~multiple BEFORE/1 missed deliveries
~countless BEFORE/1 missed deliveries
~numerous BEFORE/1 missed deliveries
~endless BEFORE/1 missed deliveries
~dozens BEFORE/1 missed deliveries
~repeated BEFORE/1 missed deliveries
~2 BEFORE/1 missed deliveries
~3 BEFORE/1 missed deliveries
~4 BEFORE/1 missed deliveries
~5 BEFORE/1 missed deliveries
~6 BEFORE/1 missed deliveries
~7 BEFORE/1 missed deliveries
~8 BEFORE/1 missed deliveries
~9 BEFORE/1 missed deliveries
~10 BEFORE/1 missed deliveries
~11 BEFORE/1 missed deliveries
~12 BEFORE/1 missed deliveries
~1? BEFORE/1 missed deliveries
~two BEFORE/1 delivery slots
~three BEFORE/1 delivery slots
~four BEFORE/1 delivery slots
~five BEFORE/1 delivery slots
~six BEFORE/1 delivery slots
~seven BEFORE/1 delivery slots
~eight BEFORE/1 delivery slots
~nine BEFORE/1 delivery slots
~ten BEFORE/1 delivery slots
~eleven BEFORE/1 delivery slots
~twelve BEFORE/1 delivery slots
~several BEFORE/1 delivery slots
~multiple BEFORE/1 delivery slots
~countless BEFORE/1 delivery slots
~numerous BEFORE/1 delivery slots
~endless BEFORE/1 delivery slots
~dozens BEFORE/1 delivery slots
~repeated BEFORE/1 delivery slots
~2 BEFORE/1 delivery slots
~3 BEFORE/1 delivery slots
~4 BEFORE/1 delivery slots
~5 BEFORE/1 delivery slots
~6 BEFORE/1 delivery slots
~7 BEFORE/1 delivery slots
~8 BEFORE/1 delivery slots
~9 BEFORE/1 delivery slots
~10 BEFORE/1 delivery slots
~11 BEFORE/1 delivery slots
~12 BEFORE/1 delivery slots
~1? BEFORE/1 delivery slots
~two BEFORE/1 case numbers
~three BEFORE/1 case numbers
~four BEFORE/1 case numbers
~five BEFORE/1 case numbers
~six BEFORE/1 case numbers
~seven BEFORE/1 case numbers
~eight BEFORE/1 case numbers
~nine BEFORE/1 case numbers
~ten BEFORE/1 case numbers
~eleven BEFORE/1 case numbers
~twelve BEFORE/1 case numbers
~several BEFORE/1 case numbers
~multiple BEFORE/1 case numbers
~countless BEFORE/1 case numbers
~numerous BEFORE/1 case numbers
~endless BEFORE/1 case numbers
~dozens BEFORE/1 case numbers
~repeated BEFORE/1 case numbers
~2 BEFORE/1 case numbers
~3 BEFORE/1 case numbers
~4 BEFORE/1 case numbers
~5 BEFORE/1 case numbers
~6 BEFORE/1 case numbers
~7 BEFORE/1 case numbers
~8 BEFORE/1 case numbers
~9 BEFORE/1 case numbers
~10 BEFORE/1 case numbers
~11 BEFORE/1 case numbers
~12 BEFORE/1 case numbers
~1? BEFORE/1 case numbers
~two BEFORE/1 reference numbers
~three BEFORE/1 reference numbers
~four BEFORE/1 reference numbers
~five BEFORE/1 reference numbers
~six BEFORE/1 reference numbers
~seven BEFORE/1 reference numbers
~eight BEFORE/1 reference numbers
~nine BEFORE/1 reference numbers
~ten BEFORE/1 reference numbers
~eleven BEFORE/1 reference numbers
~twelve BEFORE/1 reference numbers
~several BEFORE/1 reference numbers
~multiple BEFORE/1 reference numbers
~countless BEFORE/1 reference numbers
~numerous BEFORE/1 reference numbers
~endless BEFORE/1 reference numbers
~dozens BEFORE/1 reference numbers
~repeated BEFORE/1 reference numbers
~2 BEFORE/1 reference numbers
~3 BEFORE/1 reference numbers
~4 BEFORE/1 reference numbers
~5 BEFORE/1 reference numbers
~6 BEFORE/1 reference numbers
~7 BEFORE/1 reference numbers
~8 BEFORE/1 reference numbers
~9 BEFORE/1 reference numbers
~10 BEFORE/1 reference numbers
~11 BEFORE/1 reference numbers
~12 BEFORE/1 reference numbers
~1? BEFORE/1 reference numbers
~two BEFORE/1 ticket numbers
~three BEFORE/1 ticket numbers
~four BEFORE/1 ticket numbers
~five BEFORE/1 ticket numbers
~six BEFORE/1 ticket numbers
~seven BEFORE/1 ticket numbers
~eight BEFORE/1 ticket numbers
~nine BEFORE/1 ticket numbers
~ten BEFORE/1 ticket numbers
~eleven BEFORE/1 ticket numbers
~twelve BEFORE/1 ticket numbers
~several BEFORE/1 ticket numbers
~multiple BEFORE/1 ticket numbers
~countless BEFORE/1 ticket numbers
~numerous BEFORE/1 ticket numbers
~endless BEFORE/1 ticket numbers
~dozens BEFORE/1 ticket numbers
~repeated BEFORE/1 ticket numbers
~2 BEFORE/1 ticket numbers
~3 BEFORE/1 ticket numbers
~4 BEFORE/1 ticket numbers
~5 BEFORE/1 ticket numbers
~6 BEFORE/1 ticket numbers
~7 BEFORE/1 ticket numbers
~8 BEFORE/1 ticket numbers
~9 BEFORE/1 ticket numbers
~10 BEFORE/1 ticket numbers
~11 BEFORE/1 ticket numbers
~12 BEFORE/1 ticket numbers
~1? BEFORE/1 ticket numbers
~two BEFORE/1 email addresses
~three BEFORE/1 email addresses
~four BEFORE/1 email addresses
~five BEFORE/1 email addresses
~six BEFORE/1 email addresses
~seven BEFORE/1 email addresses
~eight BEFORE/1 email addresses
~nine BEFORE/1 email addresses
~ten BEFORE/1 email addresses
~eleven BEFORE/1 email addresses
~twelve BEFORE/1 email addresses
~several BEFORE/1 email addresses
~multiple BEFORE/1 email addresses
~countless BEFORE/1 email addresses
~numerous BEFORE/1 email addresses
~endless BEFORE/1 email addresses
~dozens BEFORE/1 email addresses
~repeated BEFORE/1 email addresses
~2 BEFORE/1 email addresses
~3 BEFORE/1 email addresses
~4 BEFORE/1 email addresses
~5 BEFORE/1 email addresses
~6 BEFORE/1 email addresses
~7 BEFORE/1 email addresses
~8 BEFORE/1 email addresses
~9 BEFORE/1 email addresses
~10 BEFORE/1 email addresses
~11 BEFORE/1 email addresses
~12 BEFORE/1 email addresses
~1? BEFORE/1 email addresses
~two BEFORE/1 departments
~three BEFORE/1 departments
~four BEFORE/1 departments
~five BEFORE/1 departments
~six BEFORE/1 departments
~seven BEFORE/1 departments
~eight BEFORE/1 departments
~nine BEFORE/1 departments
~ten BEFORE/1 departments
~eleven BEFORE/1 departments
~twelve BEFORE/1 departments
~several BEFORE/1 departments
~multiple BEFORE/1 departments
~countless BEFORE/1 departments
~numerous BEFORE/1 departments
~endless BEFORE/1 departments
~dozens BEFORE/1 departments
~repeated BEFORE/1 departments
~2 BEFORE/1 departments
~3 BEFORE/1 departments
~4 BEFORE/1 departments
~5 BEFORE/1 departments
~6 BEFORE/1 departments
~7 BEFORE/1 departments
~8 BEFORE/1 departments
~9 BEFORE/1 departments
~10 BEFORE/1 departments
~11 BEFORE/1 departments
~12 BEFORE/1 departments
~1? BEFORE/1 departments
~two BEFORE/1 different departments
~three BEFORE/1 different departments
~four BEFORE/1 different departments
~five BEFORE/1 different departments
~six BEFORE/1 different departments
~seven BEFORE/1 different departments
~eight BEFORE/1 different departments
~nine BEFORE/1 different departments
~ten BEFORE/1 different departments
~eleven BEFORE/1 different departments
~twelve BEFORE/1 different departments
~several BEFORE/1 different departments
~multiple BEFORE/1 different departments
~countless BEFORE/1 different departments
~numerous BEFORE/1 different departments
~endless BEFORE/1 different departments
~dozens BEFORE/1 different departments
~repeated BEFORE/1 different departments
~2 BEFORE/1 different departments
~3 BEFORE/1 different departments
~4 BEFORE/1 different departments
~5 BEFORE/1 different departments
~6 BEFORE/1 different departments
~7 BEFORE/1 different departments
~8 BEFORE/1 different departments
~9 BEFORE/1 different departments
~10 BEFORE/1 different departments
~11 BEFORE/1 different departments
~12 BEFORE/1 different departments
~1? BEFORE/1 different departments
~two BEFORE/1 forms
~three BEFORE/1 forms
~four BEFORE/1 forms
~five BEFORE/1 forms
~six BEFORE/1 forms
~seven BEFORE/1 forms
~eight BEFORE/1 forms
~nine BEFORE/1 forms
~ten BEFORE/1 forms
~eleven BEFORE/1 forms
~twelve BEFORE/1 forms
~several BEFORE/1 forms
~multiple BEFORE/1 forms
~countless BEFORE/1 forms
~numerous BEFORE/1 forms
~endless BEFORE/1 forms
~dozens BEFORE/1 forms
~repeated BEFORE/1 forms
~2 BEFORE/1 forms
~3 BEFORE/1 forms
~4 BEFORE/1 forms
~5 BEFORE/1 forms
~6 BEFORE/1 forms
~7 BEFORE/1 forms
~8 BEFORE/1 forms
~9 BEFORE/1 forms
~10 BEFORE/1 forms
~11 BEFORE/1 forms
~12 BEFORE/1 forms
~1? BEFORE/1 forms
~fill* in BEFORE/2 form*
~fill* out BEFORE/2 form*
~complete* BEFORE/2 form*
~8am NEAR/4 phone
~8am NEAR/4 call*
~8am NEAR/4 rang
~8am NEAR/4 ring*
~phone scramble
~8am scramble
~missed BEFORE/3 twice
~missed BEFORE/3 times
~missed appointments
~missed visits
~appointments missed
~visits missed
~slots missed
~day off work
~days off work
~took BEFORE/3 day off
~took BEFORE/3 days off
~take BEFORE/3 day off
~wait in all day
~waiting in all day
~stayed in all day
~stayed home all day
~waiting in for
nobody BEFORE/4 ownership
no one BEFORE/4 ownership
noone BEFORE/4 ownership
~i've phoned BEFORE/3 every
~i have phoned BEFORE/3 every
~i phoned BEFORE/3 every
~i rang BEFORE/3 every
~i've rung BEFORE/3 every
~i called BEFORE/3 every
~i've called BEFORE/3 every
~i have called BEFORE/3 every
~i emailed BEFORE/3 every
~i've emailed BEFORE/3 every
~i chased BEFORE/3 every
~every day this week
~blam* BEFORE/4 blam*
~blame game
~open* BEFORE/2 dispute
~rais* BEFORE/2 dispute
~fil* BEFORE/2 dispute
~lodg* BEFORE/2 dispute
~open* BEFORE/2 complaint
~lodg* BEFORE/2 complaint
~bounced me
~bounced us
~bounces you
~i sent the same
~i've sent the same
~ive sent the same
~have sent the same
~have now sent the same
~keep sending the same
~folder of
~pile of letters
~stack of
~went BEFORE/4 for nothing
~drove BEFORE/4 for nothing
~travelled BEFORE/4 for nothing
~came in BEFORE/4 for nothing
~trip* for nothing
~journey for nothing
~upload* BEFORE/4 twice
~loops back
~loops me back
~loops you back
~just loops
~goes in a loop
~endless loop
~flag* down
~wave* down
~had to get up
~to prove
~selfie
~photo id
~copy of my passport
~copy of my id
~scan of my
~took BEFORE/3 visits
~took BEFORE/3 trips
~took BEFORE/3 appointments
~took BEFORE/3 call outs
~took BEFORE/3 goes
~took BEFORE/3 tries
~took BEFORE/3 emails
~took BEFORE/3 messages
~took BEFORE/3 chats
~took BEFORE/3 letters
~took BEFORE/3 complaints
~took BEFORE/4 phone calls
~took BEFORE/3 weeks of
~took BEFORE/3 months of
~dmed
~dm'd
~rang NEAR/3 called
~rang NEAR/3 phoned
~rang NEAR/3 emailed
~rang NEAR/3 messaged
~rang NEAR/3 wrote
~rang NEAR/3 tweeted
~rang NEAR/3 dmed
~rang NEAR/3 chatted
~rang NEAR/3 visited
~rang NEAR/3 went in
~rang NEAR/3 live chat
~rang NEAR/3 complained
~called NEAR/3 phoned
~called NEAR/3 emailed
~called NEAR/3 messaged
~called NEAR/3 wrote
~called NEAR/3 tweeted
~called NEAR/3 dmed
~called NEAR/3 chatted
~called NEAR/3 visited
~called NEAR/3 went in
~called NEAR/3 live chat
~called NEAR/3 complained
~phoned NEAR/3 emailed
~phoned NEAR/3 messaged
~phoned NEAR/3 wrote
~phoned NEAR/3 tweeted
~phoned NEAR/3 dmed
~phoned NEAR/3 chatted
~phoned NEAR/3 visited
~phoned NEAR/3 went in
~phoned NEAR/3 live chat
~phoned NEAR/3 complained
~emailed NEAR/3 messaged
~emailed NEAR/3 wrote
~emailed NEAR/3 tweeted
~emailed NEAR/3 dmed
~emailed NEAR/3 chatted
~emailed NEAR/3 visited
~emailed NEAR/3 went in
~emailed NEAR/3 live chat
~emailed NEAR/3 complained
~messaged NEAR/3 wrote
~messaged NEAR/3 tweeted
~messaged NEAR/3 dmed
~messaged NEAR/3 chatted
~messaged NEAR/3 visited
~messaged NEAR/3 went in
~messaged NEAR/3 live chat
~messaged NEAR/3 complained
~wrote NEAR/3 tweeted
~wrote NEAR/3 dmed
~wrote NEAR/3 chatted
~wrote NEAR/3 visited
~wrote NEAR/3 went in
~wrote NEAR/3 live chat
~wrote NEAR/3 complained
~tweeted NEAR/3 dmed
~tweeted NEAR/3 chatted
~tweeted NEAR/3 visited
~tweeted NEAR/3 went in
~tweeted NEAR/3 live chat
~tweeted NEAR/3 complained
~dmed NEAR/3 chatted
~dmed NEAR/3 visited
~dmed NEAR/3 went in
~dmed NEAR/3 live chat
~dmed NEAR/3 complained
~chatted NEAR/3 visited
~chatted NEAR/3 went in
~chatted NEAR/3 live chat
~chatted NEAR/3 complained
~visited NEAR/3 went in
~visited NEAR/3 live chat
~visited NEAR/3 complained
~went in NEAR/3 live chat
~went in NEAR/3 complained
~live chat NEAR/3 complained

# churn that was only thought of, or averted, is not a complaint either
# (the exclusions of [churn_risk] for it, repeated)
!thought about cancelling
!thought about leaving
!thought about switching
!thought about moving
!thought about closing
!thought about porting
!thought about going
!almost left
!almost switched
!almost cancelled
!nearly left
!nearly switched
!nearly cancelled
!would have switched
!would have left
!would have cancelled
!was going to switch
!was going to leave
!was going to cancel
!was about to leave
!was about to switch
!was about to cancel
!was ready to leave
!was ready to switch
!won me back
!so i stayed
!so we stayed
!decided to stay
!convinced me to stay
!glad i stayed
!instead of cancelling
!considered leaving
!considered switching
!considered cancelling
!considered moving
!happy to stay
!keeps me here
!changed my mind

# Widened by family: the everyday words of a complaint in CX comments
# (judgements of staff, food, rooms and products, things lost, mixed up or
# ignored, prices up), and complaints put as a question ("why is my bill...")
~useless
~incompetent
~hopeless
~clueless
~inept
~careless
~shoddy
~sloppy
~substandard
~sub par
~subpar
~mediocre
~bland
~tasteless
~flavourless
~overcooked
~undercooked
~burnt
~greasy
~lukewarm
~inedible
~noisy
~smelly
~smelled
~stank
~cramped
~uncomfortable
~unprofessional
~dismissive
~condescending
~patronising
~patronizing
~arrogant
~ignored
~ignoring
~unreliable
~inconsistent
~clunky
~laggy
~pricey
~dearer
~more expensive
~costs more
~prices up
~price up
~disgusting
~vile
~unusable
~worthless
~dishonest
~scam
~scammed
~scammers
~conned
~cowboys
~liars
~lied
~lying
~robbed
~robbery
~cheated
~mistake
~mistakes
~errors
~a mess
~messy
~messed up
~mess up
~mix up
~mixed up
~mixup
~cock up
~cocked up
~screwed up
~botched
~wrecked
~ruined
~spoiled
~spoilt
~irritat*
~livid
~fuming
~gutted
~upset
~disgusted
~horrified
~embarrass*
~insult*
~let down
~let me down
~let us down
~unanswered
~ghosted
~excuses
~lack of
~lacking
~forgot
~forgotten
~lost my
~lost our
~lost the
~misplaced
~double booked
~overbooked
~rejecting
~rejected
~declined
~logs me out
~log me out
~keeps logging
~takes forever
~took forever
~forever to
~too long
~bit small
~was small
~is small
isnt what
isn't what
wasnt what
wasn't what
not what i ordered
not what i expected
not as pictured
~not as advertised
why is my
why are you
why does the
why does my
why has my
why have i
why can't
why cant
why won't
why wont
why isn't
why isnt
why doesn't
why doesnt
please bring back
~bring back the

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

# Widened by family: requests for a change put as a question or a plea
any plans for
any plans to
any chance of
any chance you
are you planning
do you plan
will you add
will you support
will you be adding
could you do
could you make
can you make
can you do
please can
please text
please email
please update
please change
please improve
please keep
please have
please open
would be handy
it'd be great
itd be great

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

# Widened by family: more question openers (will you, would you, what's
# the, any plans) and wanting to know
!what's the point
!whats the point
will you
would you
will there be
will the
will my
will it
what's the
whats the
what time
any plans
any chance
want to know
wanted to know
want to understand
like to understand

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

# Low effort is praise: a customer who says how little they had to do is
# praising the service, so every entry of [effort/low] is repeated here.
# Keep this block in step with [effort/low].
# from [effort/low]
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
hassle free
without any hassle
without a hassle
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
in a minute
took a min
in a min
took one minute
in one minute
took one min
in one min
in two minutes
took two mins
in two mins
took two seconds
in two seconds
took two secs
in two secs
took three minutes
in three minutes
took three mins
in three mins
took three seconds
in three seconds
took three secs
in three secs
took four minutes
in four minutes
took four mins
in four mins
took four seconds
in four seconds
took four secs
in four secs
in five minutes
took five mins
in five mins
took five seconds
in five seconds
took five secs
in five secs
took ten minutes
in ten minutes
took ten mins
in ten mins
took ten seconds
in ten seconds
took ten secs
in ten secs
took 1 minute
in 1 minute
took 1 min
in 1 min
in 2 minutes
took 2 mins
in 2 mins
took 2 seconds
in 2 seconds
took 2 secs
in 2 secs
took 3 minutes
in 3 minutes
took 3 mins
in 3 mins
took 3 seconds
in 3 seconds
took 3 secs
in 3 secs
took 4 minutes
in 4 minutes
took 4 mins
in 4 mins
took 4 seconds
in 4 seconds
took 4 secs
in 4 secs
in 5 minutes
in 5 mins
took 5 seconds
in 5 seconds
took 5 secs
in 5 secs
took 10 minutes
in 10 minutes
took 10 mins
in 10 mins
took 10 seconds
in 10 seconds
took 10 secs
in 10 secs
took 15 minutes
in 15 minutes
took 15 mins
in 15 mins
took 15 seconds
in 15 seconds
took 15 secs
in 15 secs
in a few minutes
took a few mins
in a few mins
took a few seconds
in a few seconds
took a few secs
in a few secs
took a couple of minutes
in a couple of minutes
took a couple of mins
in a couple of mins
took a couple of seconds
in a couple of seconds
took a couple of secs
in a couple of secs
took couple of minutes
in couple of minutes
took couple of mins
in couple of mins
took couple of seconds
in couple of seconds
took couple of secs
in couple of secs
took few minutes
in few minutes
took few mins
in few mins
took few seconds
in few seconds
took few secs
in few secs
under five minutes
under 5 minutes
under ten minutes
under 10 minutes
no faff
zero hassle
zero fuss
no stress
stress free
without any fuss
without a fuss
no drama
no bother
no chasing
no chasing needed
without me having to
without having to chase
without a single call
without calling
without even asking
without me asking
without me even asking
didn't need to call
didnt need to call
never have to wait
no wait
no wait at all
no waiting around
sorted on one call
on one call
in one conversation
one conversation
one visit
first appointment
at the first appointment
first time of calling
first contact
~so easy
~super easy
~stupidly easy
~incredibly easy
~really easy
~took care of it
~handled it all
~did the rest
~they did the rest

# Widened by family: the everyday words of praise in CX comments (speed,
# manner, value, food, cleanliness, ease) and faint praise. Wishes put as
# praise ("it would be great if") are suggestions, not praise.
!would be great if
!would be nice if
!would be good if
!would be lovely if
!it would be great
!good luck
!would have been nice
!easy access
!would be good to
!would be nice to
!would be great to
!be good to have
!be nice to have
~good
~decent
not bad
~easy
~quick
~so quick
~very quick
~really quick
~super quick
~speedy
~prompt
~promptly
~so fast
~very fast
~super fast
~really fast
~fast delivery
~fast service
~fast response
~within minutes
~within the hour
~within an hour
~within hours
~within a day
~in no time
~no time at all
~understanding
~accommodating
~attentive
~welcoming
~reassuring
~thorough
~knowledgeable
~responsive
~reliable
~spotless
~immaculate
~very clean
~so clean
~clean and
~delicious
~tasty
~yummy
~fresh
~piping hot
~well packed
~well packaged
~packed well
~well organised
~well organized
~well run
~comfortable
~comfy
~cosy
~generous
~reasonable
~reasonably priced
~value for money
~worth it
~worth every penny
~worth the money
~bargain
~affordable
~handy
~convenient
~intuitive
~user friendly
~much clearer
~clearer
~smooth
~smoothly
~nice
~pleasant
~pleased
~glad
~grateful
~thankful
~appreciated
~really appreciate
~happy with
~happy customer
~enjoy*
~fab
~fabulous
~gorgeous
~beautiful
~stunning
~cracking
~legend
~legends
~a gem
~hero
~heroes
~lifesaver
~life saver
~helped
~went out of their way
~out of their way
~bent over backwards
~nothing was too much
~made my day
~made our day
~a pleasure
~pleasure to
~sorted my
~all sorted
~sorted quickly
~fixed my
~fixed the
~recommend them
~recommend this
~recommend it
~recommend to
~recommended
~loving
~adore

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

# Display labels: what a review shows for each signal in place of its name
# (lexicons/README.md, "Display labels"). They change no match and no
# number. The groups effort, intent and journey get no header here: in a
# scan signals are flat, and a header of its own would add a signal row.

[churn_risk]
@label Churn risk

[effort/high]
@label High effort

[effort/low]
@label Low effort

[intent/complaint]
@label Complaint

[intent/suggestion]
@label Suggestion

[intent/question]
@label Question

[intent/praise]
@label Praise

[journey/onboarding]
@label Onboarding

[journey/purchase]
@label Purchase & booking

[journey/delivery]
@label Delivery & installation

[journey/support]
@label Support contact

[journey/billing]
@label Billing & payments

[journey/renewal]
@label Renewal

[journey/cancellation]
@label Cancellation

# Entries in other languages, each file under its @lang (README "Languages")
@include lang/signals_de.lex
@include lang/signals_es.lex
@include lang/signals_fr.lex
@include lang/signals_pt.lex
@include lang/signals_ja.lex
