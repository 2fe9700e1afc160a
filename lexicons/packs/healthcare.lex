# Healthcare: GPs, clinics, hospitals, dentists, pharmacies, prescriptions, appointments and patient portals
#
# The default lexicon plus the words of practices, hospitals, dentists,
# pharmacies and health insurers: copays and deductibles for price_value,
# medical bills and insurance claims for billing, midwives, reception and a
# clinician's manner for staff, waiting rooms and running late for wait_time,
# results and call-backs for communication, changing practice for loyalty, and
# exclusions where a clinical word means something else in the default
# (a broken wrist, a painless filling, a doctor who listened). Two themes
# of its own: service/appointments (getting, booking, rescheduling or
# cancelled appointments, free slots, reminders) and service/clinical_care
# (diagnosis, treatment, prescriptions, follow-up, whether the clinician
# listened and explained the care).
#
# Use it with `vocal scan --themes builtin:healthcare`, or build on it from
# your own lexicon with `@include builtin:healthcare`.

@include ../default.lex

# Getting, booking, rescheduling or cancelled appointments; slots; reminders.
[service/appointments]
appointment*
appt
appts
slot
slots
booking*
booked
book
reschedul*
rebook*
see a doctor
see a gp
see the doctor
see the gp
see my gp
see my doctor
get seen
getting seen
got seen
reminder*
no show
8am
8 am
phone consultation*
telephone consultation*
econsult
e consult
phone system
triage
cancelled
canceled
cancellation*
get in to see
couldn't get in
can't get in
cant get in
next available
availability
see someone

# The care itself: diagnosis, treatment, prescriptions, tests, follow-up,
# whether the clinician listened and explained.
[service/clinical_care]
diagnos*
misdiagnos*
treatment*
treated my
treat my
antibiotic
antibiotics
procedure*
operation
operations
surgeon*
follow up
followup
scan
scans
x ray*
xray*
ultrasound
blood work
bloods
examin*
check up
checkup
symptom*
in pain
pain relief
painkiller*
listened
listen to me
listens
didn't listen
did not listen
wouldn't listen
took me seriously
take me seriously
taken seriously
second opinion
felt rushed
rushed me
the care
care i received
care was
quality of care
standard of care
level of care
aftercare
after care
patient care
medical care
dental care
care plan
referral*
referred
recovery
injection*
vaccin*
jab
jabs
filling*
root canal
extraction
crown
stitches
wound
physio*
therapy
therapist
therapists
counselling
counseling
mental health
side effect*
dose
dosage
prescribed
prescribing
prescribe
changed my meds
changed my medication
wrong medication
medication review
thorough
explained each step
explained everything
explained my
explain how
explained how
took the time
take the time
takes the time
read the notes
my notes
medical history
my history
advice
gentle
painless
labour
sent me for
sent for tests
ran tests
more tests
dismissed
looked at my
looking at my
sent us home
sent me home
what was wrong
rushed through
rushed out
in a rush
refer me
refer you
specialist*
barely looked
didn't look
didnt look
op
tests done
did tests
cured
healed
got better
feeling better
explained the results
explain the results
went through the results
went through my results
my results
care from
excellent care
great care
brilliant care
fantastic care
amazing care
good care
poor care
terrible care
looked up from
felt like a number
explained why
explained the risks
wrong prescription
prescription wrong
# filling in a form is paperwork, a complaints procedure is not a medical one,
# and a claim for physio is billing
!filling in
!filling out
!complaints procedure
!complaint procedure
!claim* NEAR/3 physio*

# Copays, deductibles, prescription charges, going private.
[commercial/price_value]
copay*
co pay*
deductible*
out of pocket
self pay
afford
premiums
prescription charge*
gone up
going up
goes up
went private
estimate
go private
going private

# Medical bills, insurance claims and what the insurance covers.
[commercial/billing]
medical bill*
claim
claims
explanation of benefits
collections
outstanding balance
balance due
insurance company
insurer*
coverage
cover it
covers it
didn't cover
not covered
wasn't covered
insurance NEAR/4 denied
insurance NEAR/4 refused
# a prescription charge is a fixed price, not a bill
!prescription charge*

# Glasses, lenses, hearing aids.
[product/quality]
glasses
frames
lenses
hearing aid*
whistle*
batteries

# Online and video consultations, repeat prescriptions, opening hours.
[product/features]
telehealth
video appointment*
repeat prescriptions online
opening hours
out of hours
weekend appointment*
evening appointment*
services offered
range of services
online repeat
order repeat
can't book NEAR/3 online
cant book NEAR/3 online
cannot book NEAR/3 online
message the gp
message the surgery
message my gp
message the practice
see your record
online access
video consultation*
nhs app
my records
medical records
online form*
online consultation*

# Registering, forms, portals, the phone system; easy or hard.
[product/ease_of_use]
paperwork
forms
registration
register
registering
patient portal
cannot find
impossible to find
lottery
so difficult
very difficult
really difficult
too difficult
was difficult
is difficult
made it difficult
logging in
logged in
log on
logging on
signing in
online form*
# painless is how a treatment felt, not how easy a process was
!painless
# a simple question is the patient's, and a clinic easy to reach is its location
!simple question*
!easy to park

# Nurses, receptionists and the manner of the people: kind, patient, friendly.
[service/staff]
paramedic*
hca
hcas
front desk
the lady
not helpful
wasn't helpful
very kind
so kind
caring
compassionate
empathetic
sympathetic
couldn't do enough
could not do enough
locum
locums
was helpful
are helpful
been helpful
was patient with
were patient with
were lovely
was lovely
remember my name
knew my name
run off their feet
gentle
# listening to the patient and a rushed consultation are the care itself
!listened
!rushed through

# Waiting rooms, clinics running late, weeks for an appointment, how long it took.
[service/wait_time]
wait times
a wait
the wait
wait of
to wait
week wait
weeks wait
hours wait
minute wait
on time
seen quickly
seen within
straightaway
very fast
so fast
weeks for
months for
took weeks
took months
in minutes
within minutes
took BEFORE/3 months
took BEFORE/3 minutes
within BEFORE/2 days
within BEFORE/2 hours
within BEFORE/2 minutes
within a week
in a week
for BEFORE/2 weeks
weeks of
months of
was quick
were quick
very quick
so quick
for ages
ages for
there ages
for an hour
minutes past
hours in
resolved quickly
processed quickly
answered quickly
gave up after
to be seen
day late
week late
# a waiting room described as a place (clean, grubby, its chairs) is ambience
!waiting room NEAR/8 clean*
!waiting room NEAR/8 dirty
!waiting room NEAR/8 filthy
!waiting room NEAR/8 grubby
!waiting room NEAR/8 spotless
!waiting room NEAR/8 chairs
!waiting room NEAR/8 seats
!waiting room NEAR/8 smell*
!waiting room NEAR/8 toys
!waiting room NEAR/8 privacy

# Getting through on the phone, complaints, the insurer refusing to pay.
[service/support]
phone line*
called the surgery
rang the surgery
called the office
pals
phones
ring and ring
rings and rings
rang and rang
# "no complaints" is praise, not a complaint to the practice
!no real complaints
!nothing to complain about
!can't complain
!cannot complain
# a clinician talking a patient through a treatment is the care, and chasing
# results is about being kept informed
!talked me through
!chas* NEAR/5 results

# Results, reminders, texts, call-backs, being told (or not).
[service/communication]
results
called me back
call me back
rang me back
get back to me
got back to me
getting back to me
in the dark
app said
said it would
no one told us
nobody told us
explaining
a response
any response
get a response
got a response
hear back
heard back
wrong date
wrong time
called me straight
easy to follow
got lost
in touch
not answering
wasn't answering
never answered
no answer
didn't answer
did not answer
without anyone telling
nobody telling
no one telling
text saying
text to say
without asking
explained exactly
ring you back
rings you back
call you back
calls you back
# a password reset or verification email is the portal's mechanics
!reset email*
!verify email*
!verification email*
!password reset

# Years as a patient; changing practice.
[relationship/loyalty]
change practice
changing practice
changed practice
moved practice
another dentist
another practice
been a patient
patient here for
patient for
years as a patient
been coming here
been going here
tell* NEAR/3 friends
changed practices
change practices
changing practices
moved practices
finding a new
switch* dentist*
switch* gp
switch* doctor*
switch* practice*
chang* dentist*
do not go here
don't go here
dont go here
look for a new
# a cancelled appointment is not a cancelled membership
!appointment* NEAR/6 cancel*
!cancelled my appointment
!operation NEAR/4 cancel*
!surgery NEAR/4 cancel*
!procedure NEAR/4 cancel*
!op NEAR/4 cancel*

# Waiting rooms, wards and buildings: clean or grubby, modern or dated, privacy.
[experience/ambience]
waiting room
waiting area
unclean
hygienic
unhygienic
building
calming
privacy
room was
the place was
is clean
clean surgery
clean clinic
clean practice
clean hospital
modern surgery
modern clinic
modern practice
very modern
so modern
# viewing results or records on a portal is not a view from the window
!view my
!to view

# Medicines sent out by post or by an online pharmacy.
[fulfilment/delivery]
my door
# a mother delivering her baby is not a parcel
!delivered my baby
!deliver* NEAR/3 baby
!labour and delivery
!labor and delivery

# Portals, apps and pharmacies that fail.
[product/reliability]
an error
wasn't ready
wasnt ready
not ready
never work
never working
# a broken bone is an injury, not a fault
!broken wrist
!broken arm
!broken leg
!broken ankle
!broken bone*
!broken nose
!broken toe
!broken finger
!broken rib*
!broken hip
!broken tooth
!broke my
# a bug a patient caught is an illness, not a fault
!tummy bug
!stomach bug
!sickness bug
!caught a bug
!picked up a bug

# Display labels of this pack's own themes (the default's come with it):
# what a review shows in place of the name. They change no match and no
# number (lexicons/README.md, "Display labels").

[service/appointments]
@label Appointments

[service/clinical_care]
@label Clinical care
