# The themes the gold file labels.
[billing]
refund*
charged twice

[service/staff]
rude
friendly

[service/wait]
waited
queue
