# The same themes and an industry theme the gold file never labels.
@include base.lex

[service/reservations]
reservation*
booked a table
