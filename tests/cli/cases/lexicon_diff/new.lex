[billing]
refund*
charged twice
!refund policy
[staff]
rude
waiter*
[delay]
queue
