"""Quiet churn in many phrasings and spam without a link (issue 25), on sentences written
for these tests across many kinds of business and three languages. Each rule has its hard
negatives: the comment that looks like churn or spam and is not."""

from __future__ import annotations

import pytest

from servicegap.textlens import analyse
from servicegap.textlens.churn import churn_signal, stays


def churn_rule(text: str) -> str | None:
    return churn_signal(text.lower())


# Quiet churn --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "That's the last time I use you for a delivery.",
        "Last time I book anything with this airline.",
        "Last time I'm ordering from you lot.",
        "We've decided not to renew our contract with you when it ends in June.",
        "I'm porting out to a different network as soon as my contract ends.",
        "Already ordered this week's shop from a rival supermarket.",
        "We've moved the kids to another dentist.",
        "Switched suppliers last week after the third estimated bill.",
        "Changed banks after this mess.",
        "My membership ends in May and I'm letting it lapse.",
        "Cancel my subscription please.",
        "How do I close my account?",
        "We'll be holding next year's conference at another venue.",
        "Going with a different florist for the wedding after this.",
        "I've found a new hairdresser.",
        "Not recommending this place to anyone.",
        "I'll never set foot in there again.",
        "Never using this courier again.",
        "You have lost a customer.",
        "I'm leaving you for a cheaper provider.",
        "Requested my MAC code today.",
        "Sent in our notice on the office broadband.",
        "Terminating the lease at the end of the month.",
        "Closing all my accounts with you.",
        "Won't bother again.",
        "Done with this gym.",
        "My contract is up next month and I won't be staying with you.",
        "Time to find a new vet.",
        "Booked our next holiday with a different airline.",
        "Next time we'll use another plumbing company.",
        "We'll use someone else next time.",
        "My membership won't be renewed.",
        "We've gone back to our old dentist.",
        "Not coming back.",
        "Our guests will be put up at the hotel across the road from now on.",
        "Taking my prescriptions elsewhere.",
        "Off to the competition, they answer the phone.",
        "Nos cambiamos a otra compañía el mes que viene.",
        "No volvemos.",
        "Jamás vuelvo a comprar aquí.",
        "Ya contraté otro proveedor de internet.",
        "Me llevo mi cuenta a otro banco.",
        "No lo recomiendo a nadie.",
        "Me doy de baja del gimnasio a final de mes.",
        "Never again. We're staying at the hotel down the road next time.",
        "Stopped my milk delivery, it never came on time anyway.",
        "I'll be taking my dog to a different groomer.",
        "Unsubscribed from the meal kit after three late boxes.",
        "No more orders from me.",
        "Je n'achèterai plus rien chez vous.",
        "Dejo el gimnasio a final de mes.",
        "Me cambio a otra compañía de luz.",
        "Je ne remettrai plus les pieds chez vous.",
        "On ne reviendra plus.",
        "Je vais voir ailleurs.",
        "Nous avons résilié notre abonnement.",
        "J'ai résilié ma ligne, je pars chez un concurrent.",
        "C'est la dernière fois que je commande chez vous.",
        "Je ne le recommande à personne.",
        "Je change d'opérateur dès la fin de mon engagement.",
        "Je ne renouvellerai pas mon abonnement à la salle.",
        "We're moving our energy to another supplier in the spring.",
        "Sorry but I'm switching networks when the contract is up.",
        "I've already told the gym I'm not renewing.",
        "Please close my savings account.",
        "We will be ordering our flowers from someone else.",
        "That was the final straw, I'm off to another bank.",
        "Going elsewhere for my MOT next year.",
        "Goodbye, I've taken my custom to the pharmacy up the road.",
        "I've registered with a different surgery.",
        "Won't be using this taxi firm again.",
        "You won't see me in this salon again.",
        "Season ticket not renewed, this service is a joke.",
        "My number is being ported to another carrier tomorrow.",
        "We've cancelled our weekly veg box.",
        "Cancelling my policy today.",
        "Never ordering from here again.",
        "Next year the wedding party will stay at a different hotel.",
        "No volveremos a este restaurante.",
        "Me voy a otra compañía, estoy harta.",
        "Quiero darme de baja del servicio.",
        "No renuevo el abono del gimnasio.",
        "Je quitte votre banque à la fin du mois.",
        "Nous n'y retournerons jamais.",
        "Je vais changer de fournisseur d'électricité.",
        "J'ai demandé la portabilité de mon numéro.",
    ],
)
def test_a_customer_saying_they_leave_is_churn(text):
    assert churn_rule(text) is not None, text
    result = analyse(text)
    assert result.churn_signal and not result.spam, text


@pytest.mark.parametrize(
    "text",
    [
        "I left Vodafone for you and never looked back.",
        "Moved my mortgage to you last year, best decision.",
        "Had to ask three times for the bill.",
        "Can I cancel my table for Friday?",
        "Can I cancel my booking and rebook for next week?",
        "The old manager left and the new one is lovely.",
        "Called to cancel my contract but they matched the price, so I'm staying.",
        "I was going to switch providers but they sorted it in a day.",
        "Never again will I go anywhere else for my hair!",
        "I'd never go back to my old bank after this.",
        "I'm never going back to the chain pharmacy, you're so much better.",
        "Won't be the last time we come here!",
        "Not the last time we'll stay here, for sure.",
        "On my last visit the bread was stale, this time it was perfect.",
        "The last time I ordered the soup was cold, today it was great.",
        "The builders have finished.",
        "All the repairs have been done.",
        "We had to eat at the bar instead because the restaurant was full.",
        "They moved our guests to another room because of a leak.",
        "Our contract ends in June and we're renewing for another two years.",
        "I cancelled my membership by mistake and they reinstated it the same day.",
        "I would recommend them to anyone.",
        "Would not hesitate to recommend them to anyone.",
        "Wouldn't go anywhere else for a haircut.",
        "The staff never give up, they always find another way.",
        "D'ailleurs, le serveur était très sympa.",
        "Par ailleurs, la chambre était propre.",
        "Je voudrais annuler ma réservation de vendredi, est-ce possible ?",
        "J'allais résilier mais ils m'ont fait une remise, je reste.",
        "¿Puedo cancelar mi reserva del viernes?",
        "Dejé mi antiguo banco por ustedes y estoy encantada.",
        "El antiguo encargado se fue y el nuevo es un encanto.",
        "Me paso mañana a recoger el pedido.",
        "Me cambio de ropa en el vestuario, que está limpísimo.",
        "Casi me doy de baja, pero me bajaron la cuota y me quedo.",
        "Desde entonces nunca más he tenido un problema.",
        "The waiter switched our table to another one by the window.",
        "I switched from my old gym to this one and love it.",
        "They let me cancel my appointment and book a new one online, easy.",
        "Asked twice for the check, still waited.",
        "Can I change my booking to Saturday?",
        "Our old hairdresser retired and this salon is a great find.",
        "I tried to leave but the offer they gave me was too good, staying put.",
        "Is it possible to cancel the order before it ships?",
        "The chef left last year and the food has gone downhill.",
        "Never had to wait more than five minutes here.",
        "Last time I came the room was dirty; this time spotless.",
        "We moved house and still drive 20 minutes to this garage.",
        "Wouldn't bank anywhere else.",
        "Les serveurs ont changé mais le service reste excellent.",
        "¿Puedo cambiar la hora de mi cita?",
        "Antes iba a otra peluquería, ahora solo vengo aquí.",
        "Antes íbamos a otro taller, ya solo venimos aquí.",
        "I used to go to another barber, now I only come here.",
        "Used to go elsewhere for my prescriptions, these days we only come here.",
        "Avant j'allais ailleurs, je ne viens plus qu'ici.",
        "Finished with this lovely chocolate tart, what a meal.",
        "Last time we visit this place, the food was better.",
        "We went back to our old favourite dish and it was as good as ever.",
        "Came to this restaurant for my birthday and the food was lovely.",
        "The delivery driver left the parcel with a neighbour, fine by me.",
        "Could I cancel Thursday's lesson and do Friday instead?",
        "We moved to a bigger table and the staff were lovely about it.",
        "I'd switch to the decaf next time, the regular was too strong.",
        "Unsubscribe me from your marketing emails please, the shop itself is great.",
        "Me dejo el paraguas a veces, pero siempre me lo guardan.",
        "Je reviendrai sans hésiter !",
        "Volveremos seguro, todo perfecto.",
        "I left my old bank for you and have not looked back.",
        "Switched to you from my old network and the signal is so much better.",
        "J'ai quitté mon ancienne banque pour vous, très content.",
        "I ordered the fish instead of the steak.",
        "Could not recommend them more highly to anyone.",
        "Renewed my membership, great gym.",
        "Cancelled my appointment myself and they rebooked me the same week.",
    ],
)
def test_hard_negatives_for_churn_are_not_churn(text):
    assert churn_rule(text) is None, text
    assert not analyse(text).churn_signal, text


@pytest.mark.parametrize(
    "text",
    [
        "Not renewing my season ticket after this year.",  # public transport
        "We won't be renewing the gym membership in March.",  # gym
        "I have asked for my PAC code.",  # phone
        "Porting my number out to another network this week.",  # phone
        "I want to cancel my broadband contract.",  # internet
        "Please cancel my direct debit, I'm done.",  # utility
        "We order from the Thai place down the road instead now.",  # restaurant, delivery
        "Would not recommend this garage to anyone.",  # garage
        "We will put our guests up somewhere else next time.",  # hotel
        "Moving our prescriptions to another pharmacy.",  # pharmacy
        "Never again.",  # any
        "Je ne vais pas renouveler mon abonnement.",  # fr
        "Je change de banque le mois prochain.",  # fr bank
        "Je résilie mon contrat dès demain.",  # fr utility
        "Me doy de baja del gimnasio.",  # es gym
        "No voy a renovar el contrato de la luz.",  # es utility
        "Me cambio de compañía, estoy harto.",  # es phone
    ],
)
def test_quiet_churn_is_heard_across_businesses_and_languages(text):
    assert churn_rule(text) is not None, text


# Spam without a link ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This post is exactly what I was looking for, thank you so much!",
        "Hi admin, can I share this on my Facebook page?",
        "Who else is watching this in 2026?",
        "Has anyone seen the new Dune film? The ending was wild.",
        "Just watched the season finale, can't believe they killed him off",
        "My grandma's lasagne recipe uses three kinds of cheese and a pinch of nutmeg.",
        "Earn $500 a day working from home, message me on WhatsApp",
        "Bitcoin doubled my savings, ask me how",
        "Invest in crypto now and retire early, DM for details",
        "Best keto pills, lose 15 pounds fast, call 555 0143 2290",
        "Personal loans up to 50k same day, no paperwork, 0161 496 0000",
        "sdfghj kjhg",
        "jfkdlsa jfkdls",
        "Best SEO services, rank number one on Google, cheap backlinks",
        "nice blog bro",
        "I love this website so much, bookmarking it for later",
        "Thank you for this wonderful article, it helped me with my thesis",
        "This song has been stuck in my head all week",
        "cheap hotel london cheap hotel deals cheap hotel near me book cheap hotel",
        "plumber london emergency plumber london 24 hour plumber cheap plumber london",
        "Check out my channel for daily vlogs",
        "Congratulations! You have been selected to receive a $1000 gift card. Reply YES",
        "Need money urgently? Loan approved in 10 minutes, WhatsApp +44 7700 900456",
        "Garcinia cambogia melts belly fat, order now",
        "Just finished reading the new thriller by my favourite author, could not put the novel down",
        "Merci pour le partage, super blog !",
        "Prêt rapide sans justificatif, contactez-moi sur WhatsApp",
        "Excelente artículo, gracias por compartir",
        "Préstamos rápidos sin aval, escríbeme por WhatsApp al 612 345 678",
        "Pastillas para bajar de peso, pierde 10 kilos en un mes",
        "Perdez 10 kilos en un mois avec nos gélules",
        "Watch free movies online in HD, no signup",
        "lorem ipsum dolor sit amet, consectetur",
        "hjkl hjkl hjkl",
        "Great content! Keep it up!",
        "Keep up the good work admin",
        "Awesome post! Subscribed to your newsletter.",
        "Great read, shared it with my friends",
        "Loved the latest episode, the plot twist was insane",
        "Make money online fast, message me for details",
        "Cheap loans no credit check call 0800 555 0199",
        "Slimming tea that really works, lose 7 kg in two weeks",
        "qwerty qwerty",
        "zxcvbn asdfg",
        "Lorem ipsum dolor sit amet consectetur adipiscing elit",
        "Buy bitcoin now before it's too late",
        "Anyone read the sequel yet? The author outdid herself",
        "Super blog, merci pour le partage",
        "Gana dinero desde casa, escríbeme por WhatsApp",
        "Great article, keep up the good work admin!",
        "Very informative post, thanks for sharing. Bookmarked!",
        "Need a loan? Call 0800 123 4567 today",
        "Lose 10 kg in a month with our slimming pills, guaranteed results",
        "Bad credit? Fast cash, instant approval, text 07700 900123",
        "lorem ipsum dolor sit amet",
        "qwertyuiop asdf",
        "asdasdasd",
        "Just finished the new album, the third song is a masterpiece and the lyrics are so deep",
        "Preheat the oven, whisk two eggs and simmer the sauce for ten minutes",
    ],
)
def test_spam_of_many_kinds_without_a_link_is_spam(text):
    result = analyse(text)
    assert result.spam, text
    assert result.topics == frozenset() and not result.churn_signal


@pytest.mark.parametrize(
    "text",
    [
        "great!!!",
        "ok",
        "Fine.",
        "Please call me back on 07700 900 321 about my order.",
        "Call me on 07700 900 654, nobody has replied to my emails.",
        "Mon numéro est le 06 12 34 56 78, rappelez-moi svp pour ma commande.",
        "Llámenme al 612 345 678 por favor, es por mi pedido.",
        "The hotel's film night on Friday was lovely, popcorn and a classic movie.",
        "Do you have the recipe for the chocolate tart? My kids loved it.",
        "Could you share the recipe for your soup? Best I've ever had.",
        "The live band and the singer were brilliant, great night at the pub.",
        "The post was delivered to the wrong address.",
        "The admin was a nightmare, three forms for one refund.",
        "They gave me a loan car while mine was fixed.",
        "The gym helped me lose 10 kg, the trainers are brilliant!",
        "Keep up the good work!",
        "Keep up the good work, the nurses on ward 3 are angels.",
        "Article conforme à la description.",
        "L'article est arrivé cassé.",
        "Très bon article, je recommande.",
        "El artículo llegó roto.",
        "Brrr the room was cold",
        "hmmm ok",
        "Thanks for sharing the menu in advance.",
        "Saw your post about the new opening hours, came in on Sunday, great coffee.",
        "The book club meets in the café every Tuesday and the staff are lovely",
        "Admin team sorted my parking permit in a day.",
        "Lovely hotel, we watched a film in the cinema room with the kids.",
        "Lovely!",
        "meh",
        "Text me on 07700 900 777 when my glasses are ready please.",
        "Do you do a gluten-free version of the brownie recipe?",
        "The film club at the library café is a gem.",
        "They played my favourite song at the wedding reception, thank you!",
        "The post office queue was long but the clerk was quick.",
        "Thanks for the info, I'll pop in tomorrow.",
        "Keep it up, best bakery in town.",
        "Lost 3 kilos since joining, the classes are great.",
        "Muy buen artículo, llegó en perfecto estado.",
        "Article reçu rapidement, bien emballé.",
        "The post office counter staff were great.",
        "Read your blog post about the new menu and came in, the food was great.",
        "The pharmacist explained my new pills clearly.",
        "Great service, keep it up!",
        "hahahaha loved it",
        "Thanks for the info about opening hours, the staff were helpful.",
        "The loan adviser at the branch was patient and explained everything.",
        "The band at the hotel bar was too loud to sleep until midnight.",
    ],
)
def test_hard_negatives_for_spam_are_not_spam(text):
    assert not analyse(text).spam, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'd never go back to my old bank after this.", True),
        ("Won't be the last time we come here!", True),
        ("Rang to cancel, they matched the price, so I'm staying.", True),
        ("Wouldn't shop anywhere else.", True),
        ("I left my old network for you.", True),
        ("I'm never going back there.", False),
        ("That was the last time we come here.", False),
        ("Cancel my contract.", False),
        ("Our contract ends in June and we're renewing for another two years.", True),
        ("We renewed our membership for the year.", True),
        ("Signed up for another twelve months with them.", True),
        ("I'm not renewing when the contract ends.", False),
        ("We won't be renewing the lease.", False),
        ("Long queue at check-in, next time we'll arrive earlier.", True),
        ("The wait was long, from now on I'll book ahead.", True),
        ("From now on I'll book somewhere else.", False),
        ("I'll go elsewhere from now on.", False),
    ],
)
def test_a_customer_who_says_they_stay_is_told_apart(text, expected):
    # the learned layer's churn reading is not taken when the comment says this
    assert stays(text.lower()) is expected, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "cheap hotel london cheap hotel deals cheap hotel near me book cheap hotel",
            "spam: keywords repeated (search-engine text)",
        ),
        (
            "Has anyone seen the new Dune film? The ending was wild.",
            "spam: off-topic (about a film or show)",
        ),
        (
            "My grandma's lasagne recipe uses three kinds of cheese and a pinch of nutmeg.",
            "spam: off-topic (about a book, a song or a recipe)",
        ),
        ("Who else is watching this in 2026?", "spam: praise of an article or a blog"),
    ],
)
def test_spam_says_which_kind_it_is(text, kind):
    assert kind in analyse(text).reasons, analyse(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "very good very good very good",
        "the food the food the food was fine",
        "Cheap hotel, cheap hotel, cheap hotel.",
    ],
)
def test_words_said_again_in_a_real_comment_are_not_search_engine_text(text):
    assert "spam: keywords repeated (search-engine text)" not in analyse(text).reasons


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hjkhjk sdfsdf", "spam: gibberish"),  # four consonants in a row: gibberish first
        ("zxcvzxcv ghjghj", "spam: gibberish"),
        ("wsxedc rfvtgb", "spam: keyboard mashing"),
        ("asd asd asd qwe", "spam: keyboard mashing"),
        ("uiouio yuiyui", "spam: keyboard mashing"),
        ("new recipes every week, link in bio", "spam: a promotion"),
        ("gagnez une trottinette, cliquez ici", "spam: a promotion"),
        ("venez voir mon blog déco, contactez moi", "spam: a promotion"),
        ("gana una tablet hoy, haz clic en el enlace", "spam: a promotion"),
        ("suscríbete a mi canal de viajes", "spam: a promotion"),
        ("pisos baratos, llame ya", "spam: a promotion"),
        (
            "interesante artículo sobre jardinería, sigue así",
            "spam: praise of an article or a blog",
        ),
        ("super billet, continuez", "spam: praise of an article or a blog"),
        ("bonito artículo sobre plantas, saludos", "spam: praise of an article or a blog"),
    ],
)
def test_spam_in_other_words_and_languages_says_its_kind(text, kind):
    assert kind in analyse(text).reasons, analyse(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "saw your post about the new opening hours, is sunday included?",
        "read your post about the price rise, does it apply to old contracts?",
        "super accueil, continuez comme ça !",
        "sigue así, el mejor café del barrio",
        "the couscous was lovely and the tagine even better",
        "hahaha the waiter was hilarious, loved it",
        "refunded straight away, no questions asked",
        "the price list on the board was out of date",
        "la app no me deja cambiar mi perfil",
        "gracias al administrador de la finca por avisar del corte de agua",
        "call now and then they still never answer",
    ],
)
def test_look_alikes_of_those_spam_kinds_are_real_comments(text):
    assert not analyse(text).spam, (text, analyse(text).reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Bought my new tyres from your competitor instead, half the wait.",
        "We've gone over to a competitor for the catering.",
        "Ordered our flowers from the shop by the station instead, at least they deliver.",
        "Never setting foot in that branch again.",
        "Uninstalled, the app logs me out every day.",
        "Deleting the app after this.",
        "Cancelling my gym membership at the end of the month.",
        "How do I cancel my home cover? Had enough.",
        "Both accounts closed this morning.",
        "Contract ends in May and I'm gone.",
        "Wouldnt recommend this plumber to anyone.",
        "Moving my savings to an online bank next week.",
        "Found a better garage two streets away.",
        "Je change de banque, trop de frais.",
        "La prochaine fois on fait appel à un autre plombier.",
        "On n'y remettra jamais les pieds.",
        "J'annule mon abonnement dès ce soir.",
        "Je clôture mes comptes demain.",
        "Me busco otro gimnasio, este no hay quien lo aguante.",
        "La próxima vez compramos en otra tienda.",
        "Me cambio de clínica, nadie me llama.",
        "Ya me he dado de baja del servicio.",
    ],
)
def test_leaving_in_more_words_and_languages_is_churn(text):
    assert churn_rule(text) is not None, text
    assert analyse(text).churn_signal, text


@pytest.mark.parametrize(
    "text",
    [
        "The waiter moved our table to another spot by the window, lovely.",
        "I will not be returning the jacket, it fits perfectly.",
        "Came over from a competitor last year and love it here.",
        "Could not recommend them more highly to anyone.",
        "We found a new favourite dish on the winter menu.",
        "Uninstalled and reinstalled the app and now it works.",
        "Pedimos otro postre y estaba buenísimo.",
        "Reservamos otra noche más, encantados.",
        "On a changé de table sans problème, merci.",
        "Cancelled my appointment and rebooked it online in a minute.",
    ],
)
def test_look_alikes_of_those_leavings_are_not_churn(text):
    assert churn_rule(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        # custom taken to another business, said by what was done
        "no one came about the boiler for a week. ive hired another plumber",
        "signed up with another broadband provider this morning, the drops were endless",
        "moved to a different dentist after the third cancelled appointment",
        "new barber booked for friday, this fade was a mess",
        # a singular kind of business changed, a switch under way
        "bills wrong three months in a row. switched supplier last night",
        "no signal at home again, ive moved network",
        "fees on everything now. already applied to switch",
        # a regular lost, in three languages
        "the way the manager spoke to my son, you've lost a regular",
        "accueil glacial, vous avez perdu une cliente fidèle",
        "nos cobraron de más y encima de malas, han perdido unos clientes",
        # the last visit, in French and Spanish
        "plats tièdes et serveur absent, c'était notre dernière visite",
        "habitación sucia y ruidosa, fue nuestra última estancia",
        "half the order missing. last order ill ever place with you",
        # cancelled, notice given, handed back
        "trainer never turned up twice. membership cancelled this morning",
        "receptionist was so rude i cancelled every appointment i had left",
        "broken machines since spring, gave my notice today",
        # French and Spanish
        "devis jamais envoyé, j'ai trouvé un autre plombier",
        "frais en hausse encore, j'ai clôturé mon compte",
        "retard sur retard. vous ne me reverrez pas",
        "nadie contesta nunca, me he cambiado de compañía",
        "el monitor ni me miró, me he apuntado a otro gimnasio",
        "me dejaron la cocina a medias, ya no cuentan conmigo",
    ],
)
def test_leaving_said_by_what_was_done_about_it_is_churn(text):
    result = analyse(text)
    assert result.churn_signal, (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # parting words after a complaint
        "forty minutes for a cold burger. bye",
        "booking lost again and nobody cared. goodbye forever",
        "nadie me llamó para la cita. adiós",
        "livraison en retard, colis abîmé. c'est terminé",
        "overcharged me twice and never refunded. done.",
        # a substitute from now on
        "bus late every single morning. ill cycle from now on",
        "prices doubled and the bread is stale, the market stall gets my money from now on",
        "la comida fría otra vez, a partir de ahora como en casa",
    ],
)
def test_a_parting_word_after_a_complaint_is_churn(text):
    result = analyse(text)
    assert result.churn_signal and result.sentiment == "negative", (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # parting words in praise, or said by someone else
        "lovely haircut, see you next month, bye!",
        "the driver said bye very rudely and drove off before I sat down",
        "all done within the hour and the plumber was lovely",
        "thanks for everything, ciao and see you soon",
        "from now on I'll always ask for table five, the view is perfect",
        "the wait was long, from now on I'll book ahead",
        # another business, but not leaving this one
        "we were moved to a different hotel because of the overbooking, awful night",
        "went to another restaurant first but it was shut, glad we came here",
        "my bank details changed, switched my bank details in the app in a minute",
        "the staff lost a customer's coat and found it an hour later",
        # hedged or asked, not decided
        "if it's late again I might try elsewhere, haven't decided",
        "si la facture augmente encore, je pourrais peut-être aller voir ailleurs",
        "do I need to go elsewhere for an MOT or do you do them?",
        # loyal, in words of leaving
        "never again will I doubt the daily special, superb",
        "never again will i cut my own hair, thank you for rescuing it",
        "this wont be the last time we stay, the kids adored it",
        "depuis qu'on vous connaît on ne va plus ailleurs",
        "nunca compro pan en otro sitio, el mejor del barrio",
        "me pasé a esta peluquería desde la de la esquina y no vuelvo atrás",
        "cancelled my old direct debit and set up a new one in the app, easy",
        "moving overseas but keeping my account with you, best bank ever",
        "my membership ends in May and I'm renewing for another year",
    ],
)
def test_look_alikes_of_leaving_by_deed_or_parting_are_not_churn(text):
    result = analyse(text)
    assert not result.churn_signal, (text, result.reasons)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("test 123", "spam: a test of the form"),
        ("testing the form please ignore", "spam: a test of the form"),
        ("ceci est un test", "spam: a test of the form"),
        ("probando probando", "spam: a test of the form"),
        ("teeeest", "spam: a test of the form"),
        ("hello world", "spam: a test of the form"),
        (
            "who won the match last night? fell asleep before the end",
            "spam: off-topic (about sport)",
        ),
        ("anyone watching the rugby this weekend?", "spam: off-topic (about sport)"),
        ("quién ganó el partido anoche?", "spam: off-topic (about sport)"),
        (
            "qué buena la peli de anoche, lloré con el final",
            "spam: off-topic (about a film or show)",
        ),
        (
            "quelqu'un a vu le dernier épisode de la série ?",
            "spam: off-topic (about a film or show)",
        ),
        (
            "binge watched the whole season of that thriller",
            "spam: off-topic (about a film or show)",
        ),
        (
            "duis aute irure dolor in reprehenderit in voluptate",
            "spam: placeholder text (lorem ipsum)",
        ),
        ("qazwsx edc", "spam: keyboard mashing"),
        ("jjjjjj kkk lll", "spam: keyboard mashing"),
        ("muy buen tutorial, gracias", "spam: praise of an article or a blog"),
        ("gracias por la información, me ha servido mucho", "spam: praise of an article or a blog"),
        ("merci pour ces conseils, très utile", "spam: praise of an article or a blog"),
        (
            "cheap unlock codes for any phone at unlockfast.example.com",
            "spam: a link with a promotion",
        ),
        (
            "rencontres gratuites près de chez vous sur coeurs.example.fr",
            "spam: a link with a promotion",
        ),
        (
            "win a 500 voucher, enter your card details at prize-now.example.org",
            "spam: a link with a promotion",
        ),
        ("lose belly fat in a week with one morning drink", "spam: a promotion"),
        ("cheap blue pills, no prescription needed", "spam: a promotion"),
        ("congratulations your email won our international lottery", "spam: a promotion"),
    ],
)
def test_tests_sport_talk_phishing_and_more_blog_praise_are_spam(text, kind):
    result = analyse(text)
    assert result.spam and kind in result.reasons, (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # the business's own channels and offers, asked about
        "saw on your blog you open on sundays now, is that right?",
        "the discount code from your newsletter was refused at the till",
        "is the 10% off code from your website valid on flowers for a funeral?",
        "la promo sur les shampoings vue sur votre page est encore valable ?",
        "my loan application took five weeks and two lost documents",
        "promised me a loyalty discount then said it never existed",
        "i got a text from 07700 900123 saying my account is locked, is that you?",
        "the link in your email to pay my bill goes to an error page",
        "messaged you on whatsapp twice and nobody replied",
        # tests, sport, films and recipes that are the visit
        "the test drive was great and the salesman didn't push at all",
        "blood test done in five minutes, nurse was lovely",
        "staff were watching the football match instead of serving us, waited 20 minutes",
        "great pub to watch the rugby, staff kept the drinks coming",
        "could you share the recipe for the lemon tart? it was divine",
        "the waiting room tv was showing a film so loud I missed my name",
        "mmm the brownies were amazing",
        "ooo lovely flowers, thank you",
    ],
)
def test_look_alikes_of_those_spam_kinds_are_customers(text):
    result = analyse(text)
    assert not result.spam, (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "plat froid et serveur absent. vous nous reverrez pas",
        "vendeur odieux, vous m'avez perdue comme cliente",
        "ratas en el pasillo. me fui a otro hotel esa misma noche",
        "nadie coge el teléfono, me pasé a otro banco",
        "agua fría en las duchas, me apunto en otro gym",
        "el paquete nunca llegó, uso otra empresa desde hoy",
        "me cobraron de más. ni en sueños vuelvo",
        "la cajera ni me saludó, no me ven más el pelo",
        "tres llamadas y nadie sabe nada. doy de baja el contrato",
        "otra vez tarde el bus, me compro una bici y adiós",
        "una hora de fila. de ahora en más voy a la farmacia de la esquina",
    ],
)
def test_leaving_in_more_french_and_spanish_is_churn(text):
    result = analyse(text)
    assert result.churn_signal, (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "me cobraron doble este mes. no me voy a ir pero quiero mi dinero de vuelta",
        "vous faites les pneus aussi ou faut aller ailleurs ?",
        "¿hay que ir a otra oficina para el certificado?",
        "queue and done in five minutes, lovely staff",
        "vous m'avez perdu mon colis deux fois, mais le service client a réglé ça",
    ],
)
def test_look_alikes_of_those_french_and_spanish_leavings_are_not_churn(text):
    result = analyse(text)
    assert not result.churn_signal, (text, result.reasons)
