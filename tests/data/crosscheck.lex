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
# The lexicon language beyond words and phrases: globs, exclusions,
# proximity inside a sentence, and a parent with entries of its own.
[service]
customer NEAR/2 help*
!never contacted
[service/support]
t?cket
!support keeps
[commercial/price]
!price went up
[quick]
q?ick*
*ickly
[refund_fast]
refund* BEFORE/3 quickly
[money]
money NEAR/1 back
