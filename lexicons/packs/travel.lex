# Travel & airlines, trains, car rental, travel agencies
#
# Placeholder: the industry themes with a few obvious entries each.

@include ../default.lex

[fulfilment/baggage]
luggage
baggage
suitcase*

[service/check_in]
check-in
boarding pass*
bag drop
