# French entries for the 14 signals of signals.lex. Included by signals.lex.
@lang fr

[churn_risk]
je résilie
résilié
resilie
résilier
resilier
je change
je vais changer
changer d'opérateur
changer d'operateur
changer de banque
je pars
je vais partir
je quitte
plus jamais
jamais plus
dernière fois
derniere fois
désinstallé
desinstalle
désabonné
desabonne
chez la concurrence
chez un concurrent
à fuir
a fuir
fuyez

[effort/high]
trois fois
quatre fois
cinq fois
plusieurs fois
dix fois
rappeler
relancer
relancé
relance
j'ai dû
j'ai du
obligé de
obligée de
baladé
renvoyé
d'un service à l'autre
formulaire
paperasse
en agence
me déplacer
me deplacer
une heure au téléphone
une heure au telephone
raccroché
raccroche
tout recommencer

[effort/low]
facile
simple
en quelques minutes
en deux minutes
sans soucis
pas de souci
aucun souci
sans problème
sans probleme
sans appeler
du premier coup
en quelques clics
réglé en un appel

[intent/complaint]
nul
nulle
horrible
honteux
honte
scandaleux
inadmissible
déçu
decu
déçue
decue
déception
deception
arnaque
ne marche pas
ne fonctionne pas
casse
en retard
trop cher
sale
mauvais
mauvaise
pire
plainte
réclamation
reclamation
aucune réponse
aucune reponse
toujours pas
toujours rien
j'attends toujours
erreur

[intent/suggestion]
s'il vous plaît
s'il vous plait
svp
merci de
il faudrait
ce serait bien
ce serait top
j'aimerais
pourriez-vous
je suggère
je suggere
suggestion
dommage qu'il n'y ait pas

[intent/question]
comment faire
comment puis-je
comment je peux
est-ce que
peut-on
puis-je
y a-t-il
combien
où
pourquoi

[intent/praise]
super
genial
excellent
parfait
top
bravo
merci
ravi
ravie
satisfait
satisfaite
très bien
tres bien
nickel
impeccable
je recommande
sympa
agréable
agreable
délicieux
delicieux
aucun souci
rien à redire
rien a redire

[journey/onboarding]
inscription
inscrit
créer un compte
creer un compte
ouverture de compte
ouvrir un compte
première fois
premiere fois
installation
configurer
activation
activer
mise en service

[journey/purchase]
acheté
achete
acheter
achat
commander
réservé
reserve
réservation
reservation
offre
souscrit
caisse
panier

[journey/delivery]
livraison
livré
livre
colis
livreur
transporteur
la poste
colissimo
chronopost
point relais
suivi
reçu
recu
technicien
installation de la box

[journey/support]
service client
sav
support
hotline
assistance
appelé
appele
réclamation
reclamation
plainte
retour
échange
echange
chat

[journey/billing]
facture
facturé
prélèvement
prelevement
prélevé
preleve
débité
debite
paiement
payé
remboursement
remboursé
rembourse
frais
virement

[journey/renewal]
renouvellement
renouvelé
renouvele
reconduction
reconduit
fin d'engagement
fin de contrat
fin de promo

[journey/cancellation]
résiliation
resiliation
résilier
resilier
résilié
resilie
annulé
annule
annuler
annulation
désabonné
desabonne
clôturé
cloture
clôturer
portabilité
