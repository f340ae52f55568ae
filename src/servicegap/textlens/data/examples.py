"""Hand-written comments for the learned layer, across restaurants, shops, hotels,
clinics, delivery, phone service and other counters.

One example per line: sentiment (- 0 +), topics (pe people, pr process, pd product,
comma-separated, or .), flags (c churn, s spam, or .), then the text.
"""

from __future__ import annotations

from servicegap.textlens.learn import Example

_TOPIC = {"pe": "people", "pr": "process", "pd": "product"}
_SENT = {"-": "negative", "0": "neutral", "+": "positive"}

EXAMPLES = """
- pr . We sat for forty minutes before anyone took our order.
- pr,pe . Nobody came to clear the table for half an hour.
- pr . They gave our table away even though we had booked it a week ago.
- pr . The delivery was two hours late and nobody told us why.
- pr . My parcel never arrived and the tracking still says out for delivery.
- pr,pe . I asked for the bill three times before it came.
- pr,pe . I had to ask twice for water.
- pr . Waited 25 minutes at the counter for a coffee.
- pr . The appointment was at 10 and I was seen at 11:30.
- pr . I was on hold for 50 minutes and then the line went dead.
- pe . They said someone would call me back and nobody ever did.
- pr,pe . I was told to call back later three times.
- pr . Our room was not ready until 6pm even though check-in is at 3.
- pr . The order was wrong, we got chicken instead of the vegetarian dish.
- pr . Half of my shopping was missing from the delivery.
- pr . I was charged twice for the same order and I am still waiting for the refund.
- pr . The refund took six weeks.
- pr . Still no reply to my email from last Monday.
- pr . The website would not let me pay so I had to phone.
- pr . They cancelled my appointment the morning of, with no explanation.
- pr . The queue at the checkout went out the door and only one till was open.
- pr . They lost my prescription and I had to come back the next day.
- pr . The driver left the parcel in the rain outside the wrong house.
- pr . Booked a table for eight, arrived to find no record of the booking.
- pr . The kitchen forgot our starters.
- pr . The food took over an hour to come out.
- pe,pr . Nobody answered the phone all afternoon.
- pr . It took three visits to get the repair done.
- pr . The lift was out of order for our whole stay and nobody fixed it.
- pr . My order was delivered to another address.
- pr,pe . The manager promised a refund and it never came.
- pr . We were moved to three different rooms in one night.
- pr . The test results were lost and I had to repeat the blood test.
- pr . My flowers were delivered a day after the birthday.
- pr . I chased the order by email four times.
- pr . The system was down so they could not take card payments.
- pr . Forty five minutes for a takeaway that was promised in fifteen.
- pr . I waited in reception for an hour past my appointment time.
- pr . Our luggage was left in the lobby and went missing.
- pr . The bill included drinks we never ordered.
- pr,pe . The courier never rang the bell and marked it as a failed delivery.
- pr . I still have not received the replacement they promised a month ago.
- pr . The line for breakfast took twenty minutes every morning.
- pr . They closed the kitchen early so we could not order dessert.
- pr . My prescription was not ready when I came to collect it.
- pr . The tracking number they gave me does not work.
- pr . Transferred between four departments and nobody could help.
- pe . The waiter was rude and rolled his eyes at our questions.
- pe . The receptionist was on her phone and ignored us.
- pe . The staff were dismissive when I raised the problem.
- pe . The cashier shouted at my son.
- pe . The nurse was condescending and did not listen.
- pe . The driver was aggressive and swore at me.
- pe . The manager argued with us instead of apologising.
- pe . The agent hung up on me.
- pe . The doctor did not even look at me during the appointment.
- pe . The barista laughed at my order with her colleague.
- pe . Staff were chatting among themselves and nobody served us.
- pe . The host was unfriendly and seated us by the toilets.
- pe . The sales assistant followed us around the shop like we were thieves.
- pe . The security guard was very rude to my elderly mother.
- pe . The technician was unprofessional and left a mess.
- pe . The housekeeper walked into our room without knocking.
- pe . The person on the phone kept interrupting me.
- pe . Nobody at the front desk seemed to know anything.
- pe . The stylist ignored what I asked for.
- pe . Unhelpful staff, nobody wanted to take responsibility.
- pe . He was sarcastic when I asked about the allergy information.
- pd . The food was cold and the chips were soggy.
- pd . The steak was overcooked and tough.
- pd . The room was dirty and the sheets had stains.
- pd . The bathroom smelled of damp and there was mould on the ceiling.
- pd . The roses had wilted by the next day.
- pd . The shoes fell apart after two weeks.
- pd . The coffee was lukewarm and bitter.
- pd . The pizza was burnt on the bottom.
- pd . Portions were tiny for the price.
- pd . The bed was uncomfortable and the pillows were flat.
- pd . The soup was bland and too salty at the same time.
- pd . The phone I bought has a faulty screen.
- pd . The shirt shrank after the first wash.
- pd . Way overpriced for what you get.
- pd . There was a hair in my salad.
- pd . The cake was dry and tasted stale.
- pd . The wifi did not work in the room.
- pd . The air conditioning was broken and the room was hot.
- pd . The fish smelled off.
- pd . The bouquet looked nothing like the picture.
- pd . The seats were cramped and uncomfortable.
- pd . The medication they gave me made no difference.
- pd . Signal is terrible everywhere in my flat.
- pd . The furniture arrived scratched and one leg was broken.
- pd . The music was so loud we could not talk.
- pd . The chicken was undercooked and pink inside.
- pd . Dirty glasses and sticky tables.
- pd . The haircut was uneven.
- pd . The bread was stale and the butter was frozen.
- pd . Cheap material, the bag ripped on day one.
- pd,pr . The parcel arrived crushed and the vase inside was broken.
- pd,pe . The food was lovely but the waiter was rude to us all evening.
- pe,pd . The staff were lovely but the room was tired and dirty.
- pd,pr . Great coffee, but we waited twenty minutes for it.
- pd,pr . The pasta was delicious, shame it took an hour to arrive.
- pe,pr . Friendly team, but the queue was far too long.
- pd,pe . Beautiful room, but reception was unhelpful.
- pe,pd . The dentist was gentle but the treatment was expensive.
- pd,pr . Nice flowers but they arrived a day late.
- pe,pr . The nurse was kind, although I waited two hours to be seen.
- pd,pe . Good food but the service was slow and the staff seemed annoyed.
+ pe . The waiter was attentive and funny, made our evening.
+ pe . The receptionist was so welcoming and remembered our names.
+ pe . The nurse was kind and put me at ease.
+ pe . Staff went out of their way to help us find a gift.
+ pe . The driver carried the boxes upstairs for my grandmother.
+ pe . The pharmacist took the time to explain everything.
+ pe . Our server was friendly and knew the menu inside out.
+ pe . The manager came over to check everything was alright.
+ pe . Very polite and patient staff.
+ pe . The agent on the phone sorted everything in five minutes and was lovely.
+ pe . The technician was professional and tidy.
+ pe . The doctor listened carefully and explained the options.
+ pe . Thank you to the team for looking after my mum.
+ pe . The stylist understood exactly what I wanted.
+ pe . The concierge booked us a great restaurant.
+ pe . The staff were warm and helpful from start to finish.
+ pr . The delivery came early and the driver texted ahead.
+ pr . Booking online was quick and easy.
+ pr . We were seated straight away even without a reservation.
+ pr . The refund was in my account the next day.
+ pr . Checked in within two minutes.
+ pr . Food arrived quickly and piping hot.
+ pr . The appointment started on time.
+ pr . Collection was smooth and the order was ready when they said.
+ pr . They replaced the faulty item without any fuss.
+ pr . No waiting at all, in and out in ten minutes.
+ pr . Parcel arrived the day after I ordered it.
+ pr . They called me back within the hour as promised.
+ pr . The repair was done the same day.
+ pr . Very efficient service.
+ pd . The food was delicious and the portions generous.
+ pd . Best pizza in town.
+ pd . The room was spotless and the bed was really comfortable.
+ pd . Gorgeous flowers, they lasted two weeks.
+ pd . Great coffee and the cakes are homemade.
+ pd . Good value for money.
+ pd . The dress fits perfectly and the fabric is lovely.
+ pd . Lovely view from the room and a great breakfast.
+ pd . The new phone works brilliantly.
+ pd . Fresh ingredients and lots of flavour.
+ pd . The treatment worked and my back feels much better.
+ pd . Nice atmosphere and good music.
+ pd . The steak was cooked exactly as I asked.
+ pd . The bouquet was even prettier than the photo.
+ pd . Clean, quiet room with a comfortable bed.
+ pe,pd . Amazing food and the staff were wonderful.
+ pe,pr . Friendly staff and quick service.
+ pe,pr,pd . Great food, fast service, lovely people.
+ pd,pr . Delicious meal and it came out quickly.
+ pe,pd . Kind staff and a beautiful hotel.
+ pe,pr . The team were friendly and we never had to wait.
+ pd,pe . The cake was perfect and the baker added a little note for my daughter.
+ pe . Not bad at all, the staff were nice.
+ pd . Not bad for the price.
+ pd . The food was not bad, actually quite good.
+ pe . I was not disappointed, the team were great.
+ pr . No complaints, everything was on time.
+ pd . Nothing to fault, the room was perfect.
+ . . Love this place!
+ . . Absolutely brilliant, thank you!
+ . . Excellent as always.
+ . . Will definitely be back.
+ . . Can't wait to come back.
+ . . Highly recommend.
+ . . Five stars from me.
+ . . Great experience overall.
+ . . We had a lovely time.
+ . . Perfect, thanks so much!
+ . . Best visit so far.
+ . . 👍 great
+ . . 😍😍
+ . . Superb ❤️
- . . Terrible experience.
- . c Never again.
- . . Awful, just awful.
- . . 😡😡 not happy
- . . 👎
- . . What a disappointment.
- . . Worst service I have ever had.
- . . Really poor.
- . . I expected much more.
- . . Not good enough.
0 . . What time do you open on Sundays?
0 pr . Can I change my booking to Friday?
0 pr . Do you deliver to the north side of town?
0 pr . Is there parking near the entrance?
0 pd . Do you have gluten free options?
0 pr . How do I get a copy of my invoice?
0 pr . Can I collect my order tomorrow instead?
0 pd . Does the room have a balcony?
0 pr . I would like to move my appointment to next week.
0 pd . Do you sell gift cards?
0 . . We came for my sister's birthday.
0 . . First visit, came with colleagues after work.
0 . . I come here most weeks.
0 pr . Ordered online and collected in store.
0 pd . We had the set menu.
0 pr . Please call me about my order.
0 pr . Is the clinic open on bank holidays?
0 pd . Are dogs allowed in the garden?
0 pr . Can I pay by bank transfer?
0 . . It was fine.
0 . . Average, nothing special.
0 . . Okay I guess.
0 pr . Please send the receipt to my email.
0 pe . Who was the nurse on duty on Tuesday morning?
0 pr . How long does delivery usually take?
0 pr . Need to rebook my appointment, what are my options?
0 pd . What is in the house salad?
0 . . Visited on Saturday evening with friends.
0 pr . Just checking my order went through.
0 pr . Could you confirm my reservation for Thursday?
- pe,pr c Ten years as a customer and nobody could help me, I'm moving to another bank.
- pr c After this I will take my business elsewhere.
- pe c You have lost a loyal customer.
- pr c Cancelling my membership today.
- pr c I am closing my account.
- pd c Won't be coming back, the food has gone downhill.
- pe c We will never set foot in there again after how the manager spoke to us.
- pr c Next time we will order from somewhere else.
- pr c I've switched to a competitor who actually answers the phone.
- pd c Last time I buy anything here.
- pe c Been coming here for years but that was our last visit.
- pr c Three late deliveries in a row, I'm done.
- pe c I'll be finding a new dentist.
- pr c Please cancel my subscription, I've had enough.
- pd c Not going back, the rooms were filthy.
- pr c I will not be ordering from you again.
- pe c We won't be recommending or returning.
- pr c Moving my phone contract to another network next month.
- pd c Sadly we'll look elsewhere for our flowers from now on.
- pe,pr c Five years loyal and this is how you treat me, goodbye.
- . c No longer a customer.
- pr c I'm going to shop somewhere else from now on.
+ pe . Will definitely be back to see the same waiter.
+ pd . We will come again for the desserts.
+ . . Can't wait to return next summer.
+ . . Would not hesitate to come back.
0 . s Buy cheap watches at www.cheap-watch-deals.com now
0 . s Best crypto investment opportunity, earn 500 a day, message me
0 . s CLICK HERE for a free iPhone http://win-prize.xyz
0 . s Call 0800 555 123 456 for the best loan rates today
0 . s Whatsapp +44 7700 900123 for discount followers
0 . s asdkjh qwrtp zxcvb mnbvc
0 . s hhhhhhhh jjjjjj kkkkkk
0 . s The new superhero movie was great, the sequel trailer looks amazing and the actor is brilliant.
0 . s Has anyone seen the film last night? The plot twist in the final episode was crazy.
0 . s good good good good good good good good
0 . s test test test test test test
0 . s Promo code SAVE50 gets you 50% off at our online store
0 . s Visit my website for cheap SEO services and backlinks
0 . s Congratulations you have won a prize, click the link below
0 . s Hot singles in your area, click now
0 . s lol lol lol lol lol lol lol
0 . s xjxjxj pppqqq wwwzzz
0 . s Check out my channel and subscribe for daily giveaways
- pd . La comida estaba fría y sin sabor.
- pr . Esperamos cuarenta minutos para la comida.
- pe . El camarero fue muy grosero con nosotros.
- pr c No vuelvo nunca más a este restaurante.
+ pe . El personal fue muy amable y atento.
+ pd . La comida estaba deliciosa.
+ pr . El pedido llegó rápido y bien.
0 pr . ¿Puedo cambiar mi reserva para el viernes?
- pr c Voy a cancelar mi suscripción, me paso a la competencia.
- pd . La habitación estaba sucia.
- pr . El pedido nunca llegó.
+ pd . Excelente calidad, muy recomendable.
- pd . Le repas était froid et sans goût.
- pr . Nous avons attendu une heure pour être servis.
- pe . Le serveur était très impoli.
- pr c Je ne reviendrai plus jamais dans ce magasin.
+ pe . Le personnel était très aimable et souriant.
+ pd . Le repas était délicieux.
+ pr . Livraison rapide, merci.
0 pr . Est-ce que je peux modifier ma réservation ?
- pr c Je vais résilier mon abonnement et aller chez un concurrent.
- pd . La chambre était sale.
- pr . La commande n'est jamais arrivée.
+ pd . Très bonne qualité, je recommande.
- pe . Customer service could not have cared less.
- pe . Nobody on the help line could tell me anything useful.
- pe . Their customer service team keeps giving me different answers.
- pe . The agent promised to help and then just disappeared.
- pe . I explained my problem three times to three different people.
- pe . No one takes responsibility for anything there.
- pe . The staff blamed each other instead of helping.
- pe . She told me it was not her job.
- pe . The man at the counter lied to my face about the stock.
- pe . Worst customer service I have come across.
- pe . They never communicate, you have to guess what is going on.
- pe . The team did not seem to care that my order was wrong.
- pe . The support person was patronising.
- pe . I was treated like a nuisance for asking a question.
- pe . Sent three emails and not one reply.
- pe . Can't get through on the phone, it rings and rings.
- pr . Still waiting for my money back.
- pr . The online booking system keeps crashing.
- pr . Changed my appointment without telling me.
- pr . My reservation disappeared from their system.
- pr . The opening hours online are wrong, we arrived to a closed door.
- pr . Delivery slot was 8 to 12 and it came at 6pm.
- pr . Had to go back twice to get the right size.
- pr . The checkout process is a mess.
- pr . Everything was delayed by a day.
- pr . They sent the wrong colour and the return label did not work.
- pr . Nobody was at the desk when we arrived.
- pr . Had to queue outside in the cold for half an hour.
- pr . Three weeks and still no update on my claim.
- pr . The phone line closes at 4, useless if you work.
- pd . The chicken was dry and the rice was cold.
- pd . Tasted like it had been microwaved.
- pd . Tiny room, thin walls, could hear everything.
- pd . The battery dies by lunchtime.
- pd . The lettuce was brown and the tomatoes were mushy.
- pd . Not worth the money at all.
- pd . The product broke the first time I used it.
- pd . The sofa is much smaller than it looked online.
- pd . Flavourless curry and watery sauce.
- pd . Greasy, salty and far too expensive.
- pd . The towels were stained and the carpet smelled.
- pd . Nothing on the menu was available.
- pd . The colour washed out after one wash.
- pd . The pastries were stale and hard.
- pd . Poor quality for such a high price.
- pd . The shower was cold every morning.
+ pd . Everything on the plate was perfectly seasoned.
+ pd . The curry was fragrant and the naan was still warm.
+ pd . Crisp, fresh and full of flavour.
+ pd . Lovely quality, exactly as described.
+ pd . The room had a lovely view and a very comfortable bed.
+ pd . The cocktails were excellent.
+ pd . Great selection and fair prices.
+ pd . The flowers were fresh and beautifully wrapped.
+ pd . Tender steak and perfect chips.
+ pd . Such a cosy place with a great menu.
+ pd . Really good value lunch deal.
+ pd . The new glasses are perfect, I can finally see properly.
+ pe . The team were brilliant with my kids.
+ pe . Our waitress was a star, so cheerful.
+ pe . Such a caring nurse, she made a scary day easier.
+ pe . The owner came to chat and made us feel at home.
+ pe . Brilliant customer service, they sorted it in one call.
+ pe . The lady on the phone was so helpful and patient.
+ pe . Really friendly and knowledgeable staff.
+ pe . The mechanic explained everything clearly and honestly.
+ pe . Thanks to the delivery driver who waited while I found my keys.
+ pr . Quick, easy and hassle free.
+ pr . Super fast delivery, arrived the next morning.
+ pr . The app made ordering simple.
+ pr . They fitted me in the same day.
+ pr . The return was processed within a day.
+ pr . Seated quickly and the food came fast.
+ pr . Everything ran like clockwork.
+ pr . Very organised, no waiting around.
+ . . Great place, would recommend to anyone.
+ . . Wonderful, we loved every minute.
+ . . Fantastic as usual.
+ . . Really enjoyed it.
+ . . Couldn't have asked for better.
+ . . The whole experience was a delight.
+ . . A real gem.
+ . . Always a pleasure.
+ . . Top notch.
+ . . So glad we found this place.
+ . . Impressed, will tell my friends.
+ . . 10 out of 10.
- . . Very disappointing visit.
- . . Not worth it.
- . c Do not go here.
- . . Avoid.
- . . A waste of time and money.
- . . Shocking.
- . . Below average in every way.
- . . I regret going.
- . . Not impressed at all.
- . . Such a let down.
- . c Meh, would not bother again.
- . . Total mess from start to finish.
- . . Nothing went right.
- . . I want my money back.
- . . Way worse than last time.
0 pr . Are you open on Christmas Eve?
0 pr . Can I book for six people on Saturday at 7?
0 pr . Where do I send the return?
0 pd . Do you have the blue one in a size 10?
0 pr . How can I track my parcel?
0 pr . Is it possible to change the delivery address?
0 pd . Is breakfast included in the price?
0 pr . What is the cancellation policy?
0 pr . Do I need an appointment or can I walk in?
0 pd . Do you do vegan desserts?
0 pr . Can someone call me about my booking please?
0 pr . I have sent my details by email.
0 pr . My order number is 48213.
0 pr . Please let me know when the item is back in stock.
0 . . Dropped in for a quick coffee before work.
0 . . We were a group of twelve for an office lunch.
0 . . Came on a Tuesday afternoon.
0 . . This was our second visit this year.
0 pr . I used the click and collect service.
0 pr . Following up on my call from yesterday.
0 pr . Is there a phone number I can call?
0 pr . Will the parcel be left with a neighbour if I am out?
0 pd . Which wine would go with the lamb?
0 pr . Can I pay with a voucher online?
0 . . Any plans to open a branch in the city centre?
0 pr . When will my refund be processed?
0 pe . Could I speak to the manager tomorrow?
0 . . Just passing through.
0 . . Tried it for the first time today.
0 . . My partner chose this place for our anniversary.
- pr c If this is not sorted by Friday I am going to a competitor.
- pe c After twenty years of shopping here, I will not be back.
- pd c Sorry but we are going to find another restaurant for our Friday nights.
- pr c Cancel my account, I have had enough.
- pr c I'm switching providers.
- pe c Consider this my last order.
- . c Never using this company again.
- pr c Moving my business to someone who replies.
- pd c We won't be ordering our cakes from here any more.
- pr c Terminating my contract as soon as I can.
- pe c You have lost my custom.
- . c Goodbye, you have lost us for good.
- pr c Je vais aller ailleurs la prochaine fois.
- pd c C'était la dernière fois.
- pr c Me voy a la competencia.
- pe c Última vez que compro aquí.
+ pr . We will be back again next week.
+ pe . Coming back for sure, thanks to the lovely staff.
0 . s Earn money from home, message me for details
0 . s Cheap followers and likes, visit my page
0 . s WIN WIN WIN click the link now
0 . s Best forex signals, join our telegram
0 . s fdsfdsf sdfsdf sdfsdf
0 . s aaaaaaaa bbbbbbb
0 . s Season two of that show was so much better than the first, the finale blew my mind.
0 . s Just watched the new episode, the lead actress is amazing.
0 . s Get your free trial today at bestdeals-online.top
0 . s Loans approved in minutes, call 0800 123 4567
- pe . Le personnel nous a ignorés pendant vingt minutes.
- pr . Livraison en retard de trois jours.
- pd . Les chambres sont sales et bruyantes.
+ pe . Accueil chaleureux et service impeccable.
+ pd . Des fleurs magnifiques, merci.
0 pr . Est-il possible de livrer samedi ?
- pe . Nadie nos atendió durante media hora.
- pr . El envío llegó con una semana de retraso.
- pd . El producto llegó roto.
+ pe . Un trato excelente, muy amables.
+ pd . Las flores eran preciosas.
0 pr . ¿A qué hora abren el domingo?
+ pr . No wait whatsoever, they took us to a table immediately.
+ pr . We didn't have to wait at all.
+ pr . Never had to ask for anything twice.
+ pd . Nothing was missing from the order and it was still hot.
+ pr . No queue, no fuss, in and out.
+ pe . Nobody rushed us, we could take our time.
+ pd . The food was not cold at all, it came out steaming.
+ pr . There was no delay, the courier came exactly on time.
+ pe . Not rude at all, actually very sweet.
+ pr . Never waited more than a couple of minutes.
- pd . I left hungry.
- pd . The portions have shrunk but the prices have not.
- pd . It was lukewarm by the time it reached the table.
- pd . The sauce tasted like it came from a jar.
- pd . The meat was chewy and full of gristle.
- pd . My drink was mostly ice.
- pd . The fries were limp and oily.
- pd . The room smelled of smoke.
- pd . The mattress sagged in the middle.
- pd . The paint on the walls was peeling.
- pd . Half the items on the shelves were out of date.
- pd . The print faded within a month.
- pd . The zip broke the first week.
- pd . The arrangement was half the size of the one pictured.
- pd . Everything tasted the same.
- pd . The dessert was frozen in the middle.
- pd . The coffee tasted burnt.
- pd . Hardly any filling in the sandwich.
- pe . The staff looked like they did not want to be there.
- pe . We were made to feel unwelcome.
- pe . The owner was arguing with a customer in front of everyone.
- pe . Nobody greeted us when we walked in.
- pe . The receptionist did not even look up.
- pe . Our server disappeared for most of the evening.
- pe . He talked to me like I was stupid.
- pe . The staff were too busy chatting to notice us.
- pe . She sighed every time I asked a question.
- pe . Customer service just reads from a script.
- pe,pr . Nobody could tell us when our food would come.
- pe . The person I spoke to promised a call back that never happened.
- pr . We had to wave to get anyone's attention.
- pr . Our starters and mains came out at the same time.
- pr . The booking confirmation never arrived.
- pr . My appointment was double booked.
- pr . They ran out of the main dish by seven.
- pr . The parcel sat in the depot for a week.
- pr . They charged the wrong card.
- pe . Every time I call I get a different answer.
+ pd . Each dish was better than the last.
+ pd . The flavours were spot on.
+ pd . Honestly the best burger I have had in years.
+ pd . The portions were huge and everything was hot.
+ pd . Comfortable beds and great showers.
+ pd . The bread is baked fresh every morning.
+ pd . Beautiful bouquet, my wife loved it.
+ pd . Very good quality for the price.
+ pd . The fish was perfectly cooked.
+ pd . The new sofa is so comfortable.
+ pd . Well made and looks great.
+ pe . The staff could not do enough for us.
+ pe . Our waiter gave great recommendations.
+ pe . Such a warm welcome.
+ pe . The dentist was gentle and reassuring.
+ pe . The courier was polite and careful with the box.
+ pe . Lovely people, always smiling.
+ pe . The manager fixed the problem straight away and apologised.
+ pr . Our food arrived in minutes.
+ pr . Quick and easy checkout.
+ pr . They kept me updated the whole way.
+ pr . Parcel came a day early.
+ . . We will be back for sure.
+ . . Loved it, totally worth it.
+ . . I would go again in a heartbeat.
+ . . Exceeded our expectations.
+ . . Really pleased with everything.
- . c I would not go back.
- . . Really not worth the hype.
- . . Very average and overpriced.
- . . The whole thing was a disappointment.
- . . Not what we expected at all.
- pe,pr . I was on hold for an hour and the agent hung up on me.
- pe . Rang the surgery five times, nobody picked up.
- pe . Left two voicemails with the salon and nobody called me back.
- pe,pr . The helpline put me through to three different people and none of them could help.
- pe,pr . Forty minutes on hold to be told they cannot change my order over the phone.
- pe,pr . I have emailed customer service four times and still no reply.
- pe,pr . Customer service keeps transferring me and I end up back at the start.
- pe,pr . The call centre said someone would ring within the hour, that was yesterday.
- pe,pr . Tried to reach the hotel all morning, the line just rings out.
- pe . The representative promised a callback and it never happened.
- pe . No answer on the phone and no response to my emails about the refund.
- pe,pr . After two hours on hold I got a person who put me straight back in the queue.
- pe . The woman on the phone was short with me and talked over me.
- pe . The agent I spoke to had no idea what she was doing.
- pe . Customer service was useless, they just read from a script.
- pe . Nobody at the help desk seemed to care about my problem.
- pe . The rep was rude and would not let me speak to a manager.
- pe . The receptionist laughed when I asked about my appointment.
- pe . Your support team keeps giving me different answers.
- pe . I asked for a supervisor and was refused.
- pe . The person at the counter ignored me and carried on chatting.
- pe . The pharmacist was condescending and spoke to me like a child.
- pe . The delivery driver was aggressive when I asked him to bring it to the door.
- pe . The hotel staff shrugged and said it was not their problem.
- pe . The florist argued with me instead of listening.
- pe . The nurse never introduced herself or explained anything.
- pe . Nobody at the store would take responsibility.
- pe . The manager blamed me for their mistake.
- pe . The staff member on the desk was on her phone the whole time.
- pe . The crew were unfriendly from start to finish.
- pe,pr . I had to explain my problem to four different agents.
- pe,pr . The shop told me the part was ordered, it never was.
- pe,pr . They said they would call when my glasses were ready and never did.
- pe,pr . I was told the refund was processed, it was not.
- pe,pr . Nobody at reception could tell us when the room would be ready.
- pe,pr . We were given wrong information by two different people at the desk.
+ pe . The agent on the phone sorted everything out in five minutes, very helpful.
+ pe . The lady at customer service was patient and kind.
+ pe . Huge thanks to the support team for getting back to me so quickly.
+ pe . The receptionist called me back within ten minutes, brilliant.
+ pe . The staff at the desk went out of their way to help us.
+ pe . The rep was friendly and really knew her stuff.
+ pe . The nurse was lovely and explained everything.
+ pe . Our driver was helpful and cheerful.
+ pe . Thank you to the gentleman at the counter who helped me find the right size.
+ pe . The crew were brilliant with our kids.
+ pe,pr . Someone answered straight away and rebooked my appointment on the spot.
+ pe,pr . They called me back the same day as promised.
- pr . My appointment was cancelled the day before and the next one is in three weeks.
- pr . The order was cancelled without any notice.
- pr . Our booking was cancelled and we only found out when we arrived.
- pr . The delivery has been delayed three times now.
- pr . Delayed again, this is the fourth time this month.
- pr . We missed our dinner because the taxi was an hour late.
- pr . The parcel is stuck in the depot and the tracking has not changed in a week.
- pr . My bag was lost at the cloakroom.
- pr . They lost my coat and offered nothing.
- pr . My case was left behind at the hotel and they sent it to the wrong address.
- pr . The box arrived damaged and half the glasses were broken.
- pr . The queue at security was over an hour.
- pr . The line at the counter did not move for thirty minutes.
- pr . The online booking system kept crashing so I could not book.
- pr . I was charged a change fee for an appointment they moved.
- pr . They overbooked the clinic and sent half of us home.
- pr . They rescheduled my delivery without asking me.
- pr . The app shows my order as delivered but nothing came.
- pr . The connection was missed because the first leg was late.
- pr . I still have not had my deposit back.
- pr . The voucher they gave me for the delay cannot be used online.
- pr . We waited on the platform for over an hour.
- pr . The appointment ran two hours late and there was nowhere to sit.
- pr . Nobody told us the shop would be closed.
- pr . Now I have to pay again to rebook.
- pr . They changed my booking without telling me.
- pr . Missed my appointment because the bus never came.
- pd . The room was freezing and the heating did not work.
- pd . No air conditioning and it was thirty degrees inside.
- pd . The seats were cramped and the table was sticky.
- pd . The wifi never worked during our whole stay.
- pd . The whole place smelled of damp.
- pd . The screen on the new phone cracked within a week.
- pd . The toilets were disgusting.
- pd . The coffee machine was broken and there was nothing to drink.
- pd . The sofa arrived with a torn cushion.
- pd . The bed was hard and the pillows were flat.
- pd . The van was filthy inside.
- pd . The drinks were warm and the snacks were stale.
- pd . Tiny seats with no room for my legs.
- pd . The roses were wilted by the next day.
- pd . The cake was dry and tasted of nothing.
- pd . The heater in the waiting room was broken and everyone sat in their coats.
- pd . Water dripped from the ceiling all night.
+ pd . The seats were roomy and comfortable.
+ pd . Great wifi and a lovely quiet room.
+ pd . The waiting room was warm and spotless.
+ pd . Really tasty snacks and good coffee.
0 . . Can I change my appointment to Friday?
0 . . What time does the shop open tomorrow?
0 pr . Is my order going to arrive before Saturday?
0 pr . How do I change the name on a booking?
0 . . Is there parking near the clinic?
0 pr . Can I get a refund if I cancel the day before?
0 pr . What is the reference number for my order?
0 pr . Please send me the link to reschedule.
0 pe . Who do I speak to about a group booking?
0 . . Are you open on bank holidays?
0 . . Please follow us back so we can send you a message.
0 pr . I sent you my order number in a message.
0 . . Any news on the new opening hours?
0 pr . Can I add a second item to my order?
0 . . Is the hotel near the station?
0 . . Just checking, do you take card?
0 pr . Will my order still go out today with the snow?
0 pr . My booking reference is in the email, can you check it?
0 . . Thanks, I will have a look.
0 . . Ok, I will call in tomorrow then.
0 pr . Which day will the delivery come?
- pd . The seats were so cramped my knees touched the seat in front.
- pd . No legroom at all on the coach, three hours of agony.
- pd . The wifi never worked the whole stay.
- pd . Wifi in the waiting room kept dropping every few minutes.
- pd . The screen on the back of the seat was broken so no entertainment for the trip.
- pd . The TV in our room had no signal.
- pd . The room was freezing and the heater did nothing.
- pd . It was boiling in the clinic waiting room, no air conditioning at all.
- pd . The train carriage was stuffy and smelled of old food.
- pd . The bus was filthy, sticky floor and rubbish under the seats.
- pd . The bathroom smelled of mould.
- pd . Sheets had stains on them and the pillows were flat.
- pd . The mattress was so old I could feel the springs.
- pd . My suitcase came back with a cracked handle after the repair.
- pd . The sofa they delivered had a torn cushion.
- pd . The charger they sold me stopped working after two days.
- pd . The phone screen cracked the first time it slipped.
- pd . The snack box was tiny and the sandwich was stale.
- pd . The coffee was lukewarm and tasted burnt.
- pd . Drinks were watered down and overpriced.
- pd . There was no vegetarian option left on the menu.
- pd . The taxi was dirty and the seat belt was broken.
- pd . The van that brought the furniture leaked oil on our drive.
- pd . The toilets on the ferry were out of order and disgusting.
- pd . The hotel room was tiny, you could not open the suitcase.
- pd . The power sockets by the bed did not work so we could not charge anything.
- pd . The gym equipment was broken and dusty.
- pd . The cabin was too hot to sleep in.
- pd . The noise from the road kept us up all night, the windows are thin.
- pd . The bike I rented had a flat tyre and the brakes squeaked.
- pd . The jacket ripped at the seam after one wash.
- pd . The shoes fell apart within a month.
- pd . The cake was dry and the icing was far too sweet.
- pd . My meal was cold in the middle.
- pd . The water in the shower was never hot.
- pd . The headphones they gave us only worked on one side.
- pd . The carpet was stained and the room smelled of smoke.
- pd . The waiting room chairs are hard and uncomfortable.
- pd . The lenses they made for me are scratched already.
- pd . The lawn mower arrived dented.
- pd . Half of the bouquet had wilted by the next morning.
- pd . The pizza arrived soggy and the box was crushed.
- pd . The portions are tiny for the price.
- pd . The tablet they sold me freezes all the time.
- pd . Signal in the building is terrible, calls drop all the time.
- pd . The tram was packed and there was nowhere to sit.
- pd . The food on the train was awful and expensive.
- pd . Bumpy ride, the shuttle bus has no suspension left.
- pd,pr . The room was not cleaned for three days.
- pd,pr . They sold out of the dish I came for and did not say so when I booked.
- pd,pe . The room was dirty and the receptionist just shrugged.
- pd . The lift smelled of urine.
- pd . The blanket had a hole in it and it was cold all night.
- pd . The new printer jams on every page.
- pd . The dishwasher leaks since the first day.
+ pd . Comfortable seats and plenty of legroom.
+ pd . Fast wifi and a quiet room, perfect for work.
+ pd . The room was spotless and the bed was very comfortable.
+ pd . Great snacks and the coffee was hot and fresh.
+ pd . Lovely clean bus with working air conditioning.
+ pd . The new screens in the waiting area are a nice touch.
+ pd . The jacket is warm and well made.
+ pd . The flowers lasted two weeks, beautiful quality.
0 pd . Do the rooms have air conditioning?
0 pd . Is there wifi on the coach?
0 pd . Are the seats on the upper deck bigger?
0 pd . Does the menu have gluten free options?
- pe . The agent on the phone was rude and hung up on me.
- pe . The woman at the desk could not care less about our problem.
- pe . Nobody on the phone line seemed to know anything.
- pe . The staff on board were rude and unhelpful.
- pe . The manager shouted at my son in front of everyone.
- pe . The driver was on his phone the whole trip and ignored us.
- pe . The nurse was dismissive and would not listen.
- pe . Customer service is useless, every person tells you something different.
- pe . The attendant rolled her eyes when I asked for help.
- pe . I spoke to three people and none of them could help.
+ pe . The crew were lovely and looked after my mum.
+ pe . The receptionist went out of her way to help us.
+ pe . The agent on the phone was patient and sorted it all out.
- pr . The train was delayed two hours and we missed the connection.
- pr . The bus never turned up and the next one was an hour later.
- pr . They cancelled the class with ten minutes notice.
- pr . My bag did not arrive with me and nobody knows where it is.
- pr . The booking site charged me but shows no booking.
- pr . The queue at security took an hour.
- pr . The tour left late and cut the last stop.
- pr . Our parcel arrived with the box torn open and an item missing.
- pd . Worst stay ever, the room was damp and the bed creaked all night.
- pd . The ride was rough and noisy from start to finish.
- pd . Horrible trip, it was cramped, hot and there was nothing to drink.
- pd . The treatment room was cold and the couch was uncomfortable.
- pd . The pasta was overcooked and swimming in oil.
- pd . My phone overheats every time I use it.
- pd . The laptop they sold me has a dead pixel on the screen.
- pd . The hire car had a warning light on and smelled of smoke.
- pd . The ferry was dirty and the seats were falling apart.
- pd . The pool was green and the loungers were broken.
- pd . The salad was limp and the dressing was off.
- pd . The new sofa already sags in the middle.
- pd . No hot water in the morning, cold showers for three days.
- pd . The coach had no working toilet for a six hour journey.
- pd . The blender leaks from the bottom.
- pd . The paint is peeling in the bathroom and there is mould on the ceiling.
- pd . The fridge in the room was warm so our drinks went off.
- pd . The earphones broke within a week.
- pd . The soup was salty and the bread was hard.
- pd . Terrible quality, the shirt shrank after one wash.
- pd . The glasses were dirty and the cutlery was greasy.
- pd . The room had no window and the fan rattled.
- pd . Awful food and nothing to drink on the whole journey.
- pd . The seat would not recline and the table was broken.
- pd . The cabin was filthy and smelled.
- pd . The stroller wheel snapped off on the second day.
- pd,pe . The food was cold and the waiter did not care.
- pd,pr . The replacement part was the wrong model and still broken.
- pe . Worst customer service I have ever had.
- pe . Your staff are a joke.
- pe . The security guard was aggressive for no reason.
- pe . The pharmacist laughed at my question.
- pe . The cleaner walked in without knocking and was rude about it.
- pe . The teacher ignored my emails and was rude at pickup.
- pe . The young man at the till was on his phone and never looked up.
- pe . Not one apology from anyone.
- pe . The vet was cold and rushed and did not explain anything.
- pe . The gate agent was condescending.
- pe . The mechanic lied to us about the repair.
+ pe . Thank you to the staff for being so kind.
+ pe . The team at the front desk were brilliant.
+ pe . Huge thanks to the driver who helped with our bags.
- pr . We were stuck on the platform for an hour with no updates.
- pr . The train was cancelled and the replacement bus was two hours late.
- pr . My account was charged but the ticket never came through.
- pr . They changed the date of my appointment without asking.
- pr . Our booking disappeared from the system.
- pr . The tracking has said delayed for a week.
- pr . I have been trying to get a refund for two months.
- pr . Checked in online and still had to queue for an hour.
- pr . They overbooked and we had to wait for the next one.
- pr . My suitcase was lost and it took five days to come back.
- pr . The return label never arrived so I cannot send it back.
- pe . Nobody at the clinic answers the phone.
- pe . The salon never replies to messages.
- pe . I emailed the shop about my order and nobody replied.
- pe . The woman who answered the phone was rude and hung up when I asked for the manager.
- pe . Their phone line is useless, nobody ever picks up.
- pe . I rang the hotel and the man who answered could not be bothered.
- pe . The agent on the chat kept sending me the same copied answer.
- pe . Nobody got back to me about my complaint.
- pe . The garage promised to ring me and never did.
- pe . I left a message with reception and heard nothing.
- pe . The person on the phone was so rude I had to hang up.
- pe . The call handler did not listen and kept reading from a script.
- pe . They ignore every email and every message on social media.
- pe . When I finally reached someone they were rude and unhelpful.
- pe . The agent said it was not his department and hung up.
- pe . Customer support closed my ticket without answering my question.
- pe . Your staff on the phone were patronising and useless.
- pe . Nobody responded to my message about the allergy.
- pe . The chat agent disconnected as soon as I complained.
- pe . The dentist's receptionist was short with me on the phone.
+ pe . The lady who answered the phone was lovely and sorted it in minutes.
+ pe . They replied to my email within the hour, so helpful.
+ pe . The man on the helpline was patient and explained everything.
+ pe . Great support, the agent stayed on the line until it worked.
- pe,pr . I waited forty minutes on hold and then the agent could not help.
- pe,pr . Two days and still no reply from customer service.
- pd . The chairs in the restaurant were so uncomfortable we left early.
- pd . The seat was broken and would not go back up.
- pd . My seat had a broken armrest and a stain on the cushion.
- pd . There was no room for my legs and the seat did not recline.
- pd . The cinema seats were sticky and the screen was blurry.
- pd . The screen in the room kept freezing and the remote did not work.
- pd . Nothing to watch, the entertainment system was broken.
- pd . The headphones did not work so I could not watch anything.
- pd . The tablet for ordering kept freezing.
- pd . The internet in the hotel was so slow I could not work.
- pd . The wifi kept cutting out all weekend.
- pd . There were no plugs to charge my phone.
- pd . The only socket at our table did not work.
- pd . The lights in the room flickered all night.
- pd . The lamp by the bed was broken.
- pd . The room was boiling and the fan did not work.
- pd . It was freezing inside and they would not turn the heating up.
- pd . The air con was blowing hot air.
- pd . The shop was so cold we shopped in our coats.
- pd . The gym was hot and stuffy with no air.
- pd . The waiting room was filthy, crumbs and rubbish everywhere.
- pd . The floor was sticky and the bins were overflowing.
- pd . There were crumbs on the seat and dirt on the window.
- pd . The bathroom was dirty and there was no soap.
- pd . The toilet would not flush and there was no paper.
- pd . The toilets were blocked all evening.
- pd . The sink in our room was blocked and smelled.
- pd . The changing rooms were dirty and the mirror was cracked.
- pd . We found a cockroach in the kitchen of the apartment.
- pd . The sheets were not clean and there was hair in the bed.
- pd . The cups were dirty and the cutlery was stained.
- pd . The car smelled of smoke and the seats were stained.
- pd . The rental car had a flat tyre and dirty seats.
- pd . The minibus was old and the seat belts did not work.
- pd . The ride was so bumpy and loud we could not talk.
- pd . Horrible journey, the carriage was dirty and there was nowhere to sit.
- pd . The boat was cramped and the toilets were filthy.
- pd . The room was tiny and the walls were paper thin.
- pd . The mattress was lumpy and the pillows were hard.
- pd . The window would not close and the room was noisy all night.
- pd . The kettle was broken and there was no tea or coffee.
- pd . The fridge in the apartment did not work.
- pd . The shower was lukewarm and the water pressure was weak.
- pd . The hot tub was cold and dirty.
- pd . The pool was closed and the sauna was broken.
- pd . The lift was broken so we carried the cases up four floors.
- pd . The amenities were tired and half of them did not work.
- pd . Everything in the room was worn out and shabby.
- pd . The carpets were threadbare and the curtains were torn.
- pd . The decor is dated and the furniture is falling apart.
- pd . The table wobbled and the chairs were broken.
- pd . The food was inedible and the drinks were warm.
- pd . They ran out of drinks and there were only crisps to eat.
- pd . The only food on offer was a stale sandwich.
- pd . The breakfast was cold and the coffee was weak.
- pd . The snacks were stale and the water was warm.
- pd . The meal was tiny and tasted of nothing.
- pd . No vegetarian food at all, I went hungry.
- pd . The blanket was thin and the room was cold.
- pd . The new kettle leaks from the base.
- pd . The speaker crackles and the sound cuts out.
- pd . The headset broke after a week.
- pd . The phone case cracked the first time I dropped it.
- pd . The zip on the bag broke and the lining ripped.
- pd . The umbrella fell apart in the first wind.
- pd . The battery in the scooter died after ten minutes.
- pd . The hire bike had no lights and the seat was loose.
- pd . Uncomfortable from start to finish, I could not sleep at all.
- pd . Worst night's sleep ever, the bed was rock hard.
- pd . Cramped, noisy and too hot to relax.
- pd . Terrible ride, dirty seats and no air.
- pd . We were squashed in with no space to move.
- pd . The music was too loud and the lights too bright.
- pd . The place smelled of drains.
- pd . The massage table was uncomfortable and the room was cold.
- pd . The treatment room was dirty and the towels were old.
- pd . The vending machine ate my money and the coffee machine was broken.
- pd . The changing table in the toilets was broken and filthy.
- pd . Half the channels on the TV did not work.
+ pd . The seats were comfortable and there was plenty of space.
+ pd . Spotless bathroom and really comfy beds.
+ pd . Fast internet and lots of plugs, great for working.
+ pd . The car was clean and smelled fresh.
+ pd . Lovely quiet room, we slept so well.
+ pd . The chairs are really comfortable and the lighting is nice.
+ pd . The snacks and drinks were included and very good.
+ pd . Warm, clean and cosy waiting room.
+ pd . The ride was smooth and comfortable.
+ pd . The screen and sound in the room were excellent.
0 pd . Is there a plug by the seats?
0 pd . Do the rooms have a kettle and a fridge?
0 pd . Are drinks included?
0 pd . Is the car air conditioned?
- pr . Why does it take three weeks to process a refund?
- pe . Why is nobody answering the phone?
- pr . How hard is it to deliver a parcel to the right address?
- pr . Why was my appointment cancelled without any warning?
- pe . Is anyone actually reading my emails?
- pr . What is the point of booking if you give the table away?
- pr . How is it possible to lose a prescription twice?
- pr . Why do I have to pay again for your mistake?
- pr . Seriously, another delay?
- pr . Day three and still no sign of my order.
- pr . My order says delivered but it is not here.
- pr . Booked for 7, seated at 8.
- pr . The appointment was moved again, third time this month.
- pr . Our room was given to someone else.
- pr . Charged for a service I cancelled last month.
- pr . The class was cancelled and no one told us.
- pr . Waiting for a refund since January.
- pr . The delivery window was all day and nobody came.
- pr . Paid for next day delivery, it took a week.
- pr . My repair has been sitting in the workshop for a month.
- pr . Sent back the wrong size twice and they sent the same size again.
- pd . The cake I ordered for the party was the wrong flavour.
- pd . My dinner arrived cold and half of it was missing.
- pe . The reception staff could not care less.
- . . Well that was a waste of a Saturday.
- . . Still waiting.
- . . Not happy.
- . . Unbelievable.
- . . Fix this please.
- . . Sort it out.
0 pr . What time does the last delivery go out?
0 pr . Is the clinic taking new patients?
0 pr . Can I bring my dog to the appointment?
0 . . Do you have a branch near the airport?
0 pr . How do I add my partner to the booking?
0 pr . Will there be a sale this month?
0 pd . Are the rooms on the ground floor accessible?
0 . . Who should I contact about a job?
0 pr . Is click and collect available on Sundays?
0 pd . Do you stock the larger size?
0 pr . Can I change the time of my table to 8?
0 pr . Is my deposit refundable?
0 . . Are you open as usual next week?
0 pr . Please confirm you have received my form.
0 pr . I have sent you a message with my details.
0 pr . Which entrance should we use for the clinic?
0 pr . Do you offer gift wrapping?
0 pd . How long do the flowers usually last?
0 . . We are thinking of coming for a birthday in June.
0 . . Is anyone else going to the opening on Friday?
+ . . Thanks for the quick reply!
+ pe . Thank you, the team sorted it out.
+ . . Brilliant, thanks for letting me know.
+ pr . Thanks, the refund has come through.
+ pr . Got it, thank you for sorting it so fast.
+ . . Much appreciated!
+ pe . Big thanks to the lady at the desk today.
+ pr . Great news, the parcel arrived this morning.
+ pr,pd . Ordered for delivery and it arrived hot and on time.
+ pd . The cake for the party was exactly the flavour we asked for.
+ pd . Dinner was delicious and there was plenty of it.
+ pr . Booked for 7 and we were seated at 7 on the dot.
+ pr . Delivered the same day, well packed.
+ pd,pr . Ordered the set menu, every course came out hot and tasty.
+ pd . The biryani was full of flavour and the portion was huge.
+ pd . Loved the starters, the mains were even better.
+ pe,pd . Tasty food and the delivery guy was very polite.
+ pd . Everything we ordered was fresh and well cooked.
+ pr . The order was ready when we arrived to collect it.
+ pd . Generous portions and really good value.
- pr . Thanks for the reply, but my order is still missing.
- pr . Thank you for the apology, but I still have not had my refund.
- pr . Please can someone help, my parcel has been lost for a week.
- pr . Hi, love the shop, but the card machine never works.
- pe . Thanks, but the person on the phone did not help at all.
- pr . Appreciate the quick answer, but the booking is still wrong.
- pr . Great that you replied, shame the delivery is now three days late.
- pr . Please sort out my refund, it has been a month.
- pr . I really like your food but the delivery is always an hour late.
- pd . We love this place but the chairs are so uncomfortable.
- pe . Please train your staff, the girl at the till was so rude.
- pr . Hello, my appointment was cancelled again, please call me.
- pr . Good morning, I was charged twice for one order, please refund.
- pr . Hi there, I have been waiting two weeks for a reply about my claim.
- pd . Thanks for the voucher but the room was still dirty when we came back.
- pr . Nice try, but the replacement never turned up.
- pr . Lovely staff, but please fix your booking system, it lost my table again.
- pe . Thank you for nothing, the manager never called me back.
- pr . Please help, I need my prescription today and nobody can find it.
+ pe,pd . We went for my dad's birthday and it was a lovely evening. The starters were fresh, the lamb was cooked perfectly and our waiter kept checking on us without hovering. A little pricey but worth it.
+ pd,pe . Came here for lunch with colleagues. The menu has plenty of choice, the portions are generous and the staff are cheerful. Will be back with the family.
+ pd . The curry was rich and full of flavour, the bread was soft and hot, and the mango dessert was the best part. Ordered again the next week.
+ pe,pd . Stayed two nights for a wedding. The room was spacious and spotless, the bed was very comfortable and the breakfast had everything. Reception helped us book a taxi.
+ pe,pr . Took my son for a check up. The nurse was gentle, we were seen on time and the doctor explained everything clearly. A calm and friendly clinic.
+ pd,pr . Ordered a bouquet for my sister and it arrived on the day, beautifully wrapped. The flowers lasted nearly two weeks. Will order again.
+ pe,pd . Ambience is relaxed, music not too loud, and the cocktails are great. The manager came over to chat and sent us a free dessert.
+ pd . Really tasty food at a fair price. The noodles were fresh, the soup was hot and the chicken was tender. Nothing fancy but very good.
+ pe . Our server was attentive and funny and remembered our order without writing it down. Great service from start to finish.
+ pd,pr . The shop had exactly what I needed, the jacket fits well and the checkout was quick. Good quality for the price.
+ pd . Cosy little cafe with excellent coffee and homemade cakes. The staff are sweet and it is never too busy.
+ pe,pr,pd . Delivery was quick, the food was still hot and the driver was polite. The biryani was fragrant and the portion was enough for two.
- pd,pe . We were really looking forward to this but it was disappointing. The pasta was overcooked, the sauce was bland and the waiter never came back to ask how it was.
- pd . The food was cold, the rice was hard and the chicken tasted old. For the price I expected much better. Not ordering again.
- pr,pe . We booked a table for eight and waited forty minutes to be seated. Nobody apologised and the starters came out with the mains.
- pd,pe . The room smelled of smoke, the sheets had stains and the shower was lukewarm. When we complained the receptionist just shrugged.
- pr . I ordered at 7 and the food arrived at 9, cold and missing a dish. The app said it was on its way for an hour.
- pd . Overpriced and tasteless. Tiny portions, greasy fries and a soggy burger. Would not recommend.
- pe . The staff were rude from the moment we walked in. The manager argued with us about the bill and refused to listen.
- pd,pr . The bouquet arrived a day late and half the roses were wilted. Not what I paid for.
- pd . The biryani was too salty and the meat was chewy. The dessert was frozen in the middle. A very average meal at best.
- pe,pr . The clinic kept us waiting over an hour past our appointment and the receptionist was dismissive when we asked why.
- pd,pe . Dirty tables, sticky menus and a bad smell near the toilets. The staff did not seem to care.
- pd . The dress looked nothing like the photos, the fabric is cheap and the stitching came apart after one wear.
"""


def example(line: str) -> Example:
    """One example line: sentiment, topics, flags, then the text (the module's format)."""
    sentiment, topics, flags, text = line.split(maxsplit=3)
    return Example(
        text,
        sentiment=_SENT[sentiment],
        topics=frozenset() if topics == "." else frozenset(_TOPIC[t] for t in topics.split(",")),
        churn="c" in flags,
        spam="s" in flags,
    )


def examples() -> list[Example]:
    out = []
    for number, line in enumerate(EXAMPLES.strip().splitlines(), start=1):
        out.append(example(line))
        if not out[-1].text.strip():
            raise ValueError(f"example {number}: no text")
    return out


def grouped(source: str) -> dict[tuple[str, str, str], list[Example]]:
    """Examples in groups: a line "## business language kind" starts a group (the format
    of `examples_services.py` and `examples_more.py`); by (business, language, kind), in
    the order written."""
    out: dict[tuple[str, str, str], list[Example]] = {}
    key = None
    for number, line in enumerate(source.strip().splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("## "):
            business, language, kind = line[3:].split(maxsplit=2)
            key = (business, language, kind)
            out.setdefault(key, [])
            continue
        if key is None:
            raise ValueError(f"line {number}: an example before any group")
        out[key].append(example(line))
    return out
