# Telecom & utilities: mobile, broadband, TV, energy, water
#
# Placeholder: the industry themes with a few obvious entries each.

@include ../default.lex

[product/network]
signal
coverage
dead zone*

[service/installation]
engineer visit*
installation*
smart meter install*
