"""A fourth set of hand-written comments for the learned layer: 1,343 across the same fifteen
kinds of service business, in English (60%), French and Spanish (20% each), written for
this project without opening the rules, the other examples or the bench sets. They hold
the two flags the analysis missed most on comments nobody here wrote:

- leaving and its look-alikes ("## business language churn"): half say the customer is
  leaving in as many ways as the writer could find (a firm hired instead, a supplier
  changed, a regular lost, goodbye after a complaint, "from now on" somewhere else),
  half do not (complaints, loyal customers, a leaving only weighed, "never again will I
  doubt you");
- spam and its look-alikes ("## business language spam"): comment spam of many kinds
  (blog praise, film, sport and recipe talk, tests of the form, loans, pills, phishing,
  keyboard mashing) beside real comments that name a link, a number, an offer, a blog.

At the end, 26 more written after a first fit: an item praised as "article" or "artículo"
(not blog praise), "post-operatorio", and complaints asked as questions ("could you
explain why I was charged twice?"), which the leaving and spam questions had pulled
towards neutral.

Read before the rules of the same commit were written (so they are no held-out evidence
for those rules: `bench/textlens_own_third.py` and later sets are). Their weight against
the examples before them was chosen by cross-validation on our examples alone
(`bench/textlens_weight.py --new leaving`).

The format of `examples_services.py`: a line "## business language kind" starts a group,
then one example per line: sentiment (- 0 +), topics (pe people, pr process, pd
product, comma-separated, or .), flags (c churn, s spam, or .), then the text.
"""

from __future__ import annotations

from servicegap.textlens.data.examples import grouped
from servicegap.textlens.learn import Example


def groups() -> dict[tuple[str, str, str], list[Example]]:
    """The examples by (business, language, kind), in the order written."""
    return grouped(EXAMPLES)


def examples() -> list[Example]:
    return [e for group in groups().values() for e in group]


EXAMPLES = """
## restaurant en churn
- pd c paid £24 for a burger that was basically a hockey puck. we wont be back
- pr . waited 25 min for drinks again, food was lovely tho
+ pe . left my scarf on the chair and they posted it back to me for free. legends
- pe c manager rolled his eyes when i mentioned my nut allergy. never setting foot in there again
- pr,pd c 90 mins for two pizzas and one was stone cold. cooking at home from now on tbh
+ pd . never going anywhere else for a sunday roast, the yorkshires are the size of my head
- pe c 8 years of anniversary dinners here and that was the last one. the new front of house just doesnt care
+ pe,pr . had to cancel our booking last minute and they were so nice about it. will rebook soon
0 pr . how do i change the time on my booking? cant find it on the site
- pd c used to be our friday spot. portions halved, prices doubled. found a new friday spot 👋
- pe,pr c booked for 6, no record of it, host just shrugged. ate at the place next door and thats where we'll go now
- pd . chips were soggy tonight, not like you. still our favourite
- pe,pr . if service is this slow next time i might honestly try somewhere else, havent decided
- pd c food poisoning after the prawns, 2 days in bed. id rather eat cereal for dinner than come back
+ pd . ditched my usual italian for you last year and havent looked back, the carbonara is unreal
- pe c you've lost a regular. the way the bartender spoke to my teenage daughter was disgusting
- pr . next time we wait an hour for a table im gone. tonight was a joke
- pr c third wrong delivery order this month. uninstalled, the thai place round the corner has my number now
+ pd . never again will i doubt the chef's special, that lamb was incredible
- pe c our team did every leaving do here for years. not anymore, xmas party is booked somewhere else
+ pe . this wont be the last time we come, the staff made mum's 80th so special 🥰
- pd c new menu killed everything we loved. rip favourite brunch place, we've moved on
+ pe,pd . moving to leeds next month and genuinely gutted to leave this place behind. best curry in town, thank you all
- pe,pr c 45 min to get the check and not one apology. told my whole book club to steer clear
- pd . music way too loud, couldnt hear each other. food was fine
- pd c $19 for lukewarm pasta that tasted like it came out of a jar. lol no. deleted you from my saved places
0 pd . do you still do the gluten free menu or has it changed?
- pe,pd c done. waitress argued with me that the chicken wasnt pink inside. it was pink
- pe . waiter forgot our starters but comped the desserts so fair play
## restaurant fr churn
- pd c 32€ pour un tartare tiède et fade. c'était notre dernière visite
- pr . encore 40 min pour avoir l'addition, c'est long mais on reviendra pour le dessert
- pe c serveur désagréable du début à la fin, on ne nous y reprendra plus
+ pe . j'ai oublié mon sac sous la table, ils m'ont appelée tout de suite. merci !!
- pr c 1h15 d'attente pour un plat du jour... je déjeune ailleurs maintenant, c'est décidé
+ pd . on a quitté notre pizzeria habituelle pour vous et on ne regrette rien
0 pr . comment annuler une réservation pour samedi soir ? merci
- pe,pd c cheveu dans la soupe et la patronne a rigolé. vous avez perdu des clients fidèles depuis 10 ans
- pe . si on nous oublie encore une fois en terrasse, on ira peut-être voir ailleurs... à voir
- pd c la qualité a tellement baissé depuis le changement de chef. rayé de notre liste, adieu
## restaurant es churn
- pd c la paella estaba pasada y encima carísima. no volvemos nunca más
- pr . tardaron un montón en traer la cuenta, pero la comida buenísima
- pe c el camarero nos trató fatal por pedir agua del grifo. han perdido unos clientes
+ pd . nunca cambiaría este restaurante por otro, el cochinillo es de otro planeta
- pr c hora y media esperando los segundos. última vez que piso este sitio
+ pe,pr . cancelé la reserva por un imprevisto y me lo pusieron facilísimo. volveremos seguro
- pd,pe c me cobraron dos cafés que no pedí y encima de malas. a partir de ahora desayuno en el bar de enfrente
0 pr . se puede cambiar la hora de la reserva por whatsapp?
- pd c antes era mi sitio favorito, ahora ni fu ni fa y el doble de caro. hasta nunca
## hotel en churn
- pd c mould in the shower and a stained duvet. wont be staying here again, ever
- pr . check in queue was 30 min again, room was lovely once we got in
- pe c reception basically accused us of stealing a towel. our next 3 trips are booked with the hotel across the square
+ pe . left my phone charger in the room and they sent it home for me. brilliant
- pr c check in at 3 and the room wasnt ready till 6. next conference im putting the whole team in a different hotel
+ pd . never staying anywhere else in this city, the beds are heaven
- pd c paid for a sea view, got a view of the bins. this was our last stay
+ pr . had to cancel because of a flight strike and they refunded in full same day. will definitely book again
0 pr . how do i change the dates on my booking without losing the deposit?
- pe c night manager was rude and dismissive about the noise. lost a 10 year guest, well done
- pr,pd c charged my card twice and still chasing the refund 6 weeks later. loyalty membership cancelled, points and all
- pd . wifi kept dropping, bit annoying on a work trip
- pe . if reception is that rude on my next visit i'll think about other options, not sure yet
- pd c aircon broken in 35 degrees, not even a fan offered. never again and im telling every friend who visits the city
+ pe . switched from the big chain hotel to you last spring, best decision, staff remember my name
- pe c asked for a quiet room for my migraine and got one above the nightclub. staying at the b&b down the road from now on
- pd . if the pool is closed again next time im gone. really disappointing this weekend
- pr c breakfast finished at 9:30 on a sunday?? who does that. will not be returning
+ pd . never again will i pay extra for a suite elsewhere, your standard room is nicer
- pd c "renovated" my foot. sticky carpet, broken tv. crossed off our list
+ pe . wont be the last time we stay, kids loved the welcome pack 😊
- pe,pr c gave our room away because we arrived at 11pm, even though we rang ahead. goodbye forever
+ pe . relocating abroad so this was probably our last stay, sad to leave, thank you for 6 lovely years
- pd c hair in the bed and cold water only. checked out a day early and next year is already booked somewhere else
- pr . late checkout request was ignored, had to chase at the desk
- pr c after this weekend i cancelled all 4 of my future reservations. not explaining again, nobody listens
- pd . walls are paper thin, heard everything next door. otherwise fine
- pe c housekeeping walked in on me twice. im not coming back and neither is my company's travel budget
0 pe . is the concierge desk open 24h? leaving for the airport at 4am
## hotel fr churn
- pd c chambre sale, moquette qui colle, plus jamais dans cet hôtel
- pr . le petit déj se termine trop tôt, dommage, sinon séjour agréable
- pe c accueil glacial, on s'est sentis de trop. on a réservé ailleurs pour les prochaines vacances
+ pe . j'ai laissé mon pull dans la chambre, on me l'a renvoyé en 2 jours 👍
- pr c facturés deux nuits au lieu d'une et personne ne répond. j'ai résilié ma carte fidélité
+ pd . depuis qu'on a découvert cet hôtel on ne va plus ailleurs, parfait
- pd c bruit toute la nuit, clim en panne. on ne remettra pas les pieds ici
0 pr . est-il possible d'annuler sans frais jusqu'à la veille ?
- pe . si l'accueil est encore aussi froid la prochaine fois, je chercherai peut-être autre chose
- pe,pr c réservation perdue, aucune solution proposée. je le déconseille à tout mon entourage et je claque la porte
## hotel es churn
- pd c habitación con cucarachas. nunca más, y se lo voy a contar a todo el mundo
- pr . el check in tardó bastante, la habitación genial eso sí
- pe c la recepcionista nos habló fatal. hemos reservado en otro hotel para agosto
+ pe . me dejé el cargador y me lo enviaron a casa. qué detalle
- pr c cobraron el parking aparte sin avisar. no me vuelven a ver el pelo
+ pd . cambié de hotel por este hace 3 años y no me muevo de aquí
- pd c fotos engañosas, la piscina es un charco. última vez que reservo aquí
0 pr . cómo cancelo una noche de las tres que tengo reservadas?
- pe,pr c perdieron nuestra reserva y ni una disculpa. que les vaya bonito
## clinic en churn
- pe c doctor didnt even look up from the screen. registered with another practice this morning
- pr . waited 40 min past my appointment time again, doctor was great once i got in
- pr c 3 weeks to get an appointment and then they cancelled it. im moving to the other surgery
+ pe . left my glasses in the consulting room and reception rang me straight away. thank you
- pe c receptionist laughed when i said i was in pain. never going back there
+ pe . never going to another dentist, dr okafor is so gentle with nervous patients
- pr c hour and a half in the waiting room for a 5 min consult. the whole family has switched to the clinic in town
+ pr . cancelled my appointment online and got a new slot in seconds. so easy
- pd c charged $200 for a follow up that lasted 4 minutes. found a new physio, done here
0 pr . how do i change my appointment from tuesday to thursday?
- pe c dr lennox brushed off my symptoms twice. ive asked for my records to be transferred
- pe . receptionist was a bit short with me today, everyone has bad days i guess
- pr c lost my blood test results AGAIN. ive had enough, the kids are going elsewhere too
- pr . if i cant get through on the phone again next month i might look at other practices. we'll see
- pe,pr c nobody ever calls back. cancelled my health plan with you, not renewing
+ pe . moved from my old gp to you after years of being ignored, what a difference
- pd c filling fell out after a week and they wanted to charge me again. new dentist booked, cheerio
- pr . one more cancelled appointment and im gone. really frustrated today
- pe c treated like a number. 12 years with this practice and that was my last visit
+ pe . never again will i put off a check up, the team made it painless
- pr c online booking never works and the phone is always engaged. joining the practice across town, forms already in
+ pd . wont be the last time i come in for physio, my back feels brand new
- pe c the nurse was rough and rude with my elderly dad. we won't be back and ive warned the neighbours
+ pe . moving house so ill have to register somewhere closer. genuinely sad to leave, best practice ive ever had
- pd c paid privately for a scan and the report was copy and paste. never again, never
- pd . prescription charges went up again, not happy about that
- pr c they cancelled my 8am with no notice for the third time. so ive cancelled my membership. funny how that works
0 pr . are you open saturday mornings for blood tests?
- pr . parking is a nightmare, took me 20 min to find a space
## clinic fr churn
- pe c médecin méprisant et pressé, j'ai changé de médecin traitant
- pr . 45 min de retard encore une fois, mais la docteure est très bien
- pr c 3 rendez-vous annulés en un mois, je vais dans un autre cabinet désormais
+ pe . j'ai oublié ma carte à l'accueil, ils me l'ont gardée. merci
- pe c secrétaire odieuse au téléphone, je ne reviendrai plus jamais
+ pe . je suis venue de l'autre cabinet et je ne regrette pas du tout
- pd c dépassements d'honoraires délirants pour 5 minutes. fini pour moi, j'ai trouvé ailleurs
0 pr . comment déplacer mon rendez-vous de jeudi ?
- pr . si c'est encore aussi compliqué d'avoir un créneau, je verrai ailleurs peut-être
- pe,pr c résultats perdus et personne ne rappelle. j'ai récupéré mon dossier, au revoir
## clinic es churn
- pe c el médico ni me miró. he pedido cambio de médico de cabecera
- pr . otra vez una hora de espera, pero la doctora es un encanto
- pr c me anularon la cita tres veces. me he ido a otra clínica
+ pe . me dejé el paraguas en la sala y me lo guardaron. gracias!
- pd c me cobraron 90€ por una consulta de cinco minutos. no vuelvo ni loca
+ pe . llevo 15 años viniendo y no pienso cambiar, el trato es inmejorable
- pe c la recepcionista es una maleducada. me he dado de baja del seguro con vosotros
0 pr . cómo puedo cambiar la cita del lunes?
- pr,pe c nadie coge el teléfono nunca. hasta aquí he llegado, adiós
## pharmacy en churn
- pr c prescription not ready for the 4th month running. nominated a different pharmacy today
- pr . queue out the door again, staff doing their best though
- pe c pharmacist lectured me in front of the whole queue about my meds. ill be using the one on the high street now
+ pe . left my purse on the counter and the pharmacist ran after me down the road. thank you so much
- pr c they lost my repeat again. moved everything to an online pharmacy, done
+ pe . never going anywhere else, they always explain my meds properly
- pe c rude, slow, and handed me the wrong dose. never setting foot in there again
+ pr . switched my prescriptions to you from the supermarket pharmacy, so much quicker. love it
- pd c £9 for the same cold and flu stuff thats £3 at the supermarket. ill stick to the supermarket from now on
0 pr . how do i cancel the automatic repeat for my inhaler?
- pr c shut at 5:45 when the door says 6. you've lost my whole family's prescriptions
- pd . shame you dont stock the fragrance free sunscreen anymore
- pe c girl on the till was on her phone the entire time i stood there. taking my business elsewhere
- pr . if my meds are late again next month i might move them, havent decided
- pd c out of my insulin twice this month. ive moved to the pharmacy by the hospital, cant risk it
+ pe . never again will i self diagnose, the pharmacist sorted my rash in 2 mins
- pr c waited 50 min for a prescription that was "ready". never again, and i mean it this time
- pr . one more mix up and im gone, seriously
- pe c pharmacist refused to check my blood pressure, said too busy. bye bye
+ pe . wont be the last time i ask for advice here, so patient with my mum
- pd,pr c gave me the wrong strength tablets, could have been serious. my gp is sending my scripts somewhere else from now on
+ pe . moving away next week and im really going to miss you guys, best chemist ever
- pe c 20 years using this chemist and the new owners have ruined it. sadly we're off
- pe . bit of a wait and the locum was grumpy. the regulars are lovely
- pr c delivery service never turns up. cancelled it and found a chemist that actually delivers
0 pr . are you open on bank holiday monday?
- pe c treated like a criminal for asking for codeine. won't be back
+ pr . cancelled my flu jab and rebooked in one phone call, so easy
- pd . prices have crept up, noticed it on the vitamins
## pharmacy fr churn
- pr c ordonnance jamais prête, j'ai changé de pharmacie
- pr . encore la queue jusqu'à la porte, mais toujours de bon conseil
- pe c pharmacienne désagréable et moralisatrice. plus jamais chez vous
+ pe . j'avais oublié mon ordonnance, ils ont appelé mon médecin directement. top
- pd c rupture de stock permanente, je vais à la pharmacie de la gare maintenant
+ pe . je ne changerai jamais de pharmacie, ils sont adorables
- pe c on m'a parlé comme à une enfant. je ne mettrai plus les pieds ici
0 pr . peut-on annuler une commande passée sur le site ?
- pd . dommage que les prix aient augmenté sur la parapharmacie
- pr c erreur sur mon traitement, c'est grave. j'ai transféré mes ordonnances ailleurs
## pharmacy es churn
- pe c la farmacéutica me trató con desprecio. ahora voy a la del otro lado de la calle
- pr . mucha cola como siempre, pero atienden bien
- pr c nunca tienen mi medicación. ya he cambiado de farmacia
+ pe . me olvidé la tarjeta en el mostrador y me llamaron. muy amables
- pd c me dieron el medicamento equivocado. no pienso volver
+ pe . me cambié a esta farmacia hace un año y encantada, no me voy
- pr c cerraron antes de hora dos veces esta semana. hasta nunca
0 pr . cómo anulo el pedido que hice por la web?
- pe c ni un saludo ni una explicación. han perdido a una clienta de toda la vida
## garage en churn
- pd c charged £480 and the knocking noise is still there. found another garage, wont be back
- pr . took longer than quoted again, but the repair is spot on
- pe c mechanic talked down to me because im a woman. taking my car elsewhere from now on
+ pe . left my sunglasses in the car and theyd put them in the glovebox for me, lovely touch
- pr c said 2 days, kept it 9. never again
+ pd . never taking the car anywhere else, honest prices every time
- pd c scratched my alloys during the tyre change and denied it. you've lost a customer and my dad's van account with it
+ pe . came over from the main dealer and wish id done it years ago
- pe c nobody called me back about the quote for a week. booked in with the independent down the road instead
0 pr . how do i move my service booking to next week?
- pd c failed my mot on stuff another garage passed the same afternoon. done with you
- pd . bit pricey for a tyre change tbh. work was fine
- pr c car was "ready" at 5, turned up and it hadnt been touched. my car will never see the inside of that workshop again
- pr . if its not ready on time again i might try somewhere else, dunno
- pe c told me i needed new brake pads. second opinion said they were fine. fool me once... goodbye
- pe . next time you forget to call me im gone, had to chase you all day
- pd c oil leak straight after your service. cheers. going back to my old mechanic, should never have left him
+ pd . never again will i go to a fast fit place, you found the actual fault
- pe,pr c 3 hours on hold just to ask if my car was ready. servicing moves to the dealership from now on
+ pe . won't be the last time, kept me updated with photos the whole time 👍
- pd c $1200 for a clutch that slips a month later. telling everyone at work to avoid. done
+ pe . moving to scotland so sadly this was my last service with you. best garage ive used, thank you lads
- pr c lost my spare key and shrugged. whatever, last time im using you
- pr . waiting room coffee machine broken and no wifi, long morning
- pe c owner swore at me when i questioned the bill. 3 cars in our family and none of them are coming back
+ pr . cancelled my booking by text and they were fine about it, rebooked for friday
- pd c replaced parts that didnt need replacing. last straw, im out
0 pd . do you do aircon regas or do i need to go elsewhere for that?
- pd . washer fluid not topped up, minor but you said you would
## garage fr churn
- pd c 650€ et la panne est revenue deux jours après. j'ai trouvé un autre garage
- pr . un peu de retard sur le délai annoncé, mais travail impeccable
- pe c garagiste malhonnête, il m'a facturé des pièces qu'il n'a pas changées. plus jamais
+ pe . j'ai laissé mes clés de maison sur le tableau de bord, ils m'ont appelé. merci
- pr c 3 semaines pour une vidange, sérieusement ? je vais ailleurs dorénavant
+ pd . j'ai quitté la concession pour vous et je ne le regrette pas
- pe c aucun rappel, aucune info, rien. vous ne me reverrez pas
0 pr . comment décaler mon rendez-vous pour la révision ?
- pd . si la facture est encore aussi salée la prochaine fois, je réfléchirai... mais bon, je ne sais pas
- pd c rayure sur la portière après réparation et refus de reconnaître. je fais passer le mot, à fuir, et moi je suis parti
## garage es churn
- pd c me cobraron 400€ y el coche sigue haciendo el ruido. me voy a otro taller
- pr . tardaron un día más de lo dicho, pero quedó perfecto
- pe c el mecánico me mintió en la cara. nunca más
+ pd . no cambio de taller ni loco, precios justos siempre
- pr c dos semanas para cambiar el aceite. ya tengo otro taller de confianza
+ pe . me dejé la cartera en el coche y me la guardaron. majísimos
- pd c me rayaron la puerta y no quisieron saber nada. aquí no me pillan más
0 pr . puedo cambiar la cita del martes al jueves?
- pe,pr c ni llamadas ni presupuesto. me llevo el coche y no vuelvo
## bank en churn
- pe c closed my account today after 15 years. branch staff treated me like a fraudster
- pr . on hold 35 min again just to reset my pin
- pr c 4 weeks to unblock my card. moved my salary to another bank, bye
+ pe . left my card in the cash machine and the branch rang me before id even noticed. amazing
- pd c new monthly fee on a basic account? no thanks, switching this week
+ pe . switched to you from my old bank last year and never looked back
- pe c they shut my local branch and the phone line is a joke. transferred everything out on friday
+ pd . never banking anywhere else, the app is brilliant
- pr c mortgage application lost twice. went with a broker and a different lender, done with you
0 pr . how do i cancel a standing order in the app?
- pe c advisor was condescending about my savings. ive opened an account elsewhere and im moving the lot
- pd . fees went up again, not impressed
- pd c interest on savings is an insult. moneys gone to a bank that actually pays
- pe . if the next advisor is as rude as today's i might consider moving. undecided
- pr c app down on payday AGAIN. already applied to switch, see ya
- pr . one more blocked payment and im gone, sick of it
- pe c fraud team hung up on me twice. credit card cancelled, current account closing next week
+ pe . never again will i dread ringing my bank, the agent was so kind
- pr c froze my business account with no explanation. my company banks elsewhere from now on
+ pr . cancelled a payment by mistake and they fixed it in 2 mins, great
- pd c overdraft charges are daylight robbery. account closed, good riddance
+ pe . moving overseas next year but keeping my account with you, best service ive had anywhere
- pe c you've lost a lifelong customer. 3 hours on hold to be told absolutely nothing
0 pr . what time does the branch open on saturdays?
- pr c the switch to my new bank completes friday. should have done it years ago
- pr . transfer took 3 days to arrive, bit slow
- pe c staff refused to help my elderly mum withdraw her own cash. my whole family is leaving this bank, all 6 accounts
+ pd . came from a big high street bank and your savings rate is miles better, staying put
- pe . branch queue was long and only one cashier, but she was lovely
## bank fr churn
- pe c conseiller injoignable depuis 3 mois. j'ai clôturé mon compte
- pr . encore 30 min d'attente au téléphone pour un simple virement
- pd c frais de tenue de compte encore en hausse. je passe à une banque en ligne
+ pe . j'ai quitté ma banque pour vous il y a 2 ans, aucun regret
- pr c carte bloquée 15 jours sans explication. mon salaire part ailleurs dès le mois prochain
+ pe . ma conseillère est top, je ne partirai jamais
- pe c on m'a raccroché au nez deux fois. c'est fini entre nous
0 pr . comment résilier l'assurance liée à ma carte ?
- pd . si les frais augmentent encore je pourrais envisager de changer, on verra
- pr c dossier de prêt perdu deux fois. j'ai signé avec une autre banque, bonne continuation sans moi
## bank es churn
- pe c el director de la oficina me trató fatal. he cerrado todas mis cuentas
- pr . otra vez cola larguísima en la oficina
- pd c comisiones por todo. me he pasado a un banco online
+ pe . me vine desde otro banco y estoy encantado, no me muevo
- pr c tres semanas sin tarjeta. ya he domiciliado la nómina en otro banco
+ pe . me dejé la tarjeta en el cajero y me avisaron enseguida. gracias
- pe c nadie responde al teléfono. me cambio de banco, adiós
0 pr . cómo cancelo una transferencia programada?
- pr c la app no funciona nunca. cancelo la cuenta este mes
## telecom en churn
- pr c requested my PAC code this morning. 6 weeks with no signal is enough
- pd . internet slow again tonight, 3rd time this week
- pe c 5 different agents, 5 different answers. my contract is up in june and im off
+ pe . switched to you from my old provider and never looked back, signal is miles better
- pd c broadband drops every single evening. signed up with another provider, their engineer comes monday
+ pe . never leaving, the agent sorted my bill in 5 mins
- pd c bill went up 14% mid contract. porting my number out, bye
0 pr . how do i cancel the sports add on without changing the rest of my contract?
- pe c support chat closed on me 3 times. cancelling my contract and paying the exit fee happily
- pr . if the router isnt replaced by friday i might look at other providers. not decided
- pr c 3 weeks waiting for an install that never happened. cancelled the order and went with a competitor
- pd . next time the price goes up im gone. annoyed
- pd c paying for 500mb and getting 20. new router from the other lot arrives tomorrow
+ pr . cancelled my upgrade by mistake and they reinstated it same day, brilliant
- pe c promised me a loyalty discount then denied it ever happened. not renewing, done
+ pd . never again will i doubt mobile broadband, its faster than my old fibre
- pr c charged me roaming i never used. cancelled the direct debit and moving all 4 family lines
- pe . had to explain my problem 3 times to 3 people, sorted in the end though
- pe c rang to say im leaving and they didnt even try to keep me. fine, gone
+ pe . won't be the last time i recommend you, great service today
- pd c no 4g in my own kitchen. new sim arrives tomorrow, good riddance
0 pr . whats the notice period if i want to change my plan?
- pr c 2 hours on hold. life's too short, ive moved network
- pr . engineer was 2 hours late and didnt call
- pe c engineer never showed, twice. tv, phone and internet are all moving to your rival
+ pe . moving house and they moved my broadband over with zero downtime. staying with you for sure
- pd c 11 yrs a customer and new customers get half price. so i'll go be a new customer somewhere else
- pd . the new app is confusing, cant find my bill anywhere
+ pe . moving in with my partner who's already with you so just merging accounts, easiest call ever
## telecom fr churn
- pd c plus de réseau depuis 10 jours. j'ai demandé mon code RIO, je pars
- pd . encore des coupures internet ce soir, c'est pénible
- pe c service client incompétent. je change d'opérateur dès la fin de mon engagement en mars
+ pe . je suis passé chez vous l'an dernier et je ne regrette rien
- pr c facture gonflée sans explication. lettre de résiliation envoyée ce matin
0 pr . comment résilier l'option tv sans toucher au reste ?
- pd c fibre coupée chaque soir, j'ai souscrit chez la concurrence
- pr . si la box n'est pas changée cette semaine, je pourrais aller voir ailleurs
+ pr . j'ai annulé une option par erreur, rétablie en 5 minutes. merci !
- pe c technicien jamais venu. ciao, vous avez perdu un client de 12 ans
## telecom es churn
- pd c sin cobertura en casa desde hace un mes. ya he contratado otra compañía
- pd . otra vez sin internet esta tarde, qué cansancio
- pe c me engañaron con la oferta. he pedido la portabilidad
+ pe . me cambié a vosotros hace un año y ni se me ocurre volver a mi antigua compañía
- pr c me subieron la cuota sin avisar. me doy de baja
0 pr . cómo cambio de tarifa sin salir de la compañía?
- pd c internet fatal todas las noches. la permanencia acaba en mayo y ese mismo día me largo
- pr . si no me arreglan la fibra esta semana igual me planteo cambiar, ya veremos
- pe c tres horas al teléfono para nada. adiós, me voy con la competencia
## transport en churn
- pr c bus didnt turn up for the 3rd morning running. bought a bike, bye bye buses
- pr . train 20 mins late again this morning
- pe c driver shut the doors in my face as i ran for it. ill drive from now on
+ pe . left my laptop on the train and lost property had it waiting for me. heroes
- pr c cancelled my annual season ticket. trains late every single day
+ pr . switched from driving to your buses and honestly dont miss the car at all
- pd c £14 for a 20 minute ride in a filthy carriage. car sharing with my neighbour from monday
+ pe . never going back to the other taxi firm, your drivers are always on time
- pe c taxi driver took the long way then argued about the fare. deleted your app
0 pr . how do i cancel one journey on my pass and get a refund?
- pr c stranded at the airport at 2am with no replacement coach. never using this coach company again
- pd . seats on the new trains are so uncomfortable
- pe c guard was rude to my disabled son. we won't travel with you again
- pr . if this line is late again next week i may look at driving. havent decided
- pr c 4 hour delay, no info, no water. flying with someone else next time, no question
- pr . next time my train gets cancelled without notice im gone
- pd c ferry cabin smelled like sewage. its the tunnel for us from now on
+ pr . cancelled my trip and the refund hit my card in minutes, will book again
- pr c refund claim ignored for 3 months. done, getting the coach instead
+ pe . never again will i moan about the night bus, the driver waited for me when i tripped
- pe c your controller hung up on me. monthly pass cancelled today
+ pe . won't be the last time i take the sleeper, staff were lovely
- pr c the new timetable wrecked my commute. gave in and bought a car, you did that
- pe . conductor was a bit short with me today
- pd c paid for first class, no seat. that's it, im finished with this line
0 pr . do you run a service on boxing day?
- pe c driver on his phone the whole journey. reported it, and im never booking your cabs again
+ pd . moving away from the city and sad to leave my daily ferry, best commute ever
- pr . app showed the bus arriving, it never came. got the next one
## transport fr churn
- pr c train supprimé tous les lundis. j'ai résilié mon abonnement, je prends la voiture
- pr . encore 25 min de retard ce matin
- pe c chauffeur agressif. je ne prendrai plus jamais vos cars
+ pe . j'ai oublié mon sac dans le bus, récupéré le lendemain aux objets trouvés. merci !
- pd c 80€ pour voyager debout. désormais c'est covoiturage
+ pr . j'ai annulé mon billet et remboursement immédiat, je rachèterai chez vous
- pr c remboursement jamais reçu. j'ai supprimé l'appli, terminé
0 pr . comment modifier la date de mon billet ?
- pr . si les retards continuent, je pourrais passer au vélo... je me tâte
- pe c contrôleur méprisant avec ma mère âgée. on ne voyagera plus avec vous
## transport es churn
- pr c el autobús nunca pasa a su hora. me he comprado una moto y adiós
- pr . el tren llegó otra vez con retraso
- pe c el conductor me insultó. no vuelvo a coger esta línea
+ pe . me dejé la mochila en el tren y me la devolvieron. gracias
- pd c carísimo y sucio. a partir de ahora voy en coche compartido
+ pr . cancelé el billete y me devolvieron el dinero al momento, repetiré
- pr c cancelaron mi vuelo y ni un reembolso. nunca más vuelo con vosotros
0 pr . cómo cambio la fecha del billete?
- pe c el taxista me timó. borré la app
## gym en churn
- pr c gave my 30 days notice today. half the machines have been broken since christmas
- pd . aircon broken again in the spin studio, brutal
- pe c trainer laughed at my form in front of everyone. membership cancelled before id even showered
+ pe . left my headphones in the locker and reception kept them safe. thanks guys
- pd c £55 a month for freezing showers. the council leisure centre is half the price and gets my money now
+ pe . switched from the big budget gym to you and never looked back
- pr c class booking system is a lottery. contract ends in april and im not renewing, already told them
+ pd . never training anywhere else, the equipment is top notch
- pe c front desk rude every single visit. found another gym and honestly dont miss you
0 pr . how do i freeze my membership for a month while im travelling?
- pd c changing rooms are grim. ive emptied my locker for good
- pr . if the classes keep getting cancelled i might consider leaving, not sure yet
- pr c made me come in person to cancel. did it anyway, enjoy your last payment from me
- pr . next time they cancel my class last minute im gone
- pe c my pt cancelled on me 5 times. followed a better trainer to the gym across town
+ pr . cancelled my class by accident and the app let me rebook instantly. smooth
- pd c third price rise this year. the park is free, ta-ra
+ pe . never again will i skip leg day, coach jess is a legend
- pr c "open 24/7" but locked at 6am twice. signed up at the gym by the station this morning
+ pe . won't be the last time you see me at 6am, love the morning crew
- pe c manager ignored my complaint about the guy staring at women in the weights room. leaving, and telling every woman i know
+ pe . moving cities next month, gutted to leave this gym, best community ever 💪
- pd c treadmills out of order since january, im done paying for a coat rack
- pe . music too loud and staff wouldnt turn it down
- pr c charged me during my freeze so i cancelled the direct debit at my bank. we're finished
0 pr . what are the bank holiday opening hours?
- pe c 2 years here and no one knows my name. handed my fob back, off to the boxing club
- pd . lockers are tiny, cant fit my bag
+ pd . was about to quit the gym altogether but the new classes kept me going, thank you
## gym fr churn
- pd c machines en panne depuis des semaines. j'ai résilié mon abonnement
- pd . la clim est encore en panne dans la salle de cardio
- pe c coach méprisant, je suis partie dans une autre salle
+ pe . je suis venu d'une autre salle et je ne repartirai pas
- pr c impossible de réserver un cours, je lâche l'affaire, c'est fini pour moi
0 pr . comment suspendre mon abonnement pendant l'été ?
- pd c douches froides, vestiaires sales. je ne renouvelle pas en septembre
+ pe . j'allais tout arrêter mais le coach m'a remotivée, merci
- pe c accueil désagréable à chaque fois. bye bye, ma carte est à la poubelle
## gym es churn
- pd c las máquinas siempre rotas. me he dado de baja
- pd . el aire acondicionado otra vez estropeado
- pe c el monitor pasa de todo. me he apuntado a otro gimnasio
+ pe . me vine de otro gimnasio y no lo cambio por nada
- pr c me siguieron cobrando después de pedir la baja. reclamación puesta y no me veréis más
0 pr . cómo congelo la cuota durante agosto?
- pd c otra subida de cuota. se acabó, entreno en el parque
- pr . si siguen cancelando clases me lo pensaré, pero de momento sigo
- pe c recepción borde siempre. no renuevo
+ pe . me dejé la toalla y me la guardaron en recepción. gracias
## salon en churn
- pd c asked for a trim, lost 4 inches. never letting them near my hair again
- pr . running 20 min late again but the cut is perfect
- pe c stylist scrolled her phone between every snip. ive found a new salon and she's wonderful
+ pe . left my umbrella there and they kept it behind the desk for me 😊
- pr c double booked and left me waiting an hour. not rebooking, deleted the app
+ pe . left my old hairdresser for you and never looked back
- pd c bleach burned my scalp. done with this place, and the whole group chat knows why
+ pe . never going anywhere else, sam gets my hair right every time
- pe c finally found a barber who actually listens, so this is goodbye. 3 bad fades in a row
0 pr . how do i change my appointment to the afternoon?
- pd c $180 for highlights that came out orange. fool me once, not twice
- pd . colour faded faster than i hoped
- pe c receptionist was so rude about me being 5 min late that i cancelled every appointment i had booked
- pe . if i get a different stylist again without being asked i might look around, dunno yet
- pr c cancelled on me the morning of my bridal trial!! someone else is doing my wedding hair now
- pd . next time my fringe is this wonky im gone lol
- pe c new owner changed everything and not for the better. 6 years a client, moving on
+ pr . had to cancel last minute, no fee and they fit me in the next day. brilliant
- pd c nails lifted after 2 days, second time. going back to my old nail tech, should never have left her
+ pe . never again will i cut my own fringe, thank you for saving me
- pe c made fun of my curly hair. taking my curls somewhere theyre actually wanted
+ pe . won't be the last time, honestly the best head massage of my life
- pd c prices up 30% and quality way down. you've lost me
+ pe . moving abroad and so sad to leave my hairdresser, 10 years of great hair 💔
- pr c two and a half hours for a cut and blowdry. not wasting another saturday in that chair
- pr . booking app keeps logging me out
- pe c my daughter cried after her cut and they laughed. we won't be back, not even for a fringe trim
0 pd . do you do balayage on short hair?
- pe . a bit too chatty for my liking, cut is good though
## salon fr churn
- pd c couleur ratée, cheveux abîmés. plus jamais
- pr . 20 min de retard encore mais la coupe est top
- pe c coiffeuse désagréable, j'ai trouvé un autre salon
+ pe . j'ai quitté mon ancien coiffeur pour vous, meilleure décision
- pr c rendez-vous annulé à la dernière minute, je vais ailleurs maintenant
0 pr . comment déplacer mon rendez-vous de samedi ?
- pd c 90€ pour un brushing raté. vous ne me reverrez pas
+ pe . déménagement oblige, je dois trouver un salon là-bas... vous allez tellement me manquer, merci pour tout
- pe c on m'a fait attendre 1h sans une excuse. c'était ma dernière fois
## salon es churn
- pd c me dejaron el pelo hecho un desastre. no vuelvo
- pr . otra vez retraso, pero me encanta el corte
- pe c la peluquera pasaba de mí. me he buscado otra peluquería
+ pe . dejé mi antigua peluquería por vosotras y ni me arrepiento
- pr c me tuvieron una hora esperando. última vez
0 pr . puedo cambiar la cita al jueves?
- pd c el tinte me quemó el cuero cabelludo. nunca más
- pd . el color duró poco esta vez
- pe c desde que cambió la dueña todo fatal. me despido después de 5 años
+ pe . me dejé las gafas en el tocador y me avisaron enseguida, gracias chicas
## shop en churn
- pe c security guard followed me round the whole store. shopping elsewhere from now on, and i spent a lot there
- pr . queues at the tills again, only 2 open
- pd c jacket fell apart after 2 washes and they refused a refund. i wont buy so much as a sock from you again
+ pe . left my bag at the counter and they kept it aside for me. thank you
- pr c returns desk sent me away 3 times. im done, your competitor can have my money
+ pd . switched my weekly shop to you from the big supermarket, cheaper and nicer
- pe c cashier threw my change on the counter. lost my custom
+ pe . never going anywhere else for my shoes, the staff really know their stuff
- pd c quality's gone right downhill. cut my loyalty card in half in the car park ✂️
0 pr . how do i cancel an online order before it ships?
- pr c self checkouts only and none of them work. ill use the corner shop, at least theres a human
- pd . the bread was stale this morning
- pe c asked for help, got an eye roll. cheerio
- pr . if click and collect isnt ready again i might try elsewhere, we'll see
- pd c prices are a joke now. weekly shop has moved to the discount place and we're saving loads
- pr . next time theres only one till open im gone
- pr c charged me twice and made ME prove it. never shopping here again
+ pr . cancelled my order and got the refund in minutes, will definitely order again
- pe c staff chatted to each other for 15 mins while i stood there. spending my money where im noticed
+ pd . never again will i buy cheap jeans elsewhere, these are brilliant
- pd c sold me out of date yoghurt for the third time. bye
+ pe . won't be the last time i shop here, so helpful
- pr c click and collect never ready on time. ordering from the rival store from now on
- pe . staff didnt know where anything was
- pe c manager refused a refund on a faulty kettle. unsubscribed from the emails, card binned, done
0 pd . do you still sell the oat milk? cant find it
- pd c 20 years shopping here and its gone to the dogs. not anymore, said goodbye to the till lady today
+ pe . moving across the country, gonna miss my little local shop, thanks for everything
- pd . shelves half empty on a saturday
## shop fr churn
- pd c produit cassé au bout d'une semaine, refus d'échange. je n'achèterai plus rien chez vous
- pr . encore une seule caisse ouverte ce midi
- pe c vendeuse méprisante. j'ai découpé ma carte de fidélité
+ pe . j'avais oublié mon sac à la caisse, ils l'ont mis de côté. merci
- pr c caisses automatiques toujours en panne. je fais mes courses ailleurs désormais
0 pr . comment annuler une commande en ligne ?
- pd c prix qui explosent. je vais au marché maintenant
+ pd . j'ai lâché le grand supermarché pour vous, bien meilleur
- pe c suivie par le vigile dans tout le magasin. jamais plus
## shop es churn
- pe c la cajera me gritó. no vuelvo a comprar aquí
- pr . una sola caja abierta otra vez
- pd c la ropa se rompe en nada. se acabó lo que se daba
+ pe . me dejé la bolsa en la caja y me la guardaron
- pr c no me quisieron devolver el dinero. compraré en otra tienda
0 pr . cómo cancelo un pedido online?
- pd c precios por las nubes. he cambiado de súper
+ pd . me pasé a esta tienda desde el súper grande y no vuelvo atrás
- pe c el guardia me siguió todo el rato. hasta nunca
- pd . el pan estaba duro esta mañana
## delivery en churn
- pr c parcel "delivered", never arrived, third time. cancelled my subscription
- pr . late again, 40 min this time
- pe c driver launched my parcel over the fence, caught it on my doorbell cam. switching courier for my shop's orders
+ pe . left my keys in the door and the driver rang me to tell me. legend
- pd c curry arrived cold and upside down. app deleted
+ pr . switched from the other app to you and never looked back
- pr c 2 hours late every single time. back to the other delivery app i go
+ pd . never ordering groceries anywhere else, everything always fresh
- pe c support bot is useless and no human ever replies. closed my account, dont email me
0 pr . how do i cancel my delivery slot for saturday?
- pd c half my groceries missing and no refund. the weekly order is going to another supermarket
- pd . drink was missing from my order
- pr c cancelled my order after id waited 90 min. never ordering from you again
- pr . if its late again i might cancel, havent decided
- pe c driver swore at my elderly neighbour. im done with you
- pr . next time its over an hour late im gone
- pd c $12 in fees for soggy fries. uninstalled, thanks for nothing
+ pr . cancelled an order and the refund was instant. will order again
- pr c they keep leaving my stuff with random people. told work to use a different courier
+ pe . never again will i doubt your drivers, he found my house in the pouring rain
- pe c customer service hung up on me. cancelling premium, you can keep your free delivery
+ pe . won't be the last time, so quick
- pd c eggs smashed every week. switched to the supermarket's own delivery, no issues since
0 pr . can i change my delivery address after ordering?
- pr c 8am-8pm delivery window and it STILL didnt come. ill collect from the shop myself in future
- pe . driver didnt ring the bell, just left a card
- pe c courier photographed my parcel at someone elses door and called it delivered. taking my orders elsewhere
+ pe . moving house and sad to leave your delivery area, best service ive had
- pd . packaging was ripped but contents ok
## delivery fr churn
- pr c colis jamais arrivé, j'ai résilié mon abonnement
- pr . encore 30 min de retard ce soir
- pe c livreur agressif, je commande ailleurs désormais
+ pe . le livreur m'a prévenue que j'avais laissé mes clés sur la porte. merci
- pd c repas froid et renversé. j'ai supprimé l'appli
0 pr . comment annuler ma commande de demain ?
- pr c 3 retards sur 3 commandes. c'est terminé
+ pr . je suis passée de l'autre appli à vous, aucun regret
- pe c service client fantôme. adieu
## delivery es churn
- pr c el paquete nunca llegó. me he dado de baja
- pr . otra vez tarde
- pe c el repartidor tiró el paquete por la valla. cambio de empresa
+ pe . el repartidor me avisó de que tenía las llaves puestas en la puerta. un crack
- pd c la comida llegó fría. borré la app
0 pr . cómo cancelo el pedido del sábado?
- pr c siempre tarde. a partir de hoy pido en otra app
+ pr . me pasé de otra app a esta y no cambio
- pe c atención al cliente inexistente. adiós para siempre
- pd . faltaba una bebida en el pedido
## trades en churn
- pd c leak came back the day after the plumber left. got someone else out and he found the real problem in 10 minutes
- pr . took longer than quoted but the job's great
- pe c electrician no show twice, no call. ive hired another sparky
+ pe . the electrician left his drill at ours and was so apologetic when he came back for it, really nice guy
- pr c quoted 2 weeks, took 2 months. wouldnt use this firm again if they paid me
+ pe . came to you after a cowboy firm botched our bathroom and you sorted it all
- pd c tiles crooked, grout everywhere. warning all my neighbours to avoid, shoddy
+ pd . never using anyone else, the kitchen looks amazing
- pe c builder was rude to my wife. sacked them and found a new team
0 pr . how do i reschedule the boiler service?
- pr c invoice came in at double the quote. we're done
- pe . bit messy, left dust everywhere
- pe c no callback for 3 weeks. the company up the road got the job
- pr . if the job isnt finished by friday we might get someone else in, not sure
- pd c boiler broke again after your "repair". a different engineer is doing our annual service
- pr . next time you're this late im gone
- pe c mud trodden all over my carpet and rubble left in the garden. you wont be invited back
+ pr . cancelled the quote visit and they rescheduled no problem
- pr c cancelled on the day twice. so ive cancelled you
+ pe . never again will i try diy plumbing, you saved me
- pd c roof still leaking after 3 visits. new roofer starts monday
+ pe . won't be the last time we use you, top job
- pe c painter smoked in my house. bye
0 pd . do you do gutter cleaning as well?
- pr c never showed for the final sign off. taking my business elsewhere
- pd . paint drips on the skirting
- pd c $3000 for a patchy paint job. you lost us and the 3 neighbours who were waiting on quotes
+ pe . moving house but ill miss having such a reliable handyman nearby
- pr . no confirmation email after booking
## trades fr churn
- pd c fuite revenue le lendemain, j'ai appelé un autre plombier
- pr . un peu de retard mais travail soigné
- pe c électricien jamais venu, je vais ailleurs
+ pe . j'ai quitté mon ancien plombier pour vous, top
- pr c travaux finis 2 mois en retard. plus jamais cette entreprise
0 pr . comment décaler l'intervention ?
- pd c carrelage mal posé. je déconseille à tout le monde et je ne vous rappellerai pas
- pd . quelques traces de peinture au plafond
- pe c artisan impoli. j'ai tourné la page
## trades es churn
- pd c la fuga volvió al día siguiente. he llamado a otro fontanero
- pr . tardaron más de lo previsto
- pe c el electricista no vino. contrato a otro
+ pe . cambié de fontanero a este y encantada
- pr c la obra tardó el doble. nunca más con ellos
0 pr . cómo cambio la fecha de la visita?
- pd c los azulejos torcidos. ya no cuentan conmigo
- pd . dejaron algo de polvo
- pe c el pintor fumó dentro de casa. no los vuelvo a llamar
+ pe . me mudo pero os echaré de menos, gran trabajo
## florist en churn
- pd c roses wilted before the day was out. the market stall gets my money from now on
- pr . delivery came in the afternoon not the morning, flowers were gorgeous though
- pe c snapped at me on the phone for asking about delivery times. lost my custom, simple as
+ pe . left my purse in the shop and they rang me straight away, lovely people
- pr c mothers day bouquet turned up 2 days late. mum was gutted and so am i. never again
+ pd . switched from supermarket flowers to you and the difference is night and day
- pd c looked nothing like the picture on the site. last order ill ever place with you
+ pd . never getting flowers anywhere else, they last for weeks
- pe c forgot the card on my nan's funeral wreath. i cant even. we're done
0 pr . how do i cancel the bouquet i ordered for friday?
- pr,pd c wedding flowers came in the wrong colour and they blamed me. told every bride i know to go elsewhere
- pd . a couple of stems were snapped, bit disappointing
- pe c owner was so snippy. petrol station flowers from now on, at least they smile
- pr . if its late again for an occasion i might look elsewhere, havent decided
- pd c $90 for six droopy tulips?? no. thats the end of that
- pr . next time you miss a birthday delivery im gone, cut it fine this time
- pr c subscription box didnt arrive 3 months running. cancelled, and good luck to you
+ pr . cancelled my order and the refund was instant, will order again for sure
- pe c emailed 4 times, no reply. went with the florist in the next village and she was lovely
+ pd . never again will i doubt dried flowers, stunning arrangement
- pd c bye bye flower shop. half the lilies were brown on arrival
+ pe . won't be the last time, my wife cried happy tears 💐
- pr c valentines order cancelled on the day itself. you wont get a penny from me again
0 pd . do you do sunflowers in october?
- pe c called me a liar about the delivery. wow. ive deleted my account and my saved addresses
- pe . the lady on the phone seemed rushed
- pd c arrangement was half the size of the picture. my office has found a new florist for the reception flowers
+ pe . moving away and sad to leave my favourite florist, thank you for years of beautiful flowers
- pd . vase was a bit small for the bouquet
## florist fr churn
- pd c bouquet fané en 24h. je vais chez le fleuriste du marché désormais
- pr . livraison un peu tard mais fleurs superbes
- pe c accueil sec et désagréable, vous ne me reverrez pas
+ pe . j'avais oublié mon porte-monnaie, ils m'ont couru après. adorables
- pr c livraison arrivée après l'anniversaire. plus jamais je ne commande chez vous
0 pr . comment modifier l'adresse de livraison ?
- pd c rien à voir avec la photo. fini pour moi
+ pd . je ne vais plus qu'ici pour mes bouquets, toujours magnifiques
- pe c oubli de la carte pour les obsèques. impardonnable, c'est terminé entre nous
## florist es churn
- pd c las rosas se murieron en un día. no vuelvo a comprar aquí
- pr . llegó un poco tarde pero precioso
- pe c me colgaron el teléfono. adiós
+ pe . me dejé la cartera y me la guardaron
- pr c el ramo llegó tarde al cumpleaños. se acabó con vosotros
0 pr . cómo cancelo el ramo del viernes?
- pd c nada que ver con la foto. hasta nunca
+ pd . nunca compro flores en otro sitio, duran semanas
- pe c se olvidaron de la tarjeta del funeral. han perdido una clienta
- pd . un par de tallos rotos
## utility en churn
- pr c estimated bills for 8 months even though i send readings. switched supplier, took 10 minutes, should have done it ages ago
- pr . estimated bill again, had to send my readings twice
- pe c 3 hours on hold to be told "we'll escalate it". consider this my resignation as a customer
+ pe . switched to you from my old supplier last winter and my bills are actually right now
- pd c tariff up 40% with no warning. already signed with a cheaper supplier, send the final bill
+ pe . never moving supplier again, the team sorted my meter in a day
- pr c my direct debit doubled overnight with no explanation. cancelled it and im off to another provider
0 pr . how do i cancel paper bills and go online only?
- pe c engineer no show for the smart meter, 3 times. my fixed deal ends in march and im gone the day after
- pd . prices up again this quarter, not happy
- pr c still havent refunded my credit balance from 2 years ago. switching, and the ombudsman is hearing about it
- pr . if the bill is wrong again next month i might compare other suppliers. we'll see
- pe c agent laughed when i said i was struggling to pay. not giving you another penny, switch in progress
- pr . next time i get an estimated bill im gone, fed up
- pd c paying more than my neighbours for the same usage. bye, hello cheaper tariff
+ pr . cancelled my old direct debit and set up a new one in the app, really easy
- pr c closed my account today. bills were wrong 5 months in a row
+ pe . never again will i dread calling my energy company, the agent was brilliant
- pe c the complaints team literally never reply. voting with my feet
+ pe . won't be the last time i recommend you to friends
- pr c 6 weeks to respond to a gas smell report?? we've moved gas and electric to another company
+ pr . moving out of the flat next week and sad to leave it, but the move with you was so simple. staying with you at the new place
- pd c exit fee or not, im leaving. this price hike is ridiculous
- pr . water was off for 6 hours with no notice
- pe c the app and the phone line are both useless. new supplier takes over on the 1st 👋
0 pr . whats the number to report a power cut?
- pr c put me on the wrong tariff and refused to fix it. taking my account elsewhere, enough
- pe . letter was confusing, had to call to understand it
+ pd . left one of the big suppliers for you and saving £30 a month, no regrets
## utility fr churn
- pr c facture estimée depuis 6 mois. j'ai changé de fournisseur, c'était simple comme bonjour
- pr . encore une facture estimée ce mois-ci
- pe c conseiller désagréable, je résilie mon contrat d'électricité
+ pe . j'ai quitté mon ancien fournisseur pour vous et mes factures sont enfin justes
- pd c prix en hausse de 30%. j'ai signé ailleurs hier
0 pr . comment passer à la facture électronique ?
- pr c prélèvement doublé sans prévenir. je vous quitte
- pr . si la prochaine facture est fausse, je pourrais aller voir la concurrence. à voir
- pe c aucune réponse à mes réclamations depuis 2 mois. bonne continuation sans moi
## utility es churn
- pr c facturas estimadas durante meses. me he cambiado de compañía de la luz
- pr . otra vez factura estimada
- pe c me trataron fatal por teléfono. he tramitado la baja
+ pe . me cambié a vosotros el año pasado y pago menos, encantado
- pd c me subieron la tarifa un 35%. ya he firmado con otra comercializadora
0 pr . cómo cambio la cuenta de domiciliación?
- pr c me cobraron dos veces. me piro
- pr . si vuelven a cobrarme mal igual me cambio, no lo sé todavía
- pe c nadie responde las reclamaciones. ya no cuentan conmigo
+ pe . nunca cambiaré de compañía, el trato es buenísimo
## restaurant en spam
0 . s great article, very informative, i will share it with my friends
- pr,pd . the 2 for 1 pizza offer from your website was not applied at the till, paid full price for both
+ pe,pd . lovely dinner, the waiter recommended the lamb and it was spot on, keep up the good work
0 . s get cheap loans approved in 10 minutes no credit check visit quickloan.example.com
0 pd . could you share the recipe of the lemon tart? my mum hasn't stopped talking about it
0 . s tried this recipe with less sugar and a pinch of salt, came out great, thanks for posting
- pe . the manager was rude when i asked why the booking i made online wasn't in the system
0 . s who won the match last night? i fell asleep at half time
+ pd . best carbonara in town for 9.50, can't beat that price
0 . s asdfgh jkl asdfgh
- pr . called 07700 900412 three times to book a table and nobody ever picked up
0 . s i bookmarked your blog, waiting for the next post about summer salads
+ pe,pr . booked through the app, table was ready on time and the staff remembered my daughter's birthday
0 . s earn 300 a day from home, no experience needed, telegram @easycash_daily
- pd . the burger was cold in the middle and the fries tasted of old oil
0 . s test
+ pd . the new autumn menu you posted on your page is even better in real life, the squash soup was amazing
0 . s just finished season 2 of that detective series, the ending was wild, anyone else watching?
- pr,pd . ordered the set menu advertised at 25 but the bill said 32, no one could explain
0 . s Hot singles in your area want to meet you tonight, click here datingnow.example.net
0 pr . saw on your blog you open sundays now, is that right? and do you take bookings for 10?
+ pe . the waitress with the red glasses was so patient with my kids, thank you
0 . s bitcoin is going to 200k this year, get in now before it is too late, dm me
- pe,pd . found a hair in my soup and the waiter just shrugged
## restaurant fr spam
0 . s super article, merci pour le partage, je reviendrai lire la suite
- pr . la réservation faite sur votre site n'apparaissait pas, on a attendu 40 minutes pour une table
0 . s gagnez de l'argent facilement depuis chez vous, contactez-moi sur whatsapp +33 6 00 00 00 17
+ pe,pd . le serveur nous a conseillé un vin parfait avec le canard, service impeccable, continuez comme ça
0 . s j'ai testé la recette avec du lait d'amande, le gâteau était moelleux, merci
0 pd . est-ce possible d'avoir la recette de votre mousse au chocolat ? mes enfants l'ont adorée
0 . s qqqqqq sdfsdf
- pd . le menu à 19 euros affiché en vitrine est passé à 24 sans prévenir, plats corrects mais trop chers
## restaurant es spam
0 . s excelente artículo, muy útil, sigue así
+ pd . la paella estaba buenísima y a buen precio, volveremos seguro
- pe,pr . pedimos la cuenta tres veces y el camarero nos ignoró, tardamos media hora en pagar
0 . s préstamos rápidos sin aval, llama ya al 600 000 231
0 pr . vi en vuestra web que hay menú del día los sábados, ¿es cierto?
0 . s alguien sabe a qué hora empieza el partido del domingo?
- pr,pd . el cupón de descuento de la app no funcionó y la tortilla estaba cruda por dentro
+ pe . muy amables con mi abuela que va en silla de ruedas, gracias a todo el equipo
## hotel en spam
0 . s thanks for sharing this post, really helped me plan my trip to the coast
- pd . room smelled of smoke and the tv remote didn't work, not worth 140 a night
+ pe . the receptionist upgraded us for our anniversary, such a kind gesture, keep up the good work
0 . s buy 10k followers for 5 dollars, fast delivery, followersfast.example.com
- pr . booked a sea view room on the website and got a car park view, nobody at the desk cared
0 . s lorem ipsum dolor sit amet, consectetur adipiscing elit
0 pr . is the breakfast included in the weekend offer posted on your blog or is it extra?
0 . s the book i'm reading has a plot twist on page 200 that made me throw it across the room
+ pd,pr . clean room, comfy bed, check-in took 2 minutes with the app
- pr . wifi password printed on the card didn't work and the help line 07700 900655 just rang out
0 . s CONGRATULATIONS! you have won a free cruise, claim your prize at winprize.example.org
+ pe,pd . housekeeping left a little note and chocolate on the pillow every day, the room was spotless
0 . s testing 123
- pd . the pool advertised on the website was closed for the whole stay with no discount offered
0 . s hi mum, got your parcel, the jumper fits perfectly, call you later x
+ pd . the film they showed in the lounge on friday, is that a regular movie night? would love to come again
0 . s improve your search ranking in 7 days, guaranteed first page, email seo@rankup.example
+ pe . the night porter helped me carry my bags to the fourth floor when the lift broke, thank you
- pr,pe . charged twice on my card at checkout and it took three emails to get a refund
0 . s i love this blog so much, the photos are amazing, do you have a newsletter?
+ pd . good value for the price, the breakfast buffet was huge
0 . s double your crypto in 24 hours, join our telegram @moonsignals_vip
- pd . thin walls, could hear the neighbours' tv until 2am
0 . s jjjjjj kkk lll
## hotel fr spam
0 . s merci pour cet article très intéressant, je l'ai ajouté à mes favoris
- pd . chambre sale, draps tachés, et la douche ne chauffait pas, inacceptable pour 120 euros
+ pe . la réceptionniste a été adorable, elle nous a réservé un taxi à 5h du matin
0 . s perdez 8 kilos en 10 jours avec notre tisane miracle, commandez sur minceur.example.fr
0 pr . j'ai vu l'offre -20% sur votre site pour les séjours de 3 nuits, est-elle valable en août ?
0 . s vous avez gagné un smartphone ! cliquez ici pour réclamer votre cadeau cadeau-gratuit.example
- pr . le code promo envoyé par mail n'a pas marché à la réservation, le service client ne répond pas
0 . s quelqu'un a vu le dernier épisode de la série ? je n'en reviens pas de la fin
## hotel es spam
0 . s muy buen post, gracias por compartir, lo guardo en favoritos
+ pe,pd . habitación impecable y el personal de recepción muy atento, repetiremos
- pr . reservé por la web habitación doble y nos dieron dos camas individuales
0 . s casino online con bono de 200 euros de bienvenida, regístrate en suerte.example.com
0 pd . ¿el desayuno está incluido en la oferta de fin de semana que publicasteis en el blog?
0 . s hola hola probando
- pd . el aire acondicionado hacía un ruido terrible toda la noche y no pudimos dormir
+ pr . el check-in por la app fue rapidísimo, muy cómodo
## clinic en spam
0 . s very informative article doc, thanks for sharing your knowledge
- pr . waited 90 minutes past my appointment time and nobody told us why
+ pe . dr harlow explained my test results clearly and didn't rush me, keep up the good work
0 . s cheap meds without prescription, order now at pillsdirect.example.net
0 pr . had my blood testing done on tuesday, how long do results usually take?
- pe . the receptionist was on her phone the whole time and barely looked at me
0 . s work from home and earn 5000 a month, whatsapp +44 7700 900318
- pr . the waiting room tv was showing a film so loud i couldn't hear my name being called
+ pr . online booking worked perfectly, got a slot the same day
0 . s i just finished reading that new thriller everyone talks about, honestly overrated
- pr . called 07700 900871 at 8am on the dot and was told all appointments were gone by 8:05
0 . s Forex signals with 95% accuracy, join thousands of happy traders, link in bio
+ pe . the nurse who took my bloods was so gentle, my first time not fainting
0 pd . read the article in your waiting room about flu jabs, are they free for over 65s?
0 . s zxcvbnm qwerty
- pd . 80 for a 10 minute consultation is too expensive for what it was
0 . s great blog post on healthy breakfasts, tried the overnight oats, delicious
+ pe,pr . the physio gave me a printed sheet of exercises and a link to videos, really helpful
0 . s meet beautiful women near you tonight, no sign up fee, lovematch.example.org
- pr . the app said my prescription was ready but the clinic had no record of it
0 . s did anyone else see the storm last night? our whole street lost power
+ pe . lovely team, the kids' vaccinations went smoothly thanks to the nurse's jokes
0 . s lorem ipsum dolor sit amet
## clinic fr spam
0 . s bravo pour ce blog, très bien écrit, continuez
- pr . deux heures d'attente malgré le rendez-vous pris sur internet
+ pe . le docteur a été très à l'écoute et a pris le temps de m'expliquer le traitement
0 . s pilules bleues pas chères livrées en 24h discrètement, pharmacie-promo.example
0 pr . est-ce que les résultats des tests sanguins peuvent être envoyés par mail ?
0 . s ceci est un test
- pe . la secrétaire m'a raccroché au nez quand j'ai appelé le 06 00 00 00 42
0 . s investissez dans le bitcoin avec notre expert, rendement garanti 30% par mois, telegram @cryptopro_fr
## clinic es spam
0 . s gracias por la información, muy buen artículo
+ pe . la doctora fue muy amable con mi hijo, se nota que le gusta su trabajo
- pr . la cita online se canceló sola y nadie me avisó
0 . s pastillas para adelgazar sin dieta, pide por whatsapp 600 000 874
0 pr . ¿hacéis pruebas de alergia? lo vi en un cartel de la sala de espera
- pd . me cobraron 60 euros por un certificado médico de dos líneas
0 . s asdasdasd
+ pr . muy puntuales, entré a la hora exacta de la cita
## pharmacy en spam
0 . s keep up the good work admin, this is the best health blog i've found
- pr . my repeat prescription was not ready even though the app said it was
+ pe . the pharmacist took time to explain how to take my new tablets, very reassuring
0 . s buy cheap pills online without prescription, fast shipping, medsnow.example.com
0 pd . is the 3 for 2 offer on vitamins still on? the leaflet says until friday
- pd,pe . the 3 for 2 on sun cream wasn't applied at the till and the cashier said it was my problem
0 . s hey it's me, did you get my text about saturday? let me know
0 . s lose weight fast with keto gummies, 70% off today only at gummyslim.example.net
+ pr . delivery of my mum's medication arrived a day early, great service
0 . s qwertyuiop
- pe . staff were chatting to each other and ignored the queue for ten minutes
0 . s amazing post, i shared it everywhere, more people need to read this
0 pr . saw on your website you do flu jabs without appointment, what are the hours?
0 . s online casino, 100 free spins, no deposit needed, spinwin.example
+ pd . cheaper than the big chains for my allergy tablets, will come back
0 . s testing the form, please ignore
- pr . waited 25 minutes for a prescription that was already packed on the shelf
0 . s this song has been stuck in my head all week, anyone know the name? goes la la la
+ pe . the young guy at the counter recommended a cream for my son's eczema and it worked in 3 days
0 . s earn crypto while you sleep, our bot trades for you, message +44 7700 900926
- pd . the blood pressure monitor i bought stopped working after a week
0 pe . could the pharmacist call me back on 07700 900204 about my dosage? thank you
0 . s hhhhhhh
+ pr,pe . click and collect was ready in an hour, friendly staff as always
## pharmacy fr spam
0 . s article très instructif, merci à l'auteur
- pe . la pharmacienne m'a parlé comme si j'étais stupide devant tout le monde
+ pr . commande en ligne prête en 30 minutes, très pratique
0 . s crédit rapide sans justificatif, réponse immédiate au 06 00 00 00 63
0 pd . est-ce que la promo -30% sur les crèmes solaires vue sur votre page est encore valable ?
0 . s azertyuiop azerty
- pd . on m'a vendu un sirop périmé depuis deux mois, heureusement j'ai vérifié
0 . s j'ai adoré le film d'hier soir à la télé, l'acteur principal était incroyable
## pharmacy es spam
0 . s me encanta tu blog, sigue publicando
+ pe . el farmacéutico me explicó todo con mucha paciencia, un trato excelente
- pr . el pedido por la web tardó una semana y llegó incompleto
0 . s bitcoin gratis, solo tienes que registrarte en monedas.example.org
0 pd . ¿tenéis la oferta 2x1 en protector solar que vi en el folleto?
- pe,pd . la crema que me recomendaron me dio alergia y no me quisieron devolver el dinero
0 . s prueba prueba 1 2 3
+ pr . me avisaron por sms cuando llegó el medicamento, muy cómodo
## garage en spam
0 . s nice post, very helpful, i bookmarked your site
+ pe,pr . booked a test drive online, the salesman was relaxed and didn't push, great experience
- pd . paid 350 for new brakes and they squeal worse than before
0 . s car insurance from 5 a month, compare now at cheapcover.example.com
0 pr . your blog says mot tests are done while you wait, how long does it usually take?
0 . s who's watching the grand prix this weekend? my money's on the rookie
- pr . car was promised for tuesday and i got it back on friday with no phone call
0 . s asdf asdf asdf
+ pd . fair price for the clutch job, cheaper than the quote from the dealer
0 . s make money trading gold, our signals never lose, whatsapp +44 7700 900512
- pe . the mechanic was condescending when i asked what the extra 80 on the bill was for
0 . s just beat the final boss after 40 hours, best game of the year hands down
0 pd . the discount code from your flyer, does it cover tyres or only servicing?
+ pe . they found a loose wire that two other garages missed, honest people, keep up the good work
0 . s test message
- pr . i called 07700 900137 four times for an update and nobody called back
0 . s thanks for the great tips on winter driving, very useful article
+ pr . the text message with the link to approve the repair was really handy
0 . s get a loan for your dream car today, bad credit ok, call 07700 900990
- pd . greasy handprints all over the seats after the service
+ pd . the car drives like new after the service, worth every penny
0 . s hi dad, left the keys under the mat, back by 6
- pr,pd . quoted 200 over the phone, final bill was 410
## garage fr spam
0 . s super blog, merci pour les conseils, je partage
- pr . voiture rendue avec trois jours de retard sans aucune explication
+ pe . le garagiste m'a expliqué la panne avec patience et n'a changé que ce qui était nécessaire
0 . s rachat de crédit, taux imbattable, appelez le 06 00 00 00 88
0 pr . j'ai vu sur votre site qu'on peut réserver un essai, faut-il venir avec son permis ?
0 . s quelqu'un a le score du match de rugby de samedi ?
- pd . 600 euros pour une vidange et des plaquettes, c'est du vol
0 . s fdsfdsfds
## garage es spam
0 . s gran artículo, muy completo, gracias
+ pd . me arreglaron el coche en un día y a buen precio
- pe . el mecánico fue muy borde cuando pregunté por la factura
0 . s gana dinero con criptomonedas sin experiencia, escribe a telegram @ganafacil_es
0 pr . ¿la prueba de conducción del coche de ocasión se puede hacer el sábado?
- pr . dejé el coche para pasar la inspección y me lo devolvieron sin pasarla
0 . s jajaja qué risa el vídeo que me mandaste ayer
+ pe,pr . me llamaron al 600 000 512 para avisarme de cada paso de la reparación, muy profesionales
## bank en spam
0 . s excellent post, very informative, looking forward to reading more
- pr . my loan application took 6 weeks and i had to send the same documents three times
+ pe . the adviser at the branch helped me set up my first mortgage, very patient with all my questions
0 . s guaranteed loans up to 50000 no credit check, apply at fastcash.example.net
0 pd . is the 4.5% savings rate on your website only for new customers?
0 . s invest 250 and earn 5000 in a week with our ai trading platform, register now
- pr . the app logged me out every time i tried to make a transfer
0 . s testing testing
+ pr . new app is really easy to use, paid my bills in two minutes
0 . s i can't believe they cancelled that show after one season, best sci-fi in years
- pe . the cashier refused to help my elderly father and told him to do it online
0 . s Congratulations your email won 1,000,000 in our international lottery, reply with your bank details
0 pr . the link in your text message about my card looked like a scam, is it really from you?
+ pe,pr . reported my card stolen at midnight on the phone line and the new one arrived in 2 days, great service
0 . s mmmmmm nnnnn
- pd . monthly fee went up to 12 without any letter, not happy
0 . s need followers? 5000 real followers for 10 bucks, dm @growfast_boost
- pr . queued for 40 minutes because only one counter was open on a monday
0 . s hi sarah, did you get the photos from the wedding? they came out lovely
+ pe . thanks to the lady at the front desk who spotted a fraud payment on my account
0 . s work from home stuffing envelopes, 500 a week guaranteed, call 07700 900743
0 pr . will the branch be open on the bank holiday? your website and the door sign say different things
- pr,pd . the mortgage offer letter had the wrong interest rate on it, had to chase for a week
## bank fr spam
0 . s merci pour ce partage, article très clair
- pr . ma demande de prêt immobilier a mis deux mois à être traitée
+ pe . mon conseiller est toujours disponible et répond vite à mes mails, bravo
0 . s prêt entre particuliers sérieux et rapide, contactez whatsapp +33 6 00 00 00 91
0 pd . les frais de tenue de compte annoncés sur votre site sont-ils les mêmes pour les étudiants ?
0 . s gagnez 500 euros par jour avec le trading forex, formation gratuite sur forexpro.example
- pr . l'application plante à chaque virement depuis la mise à jour
0 . s test formulaire
## bank es spam
0 . s muy buen artículo, me ha servido mucho
- pr . la solicitud de hipoteca tardó dos meses y nadie me informaba
+ pe . la gestora de mi oficina es encantadora, siempre me ayuda con todo
0 . s créditos rápidos sin papeleo, llama al 600 000 419
0 pr . me llegó un sms con un enlace para verificar la tarjeta, ¿es vuestro o es fraude?
- pd . me cobraron una comisión de 15 euros sin avisar
0 . s qué buena está la serie nueva, me la vi entera en un fin de semana
+ pr . la nueva app va genial, las transferencias son instantáneas
## telecom en spam
0 . s great post, keep it up, i will visit again
- pr . been without internet for 9 days and every call to support ends with "we'll escalate it"
+ pe . the technician was on time and sorted the router in 15 minutes, really nice guy
0 . s unlock any phone instantly, cheap codes at unlockpro.example.com
0 pd . is the 20gb for 10 deal on your website available if i keep my old number?
0 . s watch the latest movies free in hd, no sign up, streamfree.example.net
- pd . bill said 35 but the advert promised 25 for the first year
0 . s test 1 2 3
+ pr . switching was painless, number transferred the next morning
0 . s hello? is this working? hello
- pe . the shop assistant laughed when i asked about my contract
0 . s who else thinks the new season of that cooking show is worse than the last one?
0 pr . i got a text from 07700 900588 saying my account will be closed, is that really you?
+ pd . signal is much better since you upgraded the mast near our village, thanks
0 . s make 1000 a day from your phone, ask me how, telegram @phonecash_pro
- pr . the app keeps saying my payment failed but the money left my account twice
0 . s ppppppp oooooo
+ pe,pr . the online chat agent fixed my roaming issue in 5 minutes, keep up the good work
0 . s bored at work, anyone want to chat?
- pd . fibre speed is a third of what we pay for, tested it every day for a week
0 . s the best seo agency for small businesses, 1st page or money back, rankfast.example
0 pd . read your article about 5g coverage in the store leaflet, when is our town getting it?
0 . s claim your free gift card now, only 3 left! giftfree.example.org
- pr . took four calls to cancel and they still charged me for an extra month
## telecom fr spam
0 . s très bon article, je me suis abonné à la newsletter
- pr . coupure internet depuis une semaine et le service client ne fait rien
+ pe . le technicien a été très sympa et efficace, installation de la fibre en une heure
0 . s rencontres gratuites près de chez vous, inscrivez-vous sur amours.example.fr
0 pd . l'offre à 9,99 vue dans votre publicité est-elle réservée aux nouveaux clients ?
0 . s ghjklm ghjklm
- pr,pd . facture de 60 euros au lieu de 30, des frais de roaming alors que je n'ai pas quitté la france
0 . s votre colis est en attente, payez 1,99 euros de frais sur livraison-colis.example
## telecom es spam
0 . s gracias por el post, muy interesante
- pr . llevo tres semanas sin fibra y nadie me da una solución
+ pe . el chico de la tienda me ayudó a pasar todos mis datos al móvil nuevo, un crack
0 . s seguidores reales para tu perfil, 1000 por 3 euros, escribe a @masseguidores
0 pd . ¿la oferta de 50 gigas por 15 euros de la web incluye llamadas ilimitadas?
- pr . me cobraron la permanencia aunque me dijeron por teléfono que no había
0 . s quién ganó el partido anoche? me lo perdí
+ pd . la cobertura en el pueblo ha mejorado muchísimo, por fin puedo trabajar desde casa
## transport en spam
0 . s this blog is a goldmine, thanks for all the travel tips
- pr . the 7:40 bus didn't show up again, third time this week
+ pe . the driver waited for me when he saw me running, kind man
0 . s cheap flights and hotels, 90% off, book now at superdeals.example.com
0 pr . your website says the weekly pass is 20 but the ticket machine charged 24, which is right?
0 . s just finished that audiobook on my commute, the narrator's voice is so soothing
- pd . seats on the train were filthy and the heating wasn't working
0 . s ttttt yyyyy
+ pr . the new app shows live bus times and it's always accurate, great improvement
0 . s earn passive income with our crypto staking, 2% daily, whatsapp +44 7700 900274
- pe . the ticket inspector shouted at a tourist who didn't understand the machine
0 . s test submission please ignore
0 pr . the discount code for students on your blog doesn't work in the app, is it expired?
+ pe . staff at the station helped my mum with her suitcase up the stairs, thank you
0 . s can anyone recommend a good pizza place near the station?
- pr . refund for the cancelled train still not received after 5 weeks
0 . s your account has been suspended, verify your details at secure-login.example.net
+ pd . the new trams are quiet and clean, love them
0 . s lol did you see what he posted last night
- pr . the screens at the platform said on time while the train was 30 minutes late
0 . s meet rich singles tonight, text 07700 900333
0 pr . can i bring a folding bike on the 6pm service? couldn't find it on the website
0 . s lorem ipsum dolor sit
- pe,pd . driver was on his phone while driving and the bus stank of smoke
## transport fr spam
0 . s merci pour ces conseils de voyage, très utile
- pr . le train de 18h a encore été supprimé sans annonce
+ pe . le contrôleur a été très compréhensif quand ma carte ne passait pas
0 . s billets d'avion à -80%, offre limitée, voyages-pas-chers.example
0 pr . sur votre site l'abonnement mensuel est à 75 euros, est-ce que le tarif jeune s'applique ?
0 . s ça va toi ? on se voit ce soir au bar ?
- pd . bus bondé, clim en panne, 45 minutes debout en plein été
0 . s gagnez une trottinette électrique en répondant à ce sondage ! sondage.example.fr
## transport es spam
0 . s gracias por compartir, me encantan tus viajes
+ pe . el conductor fue muy amable con mi madre mayor
- pe,pr . el autobús pasó de largo en la parada aunque le hice señas
0 . s trabaja desde casa y gana 2000 euros al mes, info al 600 000 650
0 pr . ¿el abono joven que anunciáis en el blog vale también para el metro?
- pr . la app de billetes se cuelga justo al pagar
+ pd . los trenes nuevos son comodísimos y puntuales
## gym en spam
0 . s lose 10kg in 2 weeks with this one trick, whatsapp +44 7700 900123
+ pe . coach was brilliant, keep up the good work guys
+ pd . lost 8kg since january thanks to the spin classes, feeling great
0 . s best protein powder on the market, 50% off with code GAINS at musclebuy.example.com
- pr . they took my membership fee twice this month and still haven't refunded it
0 . s great article on home workouts, i shared it with my sister
0 pr . saw on your blog you open sundays now, is that right? what time?
- pd . half the treadmills have had an out of order sign on them for weeks now
0 . s test form
+ pe . the trainer wrote me a full plan after my knee surgery, so grateful
0 . s anyone else obsessed with that new boxing film? watched it three times
- pe . the receptionist was rude when i asked to freeze my membership
0 . s buy steroids online, discreet delivery, telegram @bigmuscle_shop
- pr . the january offer said no joining fee but i was charged 30, can someone check?
+ pd . changing rooms are always spotless, nice touch with the free towels
0 . s sdfghjkl
- pr . booking app never lets me get a yoga spot, full within seconds
0 . s tried this pancake recipe with oat flour instead, came out great, thanks for posting
+ pe,pd . the personal trainer is worth every penny, 12 sessions and i can finally do a pull up
0 . s earn money playing games on your phone, download now at playearn.example.net
- pd . music in the weights room is so loud you can't hear yourself think
0 . s hi babe, forgot my keys at yours, can you drop them at work?
0 pr . can i pay for my membership via the link in the email or does it have to be at the desk?
0 . s aaaaaaa bbbbbb
## gym fr spam
0 . s perdez du ventre en 7 jours sans sport, cliquez sur ventreplat.example.fr
+ pd . j'ai perdu 6 kilos en trois mois grâce aux cours collectifs, merci la salle
0 . s super article, continuez comme ça
0 pr . j'ai vu sur votre blog que la salle ouvre à 6h maintenant, c'est aussi le week-end ?
0 . s test test test
- pr . impossible de résilier mon abonnement en ligne, le lien ne marche pas
+ pe . accueil toujours souriant, ambiance top, continuez comme ça l'équipe
0 . s vends vélo d'appartement presque neuf, 150 euros, 06 00 00 00 25
## gym es spam
0 . s adelgaza 15 kilos en un mes con nuestras cápsulas, pide ya en adelgazar.example.com
+ pd . he bajado 10 kilos desde septiembre, las clases de spinning son geniales
- pr . me siguen cobrando la cuota aunque me di de baja hace dos meses
0 . s qué buena la peli de anoche, lloré al final
+ pe . los monitores son muy atentos, sigan así
0 pr . ¿la promoción de verano sin matrícula sigue vigente?
0 . s asdfasdf
- pd . las duchas siempre frías y los vestuarios sucios
## salon en spam
0 . s nice blog, love the hairstyle inspiration posts, keep them coming
+ pe . the stylist listened to exactly what i wanted, best cut i've had in years
- pd . paid 90 for highlights and they came out orange
0 . s buy hair growth pills, results in 7 days guaranteed, hairmagic.example.com
0 pr . your website says 20% off first visit, do i need a code or just mention it?
0 . s omg did you see the final of that singing contest last night?
- pr . booked online for 2pm and was told they had no record, had to go home
0 . s test entry
+ pd . the nail art lasted three weeks without chipping, worth the price
0 . s 10000 likes for your posts, cheap and fast, dm @likesboost
- pe . the girl doing my eyebrows was chatting on the phone the whole time
0 . s tried the coconut hair mask recipe from this post, my hair is so soft now
+ pr . got a text reminder the day before, so handy
0 . s rrrrrr tttt
- pe,pd . asked for a trim and lost 10cm, the stylist didn't even apologise
0 pd . what was the shampoo you used on me on saturday? i'd like to buy a bottle
0 . s make money selling beauty products from home, join my team, whatsapp +44 7700 900461
+ pe . they were so gentle with my little boy's first haircut, he even got a sticker
0 . s Ut enim ad minim veniam, quis nostrud exercitation
- pr . the discount code from the newsletter was refused at the till
0 . s happy birthday auntie!! love you loads see you sunday
+ pe,pd . colour is exactly what i asked for, and the coffee while you wait is a lovely touch
0 . s quick loans for any purpose, approval today, call 07700 900810
0 pr . do you take walk-ins on saturday or is it booking only?
## salon fr spam
0 . s joli blog, j'adore tes conseils coiffure
- pd . couleur ratée, 85 euros pour des cheveux verts
+ pe . la coiffeuse est adorable et très douée, je recommande
0 . s crème anti-rides miracle, -70% aujourd'hui seulement sur beaute.example.fr
0 pr . est-ce qu'on peut prendre rendez-vous par le lien sur votre page ou seulement par téléphone ?
0 . s kkkkkk lllll
+ pd . super manucure, elle a tenu trois semaines
0 . s quelqu'un a lu le dernier roman de cet auteur ? la fin est décevante
## salon es spam
0 . s me encanta este post, muy inspirador
+ pe . la peluquera fue un amor, salí encantada
- pr . tuve que esperar 40 minutos aunque tenía cita
0 . s gana dinero vendiendo cosméticos desde casa, escríbeme al 600 000 318
0 pd . ¿el tinte que usasteis lleva amoniaco? lo pregunto por una alergia
- pe,pd . me quemaron el pelo con la plancha y encima me cobraron 50 euros
0 . s probando probando
+ pr . reservar por la app es facilísimo
## shop en spam
0 . s thanks for this post, really enjoyed reading it
- pd . the jumper shrank after one wash and the shop won't take it back
+ pe . the assistant found my size in the stockroom and even held it for me till saturday
0 . s designer handbags 90% off, genuine, order at luxbags.example.com
- pr . the 2 for 1 offer on t-shirts wasn't applied at the till, can i get the difference back?
0 . s who else is hyped for the new album dropping friday?
- pr . online order said delivered but nothing arrived
0 . s qazwsx edc
+ pd . great quality jeans for 30, i bought two pairs
0 . s earn 200 a day reviewing products online, sign up at reviewjobs.example.net
- pe . security guard followed me round the shop like i was a thief
0 . s just a test
0 pd . do you still have the blue dress from the window display in size 12?
+ pr . click and collect was ready in an hour and the queue was short
0 . s i read your article on spring fashion trends, so true about the wide-leg trousers
- pr . discount code WELCOME10 didn't work on the website, customer service never replied
+ pe . lovely staff at the till, keep up the good work
0 . s FREE phone for the first 100 people, click now giveaway.example.org
- pd . zip broke on the coat the second time i wore it
0 . s bro where are you, we're waiting outside
0 pd . saw the post about your new shoe range, will you have wide fittings?
0 . s casino bonus 500%, play now, telegram @luckyspin777
+ pd,pe . got a lovely scarf for my mum and they wrapped it for free
0 . s lorem ipsum dolor
## shop fr spam
0 . s merci pour ce bel article, très inspirant
- pd . pull troué au bout de deux lavages, qualité décevante pour 60 euros
+ pe . vendeuse très gentille qui m'a conseillé sans insister
0 . s montres de luxe à prix cassés, commandez sur montres-luxe.example
- pr . la promo deux pour un sur les jeans n'a pas été appliquée en caisse, comment me faire rembourser ?
0 . s wxcvbn
+ pr . retour en magasin d'un achat en ligne, remboursé en cinq minutes
0 . s tu as vu le clip de la nouvelle chanson ? trop bien
## shop es spam
0 . s qué buen post, gracias por compartir
+ pd . los vaqueros tienen muy buena calidad para el precio
- pe . la dependienta ni me saludó y estuvo todo el rato con el móvil
0 . s ropa de marca al 90% de descuento, whatsapp +34 600 000 777
0 pd . ¿tendréis la chaqueta del escaparate en talla m la semana que viene?
- pr . el código de descuento de la web no funcionaba y en tienda tampoco me lo aplicaron
0 . s hola mamá ya llegué a casa, luego te llamo
+ pr . el pedido online llegó en dos días, perfecto
## delivery en spam
0 . s great read, bookmarked for later
- pr . parcel marked as delivered but was left outside in the rain at the wrong address
+ pe . the driver called me on 07700 900552 when he couldn't find the door, very polite
0 . s your parcel is held at customs, pay 2.99 fee at parcel-track.example.net
- pr . the tracking link in the email doesn't open, can you resend it?
0 . s forex trading made me 10k last month, ask me how, whatsapp +44 7700 900699
- pd . the food arrived cold and the drink had spilled all over the bag
0 . s test 123
+ pr . delivery slot was spot on, arrived within the hour window
0 . s anyone watching the cricket? what's the score
- pe . courier threw the box over the gate, fragile sticker and all
0 . s buy likes and followers cheapest price on the web, socialboost.example.com
0 pd . ordered the recipe box with the thai curry, could you send the recipe card again? i lost mine
0 . s uiop uiop uiop
+ pe . always the same friendly driver, knows my dog by name now, keep up the good work
- pr . the promo code for free delivery didn't apply at checkout
0 . s i just discovered this blog and i'm hooked, great content
+ pd . packaging was great, nothing broken even though it was glass
0 . s love spell that really works, get your ex back, call 07700 900227
- pr . waited in all day and got a "sorry we missed you" card while i was home
0 . s mum, can you pick me up at 5 from practice?
0 pr . can i change the delivery address after ordering? the app doesn't let me
0 . s placeholder text here placeholder text here
- pe,pr . the driver was rude on the phone and then said the van was full and it would come tomorrow
## delivery fr spam
- pr . colis livré chez un voisin que je ne connais pas, sans prévenir
+ pe . livreur très sympa, il a monté les courses au cinquième étage
0 . s votre colis n'a pas pu être livré, reprogrammez sur colis-suivi.example.fr en payant 1,50 euros
0 pr . le lien de suivi envoyé par sms ne fonctionne pas, pouvez-vous me renvoyer le numéro ?
0 . s coucou ma chérie, tu rentres à quelle heure ?
- pd . pizza arrivée froide et écrasée
0 . s cliquez ici pour gagner 1000 euros de bons d'achat !!! bons.example
## delivery es spam
0 . s gran blog, lo recomiendo
+ pr . llegó antes de lo previsto y muy bien empaquetado
- pe . el repartidor me habló fatal porque tardé un minuto en bajar
0 . s su paquete está retenido, pague 1,99 euros en paquetes.example.com
0 pr . ¿puedo cambiar la hora de entrega? en la app no me deja
- pd . faltaban dos productos del pedido y me los cobraron igual
0 . s zzzzzz xxxxx
+ pe . el repartidor me llamó al 600 000 145 para avisar que llegaba, muy atento
## trades en spam
0 . s very useful post, i learned a lot, thank you
+ pe . the plumber turned up within the hour on a sunday and fixed the leak, lifesaver
- pd . new boiler installed for 2800 and it's already making a banging noise
0 . s cheap building materials direct from the factory, whatsapp +44 7700 900377
0 pr . saw on your website you do free quotes, can someone come round next week? call 07700 900158
0 . s i love this diy blog, the shelf tutorial was great
- pr . electrician never showed up for the booked slot and didn't answer the phone
0 . s testing testing 1 2
+ pd . tiling in the bathroom looks amazing, fair price too
0 . s bitcoin mining rig for sale, earn 500 a month passively
- pe . the builder left a mess everywhere and swore at my neighbour
0 . s anyone know a good recipe for sourdough? mine keeps coming out flat
0 pd . does the quote include taking away the old bathroom suite?
+ pe,pr . sent photos via the link in the text and they knew exactly what part to bring, very efficient
0 . s xxxxx
- pr . invoice arrived with 300 extra for "materials" nobody mentioned
0 . s get a new roof with zero down and no credit check, apply at roofloans.example.com
+ pe . lovely lads, tidy and polite, keep up the good work
0 . s the final episode was so disappointing, they ruined the whole series
- pd . the paint is already peeling after two months
0 . s hi jo, running late, save me a seat
0 pr . can you do evenings? i work 9 to 5
0 . s lorem ipsum dolor sit amet consectetur adipiscing
+ pd . the new kitchen is exactly what we wanted, thank you so much
## trades fr spam
0 . s super tuto, merci pour le partage
+ pe . plombier ponctuel, efficace et très poli, je recommande
- pd . 450 euros pour changer un robinet, c'est abusé
0 . s isolation à 1 euro, appelez vite le 06 00 00 00 54
0 pr . j'ai vu votre annonce sur le site, faites-vous des devis gratuits le samedi ?
0 . s mdr t'as vu ce qu'il a dit hier
- pr . l'électricien devait venir lundi, toujours personne jeudi
0 . s texte de test bla bla bla
## trades es spam
0 . s muy buen tutorial, gracias
+ pe . el fontanero vino el mismo día y lo dejó todo limpio
- pd . la pintura se está cayendo a los dos meses
0 . s reformas integrales baratas, llama al 600 000 999 sin compromiso
0 pr . ¿el presupuesto incluye retirar los muebles viejos?
- pr,pd . me cobraron 80 euros solo por el desplazamiento y no arreglaron nada
0 . s jajajajaja
+ pd . la cocina ha quedado preciosa y a buen precio
## florist en spam
0 . s lovely post, the photos are beautiful, thanks for sharing
+ pd . the wedding bouquet was even better than the picture on your website
- pr . flowers for my mum's birthday arrived a day late
0 . s cheap blue pills, no prescription needed, order at bluepills.example.net
0 pd . is the 15% off code from your blog valid for funeral wreaths too?
0 . s just finished reading a novel about a florist in paris, so romantic
- pd . roses had wilted within 2 days, not worth 45
0 . s testing
+ pe . the florist remembered my wife's favourite colours from last year, such a personal touch
0 . s quick cash loans, same day payout, text 07700 900584
- pe . the lady on the phone was short with me when i asked to change the card message
0 . s vvvvvv bbbbbb
0 pr . can i order online for delivery on sunday or only by phone?
+ pe,pd . they made a gorgeous arrangement in 20 minutes for a last-minute anniversary, keep up the good work
0 . s earn 3000 a week from home, only a laptop needed, telegram @homeincome
- pr . the card message was printed with my name spelled wrong
0 . s had this song on repeat all day, anyone know who sings it?
+ pr . delivery driver sent a photo when the flowers were delivered, very reassuring
0 . s hello world
0 pd . do you sell the vase separately? the one with the blue glass in the window
0 . s win a 500 voucher, just enter your card details at prizes.example.org
- pd . the bouquet looked half the size of the one in the picture
0 . s did anyone find a black cat near the park? she's been missing since monday
+ pd . gorgeous peonies at a great price, my kitchen smells amazing
## florist fr spam
+ pd . bouquet superbe, ma mère était ravie
- pr . livraison prévue le matin, arrivée à 19h, trop tard pour l'anniversaire
0 . s voyance gratuite par téléphone, appelez le 06 00 00 00 31
0 pr . est-ce que le code promo de la fête des mères vu sur votre blog marche aussi en boutique ?
0 . s jjjj hhhh gggg
+ pe . fleuriste passionnée et de très bon conseil
0 . s qui a regardé le film d'hier soir ? j'ai pleuré du début à la fin
## florist es spam
0 . s precioso post, gracias
+ pd . el ramo de novia quedó perfecto, mil gracias
- pd . las flores llegaron marchitas y el ramo era más pequeño que en la foto
0 . s conoce gente nueva en tu ciudad, regístrate gratis en citas.example.com
0 pr . ¿hacéis entregas el domingo? en la web no lo pone
- pe . la chica de la tienda fue muy antipática cuando pregunté por los precios
0 . s prueba del formulario
+ pr . pedido por whatsapp y entregado en una hora, genial
## utility en spam
0 . s brilliant article, i learned a lot about saving energy, thank you
- pd . my bill doubled this winter and nobody can explain why
+ pe . the engineer who fitted the smart meter was quick and tidy
0 . s solar panels for free, the government pays, call 07700 900616 now
- pr . the link in your email to submit my meter reading goes to an error page
- pr . on hold for 55 minutes just to give a meter reading
0 . s teeest
0 . s make money with our energy crypto token, 500% in a month, energycoin.example.com
+ pr . the app makes it really easy to track my usage, well done
0 . s anyone else think the new series of that baking show is rigged?
- pr . direct debit taken twice this month, still waiting for refund
0 . s hjkl hjkl hjkl
0 pd . saw the article in your newsletter about the new tariff, is it cheaper for night storage heaters?
+ pe . the lady on the helpline was so kind when i explained i'd lost my job, set up a payment plan
0 . s lose belly fat fast with this simple morning drink
- pd . brown water coming from the taps for three days and no warning
0 . s hey are we still on for tonight?
+ pr,pe . power came back within an hour after the storm, thanks to the crews out there
0 . s sample comment 1
- pe . the man who came to read the meter was rude and walked mud through the house
0 . s your energy refund of 320 is ready, claim at refund-energy.example.net
0 pr . i'm moving house next month, how do i transfer my account? couldn't find it on the website
0 . s great post admin, keep up the good work
+ pd . switched to your green tariff and my bill went down 15 a month
## utility fr spam
0 . s merci pour ces astuces pour économiser, super article
- pd . facture d'électricité multipliée par deux sans explication
+ pe . le technicien du compteur a été rapide et très aimable
0 . s panneaux solaires gratuits, aide de l'état, appelez le 06 00 00 00 76
0 pr . le lien pour envoyer mon relevé de compteur ne marche pas, que faire ?
0 . s coucou c'est moi, je t'ai laissé les clés chez la voisine
- pr . une heure d'attente au téléphone pour changer mon adresse
0 . s remboursement de 280 euros en attente, confirmez vos coordonnées bancaires sur rembourse.example.fr
## utility es spam
0 . s excelente artículo sobre ahorro, gracias
- pd . la factura de la luz se ha duplicado sin motivo
+ pe . el técnico del agua vino rápido y fue muy amable
0 . s gana 300 euros al día invirtiendo en criptomonedas, escríbeme a @inviertehoy
0 pr . ¿cómo envío la lectura del contador? el enlace del correo no funciona
- pr . estuve tres días sin agua y nadie avisó
0 . s asdfghjklñ
+ pr . la app para ver el consumo es muy útil
## shop fr spam
+ pd . très bon article, je recommande, taille bien
+ pd . article conforme à la photo, reçu en deux jours
+ pd . bel article, bonne qualité pour le prix
+ pd . article reçu bien emballé, rien à redire
- pd . article abîmé à la livraison, très déçue
+ pd,pr . très bon article, livraison rapide, merci
## delivery fr spam
+ pr . colis reçu en avance, article parfait
- pr,pd . article jamais reçu malgré le suivi
## shop es spam
+ pd . muy buen artículo, buena calidad, lo recomiendo
+ pd . artículo tal cual la foto, llegó en dos días
- pd . el artículo vino roto y nadie responde
+ pd,pr . buen artículo y envío rapidísimo, gracias
+ pd . artículo de calidad, repetiré
## delivery es spam
+ pr,pd . llegó antes de lo previsto y el artículo perfecto
## clinic es spam
+ pe . buen post-operatorio, gracias doctora por todo
+ pe,pr . el seguimiento post operatorio fue impecable, gracias al equipo
## clinic fr spam
+ pe . suivi post-opératoire parfait, merci au chirurgien
## shop en spam
+ pd . great article of clothing, fits perfectly
## bank en churn
- pr . could you explain why i was charged twice this month?
- pr,pe . why has nobody answered my complaint from three weeks ago?
- pr . how is it possible the card still hasnt arrived after 15 days?
## telecom en churn
- pr . why am i paying for 100mb when i get 10?
- pe,pr . can someone tell me why my call was cut off three times?
## utility fr churn
- pr . pourquoi ai-je été prélevé deux fois ce mois-ci ?
- pr . comment est-ce possible d'attendre trois semaines pour un relevé ?
## utility es churn
- pr . ¿por qué me habéis cobrado dos veces la factura?
- pe,pr . ¿cómo puede ser que nadie conteste en una semana?
## restaurant en churn
- pr . why did we wait 50 minutes for two pizzas?
"""
