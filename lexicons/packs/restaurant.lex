# Restaurants & hospitality: hotels, cafés, bars
#
# Placeholder: the industry themes with a few obvious entries each.

@include ../default.lex

[service/reservations]
reservation*
booked a table
walk-in*

[product/dietary]
allergen*
halal
vegan*
