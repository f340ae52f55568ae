"""A third bench set for comment analysis, written blind: read by `bench/textlens_own.py
--set third`.

450 short comments, 30 for each of the 15 kinds of service business (restaurant, hotel,
clinic, pharmacy, garage, bank, telecom, transport, gym, salon, shop, delivery, trades,
florist, utility): about 10% in French and 8% in Spanish, the rest in English, typed as
customers type on a phone. Written for this bench without opening the analysis's rules,
lexicons, training examples or the other bench sets, and frozen (committed) before the
analysis was run on them and before the examples of `textlens/data/examples_more.py` were
written; never edited after seeing a result. Same line format as `bench/textlens_own.py`:
business, sentiment (- 0 +), Ps (pe people, pr process, pd product, comma-separated, or .),
flags (c churn, s spam, or .), then the text. Spam has sentiment 0 and no P and is left
out of the sentiment figure.
"""

COMMENTS = """
restaurant + pe . our server priya remembered my nut allergy from last time without me saying a word, so thoughtful
restaurant + pd . best carbonara ive had outside rome honestly 🤌
restaurant + pe,pd . left my scarf here on friday and marco had it folded behind the bar with my name on it. food was lovely as always
restaurant + . . cant fault it. no complaints at all
restaurant + pr . booked for 6, had to cancel last minute, rang back and they moved us to sunday no fuss at all
restaurant + pd . tried the lamb tagine from the recipe card you hand out and it came out nearly as good as yours lol. the real thing is still better tho
restaurant + pd . portions are huge and the chips are proper crispy. worth every penny
restaurant + pe,pr . long wait for mains on saturday but tbh jess kept checking on us and brought free bread so no complaints
restaurant + pd . never again will i go to another curry house in this town, you lot have ruined me for everywhere else 😂
restaurant + pd . Excellent repas, le magret de canard était parfait. On reviendra !
restaurant + pe . La camarera Lucía fue encantadora con mi madre, gracias por todo
restaurant - pr . waited 50 mins for two pizzas. two. pizzas.
restaurant - pd c steak came out grey and chewy, £28 for that?? wont be back
restaurant - pe . the manager rolled his eyes when i asked for tap water. charming
restaurant - pe,pr,pd . food was decent but had to wave at staff for 20 min just to get the bill, nobody looked our way
restaurant - pd . soup was lukewarm and the bread was stale. sent it back and the second one was exactly the same
restaurant - pr . ordered on your website for collection at 7, got there at 7 and they hadnt even started it
restaurant - pe,pd . great chef shame about the front of house. kid on the door was rude from the moment we walked in
restaurant - pe,pd c Service correct mais plats trop salés et froids. Je ne remettrai plus les pieds ici.
restaurant - pr . Esperamos una hora por la mesa aunque teníamos reserva. Muy mal.
restaurant - pd c found a hair in my risotto, they took 10% off like thats supposed to fix it. done with this place
restaurant 0 pd . could you add a proper vegan main? the salad is a bit sad as the only option
restaurant 0 pr . do you take bookings for groups of 12 on a sunday?
restaurant 0 pd . food was fine. nothing special but nothing wrong either
restaurant 0 pe . saw your number 01632 960 412 on google but it just rings out, is that still the right one?
restaurant 0 pd . C'était correct, sans plus.
restaurant 0 pr . is the terrace open in the evenings now or only at lunch
restaurant 0 . s great article, really helped me understand the history of neapolitan pizza. keep up the good work admin
restaurant 0 . s best cheap replica watches here >>> www.watchdeals-outlet.example
restaurant 0 . s Préstamos rápidos sin aval, llame al 600 123 456 hoy mismo
hotel + pe,pr . left my laptop charger in room 214, emailed that evening and they posted it to me the next day for free. legends
hotel + pd . bed was like sleeping on a cloud ☁️ and the shower pressure 👌
hotel + pe . hannah on reception upgraded us for our anniversary without us even asking. couldnt have asked for more
hotel + pr . flight got cancelled so we had to push the whole stay back 3 days, they just moved it, no charge, no fuss
hotel + pd . spotless room, quiet even tho its right on the high street. breakfast buffet had everything
hotel + pe,pr . check in took forever cos of a coach party but tomasz on the desk was so apologetic and sorted us a free drink, cant complain
hotel + . . no complaints whatsoever. will be booking again for the conference next year
hotel + pd . we used to stay at the chain place down the road but this is miles better for the same money
hotel + pe . Personnel adorable, merci à Claire pour ses conseils de restaurants !
hotel + pd . Habitación amplia y muy limpia, las vistas al mar increíbles
hotel + pe . the night porter dave found us a cab at 3am when literally nothing was running. what a guy
hotel - pd . room smelled of damp and the window wouldnt shut. freezing all night
hotel - pr . charged twice for the same night and its been 3 weeks, still no refund
hotel - pe c receptionist was properly rude when i asked for a different room. we're putting our wedding guests up at the other hotel instead
hotel - pd . £180 a night and the kettle was filthy. no.
hotel - pe,pd . lovely staff, really friendly, but the room was honestly grim. stains on the carpet, broken lamp
hotel - pr . booked through your own website and when we arrived they had no record of it. had to rebook at a higher rate
hotel - pd . paper thin walls. heard every word of the couple next door's argument 🙃
hotel - pe,pr c Le check-out a pris 45 minutes, personne au comptoir. Pour nos prochains séminaires on ira ailleurs.
hotel - pe . Nadie contestó el teléfono de la habitación en toda la noche, pésimo
hotel - pd c breakfast was cold eggs and sad toast, gym out of order, pool closed. we've cancelled the second booking we had for august
hotel - pe,pr . asked three times for extra towels, never came. had to go down and get them myself
hotel 0 pr . what time is check out on sundays?
hotel 0 pd . is there parking on site or do we need to use the town car park
hotel 0 pd . average. room was ok, breakfast was ok. does the job for one night
hotel 0 pr . would be good if you could pay for parking in the app instead of queuing at reception
hotel 0 pd . Hôtel correct pour le prix, rien de plus.
hotel 0 pd . read about your building in that local history book from the library, is the old ballroom still open to guests?
hotel 0 . s Just finished reading The Night Circus again, what a book, cant stop thinking about it
hotel 0 . s lose 10kg in 2 weeks with our natural capsules, whatsapp +44 7700 900123
clinic + pe . dr okafor actually listened to me for once. felt like a person not a number
clinic + pr . had to cancel my appointment last minute because of work, rang up and they rebooked me for the next morning no drama
clinic + pe,pr . waited nearly an hour past my slot but nurse becky was so gentle with my daughters jabs that i honestly dont mind
clinic + pd . physio sessions have sorted my knee out completely, running again after 6 months 🏃‍♀️
clinic + pr . blood results came back in 2 days, way quicker than i was told
clinic + pe . receptionist sandra is a star, always squeezes me in when the little one is poorly
clinic + pr . online booking is so easy now, took me 2 mins
clinic + . . cant fault them honestly. 10/10
clinic + pe . Le Dr Martin a pris le temps de tout m'expliquer, très rassurant.
clinic + pe . La enfermera Carmen fue muy amable y paciente con mi padre
clinic + pr . moved over from the practice on king st after years of not getting apointments, here ive been seen within the week every time
clinic - pr . 8am phone scramble every single day. 47th in the queue and then no appointments left
clinic - pe c doctor didnt even look up from the screen. 4 minutes and out the door. ive asked to move to another practice
clinic - pr c third time my prescription request has been lost. ive registered with another surgery
clinic - pe . receptionist asked me what was wrong in front of a full waiting room. zero privacy
clinic - pe,pd . the cream they prescribed made the rash worse and nobody has called me back about it
clinic - pr,pe . appointment at 10:20, seen at 11:50. no explanation, no apology
clinic - pd . paid £90 for a private scan and the report was two lines long. felt like a rip off
clinic - pr c Impossible d'avoir un rendez-vous avant trois semaines. Je change de médecin.
clinic - pe . El médico fue muy borde, ni me dejó terminar de hablar
clinic - pr . website says open til 7 but doors were locked at 6:15
clinic 0 pr . do you do travel vaccines or do i need to go to a pharmacy for those?
clinic 0 pr . it was ok. bit of a wait, saw the doctor, got my prescription
clinic 0 pr . can you add evening appointments for people who work? even one night a week
clinic 0 pr . Est-ce qu'il faut prendre rendez-vous pour une prise de sang ?
clinic 0 pd . new waiting room looks nice. chairs are a bit hard
clinic 0 pr . is the number on the letter (01632 960 881) for results or for booking?
clinic 0 . s buy viagra cialis no prescription cheap, call 0800 555 0199
clinic 0 . s Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor
clinic 0 . s such an informative post about vitamin d, shared it with my whole family 👍
pharmacy + pe . the pharmacist anil spent ages explaining my new meds to my nan, so patient
pharmacy + pr . prescription was ready a day before they said, nice surprise
pharmacy + pe,pr . lost my repeat slip and they phoned the surgery to sort it for me while i waited. couldnt ask for more
pharmacy + pd . always have my brand of insulin pens in stock which the big chemist never does
pharmacy + pr . the app reminder for collections is actually really handy
pharmacy + pe,pr . queue was out the door but the lady on the till stayed calm and cheerful with everyone, fair play
pharmacy + pe,pr . no complaints, quick and friendly every time
pharmacy + pe,pd . helped me pick a hayfever spray that actually works. cheers guys
pharmacy + pe . Pharmacienne très gentille et de bon conseil, merci !
pharmacy + pr . Me prepararon el pedido en diez minutos, rapidísimo
pharmacy + pd . flu jab done in 5 mins and didnt even feel it
pharmacy - pr . prescription still not ready after 4 days. 4 DAYS
pharmacy - pe . the guy behind the counter sighed at me like i was wasting his time
pharmacy - pr c delivery service keeps missing my mums meds. switching her to an online pharmacy
pharmacy - pd . £9 for a tiny bottle of calpol?? robbery
pharmacy - pr c closed at 5 on a weekday with no sign on the door. ill just use the one in the big tesco from now on
pharmacy - pe,pr . lovely pharmacist but the wait is ridiculous every time. 35 mins today for one item
pharmacy - pr,pd . gave me the wrong strength tablets. luckily i checked the box
pharmacy - pe . nobody ever answers the phone. ive tried 6 times this morning
pharmacy - pr,pd c Trois fois qu'ils n'ont pas mon traitement. J'ai transféré mes ordonnances ailleurs.
pharmacy - pe . Me atendieron de malas maneras y sin ganas
pharmacy 0 pr . do you do blood pressure checks without booking?
pharmacy 0 pr . fine. got what i needed
pharmacy 0 pd . would be good if you stocked more gluten free stuff
pharmacy 0 pr . is the 24h one on the retail park the same company as you? your website doesnt say
pharmacy 0 pr . Vous êtes ouverts le dimanche matin ?
pharmacy 0 pd . the new self service bit is ok i guess. bit confusing at first
pharmacy 0 . s get approved for loans up to 5000 today bad credit ok text LOAN to 60123
pharmacy 0 . s cheap meds online no rx needed https://rx-pharma-direct.example/buy
pharmacy 0 . s asdfghjkl qwerty jjjjjj
garage + pd . car had a weird knock for months, 3 other places couldnt find it. these guys fixed it in one go
garage + pe . ricky explained everything in plain english and didnt try to upsell me. rare
garage + pr . dropped it off at 8 and they called to say it was ready by lunch. early!
garage + pr . had to cancel my mot slot cos the kids were ill, rebooked for the friday no hassle
garage + pd . fair price for the clutch, about £150 less than the dealer quoted
garage + . . been bringing my cars here for 12 years, never had a problem
garage + pe,pr,pd . took longer than quoted but gav rang me twice to keep me updated so fair enough, car drives like new
garage + pe . honest mechanics. told me i didnt need the brakes doing yet when the other place said i did
garage + pd . Réparation impeccable et prix honnête. Je recommande.
garage + pe . Muy profesionales, me explicaron todo y me dejaron ver la pieza vieja
garage + pe . found my sunglasses down the side of the seat and left them in the glovebox with a note 😂 nice touch
garage - pd . paid £400 for a new alternator and the battery light is back on 2 days later
garage - pr . quoted £200 then charged £340 with no phone call first
garage - pe c guy at the desk talked to me like i didnt know what a car was. taking my buisness elsewhere
garage - pr c they had my car for 9 days for a 2 day job. wont be using you again
garage - pd . greasy handprints all over my seats and steering wheel. seriously
garage - pe,pd . nice lads, really friendly, but the car is making the same noise it was before i took it in
garage - pe . nobody called when it was ready, had to ring them 4 times
garage - pe,pr c Garage injoignable, voiture rendue avec deux jours de retard. Plus jamais.
garage - pd . Me cobraron un dineral y el coche sigue fallando
garage - pr . booked online for 9am, turned up and they said they had no slot for me today
garage - pr . car was meant to be done friday, now its tuesday and still "waiting on parts"
garage 0 pr . do you do mot retests for free if its within 10 days?
garage 0 pr . it was ok. did the service, nothing more nothing less
garage 0 pd . are your tyre prices on the website up to date?
garage 0 pr . any chance of a courtesy car next time? bit of a pain getting to work
garage 0 pr . ¿Hacéis revisión del aire acondicionado sin cita?
garage 0 pd . Service fait, rien à signaler.
garage 0 . s wow loved this post about classic minis, my grandad had a red one just like it
garage 0 . s Fast & Furious 10 was so bad lol who even writes these films anymore
bank + pe,pr . lost my card abroad and the lady on the phone had a new one sent to the hotel in 2 days. lifesaver
bank + pr . fraud team spotted a dodgy payment and refunded it before i even noticed
bank + pr . app is really good, can do everything from my phone
bank + pe . mortgage advisor kemi was brilliant, made the whole thing feel less scary
bank + pr . switched from my old bank last month, the switching service moved everything over without a hitch
bank + . . no complaints at all, been with them 20 years
bank + pe,pr . 40 min hold time but when i got through ahmed fixed the whole issue in one call so im happy
bank + pd . just renewed my business account package, still the best deal around
bank + pe . Conseiller très réactif, il m'a rappelé dans l'heure.
bank + pr . La app funciona genial, hice la transferencia en un minuto
bank + pd . savings rate is actually decent for once
bank - pr c closed my account over a £20 overdraft without warning. never again, moving to a building society
bank - pr . app has been down all weekend and i cant pay my rent
bank - pe . the branch staff were so condescending when i asked about a loan
bank - pr . 2 hours on hold. two hours.
bank - pd c £15 fee for going £2 over. disgraceful. account closure form is filled in
bank - pe,pr . the man on the phone was very polite but my complaint has now been "escalated" 3 times and nothing has happened
bank - pr . they shut our local branch so now its a 40 min bus to pay in cash
bank - pr,pd c J'ai demandé la clôture de mon compte, trop de frais cachés.
bank - pe . Nadie me devuelve las llamadas, llevo una semana esperando
bank - pr . card declined 3 times in the supermarket, your system flagged my own weekly shop as fraud
bank 0 pr . what are the opening hours for the high st branch on saturday?
bank 0 pd . is there a way to get a joint account with someone who banks elsewhere?
bank 0 pr . suggestion: let us freeze cards in the app instead of having to call
bank 0 pd . it's fine. does what a bank does
bank 0 pr . Est-ce que le virement instantané est payant ?
bank 0 pr . Got a text saying to call 0345 000 1234 about my account, is that really you?
bank 0 . s earn $5000 a week from home with crypto, dm me on telegram
bank 0 . s click here for free bitcoin www.free-btc-now.example
bank 0 . s Great article on compound interest, very well written, bookmarked
telecom + pd . signal in the village is finally decent since the new mast 📶
telecom + pe . tariq in the store set up my nans new phone and moved all her photos over, couldnt have asked for more
telecom + pr . broadband went down, engineer came out next morning and fixed it in 20 mins
telecom + pr . ported my number over from my old network and it took about 2 hours. painless
telecom + pd . unlimited data for £15 is a steal tbh
telecom + pr . bill was wrong, one chat message and they credited it back straight away. cant fault that
telecom + pe,pr . queue in the shop was long but the staff were lovely and sorted my sim swap fast once i got seen
telecom + . . no complaints, been with them 5 years and just renewed
telecom + pd . Très bonne couverture même à la campagne, rien à redire.
telecom + pe,pr . El técnico Javier fue puntual y súper amable
telecom + pd . fibre speeds are exactly what was advertised, which is a first for me
telecom + pe,pr . shoutout to sophie on the helpline, absolute legend, stayed on the line until my internet was back up
telecom - pd c no signal indoors for 3 months. porting my number out as soon as my contract ends
telecom - pr,pd . price went up mid contract AGAIN
telecom - pe,pr . chatbot loop for an hour then a human who just disconnected me
telecom - pr c requested my PAC code today. 3 engineer no-shows is enough
telecom - pd . internet drops every evening at like 8pm. unusable for streaming
telecom - pr . charged for roaming in france when i had the euro add on
telecom - pe,pd . staff in the shop were nice but the phone they sold me is faulty and now its "not their problem"
telecom - pr c Je résilie mon abonnement, trois factures fausses en deux mois.
telecom - pd . Sin cobertura en todo el pueblo, no sirve para nada
telecom - pr . router was supposed to arrive tuesday, its now saturday and nothing
telecom 0 pd . does the sim only deal include wifi calling?
telecom 0 pr . can i pause my contract while im travelling for 3 months?
telecom 0 pd . speeds are ok. not amazing, not terrible
telecom 0 pr . would be nice if the app showed how much data my kids have used
telecom 0 pd . ¿La tarifa incluye llamadas internacionales?
telecom 0 pd . Réseau correct en ville, moyen ailleurs.
telecom 0 . s that new song by the weeknd is on repeat in my car all week 🔥
telecom 0 . s hot singles in your area >>> http://meetnow.example/xx
transport + pe,pr . left my bag on the 42 bus and the depot had it waiting for me the next morning with everything still in it. legends
transport + pr . train was actually on time every day this week, who are you and what have you done with my commute
transport + pe . driver waited for my mum when he saw her hobbling to the stop, little thing but it made her day
transport + pr . renewed my annual season ticket online in 2 mins, so much easier than the ticket office
transport + pd . new trains are clean, comfy and the wifi actually works
transport + pr . train got cancelled but the replacement coach was there within 15 mins and the refund came through same week. no complaints
transport + pe,pr . 20 min delay but the guard kept us updated and was so funny about it the whole carriage was laughing
transport + pr . contactless capping is brilliant, no more faffing with paper tickets
transport + pe . Le chauffeur était super sympa et m'a aidée avec ma poussette.
transport + pd,pr . Autobuses limpios y puntuales, da gusto
transport + pr . delay repay form took 2 mins and the money was in my account 3 days later
transport - pr c third cancellation this week. not renewing my season ticket, ill drive
transport - pe . bus driver drove straight past me at the stop. i was waving. he saw me
transport - pr . timetable on the app said 7:42, bus came at 8:15
transport - pd . toilets on the 10:05 were disgusting, and the only one working
transport - pd c £34 for a 40 min journey standing in the vestibule. back to the coach for me
transport - pe,pr . ticket inspector fined me even though my e-ticket was valid, just wouldnt listen
transport - pe,pr . driver was lovely but the bus was 45 mins late and i missed my hospital appointment
transport - pr c Encore un train supprimé sans prévenir. Je prends ma voiture à partir de lundi.
transport - pr,pe . El tren llegó con cuarenta minutos de retraso y nadie avisó de nada
transport - pr . refund request submitted in march. its now june.
transport 0 pr . do under 16s need a photocard for the discount?
transport 0 pr . is the 7 running on sunday during the roadworks?
transport 0 pd . bus was fine. got me from a to b
transport 0 pr . suggestion: put a timetable at the stop outside the hospital, theres nothing there
transport 0 pr . Est-ce que les vélos sont acceptés dans le train de 18h ?
transport 0 pr . saw on your website that the line closes for engineering works 12-14 may, is there a replacement bus?
transport 0 . s That film about the runaway train last night was so tense, what a great watch
transport 0 . s Bajar de peso sin dieta con nuestras cápsulas naturales, escríbenos al 611 222 333
transport 0 . s cheap flights and hotels best price guaranteed www.travel-deals-cheap.example
gym + pe . coach dani is a legend, got me deadlifting properly after years of doing it wrong
gym + pr . froze my membership for 2 months while i had surgery, one email and done
gym + pd . new squat racks are class 💪
gym + pe,pr . left my headphones in the changing room, reception had them in lost property with my name on a post it. cant fault them
gym + pr . spin class got cancelled but they emailed everyone the night before and moved us to the 7am. no fuss
gym + pd . classes are always clean, music is good, and its half the price of the big chain
gym + . . been coming 3 years, never had a problem
gym + pr . just renewed for another year, cant imagine training anywhere else
gym + pe,pd . changing rooms could be cleaner but the trainers here are the best ive had, worth it for them alone
gym + pe . Les coachs sont top, ambiance familiale, je recommande !
gym + pe . Me encanta la clase de Marta, sales destrozado pero feliz
gym - pr c tried to cancel online, they said i have to come in person with a letter. absolute joke. cancelling anyway
gym - pd . half the treadmills have had out of order signs on them for weeks
gym - pe . some staff stand around on their phones while people are left waiting at the desk
gym - pd . showers cold again. third time this month
gym - pr c took £40 out of my account 2 months after i cancelled. want it back
gym - pe . pt was more interested in his own reflection than my session tbh
gym - pe,pr . reception girl was nice but the class booking app crashes every single morning so i never get a spot
gym - pd c Salle bondée tous les soirs, machines sales. Je ne renouvelle pas mon abonnement.
gym - pd . Siempre está lleno y hace un calor insoportable, no hay aire acondicionado
gym - pd . put the price up £8 a month and nothing has changed
gym - pe . no one has replied to my email about the freeze for 2 weeks
gym 0 pr . are you open christmas day?
gym 0 pd . any plans to get more free weights? the dumbbell section gets rammed at 6
gym 0 pd . its alright. standard gym really
gym 0 pr . can i bring a friend on a guest pass at the weekend?
gym 0 pr . Il faut réserver pour les cours de yoga ?
gym 0 . s buy real instagram followers and likes cheap www.followboost.example
gym 0 . s omg this banana oat pancake recipe is the best thing ive ever made, 2 bananas 1 cup oats 2 eggs
gym 0 . s lose belly fat fast with keto burn pills, call 07700 900456
salon + pd . best balayage ive ever had, getting stopped in the street about it 😍
salon + pe,pd . chloe calmed me down after a disaster cut somewhere else and fixed it perfectly. shes a legend
salon + pr . had to cancel on the morning cos my car broke down, they rebooked me for the same afternoon no charge
salon + pd . showed her a pic from a film i love and she nailed the exact bob 🎬
salon + . . no complaints ever, always leave feeling a million dollars
salon + pe,pr,pd . running 30 mins behind but sam kept me topped up with tea and the cut was worth the wait
salon + pe . finally a barber who listens when i say just a trim
salon + pr . online booking is so handy, can see exactly who's free
salon + pd,pe . Coupe parfaite, exactement ce que je voulais. Merci Léa !
salon + pe . Ana es la mejor, siempre salgo encantada
salon + pd . gel nails lasted 4 weeks without a chip, resonable price too
salon - pd c asked for an inch off and left with a pixie cut. never going back
salon - pr . 45 min wait even though i had an appointment
salon - pe . stylist spent the whole time on her phone and barely spoke to me
salon - pd c colour went brassy orange after one wash. £120 down the drain. finding a new colourist
salon - pe,pd . lovely girls but my nails lifted after 3 days, really disappointed
salon - pr . they double booked me and the other lady got my slot
salon - pd . burned my scalp with the bleach. still sore 2 days later
salon - pe,pd c Accueil glacial et couleur ratée. Je vais chercher un autre salon.
salon - pr . Me cobraron de más y encima no me dieron factura
salon - pe . nobody called me back about the patch test
salon - pd . my fringe is wonky. like visibly wonky. you can tell in every photo
salon 0 pr . do you do walk ins on saturdays?
salon 0 pd . how much is a full head of foils for long hair?
salon 0 pd . it was ok, decent trim, bit pricey for what it is
salon 0 pr . could you add a reminder text the day before appointments?
salon 0 pd . Vous faites les coupes pour enfants ?
salon 0 pr . ¿Se puede pedir cita por whatsapp?
salon 0 . s great post about hair growth tips, keep up the good work admin 👏
salon 0 . s wholesale hair extensions lowest price www.hairbulk.example order now
shop + pe . asked for a size 8 and luke went to the other branch on his lunch to get it for me. above and beyond
shop + pr . returned a jumper without a receipt, refunded to my card no questions asked
shop + pd . great quality stuff, my boots from here lasted 4 winters
shop + pe . the old fella on the till is a legend, always a chat and a joke
shop + pr . click and collect was ready 2 hours after ordering. early!
shop + . . cant fault it, nice little shop
shop + pe,pr . only one till open and a big queue but the girl working it was so cheerful and quick it didnt matter
shop + pd . used to buy my coffee beans at the supermarket but yours are miles better, never going back to the supermarket
shop + pe . Vendeuse très souriante et de bon conseil.
shop + pd . Productos de muy buena calidad y a buen precio
shop + pd . found a book in your bargain bin that id been hunting for years, £2! made my week
shop - pe . security guard followed me round the whole shop. really uncomfortable
shop - pd c toaster broke after 3 weeks. last thing im buying here
shop - pr c website took my money then said out of stock 2 days later. ordered it from a competitor instead
shop - pr,pe . queue was 20 deep and 2 staff stacking shelves just ignoring it
shop - pd . prices have gone up loads, £4 for a loaf now. not worth it
shop - pe,pd . helpful staff but the jacket fell apart at the seams after two washes
shop - pr . refund still not on my card after 3 weeks
shop - pr,pe c Commande jamais reçue, service client aux abonnés absents. Je n'achèterai plus chez vous.
shop - pe . La dependienta ni me saludó, y eso que era la única clienta
shop - pr . the self checkouts need a staff member every 2 seconds, whats the point
shop 0 pr . are you open late on thursdays in december?
shop 0 pd . do you stock the refill bottles for the washing up liquid?
shop 0 pd . average shop. nothing bad nothing great
shop 0 pr . please put prices on the shelves, i never know what anything costs until the till
shop 0 pd . Vous avez des sacs réutilisables ?
shop 0 pr . the website says in stock but the shop says it isnt, which one is right?
shop 0 . s Just watched Oppenheimer, incredible soundtrack, cillian murphy deserves everything
shop 0 . s cheap ray bans 90% off www.rb-outlet-sale.example
shop 0 . s kjdhfkjsdhf sdkfjh sdf
delivery + pr . parcel came a day early, left in the safe place exactly like i asked
delivery + pe . driver carried my 25kg bag of dog food all the way up to the 4th floor. hero
delivery + pr . delivery was missed, rescheduled it in the app for the next morning and it came first thing. no problem at all
delivery + pe . kwame always waves and has a biscuit for my dog, best driver we've ever had 🐶
delivery + pr . tracking is spot on, 10 min window and he turned up bang in the middle
delivery + pd . everything arrived intact, even the glasses, packed really well
delivery + . . no complaints, always reliable
delivery + pe,pr . took a week longer than promised but the support guy was so genuinely sorry and gave me a voucher, im not even mad
delivery + pr,pd . Colis livré en avance et bien emballé, parfait.
delivery + pe . El repartidor fue muy amable y me llamó antes de llegar
delivery + pr . switched to you from the other courier for my little etsy shop and my customers have stopped complaining 🙌
delivery - pr . marked as delivered. it was not delivered.
delivery - pe c driver threw my parcel over the gate, i watched it on the ring camera. ive asked the shop to use a different courier
delivery - pr c third missed delivery, card through the door when i was home all day. using another courier from now on
delivery - pd . box arrived soaked and the book inside is ruined
delivery - pr . tracking said out for delivery for 3 days in a row
delivery - pe,pr . customer service is a bot that doesnt understand anything, couldnt reach a human
delivery - pe,pr . driver was polite but came at 11pm. 11pm!! the baby was asleep
delivery - pr c Livraison en retard à chaque fois. J'annule mon abonnement premium.
delivery - pr . El paquete llegó a casa del vecino y nadie sabe dónde está
delivery - pd . half my shopping missing and the eggs smashed
delivery - pr . paid for next day, came 4 days later. want my delivery fee back
delivery 0 pr . can i change the address after its been dispatched?
delivery 0 pr . do you deliver on sundays?
delivery 0 pr . it came. took the normal time
delivery 0 pr . would be useful to get a photo when its left with a neighbour
delivery 0 pr . ¿Se puede recoger en una tienda cercana en vez de a domicilio?
delivery 0 pr . Je serai absent mardi, vous pouvez livrer mercredi ?
delivery 0 . s This post about packing tips was sooo useful, thanks admin!
delivery 0 . s Get a payday loan of up to 1000 pounds in 10 minutes, no credit checks, ring 0800 123 999
trades + pe,pd . kev and his lad fitted our new bathroom in 4 days and it looks unreal
trades + pr . leak fixed in one visit, no second call out needed. sorted
trades + pe,pr . electrician turned up when he said, tidied up after himself and even hoovered. never seen that before
trades + pr . had to postpone because of a family funeral, they just moved us down the list and came the week after. really understanding
trades + pd . quote was fair and there were no surprise extras at the end
trades + . . cant fault them. would have them back in a heartbeat
trades + pe,pr . boiler died on christmas eve and mo came out at 9pm. absolute legend
trades + pe,pr . job ran 2 days over but jim kept us in the loop the whole way and the finish is perfect
trades + pd,pr . Travail soigné, plombier ponctuel et prix raisonnable.
trades + pe . El electricista fue muy limpio y profesional, lo recomiendo
trades + pe . we had another firm out first who quoted double and didnt turn up twice. these guys were brilliant
trades - pr,pe . 3 no shows. no phone call, no text, nothing
trades - pd . new tiles already cracking after a month
trades - pe c plumber was rude to my elderly dad and left muddy boot prints everywhere. we've got someone else in to finish
trades - pr . invoice was £600 more than the quote with no explanation
trades - pd . the paint job looks like a toddler did it. drips all over the skirting
trades - pe,pd . really friendly guy, lovely to chat with, but the radiator he fitted has been leaking since day one
trades - pe . never returned my calls about the snagging list
trades - pr,pe c Chantier abandonné depuis trois semaines. On a fait appel à une autre entreprise.
trades - pd . Dejaron la obra a medias y el enchufe nuevo no funciona
trades - pr c asked for 50% deposit up front then disappeared for a fortnight. job cancelled, i want my money back
trades - pr . 8-12 slot, turned up at 4. took a day off work for nothing
trades 0 pr . do you do free quotes for loft conversions?
trades 0 pr . how far out do you cover? were in the next village
trades 0 pd . job done. fine.
trades 0 pr . could you send quotes by email rather than text? easier to keep track
trades 0 pr . Vous intervenez le samedi ?
trades 0 pd . found you via your website, is the 10 year guarantee on roofs still offered?
trades 0 . s Lorem ipsum dolor sit amet consectetur adipiscing elit ut labore et dolore
trades 0 . s best online casino 200 free spins www.spinwin-casino.example
florist + pd . the bouquet for my mums 70th was stunning, she cried 💐
florist + pe . rosie put together something lovely for a funeral at really short notice. so kind and gentle with us
florist + pr . delivery arrived an hour earlier than booked, my wife was thrilled
florist + pd . flowers lasted nearly 3 weeks, never had that before
florist + pr . order went missing at first but they re-sent a fresh bunch same day without me having to chase. no complaints
florist + pd . couldnt have asked for more for our wedding flowers
florist + pe,pr,pd . bit of a wait in the shop on valentines but the lady made my bouquet like a work of art, worth it
florist + pd . asked for something like the flowers in my wifes favourite book, little women, and they recreated it perfectly
florist + pd . Bouquet magnifique et très frais, merci !
florist + pe . Muy atentos, me ayudaron a elegir las flores para mi novia
florist + pr . ordered at 11 for same day and it was on her desk by 2. brilliant
florist - pd . paid £65 and got what looked like a supermarket bunch. half dead by the next day
florist - pr c flowers were meant for her birthday, arrived the day after. pointless. not using you again
florist - pe . woman in the shop was so snappy when i couldnt decide
florist - pd c roses wilted overnight. ill be ordering from the other florist in town from now on
florist - pe,pr . no one answered the phone or the email about my wedding order, 2 weeks before the day
florist - pe,pd . staff were nice enough but the arrangement looked nothing like the picture on the website
florist - pr . card message was spelt wrong. on a sympathy bouquet.
florist - pd c Fleurs fanées au bout de deux jours. Je ne commanderai plus ici.
florist - pr,pd . Las flores llegaron tarde y mal envueltas
florist - pd . the 'luxury' bouquet had 6 stems in it lol
florist 0 pr . do you deliver to the hospital? some wards dont allow flowers
florist 0 pd . can you do an arrangement without lilies? needs to be cat safe
florist 0 pd . it was ok. nice enough, bit small for the price
florist 0 pr . whats the latest i can order for saturday delivery?
florist 0 pd . Vous avez des pivoines en ce moment ?
florist 0 pd . ¿Hacéis ramos de novia por encargo?
florist 0 . s my sourdough finally rose!! 500g flour 350g water 100g starter 10g salt, thank me later
florist 0 . s SEO services rank #1 on google guaranteed www.seo-rank-pro.example
florist 0 . s great article, very informative, thank you for sharing
utility + pr,pe . smart meter fitted, took 40 mins and the engineer was in and out with no mess
utility + pe,pr . rang about a huge bill, joanne talked me through it and set up a payment plan. so kind
utility + pr . had a power cut on sunday and it was back in under an hour with texts updating us. cant fault it
utility + pd . just renewed my fixed tariff for another 2 years, happy with the rate
utility + pd,pr . cheapest fixed deal i could find and the app shows usage day by day
utility + pr . moved house and transferring the account took one phone call. painless
utility + . . no complaints, never had a problem in 8 years
utility + pe,pr . 45 mins on hold but the advisor was a legend and fixed my direct debit mess in one go
utility + pe,pr . Conseiller très patient, il a réglé mon problème de facture.
utility + pr . Me solucionaron la avería del agua el mismo día
utility + pr . came over from another supplier after they went bust, you've been brilliant ever since
utility - pr c estimated bills for 2 years then a £900 catch up bill. switching supplier
utility - pe . no one returns calls. complaint open since january
utility - pr . direct debit went up by £60 a month with no explanation
utility - pd . water pressure has been awful for months in our street
utility - pr . refund of my credit balance promised 3 times and still nothing
utility - pe,pr . friendly engineer but he had to come back 3 times for the same meter fault
utility - pr . website down every time i try to submit a reading
utility - pr,pe c Facture incompréhensible et personne pour m'expliquer. Je change de fournisseur dès demain.
utility - pe,pr c Me cambio de compañía, nadie me ha resuelto nada en tres meses
utility - pd . tap water tastes like a swimming pool since last week
utility 0 pr . how do i submit a meter reading if i dont have the app?
utility 0 pd . is there a green tariff available in my area?
utility 0 pr . it's fine. bills come, i pay them
utility 0 pr . suggestion: let us pick the date the direct debit comes out
utility 0 pr . Comment faire pour déclarer un déménagement ?
utility 0 pr . got a letter saying to call 0800 000 777 about a leak check, is that legit?
utility 0 . s solar panels free installation government scheme call 01632 555 101 now
utility 0 . s Keep up the good work admin, love this blog so much
utility 0 . s xcvbnm zzzzzzzz hjkl
"""
