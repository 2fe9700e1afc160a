# German entries for the 13 themes of default.lex. Included by default.lex;
# every entry applies to comments identified (or given) as German, and to
# comments whose language is not known.
@lang de

[commercial/price_value]
preis*
teuer
teurer
billig*
günstig*
guenstig*
kosten
kostet
gekostet
euro
abzock*
überteuert
ueberteuert
wucher
rabatt*
gutschein*
gebühr*
gebuehr*
aufpreis
tarif
tarife
erhöht
das geld wert
geld wert
es mir wert
lohnt sich
nicht wert
gratis
umsonst
kostenpflichtig
sparen
spart
jahresgebühr
monatlich*
abschlag

[commercial/billing]
rechnung*
abgebucht
abbuchung*
lastschrift*
zahlung*
bezahl*
gezahlt
kartenzahlung
bargeld
paypal
ueberweisung*
erstattung*
erstattet
zurückerstattet
geld zurück
geld war
rückbuchung*
zurückbuchen
retoure*
mahnung*
mahngebühr*
kontoauszug*
gutschrift*
storno*
abo
abos
abonnement*

[product/quality]
qualität*
qualitaet*
verarbeitung
verarbeitet
material*
stoff
wäsche
naht
nähte
gerissen
zerkratzt
beschädigt
billig gemacht
hochwertig*
minderwertig*
wackelig
wacklig
knötchen
fällt klein aus
fällt groß aus
nummern kleiner
nummern größer
passform
bild
ton
akku
lecker
geschmack*
schmeckt
schmeckte
versalzen
lauwarm
knusprig
portion*
riesig
matratze
durchgelegen
ergebnis

[product/reliability]
absturz
abstürze
stürzt ab
abgestürzt
hängt sich auf
aufgehängt
friert ein
eingefroren
fehler*
bug
bugs
defekt
funktioniert nicht
funktioniert nicht mehr
geht nicht
geht nicht mehr
läuft nicht
startet nicht
lädt nicht
störung*
ausfall
außer betrieb
kaputt gegangen
kaputtgegangen
ging kaputt
verbindung
abgebrochen
bricht ab
zuverlässig*
stabil läuft
läuft stabil
läuft sofort
nie probleme
noch nie probleme
nie ärger
daten weg
sind weg
alles weg
wird heiß
gleiches problem
nur jedes zweite mal
mbit

[product/features]
feature*
option*
einstellung*
modus
widget*
synchronisieren
suchfunktion
filter
gratisversion
testversion
premium
vollversion
version
werbung
dark mode
darkmode
es fehlt
fehlt eine
fehlt ein
wäre cool wenn
waere cool wenn
wäre schön wenn
waere schoen wenn
hätte gerne
bitte einbauen
kompatibel
usb-c
anschluss
auswahl
speisekarte
menü
mittagstisch
vegetarisch*
vegan*
frühstück
mitnehmen
ladestation
datenvolumen
nachbuchen
auf rechnung bestellen

[product/ease_of_use]
so einfach
einfach und
ganz einfach
kinderleicht
unkompliziert
kompliziert
umständlich
umstaendlich
verwirrend
unübersichtlich
übersichtlich
intuitiv
bedienung der app
benutzerfreundlich*
bedienbar
anleitung*
bedienungsanleitung*
eingerichtet
einrichtung
einrichten
installation
installiert
registrierung
registrieren
anmeldung
klicks
auf anhieb
selbsterklärend
man findet nichts
findet man nicht
nicht zu finden
neu eingeben
alles nochmal eingeben

[service/staff]
personal
mitarbeiter*
verkäufer*
verkaeufer*
bedienung
kellner*
servicekraft
berater*
rezeption
die dame
der herr
unfreundlich*
nett
höflich
hoeflich
unhöflich
unhoeflich
arrogant
kompetent*
inkompetent*
keine ahnung hatte
hatte keine ahnung
hilfsbereit*
zuvorkommend
augen verdreht
bote
friseurin
friseur
tierarzt
maler
handwerker
sich zeit genommen
nimmt sich zeit

[service/wait_time]
wartezeit*
warten
gewartet
wartet
warteschleife
lange gedauert
hat gedauert
dauerte
schnell*
zügig
zuegig
pünktlich
puenktlich
verspätung*
verspätet
verspaetet
zu spät
zu spaet
nach BEFORE/2 minuten
nach BEFORE/2 tagen
nach BEFORE/2 wochen
innerhalb von
innerhalb einer stunde
innerhalb BEFORE/2 stunden
länger gebraucht
seit BEFORE/2 wochen
seit tagen
seit BEFORE/2 tagen
angestanden
ansteht
schlange

[service/support]
kundenservice
kundendienst
kundensupport
support
hotline
callcenter
reklamation*
reklamiert
ticket
chat
chatbot
angerufen
anrufen
erreicht
erreichbar
weitergeleitet
weiterverbunden
gelöst
geloest
hilft nicht
geholfen
konnte helfen
konnte nicht helfen
austauschnummer
gemeldet
garantie*
kulanz

[service/communication]
informiert
info
information*
auskunft
bescheid
rückmeldung
rueckmeldung
rückruf*
zurückgerufen
antwort
email
brief
benachrichtigung*
push-nachrichten
newsletter
vorwarnung
ohne vorankündigung
angekündigt
vorher keiner
sagt einem keiner
kleingedruckt*
beschreibung
angegeben
stimmt nicht
irreführend
falsche angaben
bestätigung*
widersprüchlich*
keiner weiß
niemand weiss

[fulfilment/delivery]
lieferung*
liefern
liefert
geliefert
lieferzeit*
lieferdienst
versand*
versendet
verschickt
paket*
päckchen
packstation
sendung*
zusteller*
dhl
hermes
dpd
gls
ups
spedition
verpackt
verpackung*
angekommen
kam an
zugestellt
bestellung kam
falscher artikel
falsche farbe
abholung
abholen
zum mitnehmen
lieferando

[relationship/loyalty]
gerne wieder
nie wieder
nie mehr
komme wieder
kommen wieder
wiederkommen
gehen wir wieder hin
bestelle da nicht mehr
kaufe da nicht mehr
empfehle*
weiterempfehlen
abgeraten
abraten
finger weg
gekündigt
kündige
kündigen
wechsel*
gewechselt
deinstalliert
seit jahren
treuer kunde
treue kundin
stammkunde*
zum dritten mal
zum letzten mal
aufgelöst

[experience/ambience]
atmosphäre
atmosphaere
ambiente
gemütlich
gemuetlich
einrichtung des
deko
musik
laut
leise
hellhörig
eng
sauber
dreckig
schmutzig
eklig
toilette*
klo
zimmer
biergarten
terrasse
parkplatz*
parken
tiefgarage
aussicht
roch
riecht
gestank
kalt drinnen
zu warm
sauna
wellness*
filiale ist
renoviert
überfüllt
lärm
