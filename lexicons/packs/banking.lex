# Banking & insurance
#
# Placeholder: the industry themes with a few obvious entries each.

@include ../default.lex

[product/claims]
claim*
adjuster*
payout*

[product/digital_banking]
banking app
online banking
log in
