# vocal default CX theme lexicon (starter version; see lexicons/README.md)
[billing]
refund*
money back
overcharg*
