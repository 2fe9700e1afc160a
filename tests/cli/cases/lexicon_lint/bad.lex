# A lexicon seeded with one of each problem lint finds.
[billing]
refund*
refunds
late refund
money back
money  back
/(a+)+$/
[billing/fees]
fee*
[price]
money back
[empty]
[never]
!never
[slow]
*ing
