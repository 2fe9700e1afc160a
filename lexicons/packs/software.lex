# Software, SaaS & apps: releases, logins, dashboards, plans, speed, integrations
#
# The default lexicon plus the words users of software, SaaS products and
# mobile apps use: apps, dashboards, releases and updates, logins, plans and
# seats, the people of a vendor (account managers, developers); and two
# themes of the trade, product/performance (speed, lag, loading times,
# battery and memory use) and product/integrations (other tools, the API,
# sync, import and export, connectors, single sign-on).
#
# Use it with `vocal scan --themes builtin:software`, or start your own
# lexicon with `@include builtin:software` and add your product's words.

@include ../default.lex

[product/quality]
looks dated
feels dated
well thought out
half baked
unfinished
amateur*
beautifully designed
ugly
looks old
gorgeous
looks great

# the product as a whole next to a verdict on it
app NEAR/2 great
app NEAR/2 best
app NEAR/2 love
app NEAR/2 excellent
app NEAR/2 amaz*
app NEAR/2 brilliant
app NEAR/2 fantastic
app NEAR/2 solid
app NEAR/2 good
app NEAR/2 awful
app NEAR/2 terrible
app NEAR/2 useless
app NEAR/2 rubbish
app NEAR/2 worst
app NEAR/2 gorgeous
app NEAR/2 beautiful
app NEAR/2 polished
app NEAR/2 clunky
tool NEAR/2 great
tool NEAR/2 best
tool NEAR/2 love
tool NEAR/2 excellent
tool NEAR/2 amaz*
tool NEAR/2 brilliant
tool NEAR/2 fantastic
tool NEAR/2 solid
tool NEAR/2 good
tool NEAR/2 awful
tool NEAR/2 terrible
tool NEAR/2 useless
tool NEAR/2 rubbish
tool NEAR/2 worst
tool NEAR/2 gorgeous
tool NEAR/2 beautiful
tool NEAR/2 polished
tool NEAR/2 clunky
product NEAR/2 great
product NEAR/2 best
product NEAR/2 love
product NEAR/2 excellent
product NEAR/2 amaz*
product NEAR/2 brilliant
product NEAR/2 fantastic
product NEAR/2 solid
product NEAR/2 good
product NEAR/2 awful
product NEAR/2 terrible
product NEAR/2 useless
product NEAR/2 rubbish
product NEAR/2 worst
product NEAR/2 gorgeous
product NEAR/2 beautiful
product NEAR/2 polished
product NEAR/2 clunky
software NEAR/2 great
software NEAR/2 best
software NEAR/2 love
software NEAR/2 excellent
software NEAR/2 amaz*
software NEAR/2 brilliant
software NEAR/2 fantastic
software NEAR/2 solid
software NEAR/2 good
software NEAR/2 awful
software NEAR/2 terrible
software NEAR/2 useless
software NEAR/2 rubbish
software NEAR/2 worst
software NEAR/2 gorgeous
software NEAR/2 beautiful
software NEAR/2 polished
software NEAR/2 clunky
platform NEAR/2 great
platform NEAR/2 best
platform NEAR/2 love
platform NEAR/2 excellent
platform NEAR/2 amaz*
platform NEAR/2 brilliant
platform NEAR/2 fantastic
platform NEAR/2 solid
platform NEAR/2 good
platform NEAR/2 awful
platform NEAR/2 terrible
platform NEAR/2 useless
platform NEAR/2 rubbish
platform NEAR/2 worst
platform NEAR/2 gorgeous
platform NEAR/2 beautiful
platform NEAR/2 polished
platform NEAR/2 clunky
# an app that drains the battery or a cold start is performance, not the build of a device
!drains* NEAR/3 battery
!draining NEAR/3 battery
!battery drain*
!battery usage
!battery use
!cold start*
!battery life NEAR/8 app

[product/features]
# setting something up is ease of use, not a setting
!setting up
!setting it up
!setting things up
# an integration, a sync or an export is product/integrations in this pack
!integrat*
!sync*
!export*
!connector*
would be good if
editor
embed*
kanban
views
reporting
template*
workflow
workflows
bulk edit*
bulk action*
tags
missing
would love
used to be able
roadmap
permissions
roles
multi user
collaborat*
reminders
!import
!imports
!imported
!importing
# a settings page that is hard to find is ease of use, and the cheapest option is a price
!find the settings
!in settings
!in the settings
!settings menu
!cheapest option
!cheaper option
love to be able to
like to be able to
nice to be able to
good to be able to
automation*
automate
removed the ability
search filter*
advanced search
better search
search by
notifications
# data that goes missing is a fault, not a missing feature
!missing data
!data missing
!data is missing
!went missing
!gone missing
!missing files
!files missing

[product/reliability]
never goes down
never down
servers
server issues
cannot log in
couldn't login
truncat*
disappears
disappeared
fail
401
401s
403
403s
500 error*
cannot connect
does not load
didn't load
doesn't open
won't launch
force close*
keeps closing
closes itself
kicked out
signs me out
corrupt*
service down
is down
was down
goes down
blank screen
white screen
black screen
stuck on
stuck at
not loading
not syncing
patch
patched
hotfix
regression*
duplicate entries
duplicated entries
duplicate records
duplicated my
duplicates my
deleted my data
deleted my files
deleted my work
deleted my notes
!stuck on hold
keeps duplicating
duplicating events
# a feature that goes down well and a rough patch are not outages
!goes down well
!rough patch
!bad patch

[product/ease_of_use]
!can't log in
!couldn't log in
!cannot log in
!unable to log in
!can't login
!couldn't login
!cant log in
!couldnt log in
!login fails
!login failed
clutter
get started
learn to use
onboarding
ui
ux
layout
menus
buried
hard to figure out
simplicity
docs
documentation
knowledge base
walkthrough
guides
cannot find
painful to use
painful to set up
figured out how
figure out where

[service/staff]
trainer
implementation team
support guy
support person
support lady
support agent*
the guy
the lady
from a script
scripted
customer success
csm
onboarding specialist
dev team
sales team
the developers
the developer
the devs
developers are
!chef's kiss

[service/support]
!can't complain
!cant complain
answered my
answered quickly
answered in
help docs
unhelpful
replied
!jira NEAR/3 ticket*

[service/wait_time]
take years
takes years
take months
takes months
ticket open for
open for days
open for weeks
took nearly
took a month
minutes to arrive
days with no
days to respond
days to reply
weeks to respond
took days
took weeks
took hours
within minutes
within hours
# how long the app takes to load, sync or learn is performance or ease of use, not a wait for service
!to load
!to render
!to sync
!sync* NEAR/4 takes
!to start up
!cold start*
!second delay
!seconds delay
!input delay
!minutes to set up
!minutes to setup
!minutes to learn
!ages to find
!forever to find
!ages to figure out
!ages to work out
!waiting on render*
!setup took
# money taken for the next month is billing, not a wait
!took money
!took the money
!took my money
!took payment
!crash* NEAR/3 within
!battery NEAR/4 within
!slow to open
!ages to open
!forever to open
!seconds to open
!minutes to open

[commercial/price_value]
free version
subscription cost*
subscription fee*
per user
per seat
per month
per year
paywall*
pay wall
in-app purchase*
upsell
upsells
upselling
licen*
paying for
premium
freemium

[commercial/billing]
!returns calls
!returns my calls
!returns emails
!returns my emails
card details
update my card
trial ended
card on file
prorat*
pro rata
downgrade*
card declined
card got declined
card was declined

[service/communication]
# a product's notifications are a feature, not being kept informed
!notifications are
!notification settings
!push notification*
!turn off notifications
!turn off the notifications
!notification NEAR/3 turn off
!notifications NEAR/3 turn off
spammed
spamming
spammy
without any notice
week notice
documented
couldn't tell
couldnt tell
change log
roadmap
# an app that crashes, closes or logs out without warning is a fault, not news withheld
!crash* NEAR/3 warning
!clos* NEAR/3 warning
!shut* NEAR/3 warning
!restart* NEAR/3 warning
!logged me out NEAR/3 warning
!logs me out NEAR/3 warning

[relationship/loyalty]
# a trial or a tab is not the account
!cancel* NEAR/2 trial
!switch tabs
!switch between
!switching between
!renewal price*
!switch on
!switch it on
!switched on
!switch off
!switch it off
an alternative
better alternative*
cheaper alternative*
find an alternative
no regrets
moved the whole
delete the app
deleted it
since day one
keep using
will keep using
subscribe again
resubscrib*
moving away
could not live without
been using it since
been using this since
been using BEFORE/4 years
using it for years
using it for over

[product/performance]
drains
draining
overheat*
gets hot
heats up
snappier
jank*
choppy
stutter
stutters
stuttering
stuttered
stuttery
search takes
takes forever to return
to generate
to render
rendering
renders
api response*
response times
to start up
start up time
startup time
takes ages to start
takes forever to start
responsive app
app is responsive
ui is responsive
app is quick
quick app
app is unresponsive
becomes unresponsive
unresponsive app
resource heavy
resource usage
takes forever to load
takes ages to load
takes forever to open
takes ages to open
to load
latency
slow*
sluggish
laggy
lag
lags
lagging
loading
snappy
speed
speedy
fast
faster
lightning
blazing
performance
performant
optimi*
battery
memory
ram
cpu
hog
hogs
hogging
hogged
bloat*
spinning
spinner
seconds
near instant
almost instant
loads instantly
opens instantly
instant load*
# how fast support replies is a wait or support, not the product's speed
!fast response*
!fast reply
!fast replies
!replied fast
!responded fast
!fast support
!fast to respond
!fast to reply
!fixed fast
!speedy response*
!speedy reply
!speedy resolution
!slow to respond
!slow to reply
!slow to get back
!slow support
!support is slow
!support was slow
!slow reply
!slow replies
!slow customer service
!replied in seconds
!replied within seconds
!muscle memory
!support NEAR/3 response time*
!speed of support
!speed of response

[product/integrations]
chrome extension
browser extension
sign in with google
log in with google
login with google
sign in with microsoft
sign in with apple
hr system
accounting software
ms teams
from teams
into teams
integrat*
api
apis
webhook*
zapier
slack
salesforce
hubspot
google drive
google calendar
google sheets
gmail
outlook
office 365
microsoft 365
jira
github
gitlab
shopify
quickbooks
xero
stripe
dropbox
onedrive
mailchimp
connector*
plugin
plugins
sso
single sign on
saml
okta
azure ad
sync*
export*
csv
excel
third party
other tools
tools we use
talks to our
talk to each other
doesn't talk to
our crm
my crm
your crm
our erp
import
imports
imported
importing
!excel at
!some slack
!pick up the slack
!picking up the slack
connect it to
connect to our
connects to our
connects seamlessly

[fulfilment/delivery]
# in software a feature ships, a reset email never arrives and an app tracks runs: none is a parcel
!hasn't shipped
!hasnt shipped
!not shipped
!finally shipped
!feature* NEAR/5 shipped
!email* NEAR/3 never arrived
!code* NEAR/3 never arrived
!tracking my
!time tracking
!sleep tracking
!habit tracking
!expense tracking
!tracking app

[experience/ambience]
# a board or list view is a screen of the product, not a place
!kanban view
!list view
!calendar view
!board view
!grid view
!pipeline view
!timeline view

# Display labels of this pack's own themes (the default's come with it):
# what a review shows in place of the name. They change no match and no
# number (lexicons/README.md, "Display labels").

[product/performance]
@label Speed & performance

[product/integrations]
@label Integrations
