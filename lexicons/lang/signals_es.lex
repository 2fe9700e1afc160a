# Spanish entries for the 14 signals of signals.lex. Included by signals.lex.
@lang es

[churn_risk]
me doy de baja
darme de baja
me di de baja
me he dado de baja
me cambio
me cambié
me cambie
me voy a cambiar
me paso a
me voy con
me voy a otra
nunca más
nunca mas
no vuelvo
no volveré
no volvere
última vez
ultima vez
cancele
cancelaré
desinstalé
desinstale
otra compañía
otra compania
la competencia
portabilidad

[effort/high]
tres veces
cuatro veces
cinco veces
varias veces
mil veces
otra vez
de nuevo
llamé
llame
volver a llamar
insistir
reclamar
me pasaron
de un departamento a otro
me tuvieron
tuve que
he tenido que
papeleo
formulario
en persona
ir a la tienda
ir a la oficina
horas al teléfono
horas al telefono
me colgaron
se cortó la llamada

[effort/low]
fácil
facil
sencillo
en un momento
en minutos
sin problemas
sin complicaciones
sin llamar
a la primera
en dos clics
me lo solucionaron
a la primera llamada
sin esperas

[intent/complaint]
fatal
pésimo
pesimo
horrible
vergüenza
verguenza
indignante
decepcionado
decepcionada
decepción
decepcion
estafa
timo
no funciona
roto
tarde
sucio
malo
mala
peor
queja
reclamación
reclamacion
nadie contesta
sin respuesta
todavía
todavia
sigo esperando
error
vaya tela

[intent/suggestion]
por favor
deberían
deberian
estaría bien
estaria bien
sería genial
seria genial
ojalá
ojala
podrían
podrian
sugiero
sugerencia
me gustaría que
me gustaria que
echo de menos

[intent/question]
se puede
puedo
hay alguna
tienen
cuánto
cuanto
cuándo
cuando llega
donde
qué pasa
alguien sabe

[intent/praise]
genial
excelente
perfecto
estupendo
maravilloso
encantado
encantada
me encanta
muy bien
muy bueno
muy buena
de diez
10/10
recomiendo
gracias
amables
amable
rápido
rapido
rico
delicioso
sin problemas
ningún problema
ningun problema
de lujo
top
crack
100% recomendable

[journey/onboarding]
registro
registrarse
me registré
me registre
alta
abrir una cuenta
abrí la cuenta
primera vez
configurar
instalación
instalacion
activar
activación
check-in

[journey/purchase]
compre
comprar
compra
pedi
reservé
reserve
presupuesto
oferta
contratar
contraté
en tienda
caja

[journey/delivery]
envío
envio
entrega
entregaron
paquete
llegó
llego
repartidor
mensajero
transportista
seguimiento
instalador
técnico vino
tecnico vino

[journey/support]
atención al cliente
atencion al cliente
servicio técnico
servicio tecnico
soporte
llamé
llame
reclamación
reclamacion
incidencia
garantía
garantia
devolución
devolucion
chat

[journey/billing]
factura
cobro
cobraron
cargo
pagué
pague
reembolso
devolvieron el dinero
recibo
domiciliación
comisión
comision

[journey/renewal]
renovación
renovacion
renovar
renovó
renovo
permanencia
fin de contrato
se renueva

[journey/cancellation]
baja
cancelé
cancele
cancelar
cancelación
cancelacion
anulé
anular
portabilidad
