# Retail & e-commerce, consumer electronics included
#
# Placeholder: the industry themes with a few obvious entries each.

@include ../default.lex

[product/availability]
out of stock
sold out
restock*

[relationship/rewards]
loyalty card*
reward points
gift card*
