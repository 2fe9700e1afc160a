# Restaurants & hospitality: dishes, drinks, hotel rooms, reservations, dietary needs
#
# The default lexicon plus the words guests use in restaurant, café, bar and
# hotel reviews: dishes, ingredients and drinks judge the food and drink
# (product/quality), hotel rooms and beds, table service and the people who
# give it, and two themes of the trade, service/reservations (bookings, being
# seated, walk-ins, hotel check-in) and product/dietary (allergies,
# vegan, vegetarian, gluten-free, halal options).
#
# Use it with `vocal scan --themes builtin:restaurant`, or start your own
# lexicon with `@include builtin:restaurant` and add your menu's words.

@include ../default.lex

# How the food, the drinks and the hotel bed were: words that only ever
# judge them ("overcooked", "juicy", "comfy bed"), then dishes next to a
# verdict. A dish named alone does not count: "waited an hour for our mains"
# is a wait, "no vegetarian mains" a dietary need.
[product/quality]
a revelation
still warm
corked
dish* NEAR/3 okay
cooked exactly
cooked just right
cooked right
cooked well
badly cooked
poorly cooked
not cooked
cooked through
watered down
inventive
creative
hair in
a hair
crazy good
well cooked
underdone
raw in the middle
oversalted
spicy
seasoned
unseasoned
mouth watering
mouthwatering
moreish
microwaved
reheated
from frozen
beautifully presented
well presented
gone off
ill afterwards
sick afterwards
huge plates
small plates
hearty
beds
comfortable bed
pillows
pillow
bedding
sheets
linen
towels
shower
water pressure
hot water
air conditioning
aircon
heating

# A dish or a drink next to a verdict on it: "the
# risotto was superb", "best pizza in town".
dish* NEAR/3 good
dish* NEAR/3 great
dish* NEAR/3 amaz*
dish* NEAR/3 excellent
dish* NEAR/3 best
dish* NEAR/3 lovely
dish* NEAR/3 nice
dish* NEAR/3 perfect*
dish* NEAR/3 awful
dish* NEAR/3 terrible
dish* NEAR/3 horrible
dish* NEAR/3 bad
dish* NEAR/3 worst
dish* NEAR/3 disappoint*
dish* NEAR/3 fantastic
dish* NEAR/3 incredibl*
dish* NEAR/3 superb
dish* NEAR/3 average
dish* NEAR/3 mediocre
dish* NEAR/3 decent
dish* NEAR/3 cold
dish* NEAR/3 hot
dish* NEAR/3 ok
dish* NEAR/3 rubbish
drinks NEAR/3 good
drinks NEAR/3 great
drinks NEAR/3 amaz*
drinks NEAR/3 excellent
drinks NEAR/3 best
drinks NEAR/3 lovely
drinks NEAR/3 nice
drinks NEAR/3 perfect*
drinks NEAR/3 awful
drinks NEAR/3 terrible
drinks NEAR/3 horrible
drinks NEAR/3 bad
drinks NEAR/3 worst
drinks NEAR/3 disappoint*
drinks NEAR/3 fantastic
drinks NEAR/3 incredibl*
drinks NEAR/3 superb
drinks NEAR/3 average
drinks NEAR/3 mediocre
drinks NEAR/3 decent
drinks NEAR/3 cold
drinks NEAR/3 hot
drinks NEAR/3 ok
drinks NEAR/3 rubbish
brunch NEAR/3 good
brunch NEAR/3 great
brunch NEAR/3 amaz*
brunch NEAR/3 excellent
brunch NEAR/3 best
brunch NEAR/3 lovely
brunch NEAR/3 nice
brunch NEAR/3 perfect*
brunch NEAR/3 awful
brunch NEAR/3 terrible
brunch NEAR/3 horrible
brunch NEAR/3 bad
brunch NEAR/3 worst
brunch NEAR/3 disappoint*
brunch NEAR/3 fantastic
brunch NEAR/3 incredibl*
brunch NEAR/3 superb
brunch NEAR/3 average
brunch NEAR/3 mediocre
brunch NEAR/3 decent
brunch NEAR/3 cold
brunch NEAR/3 hot
brunch NEAR/3 ok
brunch NEAR/3 rubbish
starter NEAR/3 good
starters NEAR/3 good
starter NEAR/3 great
starters NEAR/3 great
starter NEAR/3 amaz*
starters NEAR/3 amaz*
starter NEAR/3 excellent
starters NEAR/3 excellent
starter NEAR/3 best
starters NEAR/3 best
starter NEAR/3 lovely
starters NEAR/3 lovely
starter NEAR/3 nice
starters NEAR/3 nice
starter NEAR/3 perfect*
starters NEAR/3 perfect*
starter NEAR/3 awful
starters NEAR/3 awful
starter NEAR/3 terrible
starters NEAR/3 terrible
starter NEAR/3 horrible
starters NEAR/3 horrible
starter NEAR/3 bad
starters NEAR/3 bad
starter NEAR/3 worst
starters NEAR/3 worst
starter NEAR/3 disappoint*
starters NEAR/3 disappoint*
starter NEAR/3 fantastic
starters NEAR/3 fantastic
starter NEAR/3 incredibl*
starters NEAR/3 incredibl*
starter NEAR/3 superb
starters NEAR/3 superb
starter NEAR/3 average
starters NEAR/3 average
starter NEAR/3 mediocre
starters NEAR/3 mediocre
starter NEAR/3 decent
starters NEAR/3 decent
starter NEAR/3 cold
starters NEAR/3 cold
starter NEAR/3 hot
starters NEAR/3 hot
starter NEAR/3 ok
starters NEAR/3 ok
starter NEAR/3 rubbish
starters NEAR/3 rubbish
mains NEAR/3 good
mains NEAR/3 great
mains NEAR/3 amaz*
mains NEAR/3 excellent
mains NEAR/3 best
mains NEAR/3 lovely
mains NEAR/3 nice
mains NEAR/3 perfect*
mains NEAR/3 awful
mains NEAR/3 terrible
mains NEAR/3 horrible
mains NEAR/3 bad
mains NEAR/3 worst
mains NEAR/3 disappoint*
mains NEAR/3 fantastic
mains NEAR/3 incredibl*
mains NEAR/3 superb
mains NEAR/3 average
mains NEAR/3 mediocre
mains NEAR/3 decent
mains NEAR/3 cold
mains NEAR/3 hot
mains NEAR/3 ok
mains NEAR/3 rubbish
main course NEAR/3 good
main course NEAR/3 great
main course NEAR/3 amaz*
main course NEAR/3 excellent
main course NEAR/3 best
main course NEAR/3 lovely
main course NEAR/3 nice
main course NEAR/3 perfect*
main course NEAR/3 awful
main course NEAR/3 terrible
main course NEAR/3 horrible
main course NEAR/3 bad
main course NEAR/3 worst
main course NEAR/3 disappoint*
main course NEAR/3 fantastic
main course NEAR/3 incredibl*
main course NEAR/3 superb
main course NEAR/3 average
main course NEAR/3 mediocre
main course NEAR/3 decent
main course NEAR/3 cold
main course NEAR/3 hot
main course NEAR/3 ok
main course NEAR/3 rubbish
dessert* NEAR/3 good
dessert* NEAR/3 great
dessert* NEAR/3 amaz*
dessert* NEAR/3 excellent
dessert* NEAR/3 best
dessert* NEAR/3 lovely
dessert* NEAR/3 nice
dessert* NEAR/3 perfect*
dessert* NEAR/3 awful
dessert* NEAR/3 terrible
dessert* NEAR/3 horrible
dessert* NEAR/3 bad
dessert* NEAR/3 worst
dessert* NEAR/3 disappoint*
dessert* NEAR/3 fantastic
dessert* NEAR/3 incredibl*
dessert* NEAR/3 superb
dessert* NEAR/3 average
dessert* NEAR/3 mediocre
dessert* NEAR/3 decent
dessert* NEAR/3 cold
dessert* NEAR/3 hot
dessert* NEAR/3 ok
dessert* NEAR/3 rubbish
pizza* NEAR/3 good
pizza* NEAR/3 great
pizza* NEAR/3 amaz*
pizza* NEAR/3 excellent
pizza* NEAR/3 best
pizza* NEAR/3 lovely
pizza* NEAR/3 nice
pizza* NEAR/3 perfect*
pizza* NEAR/3 awful
pizza* NEAR/3 terrible
pizza* NEAR/3 horrible
pizza* NEAR/3 bad
pizza* NEAR/3 worst
pizza* NEAR/3 disappoint*
pizza* NEAR/3 fantastic
pizza* NEAR/3 incredibl*
pizza* NEAR/3 superb
pizza* NEAR/3 average
pizza* NEAR/3 mediocre
pizza* NEAR/3 decent
pizza* NEAR/3 cold
pizza* NEAR/3 hot
pizza* NEAR/3 ok
pizza* NEAR/3 rubbish
burger* NEAR/3 good
burger* NEAR/3 great
burger* NEAR/3 amaz*
burger* NEAR/3 excellent
burger* NEAR/3 best
burger* NEAR/3 lovely
burger* NEAR/3 nice
burger* NEAR/3 perfect*
burger* NEAR/3 awful
burger* NEAR/3 terrible
burger* NEAR/3 horrible
burger* NEAR/3 bad
burger* NEAR/3 worst
burger* NEAR/3 disappoint*
burger* NEAR/3 fantastic
burger* NEAR/3 incredibl*
burger* NEAR/3 superb
burger* NEAR/3 average
burger* NEAR/3 mediocre
burger* NEAR/3 decent
burger* NEAR/3 cold
burger* NEAR/3 hot
burger* NEAR/3 ok
burger* NEAR/3 rubbish
steak NEAR/3 good
steaks NEAR/3 good
steak NEAR/3 great
steaks NEAR/3 great
steak NEAR/3 amaz*
steaks NEAR/3 amaz*
steak NEAR/3 excellent
steaks NEAR/3 excellent
steak NEAR/3 best
steaks NEAR/3 best
steak NEAR/3 lovely
steaks NEAR/3 lovely
steak NEAR/3 nice
steaks NEAR/3 nice
steak NEAR/3 perfect*
steaks NEAR/3 perfect*
steak NEAR/3 awful
steaks NEAR/3 awful
steak NEAR/3 terrible
steaks NEAR/3 terrible
steak NEAR/3 horrible
steaks NEAR/3 horrible
steak NEAR/3 bad
steaks NEAR/3 bad
steak NEAR/3 worst
steaks NEAR/3 worst
steak NEAR/3 disappoint*
steaks NEAR/3 disappoint*
steak NEAR/3 fantastic
steaks NEAR/3 fantastic
steak NEAR/3 incredibl*
steaks NEAR/3 incredibl*
steak NEAR/3 superb
steaks NEAR/3 superb
steak NEAR/3 average
steaks NEAR/3 average
steak NEAR/3 mediocre
steaks NEAR/3 mediocre
steak NEAR/3 decent
steaks NEAR/3 decent
steak NEAR/3 cold
steaks NEAR/3 cold
steak NEAR/3 hot
steaks NEAR/3 hot
steak NEAR/3 ok
steaks NEAR/3 ok
steak NEAR/3 rubbish
steaks NEAR/3 rubbish
pasta NEAR/3 good
pasta NEAR/3 great
pasta NEAR/3 amaz*
pasta NEAR/3 excellent
pasta NEAR/3 best
pasta NEAR/3 lovely
pasta NEAR/3 nice
pasta NEAR/3 perfect*
pasta NEAR/3 awful
pasta NEAR/3 terrible
pasta NEAR/3 horrible
pasta NEAR/3 bad
pasta NEAR/3 worst
pasta NEAR/3 disappoint*
pasta NEAR/3 fantastic
pasta NEAR/3 incredibl*
pasta NEAR/3 superb
pasta NEAR/3 average
pasta NEAR/3 mediocre
pasta NEAR/3 decent
pasta NEAR/3 cold
pasta NEAR/3 hot
pasta NEAR/3 ok
pasta NEAR/3 rubbish
curry NEAR/3 good
curry NEAR/3 great
curry NEAR/3 amaz*
curry NEAR/3 excellent
curry NEAR/3 best
curry NEAR/3 lovely
curry NEAR/3 nice
curry NEAR/3 perfect*
curry NEAR/3 awful
curry NEAR/3 terrible
curry NEAR/3 horrible
curry NEAR/3 bad
curry NEAR/3 worst
curry NEAR/3 disappoint*
curry NEAR/3 fantastic
curry NEAR/3 incredibl*
curry NEAR/3 superb
curry NEAR/3 average
curry NEAR/3 mediocre
curry NEAR/3 decent
curry NEAR/3 cold
curry NEAR/3 hot
curry NEAR/3 ok
curry NEAR/3 rubbish
sushi NEAR/3 good
sushi NEAR/3 great
sushi NEAR/3 amaz*
sushi NEAR/3 excellent
sushi NEAR/3 best
sushi NEAR/3 lovely
sushi NEAR/3 nice
sushi NEAR/3 perfect*
sushi NEAR/3 awful
sushi NEAR/3 terrible
sushi NEAR/3 horrible
sushi NEAR/3 bad
sushi NEAR/3 worst
sushi NEAR/3 disappoint*
sushi NEAR/3 fantastic
sushi NEAR/3 incredibl*
sushi NEAR/3 superb
sushi NEAR/3 average
sushi NEAR/3 mediocre
sushi NEAR/3 decent
sushi NEAR/3 cold
sushi NEAR/3 hot
sushi NEAR/3 ok
sushi NEAR/3 rubbish
noodle NEAR/3 good
noodles NEAR/3 good
noodle NEAR/3 great
noodles NEAR/3 great
noodle NEAR/3 amaz*
noodles NEAR/3 amaz*
noodle NEAR/3 excellent
noodles NEAR/3 excellent
noodle NEAR/3 best
noodles NEAR/3 best
noodle NEAR/3 lovely
noodles NEAR/3 lovely
noodle NEAR/3 nice
noodles NEAR/3 nice
noodle NEAR/3 perfect*
noodles NEAR/3 perfect*
noodle NEAR/3 awful
noodles NEAR/3 awful
noodle NEAR/3 terrible
noodles NEAR/3 terrible
noodle NEAR/3 horrible
noodles NEAR/3 horrible
noodle NEAR/3 bad
noodles NEAR/3 bad
noodle NEAR/3 worst
noodles NEAR/3 worst
noodle NEAR/3 disappoint*
noodles NEAR/3 disappoint*
noodle NEAR/3 fantastic
noodles NEAR/3 fantastic
noodle NEAR/3 incredibl*
noodles NEAR/3 incredibl*
noodle NEAR/3 superb
noodles NEAR/3 superb
noodle NEAR/3 average
noodles NEAR/3 average
noodle NEAR/3 mediocre
noodles NEAR/3 mediocre
noodle NEAR/3 decent
noodles NEAR/3 decent
noodle NEAR/3 cold
noodles NEAR/3 cold
noodle NEAR/3 hot
noodles NEAR/3 hot
noodle NEAR/3 ok
noodles NEAR/3 ok
noodle NEAR/3 rubbish
noodles NEAR/3 rubbish
chicken NEAR/3 good
chicken NEAR/3 great
chicken NEAR/3 amaz*
chicken NEAR/3 excellent
chicken NEAR/3 best
chicken NEAR/3 lovely
chicken NEAR/3 nice
chicken NEAR/3 perfect*
chicken NEAR/3 awful
chicken NEAR/3 terrible
chicken NEAR/3 horrible
chicken NEAR/3 bad
chicken NEAR/3 worst
chicken NEAR/3 disappoint*
chicken NEAR/3 fantastic
chicken NEAR/3 incredibl*
chicken NEAR/3 superb
chicken NEAR/3 average
chicken NEAR/3 mediocre
chicken NEAR/3 decent
chicken NEAR/3 cold
chicken NEAR/3 hot
chicken NEAR/3 ok
chicken NEAR/3 rubbish
fish NEAR/3 good
fish NEAR/3 great
fish NEAR/3 amaz*
fish NEAR/3 excellent
fish NEAR/3 best
fish NEAR/3 lovely
fish NEAR/3 nice
fish NEAR/3 perfect*
fish NEAR/3 awful
fish NEAR/3 terrible
fish NEAR/3 horrible
fish NEAR/3 bad
fish NEAR/3 worst
fish NEAR/3 disappoint*
fish NEAR/3 fantastic
fish NEAR/3 incredibl*
fish NEAR/3 superb
fish NEAR/3 average
fish NEAR/3 mediocre
fish NEAR/3 decent
fish NEAR/3 cold
fish NEAR/3 hot
fish NEAR/3 ok
fish NEAR/3 rubbish
seafood NEAR/3 good
seafood NEAR/3 great
seafood NEAR/3 amaz*
seafood NEAR/3 excellent
seafood NEAR/3 best
seafood NEAR/3 lovely
seafood NEAR/3 nice
seafood NEAR/3 perfect*
seafood NEAR/3 awful
seafood NEAR/3 terrible
seafood NEAR/3 horrible
seafood NEAR/3 bad
seafood NEAR/3 worst
seafood NEAR/3 disappoint*
seafood NEAR/3 fantastic
seafood NEAR/3 incredibl*
seafood NEAR/3 superb
seafood NEAR/3 average
seafood NEAR/3 mediocre
seafood NEAR/3 decent
seafood NEAR/3 cold
seafood NEAR/3 hot
seafood NEAR/3 ok
seafood NEAR/3 rubbish
salad* NEAR/3 good
salad* NEAR/3 great
salad* NEAR/3 amaz*
salad* NEAR/3 excellent
salad* NEAR/3 best
salad* NEAR/3 lovely
salad* NEAR/3 nice
salad* NEAR/3 perfect*
salad* NEAR/3 awful
salad* NEAR/3 terrible
salad* NEAR/3 horrible
salad* NEAR/3 bad
salad* NEAR/3 worst
salad* NEAR/3 disappoint*
salad* NEAR/3 fantastic
salad* NEAR/3 incredibl*
salad* NEAR/3 superb
salad* NEAR/3 average
salad* NEAR/3 mediocre
salad* NEAR/3 decent
salad* NEAR/3 cold
salad* NEAR/3 hot
salad* NEAR/3 ok
salad* NEAR/3 rubbish
soup* NEAR/3 good
soup* NEAR/3 great
soup* NEAR/3 amaz*
soup* NEAR/3 excellent
soup* NEAR/3 best
soup* NEAR/3 lovely
soup* NEAR/3 nice
soup* NEAR/3 perfect*
soup* NEAR/3 awful
soup* NEAR/3 terrible
soup* NEAR/3 horrible
soup* NEAR/3 bad
soup* NEAR/3 worst
soup* NEAR/3 disappoint*
soup* NEAR/3 fantastic
soup* NEAR/3 incredibl*
soup* NEAR/3 superb
soup* NEAR/3 average
soup* NEAR/3 mediocre
soup* NEAR/3 decent
soup* NEAR/3 cold
soup* NEAR/3 hot
soup* NEAR/3 ok
soup* NEAR/3 rubbish
sandwich* NEAR/3 good
sandwich* NEAR/3 great
sandwich* NEAR/3 amaz*
sandwich* NEAR/3 excellent
sandwich* NEAR/3 best
sandwich* NEAR/3 lovely
sandwich* NEAR/3 nice
sandwich* NEAR/3 perfect*
sandwich* NEAR/3 awful
sandwich* NEAR/3 terrible
sandwich* NEAR/3 horrible
sandwich* NEAR/3 bad
sandwich* NEAR/3 worst
sandwich* NEAR/3 disappoint*
sandwich* NEAR/3 fantastic
sandwich* NEAR/3 incredibl*
sandwich* NEAR/3 superb
sandwich* NEAR/3 average
sandwich* NEAR/3 mediocre
sandwich* NEAR/3 decent
sandwich* NEAR/3 cold
sandwich* NEAR/3 hot
sandwich* NEAR/3 ok
sandwich* NEAR/3 rubbish
fries NEAR/3 good
fries NEAR/3 great
fries NEAR/3 amaz*
fries NEAR/3 excellent
fries NEAR/3 best
fries NEAR/3 lovely
fries NEAR/3 nice
fries NEAR/3 perfect*
fries NEAR/3 awful
fries NEAR/3 terrible
fries NEAR/3 horrible
fries NEAR/3 bad
fries NEAR/3 worst
fries NEAR/3 disappoint*
fries NEAR/3 fantastic
fries NEAR/3 incredibl*
fries NEAR/3 superb
fries NEAR/3 average
fries NEAR/3 mediocre
fries NEAR/3 decent
fries NEAR/3 cold
fries NEAR/3 hot
fries NEAR/3 ok
fries NEAR/3 rubbish
chips NEAR/3 good
chips NEAR/3 great
chips NEAR/3 amaz*
chips NEAR/3 excellent
chips NEAR/3 best
chips NEAR/3 lovely
chips NEAR/3 nice
chips NEAR/3 perfect*
chips NEAR/3 awful
chips NEAR/3 terrible
chips NEAR/3 horrible
chips NEAR/3 bad
chips NEAR/3 worst
chips NEAR/3 disappoint*
chips NEAR/3 fantastic
chips NEAR/3 incredibl*
chips NEAR/3 superb
chips NEAR/3 average
chips NEAR/3 mediocre
chips NEAR/3 decent
chips NEAR/3 cold
chips NEAR/3 hot
chips NEAR/3 ok
chips NEAR/3 rubbish
wings NEAR/3 good
wings NEAR/3 great
wings NEAR/3 amaz*
wings NEAR/3 excellent
wings NEAR/3 best
wings NEAR/3 lovely
wings NEAR/3 nice
wings NEAR/3 perfect*
wings NEAR/3 awful
wings NEAR/3 terrible
wings NEAR/3 horrible
wings NEAR/3 bad
wings NEAR/3 worst
wings NEAR/3 disappoint*
wings NEAR/3 fantastic
wings NEAR/3 incredibl*
wings NEAR/3 superb
wings NEAR/3 average
wings NEAR/3 mediocre
wings NEAR/3 decent
wings NEAR/3 cold
wings NEAR/3 hot
wings NEAR/3 ok
wings NEAR/3 rubbish
ribs NEAR/3 good
ribs NEAR/3 great
ribs NEAR/3 amaz*
ribs NEAR/3 excellent
ribs NEAR/3 best
ribs NEAR/3 lovely
ribs NEAR/3 nice
ribs NEAR/3 perfect*
ribs NEAR/3 awful
ribs NEAR/3 terrible
ribs NEAR/3 horrible
ribs NEAR/3 bad
ribs NEAR/3 worst
ribs NEAR/3 disappoint*
ribs NEAR/3 fantastic
ribs NEAR/3 incredibl*
ribs NEAR/3 superb
ribs NEAR/3 average
ribs NEAR/3 mediocre
ribs NEAR/3 decent
ribs NEAR/3 cold
ribs NEAR/3 hot
ribs NEAR/3 ok
ribs NEAR/3 rubbish
lamb NEAR/3 good
lamb NEAR/3 great
lamb NEAR/3 amaz*
lamb NEAR/3 excellent
lamb NEAR/3 best
lamb NEAR/3 lovely
lamb NEAR/3 nice
lamb NEAR/3 perfect*
lamb NEAR/3 awful
lamb NEAR/3 terrible
lamb NEAR/3 horrible
lamb NEAR/3 bad
lamb NEAR/3 worst
lamb NEAR/3 disappoint*
lamb NEAR/3 fantastic
lamb NEAR/3 incredibl*
lamb NEAR/3 superb
lamb NEAR/3 average
lamb NEAR/3 mediocre
lamb NEAR/3 decent
lamb NEAR/3 cold
lamb NEAR/3 hot
lamb NEAR/3 ok
lamb NEAR/3 rubbish
beef NEAR/3 good
beef NEAR/3 great
beef NEAR/3 amaz*
beef NEAR/3 excellent
beef NEAR/3 best
beef NEAR/3 lovely
beef NEAR/3 nice
beef NEAR/3 perfect*
beef NEAR/3 awful
beef NEAR/3 terrible
beef NEAR/3 horrible
beef NEAR/3 bad
beef NEAR/3 worst
beef NEAR/3 disappoint*
beef NEAR/3 fantastic
beef NEAR/3 incredibl*
beef NEAR/3 superb
beef NEAR/3 average
beef NEAR/3 mediocre
beef NEAR/3 decent
beef NEAR/3 cold
beef NEAR/3 hot
beef NEAR/3 ok
beef NEAR/3 rubbish
pork NEAR/3 good
pork NEAR/3 great
pork NEAR/3 amaz*
pork NEAR/3 excellent
pork NEAR/3 best
pork NEAR/3 lovely
pork NEAR/3 nice
pork NEAR/3 perfect*
pork NEAR/3 awful
pork NEAR/3 terrible
pork NEAR/3 horrible
pork NEAR/3 bad
pork NEAR/3 worst
pork NEAR/3 disappoint*
pork NEAR/3 fantastic
pork NEAR/3 incredibl*
pork NEAR/3 superb
pork NEAR/3 average
pork NEAR/3 mediocre
pork NEAR/3 decent
pork NEAR/3 cold
pork NEAR/3 hot
pork NEAR/3 ok
pork NEAR/3 rubbish
prawn* NEAR/3 good
prawn* NEAR/3 great
prawn* NEAR/3 amaz*
prawn* NEAR/3 excellent
prawn* NEAR/3 best
prawn* NEAR/3 lovely
prawn* NEAR/3 nice
prawn* NEAR/3 perfect*
prawn* NEAR/3 awful
prawn* NEAR/3 terrible
prawn* NEAR/3 horrible
prawn* NEAR/3 bad
prawn* NEAR/3 worst
prawn* NEAR/3 disappoint*
prawn* NEAR/3 fantastic
prawn* NEAR/3 incredibl*
prawn* NEAR/3 superb
prawn* NEAR/3 average
prawn* NEAR/3 mediocre
prawn* NEAR/3 decent
prawn* NEAR/3 cold
prawn* NEAR/3 hot
prawn* NEAR/3 ok
prawn* NEAR/3 rubbish
sauce* NEAR/3 good
sauce* NEAR/3 great
sauce* NEAR/3 amaz*
sauce* NEAR/3 excellent
sauce* NEAR/3 best
sauce* NEAR/3 lovely
sauce* NEAR/3 nice
sauce* NEAR/3 perfect*
sauce* NEAR/3 awful
sauce* NEAR/3 terrible
sauce* NEAR/3 horrible
sauce* NEAR/3 bad
sauce* NEAR/3 worst
sauce* NEAR/3 disappoint*
sauce* NEAR/3 fantastic
sauce* NEAR/3 incredibl*
sauce* NEAR/3 superb
sauce* NEAR/3 average
sauce* NEAR/3 mediocre
sauce* NEAR/3 decent
sauce* NEAR/3 cold
sauce* NEAR/3 hot
sauce* NEAR/3 ok
sauce* NEAR/3 rubbish
bread NEAR/3 good
bread NEAR/3 great
bread NEAR/3 amaz*
bread NEAR/3 excellent
bread NEAR/3 best
bread NEAR/3 lovely
bread NEAR/3 nice
bread NEAR/3 perfect*
bread NEAR/3 awful
bread NEAR/3 terrible
bread NEAR/3 horrible
bread NEAR/3 bad
bread NEAR/3 worst
bread NEAR/3 disappoint*
bread NEAR/3 fantastic
bread NEAR/3 incredibl*
bread NEAR/3 superb
bread NEAR/3 average
bread NEAR/3 mediocre
bread NEAR/3 decent
bread NEAR/3 cold
bread NEAR/3 hot
bread NEAR/3 ok
bread NEAR/3 rubbish
cake* NEAR/3 good
cake* NEAR/3 great
cake* NEAR/3 amaz*
cake* NEAR/3 excellent
cake* NEAR/3 best
cake* NEAR/3 lovely
cake* NEAR/3 nice
cake* NEAR/3 perfect*
cake* NEAR/3 awful
cake* NEAR/3 terrible
cake* NEAR/3 horrible
cake* NEAR/3 bad
cake* NEAR/3 worst
cake* NEAR/3 disappoint*
cake* NEAR/3 fantastic
cake* NEAR/3 incredibl*
cake* NEAR/3 superb
cake* NEAR/3 average
cake* NEAR/3 mediocre
cake* NEAR/3 decent
cake* NEAR/3 cold
cake* NEAR/3 hot
cake* NEAR/3 ok
cake* NEAR/3 rubbish
coffee NEAR/3 good
coffee NEAR/3 great
coffee NEAR/3 amaz*
coffee NEAR/3 excellent
coffee NEAR/3 best
coffee NEAR/3 lovely
coffee NEAR/3 nice
coffee NEAR/3 perfect*
coffee NEAR/3 awful
coffee NEAR/3 terrible
coffee NEAR/3 horrible
coffee NEAR/3 bad
coffee NEAR/3 worst
coffee NEAR/3 disappoint*
coffee NEAR/3 fantastic
coffee NEAR/3 incredibl*
coffee NEAR/3 superb
coffee NEAR/3 average
coffee NEAR/3 mediocre
coffee NEAR/3 decent
coffee NEAR/3 cold
coffee NEAR/3 hot
coffee NEAR/3 ok
coffee NEAR/3 rubbish
tea NEAR/3 good
tea NEAR/3 great
tea NEAR/3 amaz*
tea NEAR/3 excellent
tea NEAR/3 best
tea NEAR/3 lovely
tea NEAR/3 nice
tea NEAR/3 perfect*
tea NEAR/3 awful
tea NEAR/3 terrible
tea NEAR/3 horrible
tea NEAR/3 bad
tea NEAR/3 worst
tea NEAR/3 disappoint*
tea NEAR/3 fantastic
tea NEAR/3 incredibl*
tea NEAR/3 superb
tea NEAR/3 average
tea NEAR/3 mediocre
tea NEAR/3 decent
tea NEAR/3 cold
tea NEAR/3 hot
tea NEAR/3 ok
tea NEAR/3 rubbish
cocktail NEAR/3 good
cocktail NEAR/3 great
cocktail NEAR/3 amaz*
cocktail NEAR/3 excellent
cocktail NEAR/3 best
cocktail NEAR/3 lovely
cocktail NEAR/3 nice
cocktail NEAR/3 perfect*
cocktail NEAR/3 awful
cocktail NEAR/3 terrible
cocktail NEAR/3 horrible
cocktail NEAR/3 bad
cocktail NEAR/3 worst
cocktail NEAR/3 disappoint*
cocktail NEAR/3 fantastic
cocktail NEAR/3 incredibl*
cocktail NEAR/3 superb
cocktail NEAR/3 average
cocktail NEAR/3 mediocre
cocktail NEAR/3 decent
cocktail NEAR/3 cold
cocktail NEAR/3 hot
cocktail NEAR/3 ok
cocktail NEAR/3 rubbish
wine NEAR/3 good
wine NEAR/3 great
wine NEAR/3 amaz*
wine NEAR/3 excellent
wine NEAR/3 best
wine NEAR/3 lovely
wine NEAR/3 nice
wine NEAR/3 perfect*
wine NEAR/3 awful
wine NEAR/3 terrible
wine NEAR/3 horrible
wine NEAR/3 bad
wine NEAR/3 worst
wine NEAR/3 disappoint*
wine NEAR/3 fantastic
wine NEAR/3 incredibl*
wine NEAR/3 superb
wine NEAR/3 average
wine NEAR/3 mediocre
wine NEAR/3 decent
wine NEAR/3 cold
wine NEAR/3 hot
wine NEAR/3 ok
wine NEAR/3 rubbish
beer* NEAR/3 good
beer* NEAR/3 great
beer* NEAR/3 amaz*
beer* NEAR/3 excellent
beer* NEAR/3 best
beer* NEAR/3 lovely
beer* NEAR/3 nice
beer* NEAR/3 perfect*
beer* NEAR/3 awful
beer* NEAR/3 terrible
beer* NEAR/3 horrible
beer* NEAR/3 bad
beer* NEAR/3 worst
beer* NEAR/3 disappoint*
beer* NEAR/3 fantastic
beer* NEAR/3 incredibl*
beer* NEAR/3 superb
beer* NEAR/3 average
beer* NEAR/3 mediocre
beer* NEAR/3 decent
beer* NEAR/3 cold
beer* NEAR/3 hot
beer* NEAR/3 ok
beer* NEAR/3 rubbish
tapas NEAR/3 good
tapas NEAR/3 great
tapas NEAR/3 amaz*
tapas NEAR/3 excellent
tapas NEAR/3 best
tapas NEAR/3 lovely
tapas NEAR/3 nice
tapas NEAR/3 perfect*
tapas NEAR/3 awful
tapas NEAR/3 terrible
tapas NEAR/3 horrible
tapas NEAR/3 bad
tapas NEAR/3 worst
tapas NEAR/3 disappoint*
tapas NEAR/3 fantastic
tapas NEAR/3 incredibl*
tapas NEAR/3 superb
tapas NEAR/3 average
tapas NEAR/3 mediocre
tapas NEAR/3 decent
tapas NEAR/3 cold
tapas NEAR/3 hot
tapas NEAR/3 ok
tapas NEAR/3 rubbish
roast NEAR/3 good
roast NEAR/3 great
roast NEAR/3 amaz*
roast NEAR/3 excellent
roast NEAR/3 best
roast NEAR/3 lovely
roast NEAR/3 nice
roast NEAR/3 perfect*
roast NEAR/3 awful
roast NEAR/3 terrible
roast NEAR/3 horrible
roast NEAR/3 bad
roast NEAR/3 worst
roast NEAR/3 disappoint*
roast NEAR/3 fantastic
roast NEAR/3 incredibl*
roast NEAR/3 superb
roast NEAR/3 average
roast NEAR/3 mediocre
roast NEAR/3 decent
roast NEAR/3 cold
roast NEAR/3 hot
roast NEAR/3 ok
roast NEAR/3 rubbish
pie NEAR/3 good
pie NEAR/3 great
pie NEAR/3 amaz*
pie NEAR/3 excellent
pie NEAR/3 best
pie NEAR/3 lovely
pie NEAR/3 nice
pie NEAR/3 perfect*
pie NEAR/3 awful
pie NEAR/3 terrible
pie NEAR/3 horrible
pie NEAR/3 bad
pie NEAR/3 worst
pie NEAR/3 disappoint*
pie NEAR/3 fantastic
pie NEAR/3 incredibl*
pie NEAR/3 superb
pie NEAR/3 average
pie NEAR/3 mediocre
pie NEAR/3 decent
pie NEAR/3 cold
pie NEAR/3 hot
pie NEAR/3 ok
pie NEAR/3 rubbish
eggs NEAR/3 good
eggs NEAR/3 great
eggs NEAR/3 amaz*
eggs NEAR/3 excellent
eggs NEAR/3 best
eggs NEAR/3 lovely
eggs NEAR/3 nice
eggs NEAR/3 perfect*
eggs NEAR/3 awful
eggs NEAR/3 terrible
eggs NEAR/3 horrible
eggs NEAR/3 bad
eggs NEAR/3 worst
eggs NEAR/3 disappoint*
eggs NEAR/3 fantastic
eggs NEAR/3 incredibl*
eggs NEAR/3 superb
eggs NEAR/3 average
eggs NEAR/3 mediocre
eggs NEAR/3 decent
eggs NEAR/3 cold
eggs NEAR/3 hot
eggs NEAR/3 ok
eggs NEAR/3 rubbish
tacos NEAR/3 good
tacos NEAR/3 great
tacos NEAR/3 amaz*
tacos NEAR/3 excellent
tacos NEAR/3 best
tacos NEAR/3 lovely
tacos NEAR/3 nice
tacos NEAR/3 perfect*
tacos NEAR/3 awful
tacos NEAR/3 terrible
tacos NEAR/3 horrible
tacos NEAR/3 bad
tacos NEAR/3 worst
tacos NEAR/3 disappoint*
tacos NEAR/3 fantastic
tacos NEAR/3 incredibl*
tacos NEAR/3 superb
tacos NEAR/3 average
tacos NEAR/3 mediocre
tacos NEAR/3 decent
tacos NEAR/3 cold
tacos NEAR/3 hot
tacos NEAR/3 ok
tacos NEAR/3 rubbish
ramen NEAR/3 good
ramen NEAR/3 great
ramen NEAR/3 amaz*
ramen NEAR/3 excellent
ramen NEAR/3 best
ramen NEAR/3 lovely
ramen NEAR/3 nice
ramen NEAR/3 perfect*
ramen NEAR/3 awful
ramen NEAR/3 terrible
ramen NEAR/3 horrible
ramen NEAR/3 bad
ramen NEAR/3 worst
ramen NEAR/3 disappoint*
ramen NEAR/3 fantastic
ramen NEAR/3 incredibl*
ramen NEAR/3 superb
ramen NEAR/3 average
ramen NEAR/3 mediocre
ramen NEAR/3 decent
ramen NEAR/3 cold
ramen NEAR/3 hot
ramen NEAR/3 ok
ramen NEAR/3 rubbish
kebab* NEAR/3 good
kebab* NEAR/3 great
kebab* NEAR/3 amaz*
kebab* NEAR/3 excellent
kebab* NEAR/3 best
kebab* NEAR/3 lovely
kebab* NEAR/3 nice
kebab* NEAR/3 perfect*
kebab* NEAR/3 awful
kebab* NEAR/3 terrible
kebab* NEAR/3 horrible
kebab* NEAR/3 bad
kebab* NEAR/3 worst
kebab* NEAR/3 disappoint*
kebab* NEAR/3 fantastic
kebab* NEAR/3 incredibl*
kebab* NEAR/3 superb
kebab* NEAR/3 average
kebab* NEAR/3 mediocre
kebab* NEAR/3 decent
kebab* NEAR/3 cold
kebab* NEAR/3 hot
kebab* NEAR/3 ok
kebab* NEAR/3 rubbish
ice cream NEAR/3 good
ice cream NEAR/3 great
ice cream NEAR/3 amaz*
ice cream NEAR/3 excellent
ice cream NEAR/3 best
ice cream NEAR/3 lovely
ice cream NEAR/3 nice
ice cream NEAR/3 perfect*
ice cream NEAR/3 awful
ice cream NEAR/3 terrible
ice cream NEAR/3 horrible
ice cream NEAR/3 bad
ice cream NEAR/3 worst
ice cream NEAR/3 disappoint*
ice cream NEAR/3 fantastic
ice cream NEAR/3 incredibl*
ice cream NEAR/3 superb
ice cream NEAR/3 average
ice cream NEAR/3 mediocre
ice cream NEAR/3 decent
ice cream NEAR/3 cold
ice cream NEAR/3 hot
ice cream NEAR/3 ok
ice cream NEAR/3 rubbish
pastr* NEAR/3 good
pastr* NEAR/3 great
pastr* NEAR/3 amaz*
pastr* NEAR/3 excellent
pastr* NEAR/3 best
pastr* NEAR/3 lovely
pastr* NEAR/3 nice
pastr* NEAR/3 perfect*
pastr* NEAR/3 awful
pastr* NEAR/3 terrible
pastr* NEAR/3 horrible
pastr* NEAR/3 bad
pastr* NEAR/3 worst
pastr* NEAR/3 disappoint*
pastr* NEAR/3 fantastic
pastr* NEAR/3 incredibl*
pastr* NEAR/3 superb
pastr* NEAR/3 average
pastr* NEAR/3 mediocre
pastr* NEAR/3 decent
pastr* NEAR/3 cold
pastr* NEAR/3 hot
pastr* NEAR/3 ok
pastr* NEAR/3 rubbish
plate NEAR/3 good
plates NEAR/3 good
plate NEAR/3 great
plates NEAR/3 great
plate NEAR/3 amaz*
plates NEAR/3 amaz*
plate NEAR/3 excellent
plates NEAR/3 excellent
plate NEAR/3 best
plates NEAR/3 best
plate NEAR/3 lovely
plates NEAR/3 lovely
plate NEAR/3 nice
plates NEAR/3 nice
plate NEAR/3 perfect*
plates NEAR/3 perfect*
plate NEAR/3 awful
plates NEAR/3 awful
plate NEAR/3 terrible
plates NEAR/3 terrible
plate NEAR/3 horrible
plates NEAR/3 horrible
plate NEAR/3 bad
plates NEAR/3 bad
plate NEAR/3 worst
plates NEAR/3 worst
plate NEAR/3 disappoint*
plates NEAR/3 disappoint*
plate NEAR/3 fantastic
plates NEAR/3 fantastic
plate NEAR/3 incredibl*
plates NEAR/3 incredibl*
plate NEAR/3 superb
plates NEAR/3 superb
plate NEAR/3 average
plates NEAR/3 average
plate NEAR/3 mediocre
plates NEAR/3 mediocre
plate NEAR/3 decent
plates NEAR/3 decent
plate NEAR/3 cold
plates NEAR/3 cold
plate NEAR/3 hot
plates NEAR/3 hot
plate NEAR/3 ok
plates NEAR/3 ok
plate NEAR/3 rubbish
plates NEAR/3 rubbish
appeti?er* NEAR/3 good
appeti?er* NEAR/3 great
appeti?er* NEAR/3 amaz*
appeti?er* NEAR/3 excellent
appeti?er* NEAR/3 best
appeti?er* NEAR/3 lovely
appeti?er* NEAR/3 nice
appeti?er* NEAR/3 perfect*
appeti?er* NEAR/3 awful
appeti?er* NEAR/3 terrible
appeti?er* NEAR/3 horrible
appeti?er* NEAR/3 bad
appeti?er* NEAR/3 worst
appeti?er* NEAR/3 disappoint*
appeti?er* NEAR/3 fantastic
appeti?er* NEAR/3 incredibl*
appeti?er* NEAR/3 superb
appeti?er* NEAR/3 average
appeti?er* NEAR/3 mediocre
appeti?er* NEAR/3 decent
appeti?er* NEAR/3 cold
appeti?er* NEAR/3 hot
appeti?er* NEAR/3 ok
appeti?er* NEAR/3 rubbish
entree* NEAR/3 good
entree* NEAR/3 great
entree* NEAR/3 amaz*
entree* NEAR/3 excellent
entree* NEAR/3 best
entree* NEAR/3 lovely
entree* NEAR/3 nice
entree* NEAR/3 perfect*
entree* NEAR/3 awful
entree* NEAR/3 terrible
entree* NEAR/3 horrible
entree* NEAR/3 bad
entree* NEAR/3 worst
entree* NEAR/3 disappoint*
entree* NEAR/3 fantastic
entree* NEAR/3 incredibl*
entree* NEAR/3 superb
entree* NEAR/3 average
entree* NEAR/3 mediocre
entree* NEAR/3 decent
entree* NEAR/3 cold
entree* NEAR/3 hot
entree* NEAR/3 ok
entree* NEAR/3 rubbish

[product/features]
ran out
run out
running out
sold out
no a la carte
cocktail list
specials
all you can eat
range of dishes
pool
gym
spa
sauna
jacuzzi
hot tub
minibar
room service
facilities
amenities
wifi
kettle
safe in the room
live sport
board games
play area
high chair*
pet friendly

[commercial/price_value]
steep
happy hour
early bird
set lunch
prix fixe
two for one
2 for 1
corkage
per night
for what you pay
tourist trap

[commercial/billing]
# food sent back to the kitchen is not a return
!sent it back
!sent back
!returns calls
!returns my calls
!returns emails
!returns my emails
asked for the check
bring us the check
comp'd
on the house
knocked off
took it off
gratuity
tip
tipping
tips
no show fee
contactless
the tab
bar tab
split the
separate checks
check was wrong
city tax
tourist tax
incidentals
pre authorisation
pre authorization
pre-authori*

[service/staff]
the team
whole team
team was
she was so
he was so
she was very
he was very
looked after
actually checked
checked for me
went and checked
no fuss
zero fuss
servers
server was
waitstaff
front desk
housekeeper
housekeepers
bellboy
hosts
maitre d
chefs
cook
cooks
the owner
owners
the lady
the guy
young man
young lady
they were lovely
hospitable
hospitality
made us feel
never checked on us
forgot my
mixed up our order
wrong dish
brought the wrong
service was

[service/wait_time]
5 minutes
10 minutes
15 minutes
20 minutes
25 minutes
30 minutes
35 minutes
40 minutes
45 minutes
50 minutes
55 minutes
90 minutes
five minutes
ten minutes
fifteen minutes
twenty minutes
thirty minutes
forty minutes
forty five minutes
fifty minutes
left standing
kitchen BEFORE/3 slow
food BEFORE/3 slow
drinks BEFORE/3 slow
incredibly slow
really slow
extremely slow
a long time for
long time to
wasn't ready until
wasnt ready until
not ready until
took 2 weeks
took 3 weeks
took 4 weeks
took weeks
took days
took months
two hours
2 hours
wait to be seated
the wait
a wait
came out quick
came out hot
within 10
within 5
within 15
was quick
were quick
quick to
came out fast
served quick
minutes for
min for
an hour for
took so long
took a long time
took an hour
took over an hour
served fast
fast food came
swiftly
slow kitchen
kitchen was slow
service was slow
was slow
were slow
rushed
hurried

[service/communication]
labelled with
labeled with
not labelled
not labeled
should say
phone just rang
it said
opening hours
opening times
closed early
online menu
menu online
google said
no one answered
nobody answered
answer the phone
answered the phone
voicemail

[fulfilment/delivery]
# a crowded room is not a parcel
!packed with
!packed out
!always packed
!was packed
!place was packed
takeaways
take away
take out
uber eats
ubereats
just eat
justeat
doordash
grubhub
collection order
order came

[relationship/loyalty]
# a cancelled booking or a coat left behind is not a customer leaving
!cancel* NEAR/3 booking*
!cancel* NEAR/3 reservation*
!cancel* NEAR/3 order
!cancel* NEAR/3 table
!leaving a
!left behind
been eating here
eating here for
eaten here for
here every week
here every year
been here many times
been here several times
not be back
our local
go-to
favourite restaurant
favorite restaurant
favourite place
favorite place
favourite spot
favorite spot
new favourite
new favorite
must visit
must try
hidden gem
would stay
dine here again
dining here again
will visit
won't be visiting
first and last
last visit

[experience/ambience]
# a table booked, ready or shown to is the reservation, not the room
!table NEAR/2 ready
!to our table
!booked our table
!booked a table
!reserved a table
!book a table
very modern
modern feel
the setting
real fire
open fire
is clean
not clean
garden
rooftop
fireplace
booth*
dining room
dining area
bar area
buzzing
relaxed
chilled
packed
unclean
cockroach*
flies
mouse
mice
room was
balcony
lobby
hallway
hallways
corridor*
soundproof*
floor was
windows
carpet
tired
renovated
beautiful place
beautiful restaurant
cute place

[service/reservations]
second sitting
first sitting
early sitting
rebook*
no record of our
no record of my
no record of the
turned away
turned us away
time slot
two hour slot
2 hour slot
table back
squeezed us in
fit us in
fitted us in
rang ahead
called ahead
to book
book online
moved us to another
room wasn't available
room was not available
no rooms
reservation*
reserved
reserve
booking*
booked
book a table
book in advance
walk in
walk ins
walk-in*
seated
seat us
sat us
seating us
get a table
got a table
gave away our table
gave our table
table was ready
table wasn't ready
table was not ready
table for
opentable
resy
overbooked
check in
checked in
checking in
checked out
checkout
early check
late check
room wasn't ready
room was not ready
room was ready
room upgrade
upgraded us
upgraded our room
front desk
reception

[product/dietary]
epipen
anaphylaxis
anaphylactic
cross contamination
separate fryer
sesame
fodmap
diabetic
my diet
special diet
pregnant
pregnancy
religious
religion
don't eat meat
dont eat meat
meat free
no meat
alcohol free
raw egg
allergy
allergies
allergic
allergen
allergens
gluten*
coeliac
celiac
vegan*
vegetarian*
veggie
veggies
plant based
halal
kosher
dairy
lactose
nut free
nuts
peanut*
dietary
diets
intoleran*
keto
low carb
pescatarian
sugar free
egg free
free from
special requirements
special request*

[service/support]

[product/reliability]
an error

# Display labels of this pack's own themes (the default's come with it):
# what a review shows in place of the name. They change no match and no
# number (lexicons/README.md, "Display labels").

[service/reservations]
@label Reservations

[product/dietary]
@label Dietary needs
