"""An eighth set of hand-written comments for the learned layer, 777 of them, written for
this project in one round (issue 25's fifth development round) without opening the rules,
the other examples or the bench sets:

- comments typed into a feedback form on a phone after a visit ("## business language
  form"): short, informal, praise told in negative words or as plain facts, lukewarm
  verdicts, questions and suggestions, mixed ones, quiet leaving in many phrasings and
  its look-alikes, and spam with its genuine look-alikes;
- messages sent afterwards ("## business language messages"): reviews, contact-form
  messages, replies to a text, comments under the business's posts, with sarcasm, thanks
  wrapped around a complaint, changes of details, and the same kinds of leaving and spam.

Fifteen kinds of business (restaurants, hotels, clinics, pharmacies, garages, banks,
phone and internet providers, public transport, gyms, hair salons, shops, delivery,
trades, florists, utilities), in English, French and Spanish. The round was first read
by the analysis as it stood (bench/README.md, issue 25), then its misses were read and a
few rules written from them, so these examples are no held-out evidence for those rules.
Eleven texts the same as an earlier example or a text of a bench set
(`bench/textlens_own*.py`) are left out; eight hard negatives written afterwards ("me
cambio en el vestuario", "on a changé de chambre": a change that is no leaving) are added
at the end, after the round's Spanish ways of leaving taught the model that "me cambio"
was one. Their weight against the examples before them
was chosen by cross-validation on our examples alone (`bench/textlens_weight.py --new
forms_messages`).

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
## restaurant en form
+ pe,pd . lost my scarf last friday and they had kept it behind the bar for me. food was lovely too
0 pd . could you add a proper vegan option? the salad is the only thing i can eat
- pe,pd c waiter rolled his eyes when I asked for tap water and the steak was grey. wont be back
+ pd . Can't fault it. The lamb was perfect
0 . . it was ok, nothing special
0 pr . do you take bookings for sundays or is it walk in only
+ pe . Marco is an absolute legend, remembered my daughters birthday from last year and brought out a candle
0 . s Great post admin, very informative, I will bookmark your blog and come back for more articles
0 . s Anyone else think the ref was a joke in the second half last night?? robbed
0 . s CHEAP LOANS APPROVED IN 1 HOUR no credit check call 07700 900123
0 pr,pd . Food was great, service was painfully slow. Swings and roundabouts
- pd . burger was raw in the middle. sent it back and the second one was the same
+ pr . booked online at 5pm for 7pm same night, table was ready when we walked in
0 . . fine
- pr c booked for our anniversary weeks ago, they gave the table away and offered us a spot next to the toilets. Taking our business to the italian down the road from now on
+ pd . Used to always go to Bella Napoli but switched to you lot last year, pizza is miles better
0 pd . menu's changed, not sure i like the new one as much. soup was still good tho
- pd . £18 for a tiny bowl of pasta that tasted like it came out of a packet
0 pe,pd . Staff friendly enough, food average. might try again
## restaurant fr form
- pe,pd c Le plat était froid et le serveur s'en fichait complètement. On ne reviendra pas.
+ pd . Très bon repas, le tiramisu maison vaut le détour !
0 . . c'était correct sans plus
## restaurant es form
- pr,pd . La comida rica pero tardaron casi una hora en sacar los segundos, así no se puede
+ pe,pd . todo riquísimo y el camarero súper majo, volveremos seguro
## hotel en form
- pd . shower went from freezing to scalding every 30 seconds. room 214 if anyone cares
+ pe,pr . arrived at 9am exhausted after a red-eye and they let me check in straight away, no charge
- pe,pr c Charged twice for the room. Reception keeps telling me to email someone called "accounts" who never replies. Its been 5 weeks and I'm still out £189. Never again, and I'll be telling everyone at work to book elsewhere too
0 pd . room was clean, bed was ok, breakfast average. does the job for one night
+ pe . Shout out to Priya on the night desk, absolute star, sorted us a taxi at 3am
- pd . paper thin walls, heard every word from next door until 2am
+ pd . No complaints at all. Quiet, spotless, great view of the harbour
0 . . not the worst place I've stayed but not great either
0 . s This recipe is amazing, I added a bit more garlic and it came out perfect!!
0 . s Boost your website to page 1 of Google in 30 days. Affordable SEO packages, reply for a free audit
+ pr . booked the wrong dates by mistake and they changed it over the phone in two minutes
0 pd . wifi was fine in the lobby but patchy in the room. pool was nice
- pe . receptionist was on her phone the whole time we were checking in, didnt even look up
0 pr . could you send the invoice with the company name on it please, need it for expenses
+ pd . got upgraded to a suite at no extra cost and the bed was enormous. slept 10 hours straight
- pd c mould on the bathroom ceiling, stained sheets. Would not recommend to anyone
0 . . ok
0 pe,pd . lovely staff but the room was tired and really needs a refurb
- pr . waited 25 min at checkout behind one person because only one desk was open
+ pd . the spa alone was worth the price, will definately come again
0 pd . Breakfast finishes at 9:30 which is a bit early for a weekend, maybe extend to 10:30?
## hotel fr form
- pr,pd . La chambre sentait le tabac alors qu'on avait demandé non-fumeur. On nous a dit qu'il n'y avait rien d'autre.
+ pe,pd . Personnel adorable, petit-déjeuner copieux. Je recommande.
## hotel es form
0 pd . El hotel bien, la habitación algo pequeña pero limpia. Normalito.
- pr c Llevo tres años reservando aquí pero me han cobrado la cancelación avisando con un mes de antelación. Se acabó, el año que viene buscamos otro sitio.
## clinic en form
- pr . rang at 8am on the dot, number 34 in the queue, all appointments gone by the time I got through
+ pe . Dr Okafor actually listened, first time in years a doctor hasnt rushed me
+ pr . apointment got cancelled but they rebooked me same day no fuss
0 pr . can I get my blood test results over the phone or do I have to come in
- pe c The receptionist was rude and dismissive to my elderly mum, talked over her and then told her to "go to A&E if it's that bad". She's 84 and was in tears in the car. We're registering at another practice this week.
0 pe,pr . nurse was nice, waiting room was packed, about 20 min late. standard
0 . s Lose 10kg in 2 weeks with our natural keto pills!! Doctors hate this trick
- pd . physio exercises made my back worse, paid £60 a session for nothing
+ pd . problem sorted first time, knee is finally pain free
0 pr . The online booking would be better if it showed which doctor you're seeing
- pr . third time my prescription request has been lost
+ pe,pr . in and out in 15 min, the nurse explained everything clearly
0 . . fine I guess
0 pd . the new building is nicer but harder to get to by bus
+ . . Never had a bad experience here in ten years
- pe . the gp googled my symptoms in front of me. not exactly reassuring
0 pe,pr . dentist was gentle and really good but I had to chase three times to get the bill corrected
- pr c charged for a "missed" appointment that I cancelled 48 hours ahead. not paying it and moving to a different dental practice
+ pe,pr . Reception found me a slot the same afternoon for my son's ear infection. Thank you!
0 pr . do you do travel vaccinations? need hep A before august
## clinic fr form
- pe,pr . Médecin pressé, 5 minutes de consultation après une heure d'attente.
0 pr . Est-ce que vous prenez encore de nouveaux patients ?
## clinic es form
+ pe . La doctora Martínez es un sol, muy paciente con mi hijo
- pr c Imposible conseguir cita, siempre comunicando. Me he cambiado de centro de salud.
## pharmacy en form
- pr . prescription not ready AGAIN. told to come back tomorrow, that's the third time this month
0 pd . do you stock the wegovy injections or do i need a private prescription first?
+ pe . the pharmacist spotted two of my meds clashing and called my GP about it. genuinely grateful
0 . s Buy viagra cialis online cheap no prescription fast shipping worldwide
0 . s Really enjoyed this article, the part about vitamin D was so useful. Thanks for sharing admin!
0 . s asdfghjkl
- pe . woman at the counter read out what my prescription was to the whole queue. mortifying
+ pr . ordered my repeat on the app at lunch, ready to collect by 4. easy
0 . . it's a pharmacy. it's fine
- pd c prices are way higher than the Boots round the corner, I'll be getting my stuff there from now on
0 pr . can you text when the repeat is ready instead of me having to ring?
+ pe . Tom is a star, always has time for my dad
- pr . 35 minutes queueing for a prescription that was already paid for
0 pd . Bit pricey but they had what I needed when nobody else did
+ pr,pd . arrived a day early, well packaged
+ pe,pd . the hayfever stuff they recommended actually works, first spring in years I can breathe
- pr . website said in stock, got there and it wasnt. wasted a trip
0 pe,pr . staff friendly enough, just slow. nothing to write home about
- pe c Been using this pharmacy for 12 years and the new manager has ruined it. Moving my nomination elsewhere
+ pr . Flu jab done in five minutes, no appointment needed
0 pd . Average. shelves a bit messy
## pharmacy fr form
- pe,pd . Pharmacienne peu aimable et en plus ils n'avaient pas la moitié de mon ordonnance.
+ pe . Toujours de bons conseils, merci à toute l'équipe
## pharmacy es form
- pe,pr c Me dieron la medicación equivocada dos veces. No vuelvo más.
0 pd . tienen test de embarazo más baratos? los que vi eran carísimos
## garage en form
+ pr,pd . car booked in for MOT at 9, they rang at 11 to say it passed. £45. can't ask for more
- pe,pd . Paid £380 for new brakes and they're squealing worse than before. Mechanic said "that's normal"
- pr c Quoted £200 on the phone. Bill came to £540 with "extras" that nobody rang me about, and when I questioned it the guy just shrugged and said it had to be done. I paid because I needed the car. Last time I use you, and I've left the same review on google
+ pe . Dave explained what was wrong without making me feel stupid. rare in a garage
0 pr . do you do courtesy cars or should I arrange a lift?
0 pr,pd . job done ok, took a day longer than they said
0 . s Bitcoin is going to 200k by christmas, get in now before it's too late. DM me for signals
0 . s who else is watching the new season of that dragon show, episode 3 was insane
- pd . oil all over my driveway the day after the service. cap hadn't been put back on properly
+ pe,pd . Told me I DIDN'T need the expensive part. honest mechanics do exist!
0 . . not bad, not amazing
- pe,pd . left greasy handprints all over my seats and the steering wheel
+ pr,pd . dropped it off with a rattle, picked it up same afternoon and the rattle's gone
0 pd . Labour rate seems high compared to others in town, is that inc VAT?
- pr . Nobody answers the phone. Ever. Had to drive down to find out if my car was ready
+ pd . No complaints at all, car runs like new
- pd . second time in 3 months the same warning light comes on after you "fixed" it
+ pe,pr . Broke down on the motorway, they sent someone out within the hour and towed me back. Lifesaver
0 pe,pr,pd . lads were friendly and the price was fair, just took longer than I expected
- pr c they kept my car 9 days for a clutch job. not renewing my service plan with you
0 pr . Can you send a reminder before the MOT is due next year?
+ pd . Switched from the main dealer to you two years ago, half the price and better work
## garage fr form
- pe,pd c Le garagiste m'a rayé la portière et nie tout. Je vais voir ailleurs.
0 pr . Bonjour, est-il possible de prendre rendez-vous pour la clim en ligne ?
## garage es form
+ pe,pd . Mecánicos muy honrados, me cobraron menos de lo presupuestado
0 pd . El taller está bien, precios normales. Ni fu ni fa.
## bank en form
- pr c Been trying to close my account for 3 weeks. Please just close it, I've moved to Monzo
0 pr . can I apply for a personal loan in branch or only online?
0 . s Need fast cash? Payday loans £100-£1000, bad credit OK, text LOAN to 60123
0 . s Nice blog, keep up the great work. Check out my page too for more tips
0 . s The government should resign, petrol prices are a disgrace, wake up people
+ pe . Sandra in the Kingsway branch helped me set up power of attorney for my dad. so patient and kind
- pr . on hold 52 minutes to report a lost card
+ pr . card got cloned, money back in my account by the next morning and a new card 2 days later
0 pd . app does what it needs to. would be nice to have a dark mode
- pe . advisor kept trying to sell me insurance when i came in about my mortgage
0 pr . what are the opening hours on bank holidays
- pd c fees on everything now. moving my salary to another bank
+ pr . mortgage approved in 10 days, smooth from start to finish
0 . . service was ok
- pr,pd . app logged me out 4 times while I was trying to pay a bill. beyond frustrating
+ pd . Best savings rate I could find and no hidden fees
0 pe,pr . staff are polite but with the branch closing I now have a 40 min drive. not sure what to do
- pe . the cashier laughed when I asked how to use the paying in machine. felt about 90
+ pr . Opened a business account entirely on my phone in 20 minutes. impressed
0 pr . came over from Barclays last month, so far so good, the transfer was a bit slow
0 pd . interest rate is average, app is decent. nothing more to say
## bank fr form
- pr c J'ai demandé la clôture de mon compte il y a un mois, toujours rien. Inadmissible.
0 pr . Bonjour, comment faire pour augmenter le plafond de ma carte ?
+ pe . Conseiller très réactif, il m'a rappelé le jour même
## bank es form
- pr . Me bloquearon la tarjeta estando de viaje y nadie contestaba el teléfono
0 pd . ¿Tienen cuenta sin comisiones para estudiantes?
## telecom en form
- pd c sick of the dropped calls. send me my PAC code, I'm porting my number to Three
- pd . no signal inside my own house. paying £40 a month for a phone that only works in the garden
+ pe,pr . Engineer turned up in the slot, fibre working in half an hour, tidied the cables away too
0 pr . when does my contract end? cant find it anywhere on the app
0 . s Make $5000 a week from home!!! Limited spots www.easy-cash-now.biz
0 . s qwertyqwerty
0 . s Such a good read, I shared this post with all my friends. Waiting for part 2
- pr . bill went up 14% mid contract and nobody told me
0 pd . speeds are ok most of the time, slows down a lot in the evening
+ pe . the lady on chat, Aisha, was brilliant, sorted my roaming in 5 minutes
- pe,pr . passed between 5 different departments and every one of them told me something different
0 pd . Could you do a sim only deal for existing customers? new customers seem to get everything cheaper
- pr,pd c not renewing. you've put the price up every year and the service just gets worse
+ pd . no complaints, been with you 6 years and never lost the internet once
0 . . its fine
- pr . Router was supposed to arrive Tuesday. It's Friday.
+ pr,pd . I rang to cancel and they offered me a better deal instead, so I'm staying. cheers
+ pd . switched from BT to you and my broadband is twice as fast for less money
- pe . support guy was sarcastic and basically told me it was my fault for having an old phone
0 pd,pr . good coverage but customer service is a nightmare. evens out i suppose
0 pr . is there a way to get paper bills instead of email?
## telecom fr form
- pr,pd c Aucun réseau depuis 4 jours, et le service client raccroche. Je résilie.
0 pd . Le débit est correct, sans plus.
+ pe,pr . Technicien ponctuel et très pro, merci.
## telecom es form
- pr c Llevo un mes esperando que me instalen la fibra. Me voy a otra compañía.
## transport en form
- pr . bus 42 just didnt show up. twice this week. had to get a taxi to work
+ pe . Driver waited for me when he saw me running for the stop. made my morning
- pd . train was filthy, chewing gum on the seats and the toilet out of order
0 pr . are dogs allowed on the coach to Edinburgh?
0 . s Hello i am Jessica, i am looking for serious man for friendship, write me on my email
0 . s Great article! I never knew about this. Do you have a newsletter?
0 . s aaaaaaaaaaaa
+ pr . left my laptop on the 7:15 and lost property had it waiting for me the same evening
- pr c delayed every single day for a month. not renewing my season ticket, I'll drive
0 pd . new trains are nice but there are fewer seats. hmm
- pe . ticket inspector was really aggressive with a teenager who'd lost his pass
+ pr . Refund for the cancelled train came through in 2 days, didn't even have to chase it
0 . . journey was fine
- pr . the app said the bus was 2 min away for 25 minutes
0 pr . you should put the timetable back up at the stop, not everyone has a smartphone
+ pr,pd . Quiet coach was actually quiet for once, wifi worked, on time. Perfect
- pr c 'Replacement bus service' took 2 hours for a 30 minute journey. Again. I'm getting the coach from now on
+ pe,pr . Booked assistance for my wheelchair, staff were waiting at both ends. Couldn't have been easier
- pd . heating broken on the bus in january, everyone sat in coats and gloves
0 pe,pr . driver was nice, bus was late. the usual
+ pd . honestly the cheapest way to get to the airport and its never let me down
## transport fr form
- pe,pr c Contrôleur désagréable et train supprimé sans explication. Je prendrai la voiture désormais.
+ pe . Chauffeur très sympa qui nous a aidés avec les valises.
0 pr . Le bus de 18h est toujours plein, il faudrait en rajouter un.
## transport es form
- pe,pr . El autobús pasó de largo sin parar y eso que le hice señas
0 pd . el billete ha subido otra vez, ¿hay algún abono mensual?
## gym en form
- pd . half the treadmills have been out of order for 3 weeks now
+ pe . Jordan the PT is a legend. down 8kg and actually enjoying it
- pr c Tried to cancel my membership online, impossible, apparently I have to send a letter?? in 2024?? Cancel it now please
0 pr . do you open on bank holiday mondays?
0 . s Lose weight fast with garcinia drops, 100% natural, order now 50% off
+ pd . showers actually hot, changing rooms clean, never have to queue for a rack. can't fault it
0 pd . could you add more spin classes in the evening? the 6pm one is always full
- pe,pd . staff just sit at the desk on their phones, nobody cleans anything
- pd c changing rooms are disgusting and the price went up again. I won't be renewing in march
+ pr . froze my membership while I had surgery, no fee, no hassle
0 . . it's a gym. does the job
- pe . same lads hog the squat rack for an hour every night and staff won't say anything
+ pe,pd . Left PureGym to come here, so much better, classes are great and the instructors know your name
0 pd,pr . the new app is alright, booking classes is easier but it crashes sometimes
- pr . charged twice this month, still waiting on the refund
0 pd . any chance the music could be a bit quieter in the weights area?
- pd . air con broken in the middle of a heatwave, felt like a sauna
+ pr . Induction booked for the same day I joined and they threw in a free PT session after
0 pe,pd . good equipment, staff a bit clueless. 50/50
- pe,pr . Instructor turned up 15 minutes late to a 45 minute class and didn't apologise
## gym fr form
- pd,pr c Salle bondée tous les soirs, machines en panne. Je ne renouvelle pas mon abonnement.
+ pe . Coach au top, très motivante !
0 pd . Salle correcte pour le prix.
## gym es form
+ pd . Las clases de zumba son lo mejor, me lo paso genial
0 pr . ¿Se puede pagar la cuota trimestral en vez de mensual?
## salon en form
+ pd . never had a bad haircut here. 5 years and counting
- pe,pd c asked for a trim, walked out with a bob. she didnt even check with me. wont be going back
0 pr . do you do walk ins on saturday mornings
0 . s I love this movie so much, the ending makes me cry every single time
0 . s Best SEO and backlinks service, guaranteed DA 50+, contact us on whatsapp
0 . s hello test test 123
+ pe . Chloe is a genius with colour, first time my blonde hasn't gone brassy
- pr . turned up for my appointment and they'd double booked. waited 45 min
+ pe,pr . running late because of traffic, they still fitted me in and didn't rush me at all
0 pd . it was ok, bit expensive for what it is
- pd . nails started lifting after 3 days. for £40 I expect at least 2 weeks
+ pd . Booked for balayage, came out exactly like the photo I showed. no complaints
0 pe,pd . Stylist was lovely but I'm not sure about the cut yet. will see how it grows out
- pe . the girls spent the whole time gossiping about other clients. really uncomfortable
0 pr . can you add online booking? ringing during work hours is a pain
0 . . average
- pd . water was boiling then freezing while they washed my hair and the towels smelt damp
+ pd . I was so nervous about going short but it's the best cut I've ever had. obsessed
- pd . price list on your website is out of date, it was £10 more when I got there
0 pe,pd . nice enough. the head massage was the best bit
- pe . Barber was clearly hungover, hands shaking with a razor near my neck. terrifying
## salon fr form
- pe,pd c Coloriste qui n'écoute rien, résultat orange. Plus jamais.
0 pr . Faut-il réserver pour un brushing ou vous prenez sans rendez-vous ?
## salon es form
+ pe,pd . Super coupe, la coiffeuse a pris le temps de me conseiller.
+ pe . Me encanta cómo me deja el pelo Lucía, es la mejor
- pr c Me cancelaron la cita el mismo día por WhatsApp sin dar explicaciones. Buscaré otra peluquería.
## shop en form
- pe . security guard followed me round the whole shop. I'm 62.
+ pe . the lad on the tills went and checked the stockroom for my size and found the last one
0 pr . do you price match online?
0 . s Click here for a free iPhone 15 winner selected!!! claim now
0 . s Amazing blog admin, this post about home decor trends was so helpful!!
0 . s jjjjjkkkkk lol
- pr . only 1 till open on a saturday with a queue to the door
+ pr . returned a jumper without the receipt, refunded to my card no questions asked
0 pd . good range but prices have crept up lately
- pd . Bought a kettle, it leaked on the second day
+ pd . great selection of gluten free stuff now, finally!
0 . . fine, got what I came for
- pe,pr c Manager refused a refund on a faulty toaster and was rude about it. I'll shop at Argos from now on
0 pd . Could you stock oat milk in the bigger cartons?
- pd . Half the fruit was mouldy. checked the date, 3 days left on it
+ pr . Click and collect on the app is brilliant, order in the morning and pick up after work
0 pe,pd . staff helpful, store a bit of a mess. swings and roundabouts
+ pd . Produits frais et prix corrects, on revient chaque semaine.
0 pd . new layout takes a bit of getting used to
- pr . 3 for 2 offer didn't scan at the till and nobody could fix it
+ pe . Bev on the deli counter always saves the ends of the ham for my dog. love her
0 pr . what time do you shut on christmas eve
## shop fr form
- pr c Commande en retrait magasin jamais préparée, 3 déplacements pour rien. Je n'achète plus chez vous.
0 pr . Ce serait pratique d'avoir des caisses automatiques.
## shop es form
- pe,pr . La cajera me cobró dos veces lo mismo y encima se enfadó cuando se lo dije
+ pd . Siempre encuentro de todo y muy bien de precio
## delivery en form
- pr . third time the parcel went to the wrong house
+ pr . arrived a day early, left in the safe place as asked
- pe,pd . driver threw the box over the gate. screen cracked
0 pr . can i change the delivery address once it's shipped?
0 . s Crypto trading bot makes 300% monthly returns. Join our telegram group
0 . s the sequel was nowhere near as good as the first book tbh
0 . s Thank you for this informative post, it really helped me with my assignment
- pr c "delivered" it says. it wasn't. fourth time. cancelling my premium subscription
+ pe . Our driver Kev is a star, always knocks extra loud because he knows my mum is deaf
0 pr . tracking said 2-4pm, came at 5. not a big deal
- pr . Card says we missed you. I was sat by the door all day
+ pr . parcel got lost but they sent a replacement the next day without me even asking
0 pr . could you give a 1 hour window instead of all day?
- pr . refund for the missing item still not processed after 3 weeks and 6 emails
+ pe,pr . Driver rang ahead to say he was 10 min away, perfect
- pe . driver was rude when I asked him to bring it upstairs, I'm on crutches
+ pr,pd . food was still hot when it arrived, first time ever with a delivery
0 pd . packaging a bit excessive for a phone case, huge box full of plastic
- pd . milk arrived split open and soaked everything else in the bag
0 pr . Delivery was fine but the app keeps sending me notifications for someone elses order
## delivery fr form
- pr c Colis perdu, service client injoignable. Je n'utiliserai plus jamais votre service.
0 pr,pd . Livraison en retard de deux jours, mais bon, le colis est arrivé intact.
+ pr . Livré en 24h, impeccable.
## delivery es form
- pr c Es la última vez que pido con vosotros, el pedido llegó con cuatro días de retraso
0 pr . ¿Pueden dejar los paquetes en el punto de recogida del barrio?
## trades en form
+ pe,pd . the plumber was in and out in 40 minutes and left it spotless
- pr . electrician said Tuesday morning. Didn't come, didn't call. Now saying next week
+ pe . Mike the roofer is a legend, came out in a storm to tarp our roof
0 pr . do you give free quotes for loft conversions?
0 . s Looking for a reliable plumber in Leeds? Visit our site for the best rates, 24/7 callout
0 . s Hi admin, I noticed some broken links on your blog, I can fix them for a small fee
- pd c Tiles already cracking 2 months after they were laid. Would not recommend to anyone
+ pd . boiler's been perfect since the service, no more cold showers
- pe . builder left rubble in my front garden and cigarette butts everywhere
0 pr,pd . decent job, bit pricey, took an extra day
- pr . quote was £1,200, final invoice £2,050. no explanation
+ pr . Emergency call at 11pm, someone was here by midnight and fixed the leak
0 pr . can you send me the gas safety certificate for the landlord please
- pe,pd c painter smudged the skirting boards everywhere and argued with me when I pointed it out. found someone else to finish the job
0 . . job done.
+ pd . new kitchen looks amazing, exactly what we wanted, no complaints
0 pe,pd . Nice guys, the fence is a bit wonky but it'll do
0 pr . Is it possible to book evenings? I work 9-5
- pr . Three missed appointments now. thats three days off work for nothing
+ pe,pd . Honest bloke, told me the old radiator just needed bleeding and didn't charge me
0 pd,pr . workmanship good, communication not so much
## trades fr form
- pd . Le plombier est venu deux fois et la fuite est toujours là.
+ pe,pr . Artisan sérieux, ponctuel, et chantier laissé propre.
0 pr . Pouvez-vous m'envoyer un devis pour refaire la salle de bain ?
## trades es form
- pe,pr c El electricista llegó tres horas tarde y encima de mala gana. No le vuelvo a llamar.
+ pd . El pintor hizo un trabajo impecable, la casa parece nueva
## florist en form
+ pd . flowers lasted nearly 3 weeks, my wife was amazed
- pd . paid £55 for a bouquet and half of it was wilted when it arrived
- pr c Mother's Day flowers turned up on the Tuesday after. Never again
+ pe . Jess made a wreath for my dad's funeral at short notice. it was beautiful. thank you
0 pr . do you deliver to the hospital?
0 . s What a fantastic post, so well written. Looking forward to your next update!
+ pr . ordered at 11, delivered by 2 same day, card message spelled right and everything
0 pd . nice flowers, smaller than the photo online
- pd . The bouquet in the photo had roses. what I got was carnations and filler
0 pd . could you do a plastic-free wrapping option?
+ pd . Can't fault it. Gorgeous arrangements for our wedding tables
- pe . woman in the shop was really short with me when I asked about prices
- pr . tried ringing 5 times to change the delivery date, no answer
+ pr,pd . Birthday bouquet arrived a day early but they'd called to check that was ok first. lovely touch
0 pd . a bit expensive but nice
- pr . they put the wrong name on the card. wife not impressed
0 pr . is there a discount for regular orders for an office?
- pd c arrived with the stems all snapped, looked like someone had sat on it. won't be ordering again
0 pe,pr,pd . the girl was lovely, flowers were ok. bit of a wait
## florist fr form
0 . s Gagnez de l'argent depuis chez vous 💰💰 cliquez sur le lien dans ma bio
- pd,pr c Fleurs fanées en 2 jours et aucun remboursement. Je passerai par un autre fleuriste.
+ pe,pd . Bouquet magnifique, la fleuriste a parfaitement compris ce que je voulais.
0 pr . Est-ce que vous livrez le dimanche matin ?
## florist es form
+ pd . Precioso el ramo, a mi madre le encantó
0 pd . Bien, aunque el jarrón no venía incluido y pensaba que sí
## utility en form
- pr c Switching energy supplier after this bill. £430 for one month in a two bed flat, ESTIMATED again even though I sent a reading on the 1st. Three calls, three different answers. Done, the switch goes through on friday
+ pr . meter reading submitted online, bill adjusted same day. easy
0 pr . how do I get a smart meter fitted?
0 . s Pills for men, stronger longer, discreet packaging, call now 0800 123 4567
- pr . Been on hold for an hour and 10 minutes. still on hold as I write this
+ pe . the engineer who came out about the gas smell was calm, thorough and explained everything
- pr . Direct debit doubled without warning. When I asked why, nobody could tell me
0 pr . please stop sending me paper bills, I signed up for paperless months ago
- pe c advisor hung up on me twice. I've already signed up with Octopus, you'll get my final reading next week
+ pr . water was off for the works but they texted the day before and it was back on by lunchtime
+ . . no issues, all good
0 pr . Can I pay quarterly instead of monthly?
- pr . sent 4 meter readings, still getting estimated bills
+ pr . Moved house and the account transferred over without me having to chase anything
- pd,pr . water coming out brown for 2 days and nobody has told us if its safe
0 pd . price seems in line with everyone else. service is average
+ pe . Gerald on the phones is a star, got me onto the priority register for my oxygen machine
0 pr . when will the roadworks on Park Rd be finished?
- pd,pr . they moved me onto a more expensive tariff when my fix ended and didn't tell me
0 pd,pe . App is decent, customer service less so.
## utility es form
0 . s ¿Qué opináis de las elecciones? Un desastre total, este país no tiene arreglo
- pr c Me cortaron la luz por un error suyo. Ya he contratado con otra compañía.
0 pd . ¿Hay alguna tarifa con discriminación horaria?
## utility fr form
- pr c Facture trois fois plus élevée que d'habitude, personne ne répond. Je change de fournisseur.
0 pr . Comment puis-je transmettre mon relevé de compteur en ligne ?
+ pe,pr . Conseillère au téléphone très patiente, elle a tout réglé en un seul appel.
## restaurant en messages
- pe,pr,pd . Waited 40 minutes for our mains and the waiter acted like we were the problem for asking. Food was fine when it finally showed up.
+ pd . Not cheap, but honestly the best lamb shank I've had in years. Worth every penny.
- pd c Third time the carbonara has arrived swimming in cream and lukewarm. We won't be coming back, there are better places on this street.
0 pr . Do you take bookings for groups of 12 on a Saturday evening? We'd need a high chair too.
+ pe,pr . I left my scarf on the chair and Maria had it bagged up with my name on it when I came back the next day. Little things like that matter, thank you!
0 pd . Food was ok, nothing special. Portions decent for the price.
- pe . Lovely of the manager to "apologise" by telling us the kitchen was busy. Thanks for nothing, really.
0 pe,pd . The staff were lovely and attentive but the risotto was bland and undersalted. Mixed feelings overall.
+ pe,pr,pd . The waiter was a bit slow but the desserts more than made up for it, the tarte tatin was perfect. We'll be back next month for my mum's birthday.
0 . s Great article, very informative! I have bookmarked your blog and will share with my friends who love reading about cooking.
0 . s Who else watched the match last night?? Referee was a joke, absolutely robbed in the 89th minute.
0 . s Get 10,000 real Instagram followers in 24 hours, cheap prices, message me on WhatsApp +44 7700 900123
- pr . Booked online for 7pm, arrived to find no record of the booking and a 30 min wait. Appreciate the free drink but it shouldn't happen.
0 pr . Suggestion: it would be great if you put the menu on your website with prices, I couldn't find it anywhere.
+ pe,pr . My order came out wrong but the server noticed before I did, swapped it and knocked the drinks off the bill. No issues whatsoever after that.
- pd . Great, another burger served raw in the middle. At least it's consistent.
0 pd . We came for the Sunday brunch. It was fine. Probably wouldn't go out of my way but wouldn't avoid it either.
- pd,pr c Ordered the set menu, half the dishes were "unavailable" and they still charged full price. Sorry but we're done here.
0 pr . Hi, I'll be paying the deposit for the 14th by bank transfer, can you confirm the account details? Thanks.
+ pd . Couldn't ask for more. Fresh fish, crispy chips, clean tables and a view of the harbour.
0 pe,pd . The chef clearly knows what he's doing but the room was freezing and the music far too loud. Would try again in summer maybe.
## restaurant fr messages
- pr,pd c Une heure d'attente pour une pizza froide. On ne reviendra pas, c'est dommage parce qu'avant c'était bien.
+ pe,pd . Super accueil, le serveur nous a conseillé un vin parfait avec le magret. Merci à toute l'équipe !
0 pd . Est-ce que vous avez des options sans gluten ? Ma fille est cœliaque.
## restaurant es messages
- pe,pr . Pedimos la cuenta tres veces y nadie vino. Al final tuvimos que levantarnos a pagar en la barra. Qué servicio.
+ pd . La paella estaba buenísima, de verdad. Volveremos seguro.
## hotel en messages
- pd . Room smelled of damp and the shower went from freezing to scalding with no in between. The view was nice, I'll give it that.
+ pe . Check-in was late because of our delayed flight and the night porter, Sam, still had sandwiches waiting for the kids. Absolute star.
0 pr . Can I change my booking from a double to a twin for the nights of the 3rd and 4th? Reference HB2291.
- pr c Charged twice for the same stay and it's taken five emails to get one refund back. We won't be staying with your chain again.
+ pd . Spotless room, comfy bed, proper blackout curtains. Slept like a baby.
0 pd . Decent place for one night near the station. Breakfast average. Does the job.
- pe . The receptionist rolled her eyes when we asked for extra towels. Made us feel like a nuisance the whole stay.
+ pr . Had to cancel last minute because of a family emergency and they refunded without any fuss. Rebooked for October, can't wait.
0 pe,pd . Staff couldn't have been nicer, really. Room was tiny though and the walls paper thin, heard every word next door.
0 . s This is a really nice post, thanks for sharing. Please visit my page for more travel tips and cheap loans approved same day.
0 . s Horoscope for Leo this week: money coming your way, avoid arguments with Gemini on Thursday.
0 . s asdfgh jkl qwerty test test
- pd . Lovely touch leaving a "welcome" note on the pillow. Shame about the hair under it.
0 pr . Suggestion: a late checkout option for a small fee would be really handy for those of us with evening flights.
+ pe,pr . I left my laptop charger in room 214 and the housekeeping team posted it to me the same week. Didn't even ask for postage. Thank you!
- pr,pd . Wifi didn't work for three days of a work trip. "Engineer is coming tomorrow" every single day. Thanks for the apology, still useless.
0 . . We stayed 2 nights for a wedding nearby. Nothing to complain about, nothing to rave about.
+ pd . Not cheap but honestly worth it for the spa alone. The pool was warm and never crowded.
- pe,pr c Manager refused to move us from a room above the bar even though the place was half empty. Booking our next trip elsewhere, lesson learned.
0 pr . Please note we've changed our company billing address, invoices from now on to 12 Mill Lane, Leeds LS2 7AB.
+ pe,pr . Arrived at 1am after a cancelled train, the receptionist found us a room even though we'd booked for the next night. Couldn't ask for more.
## hotel fr messages
- pd c Chambre sale, cheveux dans la baignoire, moquette tachée. Pour le prix, c'est scandaleux. Plus jamais.
+ pe,pd . Personnel adorable, petit-déjeuner copieux et la chambre avec vue sur le lac était magnifique. On recommande !
0 pr . Bonjour, est-il possible d'arriver vers 23h ? Notre train arrive tard. Merci d'avance.
## hotel es messages
- pr,pd . Reservé una habitación con terraza y me dieron una interior sin ventana. Me dijeron que era lo que había. Muy mal.
0 pd . El hotel está bien ubicado, las habitaciones normales. Ni fu ni fa.
## clinic en messages
- pr . Appointment at 9:10, seen at 10:25. Nobody said a word about delays. I had to take the morning off work for a five minute consult.
+ pe . Dr Okafor actually listened and didn't rush me out the door. First time in years I've left a doctor feeling understood.
0 pr . Is it possible to get my blood test results by email rather than calling? The phone line is always busy.
- pe c The nurse was dismissive and practically told me I was imagining the pain. I've registered with another practice.
+ pr . I was dreading the booking system but got a same-day slot through the app. Painless, in every sense.
0 pe,pr . Dr Lewis is great once you get to see her. Getting an appointment takes about three weeks for a routine follow-up, which is a shame.
- pr . Thanks for the text reminder for an appointment you'd already cancelled without telling me. Very helpful.
+ pe,pd . My physio sessions here fixed a shoulder problem I'd had for two years. Not cheap, but worth every session.
0 . s Nice blog, I learned a lot about healthy sleeping. By the way I write essays for students, cheap and fast, contact me.
0 . s Buy cheap Viagra and Cialis online without prescription best price guaranteed discreet shipping
0 pr . I moved house last month, please update my address to 4 Birch Close. Same phone number.
- pr c Third time my referral letter has been "lost". I'm moving to the practice in town, at least they answer emails.
+ pe,pr . Had a mix-up with my prescription renewal but the receptionist sorted it within the hour and called me back to confirm. Much appreciated.
0 pd . Treatment was fine. Not sure it made much difference yet, will see in a few weeks.
- pd . Waiting room was filthy, used tissues on the chairs and the toilet out of order. Not what you expect from a health centre.
0 pr . I had to cancel my appointment on Tuesday as I was ill with flu, I've rebooked for the 18th. Sorry for the short notice.
0 pr . Fine. In and out in about 20 minutes, nothing to report.
+ pe,pd . The dental hygienist was so gentle and my teeth have never felt cleaner. Already booked my next one.
- pe,pd . The doctor was kind, I'll say that. But being told to "come back if it gets worse" for the fourth time is not a treatment plan.
0 pr . Suggestion: an online check-in screen would save a lot of queueing at reception in the mornings.
## clinic fr messages
- pr . Impossible de joindre le secrétariat, ça sonne dans le vide toute la matinée. C'est épuisant.
+ pe . Le docteur Martin est très humain et prend le temps d'expliquer. Merci pour votre patience avec ma mère.
- pr c Trois rendez-vous annulés à la dernière minute en un mois. J'ai trouvé un autre cabinet, désolée.
## clinic es messages
0 pr . ¿Atienden los sábados por la mañana? Necesito un certificado médico para el gimnasio.
+ pe . La doctora fue muy amable con mi hijo, que le tiene pánico a las agujas. Mil gracias.
## pharmacy en messages
- pe,pr . Prescription "ready in 10 minutes" took an hour and a half. There were two people behind the counter chatting.
+ pe . The pharmacist spotted an interaction between two of my meds that the GP had missed. Genuinely grateful.
- pr c I'm moving my repeat prescriptions to the pharmacy by the station. Four months in a row something has been missing.
0 pd . Do you stock the sugar-free version of the children's paracetamol? The shelf was empty last time.
+ pr . Was told my medication was out of stock everywhere, but they tracked one down at their other branch and had it sent over by the afternoon. Brilliant.
0 pd . It's a pharmacy. Got what I needed. Bit pricey on the non-prescription stuff.
- pe . Asked a quiet question about a personal matter and the assistant repeated it loudly for the whole queue. Mortifying.
+ pe,pr . Flu jab done in five minutes, no appointment, lovely chatty pharmacist. Couldn't have been easier.
0 . s Thanks for this post about vitamins!! Also check out my crypto signal group, 300% returns guaranteed every month.
0 . s Did anyone see the debate last night? Both candidates were useless, no wonder nobody votes anymore.
0 . s purple keyboard seventeen river quietly sandwich elevator orange
- pr . Great, I love getting a text saying my prescription is ready and then being told at the counter it isn't. Twice this week.
0 pr . Please note I've changed GP surgery, my prescriptions will now come from Elm Road Medical. Same patient details otherwise.
+ pe . Thank you to the young man on Saturday who walked my elderly father through his new inhaler three times without a hint of impatience.
- pd . The "natural" sleep supplement you recommended did absolutely nothing except cost me £24.
0 pe,pr . Staff are always helpful but the queue at lunchtime is ridiculous. Maybe open a second till?
+ pr . I switched my prescriptions to you from the big chain last year and haven't regretted it once. Always ready on time.
- pe,pr . Appreciate the apology, but giving me someone else's medication is not a small mistake. I could have taken it.
0 pd . Is the blood pressure check free or is there a charge? Couldn't find it on the website.
+ pd,pr . They were out of my usual brand but offered a cheaper generic and explained it was identical. Saved me money, no issues whatsoever.
- pr c Closed again during advertised opening hours with no sign on the door. That's it, I've transferred everything to an online pharmacy.
## pharmacy fr messages
- pe c La pharmacienne m'a parlé comme à une idiote. Je vais désormais à la pharmacie d'en face.
0 pr . Bonjour, faites-vous la livraison à domicile pour les personnes âgées ? Ma grand-mère ne peut plus se déplacer.
+ pe . Toujours de bon conseil et souriants. Une pharmacie de quartier comme on les aime.
## pharmacy es messages
- pr . Llevo una semana esperando un medicamento que "llega mañana". Necesito una solución, no excusas.
0 pe,pd . Los precios están bien, la atención normal. Es la que me queda más cerca.
## garage en messages
- pd . Car went in for a rattle. Came back with the same rattle and a new scratch on the bumper. Impressive.
+ pe,pd . Honest mechanics are rare. Tom told me the brakes had another 6 months in them instead of selling me new ones. Customer for life.
- pr,pd c Quoted £280, invoiced £510 with "extras" nobody phoned me about. Found another garage that actually calls before doing work.
0 pr . Do you do MOTs on Saturdays? And how long does it usually take, can I wait there?
+ pr,pd . Dropped the car off at 8, they called at 11 to say it was done. Fair price, clear invoice. Nothing more to ask for.
0 pd . Service done, car runs fine. Price about what I expected. Nothing to add.
- pe . Being called "love" and talked down to about my own car isn't a great look. Still not sure what was actually wrong with it.
+ pe . They found my wallet down the side of the seat and rang me before I'd even noticed it was gone. Cheers lads.
0 . s Excellent post about winter tyres, very well written. I run an SEO agency and can get your site on Google page one, reply for a free audit.
0 . s Loans for bad credit approved in minutes no checks call now 0800 555 0199
0 . s Anyone know a good film to watch this weekend? Just finished the new superhero one and it was awful.
- pr . Car was promised for Tuesday. It's Friday. Each time I call I'm told "the part is on its way". Thanks for keeping me informed, I guess.
0 pr . I'd like to move my booking from Thursday to next Monday if that's possible. Same time if you have it.
+ pd . The paintwork repair is invisible, honestly can't tell where the dent was. Not cheap but worth it.
- pd . Aircon "fixed" on Monday, blowing warm air again by Wednesday. Fantastic value.
0 pe,pr . The mechanic was really knowledgeable, but the waiting area has no coffee and I sat there for three hours. Bring a book.
0 pd . Tyres fitted fine. Can't really say more than that, it's tyres.
- pe c Left the car for a wheel alignment and it came back with 60 extra miles on the clock. Someone's had a joyride. Won't be returning.
+ pr . Had a breakdown miles from home, they squeezed me in the same afternoon even though they were fully booked. Lifesavers.
0 pr . Can you send me a copy of the invoice for the timing belt job in March? I need it for the warranty.
- pe . The lad on reception could not have cared less. Phone glued to his hand the entire time I was trying to explain the problem.
## garage fr messages
- pr . Voiture immobilisée trois semaines pour un simple embrayage. Personne ne rappelle jamais.
+ pe . Garagiste honnête et pédagogue, il m'a montré la pièce usée avant de la changer. Je recommande sans hésiter.
0 pr . Est-ce que vous acceptez le paiement en trois fois pour une réparation de plus de 800 euros ?
## garage es messages
- pd c Me cambiaron el aceite y a los dos días tenía una fuga. No vuelvo más, me voy a otro taller.
+ pe,pr . Me atendieron sin cita un domingo por un pinchazo. Rápidos y baratos. Gracias, chicos.
## bank en messages
- pr . On hold for 52 minutes to report a lost card. The hold music is now permanently in my head. Thanks.
+ pe,pr . Someone tried to use my card abroad and your fraud team blocked it and called me within minutes. Money back the same day. Very reassuring.
- pr,pd c Closing my account this month. Three branch closures, no phone support worth the name, and fees that keep creeping up.
0 pr . I've moved house, how do I update my address? The app only lets me change the phone number.
+ pr . Mortgage application was far smoother than I expected. Clear steps, quick answers, no nasty surprises.
0 pd . The new app looks nicer but I honestly can't tell if it does anything the old one didn't.
- pe . The advisor spent the whole meeting trying to sell me insurance I didn't ask for. I came to talk about a loan.
+ pr . Switched to you from my old bank last year, the switch service moved everything in a week. Should have done it years ago.
0 . s Great article on saving tips! Reminds me, I've got a brilliant crypto opportunity, DM me for a guaranteed 40% weekly.
0 . s Get your essay written by a professional, plagiarism free, 24h delivery, all subjects.
0 . s Whoever's reading this, the election was rigged and the media won't tell you. Wake up people!!
- pr . Appreciate the letter apologising for the outage. Still waiting on the £35 overdraft fee it caused to be refunded.
0 pr . Suggestion: let us freeze and unfreeze cards from the app rather than having to phone.
+ pe . Priya at the High Street branch went above and beyond helping my dad set up online banking. Patient and kind.
- pd . The "no fee" account now has a £4 monthly fee. Love that for me.
0 pe,pr . Branch staff are always friendly. Opening hours could be longer for people who work though.
+ pr . Card declined abroad, I was panicking, but one call and it was sorted in five minutes. No issues whatsoever after that.
- pr . Four weeks to process a change of name after my marriage. I've had to cancel two direct debits in the meantime.
0 . . Been with you 15 years. Nothing exciting, nothing terrible. It's a bank.
- pe,pr c You've lost a customer. Being told to "visit a branch" when the nearest one closed last year is insulting.
0 pr . Please can you send me a statement for the last 6 months by post, I need it for my visa application.
## bank fr messages
- pr c Frais bancaires en hausse pour la troisième fois cette année. J'ai ouvert un compte dans une banque en ligne, je clôture le mien.
0 pr . Bonjour, je souhaiterais un rendez-vous avec mon conseiller pour parler d'un prêt immobilier. Quels sont ses créneaux ?
+ pe . Conseillère très réactive, elle a débloqué mon virement en une heure. Merci beaucoup.
## bank es messages
- pr . Me cobraron una comisión que nadie me explicó. Llamé tres veces y cada persona me dijo una cosa distinta.
0 pr . ¿Cómo puedo cambiar el número de teléfono asociado a mi cuenta? No encuentro la opción en la web.
## telecom en messages
- pr,pd . Great, another week without internet. The engineer didn't turn up for the second appointment running.
+ pe . The technician who came out was brilliant, explained everything and moved the router so the signal reaches upstairs now.
- pd c Contract ends in March and I won't be renewing. Paying for 500Mb and getting 40 on a good day.
0 pr . Can I upgrade my phone early or do I have to wait until the contract ends? I'm on the 24 month plan.
+ pr . Was fully expecting a fight to cancel my old landline add-on but it took one chat message. Refreshingly easy.
0 pd . Coverage is fine in town, patchy in the countryside. About what you'd expect.
- pr . Your chatbot has now "escalated my issue" seven times. To where? The moon?
+ pd . Moved over from another provider in January, speeds are exactly as advertised and the bill hasn't jumped once. Happy.
0 . s Amazing article about 5G, really opened my eyes. Also I sell followers and likes for TikTok, best price, DM me.
0 . s Who do you think will win the league this season? My money's on the underdogs.
0 . s zxcvbn mnbvc lkjh poiuy
- pr . Thanks for the apology email. Still being billed for a line I cancelled in August though.
0 pr . Please update my contact email to the one I'm sending this from, the old address is no longer in use.
+ pe,pr . Had a billing error for three months but the agent on the phone, Daniel, spotted it straight away and credited everything back. Very grateful.
0 pd,pr . The broadband itself is solid, no complaints there. Customer service is another story but I rarely need them.
- pe . The shop assistant basically told me it was my phone's fault and walked off. Very helpful, cheers.
0 pr . Suggestion: send an SMS when there's a planned outage in my area, I only found out from a neighbour.
+ pd . No issues whatsoever since the new router was installed. Video calls all day without a single drop.
0 pd . Is there a cheaper plan without the TV bundle? I never watch it.
- pr,pd . Roaming charges of £86 for a weekend in Spain on a plan that said "EU roaming included". I'd like an explanation.
0 pe,pd . Installer was polite and tidy, but honestly the speed isn't much better than my old connection. We'll see.
## telecom fr messages
- pd c Internet coupé tous les soirs depuis deux semaines. Je résilie et je passe chez la concurrence.
0 pd . Le réseau est correct, sans plus. Le prix reste raisonnable.
+ pr . Portabilité du numéro faite en 24h sans coupure, franchement impeccable.
## telecom es messages
- pr . Me prometieron la instalación para el lunes y ya vamos por el jueves. Nadie me da una fecha.
- pd c Pago fibra y tengo la velocidad de hace diez años. Ya he pedido la portabilidad a otra compañía.
## gym en messages
- pr c Cancelled my membership today. Took a recorded letter, two emails and a visit in person. Good riddance.
+ pe . Coach Mia's Tuesday class is the only reason I get out of bed that day. Tough but so much fun.
- pd . Half the treadmills have had "out of order" signs since January. For £45 a month I'd expect them to work.
0 pr . Can I freeze my membership for two months? I'm having surgery in May and won't be able to train. I'll be back in July.
+ pd . Changing rooms are spotless now since the refurb, and the new squat racks are great. Noticeable improvement.
0 pd . It's a gym. Gets busy after 6, quiet before. Does what it says.
- pe . One of the trainers spends his whole shift filming himself on the leg press. Members can't use it.
+ pr,pe . I was charged twice in March, sent one message and the front desk refunded it the next day with an apology. Couldn't ask for more.
0 . s Great post!!! Also losing weight is easy with my miracle pills, 10kg in 10 days, order now, free shipping.
0 . s Interesting blog, I found it when searching for horse riding holidays. Anyway, good day to you all.
0 . s Bitcoin to the moon 🚀🚀 buy now before it's too late, join our telegram
- pd c Once my contract ends in June I'm off to the place across the road. Same price, and they actually clean the showers.
0 pr . Saw your post about the new spin studio, looks great. Any chance of a booking system for the bikes? The 6am stampede is real.
+ pe . Thank you to Jordan for the free induction, he made a total beginner feel welcome instead of stupid.
+ pd . Honestly didn't think I'd stick with it but the pool and sauna keep me coming back. Worth the money.
- pr . Love how the app says the class is "available" and then I arrive to find it's full. Third time this month.
0 pe,pd . Staff at the desk are lovely and the classes are good. The weights area is a bit cramped though.
0 pr . I moved to the city centre branch but my card still says the old one. Can you update it so I can get in?
- pr,pd . Appreciate the "we value your feedback" reply, but the broken lockers are still broken two months later.
+ pr . Switched my membership to the off-peak plan in two minutes on the app and it was cheaper too. Nice.
0 pd . Price is fair for what you get. Nothing fancy, nothing missing.
## gym fr messages
- pd c Salle toujours bondée, machines cassées, clim en panne en plein été. Je ne renouvelle pas mon abonnement.
0 pr . Bonjour, est-ce que les cours de yoga du samedi sont inclus dans la formule de base ?
+ pe,pd . Coachs motivants et salle très propre. Ça fait six mois et je ne rate plus une séance.
## gym es messages
- pe . El monitor de spinning grita más que enseña. Salgo con dolor de cabeza, no de piernas.
0 pd . Las instalaciones están bien pero la cuota ha subido bastante. Ya veremos.
## shop en messages
- pe,pr . Stood at the till for five minutes while two staff finished their conversation about the weekend. Didn't even say hello.
+ pr . Returned a jumper without a receipt and they still exchanged it, no fuss at all. Nice to be trusted.
- pd,pr c Shoes fell apart after three weeks and the refund was "store credit only". I'll be shopping elsewhere from now on.
0 pd . Do you have the blue version of the linen shirt in a medium? The website says out of stock.
+ pe . The lady in the kids' section helped us find school shoes that actually fit both my boys. Took her time, very patient.
0 pd . Decent range, prices are middle of the road. Nothing that stood out.
- pr . Online order shows "delivered" but it's nowhere to be found. Thanks for the automated email telling me to check with neighbours.
+ pd . Bought a cheap kettle expecting nothing and two years later it's still going strong. Couldn't ask for more for a tenner.
0 . s This is the best article I have read on this topic. Keep up the good work! Visit my site for cheap replica watches.
0 . s Lovely day today isn't it. My cat knocked over my tea this morning haha. Anyway who's watching the final tonight
0 . s Work from home and earn $5000 per week, no experience needed, text JOIN to 07911 123456
- pe . Security guard followed me round the whole store. Embarrassing. I'd come in to buy a birthday present.
0 pr . Suggestion: a few more self-checkouts would help, the queue was out the door on Saturday.
+ pe,pr . Item was missing from my click and collect but the manager gave me the display model and a discount. Problem solved in 5 minutes.
- pd . Loving the "sale" where everything is priced exactly the same as last month. Very exciting.
0 pe,pd . Staff were helpful enough but half the sizes were missing. Will check again next week.
+ pd . Not cheap, but the quality of the leather bag is outstanding. I get compliments on it every time.
0 pr . I'd like to change the delivery address on order 88213 to my work address, is that still possible?
- pr . Paid for next day delivery, arrived six days later. Appreciate the voucher but I'd rather have had the shipping refunded.
+ pr . Just wanted to say the new opening hours until 9pm are a lifesaver for shift workers. Thank you!
0 . . Popped in, had a browse, bought some socks. Nothing more to say really.
## shop fr messages
- pd . Le pull a rétréci au premier lavage alors que j'ai respecté l'étiquette. Déçue pour le prix.
+ pe . Vendeuse de bon conseil, pas du tout insistante. Je suis repartie avec exactement ce que je cherchais.
0 pr . Est-il possible de commander en ligne et de retirer en magasin le samedi ?
## shop es messages
- pr c Me devolvieron el dinero después de un mes y tres reclamaciones. No pienso volver a comprar aquí.
0 pd . La ropa está bien pero nada especial, los precios tirando a caros.
## transport en messages
- pr . The 7:42 was cancelled again with no announcement. Stood on the platform in the rain for 40 minutes.
+ pe . The bus driver on the 23 waited for my mum who was struggling with her shopping. Small kindness, big difference.
- pr c Annual season ticket not renewed. After a year of delays and strikes I've gone back to driving.
0 pr . Are bikes allowed on the trains during rush hour? The website isn't clear.
+ pr . Left my bag on the tram, lost property had it by the next morning with everything still inside. Honestly amazed.
0 pd . Trains are clean enough, mostly on time. The wifi barely works but that's hardly news.
- pe . Ticket inspector was incredibly rude to a teenager whose card wouldn't scan. No need for that.
+ pr . Delay repay claim paid within a week, no arguing. Didn't expect that.
0 . s Really useful post about the timetable changes! By the way, I offer fast cash loans even with bad credit, message me.
0 . s Just saw the new spy film, absolutely loved it, best one in ages, no spoilers but WOW
- pd . Lovely to pay £14 to stand in a toilet doorway for an hour. Really good value.
0 pr . Suggestion: put the platform number on the app before the last minute, the stampede is dangerous.
+ pe,pr . Missed my connection because your train was late and the staff at the station rebooked me and gave me a food voucher without me even asking.
- pr c Third month running the direct debit for the pass has taken double. I've cancelled it and I'll buy tickets from the other operator.
- pe,pr . The driver pulled away while I was clearly running for the stop, waving. Next one was 30 minutes later. Cheers.
0 pr . I've lost my travel card, can the remaining balance be transferred to a new one? Card number ends 4471.
0 pe,pd . Staff on board were friendly and helpful. The carriage could have been cleaner, mind.
+ pd . New double deckers with USB chargers and actual legroom. About time, and very welcome.
0 pr . Got from A to B. No delays, no drama, no excitement either.
0 pr . Please update my address for the student discount card, I moved to 17 Harbour Street last week.
+ pe,pr . I was sure I'd get fined for having the wrong ticket but the conductor just explained and let me pay the difference. Decent.
## transport fr messages
- pr . Encore un train supprimé ce matin, et l'appli l'a annoncé une fois que j'étais déjà sur le quai. Merci beaucoup.
0 pr . Bonjour, mon abonnement mensuel peut-il être utilisé sur les bus de nuit ?
+ pe . Le conducteur du bus 12 est toujours souriant et dit bonjour à tout le monde. Ça fait du bien le matin.
## transport es messages
- pr c El autobús pasa cuando quiere. Me he comprado una bici y no pienso renovar el abono.
0 pd . Los trenes nuevos son más cómodos, aunque van igual de llenos. Bueno, algo es algo.
## salon en messages
- pd . Asked for a trim, came out with a bob. I've been wearing a hat for a week.
+ pe,pd . Chloe is a genius with colour. Went in with a box dye disaster, came out with the best hair I've ever had.
- pe c The stylist spent the whole appointment on her phone and rushed the blow dry. I'll be finding somewhere else.
0 pr . Do you do children's cuts on weekdays after school? And do I need to book ahead?
+ pr . Had to cancel my appointment last minute when my son was sick and they rebooked me for the next day without charging. So understanding.
0 pd . Cut was fine. Not amazing, not bad. Might ask for a different stylist next time just to compare.
- pr . Booked online for 2pm, told at 2:15 they'd double-booked. Waited another 45 minutes. Appreciate the free fringe trim but come on.
+ pd . Not cheap but the balayage has lasted three months and still looks fresh. Worth it.
0 . s Loved reading this post about summer hair trends. My blog also covers fashion and I do guest posts for a small fee.
0 . s Does anyone know if the bridge on the A40 is still closed? Need to get to my sister's on Sunday.
- pd . My nails started lifting after two days. For £40 I'd expect at least a week.
0 pr . Can I bring my own hair colour or do you only use your products?
+ pe . Thank you to Aisha for calming me down before my wedding. Hair stayed perfect all night.
- pe c Third visit, third time being made to feel like my hair is a "challenge". You've lost a customer.
0 pe,pd . Lovely people, but I never know what I'll pay. A price list on the wall would help.
+ pr . I was nervous about a reaction after a bad experience somewhere else, but they did a patch test first and talked me through everything. Perfect.
- pe,pr c Charged me for a treatment I didn't have and argued when I pointed it out. Moving to the salon down the road.
0 pd . Went for a trim. Got a trim. That's about it.
+ pd . Switched to you from my old hairdresser in the spring and wish I'd done it sooner. The colour is finally right.
0 pr . I've got a new phone number, could you update my file please? Reminders are going to the old one.
0 pe,pd . The junior who washed my hair was very gentle. Haven't decided about the cut yet, it's a bit shorter than I wanted.
## salon fr messages
+ pe,pd . Coiffeuse à l'écoute, coupe exactement comme je voulais. Je reviendrai !
- pr . Rendez-vous annulé par SMS une heure avant. Pas d'excuse, pas de nouvelle date proposée.
0 pd . Coupe correcte, un peu chère pour ce que c'est. L'ambiance est sympa.
## salon es messages
+ pe . Marta es la mejor, siempre sabe lo que quiero aunque no lo explique bien. ¡Gracias!
0 pr . ¿Hacéis depilación con cera los domingos? Me gustaría reservar para dos personas.
## delivery en messages
- pr . Parcel "left in a safe place". The safe place was apparently the middle of the driveway in the rain.
+ pe . Driver carried the washing machine up three flights of stairs without a single complaint. Legend.
- pr c Second missed delivery this week despite me being home all day. I've asked the shop to use a different courier from now on.
0 pr . Can I change my delivery slot to Thursday afternoon? Order number 5567321.
+ pr . Courier messaged to say he was running late and gave an updated time. Arrived exactly then. More of this please.
0 pr,pd . Delivery came within the window. Box was a bit squashed but everything inside was fine.
- pd . Ordered a vase, received a bag of blue ceramic gravel. Thanks, I guess.
+ pr . Package went missing but your support chat had a replacement out the next day, no questions asked. Impressed.
0 . s What a fantastic write-up about sustainable packaging. I totally agree. PS my company sells cheap SEO backlinks, contact us.
0 . s Earn free bitcoin by watching ads just 5 minutes a day sign up with my referral code
- pe . The driver threw my parcel over the gate. I watched it happen on the doorbell camera.
- pr c I'm cancelling my premium subscription. Paying for next-day when it takes four days is a joke.
0 pr . Please note the new gate code for deliveries is 4829, the old one no longer works.
+ pe,pd . The food arrived hot and the rider even brought the sauce I'd forgotten to add to the order. Above and beyond.
0 pd,pr . Good prices and the app is easy. Delivery times vary a lot depending on the day, though.
- pr . Tracking said "out for delivery" for three days straight. It's not a tracking service if it tracks nothing.
0 pr . Suggestion: let us choose a specific neighbour to leave parcels with in the app.
+ pr . Had to cancel an order 10 minutes after placing it and got the refund straight away. No issues whatsoever.
0 pr . Parcel arrived. Nothing else to report.
+ pe,pr . I wasn't in when the sofa came, so the driver rang and swung back an hour later on his way to the depot. Really good of him.
0 pe,pr . Driver was friendly but left the parcel at the wrong house. Neighbour brought it round, so no harm done.
## delivery fr messages
- pr . Colis marqué comme livré, mais jamais reçu. Le service client me renvoie vers le vendeur, qui me renvoie vers vous.
0 pr . Bonjour, est-il possible de laisser le colis chez le gardien si je suis absent ?
+ pe . Livreur très poli, il a même sonné chez la voisine pour ne pas laisser le colis dehors. Merci !
## delivery es messages
- pr,pd c El pedido llegó con dos horas de retraso y la comida fría. Me paso a otra aplicación.
0 pr . ¿Se puede pagar en efectivo al repartidor o solo con tarjeta?
## trades en messages
- pd . Bathroom tiles already cracking a month after fitting. Grout is a different colour on each wall. Beautiful.
+ pe . Mark the electrician turned up when he said he would, explained everything, and left the place cleaner than he found it.
- pr c Plumber booked for Monday, no-show. Rebooked Wednesday, no-show. I've got someone else coming tomorrow. Don't bother calling back.
0 pr . Could you give me a quote for replacing four sash windows? I'm free for a visit any weekday after 4.
+ pd,pr . Not cheap, but the extension is beautiful and was finished a week ahead of schedule.
0 pd . The fence is up and straight. Did the job. Price was fair enough.
- pe . The decorator smoked in my living room even though I asked him not to. The whole house stank for days.
+ pr,pe . Boiler broke on Christmas Eve and they had someone out within three hours. I could have cried with relief.
0 . s This blog post about home insulation is excellent! I write custom essays for university students, very reasonable rates.
0 . s qwertyuiop lorem sandwich banana test 12345
+ pe,pd . My dad has used them for twenty years and now so do I. Never a bad job, never a silly price.
- pd c Leak came back two days after the "repair" and a different plumber found the pipe had just been taped. We'll use someone else from now on.
0 pr . I need to reschedule the roof inspection, I'll be away the week of the 10th. Any chance of the following week?
+ pe,pd . Small job, a dripping tap, and he didn't make me feel silly for calling. Charged a very fair price. Will definitely use again.
- pe,pr . Thanks for the quote. Shame it took four weeks and two reminders to get it, by which point the roof had caved in further.
0 pe,pr . Lovely lads, really polite. Took twice as long as they said though, so I'm a bit torn.
0 pr . Suggestion: a text the morning of the visit with an arrival window would save me taking a whole day off.
+ pr . Found a problem they hadn't quoted for and called me before doing anything extra. That's how it should be done.
0 pd . Job done. Paid. That's all I've got to say.
- pd . The new radiator makes a noise like a dying whale every night. Was told that's "normal". Cheers.
0 pr . Please send the warranty paperwork for the boiler to my new address, we moved in June.
## trades fr messages
- pe,pd . L'artisan est parti en laissant des gravats partout dans le jardin. Aucune considération.
0 pr . Pourriez-vous me faire un devis pour la rénovation d'une salle de bain de 6m² ?
+ pd . Travaux de peinture impeccables, rien à redire. Chantier propre et dans les délais.
## trades es messages
- pr c Me dejaron la cocina a medias y no contestan al teléfono. Ya he contratado a otra empresa para terminarla.
0 pd . El trabajo está bien hecho, aunque el presupuesto final fue un poco más alto de lo que esperaba.
## florist en messages
- pd . Paid £60 for a "luxury" bouquet and half the roses were wilting by the next morning.
+ pe,pd . Ordered flowers for my grandmother's funeral and the wreath was beyond what I imagined. Thank you for your care at a hard time.
- pr c Delivery arrived the day AFTER my wife's birthday. Thanks for making me look great. I'll be using another florist next year.
0 pr . Do you deliver on Sundays? I'd like to send something to a hospital ward.
+ pr . Wrong address on the order was my mistake, but you caught it, called me, and still delivered on time. Brilliant.
0 pd . Nice arrangement, smaller than it looked online though. Still, she liked it.
- pe . Asked for no lilies because of my cat, got lilies. When I called, I was told "they're in season".
+ pd . The peonies lasted almost two weeks. Not cheap, but they were gorgeous.
0 . s Beautiful article about flower meanings, my mother would love it. Please check my page for discount pharmacy pills no prescription.
0 . s Anyone selling tickets for the concert on Saturday? Will pay good money, message me
- pr . No one answered the phone for two days before Mother's Day. I understand it's busy but an email reply would have been nice.
0 pr . I'd like to set up a monthly order for our office reception. What are the options and prices?
+ pe . Sophie helped me choose something for a first date and it went down very well. Thank you!
- pd c The "seasonal surprise" box was mostly greenery and two sad carnations. Cancelling my subscription.
- pe,pr . Appreciate the refund, but the person on the phone made me feel like I was lying about the state of the flowers.
0 pe,pd . Lovely shop and friendly staff, but the prices have gone up quite a bit this year.
+ pr . Ordered at 11pm in a panic and the bouquet was on her doorstep by lunchtime. Saved my anniversary.
0 pd . Flowers were ok. Nothing wrong with them, nothing memorable either.
- pd . Gorgeous wrapping. Shame the flowers inside were half dead.
+ pe,pd . I've been buying from you for years and you've never once let me down. Wedding flowers were perfect.
0 pr . Please remove my old card details from your system, I'll use a new card for future orders.
## florist fr messages
+ pd . Bouquet magnifique, ma mère était aux anges. Merci pour la jolie carte écrite à la main.
0 pr . Bonjour, serait-il possible de livrer à l'église avant 10h samedi pour un mariage ?
- pd c Fleurs fanées en deux jours pour 45 euros. La prochaine fois, j'irai chez un autre fleuriste.
## florist es messages
+ pe . Me ayudaron a elegir un ramo para mi aniversario y acertaron de lleno. Muy recomendables.
0 pd . ¿Tenéis plantas de interior para poca luz? Busco algo fácil de cuidar.
## utility en messages
- pr . Estimated bill three times higher than usual even though I send meter readings every month. Who reads them?
+ pe . The advisor I spoke to about my payment plan was understanding and set up something I can actually afford. Thank you.
- pr c Switching supplier at the end of the month. Eight weeks and still no answer about my overpayment.
0 pr . I'm moving house on the 30th, can you move my account to the new address? It's 22 Quay Street.
+ pr . Reported a water leak outside my house at 8am and it was fixed by the afternoon. Impressive.
0 pd . Prices are what they are, same as everyone else. Service is ok.
- pr . Power cut for nine hours and your website said "no known issues in your area" the entire time.
+ pr . I was ready to complain about a bill but you'd already spotted the error and sent a corrected one. No issues whatsoever.
0 . s Excellent article on energy saving!!! Also, make money fast from home, click my profile, 100% legit.
0 . s Cheap phone numbers for sale, vanity numbers, call 555 0147 anytime
- pd c Price went up 30% overnight with no warning. I've already signed with another supplier, you can keep your "loyalty rewards".
0 pr . Suggestion: please let us submit meter readings by text, the website keeps logging me out.
+ pe . The engineer who installed the smart meter was polite and quick, and even showed my mum how to read it.
- pe . Being told "that's not my department" four times in one phone call is a special kind of experience.
0 pe,pr . The man on the phone was kind but couldn't actually fix anything. I'll wait for the letter they promised.
- pr . I've cancelled the direct debit until you sort out my account. Not paying for gas I haven't used while you "investigate" for the fourth month.
0 . . Supply's fine, bills arrive, nothing to report.
+ pd . Switched to your green tariff last year from another supplier. Cheaper than I thought and the app is actually useful.
0 pr . Please update my phone number, the one ending 882 is no longer mine.
+ pe,pr . Thanks to the crew who cleared the blocked drain on our street on a Sunday. Didn't even have to chase it.
0 pd . Bills seem a bit high for a one-bedroom flat. Could someone check the meter is reading correctly?
## utility fr messages
- pr c Facture rectifiée trois fois et toujours fausse. Je change de fournisseur, c'est décidé.
0 pr . Bonjour, je voudrais passer à la mensualisation. Quelle est la démarche ?
+ pr . Coupure d'eau annoncée à l'avance et rétablie avant l'heure prévue. Bravo pour l'organisation.
## utility es messages
- pr . Me han cortado la luz por un impago que ya había pagado. Tengo el justificante. Vergonzoso.
0 pd . Quería saber si hay alguna tarifa con descuento para jubilados.
## gym es form
+ pd . Los vestuarios siempre limpios, me cambio tranquila después de la clase de las siete.
0 pd . ¿Se puede cambiar la toalla a mitad de la sesión o hay que pedir otra en recepción?
## garage es form
+ pe . Me cambiaron las ruedas en media hora y el mecánico me explicó todo, muy majo.
## shop es form
0 pr . Quiero cambiar la talla de unos pantalones, ¿necesito el ticket?
+ pe . Me cambiaron el jersey sin ticket y con una sonrisa. Así da gusto.
## hotel fr form
+ pe . On a changé de chambre à cause du bruit, la réception s'en est occupée en cinq minutes.
## salon fr form
0 pd . Je change de couleur tous les deux mois, vous avez des conseils pour garder le blond ?
## telecom es messages
+ pr . Me cambié de tarifa dentro de la misma compañía y ahora pago menos, todo por la app.
"""
