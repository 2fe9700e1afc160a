[service/staff]
rude
friendly staff
[service/wait]
wait*
[billing]
refund*
!billing address
