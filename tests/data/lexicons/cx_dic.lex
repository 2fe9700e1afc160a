# The native equivalent of cx.dic, written by hand.
[price]
cheap*
expensive
overpriced
overcharg*
[staff]
rude
friendly
waiter*
like
[wait]
wait*
queue
on hold
[billing]
refund*
money back
overcharg*
[loyalty]
recommend*
switch*
