# Software, SaaS & mobile apps
#
# Placeholder: the industry themes with a few obvious entries each.

@include ../default.lex

[product/performance]
laggy
loading time*
slow to load

[product/integrations]
integration*
api
sso
