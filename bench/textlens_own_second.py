"""A second bench set for comment analysis, written blind: read by `bench/textlens_own.py
--set second`.

600 short comments, 40 for each of the 15 kinds of service business (restaurant, hotel,
clinic, pharmacy, garage, bank, telecom, transport, gym, salon, shop, delivery, trades,
florist, utility): 62 in French and 48 in Spanish by the bench's word-list test (49 were
written in Spanish; one short question carries a single word of the list and counts as
English), the rest in English, typed as customers type on a phone. Written for this bench without opening the analysis's rules, lexicons or
training examples, and frozen (committed) before the analysis was run on them; never edited
after seeing a result. Same line format as `bench/textlens_own.py`: business, sentiment
(- 0 +), Ps (pe people, pr process, pd product, comma-separated, or .), flags (c churn,
s spam, or .), then the text. Spam has sentiment 0 and no P and is left out of the
sentiment figure.
"""

COMMENTS = """
restaurant + pe . our waiter tomás was an absolute legend, kept the kids entertained the whole night
restaurant + pe,pr . left my scarf on the chair, rang next day and theyd already put it aside with my name on it. can't fault them
restaurant + pd . ngl the tiramisu is the best ive had outside italy 😍
restaurant - pr . had to ask three times for the bill. three. times.
restaurant - pd c cold chips, soggy fish, 18 quid. never again
restaurant 0 pd . could you add a proper vegan main? the salad is a bit sad as the only option
restaurant 0 . . fine. does the job
restaurant - pe,pr . Lovely waitress but we waited 50 min for mains and nobody said a word about why. not good enough
restaurant + pe,pr . Food took a while on a packed saturday but the staff were so warm about it, honestly a great evening
restaurant - pe . the manager rolled his eyes when we asked for tap water
restaurant - pd . pizza base was burnt underneath, toppings barely there
restaurant + pr . booked online for 7, table ready at 6.50, in and out before the film. perfect
restaurant - pr c booked a table for 8, arrived to find no booking and no apology. we ate at the place across the road and will be going there from now on
restaurant 0 pd . not the worst curry ive had but not good either
restaurant + pd . dont let the tiny front fool you, the dumplings are unreal
restaurant - pr,pd . oh great, another 45 min wait for a lukewarm burger. love that for me
restaurant + pe,pd . the chef came out to check my gluten free meal personally. felt so looked after, and the food was gorgeous
restaurant 0 pr . do you take bookings for groups of 12 on sundays?
restaurant - pd . menu says homemade, the desserts are clearly from a packet
restaurant + . . we left the chain place down the road for you two years ago and never looked back
restaurant - pe,pd c rude staff, bland food. wont recommend to anyone
restaurant + pd . no complaints at all, everything hot and fresh
restaurant - pr . they charged us for a bottle of wine we never ordered, took ages to get it off the bill
restaurant 0 pr,pd . food was nice, service a bit slow-ish. might come back for a quick lunch, might not
restaurant - pd . the steak i asked for medium rare came out grey all the way through 😒
restaurant + pe . shoutout to the girl at the bar who sorted our surprise cake, legend
restaurant + pr . terrace was full but they rang us the moment a table freed up, 10 min max
restaurant - pe . waiter argued with us about the allergy like we were making it up. unbelievable
restaurant 0 . s great article, very informative! i shared it with my friends, keep up the good work admin
restaurant 0 . s just watched the new heist movie last night and wow the ending?? anyone else think the twist was obvious
restaurant 0 . s need cash fast? personal loans approved in 24h no credit check call 0800 555 0199
restaurant + pe,pd . serveur super sympa et la blanquette était délicieuse, on reviendra avec plaisir
restaurant - pr c 1h d'attente pour une pizza froide, on ne reviendra plus
restaurant 0 pd . c'était correct, sans plus. les desserts sont un peu chers pour ce que c'est
restaurant - pe . accueil glacial, la serveuse nous a à peine regardés
restaurant + pd . la paella estaba buenísima y el postre casero también, muy rico todo 👌
restaurant - pr . tardaron casi una hora en traer los segundos y nadie se disculpó
restaurant 0 pr . se puede reservar para un cumpleaños con tarta propia? gracias
restaurant + pr . phoned ahead about a wheelchair and they'd moved tables by the time we got there. thank you
restaurant - pd . fish was off. actually off. felt ill all night
hotel + pe,pr . left my charger in the room, they posted it to me the same week free of charge. brilliant
hotel + pd . room was spotless and the bed 😴 best sleep in months
hotel + pr . our flight got cancelled, rang at midnight and they extended our stay without any fuss
hotel + pe . the night porter, ahmed, is an absolute legend. found us a pharmacy open at 2am
hotel + pr . arrived at 10am expecting to wait and they had our room ready early!
hotel + pd . cant fault it. pool, breakfast, view, all 10/10
hotel + pe,pd . small room tbh but the staff couldn't do enough for us and the breakfast was gorgeous
hotel + . . we used to stay at the big chain by the station, switched to you last year and never looked back
hotel + pr . check in took 2 minutes, keys on the phone, so easy
hotel + pd . quiet even though its right on the main square. amazing
hotel + pe,pd . personnel aux petits soins et la chambre était très propre, merci pour tout
hotel + pd . la habitación muy limpia y el desayuno con muchas opciones, repetiremos
hotel + pr . booked the wrong dates by mistake, they changed it no questions asked
hotel + pe . housekeeping left a little birthday note for my daughter, so sweet 🥰
hotel - pd . shower was either freezing or scalding, nothing in between
hotel - pr c charged twice for the room and three weeks later still no refund. putting our conference guests up elsewhere from now on
hotel - pe . receptionist was on her phone the entire time we checked in, didnt even look up
hotel - pd . thin walls, heard every word from next door till 3am
hotel - pr . "room will be ready at 3" - it was ready at 5.30. great start to the weekend 🙄
hotel - pd c carpet sticky, mould in the bathroom. never again
hotel - pe,pr,pd . nice enough staff but the breakfast queue was 30 mins every single morning and they ran out of eggs. not worth the price
hotel - pr . paid for parking, turned out there's no space and we had to park 10 min away
hotel - pd . wifi basically didnt exist above the 2nd floor
hotel - pe . asked for a quieter room and was told "take it or leave it"
hotel - pr c booked a sea view, got a car park view. we won't be booking with them again
hotel - pd c chambre sale et bruyante, nous ne reviendrons pas
hotel - pr . le check-in a pris 40 minutes, une seule personne à l'accueil pour tout le monde
hotel - pe . el recepcionista fue muy borde con nosotros por llegar tarde
hotel - pd . the "sea view" is a sliver of blue between two buildings lol
hotel - pr . they lost our booking and then put us in a twin when we paid for a double
hotel 0 . . ok, nothing special. clean, central, thats about it
hotel 0 pr . is late checkout possible on sundays? would pay extra
hotel 0 pd . rooms fine, breakfast average, location good. would stay again if the price was right
hotel 0 pd . suggestion: some blackout blinds would make a big difference
hotel 0 pr . est-ce que le parking est compris dans le prix de la chambre ?
hotel 0 pd . hôtel correct pour une nuit, mais je ne resterais pas une semaine
hotel 0 pd . está bien para una noche, nada del otro mundo
hotel 0 . s I really enjoyed reading this post, the part about travel tips was so useful. bookmarked!
hotel 0 . s lose 10kg in 3 weeks with our natural capsules!! whatsapp +44 7700 900123
hotel 0 . s asdkjh asdkj qwe qwe qweqwe
clinic + pr . they cancelled my appointment because the doctor was ill but rebooked me for the next morning without any fuss. really appreciated
clinic + pe . dr sanne actually listened, first time in years i didnt feel rushed
clinic + pe . the nurse who took my bloods was so gentle, i'm terrified of needles and didnt feel a thing
clinic + pr . problem sorted first time, no referral ping pong. thank you
clinic + pr . got a same day appointment for my son at 8.05am, seen by 10
clinic + pe,pr . running 20 min late but the receptionist kept us updated and apologised, and the doc was great
clinic + pe . can't fault the physio team. back to running after 6 weeks
clinic + pr . online booking is so much easier now, took me 2 min
clinic + pd . new waiting room is lovely and bright, and there's finally a kids corner
clinic + pe,pr . receptionist found my lost prescription in the system and reprinted it while i waited, legend
clinic + pe . médecin très à l'écoute et pas pressé, je recommande
clinic + pe,pr . me atendieron muy rápido y la doctora fue muy amable
clinic + . . switched from my old practice after moving and honestly wish i'd done it years ago
clinic + pe . the dentist talked me through every step. nervous patient here and it was fine 😊
clinic - pr . 45 minutes on hold at 8am just to be told all appointments are gone
clinic - pe . GP didnt even look up from the screen. 4 minutes and out
clinic - pr c third time my test results have been "lost". im registering with another practice
clinic - pe . receptionist asked what was wrong with me in front of a full waiting room. mortifying
clinic - pr . waited 1h40 past my appointment time. no explanation
clinic - pr . prescriptions never ready when the app says they are
clinic - pd . waiting room chairs filthy and the toilet out of order for weeks
clinic - pe,pr . doctor was nice but i've been chasing a referral for 3 months. nothing. its ridiculous
clinic - pr c cancelled on me the morning of, twice. moving to a private clinic, done
clinic - pe . the dentist was rough and dismissive when i said it hurt
clinic - pr . oh wonderful, the phone line "is experiencing high demand" again. every day. 🙃
clinic - pr . billed for a missed appointment i cancelled 2 days ahead, have the email to prove it
clinic - pr . impossible d'avoir un rendez-vous avant trois semaines, c'est pas normal
clinic - pe c la secrétaire nous a très mal parlé, je change de cabinet
clinic - pr . llevo dos semanas esperando los resultados y nadie me llama
clinic - pe c would not recommend this surgery to anyone. the doctors treat you like a nuisance
clinic 0 pr . do you do travel vaccines or do i need to go elsewhere?
clinic 0 . . fine. in and out, nothing to report
clinic 0 pr . would be good if you could text reminders the day before
clinic 0 pe,pr . nice doctor, long wait. swings and roundabouts
clinic 0 pr . est-ce qu'on peut prendre rendez-vous en ligne pour les vaccins ?
clinic 0 pr . hay que pedir cita previa para los análisis de sangre o se puede ir sin cita?
clinic 0 pd . parking is a pain but otherwise ok
clinic 0 . s Buy cheap pills online no prescription needed, fast discreet shipping, call 555-0142
clinic 0 . s this recipe is amazing, i added extra garlic and my family loved it
clinic 0 . s Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.
pharmacy + pe . the pharmacist spotted that my two meds clash and rang my gp for me. seriously grateful
pharmacy + pr . they were out of my inhaler but ordered it in and it was ready the next morning
pharmacy + pe . lovely lady on the counter always remembers my mum's name, makes her day
pharmacy + pr . prescription ready 10 min after i dropped it off, didnt expect that at all
pharmacy + pe . can't fault the advice, saved me a trip to the doctor for my rash
pharmacy + pr . delivered my dad's meds when he was stuck at home with covid, no charge. thank you so much
pharmacy + . . swapped from the chain chemist to this little one last year, best decision
pharmacy + pe,pr . queue out the door but the staff were calm, quick and friendly. great little pharmacy
pharmacy + pd . good range of sugar free stuff for diabetics, hard to find elsewhere
pharmacy + pe . dropped my bank card at the till, they kept it safe and called me. honest people
pharmacy + pe . la pharmacienne est très gentille et de bon conseil, merci !
pharmacy + pe . el farmacéutico me explicó todo con mucha paciencia
pharmacy + pr . repeat prescriptions on the app just work now. finally
pharmacy + pe . the young guy at the counter is a legend, sorted my travel sickness stuff in 2 mins
pharmacy - pr . "come back in an hour" became come back tomorrow, three days running
pharmacy - pe . pharmacist discussed my medication loud enough for the whole queue to hear
pharmacy - pr c never have my prescription in stock. moving it to the online pharmacy
pharmacy - pe . staff chatting among themselves while 6 of us waited at the counter
pharmacy - pr . gave me the wrong strength of tablets. could have been serious
pharmacy - pd . prices on basic stuff like paracetamol are a joke compared to the supermarket
pharmacy - pr . closed at 5.40 when the door says 6. needed my insulin
pharmacy - pe,pr c rude and slow every single time. i'm done, going to the one by the station from now on
pharmacy - pr . phoned 4 times, nobody picks up
pharmacy - pe . asked for advice and got an eye roll
pharmacy - pr . oh fab, lost my repeat prescription again. 3rd time this year 👏
pharmacy - pd . half the shelves empty for weeks now
pharmacy - pr . toujours en rupture, je dois revenir trois fois pour avoir les médicaments
pharmacy - pe c accueil désagréable, je ne mettrai plus les pieds dans cette pharmacie
pharmacy - pr . me cobraron dos veces la receta y por ahora nada del reembolso
pharmacy - pr c waited 40 min for a prescription that was already paid for. telling everyone i know to avoid
pharmacy 0 pr . do you do flu jabs without an appointment?
pharmacy 0 . . its a pharmacy. it's fine
pharmacy 0 pr . would be nice if the app told you when its actually ready, not just "processing"
pharmacy 0 pe,pr . helpful staff but always a queue, go early
pharmacy 0 pr . pharmacie de garde le dimanche ou pas ? pas clair sur le site
pharmacy 0 pr . tienen servicio a domicilio para los mayores? es para mi abuela
pharmacy 0 pd . ok for prescriptions, a bit pricey for everything else
pharmacy 0 . s v1agra c1alis best price no prescription, text 07700 900456
pharmacy 0 . s what a fantastic post, the writer clearly knows the subject. subscribed!
pharmacy 0 . s jjjjjjjjjj kkkkk lol lol test test
garage + pr . quoted 400, came in at 280 because the part was cheaper than they thought. honest lot
garage + pe . mechanic showed me the worn brake pads and explained everything, no upselling
garage + pr . car ready a day early! didnt even have to chase
garage + pr . fixed the rattle first time after two other garages couldn't find it
garage + pe . dave on reception is a star, sorted me a courtesy car last minute
garage + pr . mot done while i waited with a coffee, 45 mins
garage + pd . car came back cleaner than when i dropped it off haha
garage + . . took my van to the dealer for years, tried these guys once and the dealer hasn't seen me since
garage + pe,pr . took longer than they said but they rang to explain and didnt charge for the extra hour. can't fault them
garage + pr . broke down on the motorway, they had me towed and fixed by the afternoon
garage + pe . garagiste honnête, il m'a dit que je n'avais pas besoin de changer les pneus
garage + pr . me arreglaron el coche en un día y por menos de lo que pensaba
garage + pe . finally a garage that doesnt talk down to women. thank you
garage + pr . no fuss with the warranty claim, all sorted in a week
garage - pr . told me it'd be ready tuesday. it's friday. nobody calls back
garage - pe . guy at the desk treated me like i was stupid for asking what a cambelt is
garage - pd . brought it in for a squeak, picked it up and now it squeaks AND the check engine light is on
garage - pr c charged for work they didnt do, i checked. never again
garage - pr . invoice was 200 more than the quote with no phone call first
garage - pd . grease all over my seats and steering wheel
garage - pe,pr c nice enough lads but 3 visits for the same fault. taking it to the dealer next time
garage - pr . they lost my spare key. just lost it
garage - pe . mechanic was smoking in my car. stank for a week
garage - pr . great, another "we're waiting on a part" text. 3 weeks now 🙄
garage - pd . the "new" tyres had a 2019 date stamp on them
garage - pr . booked in for 9, they didnt even look at the car till 2
garage - pr c devis multiplié par deux sans nous prévenir, je vais voir ailleurs désormais
garage - pe . le mécanicien était très désagréable au téléphone
garage - pr . tres semanas para cambiar un embrague, y encima sin avisar del retraso
garage - pd c engine light came back on the day after the repair. won't recommend them to anyone
garage 0 pr . do you do air con regas and how much roughly?
garage 0 . . average. did what i asked, nothing more
garage 0 pr . a text when the car's ready would be handy instead of me phoning
garage 0 pe,pr . friendly but slow, swings and roundabouts
garage 0 pr . vous faites le contrôle technique le samedi matin ?
garage 0 pd . réparation correcte mais un peu chère pour une simple vidange
garage 0 pd . not the worst garage ive used but not the best either
garage 0 . s Best SEO service cheap backlinks rank top google fast seo seo links best cheap
garage 0 . s loved this song since i was a kid, the guitar solo at the end still gives me chills
garage 0 . s Get approved for a loan today even with bad credit!!! call now 0161 496 0011
bank + pr . card got cloned, they spotted it before i did, blocked it and refunded everything in 2 days
bank + pe . the advisor, priya, was an absolute star with my mortgage, explained every bit
bank + pr . opened a joint account in 15 min in branch. painless
bank + pd . app is genuinely good, instant notifications and savings pots
bank + pr . lost my card abroad, new one arrived at the hotel within 3 days. no complaints here
bank + . . moved my current account over from one of the big banks last year. should have done it ages ago
bank + pe . the lady in the branch spent half an hour helping my dad with online banking, so patient
bank + pr . complaint upheld and sorted within a week, and they actually apologised
bank + pe,pr . hold music for 20 mins but the guy who picked up sorted everything in one call. would rate
bank + pd . no fees abroad, great rate. why didnt i switch sooner
bank + pe . conseillère très disponible, elle répond toujours à mes mails dans la journée
bank + pr . me abrieron la cuenta en diez minutos y sin papeleo, muy fácil
bank + pr . disputed a charge on tuesday, money back on wednesday. impressive
bank + pe . cashier noticed an odd transfer request and stopped my gran being scammed. heroes
bank - pr . 2 hours on hold to report a stolen card. 2 hours
bank - pe . the advisor was patronising and kept pushing a credit card i didnt want
bank - pr c they closed my local branch and now the app keeps crashing. switching banks this month
bank - pr . transfer "pending" for 5 working days with no explanation
bank - pd . app logs me out every 30 seconds, unusable
bank - pr . charged me an overdraft fee for a direct debit they took early
bank - pr c mortgage application lost twice. we've gone with another lender
bank - pe . staff in branch were chatting behind the glass while the queue went out the door
bank - pr . froze my account for "security checks" and nobody can tell me when it'll be unfrozen
bank - pd . interest rate on savings is insulting
bank - pr . love being told to "go online" when the website is down 🙃
bank - pe,pr . the guy on the phone was polite but i've now explained my problem to 5 different people. nothing fixed
bank - pr c frais cachés partout, je ferme mon compte et je pars à la concurrence
bank - pr . virement bloqué depuis une semaine et personne pour m'expliquer pourquoi
bank - pr c me cobran comisiones por todo, me doy de baja este mes
bank - pe c would not recommend to anyone, they treat small businesses like an inconvenience
bank 0 pr . can i open an account for my 14 year old online or do we have to come in?
bank 0 . . it's a bank. does bank things. fine
bank 0 pd . would be good to have a dark mode in the app
bank 0 pr . not the worst bank but the branch hours are awkward for working people
bank 0 pr . est-ce que je peux prendre rendez-vous avec un conseiller le samedi ?
bank 0 pr . se puede pedir la tarjeta nueva por la app o es necesario ir a la oficina con el dni?
bank 0 pe,pr . helpful staff, slow processes. mixed feelings
bank 0 . s Excellent blog post, very well written, i learned a lot. keep it up!
bank 0 . s hot singles in your area want to chat tonight text KISS to 88044
bank 0 . s qwertyuiop asdfghjkl zxcvbnm
telecom + pr . internet went down, engineer booked for next day and it was fixed in 20 mins. first time ive been impressed by a broadband company
telecom + pe . sam on the chat was brilliant. sorted my bill and got me a better deal
telecom + pr . router arrived a day early and setup took 5 minutes
telecom + pd . speeds are actually what they advertised for once, 900 down
telecom + . . ported my number over to you from my old network, took a morning, and never looked back
telecom + pr . phone got stolen, they blocked the sim and had a new one to me next day
telecom + pr . called to cancel and instead of the usual runaround they just matched the cheaper offer. staying
telecom + pe . shop staff spent ages transferring my old photos to the new phone, didnt have to
telecom + pd . signal is great even in the countryside where i live. cant fault it
telecom + pr . outage credit applied to my bill automatically, without me even asking
telecom + pe,pr . la fibre a été installée en une semaine, technicien au top
telecom + pd . la fibra va genial y el precio es muy bueno
telecom + pe . the engineer took his shoes off at the door and tidied all the cables. small things
telecom + pd . unlimited data that actually is unlimited 👍
telecom - pr c porting my number out the day my contract ends. 3 outages this month
telecom - pr . 90 minutes on hold to be told they can't see the fault
telecom - pd . internet drops every evening at 8 like clockwork
telecom - pr . price went up mid contract "in line with inflation", love that for me
telecom - pe . the guy in the shop lied about the contract length to make the sale
telecom - pr c not renewing. three engineers, no fix, and a bill for the visit
telecom - pr . been charged for a line i cancelled in march
telecom - pe . chat agent just pasted the same script 4 times and ended the conversation
telecom - pd . 5g logo on my phone, 2003 speeds
telecom - pr c would like to cancel please. nobody ever answers the complaints email so here i am
telecom - pr . engineer no show. took a day off work for nothing. again
telecom - pd . the new router is worse than the old one, wifi doesnt reach the kitchen
telecom - pr c trois coupures cette semaine et pas un geste, je résilie mon abonnement
telecom - pe,pr . le service client ne répond jamais, et quand ils répondent c'est pour nous balader
telecom - pr c me voy a otra compañía, llevo un mes sin internet y nadie me da solución
telecom - pd . dropped calls in my own living room, in the middle of a city
telecom 0 pr . can i keep my number if i move house to another city?
telecom 0 pd . it works. most of the time. ok i guess
telecom 0 pd . would be great if you did a sim only plan without the phone
telecom 0 pe,pr . the staff are nice enough but the installation window was 8 to 6, bit much
telecom 0 pd . le réseau est correct en ville, mais je capte mal à la campagne
telecom 0 pr . es posible cambiar de tarifa sin permanencia? gracias
telecom 0 pd . meh. been with worse, been with better
telecom 0 . s great read! the author made some really good points about the topic, sharing on facebook
telecom 0 . s just finished the third book in the series and i cant believe the cliffhanger, anyone else?
telecom 0 . s work from home earn $5000 a week no experience, message me on telegram
transport + pe,pr . left my bag on the 42, the driver handed it in and lost property had it the next morning. brilliant
transport + pr . train arrived early and i made my connection with time to spare for once
transport + pe . bus driver waited for my mum who was running with her walking stick. legend
transport + pr . new contactless capping means i save about 20 a month. finally something sensible
transport + pd . the new trams are so clean and quiet, love them
transport + pr . delay repay paid out in 2 days, no arguing
transport + pe,pd . staff at the station helped me with the pram down 3 flights when the lift was broken. so kind
transport + pr . can't fault the night bus, every 15 mins like it says
transport + . . sold the car last year and switched to the bus for my commute. never looked back
transport + pd . the app's live times are actually accurate now
transport + pe . le conducteur a attendu que je m'assoie avant de démarrer, très apprécié
transport + pr . el metro pasa cada tres minutos y siempre puntual, muy bien
transport + pr . engineering works but the replacement buses were well signed and on time. fair play
transport + pe . ticket inspector was actually really nice about my expired railcard, let me off with a warning
transport - pr . 3rd cancelled train this week and they tell us 5 min before
transport - pe . driver shut the doors in my face and drove off laughing
transport - pr,pd c not renewing my season ticket. paying 3k a year to stand in a corridor
transport - pd . heating on full blast in july, windows dont open
transport - pr . bus just didnt turn up. app said 2 min for 25 min
transport - pd . toilets out of order on a 4 hour journey
transport - pe . guard was rude to a woman in a wheelchair who needed the ramp
transport - pr c going back to driving. 2 hours each way on a good day
transport - pr . fined because the ticket machine was broken. great system 👍
transport - pd . seats sticky, floor covered in chicken bones
transport - pr . overcrowded every morning, had to let 3 trains go before i could get on
transport - pe,pr . the lady at the ticket office tried her best but the refund process is a joke. 6 weeks and counting
transport - pr . encore un train supprimé, c'est la troisième fois cette semaine
transport - pr c je ne renouvelle pas mon abonnement, les retards sont devenus quotidiens
transport - pr . el autobús pasa cuando quiere, esperé cuarenta minutos con lluvia
transport - pd . escalators broken for 3 months at the main station
transport 0 pr . will the 7 bus run on bank holiday monday?
transport 0 . . fine. gets me from a to b
transport 0 pd . more bike spaces on the trains would be good
transport 0 pr . prices ok, reliability meh
transport 0 pr . est-ce que le pass mensuel est valable dans les bus de nuit ?
transport 0 pr . la tarjeta joven vale para los trenes del aeropuerto?
transport 0 pe,pr . friendly drivers, shame about the timetable
transport 0 . s thanks for sharing this informative article, really helped me with my homework
transport 0 . s best keto diet pills burn fat fast no exercise order now cheap cheap
transport 0 . s dfghj dfghj sdfsdf
gym + pe . trainer jo is the best, 6 months in and i can finally do a pull up
gym + pr . wanted to freeze my membership while i recovered from surgery, they did it in 2 minutes on the phone, no fee
gym + pd . new squat racks are great, never have to wait now
gym + pe . reception found my wedding ring in the changing room and kept it safe for a week till i came back. can't thank them enough
gym + pd . spotless changing rooms, which is rare
gym + . . left the budget gym across town for you, worth every extra penny
gym + pr . cancelled my class by mistake, staff popped me back in even though it was full
gym + pe . the spin instructor on thursdays is unreal, best 45 min of my week
gym + pd . pool is always warm and never packed, honestly nothing to moan about
gym + pr . joined online in 5 mins and my fob worked the same day
gym + pe . coachs très motivants et toujours disponibles pour nous corriger
gym + pd . las máquinas son nuevas y el vestuario muy limpio
gym + pe,pd . equipment is a bit old but the staff make it, everyone knows your name. love this place
gym + pr . they let me pause during my pregnancy and restart without paying the joining fee again ❤️
gym - pr c cancelling my membership. tried to leave online but they want a letter. a LETTER. in 2026
gym - pd . half the treadmills out of order for weeks
gym - pe . pt spent the whole session on his phone
gym - pr . kept charging me after i cancelled, had to go through my bank
gym - pd . showers cold again. every single evening
gym - pe,pd . the staff just stand at reception chatting while the weights are left everywhere
gym - pr c not renewing in january. classes always full and the booking app crashes at 7am
gym - pd . air con broken in the studio, 30 degrees during hiit
gym - pr . membership went up 20% with one email and no notice
gym - pe c manager was so rude when i complained that im switching to the gym on the high street
gym - pd . music so loud you cant hear yourself think, asked twice to turn it down
gym - pr . oh amazing, another class cancelled 10 min before. really motivating 🙄
gym - pd . vestiaires sales et la moitié des machines en panne, c'est pas sérieux
gym - pr c impossible de résilier en ligne, je ne renouvellerai pas mon abonnement
gym - pr c me doy de baja, siempre está lleno y no hay clases por la tarde
gym - pd . hairs in the pool filter, dirty mats. gross
gym 0 pr . do you do a student discount?
gym 0 . . its alright. gym is a gym
gym 0 pd . could you add more free weights? the dumbbells stop at 30kg
gym 0 pe,pd . nice staff, tired equipment. 6/10
gym 0 pr . les cours de yoga sont compris dans l'abonnement de base ou c'est en plus ?
gym 0 pd . not the worst gym but not good either, too busy after 5
gym 0 pr . would be nice if you opened earlier on weekends
gym 0 . s amazing post!!! this is exactly what i was looking for, thank you admin
gym 0 . s make 500 a day from home with crypto, whatsapp +1 202 555 0147
gym 0 . s the soundtrack of that film is so underrated, i listen to it every morning
salon + pe,pd . told her "just a trim" with zero confidence and she somehow knew exactly what i meant. obsessed with it
salon + pr . had to move my appointment twice because of work and they were lovely about it both times
salon + pd . colour has lasted 8 weeks and still looks fresh
salon + pe . mia is a wizard with curly hair, first cut in years that didnt end in tears
salon + pr . i was running 15 min late and they still fit me in without rushing the cut
salon + pe,pd . honestly nervous about going short but the stylist talked me through it and i love it 💇‍♀️
salon + . . been going to the same place for ten years, tried here on a whim and im not going back to the old one
salon + pd . the head massage during the wash 🤌 worth it alone
salon + pr . booked on the app at 9pm for next morning, so easy
salon + pe . apprentice did my blow dry and honestly better than some seniors ive had elsewhere
salon + pd . no complaints whatsoever, balayage is exactly the photo i showed
salon + pe . they fixed another salon's bleach disaster without making me feel stupid. angels
salon + pe,pd . coiffeuse à l'écoute, la coupe est parfaite, je reviendrai
salon + pe,pd . la peluquera me entendió a la primera y el corte me encanta
salon - pd . asked for 2 inches off, lost 6. it'll take a year to grow back
salon - pe . stylist spent the whole time moaning about her ex and her other clients
salon - pr . 45 min late starting my appointment and still charged the full price
salon - pd c the colour went orange. paid 120 for it. finding a new salon
salon - pe . made me feel judged for my grey hair, like it was a personal failing
salon - pr . booked a cut and colour, they only had time for the colour. why take the booking then
salon - pd . burnt my scalp with the bleach, still sore 3 days later
salon - pr c they double booked me and told me to come back next week. i wont be
salon - pe,pd . nice girls but the fringe is wonky and nobody checked it before i left
salon - pr . charged me 30 extra for "long hair" which nobody mentioned on the phone
salon - pe . overheard them laughing about my hair in the back. lovely
salon - pd . layers uneven on both sides, my mum had to even them out at home
salon - pd . the straightening treatment lasted about 4 days. total waste
salon - pd c couleur ratée et on m'a fait payer quand même, je ne remettrai plus les pieds ici
salon - pr . me hicieron esperar media hora con la cita confirmada y sin disculpas
salon - pd c el tinte me quedó fatal, no vuelvo más
salon 0 pr . do you do appointments on sunday? need one before a wedding
salon 0 pd . decent cut, nothing to write home about
salon 0 pr . would love if you did evening slots for people who work 9 to 5
salon 0 pe,pd . stylist was sweet, cut is fine, price a bit steep
salon 0 pr . vous prenez les enfants le mercredi après-midi ?
salon 0 pr . cuánto cuesta un corte con lavado y peinado? es para mañana
salon 0 . . c'est bien, sans plus, comme tous les salons
salon 0 . s such a helpful article on hair care, i will definitely share it with my sister. thank you author!
salon 0 . s my grandma's lemon cake recipe: 200g flour, 200g sugar, 4 eggs, zest of 2 lemons, bake 40 min
salon 0 . s hair loss? our miracle serum regrows hair in 14 days, order by phone 020 7946 0321
shop + pr . returned a jumper with no receipt, they just checked my card and refunded it. painless
shop + pe . the lad in electronics knew his stuff and talked me out of the pricey model. honest
shop + pd . great selection of local cheese and the bread is baked on site
shop + pr . ordered for click and collect at 10, ready by 11. easy
shop + pe,pr . lost my little boy for a terrifying 2 minutes, staff locked the doors and found him straight away. forever grateful
shop + pd . sizes are consistent, everything i buy just fits
shop + pr . item was out of stock but they rang round other branches and had it sent in for me
shop + pe . the cashier saw i was short and paid the last 50p herself. faith in humanity restored
shop + . . i used to do my weekly shop at the big supermarket but changed to this one and never went back
shop + pd . cant fault the quality, my boots are 4 years old and still going
shop + pe . vendeuse adorable, elle a pris le temps de nous conseiller sans pousser à l'achat
shop + pr . cambié unas zapatillas sin ticket y me lo pusieron muy fácil
shop + pd . buena calidad y los precios muy razonables para lo que es
shop + pr . self checkout actually works now 🎉
shop - pr . one till open, queue to the back of the shop, 4 staff stacking shelves
shop - pe . security guard followed me round the whole shop. i'm 62
shop - pr,pd . bought a kettle, broke in a week, they wont take it back without the box
shop - pr c refused my return even with the receipt. i'll be buying online from now on
shop - pd . the "fresh" salad was brown inside
shop - pe . asked where the batteries were and she pointed vaguely and walked off
shop - pr . price on the shelf and price at the till never match
shop - pd c everything's gone up and the quality has gone down. doing my big shop at the discounter instead now
shop - pe . manager shouted at a young staff member in front of everyone. so uncomfortable
shop - pr . charged twice at the self checkout and customer services sent me away
shop - pd . shelves half empty by 5pm every day
shop - pr . loyalty points disappeared from my account, nobody can explain. classic
shop - pr . une seule caisse ouverte un samedi, 25 minutes de queue, c'est une blague
shop - pd c produits périmés en rayon pour la deuxième fois, je vais faire mes courses ailleurs
shop - pe . la cajera muy maleducada, ni me saludó
shop - pd . the meat was out of date and they still had it on the shelf
shop 0 pr . do you deliver to the villages or only in town?
shop 0 . . fine for basics. gets the job done
shop 0 pd . please stock oat milk, the nearest place is 3 miles away
shop 0 pd . good prices, average quality. you get what you pay for
shop 0 pr . vous ouvrez le 1er mai ou pas ?
shop 0 pd . tienen la talla 42 en las botas del escaparate? es para un regalo
shop 0 pe,pr . staff are friendly but it's always chaos at the tills
shop 0 . s wow this post really opened my eyes, bookmarking your site for later 🙏
shop 0 . s lorem ipsum lorem ipsum dolor dolor test 123
shop 0 . s cheap loans for everyone, bad credit ok, ring mark on 07700 900789
delivery + pe,pr . parcel arrived a day earlier than they said, and the driver put it in the recycling bin like i asked
delivery + pe . driver noticed my door was open and called me to check i was ok. didnt have to do that
delivery + pr,pd . food arrived in 15 mins still piping hot, faster than walking there
delivery + pr . one item was missing, reported it in the app and got a refund in 30 seconds. can't fault it
delivery + pe . the courier carried my 25kg dog food up 4 flights. absolute legend
delivery + pr . live tracking was spot on, knew exactly when to be home
delivery + . . gave up on the other app after too many cold meals, you've been spot on since
delivery + pd . packaging was great, not a single crushed strawberry in the whole order
delivery + pr . wrong order turned up, they sent the right one and let me keep the other. fair play
delivery + pe,pr . always the same driver on our route, always polite and always on time 🙌
delivery + pr,pd . colis livré avec un jour d'avance et très bien emballé, rien à dire
delivery + pr,pd . el pedido llegó antes de lo previsto y en perfecto estado
delivery + pr . missed the delivery but rebooking for the next day took 2 clicks
delivery + pd . groceries all in date with long use by's, no substitutions. impressed
delivery - pr . "we tried to deliver" - no you didnt, i was in all day with the door open
delivery - pe . driver threw my parcel over the gate. it was marked fragile
delivery - pr c third missing parcel this month. ordering from a competitor from now on
delivery - pd . food arrived cold and the bag was soaked with curry
delivery - pr . 2 hour delivery window, turned up 3 hours after it. no call
delivery - pr . left my parcel with "neighbour" at number 14. there is no number 14
delivery - pe . courier was rude when i asked him to bring it to the door instead of the bin store
delivery - pr c deleted the app. refunds take weeks and support is a bot
delivery - pd . half my shopping substituted with random stuff i'd never buy
delivery - pr . order cancelled after 50 min of waiting, no reason given
delivery - pe . driver parked across my drive and blocked my car in for 20 minutes, then shouted at me
delivery - pr . photo proof of delivery shows someone else's front door. brilliant 👏
delivery - pr c colis perdu et aucun remboursement, je ne commanderai plus chez vous
delivery - pe . le livreur a laissé le colis sous la pluie devant la porte
delivery - pr . el paquete llegó con una semana de retraso y nadie avisó
delivery - pd c la comida llegó fría otra vez, me paso a otra app
delivery 0 pr . can i choose a safe place for the parcel when im not in?
delivery 0 . . delivered. on time. nothing else to say
delivery 0 pr . would be handy to get a text 10 min before the driver arrives
delivery 0 pe,pd . food was fine, a bit lukewarm, driver was polite
delivery 0 pr . livraison possible le dimanche pour les villages autour ? merci
delivery 0 pr . se puede cambiar la dirección de entrega una vez hecho el pedido?
delivery 0 pr . not the fastest but it gets there
delivery 0 . s Thanks admin for this wonderful post, very nice and informative, waiting for the next one
delivery 0 . s lkjlkjlkj ;lkj;lkj poipoipoi
delivery 0 . s Natural weight loss tea, drop 3 dress sizes, message me for prices 0117 496 0555
trades + pr . plumber came out at 11pm on a sunday for a burst pipe and charged a fair price. lifesaver
trades + pe . electrician explained everything, tidied up after himself and even hoovered. unheard of
trades + pr . finished the kitchen 2 days ahead of schedule and on budget. cant fault them
trades + pd . the new bathroom is gorgeous, tiling is perfect
trades + pe . our roofer, kev, is an absolute legend. climbed up in the rain to patch the leak before the storm
trades + pr . boiler fixed first time after 2 other companies couldn't work it out
trades + . . ditched the big heating firm after years of no-shows, found these guys and never looked back
trades + pr . had to cancel the first date because of covid, they rebooked the week after no problem
trades + pe,pd . took a bit longer than quoted but the joiner was so careful and the wardrobes are stunning
trades + pr . quote came within a day, work started within a week
trades + pe,pr . plombier sympa et efficace, il est venu le jour même pour la fuite
trades + pe . el electricista muy profesional, dejó todo limpio y me explicó la avería
trades + pd . fence still standing after the winter storms unlike all our neighbours' 😂
trades + pe . the decorators were polite, quiet and the kids loved chatting to them
trades - pr . builder disappeared halfway through with our deposit. 6 weeks, no reply
trades - pe . plumber was rude to my elderly mum and made her feel stupid
trades - pd . new tiles already cracking after a month
trades - pr . said 8am, turned up at 2pm, didnt even text. i took the day off for this
trades - pd c boiler they fitted has broken down 3 times in a year. someone else is doing the service this time
trades - pr . final bill 40% over the quote and "unforeseen issues" was all the explanation
trades - pe,pd . the electrician left mud all through the house and cables hanging out the wall
trades - pr c wouldn't recommend them to anyone, still waiting for them to come back and finish the snagging
trades - pd . paint job is patchy and they got paint on the carpet
trades - pe . lads had music blasting and were swearing all day with my kids in the house
trades - pr . cancelled on us 4 times. we're now in month 3 of no kitchen
trades - pr . l'artisan n'est jamais venu au rendez-vous et ne répond pas au téléphone
trades - pd c travaux mal finis, des fissures partout, nous ne ferons plus appel à eux
trades - pr c el fontanero cobró por adelantado y no volvió, no los vuelvo a llamar
trades - pd . la reforma quedó con humedades a los dos meses
trades 0 pr . do you do small jobs? just need a couple of sockets moved
trades 0 . . job done. fine
trades 0 pr . would be good to get a written quote rather than just a figure over the phone
trades 0 pe,pd . nice guys, the work is ok, not perfect. price was fair
trades 0 pr . vous intervenez le week-end pour les urgences ? on a une fuite sous l'évier
trades 0 pr . hacen presupuestos sin compromiso? es para pintar un piso
trades 0 pd . not the neatest job ive seen but it works
trades 0 . s this is the best article i have read on home improvement, the author deserves an award
trades 0 . s diy tip: mix baking soda and vinegar for a cheap drain cleaner, works every time
trades 0 . s fast loans 500-5000 approved in minutes. no paperwork. call 0800 496 0777
trades 0 . s aaaaaaaaaa sssssss ddddd
florist + pr . ordered at 11pm for my mum's birthday, delivered by 10am. she cried
florist + pd . the bouquet lasted nearly 3 weeks, never had that before
florist + pe . the lady in the shop helped me pick flowers for my dad's funeral and was so kind. thank you
florist + pr . they messed up the card message but rang me, apologised and sent a new one the same day. couldnt have asked for more
florist + pd . wedding flowers were better than the mood board, everyone asked who did them
florist + pe . told him a budget of 20 and he made it look like 60. legend
florist + pr . delivery to the hospital ward sorted even though they have strict rules. so helpful
florist + pd . peonies were huge and smelled amazing 💐
florist + . . used to order from one of the big online flower sites, switched to you two years ago and wont be going back to them
florist + pr . 5 orders this year and every single one on time, not one problem
florist + pr,pd . bouquet magnifique et très frais, livré à l'heure, merci beaucoup
florist + pe,pd . la florista me hizo un ramo precioso y con muy buen gusto
florist + pe . she remembered my wife likes tulips from last year. that's service
florist + pd . beautiful arrangement and the vase is lovely too, great value
florist - pd . paid 65 for roses, they were dead in 2 days
florist - pr . valentines order arrived on the 15th. thanks a lot 🙄
florist - pe . snapped at me for asking if they had anything cheaper
florist - pd c bouquet looked nothing like the picture, half the size. last time i use them
florist - pr . delivered to the wrong address, my girlfriend never got them
florist - pr . charged for delivery on a collection order and refused to refund it
florist - pd . the flowers were wilting when they arrived, clearly old stock
florist - pr c funeral flowers arrived after the service. i'll use the florist in town from now on
florist - pe . owner was on a personal phone call the whole time i was waiting to pay
florist - pr . card message spelt my mum's name wrong. it's 4 letters
florist - pd . sad little bunch for 40 quid, i could do better at a petrol station
florist - pd c les fleurs étaient fanées au bout de deux jours, je ne commanderai plus ici
florist - pe . la fleuriste était pressée et pas du tout aimable
florist - pr . el ramo llegó tarde y sin la tarjeta que pedí
florist - pd c las rosas duraron dos días con suerte, no vuelvo a comprar aquí
florist 0 pr . do you deliver on sundays?
florist 0 pd . nice enough flowers, a bit pricey
florist 0 pr . an option to add a photo of the bouquet before delivery would be nice
florist 0 pr . ok. bit of a wait in the shop but fine
florist 0 pr . vous livrez aussi dans les hôpitaux le samedi ?
florist 0 pr . hacen ramos por encargo para bodas? me gustaría pedir presupuesto
florist 0 pe,pd . friendly service, flowers average. nothing bad, nothing great
florist 0 . s such a lovely post about spring! the photos are beautiful, keep sharing admin
florist 0 . s has anyone seen the new season of that baking show, the final was so tense
florist 0 . s lose belly fat in 7 days with this one weird trick. ring 0113 496 0808 for the plan
florist 0 . s lorem ipsum dolor amet consectetur lorem lorem
utility + pr . power cut on christmas eve, back on in 2 hours and they texted updates the whole time
utility + pe . the engineer who fitted the smart meter was lovely and explained the display to my gran
utility + pr . i was overcharged, they spotted it before i did and refunded it. can't fault that
utility + pr . switched to you from my old supplier, took 2 weeks with zero effort from me. so glad i did
utility + pr . set up a payment plan when i lost my job, no judgement, really helped
utility + pe . andre on the phone deserves a raise, sorted a 3 month billing mess in one call
utility + pr . water leak in the street was fixed the same afternoon i reported it
utility + pd . green tariff that's actually cheaper than my old one. win
utility + pr . meter reading in the app takes 10 seconds. finally
utility + pr . bill was a bit confusing but they rang me back within the hour and walked me through it. great service
utility + pr . coupure réparée en une heure, et on a été prévenus par sms, très bien
utility + pr . me solucionaron el problema de la factura en una sola llamada
utility + pe . the man who came to read the meter spotted our gas smell and made sure we were safe. thank you
utility + pr . they noticed my usage spiked and warned me about a leak. genuinely useful
utility - pr . estimated bills for 8 months then a 900 catch up bill. how is that fair
utility - pr c switching supplier as soon as my fix ends. direct debit doubled with no explanation
utility - pe . call handler hung up on me twice
utility - pr . 3 days with no hot water and they keep moving the engineer appointment
utility - pd . water tastes of chlorine and comes out brown some mornings
utility - pr . been on hold 70 minutes. still on hold as i type this
utility - pr c i'm leaving for another supplier. 6 complaints about the same bill and nothing changes
utility - pe . the engineer was rude and blamed us for the boiler being "ancient"
utility - pr,pd . smart meter hasnt sent a reading in a year, and they keep asking me to read it myself
utility - pr . they took the payment twice this month and say it'll take 10 working days to refund
utility - pr . oh brilliant, another letter saying my account is in debt when it's in credit 🙃
utility - pr c facture incompréhensible et personne pour nous répondre, je change de fournisseur
utility - pr . coupure de gaz pendant trois jours et pas une explication, c'est inadmissible
utility - pr c me doy de baja, la factura ha subido el doble sin avisar
utility - pe . la atención al cliente es muy mala, te cuelgan el teléfono
utility 0 pr . how do i submit a meter reading if the app won't log me in?
utility 0 pd . prices are about the same as everyone else. fine
utility 0 pr . would be good to choose the day the direct debit comes out
utility 0 pe,pr . helpful people on the phone, billing still a bit of a mystery
utility 0 pr . est-ce que je peux passer au prélèvement mensuel en ligne ?
utility 0 pr . para cambiar el titular del contrato hay que ir a la oficina o vale por internet?
utility 0 . . only been with them 2 months, too early to say
utility 0 . s What a useful article, bookmarked it and will come back for more. great site!
utility 0 . s that new thriller on netflix is so good, binged it in 2 nights
utility 0 . s Cheap car insurance quotes, save up to 60%, call free 0800 496 0123
utility 0 . s best seo backlinks cheap fast ranking top 1 google keyword seo service agency cheap
"""
