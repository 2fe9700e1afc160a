# Portuguese entries (Brazil and Portugal) for the 14 signals of
# signals.lex. Included by signals.lex.
@lang pt

[churn_risk]
vou cancelar
cancelei
cancelar o plano
vou trocar de
troquei de
vou mudar de
mudei de operadora
mudei de banco
portabilidade
nunca mais
não volto
nao volto
última vez
ultima vez
desinstalei
vou embora
na concorrência
na concorrencia
outra operadora
outro banco

[effort/high]
três vezes
tres vezes
quatro vezes
cinco vezes
várias vezes
varias vezes
mil vezes
novamente
liguei
ligar de novo
tive que
tive de
fui obrigado
fui obrigada
me transferiram
de setor em setor
formulário
formulario
papelada
protocolo
ir na loja
ir à loja
ir a loja
presencialmente
horas no telefone
desligaram

[effort/low]
fácil
facil
simples
em minutos
em poucos minutos
sem problemas
sem complicação
sem complicacao
sem burocracia
sem ligar
de primeira
em poucos cliques
resolveram na hora

[intent/complaint]
péssimo
pessimo
péssima
pessima
horrível
horrivel
vergonha
absurdo
decepcionado
decepcionada
decepção
decepcao
golpe
roubo
não funciona
nao funciona
quebrou
atrasado
atrasou
caro
sujo
ruim
pior
reclamação
reclamacao
sem resposta
até agora
ate agora
ainda não
ainda nao
descaso

[intent/suggestion]
por favor
deveriam
poderiam
seria bom
seria ótimo
seria otimo
sugiro
sugestão
sugestao
gostaria que
tomara
falta

[intent/question]
como faço
como faco
é possível
e possivel
posso
vocês têm
voces tem
tem como
quanto
quando
alguém sabe
alguem sabe

[intent/praise]
otimo
ótima
otima
excelente
perfeito
perfeita
maravilhoso
adorei
amei
muito bom
muito boa
top
nota 10
recomendo
obrigado
obrigada
parabéns
parabens
satisfeito
satisfeita
rápido
rapido
gostoso
delicioso
sem problemas
nenhum problema

[journey/onboarding]
cadastro
cadastrar
me cadastrei
abrir conta
abri a conta
abertura de conta
primeira vez
instalacao
configurar
ativação
ativacao
ativar

[journey/purchase]
comprar
compra
reservei
reserva
reservar
orçamento
orcamento
plano
oferta
contratar
caixa
carrinho

[journey/delivery]
entrega
entregue
entregador
chegou
pacote
encomenda
frete
transportadora
correios
rastreio
rastreamento
motoboy
técnico veio
tecnico veio
instalação da

[journey/support]
sac
suporte
assistência técnica
assistencia tecnica
liguei
reclamação
reclamacao
reclame aqui
protocolo
garantia
troca
devolução
devolucao
chat

[journey/billing]
fatura
boleto
cobranca
cobraram
débito
debito
paguei
reembolso
estorno

[journey/renewal]
renovação
renovacao
renovar
renovou
renovado
fidelidade
fim do contrato
fim da fidelização
fim da fidelizacao
reajuste anual

[journey/cancellation]
cancelamento
cancelar
cancelei
cancelado
cancelada
encerrar a conta
encerrei
portabilidade
