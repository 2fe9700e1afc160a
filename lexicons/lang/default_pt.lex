# Portuguese entries (Brazil and Portugal) for the 13 themes of
# default.lex, with the spellings typed without accents. Included by
# default.lex.
@lang pt

[commercial/price_value]
preço
preços
preco
precos
caro
caros
caríssimo
carissimo
barato*
custo
custos
custa
reais
euros
vale a pena
não vale
nao vale
valeu a pena
roubo
absurdo
abusivo
promocao*
desconto*
oferta*
cupom
cupão
taxa*
tarifa*
mensalidade*
aumento
aumentou
aumentaram
reajuste
grátis
gratis
gratuito
de graça
de graca
economizar
em conta

[commercial/billing]
fatura*
factura*
cobrança*
cobranca*
cobraram
cobrado
cobrada
cobrou
me cobram
débito*
debito*
paguei
boleto*
cartao
transferência
reembolso*
estorno*
estornar
reembolsaram
devolução*
devolucao*
dinheiro de volta
devolveram o dinheiro
duas vezes
multa*
assinatura

[product/quality]
qualidade
material*
tecido
costura*
quebrou
quebrado
quebrada
rasgou
rasgado
descascou
desgast*
resistente
frágil
fragil
veste pequeno
veio pequeno
sabor*
gostoso
gostosa
delicioso*
sem gosto
frio
fria
fresco
fresquinho
porção
porcao
porções
quantidade
bateria
som
tela
ecrã
colchão
colchao
acabamento

[product/reliability]
trava
travando
travou
travado
congela
congelou
fecha sozinho
fecha sozinha
bug*
erro*
falha*
falhou
não funciona
nao funciona
parou de funcionar
deixou de funcionar
não liga
nao liga
não carrega
nao carrega
não conecta
nao conecta
caiu
cai toda hora
queda*
instável
instavel
sem sinal
sem internet
sem conexão
sem conexao
fora do ar
avariado
avaria
defeito*
confiável
confiavel
nunca me deixou na mão
sem problemas
nenhum problema
funciona perfeitamente
reinicia

[product/features]
função
funcao
funções
funcoes
funcionalidade*
opção
opcao
opções
opcoes
configuracao
configurações
modo
anuncio*
propaganda*
versão gratuita
versao gratuita
versão grátis
premium
falta
faltam
seria bom
seria ótimo
seria otimo
poderiam adicionar
deveria ter
compatível
compativel
integração
integracao
cardápio
cardapio
ementa
menu
variedade
vegano
vegetariano
sem glúten
sem gluten
café da manhã
para viagem
para levar

[product/ease_of_use]
fácil
facil
simples
intuitivo
intuitiva
complicado
complicada
difícil
dificil
confuso
confusa
burocrático
burocratico
instruções
instrucoes
manual
configurar
instalar
instalacao
cadastrar
registo
registar
não acho
nao acho
não encontro
nao encontro
em poucos cliques
de primeira

[service/staff]
funcionário*
funcionario*
funcionária*
atendente*
garçom
garcom
garçonete
empregado de mesa
recepcionista
recepção
recepcao
técnico
tecnico
entregador*
estafeta
simpático*
simpatico*
simpática
educado*
educada
grosso
grossa
grosseiro*
grosseria
atencioso*
atenciosa
prestativo*
prestativa
antipático*
antipatico*
profissional*
competente*
incompetente*
atendimento do
me atendeu
nos atendeu

[service/wait_time]
espera
esperar
esperando
esperei
esperamos
demora
demorou
demoraram
demorado
demorada
atraso*
atrasada
rápido
rapido
rápida
rapida
rapidez
lento
lenta
lentidão
lentidao
na hora
imediatamente
fila*
meia hora
uma hora
no prazo
pontual*
no dia seguinte
até agora nada
ate agora nada
ainda aguardo
aguardando

[service/support]
atendimento ao cliente
serviço de apoio
servico de apoio
sac
suporte
assistência técnica
assistencia tecnica
central de atendimento
call center
linha de apoio
chat
robô
robo
reclamação*
reclamacao*
reclamei
reclame aqui
protocolo*
chamado
liguei
ligar
ligação*
ligacao*
ninguém atende
ninguem atende
ninguém responde
ninguem responde
me transferiram
transferido
resolveram
resolvido
resolveu
solucionaram
me ajudaram
garantia

[service/communication]
informação
informacao
informações
informacoes
informaram
avisaram
avisar
aviso
ninguém avisou
ninguem avisou
comunicação
comunicacao
email*
mensagem
mensagens
sms
notificação*
notificacao*
resposta
responderam
responde
me disseram
explicação
explicacao
explicaram
letras miúdas
letra miudinha
enganoso
enganosa
descrição
descricao
nada a ver
diferente da foto
diferente das fotos
confirmação
confirmacao

[fulfilment/delivery]
entrega*
entregue
entregou
envio
enviaram
frete
encomenda*
pacote*
pedido*
chegou
chegaram
transportadora
correios
ctt
rastreio
rastreamento
embalagem
embalado
caixa
motoboy
ifood
uber eats
glovo
retirada na loja
retirar na loja
produto errado
veio errado
veio trocado

[relationship/loyalty]
voltarei
voltaremos
voltar
volto
nunca mais
recomendo
recomendaria
indico
indicaria
cliente há
cliente ha
anos de casa
fiel
troquei de
vou trocar de
mudar de operadora
mudei de
vou mudar
cancelei
cancelar
cancelamento
desinstalei
concorrência
concorrencia

[experience/ambience]
ambiente
atmosfera
decoração
decoracao
música
musica
barulho*
barulhento*
barulhenta
silencioso
tranquila
limpo
limpa
sujo
suja
banheiro*
casa de banho
quarto
esplanada
vista
estacionamento
estacionar
localização
localizacao
bem localizado
cheiro*
fedor
lotado
cheio demais
espaçoso
espacoso
aconchegante
piscina
