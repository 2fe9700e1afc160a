# A restaurant's own themes, with the names its review shows
[food]
@label Food & drink

[food/dishes]
@label Dishes
pizza*
pasta

[food/drinks]
@label Drinks
wine
cocktail*

[service/reservations]
@label Booking a table
booking*
reservation*
