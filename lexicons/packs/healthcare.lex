# Healthcare: clinics, hospitals, dentists, pharmacies, health insurance portals
#
# Placeholder: the industry themes with a few obvious entries each.

@include ../default.lex

[service/appointments]
appointment*
rescheduled
reminder*

[service/clinical_care]
diagnos*
prescription*
treatment*
