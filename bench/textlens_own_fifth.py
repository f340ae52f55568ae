"""A fifth bench set for comment analysis, written blind: read by `bench/textlens_own.py
--set fifth`.

420 short comments, 28 for each of the 15 kinds of service business (restaurant, hotel,
clinic, pharmacy, garage, bank, telecom, transport, gym, salon, shop, delivery, trades,
florist, utility): 42 in French and 34 in Spanish, the rest in English; 50 say the
customer is leaving (with look-alikes that do not) and 40 are spam. Written for this bench
on 2026-12-06 without opening the analysis's rules, lexicons, training examples or the
other bench sets, while the examples of `textlens/data/examples_facts_spam.py` were being
written. It was first read by the analysis of e8e5e96 (the start of that run) and a59c7f6,
before it was committed; it was never used to choose a limit, a weight or a rule, and it
is in no training set (a listing of a dozen texts whose reading changed between those two
commits was seen; nothing was written from it). Same line format as
`bench/textlens_own.py`: business, sentiment (- 0 +), Ps (pe people, pr process, pd
product, comma-separated, or .), flags (c churn, s spam, or .), then the text. Spam has
sentiment 0 and no P and is left out of the sentiment figure.
"""

COMMENTS = """
restaurant - pe,pr c waited 40 min for mains, waiter rolled his eyes when we asked. we won't be back, plenty of better places on this street
restaurant + pe . I left my scarf under the table on friday and the manager had it washed and folded by the time I phoned. can't fault them
restaurant - pd . The risotto was cold in the middle and the bill still had the 12.5% service on it.
restaurant 0 pd . food was ok, nothing special. portions a bit small for the price
restaurant + pd . best lamb shank ive had in years, honestly
restaurant - pr . had to ask three times for the bill and in the end we went up to the bar to pay
restaurant + pe,pd . Marco is a legend. Remembered my nut allergy from last time and the chef did a separate dessert for me.
restaurant 0 pr . Do you take bookings for groups of 12 on sundays? couldnt find it on the site
restaurant - pe,pd c Found a hair in the soup, the waitress shrugged. Never again.
restaurant 0 . s Great article, very informative! I will bookmark your blog and come back for more posts like this one.
restaurant 0 . s anyone watching the derby tonight?? refs were a joke last week lol
restaurant 0 . s Need cash fast? Loans approved in 10 minutes no credit check, call 0800 555 0193 today
restaurant + pe,pr . Table wasnt ready when we arrived but they gave us drinks on the house while we waited and it was only ten minutes. Lovely evening overall.
restaurant - pe,pr . The food is lovely, don't get me wrong, but sitting for 25 minutes without anyone taking our order is just not acceptable
restaurant 0 pd . Would you consider more vegetarian mains? theres only the one pasta
restaurant - pd . burger was burnt on the outside and raw inside
restaurant + pr . Booked online at 5pm for the same night, no problem at all and the table was by the window.
restaurant - pr,pd c Third time the delivery side got our order wrong. We'll just order from the Thai place down the road from now on.
restaurant 0 pe,pd . fine. staff polite, food average.
restaurant + pd . Came here after giving up on the place across the square and wow, what a difference. The steak was perfect.
restaurant + pe,pd . Service impeccable et le magret de canard était parfait. Merci à toute l'équipe !
restaurant - pr . Une heure d'attente entre l'entrée et le plat, personne ne s'est excusé.
restaurant 0 pd . Correct sans plus. Le dessert était un peu sec.
restaurant - pe,pd c La paella estaba salada y el camarero fue muy borde. No volveremos nunca más.
restaurant + pe . Nos atendió Lucía, súper amable y atenta con los niños. Repetiremos seguro.
restaurant 0 pr . ¿Tenéis terraza abierta en invierno? No lo pone en la web.
restaurant + pr,pd . No complaints whatsoever, wine list is great and we were in and out in an hour before the theatre
restaurant - pd . £18 for a salad that was mostly iceberg lettuce. poor value
hotel - pd c Room smelled of damp and the aircon rattled all night. Next time we're putting our guests up at the Marriott instead.
hotel + pe . checked in at 9am expecting to leave bags, and they had a room ready already. Receptionist Tom is a star
hotel - pr . Checkout took 20 mins because only one person on the desk and a coach party in front
hotel 0 pd . room was clean, bed fine, breakfast avarage. does the job for one night
hotel + pe . My daughter left her teddy in the room, housekeeping found it and posted it to us for free. She was over the moon.
hotel - pe . The night porter was rude when we asked for extra towels at 11pm.
hotel 0 pr . Is parking included in the room rate or is it extra? the confirmation email doesnt say
hotel - pd,pr c We booked a sea view, got a view of the bins, and nobody could move us. I'm cancelling the second booking we had for August.
hotel 0 . s Lovely post!! I shared this on my facebook, my aunt will love these tips about gardening
hotel 0 . s asdfjkl; qwerty qwerty jjjjjj
hotel 0 . s Earn 5000 USD weekly trading bitcoin from home, join now at cryptoprofitz dot net
hotel + pd . pool was spotless and the spa was worth every penny
hotel - pd . The walls are paper thin, we could hear the couple next door's whole argument.
hotel 0 pe,pr . Pleasant enough people on reception though check-in was slow. Not the worst, not the best.
hotel + pe,pr . Our flight was delayed and we rolled in at 2am. no fuss at all, someone was waiting with the key and even a sandwich.
hotel - pr . Was charged twice for the minibar which we never touched. Still waiting on the refund three weeks later.
hotel - pe,pd c Dirty sheets and a manager who couldn't care less. Wouldn't recommend this place to anyone.
hotel 0 pd . Suggestion: blackout curtains would help a lot, the street light shines right in.
hotel + pd . Absolutely cant fault it. Comfy bed, hot shower, quiet room.
hotel + pe . Housekeeping lady on the 3rd floor, Grace I think, went above and beyond every day.
hotel - pd . Chambre minuscule et la douche fuyait. Trop cher pour ce que c'est.
hotel + pe,pd . Accueil chaleureux, petit-déjeuner copieux, on reviendra avec plaisir.
hotel 0 pr . Est-ce que l'hôtel propose un service de navette vers la gare ?
hotel - pr c Nos cobraron una noche de más y nadie responde a los correos. La próxima vez reservaremos en otro hotel.
hotel + pe . El recepcionista nos recomendó un restaurante buenísimo. Trato excelente.
hotel 0 pd . Habitación correcta, nada del otro mundo.
hotel - pe,pr . lovely room but honestly the front desk lost our booking and we stood there for half an hour while they sorted it, ruined the start of our anniversary
hotel + pr . Early check-in no problem, late checkout no problem. Easiest stay I've had.
clinic - pr . Appointment was at 10:15, seen at 11:40. Nobody told us about the delay.
clinic + pe,pr . Had to cancel my appointment because of a flat tyre, they rebooked me for the next morning without any fuss. Thank you
clinic 0 pr . Can prescriptions be requested online or do I have to phone every time?
clinic + pe . Dr Okafor actually listened and explained everything. first time in years i left a GP feeling heard
clinic - pe . receptionist spoke to me like I was a nuisance for asking to see a female doctor
clinic 0 pe,pr . The nurse was nice. The wait was long. Thats about it.
clinic - pr c Three weeks for a blood test result that turned out to be lost. I've registered with the practice in Millbrook instead.
clinic 0 . s Nice article about vitamins, very helpful, i have been looking for this info for a long time
clinic 0 . s Cheap meds online without prescription!!! viagra cialis tramadol best price www.pharma-deals4u.biz
clinic 0 . s Did anyone see the new Marvel film? total waste of money, the plot made no sense
clinic + pr . In and out in 15 minutes, arrived early and they took me early too.
clinic - pd . The physio sessions are £65 each and you get 20 minutes. Way overpriced.
clinic 0 pr . It would help if the online booking showed which doctor you're getting.
clinic + pe . Nurse Jenny is a legend, did my jabs and my son wasn't even scared
clinic - pe,pr c Sent away twice with paracetamol and it turned out to be an infection. Not renewing our family health plan.
clinic 0 pd . treatment was fine, still a bit sore. will see how it goes
clinic + pd . the new dental hygiene treatment made a huge difference, gums no longer bleed
clinic - pr . Phone lines open at 8, by 8:05 all appointments gone. Every single day.
clinic 0 pr . Les horaires du samedi ne sont pas indiqués sur le site, pouvez-vous les ajouter ?
clinic + pe . Le docteur Martin est très à l'écoute, je recommande vivement.
clinic - pr c Rendez-vous annulé deux fois la veille sans explication. Je change de cabinet.
clinic 0 pe . La doctora fue correcta, aunque un poco seca.
clinic + pr . Me dieron cita para el mismo día, todo muy rápido.
clinic - pr . Llevo una semana intentando llamar y nadie coge el teléfono.
clinic 0 pr . waiting room is allways packed. maybe a second receptionist?
clinic + pe,pr . I was so nervous about the procedure but the team talked me through every step. Took a bit longer than promised but honestly I don't mind at all.
clinic - pe,pr . Doctor was lovely I'll give her that, but having to come back a third time because the lab lost the sample is ridiculous
clinic 0 pd . Reasonable price for the check-up, not cheap, not expensive.
pharmacy - pr . prescription 'not ready' for the third day running even though the surgery sent it last week
pharmacy + pe . Pharmacist spotted that two of my mum's meds shouldn't be taken together and phoned the GP for us. Can't thank her enough.
pharmacy 0 pr . do you open on bank holidays?
pharmacy 0 pd . They didn't have the brand I wanted but the generic one is fine I suppose.
pharmacy - pe . Staff discussed my prescription loudly in front of a queue of people. Zero discretion.
pharmacy + pr . ordered my repeat on the app at lunchtime and picked it up at 5. easy
pharmacy 0 . s Thank you for this wonderful blog post, it really helped me understand SEO better. Keep writing!
pharmacy 0 . s URGENT: your account has been suspended, verify your card details at secure-login-verify.co to avoid closure
pharmacy - pr c Out of stock of my inhaler again. Transferred all my repeats to the Boots in town, goodbye.
pharmacy 0 pe,pr . pleasant people, the queue moves slowly though. ok.
pharmacy + pe . Ahmed always has time for a chat with my dad, he really looks forward to his Thursday trip in.
pharmacy - pd . £9 for a small tube of cream that's £4 at the supermarket
pharmacy 0 pr . Could you text when the prescription is ready? Would save a wasted trip.
pharmacy + pe,pr . The queue was out the door but the lad on the till kept everyone smiling and it went quicker than expected. Fair play.
pharmacy - pe,pr c Gave me someone else's prescription. Could have been serious. I won't use this pharmacy again.
pharmacy 0 pd . flu jab was fine, arm a bit sore after. normal i guess
pharmacy + pd . Good range of gluten free stuff which is hard to find round here
pharmacy - pr . They close for lunch 1-2 which is exactly when anyone working can come in.
pharmacy + pe . Pharmacienne très compétente, elle m'a bien expliqué la posologie.
pharmacy - pr c Toujours en rupture de stock, je vais désormais dans la pharmacie d'en face.
pharmacy 0 pr . Bien mais un peu d'attente le samedi matin.
pharmacy + pe . Muy amables, me ayudaron a elegir un protector solar para mi hija.
pharmacy 0 pd . Precios normales, ni caros ni baratos.
pharmacy + pr . Dropped my prescription slip somewhere in the car park, they just reprinted it from the system in two minutes without a problem.
pharmacy - pe . the woman at the counter sighed every time I asked a question
pharmacy 0 pe . Not the friendliest bunch but they know their stuff.
pharmacy + pe,pd . Moved here from the chain pharmacy by the station and so glad I did, they actually know my name and always have my meds.
pharmacy - pd . Vitamins I bought were a week from their expiry date.
garage - pr,pd . Quoted £220 for the brakes, final bill £390. Nobody rang to ask before doing the extra work.
garage + pe . Kev is a legend. Came out on a sunday to jump start my car and wouldn't take a penny.
garage 0 pr . How long does an MOT usually take? Trying to work out if I should wait or leave the car.
garage 0 pd . Service done. car drives the same as before. fine.
garage - pe c Mechanic scratched my alloys and denied it. Taking my cars to Henderson's from now on.
garage + pr . Dropped the car at 8, done by 11, cheaper than the quote. Can't ask for more than that.
garage 0 . s Check out my channel for the best football highlights every week!!! subscribe
garage 0 . s lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod
garage 0 . s We offer first page google ranking guaranteed, cheap SEO packages, email seo.boost.team@mailbox.example
garage - pr . Car was meant to be ready Tuesday. It's Friday. I've had to rent one.
garage 0 pe,pd . Decent job on the clutch. The guy on the desk could smile once in a while.
garage + pe,pr . Annoyingly the part had to be ordered in and it took a week, but they lent me a courtesy car the whole time and kept me posted. Top service.
garage - pd . Tyres they fitted were worn down in 8 months.
garage 0 pr . Suggestion - a text when the car is ready would be handy, I rang three times to check
garage + pe . honest lads. told me I didn't need the new exhaust the dealer tried to sell me
garage - pe,pr c Kept my van 2 weeks for a 2 day job and charged for storage. never again
garage 0 pd . price about the same as everywhere else round here
garage + pd . aircon regas works brilliantly now, cold as a fridge
garage - pe . Le garagiste m'a parlé comme si je n'y connaissais rien. Désagréable.
garage 0 pr . Délais un peu longs mais travail correct.
garage + pe,pd . Réparation rapide et pas chère, je recommande ce garage à tous mes amis.
garage - pr c Tres semanas esperando una pieza. Me llevo el coche a otro taller.
garage 0 pd . El cambio de aceite bien, lo normal.
garage 0 pd . Whats the warranty on the replacement battery? the receipt just says 'standard'.
garage - pe,pr . The mechanic explained everything really clearly, but I waited two hours for a forty minute job and nobody offered me so much as a coffee.
garage + pr . got a slot for 8am the next day after booking online at midnight. brilliant
garage 0 pe . They're alright. not the cheapest, not the friendliest, not bad either.
garage - pd . Warning light came back on the same evening I picked it up.
bank - pr c Two hours on hold to report a stolen card. I'm moving my current account and savings to Monzo this week.
bank + pe . Priya in the Kingsway branch sorted my mortgage paperwork in one appointment. Such a relief.
bank 0 pr . is there a way to change my address online? the app only lets me view it
bank - pd . Interest on the savings account is a joke compared to the rest of the market.
bank + pr . Someone tried to use my card abroad and the fraud team blocked it and had a new card to me in two days. Impressive.
bank 0 pd . App is fine. Does what it needs to.
bank 0 . s Get a personal loan of up to 50,000 at 0.5% APR instantly, WhatsApp +44 7700 900812
bank 0 . s Dear customer your online banking is locked click here bank-secure-update.info to unlock
bank 0 . s I found this article really inspiring, thank you for sharing your journey.
bank - pe . The adviser kept pushing a credit card I clearly said I didn't want.
bank - pr c Closed the branch, closed the phone line, now they want me to do everything in an app. Account closed, switching to the building society.
bank 0 pr . Why does a transfer to another bank take 3 days on a weekend? just asking
bank + pe,pr . Branch was understaffed and I queued a while, but the cashier who served me was so patient with my dad's power of attorney stuff. Really grateful.
bank - pr . They froze my account for a 'security check' and it took nine days to unfreeze. Couldn't pay rent.
bank 0 pe . Nothing to report really, cashier was polite, job done.
bank + pd . the new budgeting feature on the app has genuinely changed how I manage money
bank - pe,pr c Complaint ignored for 6 weeks. I will not be renewing the business account when it's up in March.
bank 0 pr . Opening hours on the door and on the website don't match, which one is right?
bank + pe . Had been with the other lot for 15 years, switched to you last month and the difference in customer service is night and day.
bank - pr c Frais cachés partout. J'ai clôturé mon compte et je suis parti chez une banque en ligne.
bank 0 pd . Application correcte mais il manque des fonctions de base.
bank + pe . Mon conseiller est disponible et réactif, rien à redire.
bank - pd . Comisiones altísimas por mantener la cuenta, un robo.
bank 0 pe . Atención normal, ni buena ni mala.
bank + pr . couldn't fault it, card replacement arrived next day
bank - pe . told by a branch manager that it was 'my own fault' I got scammed. disgusting
bank + pr . Mortgage approved way quicker than the broker said it would be.
bank 0 pd,pr . fees are ok, the online banking logs me out a lot.
telecom - pr c Internet down 4 days, 6 calls, 6 different excuses. I've requested my PAC code and I'm porting my number out.
telecom + pe . Engineer turned up early, fixed the line in 20 mins and explained what went wrong. brilliant
telecom 0 pd . looking for a tariff with more data but without a handset, does that exist?
telecom - pd . Price went up 14% mid-contract. For the exact same patchy signal.
telecom 0 pd . broadband speed is what they said it would be. nothing more
telecom 0 . s what a match last night, cant believe that last minute goal!!! COYS
telecom 0 . s hjhjhjhjh kkkkk lol
telecom 0 . s Buy Instagram followers 10k for $5, best quality real accounts, visit followboost.example
telecom - pe . agent hung up on me. twice.
telecom - pr c Please cancel my contract at the end of this month. I've had enough of the dropped calls.
telecom + pr . Switched to you from my old provider and the whole thing took ten minutes in the shop, number moved same day.
telecom 0 pr . Billing date moved without warning, could someone explain why?
telecom + pe,pr . Honestly the hold music nearly drove me mad, but once I got through, Dan sorted the roaming charges and refunded the lot. Legend.
telecom - pr . Been billed for a router I returned in January. Have the tracking number and everything.
telecom 0 pe,pr . Chat agent was helpful enough but it took an hour to get there. meh
telecom - pd,pr c No signal in my own kitchen and they tell me it's 'within tolerance'. Not renewing, already ordered a sim from another network.
telecom + pd . Unlimited data plan is great value, use it for hotspot all the time
telecom 0 pr . would be nice to get an email before the contract ends rather than being rolled onto a higher price
telecom - pe,pr . Great deal on the phone but when it broke the shop staff sent me to the helpline and the helpline sent me back to the shop. Still no phone.
telecom + pr . Problem with the bill fixed in one call, no transfers, no fuss.
telecom - pr c Trop de coupures, j'ai résilié mon abonnement et je passe chez la concurrence.
telecom 0 pd . Forfait correct pour le prix, la couverture à la campagne est moyenne.
telecom + pe . Technicien ponctuel et très professionnel, tout fonctionne.
telecom - pr . Me cobran una permanencia que nunca firmé.
telecom 0 pr . ¿Cómo puedo cambiar la titularidad de la línea?
telecom + pd . fibre has been rock solid for a year now, not one outage
telecom 0 pd . Its fine. not the worst provider I've had but not good either.
telecom + pe . The lady in the high street shop set up my nan's phone with big text and all her contacts. So kind.
transport - pr c Train cancelled four mornings out of five this week. Not renewing my season ticket, I'll drive.
transport + pe . Left my laptop on the 7:42, lost property had it the same afternoon. Genuinely thought it was gone for good.
transport 0 pr . Are bikes allowed on the peak time services? the rules page contradicts itself
transport - pe . Driver pulled away while my mum was still getting to her seat with a walking stick.
transport 0 pd . Seats are ok, wifi doesnt work half the time. its a bus.
transport 0 . s Recipe: mix 200g flour, 2 eggs, milk, pinch of salt. best pancakes ever, trust me
transport 0 . s Heavy rain forecast all weekend again, summer where are you??
transport 0 . s Make money online from your phone, no experience, click bit.ly/rich-fast-now
transport + pr . Got into Leeds ten minutes ahead of time, first time ever. Whoever is running the timetable now, keep it up.
transport - pd . £64 return for standing room only. Ridiculous.
transport 0 pr . Please put the platform changes on the app before announcing them, half the train missed it
transport - pr,pe c Stranded at midnight with no replacement bus and no staff. I'm getting a car and I won't be using your trains again.
transport + pe . conductor on the Sunday afternoon service to Bath is a legend, funniest announcements ive ever heard
transport 0 pe,pr . Staff helpful at the station but the delay repay form is a maze.
transport - pr . Ticket machine ate my card, no staff at the station until 9.
transport + pr . Delay repay paid out within a week without me having to chase. Pleasantly surprised.
transport 0 pd . Fine for short hops, I wouldnt do the long journey on it.
transport + pd . the new carriages are so much comfier, and actual plug sockets that work!
transport - pr c Retards tous les jours, je ne renouvelle pas mon abonnement annuel.
transport 0 pr . Serait-il possible d'ajouter un bus le dimanche soir ?
transport + pe . Le chauffeur a attendu que je coure jusqu'à l'arrêt, très sympa.
transport - pr c El autobús nunca pasa a su hora. Me he sacado el carné de conducir y se acabó el transporte público para mí.
transport 0 pd . El tren está limpio, pero los asientos son incómodos.
transport + pr . Perdí el bono en el andén y me lo guardaron en taquilla. Gracias.
transport - pe,pr . the guard was polite about it, fair enough, but being kicked off at Crewe with no onward train at 11pm is not acceptable
transport + pe,pr . Missed my connection because of your delay and expected a fight, but the lady at the desk just put me on the next one and gave me a coffee voucher. Can't complain.
transport 0 pr . not sure why the 8:15 is always 4 carriages when its the busiest train of the day
transport 0 pd . Weekly pass seems fair value I suppose.
gym - pr c Tried to cancel my membership three times, they keep saying it has to be in person. Consider this my written notice: cancel it.
gym + pe . Sam the PT is an absolute legend, down 8kg and actually enjoying it
gym 0 pr . Any plans to open earlier than 6am? Some of us start work at 7
gym - pd . Half the treadmills have had 'out of order' signs on them since Christmas.
gym 0 pd . Decent equipment, changing rooms could be cleaner. It's ok.
gym 0 . s Who's going to the Coldplay gig in June? spare ticket if anyone wants it
gym 0 . s BUY ETHEREUM NOW before it moons 🚀 join our telegram group for signals
gym - pe . Staff on reception are always on their phones. Asked for help with a locker and got ignored.
gym + pr . Froze my membership while I was injured with one email. No hassle at all.
gym - pd,pr c Another price rise and the classes are always full. Not renewing in April, the leisure centre is half the price.
gym 0 pe . Instructors fine, music too loud in spin.
gym + pd . Pool is always warm and never crowded after 8pm, love it
gym 0 pr . Can guests use the sauna on a day pass or just members?
gym - pr . Booking system lets 30 people book a class with 20 bikes.
gym + pe,pr . Waiting list for the pilates class was long, I won't lie, but the teacher is so good it was worth every week of it.
gym - pe,pd c Dirty showers, rude manager, broken lockers. Going to PureFit instead, already signed up.
gym 0 pd . not the worst gym ive been to, not great either
gym + pe . Joined after getting fed up with my old gym's attitude, and the staff here actually say hello and know your name.
gym + pr . My wedding ring slipped off in the changing room and one of the cleaners found it and handed it in. I nearly cried.
gym - pr . Impossible de réserver un cours après 18h, tout est complet en deux minutes.
gym + pe . Coach très motivant, ambiance au top.
gym 0 pd . Salle correcte, un peu petite aux heures de pointe.
gym + pd . Instalaciones nuevas y muy limpias, me encanta.
gym 0 pr . ¿Se puede pagar por meses sin matrícula?
gym + pr . the app is simple, book class, turn up, done. no complaints
gym - pe,pr . Love the trainers here honestly, but 25 minutes queuing at the door because the card reader's broken again is getting beyond a joke.
gym 0 pe,pd . good vibe, kit a bit dated. fine for the money.
gym + pd . Best value membership in town and the weights area is massive.
salon - pe,pd c Asked for a trim, came out with a bob. Stylist argued with me about it. Won't be back.
salon + pe . Chloe is the only person I'll let near my hair. Colour is perfect every single time.
salon 0 pr . walk-ins on a saturday, or is it appointment only?
salon - pr . Turned up for my 2pm and they'd double booked. Sat waiting 45 minutes.
salon 0 pd . cut was fine, bit pricey for a wash and trim
salon 0 . s This is the best blog about home decor I've ever read, please write more!
salon 0 . s zxcvbnm zxcvbnm zxcv
salon 0 . s Lose 10kg in 7 days with our miracle slimming pills, order now at slimfast-pills.example, free shipping!
salon + pr . I had to cancel last minute because my son was ill and they didn't charge the fee, just moved me to Tuesday. Really appreciated it.
salon - pd . Gel nails started lifting after four days.
salon 0 pe . The girls are lovely, just a bit chatty for me when I want to relax.
salon + pd . balayage came out exactly like the picture i showed, obsessed
salon - pe,pr c Rushed job, uneven fringe, and she was on her phone in between. I've booked in somewhere else for next month.
salon 0 pr . Would be handy to book online, the phone is always engaged.
salon + pe,pr . Running 20 mins late when I arrived, which was a bit annoying, but Jess gave me a scalp massage to make up for it and my hair's never looked better.
salon - pe . Made a comment about my weight while cutting my hair. Unbelievable.
salon 0 pd . The products they use smell lovely. Wish they'd sell them in the salon.
salon + pe . I was terrified after a bad experience at another salon, and the team here were so gentle and reassuring.
salon + pe,pd . Coiffeuse adorable et coupe parfaite, je reviendrai sans hésiter.
salon - pr c Rendez-vous oublié deux fois. Je ne remettrai plus les pieds dans ce salon.
salon 0 pd . Prix un peu élevés mais résultat correct.
salon - pd . El tinte me quedó naranja y me cobraron 80 euros.
salon + pe . Muy profesionales, salí encantada con el corte.
salon 0 pe,pr . Stylist lovely, waiting area freezing. swings and roundabouts
salon + pr . Can't fault it. On time, relaxed, no upselling.
salon - pe,pd . Manicure looked nice in the shop, I'll give her that, but half of it had chipped before I even got home and they wouldn't redo it.
salon 0 pr . what's the cancellation policy? couldnt see it anywhere
salon + pd . beard trim + hot towel for £15, bargain
shop - pe . Security guard followed me round the whole shop. Felt like a criminal.
shop + pe . Elderly lady at the till noticed I'd been overcharged and refunded me before I even spotted it.
shop 0 pr . click and collect for the bigger items like sofas, possible?
shop - pr c Returns counter closed 'for training' for the 3rd weekend in a row. I'll do my shopping on Amazon from now on.
shop 0 pd . Jeans were ok. sizing runs small.
shop 0 . s Happy birthday to my sister Lisa!! love you loads xx
shop 0 . s Hot singles in your area waiting to meet you tonight, sign up free www.meet-now.example
shop 0 . s Thanks for the great article about kitchen renovation, bookmarked
shop + pr . Queue was huge but they opened three extra tills straight away. Out in five minutes.
shop - pd . Kettle stoped working after 2 weeks. Cheap rubbish.
shop 0 pe,pd . Good selection, staff don't really know where anything is though.
shop - pe,pd c Sold me a faulty TV and refused a refund. I'll never set foot in this store again.
shop 0 pr . Please bring back the self checkout by the entrance, the new layout is confusing
shop + pd . great quality for the price, my boots have lasted 3 winters
shop - pr . Online it said 'in stock', drove 40 minutes, it wasn't.
shop + pe,pr . Bit of a mix up with my order at first, I'll be honest, but the floor manager Rashid fixed it on the spot and threw in free delivery. Would definitely shop here again.
shop 0 pd . got what I came for, nothing special, in and out.
shop - pe,pr c Asked four different people for help and nobody bothered. Bought it from the competitor across the road instead and will keep doing so.
shop 0 pe . the staff are ok, a bit busy to help most of the time
shop + pe . I'll be back! The girl in the shoe department spent 30 mins helping me find a pair for a wedding.
shop - pd . Article défectueux et aucun remboursement possible, seulement un avoir.
shop 0 pr . Horaires d'ouverture pratiques, parking un peu petit.
shop + pe . La dependienta me ayudó muchísimo a encontrar un regalo.
shop 0 pd . Buena variedad, precios algo altos.
shop + pr . Ordered at 10, collected at 2. Dead easy.
shop - pr . changing rooms shut at 5pm on a saturday?? why
shop 0 pr . Could you put prices on the shelf edges in the garden section? had to ask for every plant
shop + pd . The bakery counter croissants are genuinely as good as in France
delivery - pr . Parcel marked as delivered. It wasn't. Photo shows someone else's front door.
delivery + pe . Driver carried my new washing machine up three flights of stairs without being asked. Hero.
delivery 0 pr . Is it possible to choose a delivery slot or is it just 'sometime today'?
delivery - pe,pr c Courier threw my parcel over the gate into a puddle. Every order I've placed with you has been late or damaged, so I've cancelled my subscription.
delivery 0 pd . Packaging was a bit excessive for one small item but it arrived fine.
delivery 0 . s Just finished watching that new detective series, the ending!!! no spoilers but wow
delivery 0 . s Your package could not be delivered, pay the £1.99 redelivery fee here: royal-parcel-redeliver.example
delivery 0 . s Best crypto casino 2024, 200% bonus on first deposit, visit now
delivery + pr . Arrived a day early and the tracking was spot on the whole way.
delivery - pr . Waited in all day for a 'between 8 and 6' slot. Came at 6:45.
delivery 0 pr . Tracking page didn't update for two days but it did arrive in the end.
delivery - pr,pd c Once again my shopping has turned up with missing items and warm frozen stuff. Cancelled the delivery pass, I'm going back to the other supermarket's delivery.
delivery + pe,pr . Was out when they came, no note, which annoyed me at first. But the driver rang, came back that evening off his own back. Legend.
delivery 0 pe . driver was friendly enough. parcel fine.
delivery - pe . The driver was shouting down the phone the whole time and practically threw the box at me.
delivery + pd . Food still hot when it arrived, even in the rain. Impressed.
delivery 0 pr . A safe place note option in the app would be great, instead of having to ring up.
delivery - pr c Two weeks for a 'next day' delivery. Would not recommend to anyone, I'm using a different service from now on.
delivery + pr . Delivery was rescheduled because of the snow, they texted me the day before and it came the next morning no problem.
delivery - pr . Colis livré au mauvais étage, j'ai dû frapper chez tous les voisins.
delivery + pe . Livreur très poli et ponctuel, rien à dire.
delivery 0 pr . Le créneau de livraison est trop large, pourriez-vous le préciser ?
delivery 0 pr . Llegó bien, aunque un día más tarde de lo previsto.
delivery + pr . Pedido perfecto y antes de lo esperado.
delivery - pd . half the eggs smashed. again.
delivery 0 pd . delivery fee feels steep for a 10 minute drive but ok
delivery + pe . The lad who delivers on our street always waits for my dad to get to the door. Proper decent.
delivery 0 pe,pr . Polite courier, but left the parcel with a neighbour I've never met. Came out ok in the end.
trades - pr . Plumber said Monday. Then Wednesday. Then stopped answering texts.
trades + pe,pd . Electrician rewired the whole kitchen, tidied up after himself and even hoovered. Can't fault him.
trades 0 pr . Do you give written quotes before starting or just a verbal estimate?
trades - pd c New boiler broke down twice in the first month. Cancelling the annual service plan and getting someone else in.
trades 0 pd . roof fixed, no leaks so far. price was about what I expected
trades 0 . s Such an interesting read about Bali, do you have any more travel tips?
trades 0 . s Instant payday loans, bad credit OK, text LOAN to 60777 now
trades + pr . Had a burst pipe on christmas eve and they had someone round within the hour. Absolute lifesavers.
trades - pe . Decorator left paint on my carpet and got shirty when I pointed it out.
trades 0 pe . The joiner was fine, kept himself to himself.
trades - pr,pd . Invoice included 4 hours labour for a job that took under two. I was home the whole time.
trades + pe . Dave the tiler is a legend, bathroom looks like a hotel now
trades 0 pr . Weekend callout charge - how much? it wasnt mentioned on the phone
trades - pe,pr c Builder walked off the job halfway through with my deposit. Never again, and I'm telling everyone on the street.
trades + pe,pr . Took a while to get a date, they're obviously busy, but once they started the lads worked like machines and finished a day early.
trades 0 pd . fence is up, looks ok. one panel a bit wonky.
trades - pe,pd . Lovely guy, chatted away all morning, which is all well and good, but the tap he fitted is dripping again and he's not picking up.
trades 0 pr . Could you send a text the day before to confirm the time slot? would help us plan
trades + pd . new windows have made a massive difference to the heating bills already
trades - pr c Artisan jamais venu au rendez-vous, deux fois. Je fais appel à une autre entreprise.
trades 0 pd . Travail correct, finitions à revoir.
trades + pe . El fontanero vino rápido y me explicó todo. Muy recomendable.
trades 0 pd . Presupuesto razonable, el trabajo normal.
trades + pr . Quote came through same day and the start date never moved. That never happens! definately using them again
trades - pd . grout cracking already after 3 weeks
trades + pe . Had a cowboy firm before you lot who left a mess, so it's a relief to have someone who turns up when they say and does it properly.
trades 0 pe,pr . Nice enough fella, bit hard to get hold of.
trades + pd . Garden wall rebuilt better than the original. really chuffed
florist - pd . Paid £55 for a bouquet that was wilting the next morning.
florist + pe . Told them it was for my mum's funeral and they were so gentle about it. The wreath was beautiful.
florist 0 pr . Sunday delivery possible? Want to surprise my wife for our anniversary
florist - pr c Valentine's roses never turned up, just an automated sorry email. I'll be using a different florist from now on.
florist 0 pd . Flowers were nice, smaller arrangement than the photo online.
florist 0 . s Does anyone know a good recipe for lemon drizzle cake? mine always sinks
florist 0 . s Get more website traffic with our SEO backlinks service, 1000 links for $20, contact linkmaster@seo-links.example
florist + pr . Forgot our anniversary until 3pm, rang in a panic and they had flowers at her office by 5. You saved my marriage.
florist - pe . Woman in the shop was really short with me when I asked for something under £20.
florist 0 pr . could you add the delivery time window to the confirmation email?
florist + pd . The peonies lasted almost two weeks, gorgeous
florist - pr,pe c Wrong name on the card at my dad's funeral. No apology. We won't be using you again for anything.
florist 0 pe,pd . Arrangement was fine. Staff seemed rushed.
florist + pe . Lily is a genius, I said 'something wild and yellow' and she nailed it
florist - pr . Delivered to the wrong house. The neighbour kept them for two days.
florist 0 pd . Bit pricey but it's a florist, they all are.
florist + pe,pr . The order got mixed up and they sent lilies when my sister is allergic, but they swapped them same day and sent a little extra box of chocolates. Lovely people.
florist 0 pr . Any chance of a weekly subscription for office flowers? we'd be interested
florist - pd,pr c Wedding flowers were half what we paid for and arrived late. I'd advise any bride to go elsewhere; we'll never order from here again.
florist 0 pd . nice enough, not the best not the worst
florist + pd . Bouquet magnifique, ma mère était ravie. Merci !
florist 0 pr . Livraison possible le dimanche ?
florist - pd . Las rosas llegaron marchitas, una pena.
florist + pe . Me hicieron un ramo precioso en cinco minutos, muy amables.
florist + pr . Ordered from abroad for my grandmother's 90th, they sent a photo of her with the flowers. made my week
florist - pe,pd . gorgeous shop I'll grant you, but the girl who served me clearly couldn't be bothered and the bouquet was thrown together
florist 0 pe . Friendly but slow.
florist + pd . Best dried flower arrangements in town, fair prices too.
utility - pr . Estimated bills for 14 months even though I send a meter reading every month.
utility + pe . Rang about struggling with my bill and the advisor set up a payment plan with no judgement. Made a hard month a lot easier.
utility 0 pr . How do I get a smart meter fitted? The website just loops back to the FAQ.
utility - pr c Switching supplier as soon as my fixed deal ends. Seven months of wrong bills is enough.
utility 0 pd . tariff is about average. nothing to write home about
utility 0 . s I love this article!!! Can you write about climate change next? cheers
utility 0 . s Your energy refund of £348.20 is waiting, claim now at energy-refund-gov.example before midnight
utility + pr . Power cut at 10pm, back on by 11:30 and a text update every half hour. Can't fault that.
utility - pd . Direct debit doubled overnight with no explanation.
utility 0 pe . Advisor was polite. Took my reading. That's all.
utility - pe,pr c Been passed between departments for three months over a £400 overcharge. I've moved to another supplier and I'm going to the ombudsman.
utility 0 pr . Could the app show usage by day instead of by month?
utility + pr . Moved house and the account transferred without me having to do anything. Brilliant.
utility - pe . No-show from the engineer, and the call centre said it was 'my responsibility' to be in. I was in. All day.
utility + pe,pr . Water main burst on our road, which was a nightmare, but the crews were out all night and the lady on the helpline kept us updated. Credit where it's due.
utility 0 pr . switched to you from the big six last year, bills roughly the same so far
utility - pr . Paperless billing means I never see a bill and then get a final demand. Make it make sense.
utility 0 pd . Water tastes a bit of chlorine lately, is that normal?
utility + pd . The green tariff is actually cheaper than my old one, didnt expect that
utility - pr c Facturation erronée depuis six mois, je résilie mon contrat d'électricité.
utility 0 pr . Le relevé du compteur en ligne fonctionne, mais le site est lent.
utility + pe . Conseillère très aimable, problème réglé en un seul appel.
utility - pd . La factura de la luz ha subido un 40% sin avisar.
utility 0 pr . ¿Puedo cambiar la fecha de cobro del recibo?
utility + pe . Phil, who fitted our meter, did it in 20 mins, explained the display and left everything spotless. Legend.
utility - pe,pr . The lad who came out was great, no complaints about him, but it took eleven weeks and four missed appointments to get him here.
utility 0 pd . it's electricity. it works. fine.
utility + pr . Reported a leak online at night, got a call at 8am and fixed by lunch
"""
