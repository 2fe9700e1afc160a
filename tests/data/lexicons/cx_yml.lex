# The native equivalent of cx.yml, written by hand.
[commercial/price]
cheap*
expensive
value for money
[commercial/billing]
refund*
money back
overcharg*
[service/staff]
rude
friendly staff
!staff room
[service/wait_time]
wait*
on hold
colo?r
[service/empty_theme]
[loyalty]
recommend*
