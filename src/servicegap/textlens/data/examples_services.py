"""More hand-written comments for the learned layer: 1,712 across fifteen kinds of service
business (restaurants, hotels, clinics, pharmacies, garages, banks, phone and internet,
public transport, gyms, hair salons, shops, delivery, trades, florists, utilities), in
English (about 70%), French and Spanish (about 15% each), typed as people type on a phone
(lower case, typos, emoji, no full stop), written for this project. They count as much as
the first examples (`examples.py`): the weight was chosen by cross-validation on our
examples alone (`bench/textlens_weight.py`).

The same line format as `examples.py`: sentiment (- 0 +; spam is 0 as there), topics (pe
people, pr process, pd product, comma-separated, or .), flags (c churn, s spam, or .),
then the text. A line "## business language kind" starts a group, so that each group can
be counted and its effect measured. The kinds are the ways comment analysis fails on
comments nobody here wrote, each with hard negatives:
- plain: ordinary complaints and praise;
- put right: good stories told with words of trouble (lost, cancelled, late, problem…);
- not put right: the same troubles left unresolved ("never found", "still not fixed");
- lukewarm: "ok", "fine", not good not bad, suggestions and questions;
- mixed: praise and a complaint, labelled by what the customer ends on or stresses;
- churn: a customer leaving, in many phrasings;
- not churn: a customer staying or coming from a competitor, a complaint with "never"
  or "three times" that is not leaving;
- spam: without a link as well as with one (article praise, film, book or recipe talk,
  loans, pills, lorem ipsum, keyboard mashing);
- not spam: real comments that mention a book, a film, a recipe, a post or a phone number.
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
## restaurant en plain
- pd . burger was raw in the middle, sent it back and the second one was the same
- pr . waited 50 min for 2 pizzas on a quiet tuesday
- pe . waitress kept sighing every time we asked for something
- pd . soup was lukewarm and the bread was stale
- pr,pe . nobody came to take our order so we went up to the bar ourselves
- pd . chips soggy, fish greasy, peas like bullets
- pe . the manager told us we were lucky to get a table at all. charming
- pr . booked for 8pm and got seated at 8:45
- pd . way too much salt in everything, couldnt finish it
- pr . they brought the mains before we had even touched the starters
+ pd . best carbonara i've had outside rome honestly
+ pe . our waiter was so lovely with the kids, drew them a little dragon on the menu
+ pd,pr . food came out hot and quick, great lunch spot
+ pd . the lamb just fell off the bone 😍
+ pe . staff made my mum feel like royalty on her 80th
+ pd . portions massive and everything tasted homemade

## restaurant en put right
+ pe . left my scarf on the chair and they had it folded behind the bar when i called. thank you!
+ pr . they got our order wrong but swapped it in two minutes and took the drinks off the bill
+ pe . my son spilled his juice everywhere and the waiter just laughed and cleaned it up, no fuss at all
+ pd . cant fault a single thing, starter to dessert
+ pe . marco is an absolute legend, remembered my allergy from last time
+ pr . we turned up an hour late for our booking and they still found us a table
+ pd . not a bad thing to say about it, the pie was unreal
+ pr . the card machine died but they just let us pay by transfer next day, so trusting
+ pr . had a problem with the booking app, rang them and it was sorted in one minute
+ pd . no complaints whatsoever, will be dreaming about that cheesecake

## restaurant en lukewarm
0 . . it was ok nothing special
0 pd . food was fine. not amazing not terrible
0 . . decent enough for a quick bite i suppose
0 pd . could you add a vegan burger to the menu?
0 pr . do you take bookings for 12 on a friday
0 pd . would be nice to have a kids menu
0 pd . is the curry very spicy or can you make it mild?
0 pr . any chance of opening for lunch on mondays
0 . . average. would eat there again if nothing else was open
0 pd . not the worst pasta but not good either

## restaurant en mixed
- pe,pr . tom our waiter was brilliant and the food lovely but 25 minutes waiting for the bill really spoilt the end of the night
+ pr,pd . slow service tbh but honestly the steak made up for it, well worth the wait
- pd,pe . staff were sweet but the food was cold and bland, wont rush back
+ pd,pr . bit of a wait for a table but the tacos are the best in town and worth it
- pd . lovely room, nice music, shame the fish smelled off
+ pd . pricey for what it is but every bite was perfect
- pr,pd . nice food, but we got charged for a bottle of wine we never had and had to argue it off
+ pe,pd . the starters were a bit small but the mains were huge and our server was a star

## restaurant en churn
- pd c never again, food poisoning the next day
- pr c ordered from the place across the road instead, at least they answer the phone
- . c would not recommend this place to anyone
- pr c used to be our friday spot, we go somewhere else now
- pr c cancel our booking for the 14th, we have found another venue for the party
- pe c after how the manager spoke to my wife we wont be back, ever
- pd c last time i eat here, it has gone so downhill
- pr c three times the delivery was wrong, deleting the app

## restaurant en not churn
- pr,pe . had to ask three times for the bill
+ pd . we used to go to the italian on main st but switched to you and never looked back
+ pe . never had a bad meal here in ten years
- pr,pe . had to ask twice for water and once for napkins, busy night i guess
+ . . i'll never go anywhere else for sunday lunch
+ pr . nearly cancelled after the mix up but they fixed it so we are staying regulars

## restaurant en spam
0 . s great article, really well written, keep up the good work admin
0 . s this recipe for banana bread is the best, add walnuts and bake 40 minutes at 180
0 . s anyone watched the new spy film? the ending was wild
0 . s quick loans no credit check call 0707 555 0199 today
0 . s jjkjkjkj hgfhgf dfdfdf
0 . s lose 10kg in 2 weeks with our green tea pills, text 07700 900 312

## restaurant en not spam
0 pd . saw your post about the new winter menu, is the pumpkin soup vegan?
+ pd . the chef gave us his recipe for the tomato sauce, so kind 😊
0 pr . please call me back on 07700 900 411 about the party booking
+ pd . we went after the film at the cinema next door and the late menu was perfect
+ pe . the waiter recommended a book about wine and it was a great tip

## restaurant fr plain
- pd . plat froid et sans gout, tres decu
+ pe,pd . service adorable et cuisine excellente, on reviendra

## restaurant fr put right
+ pr . ils se sont trompés de plat mais l'ont changé tout de suite avec le sourire
+ pe . j'avais oublié mon sac, le serveur m'a couru après dans la rue. merci !

## restaurant fr lukewarm
0 . . correct, sans plus
0 pd . vous pourriez ajouter un plat végétarien ?

## restaurant fr mixed
- pr . la cuisine est bonne mais 40 minutes pour avoir l'addition c'est trop
+ pd . un peu bruyant mais les plats étaient délicieux, on a adoré

## restaurant fr churn
- pr c plus jamais, on ira ailleurs
- pe c je ne recommande à personne, accueil glacial

## restaurant fr not churn
+ pd . on allait chez le voisin avant, maintenant c'est chez vous toutes les semaines

## restaurant fr spam
0 . s super article merci pour le partage, continuez comme ça
0 . s prêt rapide sans justificatif appelez le 06 12 34 56 78

## restaurant fr not spam
0 pr . j'ai vu votre post sur les horaires, vous êtes ouverts le lundi ?

## restaurant es plain
- pr . tardaron una hora en traer la comida
+ pd . la paella buenísima y el postre también 😋

## restaurant es put right
+ pe . me dejé el móvil en la mesa y me lo guardaron, muy amables
+ pr . se equivocaron con el pedido pero lo cambiaron enseguida sin problema

## restaurant es lukewarm
0 . . normalito, ni fu ni fa
0 pd . ¿tienen opciones sin gluten?

## restaurant es mixed
- pr . la comida rica pero el servicio lentísimo, no compensa
+ pe . un poco caro pero el camarero majísimo y volveremos

## restaurant es churn
- pd c no vuelvo más, la carne estaba cruda
- pr c la próxima vez pedimos en otro sitio

## restaurant es not churn
+ pd . antes íbamos a otro restaurante pero ahora solo venimos aquí

## restaurant es spam
0 . s excelente artículo, sigue así administrador
0 . s asdfasdf qwerqwer

## restaurant es not spam
0 pr . llámenme al 612 345 678 para la reserva de grupo por favor

## hotel en plain
- pd . room smelled of damp and the window wouldnt close
- pr . check in took 45 minutes, one person on the desk and a queue to the door
- pe . receptionist rolled her eyes when i asked for a extra pillow
- pd . hair in the shower and a stain on the duvet. gross
- pr . they charged my card twice for the deposit and still havent refunded it
- pe . night porter was rude and refused to call us a taxi
- pd . breakfast was cold beans and powdered egg for 18 quid
- pr . room wasnt ready till 5pm, we had a wedding to get to
- pd . paper thin walls, heard the couple next door all night
- pr,pe . asked for a late checkout at the desk, said yes, then housekeeping barged in at 10
+ pd . comfiest bed ever and the view from the balcony 😍
+ pe . the front desk team were so welcoming, knew our names by day 2
+ pd,pr . spotless room, quick check in, great breakfast
+ pe . housekeeping left a little birthday card for my daughter, she loved it
+ pd . pool was warm and the spa is gorgeous
+ pe . concierge booked us the best restaurant in town

## hotel en put right
+ pe . forgot my charger in the room and they posted it home the next day for free
+ pr . our room had a leak so they moved us to a suite straight away, no argument
+ pr . flight got cancelled and they let us stay another night at half price, life savers
+ pe . the aircon broke at midnight and the night guy had it fixed in 20 mins
+ pd . honestly cant fault anything, from the lobby to the rooftop bar
+ pe . sarah on reception is a legend, sorted our lost booking in seconds
+ pr . booking site messed up our dates but the hotel fixed it without any fuss
+ pr . arrived at 9am expecting to wait and the room was already ready
+ . . not one single complaint, it was perfect
+ pe . my wallet was lost somewhere in the hotel and the cleaner found it and handed it in. cash still in it

## hotel en lukewarm
0 . . stay was fine. does the job
0 pd . room ok, bit dated, nothing to write home about
0 pd . is breakfast included or extra?
0 pr . can we check in early if we arrive at 11
0 pd . do the rooms have a kettle
0 pd . would be great if you had a fridge in the rooms
0 pr . is there parking on site or do we use the public car park?
0 . . standard hotel, clean enough
0 pd . not the best hotel ive stayed in, not the worst
0 pd . maybe think about blackout curtains, it gets light early

## hotel en mixed
- pe,pd . lovely staff but the room was filthy and nobody seemed bothered when we told them
+ pd,pr . check in was slow but the room was gorgeous and the breakfast amazing, would come back
- pd . great location shame about the broken shower and mouldy tiles
+ pd,pe . a bit noisy from the road but the bed was comfy and the staff couldn't do enough
- pr,pe . reception were friendly enough but we waited 2 hours for our room and nobody said sorry
+ pd . the decor is tired but it was spotless and the views were stunning
- pd,pe . nice pool, helpful staff, but the room stank of smoke and that ruined it
+ pr,pe . parking was a pain but the team went above and beyond all week

## hotel en churn
- pd c never staying here again, bed bugs
- pr c we put our wedding guests up at the hotel down the road instead after this
- pe c would not recommend to anyone, the manager was a nightmare
- pr c cancelling our company account, we will use another hotel for our staff
- pd c last stay for us, it isnt what it used to be
- pr c booked elsewhere for next year, sorry
- . c after 12 years of coming every summer we are done
- pd c looking for a new hotel for the conference, this one is just too run down

## hotel en not churn
- pr,pe . had to ask three times for towels
+ pr . we always stayed at the chain hotel by the station but switched to you and its so much better
+ pd . never had a bad night here
- pe,pr . had to call reception twice about the noise before anyone came up
+ . . we will never stay anywhere else in this town
+ pr . almost cancelled when the booking went wrong but they sorted it and we are glad we stayed

## hotel en spam
0 . s very informative post, bookmarked your site admin thanks
0 . s my top 5 films of the year: number 3 will shock you
0 . s cheap viagra no prescription whatsapp 07911 123 456
0 . s Lorem ipsum dolor sit amet, sed do eiusmod tempor
0 . s qwerty qwerty uiop asdf
0 . s payday loans approved in 5 minutes, call 0800 444 7777
0 . s i read this novel in one sitting, the plot twist at the end is incredible

## hotel en not spam
+ pd . the little library in the lobby was great, finished two books by the pool
0 pr . my number is 07700 900 528, please call about the group booking
+ pd . they had a film night in the garden and the kids loved it
0 pr . read your post about the renovation, is the pool open in july?
+ pe . the chef even wrote down the breakfast pancake recipe for us

## hotel fr plain
- pd . chambre sale et moquette tachée
+ pe . personnel très accueillant et chambre impeccable

## hotel fr put right
+ pr . notre chambre avait un problème de chauffage, ils nous ont surclassés tout de suite
+ pe . j'avais perdu mes lunettes, la femme de ménage les a retrouvées et gardées

## hotel fr lukewarm
0 . . bof, ça va pour une nuit
0 pd . le petit déjeuner est inclus ?

## hotel fr mixed
- pd . l'accueil est gentil mais la chambre était vraiment sale
+ pd . un peu cher mais la vue est magnifique et le lit très confortable

## hotel fr churn
- pe c on ne reviendra pas, accueil désagréable
- pr c nous logerons nos invités dans un autre hôtel la prochaine fois

## hotel fr not churn
+ pd . on allait dans un autre hôtel avant, maintenant on ne vient plus que chez vous

## hotel fr spam
0 . s très bel article, merci admin
0 . s perdre 10 kilos en un mois appelez le 01 23 45 67 89

## hotel fr not spam
0 pr . vous pouvez me rappeler au 06 11 22 33 44 pour la réservation ?

## hotel es plain
- pd . la habitación olía a humedad
+ pe . el personal de recepción muy amable y atento

## hotel es put right
+ pr . hubo un problema con la reserva pero lo solucionaron en un momento
+ pe . perdí la cartera y la encontraron en el restaurante del hotel, gracias

## hotel es lukewarm
0 . . está bien para una noche, nada más
0 pd . ¿hay parking en el hotel?

## hotel es mixed
- pd . buena ubicación pero la habitación muy sucia
+ pd . el desayuno flojo pero las vistas y la cama geniales

## hotel es churn
- pd c no volvemos, la habitación un desastre
- pr c el año que viene reservamos en otro hotel

## hotel es not churn
+ pr . antes íbamos a otro hotel pero nos cambiamos a este y encantados

## hotel es spam
0 . s me encantó la película de anoche, el final increíble
0 . s préstamos rápidos llame al 600 123 456

## hotel es not spam
0 pr . mi teléfono es 699 111 222, llámenme por la reserva

## clinic en plain
- pr . waited 1h40 past my appointment with a sick toddler
- pe . the gp didnt even look up from her screen
- pe,pr . rang at 8am on the dot and was 34th in the queue, by the time i got through no appointments left
- pe . receptionist asked what was wrong with me in front of the whole waiting room
- pr . blood test results lost, again
- pe . doctor was dismissive and said its probably nothing, turned out it was an infection
- pr . referral letter never sent, found out 6 weeks later
- pd . waiting room filthy and the toilet out of order
- pr . online booking says no slots for 3 weeks
- pe,pr . nurse forgot about me and i sat in the corridor for an hour
+ pe . dr patel is so kind and actually listens
+ pr . seen on time and out in 15 minutes, brilliant
+ pe . the nurse was so gentle with my daughter's injection, no tears
+ pe,pr . receptionists are lovely and always find me a slot
+ pr . got my results by text the next morning
+ pe . physio explained everything and my knee is way better already

## clinic en put right
+ pr . my appointment got cancelled but they rang me and rebooked for the same afternoon
+ pe . lost my referral letter and the receptionist just printed another one, no fuss
+ pr . prescription problem was sorted in one phone call
+ pe . the doctor was running late but came out to apologise and then gave me all the time i needed
+ pr . thought i'd have to wait weeks but they squeezed me in the same day
+ pe . nurse amy is an absolute legend, never felt rushed
+ pr . the system was down but they took my details on paper and i was seen on time anyway
+ pe . cant fault the care i received
+ pr . results came back early and the gp rang me himself
+ pe . i was so scared and nobody made me feel silly

## clinic en lukewarm
0 . . it was ok, in and out
0 pr . can i book a double appointment online?
0 pr . do you do travel vaccines?
0 pr . how long do blood test results usually take
0 pr . would be handy if you had evening appointments
0 . . normal visit nothing to report really
0 pe . is dr khan working on thursdays?
0 pr . please could you add a text reminder the day before
0 . . fine. not great not bad
0 pd . is there wheelchair access at the side entrance?

## clinic en mixed
- pe,pr . the doctor was lovely but getting an appointment is impossible, 3 weeks for a callback
+ pr,pe . the wait was long but the nurse was amazing and took her time with me
- pr . nice staff but they lost my results twice, i'm exhausted
+ pe,pr . reception can be abrupt but dr lee is the best doctor ive ever had
- pr,pe . gp was thorough but i had to chase the referral 4 times, nobody calls back
+ pd,pe . the building is old and cramped but the care is excellent
- pe . appointment was on time but the doctor barely let me speak
+ pr . hard to get through on the phone but once you're in they're fantastic

## clinic en churn
- pe c moving to another surgery, the doctors here just dont listen
- pr c registering with a different practice, cant get appointments
- . c would not recommend this clinic to anyone
- pr c cancel my membership for the private plan, im going elsewhere
- . c never going back to that dentist
- pr c have found a new physio who can actually see me this month
- pe c after the way the receptionist spoke to me im changing practice
- pr c not renewing the health plan next year

## clinic en not churn
- pr,pe . had to ask three times for my results
+ pr . switched from my old practice to this one and its night and day
+ pe . never had a bad experience with any of the doctors
- pe . had to ring twice before anyone picked up, then it was fine
+ . . i wouldnt go to any other dentist
+ pr . i nearly moved practice last year but the new booking system changed my mind

## clinic en spam
0 . s amazing blog post, thanks for sharing this info
0 . s buy cheap pills online no prescription, text 07700 900 777
0 . s lorem ipsum dolor sit amet consectetur
0 . s hjkl hjkl hjkl asdf
0 . s this article changed my life, subscribe to my newsletter for more tips
0 . s instant loan approval call now 0800 999 1234
0 . s just finished the new series, season 3 is the best one

## clinic en not spam
+ pe . the doctor lent me a book about managing back pain, really helpful
0 pr . you can reach me on 07700 900 655 for the results
+ pd . the waiting room has a little shelf of books for kids, nice touch
0 pr . saw your post about flu jabs, do i need to book?
+ pe . nurse gave me a recipe for a low salt diet that my whole family likes

## clinic fr plain
- pr . 2 heures d'attente pour une consultation de 5 minutes
+ pe . médecin très à l'écoute et secrétaire adorable

## clinic fr put right
+ pr . mon rendez-vous a été annulé mais on m'a rappelé pour le jour même
+ pe . j'avais perdu mon ordonnance, la secrétaire m'en a refait une tout de suite

## clinic fr lukewarm
0 pr . est-ce que vous faites les vaccins ?
0 . . consultation correcte, rien de spécial

## clinic fr mixed
- pr . le docteur est gentil mais impossible d'avoir un rendez-vous
+ pe . l'attente était longue mais l'infirmière était formidable

## clinic fr churn
- pe c je change de médecin, il n'écoute pas
- pr c je vais m'inscrire dans un autre cabinet

## clinic fr not churn
+ pe . j'ai quitté mon ancien médecin pour vous et je ne regrette pas

## clinic fr spam
0 . s merci pour cet article très intéressant
0 . s fdgdfg sdfsdf ghjghj

## clinic fr not spam
0 pr . rappelez moi au 07 12 34 56 78 pour les résultats svp

## clinic es plain
- pe . la doctora ni me miró, muy mal
+ pr . me atendieron a la hora y muy rápido

## clinic es put right
+ pr . me cancelaron la cita pero me dieron otra para el mismo día
+ pe . perdieron mi análisis pero la enfermera lo solucionó enseguida, muy amable

## clinic es lukewarm
0 pr . ¿atienden los sábados?
0 . . bien, normal

## clinic es mixed
- pr . el médico bien pero la espera fue eterna
+ pe . la sala de espera fea pero el doctor un encanto

## clinic es churn
- pe c me cambio de clínica, no me escuchan
- pr c me doy de baja del seguro médico

## clinic es not churn
+ pe . dejé mi antigua clínica por esta y estoy encantada

## clinic es spam
0 . s gran publicación, gracias por compartir
0 . s pastillas para adelgazar llame al 655 000 111

## clinic es not spam
+ pe . la enfermera me recomendó un libro para la ansiedad y me ha ayudado mucho

## pharmacy en plain
- pr . prescription still not ready after 4 days
- pe . pharmacist was really short with me when i asked about side effects
- pr . they gave me the wrong strength of my meds
- pr . queue out the door and one person serving
- pe . the girl on the till was on her phone the whole time
- pr . repeat prescription lost for the third month running
- pd . half the shelves empty, no paracetamol in a pharmacy
- pr . they said it would be ready at 2, came back at 2 and it wasnt even started
- pe . asked for advice and got told to google it
- pr . delivery of my meds never turned up and now ive run out
+ pe . pharmacist took ages explaining my new inhaler, so patient
+ pr . always ready on time, in and out in 2 mins
+ pe . lovely team, they know my mum by name
+ pr . the text when its ready is so handy
+ pe . the pharmacist spotted a clash between two of my meds, could have been serious. thank you
+ pd . well stocked and good prices on vitamins

## pharmacy en put right
+ pr . they ran out of my meds but ordered them in for the next morning and rang me
+ pe . i left my bag on the counter and they kept it safe for me till the next day
+ pr . the gp had sent the wrong script but the pharmacist sorted it with them directly, no hassle for me
+ pr . arrived expecting a wait and it was already bagged up
+ pe . no problem is ever too big for the staff here
+ . . cant fault them, best chemist around
+ pr . mix up with my order but fixed first time i mentioned it
+ pe . raj is a legend, sorted my emergency supply on a sunday
+ pr . thought my prescription was lost but they found it and delivered it to my door
+ pe . not once have they been anything but kind

## pharmacy en lukewarm
0 . . ok. nothing to say
0 pr . do you do the flu jab without appointment?
0 pd . do you stock the gluten free vitamin d
0 pr . can my husband collect my prescription for me?
0 pr . would be good if you opened on sundays
0 . . fine, usual chemist
0 pr . how do i sign up for repeat prescriptions
0 pd . is the hayfever spray back in stock
0 . . alright i guess, bit slow
0 pr . could you do text alerts when stuff is ready?

## pharmacy en mixed
- pe,pr . staff are friendly but my prescription is never ready when they say
+ pr,pe . queue was long but the pharmacist was brilliant with my questions
- pr . the team are nice but three weeks for one cream is ridiculous
+ pd,pe . small shop and a bit cramped but they always have what i need and the staff are great
- pe . ready on time but the pharmacist was so rude i wont forget it
+ pr . took a while but worth it, they checked everything twice
- pr,pe . nice lady on the counter but nobody rang me back about my missing meds
+ pe . the till girl was grumpy but the pharmacist made up for it, so helpful

## pharmacy en churn
- pr c moving my prescriptions to the pharmacy in the supermarket, at least they're ready
- . c never using this chemist again
- pr c cancel my repeat prescription delivery, ive signed up with an online pharmacy
- pe c would not recommend to anyone, the manager is rude
- pr c getting my meds somewhere else from now on
- pr c third time wrong meds, im transferring to a different pharmacy
- . c wont be back after today
- pr c please cancel my account, found a better service

## pharmacy en not churn
- pr,pe . had to ask three times where my prescription was
+ pr . moved my scripts here from the big chain and its so much better
+ . . never had a problem in years
- pr . had to come back twice for the same item, annoying
+ . . wouldn't use any other pharmacy
+ pr . was going to move to an online chemist but you are quicker so staying

## pharmacy en spam
0 . s nice post admin, very helpful keep it up
0 . s weight loss pills guaranteed results call 07700 900 901
0 . s cheap meds no prescription needed whatsapp 07700 900 902
0 . s lorem ipsum lorem ipsum
0 . s fghfgh jkljkl fghfgh
0 . s the book i'm reading is amazing, a must read for every fan of thrillers
0 . s get rich quick, call 0800 321 321

## pharmacy en not spam
0 pr . you can text me on 07700 900 903 when the prescription is ready
+ pe . pharmacist recommended a great book on sleep, really helped
0 pd . saw your post about the covid boosters, is it for over 50s only?
+ pd . they gave me a leaflet with a recipe for a low sugar breakfast, handy
0 pr . is the number on your website the right one to call about deliveries?

## pharmacy fr plain
- pr . mon ordonnance n'était toujours pas prête
+ pe . pharmacienne super gentille et de bons conseils

## pharmacy fr put right
+ pr . il manquait un médicament mais ils l'ont commandé pour le lendemain matin
+ pe . j'avais oublié ma carte vitale, ils m'ont rappelé aussitôt

## pharmacy fr lukewarm
0 pr . vous êtes ouverts le dimanche ?
0 . . rien à redire, rien de spécial

## pharmacy fr mixed
- pr . personnel gentil mais toujours une attente interminable
+ pe . un peu d'attente mais conseils au top

## pharmacy fr churn
- pr c je vais chercher mes médicaments ailleurs maintenant
- . c plus jamais dans cette pharmacie

## pharmacy fr not churn
+ pe . je suis venue chez vous après des années chez une autre pharmacie, bien mieux

## pharmacy fr spam
0 . s article génial, bravo à l'auteur
0 . s pilules minceur résultats garantis appelez le 06 99 88 77 66

## pharmacy fr not spam
0 pr . mon numéro est le 06 55 44 33 22 pour la commande

## pharmacy es plain
- pe . la farmacéutica muy borde
+ pr . siempre tienen todo y atienden rápido

## pharmacy es put right
+ pr . no tenían mi medicamento pero me lo consiguieron en una hora
+ pe . me olvidé la tarjeta y me la guardaron sin problema

## pharmacy es lukewarm
0 pr . ¿abren el domingo?
0 . . normal, como cualquier farmacia

## pharmacy es mixed
- pr . muy amables pero siempre les falta algo
+ pe . hay cola pero el farmacéutico es un sol

## pharmacy es churn
- pr c a partir de ahora voy a otra farmacia
- . c no pienso volver, fatal

## pharmacy es not churn
+ pr . me cambié de la farmacia de al lado a esta y mucho mejor

## pharmacy es spam
0 . s buenísimo el blog, saludos al admin
0 . s qwe qwe qwe asd asd

## pharmacy es not spam
0 pr . mi número es 644 222 333, avísenme cuando llegue

## garage en plain
- pr . car in for a simple service and they kept it 4 days
- pe . mechanic talked down to me like i know nothing about cars
- pr,pe . quoted 200 charged 450, no phone call in between
- pd . came back with grease all over the seats
- pr . they said it would be ready by 5, got there and they hadnt started
- pe . nobody explained what they'd actually done
- pd . the new tyres are already making a noise
- pr . booked the mot online, turned up and they had no record of it
- pe . the guy at the desk was smoking and couldnt care less
- pr . waited 2 weeks for a part they said was in stock
+ pe . honest mechanic, told me i didnt need the expensive repair 👍
+ pr . mot done while i waited with a coffee
+ pd . car drives like new after the service
+ pe . dave explained everything and showed me the old part
+ pr . fair price and done the same day
+ pe . lovely family run garage, always helpful

## garage en put right
+ pr . the part was delayed but they lent me a courtesy car for free the whole week
+ pe . my car broke down on the motorway and they came out and fixed it at the side of the road
+ pr . they found a problem they missed last time and fixed it at no charge
+ pr . thought it would take days but it was done by lunchtime
+ pe . cant fault them, honest and quick
+ pd . not a single issue since they fixed the clutch
+ pe . mo is a legend, stayed late to finish my car so i could drive to my mums
+ pr . they got the booking wrong but squeezed me in anyway
+ pr . the warning light came back on and they sorted it first time, no charge
+ pe . i'd lost my spare key and they found it under the seat while valeting

## garage en lukewarm
0 . . it was fine, car fixed
0 pr . do you do mot tests on saturdays?
0 pr . how much is a basic service for a 2015 fiesta
0 pr . can i drop the car off the night before
0 . . average garage, average prices
0 pr . would be nice to get a text when the car is ready
0 pd . do you sell winter tyres
0 pr . any chance of a courtesy car next time?
0 . . ok, not much to say
0 pd . not the cheapest but not the dearest

## garage en mixed
- pe,pr . nice enough lads but the car was 3 days late and nobody phoned me
+ pr,pe . bit pricey but they did a proper job and explained it all
- pd . friendly staff but the same noise is back a week later
+ pr . had to wait a while for the part but the repair is spot on
- pr . good mechanics, terrible admin, they lost my booking twice
+ pd,pe . the waiting room is grim but the work is top notch and the owner is sound
- pe,pd . quick service but they scratched my bumper and denied it
+ pr . took longer than quoted but they didnt charge extra, fair play

## garage en churn
- pr c taking my car to the main dealer from now on
- pe c never again, they tried to rip me off
- pd c would not recommend these cowboys to anyone
- pr c cancelling my service plan
- pe c found a new garage, one that actually tells the truth
- . c last time they touch my car
- pr c we'll be going elsewhere for the van fleet from next month
- pr c not renewing the maintenance contract for our taxis

## garage en not churn
- pe,pr . had to ring three times to find out if my car was ready
+ pe . used to use the dealer but switched to you years ago, best decision
+ . . never had a problem with this garage
- pr,pe . had to remind them twice about the wiper blades
+ . . wouldn't take my car anywhere else
+ pr . thought about going to the cheap place but stayed with you, worth it

## garage en spam
0 . s great post, very helpful info about car maintenance, subscribe to my blog
0 . s cash for cars any condition call 07700 900 150
0 . s lorem ipsum dolor amet sit
0 . s ghghghgh jkjkjkjk
0 . s car loans bad credit ok call now 0800 111 2222
0 . s that car chase film last night was epic, best sequel yet
0 . s make 500 a day from home text 07700 900 151

## garage en not spam
0 pr . my number is 07700 900 152, please call when the car is done
+ pe . they had car magazines and a book about classic cars in the waiting room, nice
0 pr . saw your post about the winter check offer, is it still on?
+ pe . the owner gave me a good tip on a book about fixing old bikes
0 pd . is the part number on the invoice right? i want to order a spare

## garage fr plain
- pr . voiture gardée une semaine pour une simple vidange
+ pe . garagiste honnête et pas cher

## garage fr put right
+ pr . la pièce était en retard mais ils m'ont prêté une voiture gratuitement
+ pe . ma voiture est tombée en panne et ils sont venus tout de suite

## garage fr lukewarm
0 pr . vous faites le contrôle technique ?
0 . . correct, rien à dire

## garage fr mixed
- pr . sympa mais toujours en retard
+ pr . un peu long mais travail impeccable

## garage fr churn
- pe c je vais chez un autre garage désormais
- pr c je résilie mon contrat d'entretien

## garage fr not churn
+ pe . j'ai quitté le concessionnaire pour venir chez vous et je suis ravi

## garage fr spam
0 . s très bon article sur l'entretien auto, merci
0 . s rachat de voiture cash appelez le 06 01 02 03 04

## garage fr not spam
0 pr . rappelez moi au 06 77 88 99 00 quand la voiture est prête

## garage es plain
- pr . me cobraron el doble de lo que dijeron
+ pe . mecánicos serios y rápidos

## garage es put right
+ pr . tuvieron un problema con la pieza pero me dejaron un coche de sustitución
+ pr . pensé que tardarían días y me lo arreglaron en una mañana

## garage es lukewarm
0 pr . ¿hacen la itv?
0 . . bien, sin más

## garage es mixed
- pr . buenos mecánicos pero tardan muchísimo
+ pe . caro pero te explican todo y lo hacen bien

## garage es churn
- . c no vuelvo a este taller
- pr c me voy a otro taller, este es un desastre

## garage es not churn
+ pe . me cambié del concesionario a este taller y muy contento

## garage es spam
0 . s me encanta este blog de coches, gracias
0 . s compro coches al contado llame 600 700 800

## garage es not spam
0 pr . llámenme al 677 888 999 cuando esté el coche

## bank en plain
- pr . card blocked for no reason while i was abroad
- pe,pr . on hold for 55 mins to report fraud
- pe . the advisor in branch was patronising about my savings
- pr . transfer still hasnt arrived after 5 working days
- pr . app keeps logging me out and wont accept my password
- pe . nobody at the branch could answer a simple question about my mortgage
- pr . closed the branch near me without telling anyone
- pr . charged 25 quid for going 2 pounds overdrawn
- pe . the woman on the phone hung up on me twice
- pr . took 3 months to open a business account
+ pe . the mortgage advisor was so patient with us first time buyers
+ pr . new card arrived next day after i reported mine stolen
+ pd . the app is brilliant, everything in one place
+ pe . lovely cashier at the branch, always has a chat
+ pr . opened my account in 10 minutes on my phone
+ pe . the fraud team were quick and kind, got all my money back

## bank en put right
+ pr . my card got cloned but the bank spotted it before i did and refunded everything
+ pe . i lost my card on holiday and they had an emergency one sent to the hotel
+ pr . a payment went missing but they traced it and sorted it in one call
+ pe . jo at the branch is a legend, fixed a mess another branch made
+ pr . app went down on payday but the money was in the account on time anyway
+ pr . thought the transfer was lost but it was sorted the same day
+ pd . cant fault the app honestly
+ pr . they refunded the wrong fee without me even asking
+ . . not one bad experience in 8 years
+ pr . had a problem with direct debits, one chat message and it was fixed

## bank en lukewarm
0 . . its a bank, it works
0 pr . how do i change my address on the app?
0 pr . can i open a joint account online?
0 pd . do you do fixed rate savings
0 pr . would be great to have a dark mode in the app
0 . . fine, nothing special about it
0 pr . what time does the branch close on saturday
0 pr . can i pay in cheques at the post office?
0 pd . not the best rates but not the worst
0 pr . please could you add apple pay for the business card

## bank en mixed
- pe,pr . staff in branch are nice but the phone line is a joke, an hour on hold every time
+ pr,pd . the app crashes sometimes but overall its the best bank ive had
- pe,pd . good app, terrible customer service when anything goes wrong
+ pe,pr . took a while to get through but the advisor sorted everything brilliantly
- pe . quick transfer but the advisor treated me like a criminal for asking
+ pr . the account opening was slow but since then its been perfect
- pr . friendly branch, but they've lost my documents twice now
+ pe . fees are a bit high but the service is worth it

## bank en churn
- pr c closing my account and moving to an online bank
- pe c switching banks after 20 years, no one cares anymore
- pr c cancel my credit card please, i've had enough
- . c would not recommend this bank to anyone
- pr c moving my mortgage elsewhere when the fix ends
- pr c im taking my savings to a bank that pays interest
- pe c never banking with you again after how my mum was treated
- pr c have started the switch service to another bank, goodbye

## bank en not churn
- pr,pe . had to ask three times for my statements
+ pr . switched to you from my old bank last year and so glad i did
+ . . never had a problem with this bank
- pe,pr . had to call twice to unblock my card, annoying but sorted
+ . . i'd never bank anywhere else
+ pr . was going to switch but the retention offer and the apology kept me

## bank en spam
0 . s excellent post on budgeting, thanks for sharing admin
0 . s loans approved instantly no credit check call 07700 900 200
0 . s crypto investment double your money whatsapp 07700 900 201
0 . s lorem ipsum dolor magna aliqua
0 . s mnbmnb vcxvcx
0 . s great blog, im writing a book on personal finance myself, check it out
0 . s earn 300 per day working from home, text 07700 900 202

## bank en not spam
0 pr . my phone number changed, new one is 07700 900 203, please update it
0 pr . saw your post about the new savings account, whats the rate?
+ pe . the advisor recommended a great book on budgeting, really useful
0 pr . is 0345 the right number to call for lost cards?
0 pr . i got a text asking me to call a number, is it really from you?

## bank fr plain
- pe,pr . une heure d'attente au téléphone pour bloquer ma carte
+ pe . conseillère très compétente et disponible

## bank fr put right
+ pr . on m'a piraté la carte mais la banque m'a remboursé tout de suite
+ pr . un virement était perdu, ils l'ont retrouvé en une journée

## bank fr lukewarm
0 pr . comment changer mon adresse sur l'appli ?
0 . . banque correcte, sans plus

## bank fr mixed
- pr . conseiller sympa mais impossible de les joindre
+ pd . frais un peu élevés mais l'appli est top

## bank fr churn
- pr c je ferme mon compte et je change de banque
- pr c je pars chez la concurrence, ras le bol

## bank fr not churn
+ pr . j'ai quitté mon ancienne banque pour vous, aucun regret

## bank fr spam
0 . s bel article, merci pour ces conseils
0 . s crédit rapide sans justificatif 06 33 22 11 00

## bank fr not spam
0 pr . mon nouveau numéro est le 06 44 55 66 77, merci de le mettre à jour

## bank es plain
- pr . me bloquearon la tarjeta sin avisar
+ pe . el gestor muy atento y resolutivo

## bank es put right
+ pr . me clonaron la tarjeta pero me devolvieron todo el dinero enseguida
+ pe . perdí la tarjeta de viaje y me mandaron otra al hotel

## bank es lukewarm
0 pr . ¿cómo cambio mi dirección en la app?
0 . . banco normal, como todos

## bank es mixed
- pr . la app bien pero la atención al cliente fatal
+ pe . tardaron en atender pero la chica lo resolvió todo

## bank es churn
- pr c me llevo mi dinero a otro banco
- pr c cierro la cuenta, adiós

## bank es not churn
+ pr . me pasé a este banco desde otro y mucho mejor

## bank es spam
0 . s gran artículo sobre ahorro, saludos
0 . s préstamos sin aval llame al 611 222 333

## bank es not spam
0 pr . mi nuevo teléfono es 622 333 444, actualícenlo por favor

## telecom en plain
- pr . internet down for 6 days and still no engineer
- pe,pr . been on hold 1hr 20 and got cut off
- pe . the man in the shop lied about the contract length
- pd . wifi drops every evening, unusable for work
- pr . my bill went up 30% with no warning
- pe . chat agent kept copy pasting the same answer
- pr . new router was supposed to arrive monday, its thursday
- pd . no signal at all in my house since the mast work
- pr . charged for roaming in a country that's meant to be included
- pe,pr . engineer never turned up and nobody called to say why
+ pd . fastest broadband ive had, gaming is so smooth now
+ pe . the lady in the store set up my new phone and moved all my photos
+ pr . installation done in an hour, engineer was spot on
+ pd . signal is great everywhere ive been
+ pe . support agent on the chat was quick and actually knew her stuff
+ pr . switched in 2 days, no downtime at all

## telecom en put right
+ pr . my internet went down but they had an engineer out the same day
+ pe . the bill was wrong and the guy on the phone credited it straight away, no arguing
+ pr . router broke and a new one arrived the next morning
+ pr . lost my phone abroad and they blocked it and sent a new sim to my hotel in 24h
+ pd . not a single drop out since they fixed the line
+ pe . kev in the shop is a legend, saved me 20 quid a month
+ pr . was ready to be furious but the outage was fixed before i even got through
+ pr . porting my number over was meant to take days and it was done in an hour
+ pd . cant fault the speeds
+ pe . no problem too small for the support team, theyre great

## telecom en lukewarm
0 . . it works most of the time i guess
0 pr . how do i get a pac code?
0 pd . is fibre available on my street yet
0 pr . can i upgrade early?
0 pd . would be good if the app showed data used per day
0 . . ok service, average price
0 pr . whats the cheapest plan with unlimited data
0 pd . do you sell refurbished phones
0 pd . not the fastest not the slowest
0 pr . can you send my bills by email instead of post?

## telecom en mixed
- pd,pe . the shop staff are lovely but the signal is rubbish
+ pr,pd . setup took ages but the speed is incredible now, worth it
- pr . good price but every time something breaks its a week to fix
+ pe,pr . waited on hold forever but the agent who answered was brilliant and fixed it all
- pe,pd . fast internet when it works, which is never, and support are clueless
+ pd . the app is clunky but the network is solid
- pr . nice engineer, but the install was cancelled twice before he came
+ pr,pd . bit expensive but never drops, so i'm happy

## telecom en churn
- pr c porting my number to another network this week
- pd c not renewing the contract, signal is a joke
- pr c asked for my pac code today, im off
- pe c would not recommend to anyone, worst support ever
- pr c cancel my broadband please, moving to a different provider
- pr c contract ends in march and im gone
- pe c never again, 3 months of lies from your call centre
- pr c switched to a sim only deal with a competitor

## telecom en not churn
- pr,pe . had to ask three times for an engineer visit
+ pr . left my old provider for you and wish i'd done it years ago
+ pd . never had a problem with the signal
- pe,pr . had to call twice to fix the bill, sorted in the end
+ pd . wouldn't switch for anything, best network
+ pr . rang to cancel but they gave me a better deal so im staying

## telecom en spam
0 . s what a great post, keep up the good work admin 👍
0 . s unlock any phone cheap text 07700 900 300
0 . s free followers instant delivery whatsapp 07700 900 301
0 . s xcvxcv bnmbnm
0 . s the new album from that band is their best yet, track 4 is a banger
0 . s cheap loans for everyone call 0800 300 300

## telecom en not spam
0 pr . please call me on 07700 900 302, my landline is dead
0 pr . saw your post about the outage, is it fixed in the north?
+ pd . streamed the whole film in 4k without a single buffer 🙌
0 pr . my new number is not showing on the account, can you check?
+ pe . the support guy even recommended a book on home networking, handy

## telecom fr plain
- pr . plus d'internet depuis une semaine
+ pd . fibre super rapide, rien à dire

## telecom fr put right
+ pr . la box est tombée en panne mais un technicien est venu le lendemain
+ pe . erreur sur ma facture corrigée tout de suite au téléphone

## telecom fr lukewarm
0 pr . comment obtenir mon code rio ?
0 . . ça marche, sans plus

## telecom fr mixed
- pr . débit correct mais le service client est injoignable
+ pd . un peu cher mais la connexion ne coupe jamais

## telecom fr churn
- pr c je change d'opérateur, j'ai demandé mon code rio
- pr c je résilie mon abonnement

## telecom fr not churn
+ pr . j'ai quitté mon ancien opérateur pour vous, très content

## telecom fr spam
0 . s super post, continuez
0 . s débloquage de téléphone pas cher 06 10 20 30 40

## telecom fr not spam
0 pr . rappelez moi au 06 50 60 70 80, ma ligne fixe est coupée

## telecom es plain
- pd . sin internet desde hace cinco días
+ pe . me atendieron genial en la tienda

## telecom es put right
+ pr . se cayó la fibra pero vino el técnico el mismo día
+ pe . había un error en la factura y lo corrigieron al momento

## telecom es lukewarm
0 pr . ¿cómo pido la portabilidad?
0 . . funciona, nada más

## telecom es mixed
- pr . buen precio pero el servicio técnico un desastre
+ pd . la app es fea pero la conexión va de lujo

## telecom es churn
- pr c me cambio de compañía, ya pedí la portabilidad
- pr c me doy de baja, no aguanto más

## telecom es not churn
+ pr . me vine desde otra compañía y estoy encantado

## telecom es spam
0 . s muy buen post, gracias admin
0 . s liberamos móviles barato llame 633 444 555

## telecom es not spam
0 pr . llámenme al 644 555 666, no tengo línea fija

## transport en plain
- pr . bus didnt turn up again, third time this week
- pe . driver shut the doors on me while i was running for it
- pr . train cancelled with no announcement, just vanished off the board
- pd . carriage was filthy and the toilets were locked
- pr . 40 min delay and the app said on time the whole way
- pe . ticket inspector was so aggressive with a teenager
- pd . no aircon on the tram in 30 degrees
- pr . season ticket refund still not processed after 2 months
- pe . the driver was on his phone while driving
- pr . the replacement bus service was a shambles, nobody knew where to stand
+ pe . lovely bus driver waited for my nan to sit down before pulling off
+ pr . train on time every day this month, impressed
+ pd . new trains are so comfy and have plugs at every seat
+ pe . station staff helped me with my pram down all the stairs
+ pr . the app tracking is spot on now
+ pe . conductor was hilarious, made the whole carriage laugh

## transport en put right
+ pe . left my laptop on the train and lost property had it waiting for me the next morning
+ pr . my train was cancelled but they put us in taxis and i got home on time
+ pr . delay repay money was in my account in 3 days, no forms
+ pe . the driver saw i was lost and walked me to the right stop
+ pr . missed my connection but the next train was held for us
+ pd . no complaints at all about the new line
+ pe . the guard on the 7:15 is an absolute legend
+ pr . ticket machine ate my card and the staff had it back out in 2 mins
+ pr . thought i'd be stuck for hours after the breakdown but a replacement came in 10 minutes
+ pe . cant fault the staff at the station, so helpful

## transport en lukewarm
0 . . its a bus. gets me there
0 pr . does the night bus run on sundays?
0 pr . can i use my pass on the tram too
0 pd . would be nice to have wifi on the buses
0 pr . how do i claim delay repay?
0 . . journey was fine, nothing to report
0 pr . is there step free access at central station?
0 pd . any plans for more bike spaces on trains?
0 . . average, some days on time some days not
0 pr . can i take my dog on the train

## transport en mixed
- pe,pr . the driver was nice but the bus was 25 minutes late and i missed my appointment
+ pr,pd . a bit late but the new trains are so much nicer, happy overall
- pd . friendly staff but the trains are falling apart
+ pr,pe . packed carriage but the guard kept everyone calm and we got in only 5 mins late
- pr . good app, shame the buses never match it
+ pd . pricey ticket but a smooth, quiet ride
- pe,pr . the station team tried their best but no info on the delay for an hour
+ pr . delayed at first but they made up the time, arrived bang on

## transport en churn
- pr c not renewing my season ticket, driving from now on
- pr c cancelling my annual pass, ill cycle
- . c would not recommend this bus company to anyone
- pr c never again, taking the coach next time
- pr c ive started car sharing with a colleague instead, cant rely on your trains
- pe c after that driver i'll be getting a taxi from now on
- . c last time i use your night bus
- pr c please cancel my monthly direct debit for the pass

## transport en not churn
- pr,pe . had to ask three times which platform
+ pr . switched from driving to your trains and never going back
+ pe . never had a problem with the drivers on this route
- pr . had to wait twice as long as the timetable said
+ pr . i would never go back to commuting by car
+ pr . almost gave up my pass last winter but its been so reliable since

## transport en spam
0 . s awesome article, very useful info, greetings from a fan
0 . s cheap driving licence no test whatsapp 07700 900 400
0 . s lorem ipsum dolor sit amet ut enim ad minim
0 . s zxzxzx cvcvcv
0 . s that new superhero film is the best one so far, dont miss it
0 . s weight loss tea lose 5kg a week call 07700 900 401
0 . s loans for anyone call 0800 400 400

## transport en not spam
+ pe . the driver recommended a great book shop near the last stop
0 pr . saw your post about the strike, are night buses running?
+ pd . they show short films on the screens now, makes the ride go quicker
0 pr . lost property number 07700 900 402 didnt answer, is there another?
0 pr . my travel card number is 4456 7781, can you check the refund?

## transport fr plain
- pr . train supprimé sans prévenir
+ pe . chauffeur très aimable et patient

## transport fr put right
+ pe . j'ai oublié mon sac dans le bus, ils me l'ont rendu le lendemain
+ pr . train annulé mais ils nous ont mis dans un taxi, arrivés à l'heure

## transport fr lukewarm
0 pr . le bus de nuit passe le dimanche ?
0 . . trajet correct

## transport fr mixed
- pr . contrôleur sympa mais encore 30 minutes de retard
+ pd . un peu cher mais le train est confortable

## transport fr churn
- pr c je ne renouvelle pas mon abonnement, je prends la voiture
- pr c fini pour moi, je passe au vélo

## transport fr not churn
+ pr . je suis passé de la voiture au train et je ne regrette rien

## transport fr spam
0 . s très bon article, merci l'admin
0 . s permis de conduire sans examen 06 40 30 20 10

## transport fr not spam
0 pr . j'ai vu votre post sur la grève, il y a des bus ce soir ?

## transport es plain
- pr . el autobús nunca llega a su hora
+ pe . el conductor majísimo con los mayores

## transport es put right
+ pe . me dejé la mochila en el tren y me la devolvieron entera
+ pr . cancelaron el tren pero pusieron un autobús enseguida

## transport es lukewarm
0 pr . ¿el abono vale para el metro?
0 . . bien, lo normal

## transport es mixed
- pr . el tren es cómodo pero siempre llega tarde
+ pd . caro pero rápido y limpio

## transport es churn
- pr c no renuevo el abono, me compro una moto
- pr c me paso al coche, estoy harto

## transport es not churn
+ pr . dejé el coche por el tren y encantado

## transport es spam
0 . s genial artículo, saludos
0 . s carnet de conducir sin examen 655 666 777

## transport es not spam
0 pr . vi su publicación sobre la huelga, ¿hay servicios mínimos?

## gym en plain
- pe . trainer spent the whole session on his phone
- pr . took 4 emails to cancel a class booking
- pd . changing rooms stink and the showers are cold
- pe . front desk staff ignore you when you walk in
- pr . they took 2 payments in one month and wont refund
- pd . way too crowded after 5, cant get on anything
- pe . the spin instructor shouted at a beginner, not ok
- pr . classes get cancelled last minute all the time
- pd . lockers broken and someone nicked my headphones
+ pe . my pt is amazing, lost 8kg and feel great
+ pd . spotless gym, brand new kit
+ pe . the yoga teacher is so calm and encouraging
+ pr . booking classes on the app is super easy
+ pd . loads of space even at peak times
+ pe . staff always say hi and remember your name

## gym en put right
+ pr . they charged me twice by mistake and refunded it the same day with a free month
+ pe . i lost my ring in the changing room and the cleaner found it and kept it safe
+ pe . hurt my back in a class and the instructor stopped everything to help, then called me the next day
+ pr . the class was full but they added an extra session the same evening
+ . . cant fault this gym at all
+ pe . jess is a legend, got me back running after my knee op
+ pr . the app crashed on my booking but the desk fixed it in seconds
+ . . not one complaint since i joined
+ pr . thought freezing my membership would be a nightmare but it was one click
+ pe . i was nervous on day one and nobody made me feel out of place

## gym en lukewarm
0 . . its ok, does what it says
0 pr . can i freeze my membership for a month?
0 pd . do you have a sauna?
0 pr . what time does the pool open on weekends
0 pd . would love more kettlebells in the free weights area
0 . . normal gym, nothing fancy
0 pr . is there a student discount
0 pr . could you put the class timetable on the website?
0 pd . not the cleanest, not the dirtiest
0 pr . are the classes included or extra?

## gym en mixed
- pe,pd . the trainers are great but the place is always filthy
+ pd,pr . gets busy in the evenings but the equipment is top class and its cheap
- pr . nice staff, but they keep cancelling my classes
+ pe . changing rooms could be cleaner but the instructors are brilliant
- pd . good classes, broken showers for a month now
+ pr,pe . signing up was a faff but the team have been amazing since
- pe . lovely building but the manager is rude and dismissive
+ pd . bit pricey but the pool and the sauna make it worth it

## gym en churn
- pr c cancelling my membership at the end of the month
- pd c not renewing, joined the gym down the road
- . c would not recommend this gym to anyone
- pr c please cancel my direct debit, im leaving
- pd c never again, filthy place
- pr c moving to a different gym, they actually run the classes they advertise
- pe c after the way that trainer spoke to me im done
- pr c cancel my annual membership, i'll train at home

## gym en not churn
- pr,pe . had to ask three times for the aircon to be turned on
+ pd . left the big chain gym for you and its so much better
+ pe . never had a bad class here
- pd . had to report the broken treadmill twice
+ . . wouldnt train anywhere else
+ pr . was going to cancel but they let me freeze it while i was injured, so staying

## gym en spam
0 . s awesome post, very motivating, check my fitness blog
0 . s steroids for sale whatsapp 07700 900 500
0 . s lose 10kg in 10 days with our pills, call 07700 900 501
0 . s LOREM IPSUM DOLOR SIT AMET quis nostrud
0 . s asdfgh asdfgh
0 . s best smoothie recipe: banana, oats, peanut butter, blend and enjoy
0 . s loans approved fast call 0800 500 500

## gym en not spam
+ pe . my trainer gave me a great protein pancake recipe, even my kids eat them
0 pr . saw your post about the new spin class, is it for beginners?
0 pr . you can call me on 07700 900 502 about my membership
+ pd . the lounge has a shelf of books to borrow, nice touch
+ pd . they put films on the screens in the cardio room, makes the time fly

## gym fr plain
- pd . vestiaires sales et douches froides
+ pe . coach au top, très motivant

## gym fr put right
+ pr . prélevé deux fois mais remboursé le jour même avec un mois offert
+ pe . j'avais perdu ma bague, l'agent d'entretien l'a retrouvée

## gym fr lukewarm
0 pr . est-ce que je peux suspendre mon abonnement ?
0 . . salle correcte, sans plus

## gym fr mixed
- pd . les coachs sont bien mais les machines sont toujours en panne
+ pd . un peu bondé le soir mais super matériel

## gym fr churn
- pr c je résilie mon abonnement à la fin du mois
- pd c je vais m'inscrire dans une autre salle

## gym fr not churn
+ pd . j'ai quitté une grande chaîne pour venir ici, bien mieux

## gym fr spam
0 . s super article sur la musculation, merci
0 . s perdez 10 kilos en 10 jours 06 21 32 43 54

## gym fr not spam
0 pr . j'ai vu votre post sur le nouveau cours, c'est pour débutants ?

## gym es plain
- pd . las máquinas siempre rotas
+ pe . el monitor de spinning es un crack

## gym es put right
+ pr . me cobraron dos veces pero me lo devolvieron al día siguiente
+ pe . perdí los auriculares y me los guardaron en recepción

## gym es lukewarm
0 pr . ¿puedo congelar la cuota un mes?
0 . . está bien, normalito

## gym es mixed
- pd . buenos monitores pero los vestuarios un asco
+ pd . un poco caro pero las instalaciones son geniales

## gym es churn
- pr c me doy de baja del gimnasio
- pd c me apunto a otro gimnasio, este no merece la pena

## gym es not churn
+ pd . me cambié de otro gimnasio a este y mucho mejor

## gym es spam
0 . s buena receta de batido de proteínas, pruébenla
0 . s pastillas para adelgazar rápido 677 777 888

## gym es not spam
+ pe . la monitora me pasó una receta de tortitas de avena buenísima

## salon en plain
- pd . asked for a trim and came out with a bob 😭
- pe . hairdresser was on her phone the whole time
- pr . waited 35 mins past my appointment time
- pd . colour came out orange, not the ash blonde i asked for
- pe . the owner was so rude when i said i wasnt happy
- pr . they double booked me and sent me home
- pd . burned my scalp with the bleach
- pe . stylist kept making comments about my weight
- pr . charged 20 more than the price on the website
- pd . fringe is wonky, had to get it fixed elsewhere
+ pe . lucy is so talented, best cut ive ever had
+ pd . love my balayage, looks so natural
+ pe . lovely chat, great head massage, felt so relaxed
+ pr . easy to book online and always on time
+ pe . barber took his time and got my fade perfect

## salon en put right
+ pe . i didnt like the colour at first and they redid it the next day at no charge
+ pr . my appointment got cancelled because the stylist was ill but they fitted me in with someone else that afternoon
+ pe . i was 20 mins late and they still did my full cut without rushing
+ pd . cant fault anything, obsessed with my hair
+ pe . mia is a legend, fixed the mess another salon made
+ pr . they lost my booking but squeezed me in anyway with a free treatment
+ . . not a single bad word to say
+ pe . my daughter was terrified of haircuts and they made it fun, no tears
+ pr . had a problem with my gel nails lifting and they fixed them free the next day
+ pe . left my umbrella there and they texted me straight away

## salon en lukewarm
0 . . cut was fine. nothing special
0 pr . do you take walk ins on saturday?
0 pd . how much for a full head of highlights
0 pr . can i book with the same stylist next time
0 pd . would be nice if you did eyebrow threading too
0 . . ok i guess, not sure id go back or not
0 pr . are you open late on thursdays
0 pd . do you use vegan products?
0 . . average haircut average price
0 pr . could you send a reminder text before appointments

## salon en mixed
- pe,pd . stylist was sweet but the cut is uneven and too short
+ pr,pd . waited a bit but the colour is stunning, so happy
- pr . love the vibe but they always run late, an hour this time
+ pd . bit pricey but my hair has never looked better
- pd . friendly team, but the nails chipped the next day
+ pe . the place is tiny and busy but ana is worth it every time
- pe . good cut, but the receptionist was so rude on the phone
+ pr,pe . hard to get an appointment but the barbers are the best in town

## salon en churn
- pd c never going back, ruined my hair
- pe c finding a new hairdresser, this one doesnt listen
- pr c cancel my next appointment please, i wont be back
- . c would not recommend this salon to anyone
- pr c going to a different salon from now on
- . c 8 years a client and thats it after today
- pr c cancel my nail subscription
- pd c last time i let them near my hair

## salon en not churn
- pr,pe . had to ask three times for my coffee
+ pe . i left my old salon for you and its the best decision ive made
+ pd . never had a bad cut here
- pr,pe . had to remind them twice about the toner
+ pe . wouldnt trust anyone else with my hair
+ pr . nearly switched salons but the new online booking keeps me here

## salon en spam
0 . s great article on hair care, keep up the good work
0 . s hair growth pills miracle results call 07700 900 600
0 . s lorem ipsum dolor exercitation ullamco
0 . s hjhjhj klklkl
0 . s just watched a great film about a hairdresser in paris, highly recommend
0 . s earn money online easy text 07700 900 601
0 . s my grandma's lasagne recipe: layer, bake, love

## salon en not spam
+ pe . the stylist recommended a great book while my colour set, loved it
0 pr . please call me on 07700 900 602 to move my appointment
0 pr . saw your post about the bridal packages, how much?
+ pe . we chatted about films the whole time, so much fun
0 pd . what is the name of the shampoo you used? i want to buy it

## salon fr plain
- pd . coupe ratée, beaucoup trop courte
+ pe . coiffeuse adorable et très douée

## salon fr put right
+ pe . la couleur ne me plaisait pas, ils l'ont refaite gratuitement le lendemain
+ pr . rendez-vous annulé mais ils m'ont prise le jour même avec une autre coiffeuse

## salon fr lukewarm
0 pr . vous prenez sans rendez-vous ?
0 . . coupe correcte, sans plus

## salon fr mixed
- pd . accueil sympa mais couleur complètement ratée
+ pd . un peu cher mais résultat magnifique

## salon fr churn
- pe c je vais changer de coiffeur
- . c je ne remettrai plus les pieds dans ce salon

## salon fr not churn
+ pe . j'ai quitté mon ancien salon pour vous, ravie

## salon fr spam
0 . s bel article sur les cheveux, merci
0 . s pilules pousse des cheveux 06 60 70 80 90

## salon fr not spam
0 pr . rappelez moi au 06 12 21 12 21 pour déplacer mon rendez-vous

## salon es plain
- pd . me dejaron el pelo fatal
+ pe . la peluquera un amor y el corte perfecto

## salon es put right
+ pe . no me gustó el color y me lo repitieron gratis
+ pr . llegué tarde y aun así me atendieron sin prisas

## salon es lukewarm
0 pr . ¿atienden sin cita?
0 . . correcto, normal

## salon es mixed
- pd . muy simpáticas pero el tinte me quedó mal
+ pd . algo caro pero el resultado espectacular

## salon es churn
- pe c me busco otra peluquería
- . c no vuelvo ni loca

## salon es not churn
+ pe . dejé mi peluquería de siempre por esta y encantada

## salon es spam
0 . s gran post sobre el cuidado del pelo
0 . s pastillas para el crecimiento del pelo 688 888 999

## salon es not spam
0 pr . vi su publicación de los peinados de novia, ¿precio?

## shop en plain
- pe . security guard followed me round the whole shop
- pr . only one till open and a queue of 20
- pd . shoes fell apart after 2 weeks
- pr . they wouldnt take a return even with the receipt
- pe . assistant sighed and said check online when i asked about a size
- pd . the milk was out of date, again
- pr . price on the shelf was different to the till and they wouldnt honour it
- pe . manager was rude and shouted at a young staff member in front of us
- pd . trolley full of cheap plastic rubbish
- pr . click and collect order not there when i arrived
+ pe . the lady in the shoe department was so patient with my son
+ pd . great quality clothes for the price
+ pr . returns desk took it back with no questions, easy
+ pe . staff always happy to help find things
+ pd . love the bakery section, fresh bread every morning
+ pr . self checkout is quick and always working

## shop en put right
+ pr . the jumper i ordered was out of stock but they found one in another branch and posted it free
+ pe . i left my purse at the till and the cashier ran after me in the car park
+ pr . wrong item in my click and collect but they swapped it on the spot and gave me a voucher
+ pd . cant fault the quality
+ pe . sam on the tills is a legend, always makes my day
+ pr . they had a problem with the card machine but just let me take the shopping and pay later
+ pr . thought the refund would take weeks but it was back in my account that evening
+ pd . no complaints, the sofa is perfect
+ pe . my toddler knocked over a display and they were so nice about it
+ pr . the lost gift receipt was no problem, they found the sale on my card

## shop en lukewarm
0 . . ok shop, usual stuff
0 pd . do you sell gluten free bread?
0 pr . what time do you close on sundays
0 pd . would be good to stock more sizes in the petite range
0 pr . can i return something bought online in store?
0 . . its fine. bit messy
0 pd . are the prices the same online and in store
0 pr . could you open another till at lunchtime?
0 . . average, nothing stood out
0 pd . do you have this jacket in navy

## shop en mixed
- pe,pr . staff are nice but the queues are always crazy and only one till open
+ pd,pr . the shop is a bit messy but the prices are unbeatable
- pd . helpful assistant but the kettle broke in a week
+ pe . parking is a nightmare but the staff are so friendly its worth it
- pr . good range, terrible returns policy
+ pd . small shop but everything is top quality
- pe,pd . quality is fine but the cashier was so rude to my mum
+ pr,pd . delivery was a bit late but the table is gorgeous

## shop en churn
- pr c shopping at the supermarket down the road from now on
- . c never setting foot in there again
- pd c would not recommend their furniture to anyone
- pr c closing my store card
- pr c cancel my loyalty account, done with you
- pe c after 15 years i'm taking my custom elsewhere
- pd c bought the same thing from your competitor instead, better quality
- pr c unsubscribing from the weekly box

## shop en not churn
- pr,pe . had to ask three times for a manager
+ pr . used to do my big shop at the other supermarket but switched to you and love it
+ pd . never had anything faulty from here
- pr . had to go to the till twice because they missed an item
+ . . i wouldnt shop anywhere else in town
+ pr . nearly stopped shopping here but the new delivery slots won me back

## shop en spam
0 . s amazing article admin, thank you for the info
0 . s designer bags half price whatsapp 07700 900 700
0 . s lorem ipsum sit amet laboris nisi
0 . s dfgdfg ertert
0 . s anyone read the new fantasy book? chapter 12 is insane
0 . s work from home earn 1000 a week call 07700 900 701
0 . s slimming pills best price call 0800 700 700

## shop en not spam
0 pd . do you stock the cookbook from that tv chef?
0 pr . saw your post about the sale, does it include furniture?
0 pr . my number is 07700 900 702 for the delivery driver
+ pd . the bookshop corner is brilliant, found a great novel for my dad
+ pd . tried the recipe on the back of your pasta packet, delicious

## shop fr plain
- pr . une seule caisse ouverte et 20 personnes qui attendent
+ pd . bons produits et prix corrects

## shop fr put right
+ pr . article en rupture mais ils me l'ont fait venir d'un autre magasin
+ pe . j'avais oublié mon porte-monnaie, la caissière m'a couru après

## shop fr lukewarm
0 pd . vous avez cette veste en bleu ?
0 . . magasin correct

## shop fr mixed
- pd . vendeuse aimable mais le produit est tombé en panne en une semaine
+ pd . un peu le bazar mais les prix sont imbattables

## shop fr churn
- pr c je ferai mes courses ailleurs désormais
- . c je ne mettrai plus les pieds dans ce magasin

## shop fr not churn
+ pr . je faisais mes courses chez le concurrent avant, maintenant c'est chez vous

## shop fr spam
0 . s génial cet article, bravo
0 . s sacs de luxe moitié prix 06 70 80 90 10

## shop fr not spam
0 pd . vous vendez le livre de recettes du chef de la télé ?

## shop es plain
- pe . la dependienta muy antipática
+ pd . buena calidad y buen precio

## shop es put right
+ pr . no tenían mi talla pero la pidieron y me llegó a casa gratis
+ pe . me dejé el bolso en la caja y me lo guardaron

## shop es lukewarm
0 pd . ¿tienen esta chaqueta en azul?
0 . . normal, como siempre

## shop es mixed
- pr . buenos precios pero las colas son eternas
+ pe . la tienda es pequeña pero te atienden genial

## shop es churn
- pr c a partir de ahora compro en otro sitio
- pd c no vuelvo a comprar aquí

## shop es not churn
+ pr . antes compraba en la competencia pero ahora solo aquí

## shop es spam
0 . s genial artículo, gracias por compartir
0 . s bolsos de marca a mitad de precio 699 000 111

## shop es not spam
0 pd . ¿venden el libro de cocina que salió en la tele?

## delivery en plain
- pr . parcel marked as delivered but never arrived
- pe . courier threw my parcel over the fence
- pr . 3 days late and no updates at all
- pd . box arrived crushed and the glass inside smashed
- pr . they left it with a neighbour i have never met
- pr . tracking hasnt moved in a week
- pd . food arrived cold and the drinks had spilled
- pr . missed delivery card but i was in all day
- pe . support chat closed my ticket without answering
+ pr . arrived next morning, really quick
+ pe . driver always smiles and puts it in the porch out of the rain
+ pr . tracking was spot on to the minute
+ pd . everything well packed, not a scratch
+ pe . courier helped carry the box up 3 floors, hero
+ pr . food still piping hot when it came

## delivery en put right
+ pr . my parcel went missing but they sent a replacement the next day without arguing
+ pr . it arrived a day early 😀
+ pe . driver realised he had the wrong house and came back to bring it to me
+ pr . one item was missing and the refund was in my account within the hour
+ . . cant fault them, always perfect
+ pe . the delivery guy is a legend, waited while i found my keys
+ pr . the order was wrong but they sent the right one within 30 mins for free
+ pr . no problem at all, it came exactly when they said
+ pr . thought it was lost but they tracked it down and it was here that evening
+ pd . no damage at all even though the box looked battered

## delivery en lukewarm
0 . . it came. fine
0 pr . can i choose a delivery time slot?
0 pr . do you deliver on sundays
0 pr . could you add a safe place option in the app?
0 pr . how do i change my address for an order already sent
0 . . normal delivery, nothing to add
0 pr . can you leave it in the blue bin next time please
0 pr . is there a way to track the driver live
0 . . ok, took the usual time
0 pr . can i get a refund for the delivery fee if its late?

## delivery en mixed
- pe,pr . the driver was lovely but the parcel was 4 days late
+ pr,pd . took a while but everything was packed beautifully
- pr . fast delivery, but wrong item for the second time
+ pe,pr . the app is confusing but the drivers are always friendly and on time
- pd . on time but the food was cold and soggy
+ pr . delayed by a day but they kept me updated and said sorry
- pe . quick delivery but the driver was so rude
+ pd . box a bit dented but the contents were perfect

## delivery en churn
- pr c deleting the app, ordering from the other one now
- pr c cancel my premium delivery subscription
- . c would not recommend this courier to anyone
- pr c never again, third parcel lost
- pr c ordering from a different takeaway app from now on
- pr c not renewing the delivery pass
- pe c after that driver im using a different company
- pr c closing my account with you, please delete my data

## delivery en not churn
- pr,pe . had to ask three times for a refund
+ pr . switched to you from the other app and the delivery is so much faster
+ pr . never had a parcel go missing with you
- pr,pe . had to chase twice for the missing drink
+ . . i wouldnt use any other courier
+ pr . almost cancelled my pass but the refund came fast so im staying

## delivery en spam
0 . s nice post, thanks for the info admin
0 . s cheap trainers wholesale whatsapp 07700 900 800
0 . s lorem ipsum dolor sit aliquip ex ea
0 . s jhgjhg yuiyui
0 . s just finished a brilliant crime novel, the twist at the end got me
0 . s loans in 10 minutes call 0800 800 800
0 . s diet pills lose weight fast text 07700 900 801

## delivery en not spam
0 pr . please call 07700 900 802 when you're outside, the bell is broken
0 pr . saw your post about the christmas cut off dates, when is the last day?
+ pd . the cookbook i ordered arrived a day early, thank you
0 pr . order number 77812, can you check where it is?
+ pd . the book arrived in perfect condition, well wrapped

## delivery fr plain
- pr . colis indiqué livré mais jamais reçu
+ pr . livraison rapide et soignée

## delivery fr put right
+ pr . colis perdu mais ils m'en ont renvoyé un le lendemain
+ pr . arrivé avec un jour d'avance, parfait

## delivery fr lukewarm
0 pr . est-ce que vous livrez le dimanche ?
0 . . livré, rien de plus

## delivery fr mixed
- pr . livreur sympa mais trois jours de retard
+ pd . carton abîmé mais le contenu était parfait

## delivery fr churn
- pr c je passe par une autre appli désormais
- pr c je résilie mon abonnement livraison

## delivery fr not churn
+ pr . j'ai quitté l'autre appli pour la vôtre, beaucoup plus rapide

## delivery fr spam
0 . s bon article, merci beaucoup
0 . s baskets pas chères 06 80 90 10 20

## delivery fr not spam
0 pr . appelez le 06 98 76 54 32 en arrivant, la sonnette ne marche pas

## delivery es plain
- pr . el paquete nunca llegó
+ pr . llegó rapidísimo y bien embalado

## delivery es put right
+ pr . se perdió el pedido pero me mandaron otro al día siguiente
+ pr . llegó un día antes de lo previsto

## delivery es lukewarm
0 pr . ¿reparten los domingos?
0 . . llegó, sin más

## delivery es mixed
- pr . el repartidor amable pero llegó tardísimo
+ pd . la caja llegó golpeada pero todo estaba perfecto

## delivery es churn
- pr c borro la app, pido en otra
- pr c cancelo la suscripción de envíos

## delivery es not churn
+ pr . me cambié de la otra app a esta y llegan mucho antes

## delivery es spam
0 . s buen artículo, gracias
0 . s zapatillas baratas al por mayor 611 000 222

## delivery es not spam
0 pr . llamen al 622 111 000 al llegar, el timbre no funciona

## trades en plain
- pr,pe . plumber said he'd come tuesday, never showed, never called
- pe . electrician was rude and left without finishing
- pd . the new tiles are already cracking
- pr . quoted 2 weeks for the kitchen, took 2 months
- pe . builder swore at my neighbour over the skip
- pr . charged for a full day and was here 3 hours
- pd . leak is back a week after the repair
- pr . they started the job and then vanished for 10 days
- pe . the roofer wouldnt listen to anything i said
- pd . paint job patchy and drips on the skirting
+ pe . brilliant plumber, tidy, polite and fair price
+ pr . turned up on time every day and finished early
+ pd . bathroom looks amazing, so happy
+ pe . electrician explained everything and left no mess
+ pr . quote was clear and the bill matched it exactly
+ pe . the decorators were lovely to have in the house

## trades en put right
+ pr . boiler broke on christmas eve and they had someone out within 2 hours
+ pe . a pipe burst while they were working and they fixed it and cleaned up for free
+ pr . the first fix didnt hold but they came back the next day at no charge
+ pd . cant fault the workmanship
+ pe . gary is a legend, sorted a leak three other plumbers couldnt find
+ pr . the parts were delayed but they kept me updated every day and still finished on schedule
+ pd . no complaints, the extension is perfect
+ pe . they found a problem with the wiring and sorted it before it became dangerous
+ pr . thought the job would drag on for weeks but it was done in 3 days
+ pe . my dog got out while they were working and the lad chased him down the street for me

## trades en lukewarm
0 . . job done. nothing special
0 pr . do you do free quotes?
0 pr . how soon can you fit a new boiler
0 pr . would be helpful to get a written quote next time
0 pd . do you do loft insulation?
0 . . ok work, average price
0 pr . can you come out on a saturday
0 pr . are you insured for roof work
0 . . fine i suppose, took a while
0 pd . not the neatest job but not bad

## trades en mixed
- pe,pd . nice enough bloke but the shelves are wonky and one already fell down
+ pr,pd . took longer than planned but the kitchen is stunning
- pr . good work but he never turns up when he says
+ pe . a bit messy but the electrician was honest and cheap
- pd . friendly team but the leak is still there
+ pr . expensive but worth every penny, done properly
- pe,pr . great job on the roof, shame it took 6 phone calls to get him back to finish
+ pd . the start was slow but the finish is perfect

## trades en churn
- pr c getting another firm in to finish the job
- . c would not recommend this builder to anyone
- . c never again, cowboys
- pr c cancelling the maintenance contract for the boiler
- . c wont be using them for the next job
- pd c found another plumber to redo it properly
- pr c our company is moving its building maintenance to a different contractor
- . c last time i let them in my house

## trades en not churn
- pr,pe . had to ask three times for the invoice
+ pe . used another plumber for years but switched to you and much better
+ pd . never had a problem with their work
- pe,pr . had to call twice to get a date for the job
+ . . wouldnt use any other electrician
+ pr . was going to get other quotes but you were so quick i stayed

## trades en spam
0 . s very good article on diy, thanks admin
0 . s cheap scaffolding hire call 07700 900 900
0 . s lorem ipsum dolor sit amet duis aute irure
0 . s qazwsx edcrfv
0 . s loved that new film about the builders in the 60s, great cast
0 . s fast cash loans text 07700 900 901
0 . s pills for men best price whatsapp 07700 900 902

## trades en not spam
0 pr . my number is 07700 900 903, call me to book the job
0 pr . saw your post about the boiler offer, still on?
+ pe . the plumber lent me a great diy book after the job
0 pd . whats the paint colour name? want to do the hall the same
+ pe . the builder showed me a recipe for mortar that works on old walls, really knows his stuff

## trades fr plain
- pr . le plombier n'est jamais venu
+ pe . électricien sérieux et très propre

## trades fr put right
+ pr . chaudière en panne la veille de noël, ils sont venus en deux heures
+ pr . la réparation n'a pas tenu mais ils sont revenus gratuitement

## trades fr lukewarm
0 pr . vous faites des devis gratuits ?
0 . . travail correct

## trades fr mixed
- pr . bon travail mais jamais à l'heure
+ pd . un peu cher mais le résultat est superbe

## trades fr churn
- pr c on prend une autre entreprise pour finir les travaux
- pe c je ne recommande à personne

## trades fr not churn
+ pe . on a quitté notre ancien artisan pour vous, aucun regret

## trades fr spam
0 . s article intéressant, merci
0 . s location échafaudage pas cher 06 90 10 20 30

## trades fr not spam
0 pr . appelez moi au 06 23 45 67 89 pour un devis

## trades es plain
- pr . el fontanero no vino ni avisó
+ pe . el electricista muy profesional y limpio

## trades es put right
+ pr . se rompió la caldera en navidad y vinieron en dos horas
+ pr . la primera reparación falló pero volvieron sin cobrar

## trades es lukewarm
0 pr . ¿hacen presupuestos gratis?
0 . . trabajo correcto

## trades es mixed
- pr . buen trabajo pero nunca llega a la hora
+ pd . caro pero ha quedado precioso

## trades es churn
- pr c buscamos otra empresa para terminar la obra
- pe c no los recomiendo a nadie

## trades es not churn
+ pe . dejamos al antiguo fontanero por vosotros y genial

## trades es spam
0 . s interesante artículo de bricolaje
0 . s alquiler de andamios barato 633 000 444

## trades es not spam
0 pr . llámenme al 655 444 333 para un presupuesto

## florist en plain
- pd . roses were dead within 2 days
- pr . flowers delivered the day after her birthday
- pe . the florist hung up on me when i complained
- pd . bouquet looked nothing like the picture, half the size
- pr . they sent the flowers to the wrong address
- pe . rude on the phone and no apology
- pr . paid for next day, arrived 3 days later
- pd . wilted tulips and a broken vase
- pr . the card message was missing
- pe . shop staff ignored me for 10 minutes
+ pd . stunning bouquet, my wife cried happy tears
+ pe . the florist helped me choose for the funeral, so kind
+ pr . arrived right on time for our anniversary
+ pd . flowers lasted over two weeks
+ pe . lovely little shop, the owner knows everything about plants
+ pd . the wedding flowers were beyond what we imagined

## florist en put right
+ pr . the delivery got delayed but they called me and upgraded the bouquet for free
+ pd . one stem was broken and they sent a whole new bunch the same day
+ pe . i forgot to order for mothers day and they made something beautiful in 10 minutes
+ pr . wrong address on my order but they tracked it down and delivered it on time
+ pd . cant fault them, always gorgeous
+ pe . ella is a legend, saved our wedding when the other florist let us down
+ pr . thought it was too late to order but they still got it there that afternoon
+ pd . no complaints at all, the wreath was perfect
+ pr . the first bunch arrived a bit droopy and they replaced it without question
+ pe . i had no idea what to get and nobody rushed me

## florist en lukewarm
0 . . flowers were ok
0 pr . do you deliver flowers on a sunday?
0 pd . do you do plants as well as bouquets
0 pr . can i add a card message after ordering
0 pd . would be nice to have a cheaper option for small bunches
0 . . fine, nothing special
0 pr . how late can i order for same day delivery
0 pd . are the flowers seasonal or imported
0 . . average bouquet for the price
0 pd . do you do dried flowers?

## florist en mixed
- pe,pd . the florist was lovely but the flowers were wilting when they arrived
+ pr,pd . delivery was a bit late but the bouquet was gorgeous
- pr . beautiful flowers, shame they came a day late for the birthday
+ pd . pricey but the arrangement was a work of art
- pd . nice shop, but the lilies died in 2 days
+ pe,pr . the website is clunky but the team on the phone are so helpful
- pe . on time but the delivery guy just dumped them on the step
+ pd . smaller than i expected but so fresh and lasted ages

## florist en churn
- pr c using a different florist for the wedding now
- pd c never ordering flowers from you again
- . c would not recommend this florist to anyone
- pr c cancel my monthly flower subscription
- pd c found a better florist in town, goodbye
- pr c we'll order the office flowers from someone else from now on
- pe c after how they treated me at the funeral order, im done
- pd c last bouquet i buy here

## florist en not churn
- pr,pe . had to ask three times for a delivery update
+ pd . switched from the big online florist to you and the difference is huge
+ pd . never had a bad bunch
- pe,pr . had to call twice to change the delivery date
+ . . i wouldnt go to any other florist
+ pr . was going to cancel my subscription but the new flowers each week are lovely so staying

## florist en spam
0 . s nice article about flowers, thanks
0 . s cheap loans no questions call 07700 901 000
0 . s lorem ipsum commodo consequat
0 . s fjfjfj dkdkdk
0 . s my favourite song about roses is on repeat, give it a listen
0 . s miracle weight loss pills text 07700 901 001
0 . s rose petal jam recipe: boil petals with sugar and lemon, jar it

## florist en not spam
0 pr . saw your post about valentines, when should i order?
0 pr . my number is 07700 901 002 for the delivery
+ pd . the flowers were inspired by my wife's favourite film and she loved it
0 pd . is there a book you recommend for keeping orchids alive?
+ pe . the florist wrote a poem on the card for us, so sweet

## florist fr plain
- pd . fleurs fanées en deux jours
+ pd . bouquet magnifique, merci

## florist fr put right
+ pr . livraison en retard mais ils ont offert un bouquet plus grand
+ pd . une fleur était cassée, ils ont renvoyé un bouquet le jour même

## florist fr lukewarm
0 pr . vous livrez le dimanche ?
0 . . bouquet correct

## florist fr mixed
- pr . jolies fleurs mais arrivées le lendemain de l'anniversaire
+ pd . un peu cher mais superbe composition

## florist fr churn
- pr c je vais chez un autre fleuriste maintenant
- pr c j'annule mon abonnement fleurs

## florist fr not churn
+ pd . j'ai laissé tomber le site en ligne pour vous, bien mieux

## florist fr spam
0 . s joli article sur les roses
0 . s prêt facile 06 11 00 22 33

## florist fr not spam
0 pr . j'ai vu votre post pour la saint valentin, quand faut il commander ?

## florist es plain
+ pd . ramo precioso, le encantó

## florist es put right
+ pr . llegó tarde pero me regalaron un ramo más grande
+ pd . una rosa venía rota y mandaron otro ramo ese mismo día

## florist es lukewarm
0 pr . ¿entregan los domingos?
0 . . bien, correcto

## florist es mixed
- pr . flores bonitas pero llegaron un día tarde
+ pd . algo caro pero el ramo espectacular

## florist es churn
- pr c a partir de ahora compro las flores en otra floristería
- pr c cancelo la suscripción de flores

## florist es not churn
+ pd . dejé la web de flores por ustedes y mucho mejor

## florist es spam
0 . s bonito artículo sobre flores
0 . s préstamos fáciles 644 000 555

## florist es not spam
0 pr . vi su publicación de san valentín, ¿hasta cuándo se puede pedir?

## utility en plain
- pr . bill doubled and nobody can explain why
- pe,pr . on hold 70 minutes to give a meter reading
- pe . advisor was patronising and kept talking over me
- pr . smart meter fitted 6 months ago and still sending estimated bills
- pr . water off all day with no warning
- pe . engineer never turned up for the meter appointment
- pr . took my direct debit twice this month
- pd . brown water from the taps for 3 days
- pr . moved house in may and they are still billing the old address
- pe . complaint ignored for 8 weeks
+ pe . the advisor on the phone was so helpful, set up a payment plan for me
+ pr . meter fitted in 30 minutes, no mess
+ pr . bills are clear and always on time
+ pe . the engineer was friendly and explained the new boiler controls
+ pr . the app makes it easy to send readings
+ pe . they were so kind when my dad passed and i had to close his account

## utility en put right
+ pr . they overcharged me but spotted it themselves and refunded it with interest
+ pr . power cut in the storm but they had it back on in an hour and texted updates
+ pe . the advisor found a mistake on my old bill and got me 200 back
+ pr . a leak in the street was fixed the same day i reported it
+ . . cant fault them since we switched
+ pe . the call handler is a legend, sorted my meter mess in one call
+ pr . thought it would be a nightmare moving house but the account moved with no problem
+ pr . the meter reading was wrong and they fixed it first time
+ pe . no problem too big, they always help
+ pr . payment failed but they gave me a week to sort it without any fee

## utility en lukewarm
0 . . its a utility company. fine
0 pr . how do i submit a meter reading?
0 pr . can i pay quarterly instead of monthly
0 pd . do you offer green tariffs?
0 pr . would be good to see daily usage in the app
0 . . no complaints no praise
0 pr . when will my smart meter be fitted
0 pr . can you send paper bills instead of email
0 . . ok i suppose, prices are high everywhere
0 pr . is there a number for power cuts

## utility en mixed
- pe,pr . the phone staff are nice but the billing is a total mess every month
+ pr . prices went up but the service has been great all year
- pr . good tariff, shame the app never works
+ pe,pr . took ages to get through but the advisor fixed everything brilliantly
- pe . quick to fit the meter but the engineer was rude to my wife
+ pr . switching over was slow but since then no issues at all
- pr . friendly advisors but 3 months of wrong bills and counting
+ pd . not the cheapest but the green energy and clear bills are worth it

## utility en churn
- pr c switching to another energy supplier
- pr c not renewing the fixed tariff, going elsewhere
- . c would not recommend to anyone
- pr c please close my account, ive signed up with a competitor
- pr c im leaving as soon as the contract ends
- pe c never again, worst customer service
- pr c cancel my direct debit, im moving supplier
- pd c moving to a supplier with a real green tariff

## utility en not churn
- pr,pe . had to ask three times for a bill breakdown
+ pr . switched to you from the big six and so much happier
+ pr . never had a problem with my bills
- pr . had to send my reading twice before it showed
+ . . wouldnt switch back to my old supplier for anything
+ pr . was about to leave but the new fixed deal kept me

## utility en spam
0 . s great article on saving energy, keep up the good work admin
0 . s solar panels free install call 07700 902 000
0 . s lorem ipsum in voluptate velit
0 . s wertwert yuioyuio
0 . s the documentary about the ocean last night was amazing, must watch
0 . s fast loans today text 07700 902 001
0 . s slimming tea lose 7kg whatsapp 07700 902 002

## utility en not spam
0 pr . saw your post about the price cap, will my direct debit change?
0 pr . my number is 07700 902 003, call me about the meter
+ pe . the engineer recommended a book on saving energy, really useful
0 pr . my account number is 11223344, please check the last bill
+ pr . watched your short film on how to read the meter, so helpful

## utility fr plain
- pr . facture doublée sans explication
+ pe . conseiller très aimable et efficace

## utility fr put right
+ pr . ils m'avaient trop facturé mais ils ont remboursé d'eux-mêmes
+ pr . coupure de courant réparée en une heure

## utility fr lukewarm
0 pr . comment envoyer mon relevé de compteur ?
0 . . rien à signaler

## utility fr mixed
- pr . conseillers sympas mais factures toujours fausses
+ pr . prix en hausse mais service impeccable

## utility fr churn
- pr c je change de fournisseur d'électricité
- pr c je résilie mon contrat à la fin du mois

## utility fr not churn
+ pr . on est passé chez vous depuis un autre fournisseur, très satisfaits

## utility fr spam
0 . s super article sur les économies d'énergie
0 . s panneaux solaires gratuits 06 00 11 22 33

## utility fr not spam
0 pr . j'ai vu votre post sur la hausse des prix, mon prélèvement va changer ?

## utility es plain
- pr . la factura el doble sin explicación
+ pe . la agente muy amable y resolutiva

## utility es put right
+ pr . me cobraron de más pero me lo devolvieron sin pedirlo
+ pr . hubo un corte de luz y lo arreglaron en una hora

## utility es lukewarm
0 pr . ¿cómo envío la lectura del contador?
0 . . nada que destacar

## utility es mixed
- pr . atención amable pero las facturas siempre mal
+ pr . subió el precio pero el servicio es muy bueno

## utility es churn
- pr c me cambio de compañía de luz
- pr c me doy de baja en cuanto acabe el contrato

## utility es not churn
+ pr . nos cambiamos a ustedes desde otra compañía y muy contentos

## utility es spam
0 . s gran artículo sobre ahorro de energía
0 . s placas solares gratis 666 000 777

## utility es not spam
0 pr . vi su publicación sobre la subida, ¿cambia mi recibo?

## restaurant en not put right
- pe . left my scarf on the chair and when i called they said nobody had found anything, never saw it again
- pr . they got our order wrong and when we said so they just shrugged, no swap no discount
- pr . we were 10 mins late for our booking and they had already given the table away
- pr . the card machine died and they made us walk to a cash point in the rain
- pr . had a problem with the booking app, rang them and nobody could fix it
- pd . cant say a single good thing about it, the pie was cold inside
## restaurant fr not put right
- pr . ils se sont trompés de plat et ne l'ont jamais changé
## restaurant es not put right
- pr . se equivocaron con el pedido y no lo cambiaron nunca

## hotel en not put right
- pe . forgot my charger in the room and they say it was never found
- pr . our room had a leak and they refused to move us, put a bucket under it
- pr . flight got cancelled and the hotel still charged us for the night we couldnt use
- pe . the aircon broke at midnight and nobody came until the next afternoon
- pr . booking site messed up our dates and the hotel said not our problem
- pe . my wallet went missing from the room and the manager didnt even write it down
## hotel fr not put right
- pr . problème de chauffage dans la chambre et personne n'est venu de la nuit
## hotel es not put right
- pr . hubo un problema con la reserva y nadie lo solucionó

## clinic en not put right
- pr,pe . my appointment got cancelled and nobody rang to rebook, found out when i turned up
- pe . lost my referral letter and the receptionist said i'd have to start again with a new appointment
- pe,pr . prescription problem still not sorted after five phone calls
- pe . the doctor was running late and never apologised, then rushed me out in 4 minutes
- pr,pe . results came back late and nobody called me about them
- pr . the system was down so they sent everyone home, come back next week they said
## clinic fr not put right
- pr . mon rendez-vous a été annulé et personne ne m'a rappelé
## clinic es not put right
- pr . me cancelaron la cita y nadie me llamó para darme otra

## pharmacy en not put right
- pr . they ran out of my meds and said try again next week, no offer to order them
- pe . left my bag on the counter and when i came back nobody knew where it was
- pr . the gp sent the wrong script and the pharmacy just sent me back to the gp, round and round
- pr . thought my prescription was lost and it was, they never found it
- pr . mix up with my order and it still isnt fixed after 3 visits
- pe . had a problem with my meds and the pharmacist couldnt be bothered
## pharmacy fr not put right
- pr . il manquait un médicament et ils n'ont rien fait pour le commander
## pharmacy es not put right
- pr . no tenían mi medicamento y no se molestaron en pedirlo

## garage en not put right
- pr . the part was delayed and they left me without a car for 3 weeks, no courtesy car
- pe . my car broke down and they took 6 hours to come out
- pr . they found a problem they missed last time and charged me double to fix it
- pr . the warning light came back on a day later, not fixed first time or second time
- pr . they got the booking wrong and told me to come back next week
- pe . lost my spare key during the valet and they denied ever having it
## garage fr not put right
- pr . la pièce était en retard et aucune voiture de prêt, j'ai dû louer
## garage es not put right
- pr . tuvieron un problema con la pieza y me dejaron sin coche dos semanas

## bank en not put right
- pr . my card got cloned and the bank refused to refund anything
- pe . i lost my card on holiday and they couldnt send a new one for 3 weeks
- pe,pr . a payment went missing and after 6 calls nobody has traced it
- pr . app went down on payday and my rent payment bounced
- pr . thought the transfer was lost and it was, still missing a month later
- pr . had a problem with direct debits, three chats later still not fixed
## bank fr not put right
- pr . un virement perdu et personne n'a rien retrouvé depuis un mois
## bank es not put right
- pr . me clonaron la tarjeta y el banco no me devolvió nada

## telecom en not put right
- pr . my internet went down and the first engineer slot was 2 weeks away
- pe . the bill was wrong and the guy on the phone refused to credit it
- pr . router broke and the new one never arrived
- pr . lost my phone abroad and it took them 5 days to block it
- pr . porting my number was meant to take a day and it took a month
- pd . since they fixed the line its dropped out every single night
## telecom fr not put right
- pr . la box est tombée en panne et toujours pas de technicien
## telecom es not put right
- pr . se cayó la fibra y el técnico no vino en una semana

## transport en not put right
- pe . left my laptop on the train and lost property never found it
- pr . my train was cancelled and they left us on the platform with no replacement
- pr . delay repay claim rejected twice, still no money
- pr . missed my connection and the next train was 2 hours later
- pr . ticket machine ate my card and nobody at the station could get it back
- pr . the bus broke down and we waited an hour for a replacement
## transport fr not put right
- pr . train annulé et aucune solution proposée
## transport es not put right
- pr . cancelaron el tren y no pusieron ningún autobús

## gym en not put right
- pr . they charged me twice and still havent refunded it after a month
- pe . i lost my ring in the changing room and staff said it wasnt their problem
- pr . the class was full again and they never add extra sessions
- pr . the app crashed on my booking and the desk said they couldnt do anything
- pr . freezing my membership was a nightmare, 4 emails and still charged
- pd . hurt my back on a broken machine and its still not fixed
## gym fr not put right
- pr . prélevé deux fois et toujours pas remboursé
## gym es not put right
- pr . me cobraron dos veces y aún no me han devuelto nada

## salon en not put right
- pd . i didnt like the colour and they refused to redo it
- pr . my appointment got cancelled and they never offered another one
- pr . i was 5 mins late and they cancelled my whole appointment
- pr . they lost my booking and sent me home
- pd . my gel nails lifted after 2 days and they wanted to charge me to fix them
- pe . left my umbrella there and they said nobody handed it in
## salon fr not put right
- pd . la couleur ne me plaisait pas et ils ont refusé de la refaire
## salon es not put right
- pd . no me gustó el color y se negaron a arreglarlo

## shop en not put right
- pr . the jumper i ordered was out of stock and they only told me after a week
- pe . i left my purse at the till and when i went back it was gone, nobody saw anything
- pr . wrong item in my click and collect and they said i had to order again online
- pr . thought the refund would be quick, still waiting after 6 weeks
- pr . problem with the card machine and they turned us away with a full trolley
- pd . the sofa arrived damaged and they still havent replaced it
## shop fr not put right
- pr . article en rupture et ils ne m'ont jamais prévenue
## shop es not put right
- pr . no tenían mi talla y nunca me avisaron cuando llegó

## delivery en not put right
- pr . my parcel went missing and they refuse to send a replacement
- pr . it arrived a week late, the birthday was long gone
- pe . driver left it at the wrong house and never came back for it
- pr . one item was missing and the refund still hasnt come
- pr . order was wrong and they said nothing can be done
- pr . thought it was lost and it was, support just keep saying wait 48 hours
## delivery fr not put right
- pr . colis perdu et toujours aucun remboursement
## delivery es not put right
- pr . se perdió el pedido y no me lo han repuesto

## trades en not put right
- pr . boiler broke on christmas eve and nobody came till the 28th
- pe . a pipe burst while they were working and they left us to clean it up
- pr . the first fix didnt hold and they wanted paying again to come back
- pr . parts delayed, no updates for weeks, job still not finished
- pd . they found a problem with the wiring and just left it, dangerous
- pr . thought the job would take 3 days, its been 5 weeks
## trades fr not put right
- pr . la réparation n'a pas tenu et ils ne sont jamais revenus
## trades es not put right
- pr . la reparación falló y no volvieron nunca

## florist en not put right
- pr . the delivery got delayed and nobody told me, flowers came the day after
- pd . one stem was broken and half the others wilted, no replacement offered
- pr . wrong address on the order and the flowers were never found
- pr . ordered in time for same day and it still arrived the next morning
- pd . the first bunch was droopy and they said thats normal
- pe . i complained about the dead roses and the florist just hung up
## florist fr not put right
- pr . livraison en retard et aucun geste commercial
## florist es not put right
- pr . llegó tarde y ni una disculpa

## utility en not put right
- pr . they overcharged me and i had to fight for 3 months to get it back
- pr . power cut in the storm and it took 2 days to come back on with no updates
- pe . the advisor found a mistake on my bill and then did nothing about it
- pr . reported a leak in the street a week ago and its still pouring out
- pr . the meter reading was wrong and they still bill me on it
- pr . payment failed once and they charged me a 25 pound fee straight away
## utility fr not put right
- pr . trop facturé et toujours pas remboursé après trois mois
## utility es not put right
- pr . me cobraron de más y aún no me lo han devuelto
## restaurant en negated praise
- pd . not a good meal at all, the chicken was dry
- pe . never had such bad service in my life
- pd . not a single dish came out right
- pd . cant say i enjoyed anything we ate
- pe . not one of the staff smiled all night
## restaurant fr negated praise
- pd . pas un seul plat n'était bon
## restaurant es negated praise
- pd . ni un solo plato estaba bueno

## hotel en negated praise
- pd . not a comfortable bed, woke up with a sore back
- pe . never had such an unfriendly welcome at a hotel
- pd . not one thing in the room worked properly
- pd . cant recommend the breakfast, it was awful
- pr . not a single towel changed in 3 days
## hotel fr negated praise
- pe . jamais vu un accueil aussi désagréable
## hotel es negated praise
- pd . ni una cosa funcionaba en la habitación

## clinic en negated praise
- pe . not a kind word from the doctor
- pr . never had such a long wait for a blood test
- pe . not one person told me what was going on
- pe . cant say the nurse was gentle, it really hurt
- pr . not a single appointment this month
## clinic fr negated praise
- pe . pas un mot gentil de la part du médecin
## clinic es negated praise
- pe . ni una palabra amable del médico

## pharmacy en negated praise
- pr . not a single prescription ready on time this year
- pe . never had such rude service at a chemist
- pe . not one bit of advice, just handed me the bag
- pd . cant find anything i need on the shelves
- pe,pr . not a word about the delay until i turned up
## pharmacy fr negated praise
- pr . pas une seule fois l'ordonnance était prête
## pharmacy es negated praise
- pr . ni una sola vez tenían la receta lista

## garage en negated praise
- pd . not a proper repair, the noise is still there
- pe . never had such a dishonest mechanic
- pe . not one call to say the price had gone up
- pd . cant say the car runs any better
- pd . not a good job, oil all over the engine
## garage fr negated praise
- pe . jamais vu un garagiste aussi malhonnête
## garage es negated praise
- pd . no ha quedado nada bien, sigue el ruido

## bank en negated praise
- pe . not a helpful person in the whole branch
- pr . never had such a slow transfer
- pe . not one advisor could explain the charge
- pd . cant recommend the app, it crashes daily
- pe . not a single reply to my complaint
## bank fr negated praise
- pe . pas un seul conseiller capable de répondre
## bank es negated praise
- pe . ni un solo empleado supo ayudarme

## telecom en negated praise
- pd . not a good connection anywhere in the house
- pe . never had such useless support
- pr . not one engineer turned up when booked
- pd . cant stream anything in the evenings
- pd . not a single bar of signal at work
## telecom fr negated praise
- pd . pas une seule barre de réseau chez moi
## telecom es negated praise
- pd . ni una raya de cobertura en casa

## transport en negated praise
- pr . not a single train on time this week
- pe . never had such a rude driver
- pr . not one announcement about the delay
- pd . cant get a seat on any morning bus
- pd . not a clean carriage on the whole train
## transport fr negated praise
- pr . pas un seul train à l'heure cette semaine
## transport es negated praise
- pr . ni un solo tren puntual esta semana

## gym en negated praise
- pd . not a clean towel or a working shower
- pe . never had such a lazy trainer
- pd . not one running machine free after work
- pd . cant use half the kit, its broken
- pe . not a hello from the desk in months
## gym fr negated praise
- pd . pas une seule machine qui marche
## gym es negated praise
- pd . ni una máquina libre por la tarde

## salon en negated praise
- pd . not a good cut, it looks patchy
- pe . never had such a rude stylist
- pd . not one bit like the photo i showed
- pd . cant say im happy with the colour
- pe . not a word of sorry when they burned me
## salon fr negated praise
- pd . pas du tout la coupe que j'avais demandée
## salon es negated praise
- pd . nada que ver con la foto que enseñé

## shop en negated praise
- pd . not a good buy, broke in a week
- pe . never had such unhelpful staff
- pr . not one till open at lunchtime
- pd . cant find a single thing in my size
- pd . not a fresh loaf left by 10am
## shop fr negated praise
- pe . jamais vu des vendeurs aussi désagréables
## shop es negated praise
- pe . nunca vi dependientes tan desagradables

## delivery en negated praise
- pr . not a single parcel on time this month
- pe . never had such a careless driver
- pr . not one update on where my order was
- pd . cant eat any of it, it arrived cold
- pd . not a box without dents
## delivery fr negated praise
- pr . pas un seul colis livré à temps
## delivery es negated praise
- pr . ni un solo pedido a tiempo

## trades en negated praise
- pd . not a straight tile in the whole bathroom
- pe . never had such an unreliable builder
- pr . not one day did they arrive on time
- pd . cant use the shower, it still leaks
- pe . not a word from him for two weeks
## trades fr negated praise
- pr . pas une seule fois à l'heure
## trades es negated praise
- pd . ni un azulejo recto en todo el baño

## florist en negated praise
- pd . not a fresh flower in the bunch
- pe . never had such a rude florist
- pd . not one rose lasted more than a day
- pd . cant believe they sent dead flowers to a funeral
- pr . not a single delivery update
## florist fr negated praise
- pd . pas une fleur fraîche dans le bouquet
## florist es negated praise
- pd . ni una flor fresca en el ramo

## utility en negated praise
- pr . not a single correct bill this year
- pe . never had such unhelpful advisors
- pe . not one reply to my three letters
- pe . cant get a straight answer about my tariff
- pr . not a penny refunded after months
## utility fr negated praise
- pr . pas une seule facture juste cette année
## utility es negated praise
- pr . ni una factura correcta este año
## restaurant en not churn
+ pe . cant recommend this place highly enough to anyone who loves seafood
## hotel en not churn
+ pe . would recommend this hotel to anyone visiting the city
## clinic en not churn
+ pe . couldnt recommend dr okafor more highly
## pharmacy en not churn
+ pe . i recommend this chemist to anyone on my street
## garage en not churn
+ pe . honestly could not recommend these mechanics more
## bank en not churn
+ pe . id recommend this branch to anyone, they go the extra mile
## telecom en not churn
+ pd . would recommend this network to anyone in the countryside
## transport en not churn
+ pr . i recommend the night bus to anyone coming home late, always on time
## gym en not churn
+ pe . could not recommend the coaches here enough
## salon en not churn
+ pe . i'd recommend ana to anyone with curly hair
## shop en not churn
+ pe . cant recommend this shop enough, so helpful
## delivery en not churn
+ pr . would recommend this courier to anyone sending something fragile
## trades en not churn
+ pe . could not recommend this plumber more highly, tidy and fair
## florist en not churn
+ pd . recommend them to anyone needing wedding flowers
## utility en not churn
+ pe . i would recommend this supplier to anyone fed up with their bills
## restaurant fr not churn
+ pe . je recommande ce restaurant à tout le monde
## bank es not churn
+ pe . recomiendo este banco a cualquiera
"""
