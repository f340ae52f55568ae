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
- pr,pe . They said someone would call me back and nobody ever did.
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
- pr . Nobody answered the phone all afternoon.
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
- . . Never again.
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
"""


def examples() -> list[Example]:
    out = []
    for number, line in enumerate(EXAMPLES.strip().splitlines(), start=1):
        sentiment, topics, flags, text = line.split(maxsplit=3)
        out.append(
            Example(
                text,
                sentiment=_SENT[sentiment],
                topics=frozenset()
                if topics == "."
                else frozenset(_TOPIC[t] for t in topics.split(",")),
                churn="c" in flags,
                spam="s" in flags,
            )
        )
        if not text.strip():
            raise ValueError(f"example {number}: no text")
    return out
