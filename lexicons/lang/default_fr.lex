# French entries for the 13 themes of default.lex, with the spellings typed
# without accents. Included by default.lex.
@lang fr

[commercial/price_value]
prix
cher
chère
chere
chers
coût
cout
coûte
coute
coûteux
couteux
tarif*
abonnement
frais
euros
arnaque
abusé
abuse
promo*
réduction*
reduction*
remise
soldes
bon plan
bon marché
bon marche
gratuit*
offert
ça vaut le coup
ca vaut le coup
vaut le coup
ne vaut pas
augmentation
augmenté
augmente
hausse

[commercial/billing]
facture*
facturé
facturation
prélèvement*
prelevement*
prélevé
preleve
débité
debite
paiement*
payé
paye
payer
carte bancaire
cb
virement
espèces
remboursement*
remboursé
rembourse
rembourser
échange
echange
pénalité*
penalite*
abonnement résilié

[product/quality]
qualité
qualite
matière
matiere
tissu
couture*
cassé
casse
cassée
abîmé
abime
usé
solide
fragile
taille*
taillé petit
goût
gout
savoureux
délicieux
delicieux
fade
froid
froide
frais et
fraîcheur
portion*
quantité
quantite
copieux
batterie
écran
ecran
matelas
finition*

[product/reliability]
plante
planté
plantage*
bug*
beug*
bogue*
crash*
erreur*
panne*
ne marche pas
ne marche plus
marche plus
ne fonctionne pas
ne fonctionne plus
fonctionne plus
ne s'allume pas
ne charge pas
ne se connecte pas
coupure*
coupé
déconnect*
deconnect*
instable
fiable
fiabilité
fiabilite
aucun souci
aucun probleme
jamais eu de problème
jamais eu de souci
fonctionne parfaitement
marche nickel
redémarr*
redemarr*

[product/features]
fonction*
option*
parametre*
réglage*
reglage*
mode
publicité*
publicite*
pub
pubs
version gratuite
premium
manque
ce serait bien
ce serait top
serait bien
j'aimerais
compatible
intégration
integration
menu
carte
choix
végétarien*
vegetarien*
végan*
vegan*
sans gluten
petit-déjeuner
à emporter
a emporter

[product/ease_of_use]
facilement
simple
simplicité
simplicite
intuitif
intuitive
compliqué
complique
compliquée
difficile
galère
galere
galérer
galerer
confus
pas clair
ergonomie
ergonomique
mode d'emploi
notice
instructions
installer
installation
configurer
paramétrer
inscription
s'inscrire
créer un compte
creer un compte
on ne trouve rien
en quelques clics
en deux clics
du premier coup

[service/staff]
personnel
employé*
employe*
vendeuse*
serveur*
serveuse*
réceptionniste
receptionniste
conseiller*
conseillère*
technicien*
agent*
accueil
aimable*
sympathique*
gentil*
désagréable
desagreable
impoli*
malpoli*
souriant*
arrogant*
méprisant*
meprisant*
compétent*
competent*
incompétent*
incompetent*
professionnel*
à l'écoute
a l'ecoute
serviable*

[service/wait_time]
attente
attendre
attendu
attends
patienter
patienté
delai
délai*
delais
retard*
long
longtemps
vite
lent
lente
lenteur
tout de suite
immédiatement
immediatement
queue
à l'heure
a l'heure
ponctuel*
le lendemain
semaines
toujours rien

[service/support]
service client
service clients
sav
support
assistance
hotline
service technique
plateforme téléphonique
chat
chatbot
réclamation*
reclamation*
plainte*
ticket
appel*
joindre
injoignable
personne ne répond
personne ne repond
personne ne décroche
on me renvoie
renvoyé
baladé
balade de service en service
résolu
resolu
réglé
regle
solution
m'ont aidé
m'ont aide

[service/communication]
information*
informé*
informe*
prévenu*
prevenu*
sans prévenir
sans prevenir
sans avertissement
personne ne prévient
communication
mail*
courriel*
courrier
sms
notification*
réponse
reponse
repondu
on m'a dit
explication*
expliqué
explique
petites lignes
trompeur
trompeuse
mensonger*
description
descriptif
rien à voir
rien a voir
confirmation
tenu au courant
tenue au courant

[fulfilment/delivery]
livraison*
livré
livre
livrée
livree
livrer
colis
commande*
expédition
expedition
expédié
expedie
envoi
envoyé
arrivé
arrivée
arrivee
reçu
recu
transporteur
la poste
colissimo
chronopost
mondial relay
relais
suivi
emballage
emballé
carton
à domicile
a domicile
retrait en magasin
click and collect
uber eats
deliveroo
mauvais article

[relationship/loyalty]
reviendrai
reviendrons
revenir
je reviens
recommande
recommander
je deconseille
déconseille
à fuir
a fuir
fuyez
plus jamais
jamais plus
client depuis
cliente depuis
fidèle*
fidele*
je change
changer d'opérateur
changer d'operateur
changé d'opérateur
changer de banque
je pars
je vais partir
résilier
resilier
résilié
resilie
résiliation*
resiliation*
désabonné
desabonne
désinstallé
desinstalle
concurrence
concurrent

[experience/ambience]
ambiance
atmosphère
atmosphere
cadre
décor*
decor*
déco
deco
musique
bruit*
bruyant*
calme
propre
propreté
proprete
sale
saleté
salete
toilettes
wc
chambre
terrasse
vue
parking
se garer
emplacement
bien situé
odeur*
sentait
climatisation
clim
chauffage
bondé
bonde
monde fou
spacieux
cosy
chaleureux
piscine
