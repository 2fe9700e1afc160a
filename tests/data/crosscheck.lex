# A lexicon of words, phrases and prefixes for the independent cross-check.
[billing]
refund*
money back
charged twice
overcharged
invoice
[commercial/price]
price*
expensive
waste of money
worth every penny
[delivery]
deliver*
parcel
courier
shipping
[service/staff]
staff
waiter
rude
friendly
[service/support]
customer service
support
help desk
[wait]
wait*
on hold
queue
[loyalty]
recommend
cancel*
never coming back
switching
[ambience]
dirty
noisy
parking
