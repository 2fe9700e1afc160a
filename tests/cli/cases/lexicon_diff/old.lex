[billing]
refund*
[staff]
rude
[wait]
queue
