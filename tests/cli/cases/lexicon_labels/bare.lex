[food]

[food/dishes]
pizza*
pasta

[food/drinks]
wine
cocktail*

[service/reservations]
booking*
reservation*
