"""A sixth bench set for comment analysis, written blind: read by `bench/textlens_own.py
--set sixth`.

419 comments, 28 for each of the 15 kinds of service business (restaurant, hotel, clinic,
pharmacy, garage, bank, telecom, transport, gym, salon, shop, delivery, trades, florist,
utility; one florist's spam line left out, the same text as a training example), in
English, French and Spanish; 53 say the customer is leaving (with look-alikes that do
not) and 43 are spam. Written for this bench on 2026-12-06 by two writers who opened no
code, example, rule or other bench set, after the examples of
`textlens/data/examples_forms_messages.py` were frozen: half short comments typed into a
form, half reviews and messages. First read by the analysis of a637983 and a10a5f9 (issue
25's fifth development round), before it was committed. One exposure: the one text whose
churn reading changed between those two commits was seen, and a verb added to the rule
for changes of details that same run without evidence ("delete my details") was taken
out again (commit after a10a5f9); nothing else was written from it, it was never used to
choose a limit or a weight, and it is in no training set. Same line format as
`bench/textlens_own.py`: business, sentiment (- 0 +), Ps (pe people, pr process, pd
product, comma-separated, or .), flags (c churn, s spam, or .), then the text. Spam has
sentiment 0 and no P and is left out of the sentiment figure.
"""

COMMENTS = """
restaurant - pe,pr,pd c waited 50 min for a cold burger and the waiter just shrugged. not coming back
restaurant + pd . pasta was spot on, portion was huge for the price
restaurant 0 pr . vous prenez les réservations pour 12 personnes le samedi soir ?
restaurant - pd . soup tasted like it came straight out of a tin. 14 euros for that??
restaurant + pe . Maria at the bar remembered my order from last month, lovely touch
restaurant 0 pd . came in to watch the match, screens were good, food was ok, nothing to write home about
restaurant 0 . s great post!! learned so much from this article, sharing it with all my friends
restaurant - pr . booked a table for 8pm, got seated at 8:45. whats the point of booking
restaurant + pe,pd . on a trouvé le serveur super sympa et le magret était parfait
restaurant 0 pe,pd . staff were friendly but my steak was overdone. mixed feelings tbh
restaurant - pe,pd . found a hair in my salad and nobody even said sorry
restaurant + . . nothing to complain about, we'll def come again for my mums birthday
restaurant 0 pd . la carta podría tener más opciones vegetarianas, solo hay una
restaurant - pd c menu changed and all the good dishes are gone. we'll go to the place across the road from now on
hotel - pd . room smelled of damp and the shower was lukewarm at best
hotel + pe,pr . left my charger in the room, reception posted it back to me next day for free. brilliant
hotel 0 pr . can i move my booking from the 12th to the 14th? same room type pls
hotel - pe . receptionist was rude and rolled her eyes when i asked about late checkout
hotel + pd . bed was sooo comfy, best sleep ive had in months
hotel 0 pd . bit pricey but the room was clean and breakfast decent. it was alright
hotel 0 . s Need a quick loan? Approved in 24h no credit check!! call 0800 555 1234 now
hotel - pr c charged twice for the same night and 3 weeks later still no refund. never booking with you again
hotel + pe . Le personnel était aux petits soins, un grand merci à Julien de l'accueil
hotel 0 pd . chambre correcte, sans plus
hotel - pd c wifi dropped every 10 min, impossible to work. ill be booking somewhere else for my next work trip
hotel + pd . couldnt find one thing wrong. spotless, quiet, great view over the harbour
hotel 0 pr . what time does breakfast finish on sundays?
hotel - pe,pd . paid extra for sea view, got the car park. staff said there was nothing they could do
clinic - pr . tried calling for an appointment 6 times, nobody ever picks up
clinic + pe . dr okafor actually listened and explained everything, first doctor whos ever done that for me
clinic 0 pr . is it possible to get my test results by email instead of coming in?
clinic - pe,pr c 90 min in the waiting room then the doctor rushed me out in 5. registering with another practice
clinic + pd . physio sorted my back out in 4 weeks, can walk without pain now
clinic 0 . s who else watched the match last night?? that was never a penalty lol
clinic - pe . la recepcionista fue muy borde conmigo, ni me miró a la cara
clinic + pr . online booking is so easy now, got a slot the same day
clinic 0 pe,pr . nurse was nice but the wait was long. average visit
clinic 0 pr . please update my address to 14 Elm Rd, flat 2. thanks
clinic - pd . the stitches got infected and i had to go to A&E to get it sorted
clinic + pr . they had to cancel my appointment but rang me themselves and rebooked for next morning, easy
clinic 0 pd . traitement ok je suppose, trop tôt pour dire si ça marche
clinic - pd . 150 quid for a 10 min consult is daylight robbery
pharmacy - pr . prescription "not ready" for the third time this week. whats the point of ordering online
pharmacy + pe . the pharmacist took time to explain how to take my new meds, really appreciated it
pharmacy 0 pr . do you deliver to care homes?
pharmacy 0 . s Buy cheap v1agra cialis online no prescription needed www.pills-best-price.biz
pharmacy - pe . la pharmacienne m'a parlé comme si j'étais idiote
pharmacy + pr . ordered at 9, ready by lunchtime. smooth as always
pharmacy 0 pd . prices about the same as the supermarket one
pharmacy - pd c out of stock of my inhaler AGAIN. moving my prescriptions to boots
pharmacy + pe,pd . siempre tienen lo que necesito y las chicas son muy amables
pharmacy 0 pe,pr . queue was longish, staff were ok. standard chemist really
pharmacy - pr c waited 25 min just to collect a bag that was already made up. next time im going to the one in the supermarket
pharmacy + . . switched here from the chain pharmacy down the road, wish i'd done it years ago
pharmacy 0 pr . could you text me when my repeat prescription is ready? number is on file
garage - pr,pd . car went in for a service, came back with a new rattle and 2 days late
garage + pe . Dave was honest and told me I didnt need new brakes yet. rare these days
garage 0 pr . how much notice do you need for an MOT?
garage - pd c quoted 300, charged 540. found another mechanic, not going back there
garage 0 pd . job done, price was normal. nothing to report
garage - pe . el mecánico me trató fatal por ser mujer, muy machista
garage + pr,pd . fixed the same day and cheaper than the quote!
garage 0 . s Crypto signals group 500% returns guaranteed join t.me/moonpumpz
garage 0 pr,pd . prix correct, délai correct. rien de spécial à dire
garage - pr . left 3 voicemails asking if my car was ready, nobody called back
garage + pd . top job on the clutch. see you again for the winter tyres, cheers lads
garage 0 pr . can i drop the keys through the letterbox the night before?
garage - pd . aircon "regassed" and still blowing warm a week later. waste of 90 quid
garage 0 pe,pd . mechanic was a bit grumpy, car seems ok now. average experience
bank - pr c closing my account. 3 weeks to unfreeze a card is unacceptable
bank + pe . Priya in the branch sorted my mortgage questions in 20 mins, very clear
bank 0 pr . how do i change the phone number linked to my account?
bank 0 . s I am Barrister James Kofi, I have an unclaimed inheritance of $4.5M for you, reply with your details
bank - pd . thanks for the app update but now it logs me out every 2 minutes, cant even check my balance. cheers
bank + pr . lost my card on holiday and the new one was at my hotel within 2 days. impressed
bank 0 pd . interest on the savings account is average, just so-so
bank - pd c otra comisión cobrada sin avisar. me cambio a un banco online ya
bank + . . been with them 15 years and never had a reason to leave
bank 0 . s SEO services cheap!! rank #1 on google in 7 days, contact seo.expert@fastrank.net
bank 0 pr . j'aimerais savoir si je peux faire un virement international depuis l'appli
bank - pe . advisor kept pushing a credit card i said three times i didnt want
bank + pe,pr . rang about fraud on my account, the guy was calm and sorted it all in one call
bank 0 pe,pr . branch staff helpful but you need an appointment for everything now. meh
telecom - pr,pd c cancelling my contract as soon as its up. 4 engineer visits and still no broadband
telecom - pd . signal drops every time i walk into my kitchen lol. great network
telecom + pe . the lady on the chat fixed my bill in 5 minutes, thank you Sandra!
telecom 0 pr . moving house next month, how do i transfer my broadband to the new address?
telecom 0 . s Messi is better than Ronaldo and its not even close, fight me
telecom - pr . 1h20 on hold only to be told to call a different number. thanks for nothing
telecom + pd . fibre is lightning fast since the upgrade, really happy with it
telecom - pd c ça fait 3 mois que la facture augmente sans raison, je pars chez la concurrence
telecom 0 pd . speeds are ok, about what they promised
telecom 0 . s asdkjfh asdlkfj qwpoeiru zxmcnv
telecom + pr . came over from another provider, the switch was painless and i kept my number
telecom - pe,pr . el técnico llegó tarde y encima dejó cables por todo el salón
telecom 0 pd . is there a cheaper plan without the tv bundle?
telecom 0 pe,pr . support guy was polite, problem is half fixed. we'll see
transport - pr . bus 42 just didnt show up. again. 40 min standing in the rain
transport + pe . driver waited when he saw me running for it, what a legend
transport 0 pr . are bikes allowed on the 7:15 train?
transport - pd . seats filthy and the heating stuck on full blast in july
transport 0 pr . journey was alright, on time more or less
transport - pr c monthly pass refund still not processed after 6 weeks. driving to work from now on, not renewing
transport + pr . trains on time all week, never thought id write that
transport 0 . s Gagnez 500€ par jour depuis chez vous !!! cliquez ici http://bit.ly/3xGagne
transport - pe . le contrôleur a été agressif avec une dame âgée, honteux
transport 0 pr . app says the 9 stops at Mill Lane but the sign at the stop says it doesnt. which is right?
transport + pd . new trams are clean and quiet, so much nicer
transport 0 pr . pueden poner más frecuencias los domingos por la tarde?
transport - pr . announcements said nothing, screens said nothing, we just stood there for an hour
transport 0 pd . price of a single is about right i suppose
gym - pd c half the machines out of order for a month. cancelling my membership
gym + pe . Tom's spin class is brutal in the best way, love it
gym 0 pr . can i freeze my membership for 2 months while im abroad?
gym 0 . s check out my fitness blog for free diet plans!! linktr.ee/getshredfast99
gym - pd . douches froides, casiers cassés, vestiaires qui puent
gym + pd . clean, never too busy, good kit. exactly what i need
gym 0 pd . its a gym. has weights. does the job
gym - pr c tried to cancel online and was told to come in person with a letter. what year is it. gone as soon as this is sorted
gym + pe . los monitores siempre te corrigen la postura, se nota que saben
gym 0 . s the new Marvel movie was so mid honestly, 2 hours of CGI and nothing else
gym 0 pr . ce serait bien d'ouvrir plus tôt le week-end, genre 7h
gym - pe,pd . the PT spent our whole session on his phone. 40 quid for that
gym + pd . nearly quit in january but the new classes kept me going. staying put
gym 0 pe,pd . staff are nice enough, equipment a bit old. its alright
salon - pd . asked for a trim and came out with a bob. cried in the car
salon + pe,pd . Chloé est une magicienne, ma couleur n'a jamais été aussi belle
salon 0 pr . do you do walk-ins on saturdays or is it appointment only?
salon - pr c turned up for my 3pm and they'd double booked me. found a new hairdresser
salon + pd . best fade ive had in this town, 10/10
salon 0 pd . haircut's alright. not amazing, not bad
salon 0 . s wow exactly the info i was looking for, thanks for the great writeup, keep posting
salon - pe . stylist spent the whole time moaning about her ex, barely looked at my hair
salon + pe,pr . i was running 20 mins late and they still fit me in, really kind of them
salon 0 pr . pls move my appointment from thursday to friday same time, thanks - Jess
salon 0 pd . ¿cuánto cuesta un tinte completo con pelo largo?
salon - pd c 52 for a wash and blowdry and it fell flat within the hour. won't be going back
salon + pd . been coming for years, never had a bad cut
salon 0 pe,pd . lovely girls but the colour wasnt quite what i asked for. mixed
shop - pr . tried to return a jumper with the receipt and they'd only give store credit
shop + pe . the lad on the till helped me carry everything to the car, didnt have to
shop 0 pd . do you stock gluten free bread?
shop 0 . s Bitcoin doubler: send 0.1 BTC get 0.2 back instantly!!! whatsapp +44 7700 900123
shop - pd c half the fruit was mouldy within a day. doing my shopping elsewhere now
shop + pd . great range of local stuff and the prices are fair
shop 0 pe,pd . staff friendly, prices a bit high. swings and roundabouts
shop - pe c security guy followed me round the whole shop like i was a thief. won't set foot in there again
shop + pr . self checkouts finally work properly, in and out in 2 mins
shop 0 . s ggggggggggg hhhhhhh lol
shop 0 pr . quels sont vos horaires le 1er mai ?
shop - pr . la cola era eterna y solo había una caja abierta
shop + pe . dropped my purse by the trolleys and someone on staff handed it in, everything still in it. honest people
shop 0 pd . went in for batteries, got batteries. standard
delivery - pr . parcel marked delivered, never arrived. the photo shows someone else's door
delivery + pe . courier rang ahead and left it with my neighbour like i asked, perfect
delivery 0 pr . can you deliver after 6pm? i work days
delivery - pd c third time the food has turned up cold and squashed. deleting the app
delivery 0 . s Cheap Ray-Ban sunglasses 90% off today only www.rayb4n-outlet.shop
delivery 0 pr . need to change the delivery address for order 55812 to 9 Park Ave please
delivery + pr,pd . arrived a day early and well packed. happy days
delivery - pe,pd . le livreur a jeté le colis par-dessus le portail, carton défoncé
delivery 0 pr . arrived inside the window they gave. standard
delivery 0 . s ¡Gana dinero desde casa con nuestro sistema! escribe al +34 600 000 111
delivery + pe . driver couldnt find the house so he called me, sorted in 2 min. sound
delivery - pr c tracking said "out for delivery" 3 days straight and nobody answers the chat. using a different courier from now on
delivery 0 pr . el pedido llegó, tardó un poco más de lo que decían pero bueno
delivery 0 pr . is there a way to get notified by sms instead of email?
trades - pe,pr . plumber said he'd come tuesday, turned up friday with no apology
trades + pe,pd . electrician rewired the kitchen, neat job and tidied up after himself
trades 0 pd . can you give me a rough quote for replacing a combi boiler?
trades - pd . new tap leaks already. 2 weeks old
trades + pe,pr . Marco was on time, polite and explained what he was doing. would use again
trades 0 pd . job done ok, bit of paint on the skirting but nothing major
trades 0 . s Cheap essay writing service, 100% original, no plagiarism!! visit essaypro-help.xyz
trades - pr c cancelled on me twice on the day. booked someone else and won't be using you again
trades + pd . el pintor dejó la casa impecable, muy contento con el resultado
trades 0 pr . merci de me rappeler pour fixer un rdv pour la chaudière, 06 12 34 56 78
trades 0 pe,pd . roofer knew his stuff but the price was steep. meh
trades - pr,pd . charged for 4 hours, was here for 2. asked for a breakdown, heard nothing
trades + pe,pd . honest guy, said it was a 5 min fix and only charged 20 quid
trades 0 pr . do you cover the north side of town or just the centre?
florist + pd . the bouquet for my mum was stunning, she cried
florist - pd . roses wilted the day after. for 45 quid i expected better
florist 0 pr . can you deliver to the hospital on saturday?
florist + pe,pd . la fleuriste a composé un bouquet magnifique avec mon petit budget
florist 0 . s Nice blog! Is this a wordpress theme? let me know, want one like it for my site
florist - pr c wedding flowers arrived 2 hours late, ceremony had already started. never again
florist + pr . ordered at 11 for same day, delivered by 3 with a handwritten card. lovely
florist 0 pd . flowers similar to the photo online. ok
florist 0 pd . do you have anything without lilies? my cat
florist + pd . gorgeous tulips, you'll definitely see me again at valentines
florist - pe . la señora de la tienda fue muy seca, como si le molestara
florist 0 pr . can you change the message on the card for order 3321 to "happy 60th dad"
florist + pd . arreglo precioso y duró casi dos semanas
florist 0 pd . prix dans la moyenne, bouquet correct
utility - pr,pd c bills doubled and the smart meter readings were wrong for months. switching supplier next week
utility + pe . rang about my bill and the advisor set up a payment plan without any judgement. thank you
utility 0 pr . moving house on the 1st, how do i transfer my account to the new address?
utility 0 . s Vote for change this election, the government has ruined this country!!!
utility - pr . coupure de courant pendant 9h et aucune info sur le site, bravo
utility + pe,pr . engineer came out same day for the gas leak, very reassuring
utility 0 pr . can i get paper bills again instead of email?
utility - pd . on m'a facturé une consommation estimée délirante, 3 fois la normale
utility 0 . s purple engine yesterday sandwich quickly the elephant of tomorrow banking
utility 0 pd . tariff is ok compared to the others i looked at
utility + pd . supply's been rock solid and the bills match what they quoted. happy customer
utility 0 pr . ¿se puede pagar la factura en efectivo en alguna oficina?
utility - pe c me colgaron el teléfono dos veces. en cuanto acabe el contrato me voy
utility 0 pe,pr . call took ages, guy was helpful once i got through. 50/50 really
restaurant - pd,pr c Waited 50 minutes for two pizzas and they came out lukewarm. Not worth the hassle, we won't be back.
restaurant + pe,pd . The waiter Marco was lovely with my kids and the lasagne was the best I've had in ages.
restaurant 0 pr . Do you take bookings for groups of 12 on a Saturday evening? Could not find it on the website.
restaurant - pe . Oh brilliant, nothing says fine dining like a server rolling her eyes when you ask for tap water.
restaurant + pe,pr . Our order was wrong the first time but the manager replaced it straight away and knocked dessert off the bill. Handled really well, thank you.
restaurant 0 pd . Food was ok. Nothing special, nothing bad. Portions a bit small for the price maybe.
restaurant 0 . s Great post admin!! very informative, keep sharing such content 👍
restaurant 0 . s Earn $500 a day working from home, message me on WhatsApp +44 7700 900812 for details
restaurant - pd,pe c On a trouvé un cheveu dans la soupe et le serveur a juste haussé les épaules. Plus jamais chez vous.
restaurant + pd . ¡Las tapas estaban riquísimas y muy bien de precio! Volveremos seguro.
restaurant 0 pd,pe . Half our table loved the curry, the other half found it far too spicy. Service was standard.
restaurant - pr . Booked a table online for 8pm, arrived and they had no record of it. Had to wait at the bar for 40 mins.
restaurant + pe . Many thanks to the chef who came out to check on my nut allergy. Very reassuring for an old lady like me.
restaurant 0 pd . Is still available the vegan menu on Sunday or only in the week?
hotel - pd c Room smelled of damp and the shower drain was blocked the whole stay. I've cancelled my booking for next month.
hotel + pe,pd . Reception staff upgraded us for our anniversary without us even asking. Room was spotless. Absolute gem.
hotel 0 pr . Bonjour, je souhaiterais modifier le nom sur la réservation 48213 : M. Patel au lieu de Mme Patel, mêmes dates. Merci.
hotel - pr . Check-in took over an hour because "the system was down". No apology, no glass of water, nothing.
hotel + pr,pe . The heating failed at 11pm, the night porter sent someone up within ten minutes and brought extra blankets. Superb.
hotel 0 pd . Breakfast was fine, room a bit small but clean. Location is the main selling point.
hotel - pe,pd . Dear Sir or Madam, I regret to say my stay fell well short of the standard advertised. The linen was stained and the housekeeping staff were rather curt.
hotel 0 . s Your parcel could not be delivered. Confirm your address here to avoid return: http://parcel-redeliver-uk.info/track
hotel + pd . Chambre magnifique avec vue sur le lac, literie très confortable. Je recommande !
hotel - pr,pd c Nos cobraron dos veces la misma noche y todavía esperamos el reembolso. No volvemos a reservar aquí.
hotel 0 pr . Hello, is possible to bring my dog? He is small and very calm. We want book 3 nights in May.
hotel + pe . Thank you to Aisha at the front desk, she sorted our taxi and restaurant tips like a pro.
hotel - pd . Lovely, a "sea view" room that looks straight onto the car park. Really got our money's worth there.
hotel 0 pd . Pool was closed for maintenance which was a shame, but otherwise the stay was alright.
clinic - pr c Three times I rang at 8am and three times all appointments were gone by 8:05. I'm registering with another practice.
clinic + pe . Dr Okafor actually listened and didn't rush me. First time in years I've felt heard by a doctor.
clinic 0 pr . Can I get my blood test results by email or do I need to come in?
clinic - pe . The receptionist spoke to my elderly father as though he were a child. Quite unacceptable.
clinic + pr,pe . My referral letter got lost, but the practice manager chased it personally and called me back the same day. Very grateful.
clinic 0 pr . Please note my new address: 14 Birch Lane, flat 2. Phone number stays the same.
clinic 0 . s Hello dear, I am Mrs Grace, widow of a minister, I need your help to transfer funds and you will receive 30%. Reply to my private email.
clinic + pe,pd . La kiné m'a vraiment soulagé le dos en trois séances. Merci beaucoup !
clinic - pr . Esperé dos horas en la sala de espera teniendo cita previa. Nadie nos explicó el retraso.
clinic 0 pe,pr,pd . Usual wait, usual check-up. Nurse was fine.
clinic + pd . The new physio room is so much cleaner and brighter than the old one, well done.
clinic - pd,pr c Paid £90 for a private consultation that lasted six minutes. Won't be renewing my membership plan.
clinic 0 pr . Serait-il possible d'avoir des rendez-vous en soirée ? Je travaille jusqu'à 18h et c'est compliqué de venir.
clinic + pe . Such a patient team with my autistic son during his vaccinations. Thank you all.
pharmacy - pr . Hi, sorry to complain, I know you're busy, but my prescription was "not ready" again after the app said it was. Third week in a row.
pharmacy + pe . The pharmacist took time to explain my new medication and the possible side effects. Really appreciated.
pharmacy 0 pr . Do you do flu jabs without appointment or should I book through your website?
pharmacy 0 . s CHEAP V1AGRA C1ALIS no prescription needed!!! www.pillz-discount-shop.biz
pharmacy - pe c El farmacéutico fue muy grosero con mi madre. Desde hoy compramos en la farmacia de enfrente.
pharmacy + pr . Ordered through your app at 9 and it was ready by lunchtime, brilliant service.
pharmacy 0 pd . ¿El genérico de este inhalador es igual que el de marca? La diferencia de precio es grande.
pharmacy - pd . Ils étaient en rupture de mon traitement pour la troisième fois ce mois-ci. Pas normal.
pharmacy 0 . s Thanks for sharing this, I was looking for information about vitamins for my blog too, check mine out!
pharmacy + pe,pr . Little mix-up with my repeat order but the lady on the counter phoned the surgery herself and sorted it in 10 mins. Top marks.
pharmacy 0 pe,pd . Service is ok, prices a bit higher than the supermarket. I mostly use you because you're close.
pharmacy - pr . Queue out the door and only one person serving. Twenty minutes for a box of paracetamol, really?
pharmacy 0 pr . Please update my phone number on file, the old one no longer works. I will call in to give you the new one.
pharmacy + pd . Love the new skincare range you've brought in, my skin has never been better!
garage - pd,pr c Car went in for brakes and came back with a new rattle and a bill £200 higher than the quote. Taking it elsewhere from now on.
garage + pe . Honest mechanics, told me I didn't need the expensive part the dealer had insisted on. Saved me a fortune.
garage 0 pr . ¿Cuánto tarda normalmente una revisión? ¿Puedo esperar allí o mejor dejo el coche?
garage - pr . Promised the car would be ready Tuesday. It's Friday. Nobody answers the phone.
garage + pr,pd . Collected on time, washed inside and out, and the invoice matched the quote to the penny. More of this please.
garage 0 . s I BUY ANY CAR cash same day!! call 0800 555 0199 best price guaranteed
garage 0 pd . Service done, car drives the same as before. Price was about what I expected.
garage - pe . Le mécanicien m'a parlé comme si j'étais idiote parce que je suis une femme. Très désagréable.
garage + pe,pd . Muchas gracias a Jorge, arregló el aire acondicionado en una hora y ahora funciona perfecto.
garage - pd . Great job guys, fixed the exhaust and somehow broke the radio. Genius.
garage 0 pr . Could you let me know if you offer courtesy cars? Mine will be in for about three days.
garage + pe . Been coming to Dave for 15 years and wouldn't go anywhere else.
garage - pr,pe c After waiting two weeks for a part, I was told they had "forgotten to order it". I have collected my car and shall not be returning.
garage 0 pd,pr . Work took a day longer than planned, but the price was fair. Swings and roundabouts.
bank - pr c Fourth time my card has been blocked abroad even though I told you I was travelling. I'm moving my account to another bank.
bank + pe . Mrs Hughes at the branch helped me set up online banking, very patiently. At 82 I was quite anxious but she made it easy.
bank 0 pd . I saw the personal loan offer on your website at 6.9% APR, does that apply to existing customers too?
bank 0 . s Dear customer, your account has been suspended. Verify your details within 24h at secure-bank-verify-login.com to avoid permanent closure.
bank - pr . Been on hold 55 minutes to report a fraud. Fifty-five. Minutes.
bank + pr . Disputed a payment on Monday, money back in my account on Wednesday. Quick and painless.
bank 0 pr . I've recently married, how do I change the name on my account and cards?
bank - pd . Les frais de tenue de compte ont encore augmenté sans aucune explication. Inadmissible.
bank 0 . s Crypto investment 300% returns GUARANTEED 🚀 join our Telegram group CryptoKingsVIP now, limited places
bank 0 pe,pr . L'appli marche bien pour le quotidien, le personnel en agence est correct. Rien d'exceptionnel.
bank - pe,pr c El asesor me prometió una respuesta sobre la hipoteca hace un mes y nunca me llamó. Cancelo todas mis cuentas.
bank + pd,pr . Honestly didn't expect much but the new savings account rate is decent and opening it took 5 minutes in the app.
bank - pr . Thanks so much for closing my branch and telling me to "use the app". I'm 79 and don't own a smartphone.
bank 0 pr . Is there a limit on how much I can transfer per day through online banking?
telecom - pr c Broadband down for 9 days and every call ends with "an engineer will be in touch". I'm switching provider at the end of the month.
telecom - pd . Paying for 500Mb and getting 40 on a good day.
telecom + pe,pr . The guy on the chat, Ravi, sorted my roaming issue in 5 minutes and even threw in some free data. Cheers!
telecom 0 pr . I'd like to change my billing date from the 1st to the 15th, is that possible?
telecom 0 . s Congratulations! You have been selected to win an iPhone 15. Click here to claim your prize: bit.ly/w1n-ph0ne
telecom - pr,pd c Vous avez augmenté mon forfait de 4 euros sans me prévenir. J'ai demandé la portabilité chez un autre opérateur.
telecom + pd . Signal has been so much better since the new mast went up. Finally can make calls from my kitchen lol
telecom 0 pd . What's the difference between the Unlimited and Unlimited Plus plans apart from the price?
telecom - pe . Your agent hung up on me twice. TWICE.
telecom - pr c Llevo tres semanas intentando dar de baja la línea y siempre me pasan con otro departamento.
telecom + pr . My phone got stolen, I called you, and a new SIM with the same number arrived next morning. Big relief, thank you.
telecom 0 pd . My contract ends in March, what upgrade options are there for existing customers?
telecom - pr . Why does it take four separate calls to update an address??
telecom 0 pe,pr,pd . Engineer was polite and came on time. Internet still drops now and then but less than before.
transport - pr . The 7:40 bus didn't show up again. Third time this week I'm late for work.
transport + pe . Shout out to the driver on route 12 this morning who waited for my nan to sit down before pulling off. Class.
transport 0 pr . Are concession passes valid before 9:30 on weekdays?
transport - pd . Carriage was filthy and the toilet out of order for a three-hour journey.
transport 0 . s lol who else is watching the match tonight?? come on you reds!!
transport - pr c Le train a encore été annulé sans préavis. J'ai acheté une voiture, vous ne me reverrez plus.
transport + pr . Refund for my delayed journey came through in two days, didn't even have to chase it. Impressed.
transport 0 pd . Seats are comfy enough, wifi is patchy. It gets you there.
transport - pe . El conductor no quiso parar aunque le hice señas en la parada. Muy mal.
transport 0 pr . Could you add a later service on Sundays? The last bus at 18:00 is too early for shift workers.
transport + pd,pe . The new trams are lovely and the staff at the info desk were really helpful finding my lost bag.
transport - pr . Your app says "on time" while I'm standing on the platform watching the board say cancelled. Love it.
transport 0 pr . I lost my season ticket, how do I get a replacement?
transport 0 pr . Some days the trains are great, some days a total mess. Depends on the line really.
gym - pr c Tried to cancel my membership and was told I must come in person with a signed letter. In 2024. Cancelling through my bank instead.
gym + pe,pd . Trainer Sophie is amazing, lost 8kg in three months and I actually enjoy coming now.
gym 0 pr . What are the opening hours over the bank holiday weekend?
gym - pd . Half the treadmills have had "out of order" signs on them for weeks. Showers are cold as well.
gym 0 . s Get ripped in 30 days with our natural supplement!! DM me for 50% off 💪💪
gym + pd . Super propre, matériel récent, et pas trop de monde le matin. Top !
gym 0 pd . Decent gym for the price, gets crowded after 5pm.
gym - pe c Los monitores están siempre mirando el móvil y no ayudan a nadie. No renuevo el abono.
gym + pr . Had a double direct debit, emailed on Sunday and it was refunded Monday with an apology. That's how it should be done.
gym 0 . s asdkjh qwe zzzz lkjlkj 12345 ffff
gym 0 pr . Est-ce que je peux suspendre mon abonnement pendant deux mois pendant mon voyage ?
gym - pr . Classes keep getting cancelled last minute with no notification on the app. Turned up for spin for nothing.
gym 0 pe,pd c The place is fine and the staff are nice, but I'm moving city so I'll be cancelling at the end of the month.
gym + pe . Love the vibe here fr, everyone's so chill and the staff actually remember your name 🙌
salon - pd c Asked for a trim and left with 10cm gone. Cried in the car. Never again.
salon + pe . Jess is a magician with colour, finally the blonde I always wanted!! 😍
salon 0 pr . Hi, can I move my appointment on Thursday from 2pm to 4pm? Thanks, Claire
salon - pr . Arrived on time for my booking and waited 35 minutes while she finished someone else's hair.
salon + pd,pe . Très bon accueil, coupe parfaite et prix raisonnable. Je reviendrai.
salon 0 . s Follow my page for daily beauty tips and giveaways!!! 💅💅 link in bio
salon - pe,pd . The stylist was on her phone the whole time and barely spoke to me. Haircut is fine, the experience wasn't.
salon + pr . The colour didn't take evenly the first time, but they redid it free the next day with no fuss. Really happy now.
salon 0 pd . How much is a balayage for shoulder length hair, roughly?
salon - pd . Me quemaron el cuero cabelludo con el tinte. Todavía me duele.
salon + pe . Very professional, a lovely calm atmosphere. The young lady who washed my hair was most gentle. Thank you.
salon 0 pd . It's alright. Cut was ok, a bit pricey for what it is.
salon - pe,pr c Third time they've double-booked me. I've found someone else, please delete my details.
salon + pd . Nails still perfect after 3 weeks, impressive!
shop - pd . Jumper shrank after one wash even though I followed the label. Cheap material.
shop + pe . The young man in electronics was so helpful choosing a laptop for my granddaughter. No pressure at all.
shop 0 pr . Do you price match other shops or only your own website?
shop 0 . s Your Amazon account has been locked due to unusual activity. Call 0800 000 0000 immediately to restore access.
shop - pr,pe c Refused a refund on unworn shoes with the receipt because the box was "damaged". You lost a loyal customer today.
shop + pr . Returned a kettle without a receipt and they still exchanged it. Great customer service.
shop 0 pd . Will the blue version of the coat be back in stock in size M?
shop - pe . Vendeuse très désagréable, elle m'a suivie dans tout le magasin comme si j'allais voler quelque chose.
shop 0 . s nice blog, very useful info, visit my site for cheap replica watches www.best-replica-watch.shop
shop + pd . Productos de buena calidad y muy baratos. Me encanta esta tienda.
shop 0 pd,pe . Some good bargains, some rubbish. Staff seem overstretched but they try.
shop - pr c Click and collect order sat on "being prepared" for 10 days then got cancelled. I'll just order from your competitor.
shop + pd,pe . Saw your 20% off weekend offer on Instagram, came in and the staff helped me find everything. Happy customer!
shop 0 pr . I'm a pensioner, is there a discount day? Someone told me Tuesdays.
delivery - pr . Parcel marked "delivered" but it's nowhere. The photo shows someone else's door.
delivery + pe . Driver carried the washing machine up three flights of stairs with a smile. Legend.
delivery 0 pr . Can I change the delivery address for order 77120? I'll be at work on Tuesday.
delivery 0 . s USPS: Your package is on hold due to an incomplete address. Update now: usps-redelivery-help.com
delivery - pr c Colis arrivé avec cinq jours de retard et carton éventré. J'utiliserai un autre transporteur à l'avenir.
delivery - pe . The driver threw my parcel over the fence. It had "fragile" written on it. Thanks a lot.
delivery + pr,pd . Food arrived 10 minutes earlier than estimated and still hot. Love it.
delivery 0 pr . Is there a way to leave instructions for the driver in the app?
delivery 0 . s Hey everyone check out my new music video on YouTube!! 🔥🔥 subscribe pls
delivery - pr,pe c Tres entregas fallidas y nadie contesta en atención al cliente. Me doy de baja de vuestro servicio premium.
delivery 0 pr . Livraison à l'heure. Rien d'autre à signaler.
delivery - pd . Half my grocery order was missing and the eggs all broken, very bad experience for me.
delivery + pr,pe . Missing item from my order, reported it in the app and got a refund plus a voucher within minutes. Really nice support team.
delivery 0 pr . Mostly reliable. Had a couple of late ones this month but nothing major.
trades + pe,pd . Plumber came same day, fixed the leak and cleaned up after himself. Would recommend to anyone.
trades - pr . Electrician said he'd come Monday, then Wednesday, then stopped answering texts. Still no lights in the hallway.
trades 0 pr . Do you give free quotes for loft insulation? We're in the north of town.
trades - pd . The new tiles are already cracking after a month and the grout is a mess.
trades 0 . s We offer SEO services to rank your website #1 on Google. Reply for a free audit.
trades + pd . Le carreleur a fait un travail impeccable dans notre salle de bain. Très soigné.
trades 0 pr,pd . Job done. Took two days as quoted. Price as agreed.
trades - pe,pd c El pintor dejó manchas por todo el suelo y encima fue maleducado. Buscaremos a otro para la cocina.
trades + pr . Boiler broke on Christmas Eve and you had someone here within two hours. Can't thank you enough.
trades 0 pr . Could you send the invoice again? I think the first one went to my old email address, the new one is on the booking.
trades - pr . Quote was £1,200, final bill £1,900 with "extras" nobody mentioned. Very disappointed.
trades + pe . Sam the roofer was polite, on time and explained everything. Proper old-school tradesman.
trades 0 pd . Is it normal for the new boiler to make a clicking noise when it starts? Works fine otherwise.
trades + pd,pr . There was a small leak after the install but they came back the next day and fixed it at no charge. Really happy with the kitchen now.
florist + pd . The flowers for my mother's funeral were beautiful and exactly what we asked for. Thank you for your care.
florist - pd . Roses were wilting the day after delivery. For £60 I expected better.
florist 0 pr . Do you deliver on Sundays? It's for a birthday.
florist 0 . s Great article admin, I learned a lot about flowers, thanks for this post!
florist - pr c Ordered for Valentine's, delivered on the 16th. My girlfriend was not impressed. Won't be ordering from you again.
florist + pe . La fleuriste a été adorable et de très bon conseil. Merci !
florist 0 pd . The arrangement was nice, not quite like the photo on the website but close enough.
florist - pd . Asked for no lilies because of my cat, and the bouquet was full of lilies. Not happy.
florist 0 . s Make money online fast!!! Visit www.easycash-now.net
florist + pd,pr . Ramo precioso y llegó puntual. Mi madre estaba encantada.
florist 0 pr . I need to change the card message on my order from "Happy Birthday Nan" to "Happy 90th Nan" please.
florist - pr . Tried to call three times about my order, nobody picks up and the voicemail is full.
florist + pd . Been ordering our office flowers from you for years, they always last well over a week. Never disappointed.
florist 0 pd . Do you have any plants that are safe for dogs?
utility - pr c Bill estimated again even though I sent meter readings every month. I've started the switch to another supplier.
utility + pe,pr . Power cut in our street, your team kept us updated by text and it was back in 3 hours. Good communication.
utility 0 pr . I'm moving on the 30th and want to keep you as my supplier at the new address, how do I transfer?
utility - pd . Prices up 40% in a year and nothing has improved.
utility 0 . s Hi, I am interested in your business, please contact me on WhatsApp for partnership +234 801 234 5678
utility - pe c L'agent au téléphone m'a menti sur mon tarif. J'ai résilié mon contrat aujourd'hui.
utility + pr . Set up my direct debit on your website in five minutes and got the £50 welcome credit. Easy.
utility 0 pr . Could you explain the standing charge on my latest bill? I don't understand it.
utility - pr . Hace un mes que avisé de una fuga de agua en la calle y sigue igual.
utility 0 pd . L'eau a un goût de chlore depuis quelque temps, c'est normal ?
utility - pr . Oh great, another letter saying my payment "failed" when the money left my account days ago. Very reassuring.
utility + pe . The engineer who fitted the smart meter was very courteous and explained how the display works. Thank you.
utility 0 pr . Please note my new email address for bills, the old one will be closed next week.
utility 0 pd . The smart meter saves a bit of hassle but I haven't noticed any difference on the bill.
"""
