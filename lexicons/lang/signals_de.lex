# German entries for the 14 signals of signals.lex. Included by signals.lex.
@lang de

[churn_risk]
gekündigt
kündige
kündigen
wechsle
gewechselt
nie wieder
nie mehr
bestelle da nicht mehr
kaufe da nicht mehr
deinstalliert
aufgelöst
zur konkurrenz
jetzt bei der
sind jetzt bei
woanders
hab storniert und dort gekauft
letzte mal
das letzte mal

[effort/high]
dreimal
viermal
fünfmal
mehrmals
zigmal
x-mal
dritten nachfragen
nochmal anrufen
hinterhertelefonieren
hinterherlaufen
hinschicken
hingeschickt
warteschleife
aus der leitung geflogen
weitergeleitet
weiterverbunden
jedes mal eine andere auskunft
alles nochmal eingeben
neu eingeben
selbst zurückbuchen
diskutieren
in die filiale
abgebrochen
neuinstallieren

[effort/low]
so einfach
ganz einfach
einfach und schnell
unkompliziert
problemlos
keinerlei probleme
keine probleme
ohne anzurufen
auf anhieb
lief sofort
nach 5 minuten
innerhalb von minuten
nach BEFORE/2 minuten
mit einem klick
ging ganz schnell
schnell erledigt
war ich wieder draußen

[intent/complaint]
leider
ärgerlich
unverschämt
frechheit
frech
schrott
mist
katastrophe
enttäuscht
enttäuschend
unfassbar
unmöglich
abzocke
kaputt
defekt
funktioniert nicht
geht nicht
zu teuer
zu spät
falsch
fehlt
eklig
laut
schlecht
mangelhaft
beschwerde
reklamation
nervig
nervt
nie jemand
keine antwort
niemand
danke für nichts
reicht's
reicht es
is klar

[intent/suggestion]
bitte
wäre cool
waere cool
wäre schön
waere schoen
wäre toll
wäre gut
ich wünsche mir
würde mir wünschen
sollte man
solltet ihr
endlich
vorschlag

[intent/question]
kann man
kann ich
gibt es
gibt's
wie kann ich
wie lange
wann kommt
wo finde ich
hat der
haben sie
nehmen sie
liefert ihr

[intent/praise]
super
toll
klasse
spitze
top
prima
perfekt
genial
begeistert
zufrieden
bestens
danke
vielen dank
respekt
lecker
freundlich
gerne wieder
empfehlenswert
1a
traum
so muss das
fair
praktisch
zuverlässig
keine beschwerden
nicht meckern
kann man nicht meckern

[journey/onboarding]
registrierung
registriert
anmeldung
angemeldet
kontoeröffnung
eröffnet
eröffnen
eingerichtet
einrichtung
einrichten
erste mal
neukunde
check-in
anreise
freischaltung
aktivierung

[journey/purchase]
bestellen
gekauft
kauf
kaufen
reservierung
reserviert
gebucht
buchung
buchen
angebot
tarif
beratung
im shop
im markt
kasse
warenkorb

[journey/delivery]
lieferung
geliefert
liefert
paket
versand
zusteller
bote
spedition
packstation
hermes
dhl
dpd
angekommen
zugestellt
techniker
kam per post

[journey/support]
kundenservice
kundendienst
support
hotline
angerufen
beschwerde
reklamation
umtausch
störung
gemeldet
garantie
reparatur

[journey/billing]
rechnung
abgebucht
abbuchung
lastschrift
zahlung
bezahlt
gebühr
gebühren
erstattung
geld zurück
mahnung
kartenzahlung
retoure
abschlag
kosten

[journey/renewal]
verlängert
verlängerung
verlängerungsangebot
vertragsende
vertragsverlängerung
nach 24 monaten
erneuert
erneuern
läuft aus

[journey/cancellation]
gekündigt
kündigung
kündigungsbestätigung
kündige
kündigen
storniert
stornierung
storniere
aufgelöst
abgemeldet
