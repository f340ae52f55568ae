"""A fourth bench set for comment analysis, written blind: read by `bench/textlens_own.py
--set fourth`.

450 short comments, 30 for each of the 15 kinds of service business (restaurant, hotel,
clinic, pharmacy, garage, bank, telecom, transport, gym, salon, shop, delivery, trades,
florist, utility): 45 in French and 45 in Spanish, the rest in English, typed as customers
type on a phone; 45 say the customer is leaving and 30 are spam. Written for this bench
without opening the analysis's rules, lexicons, training examples or the other bench
sets, and frozen (committed) before the analysis was run on them, after the leaving and
spam rules and the examples of `textlens/data/examples_leaving.py` were written; never
edited after seeing a result. Same line format as `bench/textlens_own.py`: business,
sentiment (- 0 +), Ps (pe people, pr process, pd product, comma-separated, or .), flags
(c churn, s spam, or .), then the text. Spam has sentiment 0 and no P and is left out of
the sentiment figure.
"""

COMMENTS = """
restaurant + pe . our waiter sam was brilliant with the kids, even brought crayons without us asking
restaurant + pd . best carbonara i've had outside of italy honestly
restaurant + pe . left my phone on the table and the manager rang me before i'd even noticed it was gone. legend
restaurant + pe,pd . cant fault it. food hot, staff lovely, will definately be back 😊
restaurant + pe,pr . had to cancel our booking last minute because of the snow and they just moved us to next week no fuss
restaurant + pe,pd . birthday dinner for mum, they put a candle in her dessert and everyone sang. she loved it
restaurant + pd . we used to go to the place on the high street but this is miles better, wont be going back there
restaurant + pe,pr . bit of a wait for a table but the team made us so welcome. won't be the last time we come here
restaurant 0 pd . food was fine, nothing special. portions ok
restaurant 0 pd . do you do gluten free options? couldnt see it on the menu
restaurant 0 pr . could you add an option to book for larger groups online? had to phone
restaurant 0 pd . saw your lasagne recipe post on instagram, is that the same one you serve in the restaurant?
restaurant - pr . had to ask three times for the bill. wasnt even busy
restaurant - pr . waited 50 mins for mains, no apology
restaurant - pe . the girl at the front was really rude when we asked for a different table
restaurant - pd . steak ordered medium rare came out well done and grey
restaurant - pd . £18 for a burger and chips is taking the mick tbh
restaurant - pe,pd . lovely staff but the food was cold and bland, really disappointing for the price
restaurant - pr,pd c booked for 7, sat at 7.45, then the wrong order came out. we'll be going to the other place from now on
restaurant - pd c found a hair in my salad and they still charged us for it. never again
restaurant - pe,pr . waiter forgot our drinks twice and then added an extra bottle to the bill
restaurant - pe c manager argued with my husband over a wrong charge in front of everyone. that was our last visit
restaurant 0 . s great article, very informative! keep up the good work admin
restaurant 0 . s cheap loans approved in 10 minutes no credit check visit quickcash.example
restaurant + pe,pd . service impeccable et le dessert au chocolat était à tomber. merci à toute l'équipe
restaurant - pr . 40 minutes pour avoir l'entrée, c'est beaucoup trop
restaurant 0 pd . c'était correct, sans plus
restaurant + pd . la paella buenísima, volveremos seguro
restaurant - pe . el camarero nos ignoró toda la noche, muy mal
restaurant 0 pr . ¿se puede reservar mesa en la terraza? no lo vi en la web
hotel + pe . left my charger in the room, reception posted it to me the next day. brilliant
hotel + pd . room was spotless and the bed was sooo comfy
hotel + pe,pr . flight got cancelled and they extended our stay at the same rate, couldnt have been more helpful
hotel + pe . night porter dave is a legend, sorted us a taxi at 3am
hotel + pr,pd . check in took a while but the room more than made up for it, gorgeous
hotel + pd . can't fault it, views from the balcony were unreal 🌅
hotel + pe,pd . switched from the chain hotel we always used and honestly so glad we did. staff friendlier, rooms nicer
hotel + pd . breakfast was amazing, the pancakes!!
hotel 0 pd . room was ok. a bit dated but clean
hotel 0 pr . is there parking on site or do we need to use the public car park?
hotel 0 pr . could you add late checkout as an option on the booking page
hotel 0 pr . the link in your confirmation email for the spa menu doesnt work, just letting you know
hotel - pd . shower was lukewarm at best, three mornings in a row
hotel - pr . waited over an hour for our room to be ready even tho we arrived after 3
hotel - pe . receptionist was rolling her eyes when we asked for extra towels
hotel - pd . paper thin walls, could hear the couple next door all night
hotel - pr . charged twice for the minibar, still waiting on the refund
hotel - pe,pd . staff lovely but the room smelled of damp and the carpet was sticky. not acceptable
hotel - pd c £220 a night for that?? we'll stay somewhere else next time we're in town
hotel - pr,pe c lost our booking, put us in a twin instead of a double and nobody cared. won't be booking with you again
hotel - pe c 8 years we've come here for our anniversary and i think this was the last one. new management has ruined it
hotel - pr,pe . had to call down 3 times about the broken aircon before anyone came up
hotel 0 . s I love this song, been listening on repeat all week 🎶🎶
hotel 0 . s asdfghjkl asdf
hotel + pe . accueil chaleureux, la réceptionniste nous a donné plein de bons conseils pour visiter la ville
hotel - pd . chambre sale, des cheveux dans la baignoire. décevant
hotel 0 pd . hôtel correct pour une nuit, rien de plus
hotel + pe,pd . habitación preciosa y el personal muy amable
hotel - pd,pe . el wifi no funcionaba en toda la planta y nadie lo arregló
hotel 0 pr . ¿el desayuno está incluido en la tarifa? no queda claro en la reserva
clinic + pe . dr okafor actually listened to me, first time in years i've felt heard
clinic + pr . got a same day appointment through the new online booking, in and out in 20 mins
clinic + pe . the nurse who took my bloods was so gentle, i hate needles and didnt feel a thing
clinic + pe,pr . they had to cancel my appt but rang me themselves and rebooked for the next morning, really appreciated
clinic + pe . receptionist jo is a legend, sorted my prescription mix up in 5 mins
clinic + pe . moved here from the practice across town and the difference is night and day. so glad i switched
clinic + pe . can't fault the care my dad got, thank you all ❤️
clinic + pd . physio sessions have sorted my back out, finally pain free
clinic 0 pr . do you do flu jabs on saturdays?
clinic 0 pe,pr . fine. doctor was ok, apointment ran a bit late
clinic 0 pr . could you add text reminders for appointments please
clinic 0 pr . got the text with the link for the pre-visit form, is it ok to fill it in on the day instead?
clinic - pr . 45 minutes past my appointment time before i was called in
clinic - pe . gp was dismissive and had his eyes on the screen the whole time
clinic - pr . tried ringing for 2 hours this morning, engaged engaged engaged
clinic - pe . receptionist asked me what was wrong loudly in front of a full waiting room. embarrassing
clinic - pr,pe . results were meant to be back in a week, its been 4 and nobody called
clinic - pe,pr . nurse was lovely but i've been waiting three weeks for a referral letter that still hasnt gone. ridiculous
clinic - pd,pe c misdiagnosed twice. i'm registering with another surgery
clinic - pr c impossible to get an appointment. we've moved the whole family to the practice on mill road
clinic - pe c the way the doctor spoke to my daughter was disgusting. we won't be back
clinic - pd . charged £35 for a letter that took 2 minutes to write
clinic 0 . s lose 10kg in 2 weeks with this one trick!!! slimfast-pro.example
clinic 0 . s test test 123
clinic + pe . médecin très à l'écoute et rassurante, merci
clinic - pr . deux heures d'attente avec un rendez-vous, inadmissible
clinic 0 pr . est-ce qu'on peut prendre rendez-vous en ligne ?
clinic + pe . la enfermera fue muy cariñosa con mi hijo
clinic - pr . imposible conseguir cita por teléfono
clinic 0 pd . ¿hacen análisis de sangre aquí o hay que ir al hospital?
pharmacy + pe . pharmacist took the time to explain my new meds properly, really appreciated
pharmacy + pr . prescription was ready when they said it would be for once!
pharmacy + pe . dropped my purse at the counter and the lad ran down the street after me with it. what a star
pharmacy + pe . can't fault them, always friendly and know my name
pharmacy + pr . they were out of my inhaler but ordered it in and it was there next morning
pharmacy + pe . amira on the counter is a legend, sorted my repeat when the gp had messed it up
pharmacy + pd . good prices on vitamins, cheaper than the supermarket
pharmacy + pe,pr . left the big chain pharmacy for you lot last year, best decision, no more queues
pharmacy 0 pd . fine, got what i needed
pharmacy 0 pr . do you open on bank holidays?
pharmacy 0 pr . could you add a text when the prescription is ready to collect
pharmacy 0 pd . saw an offer on your website for 3 for 2 on sun cream, is that in store too?
pharmacy - pr . queue out the door and only one person serving
pharmacy - pe . the woman behind the counter sighed at me when i asked a question. not nice
pharmacy - pd . gave me the wrong strength tablets, luckily i checked
pharmacy - pr . third time my prescription "isnt in yet" when the surgery sent it days ago
pharmacy - pd . £9 for a small bottle of cough syrup is daylight robbery
pharmacy - pe,pr . staff are lovely but the wait for anything is ridiculous, 40 mins for a repeat
pharmacy - pr c sick of chasing my meds every month. nominated a different pharmacy today
pharmacy - pe c rude every single time. i'm taking my prescriptions elsewhere from now on
pharmacy - pr,pd c my mum's blister packs were wrong again. we've had enough, moving her to an online pharmacy
pharmacy - pr . shut 20 mins early on a saturday, sign on the door says 6
pharmacy 0 . s buy viagra cialis online cheap no prescription needed pills4u.example
pharmacy 0 . s lorem ipsum dolor sit amet consectetur adipiscing elit
pharmacy + pe . pharmacienne très gentille et de bon conseil
pharmacy - pr . ils n'avaient toujours pas mon traitement après une semaine
pharmacy 0 pr . vous faites les tests covid sans rendez-vous ?
pharmacy + pe . muy amables, me explicaron todo con paciencia
pharmacy - pd . me cobraron de más por un medicamento genérico
pharmacy 0 pr . ¿a qué hora abren los domingos?
garage + pd . fixed the rattle first time, 2 other garages couldnt find it
garage + pe . mechanic showed me the old part and explained exactly what was wrong. honest bunch
garage + pr . car ready a day early, brilliant
garage + pd,pr . quote was £100 less than the main dealer and done the same day
garage + pe . lee is an absolute legend, came out to jump start me in the pouring rain
garage + pe . can't fault them, been using them 10 years and never been ripped off
garage + pe,pr . they couldnt get the part so rang me, offered a courtesy car and kept me updated all week
garage + pe . wont be the last time i use you, cheers lads 👍
garage 0 pd . mot done, no issues. fine
garage 0 pr . do you do collection and delivery for services?
garage 0 pr . could you add online booking? bit old fashioned having to ring
garage 0 pr . your guy gave me the number for the tyre place next door, 01632 960418, no answer. is that still right?
garage - pr . said it'd be ready by 12, picked it up at 5
garage - pd . brakes still squeaking after they "fixed" them
garage - pr,pd . bill came in way over the quote with no phone call first
garage - pe . felt patronised as a woman, kept talking to my husband instead of me
garage - pd . greasy handprints all over the seats and steering wheel
garage - pe . nobody called back when they said they would, had to chase 3 times
garage - pe,pd . friendly enough but the car broke down again a week later with the same fault
garage - pd c charged me for a part they never replaced, found the old one still on. taking my car elsewhere
garage - pe . rude and clueless on the phone, couldnt tell me anything about my own car
garage - pr,pd c 3 weeks for a clutch. my lease car is going back to the dealer for servicing from now on
garage 0 . s earn $5000 a week from home with bitcoin trading, message me on whatsapp +1 555 0142
garage 0 . s jjjjjjj kkkkk
garage + pe,pd . réparation rapide et prix honnête, je recommande
garage - pd c facture salée et le bruit est toujours là. la prochaine fois j'irai voir ailleurs
garage 0 pd . est-ce que vous prenez les voitures électriques ?
garage + pr . me lo tuvieron listo en el mismo día, genial
garage - pe,pd . no me avisaron de que la reparación costaba el doble
garage 0 pd . ¿hacen la ITV aquí o solo mantenimiento?
bank + pe . lady in branch helped my nan set up online banking, so patient with her
bank + pr . card blocked abroad, rang up and it was sorted in 5 mins
bank + pe . someone handed my lost wallet in at the branch and they called me straight away. thank you!
bank + pr . mortgage application was much quicker than i expected
bank + pe . advisor priya is a legend, got my fraud money back within the week
bank + pr . moved my account over from my old bank last month and the switch was seamless, wish i'd done it years ago
bank + pr . the app is genuinely great, can't fault it
bank + pd . good rate on the savings account
bank 0 pr . fine, paid a cheque in. nothing to report
bank 0 pr . will the branch be open on saturdays after the refurb?
bank 0 pr . could you add a dark mode to the app?
bank 0 pd . got a letter about a loan offer with a link to apply, is that genuinely from you? want to check its not a scam
bank - pr . 40 minutes on hold to report a lost card
bank - pe . staff member was patronising when i asked about an overdraft
bank - pr . three weeks and still no replacement card
bank - pd . £15 fee for going £2 overdrawn, disgusting
bank - pr . app keeps logging me out everytime i switch screens
bank - pe . promised a call back from the mortgage team, never happened
bank - pe,pr . staff in branch are nice but closing it on wednesdays makes no sense for those of us who work
bank - pr,pe c frozen my account twice with no explanation. i'm moving everything to another bank
bank - pd c the interest on this account is a joke. closing it once my isa matures
bank - pe c if this is how you treat customers of 20 years then i'll take my money elsewhere
bank 0 . s Great post! I've bookmarked your site and will share with my friends
bank 0 . s cheap ray bans 80% off shades-outlet.example
bank + pe . conseillère très réactive, merci pour votre aide
bank - pr . virement bloqué depuis 5 jours sans explication
bank 0 pr . comment changer mon adresse dans l'application ?
bank + pr . abrir la cuenta fue facilísimo desde el móvil
bank - pe . nadie contesta el teléfono en la sucursal
bank 0 pd . ¿qué comisiones tiene la cuenta joven?
telecom + pe,pd . tech came out and fixed the broadband first time, explained everything too
telecom + pr . new phone arrived the next morning, set up in minutes
telecom + pe . call centre guy kev was a legend, knocked £10 off my bill without me even asking
telecom + pd . signal is miles better than my old network
telecom + pe,pr . engineer appointment got cancelled but they rebooked for the next day and sent a text with his eta. sorted
telecom + pd . can't fault the fibre, never drops
telecom + pe . left my old provider after 12 years and honestly the service here is so much better
telecom + pe . lady in the shop transferred all my photos to the new phone for me, so kind
telecom 0 pd . internet is ok, does the job
telecom 0 pr . when does my contract end? cant find it in the app
telecom 0 pd . could you add a cheaper sim only deal for kids
telecom 0 pr . got a text with a link saying my bill is overdue, is that you? looks dodgy
telecom - pr . on hold for an hour and a half then cut off
telecom - pd . broadband drops every evening around 8, paying for 500mb and getting 20
telecom - pe . 4 different people told me 4 different things
telecom - pr . billed for a router i sent back in march
telecom - pe . engineer didnt show and nobody called to say
telecom - pd . price went up again mid contract, how is that allowed
telecom - pe,pd . shop staff were helpful but the phone they sold me is rubbish, battery dead by lunchtime
telecom - pd c third price rise this year. contract ends in june and that's me done
telecom - pe c 3 complaints and nobody has sorted it. requested my pac code today
telecom - pd c no signal in my own house. cancelling and going back to my old network
telecom 0 . s Check out my new mixtape on soundcloud, link in bio 🔥🔥
telecom 0 . s hi test
telecom + pe . technicien ponctuel et efficace, tout marche parfaitement
telecom - pr . trois semaines sans internet et personne ne sait quand ça sera réparé
telecom 0 pd . est-ce que la fibre est disponible dans ma rue ?
telecom + pd . buena cobertura y precio razonable
telecom - pe . me colgaron dos veces en atención al cliente
telecom 0 pr . ¿puedo cambiar de tarifa desde la app?
transport + pe . left my bag on the 42 and the depot had it waiting for me the next morning. brilliant
transport + pr . train was bang on time every day this week, makes a change!
transport + pe . driver waited for me when he saw me running, proper gent
transport + pe . the guard helped my mum with her wheelchair at every stop, lovely man
transport + pr . my train got cancelled but the replacement taxi was sorted within 10 mins
transport + pd . new buses are clean and have usb chargers, love it
transport + pr . the app's live tracking is spot on, can't fault it
transport + pe . been getting the coach instead of driving since january, staff always cheerful. won't be going back to the car
transport 0 pr . journey was fine, a bit late but nothing major
transport 0 pr . is there a weekly ticket for students?
transport 0 pr . could you add more services on sunday evenings
transport 0 pd . the film they showed on the coach to london was one id already seen lol. journey fine otherwise
transport - pr . 25 minutes late AGAIN, i've been late for work three times this week
transport - pe . driver drove off while i was still at the door tapping my card
transport - pd . bus was filthy, chewing gum on the seats
transport - pr . the 7.10 just didnt turn up. no info on the board
transport - pe . inspector shouted at a teenager in front of everyone over a ticket mix up
transport - pd . £6.80 for a 15 minute journey is ridiculous
transport - pr . had to ask twice for the delay repay form and it still hasnt been processed
transport - pr c cancelled trains every single week. i've bought a car, done with this
transport - pd,pr c season ticket's up next month and i won't be renewing it, packed every day
transport - pe c driver was abusive to my son. we'll be using the other bus company from now on
transport 0 . s wow amazing recipe, i made this for my family and they loved it! 5 stars
transport 0 . s qwertyuiop asdf
transport + pr,pd . train à l'heure et très propre, parfait
transport - pr . bus supprimé sans prévenir, j'ai attendu une heure sous la pluie
transport 0 pr . y a-t-il un abonnement mensuel pour les seniors ?
transport + pe . el conductor muy amable y paciente con los mayores
transport - pr . el autobús llegó con 40 minutos de retraso
transport 0 pd . el viaje bien, normal
gym + pe . trainer marcus is a legend, i've lost 8kg since january
gym + pd . equipment is always clean and there's never a queue for the racks
gym + pe . left my airpods in the changing room and they'd been handed in at reception by the time i went back. honest bunch
gym + pe,pr . had to freeze my membership after surgery and they sorted it with zero hassle
gym + pd . classes are fab, spin on thursday is my fave
gym + pe . switched from the budget gym down the road, best thing i did, staff here actually care
gym + pd . can't fault it for the price
gym + pe . won't be the last time i do the bootcamp, the instructor was brilliant 💪
gym 0 pd . it's fine, a gym's a gym
gym 0 pr . what time does the pool open on sundays?
gym 0 pd . could you add more squat racks? always busy after 5
gym 0 pd . read the article in your newsletter about protein, could you do one on recovery next?
gym - pd . half the treadmills have had out of order signs on them for a month
gym - pe . reception staff on their phones and ignored me
gym - pr . classes fully booked within seconds of opening on the app, impossible to get in
gym - pd . changing rooms were disgusting, hair everywhere
gym - pr . took £45 when i'd already frozen my membership
gym - pe . pt kept checking his phone during my session that i'm paying for
gym - pe,pd . the instructors are great but the showers have been cold for 2 weeks. sort it out
gym - pr c tried to cancel online and it says i have to come in person?? whatever, cancelling my direct debit
gym - pd c prices up again, i'm not renewing in april
gym - pe c was spoken to like dirt by the manager. i'm off to the gym on the retail park
gym 0 . s Nice blog! Is this a wordpress theme? where can i download it
gym 0 . s burn belly fat fast with keto diet pills order now ketoslim.example
gym + pe,pd . coachs motivants et salle très propre
gym - pd . trop de monde le soir, impossible d'utiliser les machines
gym 0 pr . est-ce qu'il y a une séance d'essai gratuite ?
gym + pd . las clases de zumba son geniales
gym - pr . me cobraron dos veces la cuota este mes
gym 0 pr . ¿se puede pausar la cuota en verano?
salon + pe,pd . jess is a legend, fixed my box dye disaster and i actually cried
salon + pd . best cut i've had in years, exactly what i asked for
salon + pe,pr . had to cancel last minute with a sick kid and they moved me to the next day, no charge
salon + pe,pd . so relaxing, the girls are lovely and the head massage 😍
salon + pd . nails still perfect after 3 weeks
salon + pe . left my glasses there and they texted me before i'd even got home. thank you!
salon + pe . went to the same hairdresser for years but tried you and im never going back to her
salon + pd . can't fault it, colour is gorgeous
salon 0 pd . haircut was ok, nothing special
salon 0 pr . do you do appointments after 6?
salon 0 pr . could you add online booking for the barbers too
salon 0 pd . showed her a picture from a magazine article and it came out fine, bit shorter than i wanted
salon - pr . kept waiting 30 mins past my appointment
salon - pd . asked for an inch off and lost about four
salon - pe . stylist spent the whole time moaning about her boyfriend and ignored what i asked for
salon - pd . £85 for a colour that washed out in a week
salon - pe . felt really rushed, she was clearly trying to fit someone else in
salon - pd . gel nails lifted after two days
salon - pe,pd . lovely chat but the fringe is wonky and i had to get it fixed elsewhere
salon - pd c burnt my scalp with the bleach. i won't be coming back
salon - pe c been a regular for 5 years and treated like a stranger. i'll find somewhere else
salon - pr c double booked me twice this month. i'm booked in with the salon on church st from now on
salon 0 . s this movie was so underrated, the ending had me in tears
salon 0 . s follow me on insta for beauty tips @glowqueen_example
salon + pd . coupe parfaite, exactement ce que je voulais
salon - pe . coiffeuse désagréable, aucun sourire
salon 0 pd . prestation correcte mais un peu cher
salon + pe . la chica que me hizo las uñas es un encanto
salon - pd . el tinte quedó con manchas, muy decepcionada
salon 0 pr . ¿hacen peinados de novia a domicilio?
shop + pe . staff member spent ages helping me find the right size, really patient
shop + pd . great quality for the price, will be back
shop + pe . left my card in the machine and the cashier chased me to the car park with it. legend
shop + pr . returns were so easy, refund in my account the same day
shop + pe . lovely lady in the kids section went to the stockroom to find the last one
shop + pd . can't fault the new range, everything fits perfectly
shop + pr . click and collect ready in an hour, spot on
shop + pe,pd . used to shop at the big outlet place but you're friendlier and cheaper, so i come here now
shop 0 pd . decent selection, nothing special
shop 0 pr . when's the next sale?
shop 0 pd . could you stock more plus sizes in store
shop 0 pr . saw a discount code on your instagram link, does it work in store or only online?
shop - pr . one till open with a queue of 15 people
shop - pe . security guard followed me round the whole shop, really uncomfortable
shop - pd . jumper bobbled after one wash
shop - pr,pd . price on the shelf was different from the till and they wouldnt honour it
shop - pe . staff chatting among themselves, nobody offered help
shop - pd . shoes fell apart within a month
shop - pe,pr . cashier was lovely but the refund took 3 weeks to show up, not good enough
shop - pe c manager refused a refund on a faulty kettle. i'll shop elsewhere
shop - pd c quality has gone right downhill, that's my last order with you
shop - pr c third time my online order has come incomplete. closing my store card
shop 0 . s Thank you for sharing this article, very useful information
shop 0 . s best crypto signals join telegram t.me/example_moonpump 100x guaranteed
shop + pe . vendeuse très aimable et de bons conseils
shop - pd . produit abîmé dans l'emballage
shop 0 pr . vous livrez en point relais ?
shop + pd . mucha variedad y buenos precios
shop - pe . la cajera fue muy borde
shop 0 pr . ¿puedo devolver algo comprado online en la tienda?
delivery + pr . parcel arrived a day early, brilliant
delivery + pe . driver rang to check where to leave it, really thoughtful
delivery + pe . parcel went to the wrong house but the driver came back and sorted it himself same evening. legend
delivery + pd . everything arrived in perfect condition, well packed
delivery + pr . tracking was spot on, knew exactly when to expect it
delivery + pe . our usual driver tom is always so cheerful, the dog loves him
delivery + pr . missed the delivery, rebooked on the app and it came next morning no hassle
delivery + pr . switched from the other courier we were using for the shop and not a single late parcel since
delivery 0 pr . came when it said. fine
delivery 0 pr . can i change the delivery address after it's dispatched?
delivery 0 pr . could you add a time slot option, all day windows are hard
delivery 0 pr . got a text with a link to reschedule from 07700 900123, is that you or a scam?
delivery - pr . "sorry we missed you" card when i was in all day
delivery - pe . parcel thrown over the gate in the rain
delivery - pd . box was crushed and the vase inside smashed
delivery - pr . still no parcel after 10 days, tracking hasn't moved
delivery - pe . driver was rude when i asked him to bring it to the door
delivery - pr . says delivered but it wasnt. photo is of someone elses door
delivery - pe,pr . customer service were polite but a week later i still dont have my stuff
delivery - pr c every parcel late. i now only buy from sellers that dont use you
delivery - pe c left my medication on the doorstep in the street. we'll be using a different courier for the business from now on
delivery - pr,pd c £7 delivery charge and it still turned up 3 days late. cancelling my premium subscription
delivery 0 . s ghjfgjhgjhg hhh
delivery 0 . s work from home earn 500 daily call 555-0199 now!!!
delivery + pr,pd . livré en avance, colis en parfait état
delivery - pr . colis marqué livré mais jamais reçu
delivery 0 pr . est-ce qu'on peut choisir un créneau horaire ?
delivery + pe,pr . el repartidor muy simpático y puntual
delivery - pd . el paquete llegó abierto y faltaba una cosa
delivery 0 pr . ¿dónde puedo ver el seguimiento del pedido?
trades + pd . boiler fixed first time, warm house again
trades + pe . electrician was tidy, polite and explained everything
trades + pr . plumber came out within 2 hours on a sunday, lifesaver
trades + pe . lads left the place cleaner than they found it. can't fault them
trades + pd . new bathroom looks amazing, worth every penny
trades + pe . dan the roofer is a legend, came back in the storm to check the tarp
trades + pe,pr . we had to postpone the kitchen fit twice and they were so understanding about it
trades + pd . quote was fair and they stuck to it, no nasty surprises
trades 0 pd . job done. fine
trades 0 pr . do you do free quotes for extensions?
trades 0 pr . could you send photos of the finished work by email for my insurance
trades 0 pe,pd . your fitter mentioned a sourdough recipe while he was here, can he email it over? lol. work was fine
trades - pr . said they'd be here at 8, turned up at 1
trades - pd . tap still dripping after they "fixed" it
trades - pe . never returned any of my calls after taking the deposit
trades - pd . cracked two tiles and tried to hide it with grout
trades - pr,pd . invoice was £400 more than the quote, no explanation
trades - pe . swearing and smoking in my garden all day
trades - pe,pd . nice enough blokes but the plastering is lumpy and they still havent come back to redo it
trades - pd c paid £2k for a job that leaked in a week. won't be using you again and telling everyone
trades - pr c three no shows. i've booked another firm for the rest of the work
trades - pe c you were our go to for every job for years but after how rude he was to my wife, we're done
trades 0 . s I really enjoyed reading this post, thanks admin
trades 0 . s meet hot singles in your area tonight click here datingzone.example
trades + pe,pd . artisan sérieux et ponctuel, travail soigné
trades - pr . devis envoyé avec trois semaines de retard
trades 0 pr . vous intervenez le week-end ?
trades + pd . la instalación eléctrica quedó perfecta
trades - pe . el fontanero no apareció y no avisó
trades 0 pd . ¿cuánto cuesta cambiar un calentador?
florist + pd . flowers lasted nearly 3 weeks!! gorgeous
florist + pe . she helped me choose for my nan's funeral and was so kind
florist + pr . delivered early morning as a surprise for my wife's birthday, perfect timing
florist + pe . we messed up the address on the order and they drove it across town themselves to fix it. legends
florist + pd . wedding bouquet was beyond what i imagined
florist + pe . can't fault them, always so friendly and creative
florist + pr . ordered at 11, delivered by 2, same day as promised
florist + pd . switched from the online flower company after they sent me wilted roses, this is way better
florist 0 pd . nice enough bouquet, a bit smaller than the photo
florist 0 pr . do you deliver on sundays?
florist 0 pd . could you add more plants to the website, not just bouquets
florist 0 pd . saw the arrangement in your blog post for mother's day, can i order that exact one?
florist - pd . roses were dead in 2 days
florist - pr . valentines order arrived the day after. pointless
florist - pe . shop girl was really short with me on the phone
florist - pd . £60 and it looked like a supermarket bunch
florist - pr . card message was missing, they didnt know who sent them
florist - pd . completely different flowers from what i ordered
florist - pe,pd . staff were sweet but i asked for no lilies and there were lilies, pollen stained everything
florist - pr,pe c no delivery for my mum's birthday and no call. i'll be ordering from somewhere else
florist - pd c half the flowers were brown. won't order again
florist - pe,pr c charged me twice for the funeral wreath and were dismissive when i called. next time we'll go to the florist by the church
florist 0 . s Mashallah beautiful song, who is the singer?
florist 0 . s test test
florist + pd . bouquet magnifique, ma mère était ravie
florist - pr . livraison en retard pour un anniversaire, très déçu
florist 0 pd . vous faites des compositions pour les mariages ?
florist + pe . la florista tiene muy buen gusto, gracias
florist - pd . las flores llegaron marchitas
florist 0 pr . ¿hacen envíos a otras ciudades?
utility + pe . engineer fixed the leak in our street quick and was really polite about the mess
utility + pr . meter reading submitted in 30 secs on the app, easy
utility + pe . lady on the phone set up a payment plan for me without making me feel bad. thank you
utility + pr . power cut was back on within the hour, thanks for the text updates
utility + pe . advisor nadia is a legend, sorted 6 months of wrong bills in one call
utility + pd . switched to you from my old supplier and i'm saving about £30 a month
utility + pr . smart meter install was quick and they cleaned up after. can't fault it
utility + pr,pe . they'd overcharged me but refunded it the same day i rang, fair play
utility 0 pd . bills seem ok i guess
utility 0 pr . how do i change the direct debit date?
utility 0 pd . could you add a green tariff for people renting
utility 0 pr . got an email about a winter offer with a link, is it legit before i click?
utility - pr . on hold 55 mins to give a meter reading
utility - pr . bill based on an estimate thats double my actual usage
utility - pe . advisor hung up on me
utility - pd,pr . direct debit went up by £80 with no explanation
utility - pr . water off for a whole day with no warning
utility - pe . promised a call back 4 times, never once
utility - pe,pd . engineer was polite but the water's still brown 3 days later
utility - pd c found a cheaper deal, switching at the end of the month
utility - pe c 6 months of complaints and nothing done. i've given up, the other company takes over my account next week
utility - pr c when my fixed deal ends in september i'm gone, no point renewing
utility 0 . s Great article, I learned so much! keep it up and please post more
utility 0 . s lorem ipsum
utility + pe . conseiller très patient, problème de facture réglé
utility - pr,pe . facture incompréhensible et impossible de joindre quelqu'un
utility 0 pr . comment relever mon compteur ?
utility + pr . cambio de titular muy rápido y sin complicaciones
utility - pd . la factura de este mes es una barbaridad
utility 0 pr . ¿puedo pagar la factura en plazos?
"""
