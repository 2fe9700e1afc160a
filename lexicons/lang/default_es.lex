# Spanish entries for the 13 themes of default.lex, with the spellings
# typed without accents. Included by default.lex.
@lang es

[commercial/price_value]
precio
precios
caro
cara
caros
caras
carísimo
carisimo
barato*
económico
economico
cuesta
cuestan
costó
costo
coste
euros
vale la pena
merece la pena
no vale
timo
estafa
abusivo
oferta*
descuento*
cupón
cupon
comisión
comision
comisiones
cuota*
subida
subieron
gratuito
pagar de más
ahorro

[commercial/billing]
factura*
cobro*
cobraron
cobrado
cobran
cargo*
cargaron
pagué
pague
pagado
transferencia
efectivo
reembolso*
devolución*
devolucion*
devolvieron el dinero
me devolvieron
abono
domiciliación
domiciliacion
recibo*
suscripción
suscripcion
penalización
penalizacion

[product/quality]
material*
tela
costura*
roto
rota
se rompio
se despega
se descose
desgast*
resistente
frágil
fragil
endeble
talla*
queda pequeño
queda grande
sabor*
sabroso
rico
rica
delicioso*
insípido
insipido
soso
frío
frio
fría
fria
fresco
porción
porcion
porciones
raciones
ración
racion
cantidad
batería
bateria
sonido
pantalla
colchón
colchon
acabado*

[product/reliability]
se cuelga
colgada
se bloquea
bloqueado
se cierra sola
se cierra
falla
fallo*
fallando
error*
no funciona
dejó de funcionar
dejo de funcionar
no carga
no enciende
no conecta
caída*
caida*
se cae
sin conexión
sin conexion
sin servicio
avería
averia
averiado
estropeado
estropeó
fiable
confiable
funciona perfecto
funciona perfectamente
nunca me ha fallado
sin problemas
ningún problema
ningun problema
se reinicia
se apaga

[product/features]
función
funcion
funciones
funcionalidad*
opción
opcion
opciones
ajuste*
configuración
configuracion
modo
anuncios
versión gratuita
version gratuita
premium
falta
faltan
echo de menos
estaría bien
estaria bien
sería genial
seria genial
ojalá
ojala
deberían añadir
deberian añadir
compatible
integración
integracion
menu
carta
variedad
vegano
vegetariano
sin gluten
para llevar

[product/ease_of_use]
fácil
facil
sencillo
sencilla
intuitivo
intuitiva
complicado
complicada
difícil
dificil
lío
lio
confuso
confusa
engorroso
liado
instrucciones
manual
configurar
instalar
instalación
instalacion
registro
registrarse
darse de alta
dar de alta
no encuentro
no se encuentra
cuesta encontrar
en dos clics
en pocos pasos
a la primera

[service/staff]
personal
empleado*
empleada*
dependient*
camarero*
camarera*
mesero*
mesera*
recepcionista*
recepción
recepcion
asesor*
técnico
tecnico
amable*
simpático*
simpatico*
simpática
antipático*
antipatico*
borde
maleducado*
grosero*
grosera
atento*
atenta*
profesional*
majo
maja
majos
trato
nos atendió
nos atendio
me atendió
me atendio

[service/wait_time]
espera
esperar
esperando
esperé
espere
esperamos
tardaron
tardó
tardo
tarda
tardan
tardanza
retrasado
demora*
rápido
rapido
rápida
rapida
rapidez
lento
lenta
lentitud
enseguida
al momento
en el acto
cola
colas
media hora
una hora
minutos
a tiempo
puntual*
al día siguiente
al dia siguiente
semanas
todavía espero
todavia espero

[service/support]
atención al cliente
atencion al cliente
servicio al cliente
servicio técnico
servicio tecnico
soporte
asistencia
centralita
teléfono de atención
call center
chat
bot
reclamación*
reclamacion*
incidencia*
ticket
llamé
llame
llamado
no contestan
nadie contesta
nadie responde
nadie me atiende
me pasaron
me pasan
de un departamento a otro
resolvieron
resuelto
solucionado
solucionaron
no me solucionan
me ayudaron
garantía
garantia

[service/communication]
información
informacion
informaron
avisaron
avisar
aviso
nadie avisa
nadie me avisó
comunicación
comunicacion
correo*
email
sms
notificación*
notificacion*
respuesta
respondieron
contestaron
no responden
dijeron
explicación
explicacion
explicaron
explicó
letra pequeña
letra pequena
engañoso
engañosa
enganoso
no es lo que
nada que ver con
descripción
descripcion
confirmación
confirmacion

[fulfilment/delivery]
envío*
envio*
enviaron
entrega*
reparto
repartidor
paquete*
llegó
llego
llegaron
no ha llegado
mensajero*
mensajería
mensajeria
seur
mrw
dhl
transportista
seguimiento
embalaje
embalado
caja
domicilio
recogida
recoger en tienda
glovo
just eat
producto equivocado
talla equivocada

[relationship/loyalty]
volveré
volvere
volveremos
volver
repetiré
repetire
repetiremos
repetir
nunca más
nunca mas
no vuelvo
recomiendo
recomendaré
recomendare
recomendable
cliente desde
años con ellos
de toda la vida
me cambio
me cambié
me cambie
cambiarme
me voy a
me voy con
darme de baja
me di de baja
dado de baja
baja del servicio
cancele
cancelar la cuenta
desinstalé
desinstale
otra compañía
otra compania
la competencia

[experience/ambience]
ambiente
ambientazo
local
decoración
decoracion
música
musica
ruido*
tranquilo
tranquila
limpio
limpia
sucio
sucia
suciedad
baño*
bano*
aseo*
habitación
habitacion
terraza
vistas
aparcamiento
aparcar
parking
ubicación
ubicacion
bien situado
olor
olía
olia
huele
aire acondicionado
calefacción
calefaccion
agobio
abarrotado
lleno de gente
espacioso
acogedor
acogedora
piscina
