# Retail & e-commerce: clothing and sizes, electronics and their specs, stores, tills, websites, stock, loyalty schemes
#
# The default lexicon plus the words shoppers use about what they bought and
# where: garments, fabrics, fit and sizes, the parts and specs of consumer
# electronics (battery, screen, sound, bluetooth, charger), stores, tills,
# fitting rooms, web shops and parcels; and two themes of the trade,
# product/availability (in stock, sold out, restocks, sizes left) and
# relationship/rewards (loyalty cards, points, member perks, gift cards).
#
# Use it with `vocal scan --themes builtin:retail`, or start your own
# lexicon with `@include builtin:retail` and add your range's words.

@include ../default.lex

# The thing bought: clothes, shoes, furniture, electronics and their parts.
[product/quality]
fabrics
zippers
lasts about
lasts all day
lasted a
lasted about
sounds great
sounds amazing
fan noise
noisy fan
loud fan
fan is noisy
fan is loud
are comfortable
is comfortable
too firm
too hard
feels plastic
didn't last
doesn't last
colour completely
different colour
different color
powerful
works a treat
stitches
zip
lining
cotton
polyester
denim
too big
fitted well
shrinks
fades
bobbl*
pills after
colour ran
color ran
washes well
after one wash
after washing
after a few washes
holes
hole in
tore
threadbare
see through
soft
looks great
looks good
lightweight
screen
brightness
audio
charger
charges fast
charges quickly
charging time
heats up
overheat*
processor
lens
sharp
blurry
grainy
crisp
vibrant
works great
works well
works fine
great item
lovely item
great purchase
good purchase
best purchase
happy with my purchase
pleased with my purchase
exactly what i wanted
exactly what i needed
does the job
bluetooth NEAR/2 great
bluetooth NEAR/2 good
bluetooth NEAR/2 excellent
bluetooth NEAR/2 poor
bluetooth NEAR/2 rubbish
bluetooth range
picture NEAR/2 quality
picture NEAR/2 crisp
picture NEAR/2 sharp
picture NEAR/2 blurry
# a flickering or frozen screen is a fault (reliability), not the build
!screen flicker*
!screen froze
!screen freezes
!screen went black
!screen stopped working
too heavy
very heavy
quite heavy
so heavy
really heavy
heavy duty
sole came off
sole fell off
sole has split
sole split
high resolution
low resolution

[product/features]
# setting something up is ease of use, not a setting
!setting up
!setting it up
!setting things up
only comes in
with android
with iphone
with ios
with mac
with windows
colourways
wishlist
wish list
gift wrap*
personalis*
personaliz*
engraving
waterproof
water resistant
wireless
ports
remote control
alexa
modes
timer
accessories
attachments
more colours
more colors
other colours
other colors
range of colours
range of colors
memory card
# loyalty points are the rewards scheme and limited stock is availability in this pack
!loyalty point*
!points system
!limited stock
!limited sizes
work with my
works with my
does not work with
didn't work with
won't work with
wont work with

[product/ease_of_use]
put together
signposted

[service/staff]
sales girl
the assistant
one person working
store associate*
associates
assistants
security guard*
the lady
the guy
young man
young lady
the girl
the woman
the man
served me
serving me

[service/wait_time]
one register
registers open
checkout lane*
took months
took a month
ready in
faster than expected
faster than i expected
quicker than expected
in 2 days
in 3 days
within 2 days
one till
tills open
checkout took
queuing
took weeks
weeks to arrive
days to arrive
weeks for
days for
# a return window, a drive to the store and a wait for stock are not service waits
!within the 30 days
!within 30 days
!within the 14 days
!within 14 days
!within the 28 days
!within 28 days
# a bare number of minutes is as often a battery, a setup or a sell-out as a wait
minutes at the till
minutes at the tills
minutes at the checkout
minutes to get served
minutes to be served
minutes to pay
!drove BEFORE/3 min
!drove BEFORE/3 mins
!drove BEFORE/3 minute
!drove BEFORE/3 minutes
!drive BEFORE/3 min
!drive BEFORE/3 mins
!drive BEFORE/3 minute
!drive BEFORE/3 minutes
!driven BEFORE/3 min
!driven BEFORE/3 mins
!driven BEFORE/3 minute
!driven BEFORE/3 minutes
!waiting NEAR/4 restock*
!waiting NEAR/4 back in stock
# pairing that connects straight away, working out a remote or earning points is not a wait for service
!pair* NEAR/4 straight away
!connect* NEAR/4 straight away
!to work out how
!to figure out how
!ages to find
!forever to find
!forever to earn
!ages to earn
!setup took
!set up took
# money taken, or a store or courier some minutes away, is not a wait
!took money
!took the money
!took my money
!took payment

[fulfilment/delivery]
# stock on the shelf is availability, not a parcel
!out of stock
to a neighbour
to my neighbour
to a neighbor
to my neighbor
arrived dented
arrived scratched
arrived chipped
left it at
it arrived
arrived quickly
arrived promptly
arrived today
arrived yesterday
arrived after
item arrived
items arrived
order came
came quickly
box arrived
postwoman
yodel
amazon locker
safe place
pick up point
click & collect
reserve and collect
order status
ups driver*
via ups
by ups
with ups
left at the door
left at my door
left at the front
left at the back
left at reception
# a watch that tracks sleep or steps is a feature, not a parcel's tracking
!sleep tracking
!fitness tracking
!activity tracking
!step tracking
!heart rate tracking
!tracking my
left next door
left with next door
given to next door
taken in next door

[commercial/billing]
# a charging cable is not a charge on the account
!charging cable*
!charging port
!charging case
!wireless charging
!fast charging
!charging speed
!stopped charging
!not charging
!charging time
!charging station
!charging dock
!returns calls
!returns my calls
!returns emails
!returns my emails
the return
my return
return was
returning an
returning the
returning items
return the
return process
return window
return an
refused to return
klarna
clearpay
afterpay
checkout failed
# the page where a website takes payment is the website
!payment page
# a device that will not charge or hold a charge is a fault, not a charge on the account
!won't even charge
!wont even charge
!doesn't charge
!doesnt charge
!hold a charge
!holds a charge
!holds its charge
card declined
card was declined
card got declined
declined my card
card keeps getting declined
card kept getting declined
# returning a call or a favour is not a return of goods
!return the call
!return my call*
!return the favour
!return the favor

[commercial/price_value]
# reward vouchers and coupons in a loyalty app belong to the scheme
!gift voucher*
!reward voucher*
!rewards voucher*
!birthday voucher*
!digital coupon*
!cheap tat
# cheap as a verdict on the build, not the price
!cheap material
!cheap fabric
!cheap looking
!cheap feeling
clearance
mark down
markdown
rrp
percent off
well spent
good buy
great buy
multibuy
delivery charge
reduced items
reduced section
was reduced
# a shopper watched as if to steal something is not a bargain
!steal something
!going to steal

[service/communication]
pictures online
than the photos
than the pictures
size chart
website showed
app showed
showed as
showing as
no one tells
not updated
descriptions
not as pictured
as shown
looks nothing like
the website said
app said
order confirmation
shipping confirmation
tracking information
no tracking
tracking number

[relationship/loyalty]
# a loyalty card is a rewards scheme, and noise cancelling is not cancelling
!loyalty app
!loyalty card*
!loyalty scheme*
!loyalty point*
!loyalty program*
!noise cancel*
!back in stock
!cancel* NEAR/2 order*
!switch on
!switch it on
!switched on
!switch off
!switch it off
!switches on
always come here
always go here
come here for
last time i buy
last time i shop
shop with you
shopping with you
shop with them
shopping with them
shop there
shopping there
shop here
shopping here
order from again
ordering from here
buy from
buying from
buy here
purchase again
purchase from
first and last
favourite shop
favorite shop
favourite store
favorite store
go to store
customer for years
years shopping

[experience/ambience]
!noisy fan
!fan is noisy
!fan noise
!fan is loud
is clean
not clean
changing room*
fitting room*
aisle
disorganised
disorganized
well laid out
well lit
chaotic
trolley*
store was a mess
shop was a mess
store is a mess
shop is a mess
shop layout
layout of the store
layout of the shop
well organised
well organized

[product/availability]
stocks
sell out
sells out
selling out
replenish*
gaps on the shel*
nowhere to be found
rain check
raincheck
never have anything
half empty
shelves NEAR/3 empty
left in my size
only one left
never have any
never have my size
never have it
in my size
only go up
none left
cleared out
have none
had none
none in
sold out
stock
stocked
restock*
understocked
overstocked
shelves were empty
empty shelves
nothing on the shelves
bare shelves
unavailable
availability
limited sizes
limited range
didn't have my size
did not have my size
don't have my size
no sizes
sizes left
out of my size
sold out of
discontinued
no longer sell
no longer carry
in store only
online only
pre order
preorder
backorder*
back order*
waiting list
notify me
find it in store
# a stock photo is not stock on the shelf
!stock photo*
!stock image*
not available
isn't available
wasn't available
weren't available
no longer available
available in store
available online
available in my size
available in other
available in more
marked as available
showing as available
listed as available

[relationship/rewards]
digital coupon*
personalised offers
personalized offers
member offers
app offers
stamps
punch card
coffee card
member only
members get
for members
members only
member's
points
member price*
member discount*
premium member*
as a member
store card
loyalty card*
loyalty scheme*
loyalty program*
loyalty app
membership
perks
gift card*
giftcard*
gift voucher*
gift certificate*
e-gift
clubcard
club card
nectar
boots advantage
advantage card
cashback
cash back
birthday discount
birthday treat
stamp card
redeem*
vip
exclusive offers
reward
rewards
rewarded
tier status
gold tier
silver tier
top tier member*

[service/support]
# a screen's resolution is not a resolved complaint
!screen resolution
!high resolution
!low resolution
!resolution is
!4k resolution
!can't complain
!cant complain
!cannot complain
webchat
chase them
repair

[product/reliability]
!was freezing
!freezing cold
!freezing in
leak*
playing up
doesn't charge
doesn't switch on
won't power on
unexpected item

# Display labels of this pack's own themes (the default's come with it):
# what a review shows in place of the name. They change no match and no
# number (lexicons/README.md, "Display labels").

[product/availability]
@label Stock & availability

[relationship/rewards]
@label Loyalty rewards
