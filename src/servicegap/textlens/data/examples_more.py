"""A third set of hand-written comments for the learned layer: 2,122 across the same fifteen
kinds of service business as `examples_services.py`, in English (70%), French and Spanish
(15% each), typed as people type on a phone, written for this project without opening
the bench sets. They lean on what the analysis reads worst on comments nobody here
wrote: praise in many words, including good stories told with words of trouble (about
30%); lukewarm comments, questions and suggestions (15%); mixed comments, labelled by
what the customer ends on or stresses (15%); plain complaints, descriptive and
sarcastic (20%); churn and not churn, spam and not spam, negated praise (the rest).
Their weight against the examples before them was chosen by cross-validation on our
examples alone (`bench/textlens_weight.py`).

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
## restaurant en praise
+ pd . that ramen was unreal, broth so rich i drank the lot
+ pe,pd . cant fault it. food banging, staff sweet as
+ . . no complaints from any of the 9 of us, and thats a first
+ pd . couldnt ask for more from a tenner lunch deal
+ pe . our server jess is a legend, kept the kids entertained all night
+ pd . not bad at all for a motorway services place, proper chips
+ pd . cant complain, curry was hot and plenty of it
+ . . faultless evening start to finish
+ pd . bro the wings?? insane 🔥🔥
+ pd . lowkey the best tacos in the city no cap
+ pe . the owner came round every table and chatted, such a warm place
+ pr . food was out in 10 mins even tho it was rammed
+ pd . desserts are next level, the tiramisu was gone in seconds 😋
+ pd . real value, two courses and a glass of wine for under 20
+ pe . staff clocked it was my birthday from the booking and brought a candle out, made my night
+ pd,pe . honestly chefs kiss, lovely food and lovely people
+ pd . the sourdough alone is worth the trip
+ . . been three times this month, obsessed
+ pd . fresh fish, crispy batter, no grease. perfection
+ pe . waiter knew every wine on the list and didnt make me feel daft for asking
+ pr . booked online in 30 seconds, table ready when we walked in
## restaurant en put right
+ pr . we booked for 14 for my dads 70th and half the family got stuck on a cancelled train, turned up nearly two hours late. the kitchen had technically closed but the chef kept it open, they reset the table and even brought out a cake with his name on. cant thank them enough
+ pe . left my phone in the loo, the cleaner found it and they rang my sister off my emergency contact. heroes
+ pr . had to cancel last minute cos of the snow and they just moved us to next saturday, no deposit lost
+ pr . the dish came out wrong, they fixed it first time and threw in free desserts
+ pr . we showed up 20 mins early and they seated us straight away anyway
+ pe . got a bit of shell in my risotto, the manager was mortified, replaced it and apologised properly. happens, handled well
+ pr . delivery driver got lost but rang ahead and it still turned up piping hot
+ pe . my daughter dropped her plate and a waitress had a new one out before she even started crying
+ pr . card got declined (my banks fault) and they let me pop back next day to pay, so decent
+ pd . worried about my nut allergy but the kitchen made me a separate dish and it was gorgeous
+ pr . they double booked our table but gave us the window seat and a round of drinks on them
## restaurant en not put right
- pr . they got the order wrong and when i said so they just took it away, 30 mins later still nothing
- pe . left my jacket on the chair, rang next morning, nobody had seen it and nobody bothered to look
## restaurant en lukewarm
0 . . it was ok i guess
0 pd . food did the job, nothing id rave about
0 pd . pretty average pizza tbh
0 . . fine for a work lunch
0 pr . do u do takeaway or just eat in
0 pd . any chance of a smaller portion option for kids
0 pr . whats the latest you take bookings on a saturday
0 pd . is the chicken halal
0 pd . suggestion: put the allergens on the menu, would save asking every time
0 . . came here after the match with the lads
0 pd . neither good nor bad, the pasta was pasta
0 pr . can you split the bill for a big table?
0 pd . menu has changed since last year, fewer fish dishes now
0 . . meh its alright
0 pr . is there step free access for a pram
## restaurant en mixed
- pd,pe . the waitress was a gem but the steak was grey and chewy, not going to lie that ruined it
+ pr,pd . 40 min wait to be seated but the food was so good we forgot about it
- pd,pr . loved the starters, shame the mains took an hour and came out lukewarm
+ pe,pd . mains were a bit salty but the team were so lovely well def be back
- pd . great vibe and cocktails, food though was really bland, like they forgot to season anything
+ pd . only thing was the music was a bit loud, otherwise spot on
- pe,pd . apart from the lovely desserts the whole night was a let down, staff seemed to want us gone
+ pd . dear for what you get though the quality is top
- pr,pd . food was fab but being charged 12.5% service when we waited 20 mins for every drink? nah
- pd,pe . the host was so welcoming, pity the burger was dry as a bone
+ pd . bread was a bit stale, otherwise faultless
- pe,pd . nice enough pizza but the guy on the till was rude as anything, thats what ill remember
+ pd,pr . a bit of a wait for the bill but honestly best thai food around
- pr,pd . good curry shame about the delivery, 90 mins and it was cold
+ pe,pd . decor a bit tired but the chef came out to say hi and the food was beautiful
## restaurant en plain
- pd . pasta swimming in oil and the garlic bread was burnt black
- pd . the fresh salad was brown round the edges
- pr . oh great, another 45 min wait for two coffees
- pd . 18 quid for a burger the size of a coaster, lovely
- pd . the curry had zero flavour, tasted like hot water with food colouring
- pe . waiter just dumped the plates and walked off, never came back
- pr . they forgot our starters and then charged us for them
- pd . sticky tables, sticky menus, sticky floor. yum
- pr . website says open til 10, kitchen closed at 8:30
- pd . wine was warm and the beer was flat
- pe . the manager argued with my dad about a cold dish in front of the whole room
- pd . asked for medium rare and the steak came out like a shoe
- pr . ordered through the app, paid, and it just never came
- pd . bland bland bland. even the chilli had no kick
- pe . asked for tap water and got a lecture about how they only do bottled
- pd . found a plaster in my soup. a PLASTER
- pr . lovely, sat by the door all night in a draught because they gave our booked table away
- pd . the lasagne was clearly microwaved, still frozen in the middle
- pr,pe . waited for the card machine for 20 mins while staff chatted at the bar
- pd . portion of chips was about 8 chips. i counted
## restaurant en churn
- pd c done with this place, third soggy pizza in a row
- pe c the way that manager spoke to my girlfriend, we wont be spending another penny there
- pr c deleted the app, ordering from the place on high st from now on
- pd c sorry but wouldnt recommend it to anyone, food was just awful
## restaurant en not churn
+ pd . never had a bad plate here, not once in 6 years
- pr . had to chase our mains twice, first time thats happened though
+ pe . we switched from the pub down the road and honestly the staff here are miles better
+ . . cant imagine going anywhere else for our anniversary
## restaurant en spam
0 . s top 10 pasta recipes you need to try, link in bio
0 . s great read admin, shared with all my friends
0 . s crypto doubling guaranteed dm me now
## restaurant en not spam
0 pr . saw your insta post about the quiz night, do we need to book a table?
+ pd . tried to copy your curry recipe at home and failed lol, yours is way better
0 pr . my number is 07700 900 217, call if a table frees up tonight pls
## restaurant en negated praise
- pe . not exactly the friendliest welcome, she didnt even look up
- pe . hardly helpful when i asked about gluten free, just shrugged
- pd . wouldnt call it fresh by any stretch
- pd . not what id call value for money, 30 quid for that
## restaurant fr praise
+ pd . franchement rien à redire, le magret était parfait
+ pe . serveuse adorable, on s'est sentis comme à la maison
+ pd . meilleur couscous du quartier et de loin 😍
+ . . au top comme d'hab, merci à toute l'équipe
## restaurant fr put right
+ pr . on avait annulé à cause de la grève et ils nous ont recasés le samedi sans souci
+ pe . mon fils a renversé son verre, le serveur a tout nettoyé en rigolant, trop sympa
## restaurant fr lukewarm
0 . . moyen, ni bon ni mauvais
0 pr . c'est possible de réserver pour 15 personnes un vendredi soir ?
0 pd . une suggestion : proposez des demi portions pour les enfants
## restaurant fr mixed
- pd . accueil sympa mais le poisson était sec et fade, dommage
+ pr . un peu d'attente mais ça valait le coup, le dessert était top
- pr,pd . bonne cuisine mais 1h pour être servis et l'addition salée
## restaurant fr plain
- pd . les frites étaient molles et froides
- pe . serveur désagréable qui soupire à chaque question
- pr . génial, encore 40 minutes pour un café et un croissant 🙄
- pd . viande trop cuite et sauce sans goût
## restaurant fr churn
- pd c on ne remettra plus les pieds ici, tout était immangeable
## restaurant fr not churn
+ pd . jamais déçus en dix ans, on ne va nulle part ailleurs
## restaurant fr spam
0 . s super recette de tarte tatin sur mon blog, allez voir
## restaurant fr not spam
0 pr . appelez moi au 06 45 12 78 90 si une table se libère
## restaurant fr negated praise
- pe . pas vraiment aimable, la serveuse
## restaurant es praise
+ pd . la mejor tortilla que he probado, jugosa y en su punto
+ pe . el camarero (luis) un crack, atentísimo toda la noche
+ . . nada que objetar, todo perfecto
+ pd . calidad precio de diez 👌
## restaurant es put right
+ pr . tuvimos que cancelar por la lluvia y nos cambiaron la reserva sin ningún problema
+ pe . me dejé las gafas y me las guardaron hasta el día siguiente, un detalle
## restaurant es lukewarm
0 . . pues normal, ni bien ni mal
0 pr . ¿se puede reservar para cenar el domingo?
0 pd . estaría bien que tuvieran opciones veganas
## restaurant es mixed
- pd . el sitio muy bonito pero la comida sosa y cara
+ pr . tardaron un poco pero el arroz estaba espectacular
- pe,pd . la comida buena pero el encargado fue muy maleducado, eso no se olvida
## restaurant es plain
- pd . las croquetas congeladas y el pescado pasado
- pr . qué maravilla, hora y media esperando la pizza
- pe . la camarera ni nos miraba
- pd . la carne dura como una suela
## restaurant es churn
- pe c no volvemos más, nos trataron fatal
## restaurant es not churn
+ pd . antes siempre íbamos al bar de enfrente, ahora no cambiamos este por nada
## restaurant es spam
0 . s gana dinero desde casa escríbeme por whatsapp
## restaurant es not spam
0 pr . vi vuestro post del menú del día, ¿cuánto cuesta?
## restaurant es negated praise
- pe . no es que fueran muy simpáticos precisamente
## hotel en praise
+ pd . room was immaculate, smelled like fresh linen, bed like a cloud
+ . . cant fault a thing, honestly
+ pe . kemal on the front desk was a legend, gave us loads of tips for the old town
+ pd . breakfast buffet was unreal, fresh pastries, eggs made to order, the lot
+ pd . not bad at all for the price, clean and quiet
+ . . no complaints whatsoever, would stay again tomorrow
+ pd . the rooftop pool at sunset 😍😍
+ pe . housekeeping folded my kids pyjamas into little animals, they were buzzing
+ pr . check in took 2 mins and they texted when the room was ready
+ pd . quietest room ive ever had in a city centre, slept like a baby
+ pd . absolute bargain for what you get, the spa alone is worth it
+ pe . staff couldnt do enough for my dad in his wheelchair
+ . . faultless stay from start to end
+ pd . shower pressure 10/10, fluffy towels, proper coffee machine. couldnt ask for more
+ pe . the barman remembered our drinks from night one, lovely touch
+ pd . view from room 512 is stupid good
+ pd . the beds are sooo comfy, i asked what mattress it was lol
+ . . this place slaps, best weekend away in ages
+ pr . the app let us check out from bed, so easy
+ pe . night manager walked me to my car at 2am cos the car park was dark, above and beyond
+ pd . cant complain at all, room bigger than our flat 😂
## hotel en put right
+ pr . our flight was delayed till 3am and they kept the room and had sandwiches waiting
+ pe . i left my wedding ring by the sink, housekeeping found it and it was in the safe when i rang. i actually cried
+ pr . we had to cancel because my husband got ill and they refunded the lot within a week, no questions
+ pr . the tv didnt work, rang down and a new one was in the room within 15 minutes
+ pe . got locked out at midnight in a towel (dont ask), the porter was so kind about it lol
+ pr . arrived 4 hours early and they let us use the spa while we waited
+ pr . there was a mix up with twin vs double, sorted first time i mentioned it plus a bottle of prosecco
+ pd . was worried from the older reviews but the refurb is done and the room was gorgeous
+ pe . my son was poorly in the night and reception got a doctor out to us in 40 mins, so grateful
+ pr . the booking site lost our reservation but the hotel honoured the price anyway
## hotel en not put right
- pr . the heating was broken, they said theyd send someone, nobody came for 3 nights
- pe . lost my earrings in the room, housekeeping had a look apparently and that was the last i heard
## hotel en lukewarm
0 . . it was fine, a place to sleep
0 pd . room was average, clean, small, nothing more
0 pr . what time does breakfast finish on sundays
0 pd . do you allow dogs in the rooms
0 pr . can we leave our bags after check out
0 pd . suggestion: a few more plug sockets by the bed would help
0 . . it was ok i guess, typical chain hotel
0 pd . is the pool heated in april
0 . . how far is it to the station on foot
0 . . stayed 2 nights for a conference
0 pd . bed was alright, pillows a bit flat, breakfast standard
0 pr . do you do airport transfers
0 . . nothing special but nothing wrong either
0 pr . would be nice if the gym opened earlier than 7
0 pd . is there a kettle and fridge in the family room
## hotel en mixed
- pr,pd . honestly the room was lovely and the bed was huge, no issues there at all, but checking out they added a cleaning charge for a stain that was already there when we arrived, and weve emailed four times since with photos and still no refund or reply. put us right off
- pe,pd . the staff were sweethearts but the room was tired, stained carpet, peeling paint, just sad
+ pd,pr . check in queue was a joke but the room and the views made up for it, wed go back
- pd . lovely lobby, shame about the rooms, damp smell everywhere
+ pd . tiny bathroom though the bed was heaven and breakfast was top
- pr,pd . beautiful hotel but they charged us for minibar stuff we never touched and took 3 weeks to refund it
+ pd,pe . apart from the noisy aircon it was perfect, and the staff were gems
- pd,pe . reception were nice enough, but the breakfast was dire, cold eggs and burnt toast every day
+ pr,pd . only thing was the slow lift, otherwise a brilliant stay
- pd . good location but the walls are paper thin and the mattress is knackered
+ pd,pe . wifi was patchy but the team sorted us a quiet room on request, loved it
- pe,pd . gorgeous spa, but the manager was so rude when we complained about the noise that it soured everything
+ pd . expensive but you get what you pay for, stunning room
- pd,pr . the room was lush but we waited an hour for it and then got the wrong one
- pe . the location is great, though nobody answered the phone when we tried to change our booking, three days of trying
+ pd . parking costs extra which is annoying but the room was so good i dont care
## hotel en plain
- pd . bathroom had black mould round the bath and the extractor fan didnt work
- pd . the room looked nothing like the photos, tired furniture, dusty curtains, stained lampshade
- pr . oh brilliant, fire alarm test at 7am on a sunday with no warning
- pd . carpet was sticky and the sheets had someone elses hair on them
- pe . receptionist told me to calm down when i asked why my room wasnt ready
- pd . wifi costs 15 a day. in this day and age. come on
- pd . breakfast was the saddest buffet, one sausage left and cold tea
- pr . they took a 200 deposit and still havent released it 2 weeks later
- pd . radiator stuck on full, window painted shut, slept on top of the covers
- pd . hair dryer didnt work, kettle was furry inside, tv had no remote
- pe . housekeeping walked in on me in the shower, twice
- pr . we booked a sea view and got a view of the bins
- pd . the pool was basically a cold bath with leaves in it
- pe . concierge couldnt be bothered, just pointed at a leaflet
- pr . 25 minutes on the phone to reception to get a towel
- pd . smelled of old cigarettes even though its non smoking
- pd . lumpy mattress and the pillows were like bricks
- pr . check out bill had a 40 quid resort fee nobody mentioned
- pe . the night porter was asleep and we rang the bell for ages
- pd . we saved up for months for this weekend for our anniversary and for 220 a night we got a broken blind, a dripping tap, a wobbly bed and a bathroom that hadnt been cleaned properly in weeks. gutted is an understatement
## hotel en churn
- pd c never again, the room was a health hazard
- pr c booking our work trips through a different hotel from now on
- pe c were not coming back and ive told everyone in our office the same
- . c cancelling our december booking, sorry but this wasnt it
## hotel en not churn
+ . . never had anything but a great stay here, third year running
- pr . had to ask reception three times for the iron, bit poor
+ pd . we used to go to the big resort but this is so much nicer, staying loyal
+ pe . would recommend to anyone, the team are fab
## hotel en spam
0 . s amazing travel blog, check out my channel for more tips
0 . s win a free cruise click the link now
0 . s anyone know a good film to watch on a long flight lol
## hotel en not spam
0 pr . can someone call me on 07700 900 384 about the wedding block booking
+ pd . read a book by the pool all afternoon and nobody bothered us, bliss
0 pd . saw your post about the new spa menu, is the hot stone massage back?
## hotel en negated praise
- pe . not exactly welcoming, felt like we were a nuisance
- pd . hardly what id call luxury
- pe . the staff werent the most helpful, put it that way
- pd . not the cleanest room ive had, hair on the pillow
## hotel fr praise
+ pd . chambre impeccable, literie au top, petit déj copieux
+ pe . réceptionniste aux petits soins, merci à yasmine
+ . . rien à redire, parfait du début à la fin
+ pd . vue incroyable depuis la terrasse, on a adoré
## hotel fr put right
+ pr . notre vol a été annulé et l'hôtel nous a gardé la chambre une nuit de plus sans rien demander
+ pe . j'avais oublié mon chargeur, ils me l'ont renvoyé par la poste
## hotel fr lukewarm
0 . . ça va, correct pour le prix
0 pr . à quelle heure faut il libérer la chambre ?
0 pd . il y a un parking pour les vélos ?
## hotel fr mixed
- pe,pd . personnel charmant mais la chambre sentait le renfermé et la douche fuyait
+ pd . salle de bain un peu vieillotte mais le lit était top et le calme absolu
- pr . bel hôtel mais on nous a facturé deux fois la taxe de séjour, toujours pas remboursé
## hotel fr plain
- pd . moquette douteuse et draps pas nets
- pr . super, 1h d'attente à l'accueil après 8h de route 🙄
- pe . réception désagréable et pas du tout arrangeante
- pd . insonorisation nulle, entendu les voisins toute la nuit
## hotel fr churn
- pd c on n'y remettra pas les pieds, trop sale
## hotel fr not churn
+ pe . on vient depuis 10 ans et jamais de mauvaise surprise
## hotel fr spam
0 . s gagnez un iphone en cliquant ici
## hotel fr not spam
0 pr . merci de me rappeler au 06 23 45 67 01 pour le séminaire
## hotel fr negated praise
- pd . pas franchement propre, la chambre
## hotel es praise
+ pd . habitación enorme y limpísima, la cama una gozada
+ pe . el recepcionista, javier, un amor, nos ayudó con todo
+ . . de diez, no le pongo ni un pero
+ pd . el desayuno buenísimo y variado 😍
## hotel es put right
+ pr . llegamos tardísimo por el vuelo y nos esperaron sin problema con la cena guardada
+ pe . me dejé el cargador y me lo mandaron a casa gratis
## hotel es lukewarm
0 . . correcto, para dormir una noche vale
0 pr . ¿a qué hora es el check out?
0 pd . sugerencia: poned más perchas en el armario
## hotel es mixed
- pd . buen precio pero la habitación con humedad y ruido toda la noche
+ pr . el check in lento pero la habitación y las vistas espectaculares
- pe . la habitación bien pero el de recepción fue un borde de cuidado
## hotel es plain
- pd . toallas manchadas y la ducha sin agua caliente
- pr . genial, dos horas esperando la habitación 🙄
- pd . el colchón hundido y las almohadas planas
- pe . el personal de limpieza entró sin llamar
## hotel es churn
- pe c nunca más, nos trataron como si molestáramos
## hotel es not churn
+ pd . no cambio este hotel por ninguno, siempre perfecto
## hotel es spam
0 . s curso de inversión en bitcoin, escríbeme
## hotel es not spam
0 pr . por favor llamadme al 611 234 987 por lo del grupo de la boda
## hotel es negated praise
- pe . no fueron precisamente amables en recepción
## clinic en praise
+ pe . dr okoye was amazing, actually explained my scan instead of rushing me out
+ pe . cant fault the nurses, so gentle with my nan
+ pr . booked online at 8, seen by 10. who even are you lol
+ pe . the receptionist was a legend, found me a cancellation slot and rang me herself
+ pd . my shoulder is finally pain free after 3 sessions, so happy
+ . . no complaints at all, great practice
+ pe . dentist was brilliant with my nervous 6 year old, she even asked to go back
+ pr . in and out in 20 mins, results by text the same evening
+ pe . nurse lily made a horrible smear test as painless as it could be, thank you
+ pd . my skin has cleared up completely with the cream they gave me
+ pe . the doctor phoned me at 7pm to check i was ok after my results, unheard of
+ . . faultless care from start to finish
+ pd . not bad at all, the stitches healed perfectly
+ pe . physio didnt just hand me a sheet, he walked me through every exercise. top guy
+ pr . text reminder, on time, clean waiting room, whats not to like
+ pe . couldnt ask for a kinder gp, she held my hand when i cried
+ . . honestly this place is elite, best dentist ive ever had 🦷✨
+ pd . filling was done so well i forgot it was there
+ pe . dr fernandez is a legend, gave me a proper plan not just pills
+ pr . the new app is so easy, booking, repeat meds, messages, all in one
+ pe . hygienist was so lovely and didnt tell me off for not flossing 😂
+ pd . cant complain, the treatment worked and it was cheaper than i thought
## clinic en put right
+ pe . my little boy split his chin open on a saturday and i was in bits. we rang expecting to be told go to a&e but nurse priya said come straight in, glued it herself, let him hold the torch and gave him a sticker. he now says he wants to be a nurse
+ pr . my appointment was cancelled at the last minute but they rebooked me for the next morning without any fuss
+ pe . left my purse in the waiting room and the receptionist had it locked away for me
+ pr . first antibiotic didnt work so they switched me the same day and im fine now
+ pr . they lost my blood sample but called me in the next day and rushed it through, results in 24h
+ pr . got there an hour early by mistake and they just saw me then
+ pe . dr shah was running 30 late but she apologised and didnt rush me one bit
+ pr . problem with my referral was fixed first time i called
+ pe . i fainted after my jab and the nurses were so calm and kind about it
+ pr . the computers went down but the team still got everyone seen, almost on time
+ pd . was terrified the root canal would hurt like everyone says, didnt feel a thing
## clinic en not put right
- pr . my referral got lost and 3 months on nobody can tell me where it is
- pe . told them the tablets made me sick and the doctor just said carry on, still feel awful
## clinic en lukewarm
0 . . it was ok, seen eventually
0 pr . do you need a referral for physio or can i self refer
0 pr . can i get my sick note emailed
0 pe . is there a female doctor i can ask for
0 . . standard check up, nothing to say
0 pr . suggestion: a screen showing how late the doctors are running would help a lot
0 pd . is the hpv jab free for adults
0 . . fine. in, blood taken, out
0 pr . what time do the phone lines open
0 pd . how much is a scale and polish
0 pe . doctor was ok, didnt really tell me anything new
0 pr . do you have parking for blue badge holders
0 . . average experience, like any other surgery
0 pr . can my partner come in with me for the scan
0 pr . is the walk in service open on bank holidays
## clinic en mixed
- pe,pr . dr ahmed is lovely but 6 weeks for an appointment is not ok, i could be dead by then
+ pr,pe . the phone queue is painful but once youre in the nurses are angels
- pd,pe . friendly dentist, shame the crown fell out after a week
+ pe,pr . 40 min late but the doctor was so thorough i didnt mind
- pe . receptionists nice enough, but nobody ever calls back when they say they will
+ pd,pe . waiting room is grim, the care is anything but
- pd . nice clean clinic but the physio did nothing for my back, 5 sessions and no change
+ pr . only thing is parking, otherwise brilliant surgery
- pr,pe . the nurse was great, but being billed twice for one appointment and waiting a month for the refund is shocking
+ pd,pr . bit pricey for private but worth every penny, seen same day
- pe,pd . the gp was kind though she completely missed my chest infection, ended up in a&e
+ pe,pd . the hygienist was a bit rough, apart from that great visit and my teeth never looked better
- pe,pr . lovely doctor but had to ring 40 times to get through, its a joke
+ pr,pe . online booking is clunky but results came fast and the doctor called me with them
- pe,pd . staff were pleasant, treatment was useless, still cant sleep for the pain
## clinic en plain
- pd . diagnosed me with a sprain, turns out it was broken. the x ray at a&e showed it in 5 minutes
- pe . the doctor typed the whole time and didnt examine me at all
- pr . oh fab, rang at 8:00 on the dot and all appointments gone again
- pd . new filling cracked within a month
- pe . receptionist demanded to know my symptoms then laughed
- pr . prescription sent to the wrong pharmacy, again
- pd . 3 courses of antibiotics and im still ill, nobody wants to look any deeper
- pr . appointment moved 4 times, all by text, never an explanation
- pe . the nurse was so rough taking blood i have a bruise the size of an orange
- pd . paid 90 quid for a 7 minute consultation where he googled my symptoms
- pd . the app said my results were normal but the hospital says otherwise, who do i trust
- pe . felt completely fobbed off, just take paracetamol
- pd . the teeth whitening barely did anything, 400 down the drain
- pr . waiting room like a sauna and an hour behind schedule. great combo
- pe . one of the doctors was rude and dismissive about my anxiety, made me feel like i was wasting his time
- pe . 3 emails about my results, 0 replies
- pd . the physio exercises made my knee worse not better
- pr . online booking crashes every single time
- pe,pr . no one told me the doctor had gone home, i sat there till closing
- pd . took my mum in three times over two months with the same stomach pain, each time told it was just stress or indigestion, sent home with antacids. she ended up having her gallbladder out in an emergency. nobody even examined her properly
## clinic en churn
- pe c switching to the practice in town, ive had enough of being ignored
- pd c not going back to that dentist after the botched filling
- pr c cancelling my private cover with you, not worth it for 4 week waits
- pe c wouldnt send my worst enemy to this surgery, im leaving
## clinic en not churn
+ pe . never had a doctor who cared this much, not going anywhere
- pr . had to ring back 3 times for a slot, frustrating
+ pr . moved here from the surgery across town and the difference is huge
+ pe . would recommend this dentist to anyone who is scared like me
## clinic en spam
0 . s 5 superfoods doctors dont want you to know about, click here
0 . s really enjoyed this blog post, very informative
0 . s buy followers cheap dm for price list
## clinic en not spam
0 pr . please text me on 07700 900 462 when my results are back
+ pe . the doctor wrote down the name of a book on chronic pain for me, its been a lifeline
0 pr . saw the post on your facebook page about covid boosters, can i walk in?
## clinic en negated praise
- pe . not exactly reassuring, he just said well see
- pe . hardly the most caring nurse ive met
- pd . wouldnt call that a thorough check up, 3 minutes tops
- pe . not what youd call a good listener, our gp
## clinic fr praise
+ pe . docteur très à l'écoute, enfin quelqu'un qui prend le temps
+ pd . mon dos va beaucoup mieux après trois séances, merci !
+ pe . l'infirmière a été d'une douceur incroyable avec ma fille
+ . . rien à redire, cabinet au top
## clinic fr put right
+ pr . rendez vous annulé mais ils m'ont replacé le lendemain sans problème
+ pe . j'ai oublié mon portefeuille et la secrétaire me l'a gardé
## clinic fr lukewarm
0 pr . il faut prendre rendez vous ou on peut venir sans ?
0 . . consultation normale, rien à signaler
0 pr . ce serait bien d'avoir des créneaux le samedi matin
## clinic fr mixed
- pe,pr . médecin gentil mais trois semaines pour un rendez vous c'est trop
+ pr . un peu de retard mais la dentiste est top
- pd . accueil agréable mais le traitement n'a servi à rien
## clinic fr plain
- pe . le médecin ne m'a même pas examiné
- pd . mauvais diagnostic, c'était une fracture
- pr . génial, 1h30 de retard et pas une excuse
- pe . secrétaire aimable comme une porte de prison
## clinic fr churn
- pe c je ne remets plus les pieds chez ce dentiste
## clinic fr not churn
+ pe . jamais eu de souci avec ce cabinet en 8 ans
## clinic fr spam
0 . s perdez 10 kilos sans effort, cliquez ici
## clinic fr not spam
0 pr . j'ai vu votre post sur la vaccination, faut il réserver ?
## clinic fr negated praise
- pe . pas très rassurant le médecin
## clinic es praise
+ pe . la doctora un encanto, me explicó todo con paciencia
+ pr . cita a la hora exacta y resultados al día siguiente
+ pd . el tratamiento funcionó genial, ya ni me duele
+ . . nada que decir, todo estupendo
## clinic es put right
+ pr . se perdió mi volante pero me lo solucionaron en el momento
+ pe . me mareé después del análisis y las enfermeras se portaron de maravilla
## clinic es lukewarm
0 pr . ¿hace falta cita para la vacuna de la gripe?
0 . . normal, una consulta como otra cualquiera
0 pe . ¿el doctor garcía pasa consulta los viernes?
## clinic es mixed
- pr . el médico atento pero tres horas de espera, imposible
+ pe . la espera larga pero la fisio una maravilla
- pd . la clínica muy limpia pero el empaste se me cayó a la semana
## clinic es plain
- pe . el médico ni me dejó hablar
- pd . me diagnosticaron mal y empeoré
- pr . qué bien, otra vez me cambian la cita sin avisar
- pe . nadie coge el teléfono en todo el día
## clinic es churn
- pd c me voy a otro dentista, este me destrozó la muela
## clinic es not churn
+ pe . nunca me han tratado mal en diez años
## clinic es spam
0 . s mira mi canal de recetas saludables
## clinic es not spam
0 pr . llamadme al 622 456 123 cuando estén los resultados
## clinic es negated praise
- pe . no es que la enfermera fuera muy delicada
## pharmacy en praise
+ pe . pharmacist asked all the right questions and told me to see a doctor that day, turned out she was right
+ pr . prescription ready in 10 mins even on a monday morning
+ pe . ellie on the counter is a legend, always remembers my sons name
+ . . cant fault this chemist, ever
+ pd . cheapest place around for hayfever stuff and they always have it
+ pe . she spent 15 minutes showing my dad how to use his inhaler, so patient
+ pr . the delivery driver brings my mums meds every thursday like clockwork
+ . . no complaints, been using them for years
+ pe . honestly the nicest pharmacy team, never make you feel awkward about anything
+ pr . repeat prescription through the app is a dream, ready when they say
+ pd . the cream the pharmacist suggested cleared my eczema in 4 days
+ pe . came in panicking about my babys temperature and they were so calm and helpful
+ . . couldnt ask for a better local pharmacy
+ pd . not bad at all, own brand painkillers half the price and work the same
+ pr . they open at 7am which is a godsend for shift workers
+ pe . the pharmacist rang my gp himself to fix my dosage, didnt have to lift a finger
+ pd . they had the exact hearing aid batteries my nan needs, nobody else does
+ pe . discreet and kind about the morning after pill, thank you
+ . . love this place fr, staff are so sweet 💕
+ pr . flu jab took 5 mins, no appointment needed
+ pe . the new pharmacist tom is fab, explains everything
## pharmacy en put right
+ pr . they were out of my insulin but had it sent over from their other branch in an hour
+ pe . dropped my prescription slip outside and someone handed it in, the staff rang me to say it was there
+ pr . wrong tablets in the bag but i noticed and they swapped them in seconds with a big apology
+ pr . cancelled my delivery by mistake and they rebooked it for the same day no problem
+ pr . thought id be waiting ages but it was already bagged up with my name on
+ pe . the card machine wouldnt take my card and the lady just said pay next time, so kind
+ pr . my script got stuck at the gp and the pharmacy chased it for me, ready next morning
+ pd . the first cream didnt work so the pharmacist suggested another and it worked straight away
+ pe . they close at 6 but stayed open 5 mins for me when i was stuck in traffic
+ pr . app crashed when ordering but they sorted it over the phone first time
## pharmacy en not put right
- pr . told me the meds were on order, 10 days later still on order
- pe . they lost my prescription and just said theres nothing they can do, ring the gp
## pharmacy en lukewarm
0 . . its a chemist, it does what it says
0 pr . do you do blood pressure checks
0 pd . do you have the childrens calpol sachets in
0 pr . can i pick up for my neighbour if i bring her letter
0 pd . suggestion: a little seating area for older people would be nice
0 . . fine, bit of a queue
0 pr . do you stay open late on a thursday
0 pd . how much are the travel vaccines
0 . . ok i guess, got what i came for
0 pr . is there a way to see online if my prescription is ready
0 pd . do you sell blood pressure monitors
0 . . average chemist, nothing stands out
0 pr . can you deliver to a care home
0 pe . is the pharmacist able to look at a rash or do i go to the gp
0 . . popped in for plasters, all fine
## pharmacy en mixed
+ pr,pe . ill be honest the queue on monday mornings is a nightmare and i nearly walked out last week, but when i got to the front the pharmacist had already noticed my dose had changed, rang the gp while i waited and had it sorted. thats why i keep coming
- pe,pr . the girls on the counter are sweet but every single month something is missing from my prescription
+ pr,pe . queue out the door but the pharmacist still had time for everyone, fair play
- pd . friendly enough but theyre never stocked, 3 trips for one box of antihistamines
+ pd,pr . a bit pricey though they always have what i need and its ready fast
- pe,pr . meds were ready on time but the manager was so rude about my exemption card i felt humiliated
+ pe,pr . slow on a saturday, but the team are so helpful i dont mind
- pe . lovely pharmacist, shame nobody ever picks up the phone
+ pr . only thing is the parking, otherwise perfect
- pr,pe . good advice but i was charged for a prescription i get free and im still waiting on the refund
+ pd,pe . smaller range than the big chains but the service is 100x better
- pd,pr . quick service but they gave me the wrong dose and i only noticed at home, scary
+ pr,pe . app is a bit buggy but the staff always sort it
- pe,pd . nice shop, but the pharmacist just told me to buy the most expensive thing, didnt listen at all
+ pe,pr . waited 20 mins, but the pharmacist came out, apologised and sorted my dad out brilliantly
- pr . staff mean well but the delivery service is a total shambles, missed 3 weeks out of 5
## pharmacy en plain
- pr . oh great, my prescription is on its way for the 3rd week running
- pd . sold me out of date eye drops
- pe . pharmacist talked about my meds at full volume in a packed shop
- pr . 45 mins queue to collect something that was meant to be ready
- pd . shelves half empty, no kids paracetamol anywhere
- pe . the lad on the till was chewing gum and didnt say a word
- pr . they gave me someone elses prescription. someone elses!
- pd . 12 quid for a tiny tube of cream?? robbery
- pr . shutters down at 5:40 when it says open till 6
- pe . asked a simple question and got an eye roll
- pr . delivery app says delivered, nothing arrived, cant get through to anyone
- pd . the hayfever tablets they recommended did absolutely nothing
- pe . made to feel like a drug addict for asking for my own prescribed painkillers
- pr . short on my tablets by 14 again, thats the second time
- pe . nobody answers the phone, ever
- pr . lovely, stood in the rain for 20 mins because they only let 2 in at a time
- pd . the own brand vitamins gave me a rash
- pr . dropped my repeat slip off a week ago, went in today and they hadnt even ordered it. my dad has been without his heart tablets for two days now and all i got was a shrug and come back tomorrow
- pe . staff too busy gossiping to serve anyone
- pd . the blister pack was damaged and half the pills crushed
## pharmacy en churn
- pr c moving my repeat prescription to an online one, fed up of waiting
- pe c after how they treated my mum we wont be using them again
- pr c please cancel my delivery service, ive gone to the big chemist in town
- . c never again, avoid
## pharmacy en not churn
+ pe . wouldnt go anywhere else, they look after the whole family
- pr . had to chase my prescription twice this month, not like them
+ pr . switched from the supermarket pharmacy and never looked back
+ . . i recommend them to anyone who asks
## pharmacy en spam
0 . s cheap diet pills shipped worldwide no questions asked
0 . s good article admin, i learned a lot about vitamins
0 . s ok ok ok ok ok ok ok ok
## pharmacy en not spam
0 pr . please call 07700 900 575 when the antibiotics are in
+ pe . the pharmacist recommended a book on diabetes cooking, full of great recipes
0 pd . saw the post on facebook about free blood pressure checks, is it every day?
## pharmacy en negated praise
- pe . not exactly discreet, the whole queue heard
- pe . hardly helpful, she just pointed to the aisle
- pd . wouldnt call the range great, nothing i needed
- pe . not the friendliest bunch in there
## pharmacy fr praise
+ pe . pharmacien de très bon conseil, toujours disponible
+ pr . ordonnance prête en 5 minutes, top
+ . . rien à redire, équipe adorable
+ pd . prix corrects et toujours en stock
## pharmacy fr put right
+ pr . il manquait mon traitement mais ils l'ont fait livrer chez moi le soir même
+ pe . j'avais laissé mes clés sur le comptoir, ils m'ont appelée tout de suite
## pharmacy fr lukewarm
0 pr . faites vous les tests antigéniques sans rendez vous ?
0 . . pharmacie classique, ni plus ni moins
0 pd . vous avez du sérum physiologique pour bébé ?
## pharmacy fr mixed
- pr . équipe sympa mais toujours un médicament en rupture
+ pe . un peu d'attente mais la pharmacienne a pris le temps de tout m'expliquer
- pe . conseils utiles mais accueil vraiment froid à la caisse
## pharmacy fr plain
- pe . pharmacienne désagréable au possible
- pr . erreur sur mon traitement, heureusement que j'ai vérifié
- pd . hors de prix pour de la crème solaire
- pr . fermé alors que c'est marqué ouvert sur internet, merci 🙄
## pharmacy fr churn
- pe,pr c je vais ailleurs désormais, trop d'erreurs et d'impolitesse
## pharmacy fr not churn
+ pr . je suis passée de la grande pharmacie à la vôtre et c'est le jour et la nuit
## pharmacy fr spam
0 . s découvrez mon blog de cuisine healthy
## pharmacy fr not spam
0 pr . rappelez moi au 07 88 55 22 11 quand le médicament arrive
## pharmacy fr negated praise
- pe . pas vraiment aimable au comptoir
## pharmacy es praise
+ pe . la farmacéutica siempre te aconseja genial
+ pr . todo listo en cinco minutos, así da gusto
+ . . de las mejores farmacias del barrio
+ pd . buenos precios y siempre tienen de todo
## pharmacy es put right
+ pr . no les quedaba mi pastilla y me la trajeron a casa por la tarde
+ pe . se me cayó la receta en la calle, alguien la entregó y me llamaron
## pharmacy es lukewarm
0 pr . ¿hacen pruebas de glucosa?
0 . . bien, lo normal de una farmacia de barrio
0 pd . estaría bien tener más cosas para bebés
## pharmacy es mixed
- pe . el sitio bien pero el chico de la caja fue muy seco
+ pr . había cola pero atienden rapidísimo y con cariño
- pd . muy amables pero carísimo todo
## pharmacy es plain
- pr . me dieron la dosis equivocada
- pe . ni un buenos días
- pd . la crema que me vendieron no hizo nada
- pr . genial, cerrado a la hora que pone que abren
## pharmacy es churn
- pr c me llevo la receta a otra farmacia, esto no funciona
## pharmacy es not churn
+ pe . nunca he tenido un problema con ellas, las recomiendo a todo el mundo
## pharmacy es spam
0 . s dinero rápido sin papeles llama ya
## pharmacy es not spam
0 pr . mi móvil es 633 777 444, avísenme cuando llegue el jarabe
## pharmacy es negated praise
- pe . no se puede decir que sean simpáticos
## garage en praise
+ pe . honest as the day is long, told me the brakes had another 10k in them
+ pr . mot and service done in one morning, back before lunch
+ pd . car hasnt run this smooth in years
+ . . cant fault them, ever
+ pe . gary is a legend, came in on his day off to get me back on the road
+ pd . price was way under what the dealer quoted for the same job
+ pe . explained everything in plain english, didnt treat me like an idiot cos im a woman
+ . . no complaints whatsoever, been going 12 years
+ pd . not bad at all, new clutch feels perfect
+ pr . rang at 9, they had me in by 11. whos doing that these days
+ pe . they showed me the worn parts and let me decide, no pressure
+ pd . valet included and the car came back cleaner than when i bought it lol
+ . . faultless, every time
+ pd . aircon regas done and its freezing now 🥶 perfect
+ pe . the lads are sound, always a laugh and never rip you off
+ pr . text updates all day with photos, so reassuring
+ . . this garage is goated, 10/10
+ pd . the dent repair is invisible, cant even tell where it was
+ pe . owner rang me back same evening with the quote like he said he would
+ pd . cheap tyres and fitted properly, cant complain
+ pr . they collected the car from my work and dropped it back, couldnt ask for more
## garage en put right
+ pr . car died on the way to my sisters wedding, rang them in a total panic at 8am on a saturday. sam came out with a new battery, fitted it on the driveway in 15 minutes and charged me less than the shop price. made it to the church with time to spare
+ pr . the part they ordered was wrong but they had the right one by next morning and didnt charge for the wait
+ pe . lost my key fob somewhere on the forecourt and one of the mechanics found it in the drain, what a star
+ pr . broke down the day after the service, they towed it back and fixed it free even though it turned out to be unrelated
+ pr . had to cancel my slot twice cos of work, they just rebooked me each time no fuss
+ pr . engine light came back on a week later, they had it in the same afternoon and sorted, no charge
+ pe . got the quote wrong by 80 quid and honoured the lower price, proper honest
+ pr . dropped it off expecting 2 days, they rang at 3pm to say it was ready
+ pd . was sure the gearbox was gone but it was just a sensor, 60 quid. could have kissed him
+ pe . my wife broke down at night on the a road and they sent someone out in 30 mins
+ pr . they scratched the door a bit moving it but owned up straight away and had it resprayed for free
## garage en not put right
- pd . same rattle as before i paid them, they say its normal
- pr . they promised a courtesy car, turned up and there wasnt one, still waiting for a call back
## garage en lukewarm
0 . . it was fine, did the job
0 pr . how long does a cambelt change take
0 pd . do you fit tyres i bought online
0 pr . can i wait while the mot is done
0 . . ok i guess, nothing to shout about
0 pd . whats the price for a full service on a diesel golf
0 pr . suggestion: online booking would save everyone phoning
0 . . average. car runs, bill paid
0 pd . do you do electric cars or just petrol and diesel
0 pr . is it ok to leave the keys in the letterbox overnight
0 . . standard garage
0 pr . could you send the invoice by email instead of paper
0 pd . do you sell part worn tyres
0 pe . is steve in on saturday, he did my car last time
0 . . car was in for a service, all good i think
## garage en mixed
- pe,pr . nice guys but ready tomorrow turned into a week with no phone call
+ pr,pd . had to chase them a bit but the car runs perfectly now, happy
- pd,pe . friendly owner, shame the exhaust started blowing again 2 weeks later
+ pd . not cheap though the work is spot on, you get what you pay for
- pd,pr . booked in fast, collected on time, and the same leak is still there. whats the point
+ pe,pr . waiting area is grotty but the mechanics are honest and quick, thats what matters
- pr,pd . good repair but the bill was 150 over the quote and nobody rang to ask
+ pr . only thing is theyre closed saturdays, otherwise top garage
- pe . the work seems fine but the guy at the desk was so condescending i wont forget it
+ pd,pe . apart from a greasy thumbprint on the seat, faultless job and lovely staff
- pd,pe . lovely lads but they didnt fix the actual problem, just replaced parts until i ran out of money
+ pr,pd . it took 3 days not 1 but they didnt charge for the extra time and its running sweet
- pr . mechanic knew his stuff, but the invoice was a mess and took 4 emails to correct
+ pe . a bit slow to answer the phone, though when you get dave hes brilliant
- pd,pe . good communication, rubbish paint job, you can see the line where they blended it
## garage en plain
- pd . new brake pads squealing like a pig from day one
- pr . oh lovely, a 4 day wait for a 20 minute job
- pd . they fixed the aircon and now the heater doesnt work
- pe . mechanic tried to sell me 4 new tyres when mine have 6mm tread
- pr . car was ready at 2, they locked up at 4 without ringing me, stuck with no car
- pd . oil leak worse after the service than before it
- pe . owner swore at me when i asked for the old parts back
- pd . 380 quid for a diagnostic that diagnosed nothing
- pr . quote said 250, bill said 410. labour took longer apparently
- pd . steering wheel is now off centre after the tracking
- pe . nobody ever calls you back, you have to go down there in person
- pr . failed the mot on a bulb they could have just changed, then charged me for the retest
- pr . booked at 8am, car not even looked at by 3
- pd . greasy handprints all over the headlining, nice
- pe . felt really patronised, he only spoke to my boyfriend
- pd . the warning light is back on the very next day
- pr . kept my car for 2 weeks waiting for a part that was in stock down the road
- pe . my mileage went up by 40 miles while it was with them?? joyride much
- pe . they blamed me for the damage they did
- pd . took the van in because it was losing power on hills, they replaced the turbo, 1100 quid, and a fortnight later its doing exactly the same thing. now they say its probably the injectors and want another 600 to look. no thanks
## garage en churn
- pd c never again, they made the car worse
- pe c taking my business to the garage down the road, at least theyre honest
- pr c cancel my service plan please, not renewing
- pe c told my whole family to avoid, were done with them
## garage en not churn
+ pe . never had a problem with these guys in 15 years
- pr . had to phone three times before they started on it, bit annoying
+ pr . left the main dealer for these lads, quicker and half the price
+ pe . would recommend dave to anyone with an old motor
## garage en spam
0 . s we buy any car top prices call now
0 . s best car meme page on insta follow us
0 . s lorem ipsum garage text here
## garage en not spam
0 pr . call me on 07700 900 689 when you know the price for the clutch
+ pe . the mechanic recommended a manual for my bike, great tip
0 pd . saw your post on fb about the summer aircon deal, how much is it?
## garage en negated praise
- pe . not exactly upfront about the price
- pe . hardly honest, charged for stuff they didnt do
- pd . wouldnt call it fixed, it still pulls to the left
- pe . not the most helpful lot when something goes wrong
## garage fr praise
+ pe . garagiste honnête qui explique tout, ça devient rare
+ pr . réparé dans la journée, impeccable
+ pd . la voiture roule comme une neuve, merci
+ . . rien à redire, je recommande les yeux fermés
## garage fr put right
+ pr . la pièce n'était pas la bonne mais ils ont récupéré la bonne le lendemain sans frais
+ pe . ils ont trouvé mon téléphone sous le siège et m'ont appelé tout de suite
## garage fr lukewarm
0 pd . vous faites les pneus hiver ?
0 . . correct, prix dans la moyenne
0 pr . on peut déposer la voiture la veille au soir ?
## garage fr mixed
- pd . gentils mais le bruit est revenu au bout de trois jours
+ pr . un peu long mais très bon travail et prix respecté
- pr . bon travail mais facture bien plus chère que le devis
## garage fr plain
- pd . vidange mal faite, fuite d'huile le lendemain
- pe . mécanicien méprisant, m'a parlé comme à une idiote
- pr . super, une semaine pour changer une ampoule 🙄
- pd . devis gonflé, c'est de l'arnaque
## garage fr churn
- pe c je ne reviendrai plus, trop malhonnêtes
## garage fr not churn
+ pe . jamais eu de mauvaise surprise chez eux, je reste fidèle
## garage fr spam
0 . s achetez vos voitures d'occasion sur mon site
## garage fr not spam
0 pr . vous pouvez me joindre au 06 12 98 76 54 pour le devis
## garage fr negated praise
- pe . pas très honnête sur le prix
## garage es praise
+ pe . mecánico honrado de los que quedan pocos
+ pr . me lo arreglaron en el día, de lujo
+ pd . el coche va como nuevo 🚗
+ . . de diez, sin pegas
## garage es put right
+ pr . se equivocaron con el presupuesto y me cobraron lo que habían dicho, muy serios
+ pe . se me averió el coche un domingo y vinieron a buscarlo igual
## garage es lukewarm
0 pr . ¿cuánto cuesta cambiar el aceite?
0 . . normal, ni caro ni barato
## garage es mixed
- pd . muy simpáticos pero el ruido sigue igual
+ pr . tardaron más de lo previsto pero quedó perfecto
- pr . buen trabajo pero me cobraron más de lo presupuestado
## garage es plain
- pd . me cambiaron las pastillas de freno y siguen chirriando
- pe . el del taller un borde y un chulo
- pr . genial, una semana para cambiar una rueda
- pd . el coche salió peor de lo que entró
## garage es churn
- pe c no vuelvo, me intentaron timar
## garage es not churn
+ pr . me pasé del concesionario a este taller y no vuelvo atrás
## garage es spam
0 . s compro oro y relojes al mejor precio
## garage es not spam
0 pr . mi número es 688 321 654, avisad cuando esté el coche
## garage es negated praise
- pd . no quedó precisamente bien la pintura
## bank en praise
+ pe . shoutout to priya at the high st branch, sorted my isa in 10 mins and explained everything
+ pd . honestly the best savings rate i could find anywhere and the app makes it so easy
+ pr . app is slick af, instant notifications, freeze card in one tap 🔥
+ pe . the guy on the phone was genuinely lovely, didnt rush me once
+ . . cant complain, 12 years with them and never a drama
+ pr . mortgage approved in under a fortnight, smoothest process ever
+ pe . tomasz at the business desk is a gem, always picks up
+ pd . no fees abroad, used my card all over japan and paid nothing extra
+ pr . paying in cheques through the app is a game changer for my little shop
+ pe . really patient with my dad who doesnt get online banking, took him through it step by step
+ . . couldnt ask for more from a bank tbh
+ pe . the team at the kingsway branch are class, proper old school service
+ pr . budgeting tools in the app actually helped me save for the first time
+ pd . cashback on the current account paid for my christmas presents lol
+ pr . called about a loan, decision in 5 minutes, money in the account by lunch
+ pe . big up to the fraud team, they rang me within seconds of a weird payment
+ . . faultless from start to finish opening my kids accounts
+ pe . advisor helped me sort my late mums accounts, so kind and gentle about it
+ pr . not bad at all, switched my salary over and everything moved across by itself
+ pd . interest rate on the fixed saver is spot on, very pleased
## bank en put right
+ pr . card got swallowed by the atm on a sunday night, no cash and a train to catch monday morning. rang the helpline expecting nothing and the woman arranged emergency cash at the station branch, then a new card was on my doormat by tuesday. honestly couldnt believe it
+ pe . thought id been scammed, rang up in a panic and the lady calmed me down and got it all back
+ pr . paid the wrong account by accident and they recovered the money within a week, didnt think that was possible
+ pr . they charged me an overdraft fee by mistake, one message in the app and it was reversed
+ pe . locked myself out of online banking, ahmed reset everything over the phone in 5 min
+ pr . direct debit bounced because of their system error but they paid the late fee for me and apologised
+ pe . lost my wallet at a festival, card frozen and replacement ordered before i even got home. legends
+ pr . mortgage offer nearly expired cos of a delay on their side, they extended it no questions asked
+ pd . my account got hacked last year and theyve been faultless ever since, the extra security is great
+ pr . app crashed mid transfer and i panicked but it had only gone through once, support confirmed in minutes
## bank en lukewarm
0 pr . do i need to book an appointment to open a savings account or can i just walk in
0 . . its alright, does what a bank does
0 pd . whats the interest rate on the easy access saver right now
0 pr . any chance of adding a spending by category chart to the app
0 . . average bank, average app, average rates
0 pr . how long does an international transfer usually take to arrive
0 . . it was ok i guess, opened the account, nothing to write home about
0 pr . is the branch on mill road open on bank holidays
0 pd . do you offer kids accounts that come with a card
0 pr . can i change my overdraft limit myself or do i have to call
0 . . did the job, got my mortgage, thats about it
0 pr . it would help if the chat had someone on it after 8pm
0 pd . are there fees for using the card in the us
0 . . no strong feelings either way, its a bank
0 pr . where do i find my sort code in the new app
## bank en mixed
+ pe,pr . queue in the branch was out the door but once i got seen sandra sorted everything, no complaints
- pd,pe . staff are friendly enough but the fees are daylight robbery
+ pr,pd . rates arent the best out there, but the app is so good i dont care
- pr,pe . advisor was lovely, shame the mortgage paperwork took 3 months
+ pe,pr . the online chat is slow, only thing id moan about, the branch team are brilliant
- pr,pd . decent savings rate but the app logs me out every 2 minutes, driving me mad
- pe,pr . quick to open the account, but the customer service when my card was blocked was shocking
+ pr . apart from one dodgy week when the app was down, been great
- pe,pd . app is nice to look at, though good luck ever getting a human on the phone
+ pd,pr . transfer took longer than they said but the cashback more than makes up for it
- pr,pe . the man at the desk tried to help but their system couldnt do anything, wasted my whole lunch break
+ pe,pr . otherwise perfect, just wish they answered emails faster. love the staff there
- pd,pr . good app, shame about the 35 quid fee for a 1 pound overdraft
+ pe,pd . fees a tad high but ive never been treated so well by a bank
- pr,pe . the staff in branch are lovely, genuinely, the lady even remembered my wedding date. but the system is absolutely useless, it took 4 visits, 2 letters and a phone call to change my surname, and my card still has the old one on it. nice people cant fix a broken bank
## bank en plain
- pr . love being told my card is "on its way" for the third week running
- pe . advisor kept trying to sell me insurance when i came in to report a stolen card
- pe,pr . 47 minutes on hold to be told to use the app. the app is whats broken
- pr . froze my account over a 200 quid transfer from my own mum. brilliant
- pd . the so called reward account pays 0.1%, embarrassing
- pe . the cashier rolled her eyes when i asked to pay in coins
- pr . branch shuts at 3:30 on a weekday, who is that for
- pr . app update wiped my saved payees, had to add every one of them again
- pe . nobody ever calls back when they say they will, 3 promised callbacks so far
- pr . took 9 days to get a replacement card, couldnt buy food
- pd . charged 3% to use my own card in spain, total rip off
- pr . fantastic, another "scheduled maintenance" on a friday night when i need to pay rent
- pe . guy on the fraud line was so rude i thought HE was the scammer
- pr . asked to close my late fathers account 6 weeks ago, brought the death certificate in person like they told me, filled in every form twice, and im still getting letters addressed to him every week. every time i ring someone new says theres no record of my visit. its exhausting
- pr . online banking down AGAIN, third time this month
- pe . the mortgage advisor talked to my husband the whole time like i wasnt even there
- pr . paid in a cheque 2 weeks ago and it still hasnt cleared
- pd . loan rate went up the day after they told me it was fixed
- pr . they keep sending the one time code to my old number even though i changed it in branch
- pe,pr . emailed the complaints team twice, got an automated reply both times, no actual human
## bank en churn
- pr c thats it, moving everything to one of those app banks this weekend
- pd c paying 15 a month for a packaged account that does nothing, closing it and going elsewhere
- pe c 30 years a customer and treated like dirt. account closed today
- pr c switch request submitted. you wont be missed
- . c wouldnt recommend this bank to my worst enemy, im out
## bank en not churn
+ pd . moved my isa over from another bank for the rate and really happy so far
- pe,pr . third time ive had to explain my complaint to a new person, still with them but annoyed
+ pr . thought about switching last year but honestly the app keeps me here
+ . . never once thought about leaving in 15 years
## bank en spam
0 . s brilliant article on mortgages admin, bookmarked it 🙏
0 . s guaranteed forex signals 90% win rate dm me on telegram
0 . s qwqwqw erer tyty
## bank en not spam
0 pr . someone called me from 0161 496 0000 saying theyre your fraud team, is that legit?
0 pr . read your blog post about the new fees, does it affect student accounts?
+ pe . my advisor lent me a book about pensions, actually useful, cheers gareth
## bank en negated praise
- pe . not exactly helpful when i asked about my missing payment
- pr . hardly what id call a quick transfer, 6 days
- pe . wouldnt say the staff were friendly, more like annoyed i was there
## bank fr praise
+ pe . ma conseillère est au top, toujours dispo et de bon conseil 👍
+ pr . appli hyper pratique, je fais tout depuis mon tel
+ . . rien à redire, vraiment
+ pd . frais bancaires quasi nuls, ça change de mon ancienne banque
## bank fr put right
+ pr . carte avalée par le distributeur, la nouvelle est arrivée en 3 jours, nickel
+ pe . prélèvement en double, le conseiller a tout régularisé dans la journée sans discuter
## bank fr lukewarm
0 pr . est ce qu'on peut ouvrir un livret A en ligne ?
0 . . banque moyenne, ni bien ni mal
0 pr . ce serait bien de pouvoir choisir son code de carte dans l'appli
## bank fr mixed
- pe,pr . agence sympa mais le service client au téléphone c'est une catastrophe
+ pd,pe . un peu chère mais mon conseiller vaut vraiment le coup
- pr,pd . bons taux, dommage que l'appli plante tout le temps
## bank fr plain
- pr . trois semaines pour recevoir un chéquier, sérieux ?
- pe . conseiller injoignable, jamais rappelé malgré 4 messages
- pd . 8 euros par mois pour une carte basique, du vol
- pr . virement bloqué sans explication, j'ai payé mon loyer en retard à cause d'eux
## bank fr churn
- pe c je clôture tous mes comptes, marre d'être pris pour un pigeon
## bank fr not churn
+ pd . je suis venue de chez la concurrence pour le prêt immo et je ne regrette pas
## bank fr spam
0 . s investissez en crypto et doublez votre argent, contactez moi sur whatsapp
## bank fr not spam
0 pr . j'ai reçu un sms avec un lien pour débloquer ma carte, c'est vous ou une arnaque ?
## bank fr negated praise
- pe . pas vraiment aidante, la dame à l'accueil
## bank es praise
+ pe . la gestora de la oficina un 10, me resolvió lo de la hipoteca en nada
+ pr . la app va genial, bizum al instante y sin líos
+ . . nada que reprochar, muy contento con el banco
+ pd . sin comisiones de verdad, ni letra pequeña ni nada 👏
## bank es put right
+ pr . me equivoqué en una transferencia y me recuperaron el dinero en dos días
+ pe . se me bloqueó la banca online y un chico muy majo me lo arregló por teléfono en cinco minutos
## bank es lukewarm
0 pr . ¿a qué hora abre la oficina los sábados?
0 . . un banco más, ni fu ni fa
0 pr . estaría bien poder sacar dinero sin tarjeta en todos los cajeros
## bank es mixed
- pe,pr . el director muy amable pero tardaron dos meses en darme la hipoteca
+ pr,pe . la app falla a veces pero en la oficina me tratan de maravilla
- pe,pd . buena atención, eso sí, las comisiones son un robo
## bank es plain
- pr . cajero fuera de servicio otra vez, ya van tres semanas
- pe . la de ventanilla me habló fatal delante de todos
- pd . me cobran mantenimiento de cuenta aunque dijeron que era gratis
- pe,pr . llamo y llamo y nadie coge el teléfono
## bank es churn
- pr c me llevo la nómina a otro banco, se acabó
## bank es not churn
+ pe . me cambié desde otro banco por recomendación y la verdad que genial
## bank es spam
0 . s gana 500 euros al día desde casa, escríbeme por whatsapp
## bank es not spam
0 pr . vi su post sobre la nueva tarjeta, ¿tiene cuota anual?
## bank es negated praise
- pe . poco amables, por no decir maleducados
## telecom en praise
+ pd . 900 meg fibre and it actually hits 900, unreal
+ pe . shout out to dev on the live chat, patient legend, sorted my whole family plan
+ pr . new sim arrived next day, activated in two mins, easy peasy
+ pd . 5g in the middle of nowhere in wales, did not expect that 😮
+ pe . engineer wiped his feet, explained everything and tidied the cables. 10/10
+ pd . best value tariff ive found, unlimited everything for less than my old deal
+ . . couldnt ask for better tbh
+ pr . upgrade done in store in 15 min, phone set up and ready to go
+ pe . the girl in the shop didnt try to upsell me once, just helped. refreshing
+ pd . wifi reaches the garden office now with the booster, game changer
+ pr . the app shows my usage and bills super clearly, love it
+ pe . called about a weird charge and got a real human in 2 mins who was actually nice
+ pd . zero lag on my ps5 since switching to you, honestly buzzing
+ . . faultless, 4 years and no issues
+ pd . signal on the underground is mint now
+ pr . install was booked for 8-12 and he turned up at 8:05 lol
+ pe . the retentions guy was sound, got me a proper deal without the usual games
+ pd . not bad at all for the price, streams 4k fine
+ pe . sarah from tech support stayed on the line till my router was sorted, absolute star
+ pd . calls crystal clear even abroad, very happy
## telecom en put right
+ pr . broadband went down during the storm, they texted updates and it was back by teatime
+ pe . got overcharged for 3 months, the lady refunded the lot and knocked a tenner off going forward
+ pr . phone got nicked, rang at 11pm and my number was blocked and a new sim on its way in minutes
+ pr . engineer couldnt fix it on the first visit but came back the next morning and its been perfect since
+ pe . router died the night before a massive work deadline and i was properly panicking. got through to a guy called femi who stayed calm, tethered me to my phone over the call so i could keep going, and had a courier bring a new router by 2pm the next day. saved my life tbh
+ pr . a roaming charge popped up by mistake and they wiped it before i even complained
+ pd . had dead zones all over the house, they sent mesh units free and now its flawless
+ pe . my nan got talked into an expensive add on, the shop manager cancelled it and refunded her straight off
+ pr . number transfer failed the first time but they sorted it within the hour and kept me updated
+ pr . outage in our area, they credited the account automatically. didnt even have to ask
## telecom en lukewarm
0 pd . is there a cheaper plan if i only use 2gb a month
0 . . speeds are ok, nothing amazing
0 pr . how do i turn off voicemail
0 pr . can i keep my email address if i change package
0 . . its fine i guess, it works most days
0 pd . any plans to bring fibre to the estate behind the school
0 pr . would be handy if the app let you pause the kids wifi
0 . . average provider, like all of them
0 pr . when does my contract actually end, cant see it anywhere
0 pd . do esims work with the sim only plans
0 . . did the job while i was in france for a week
0 pr . could you text before the engineer arrives instead of giving a 4 hour window
0 pd . whats the difference between the 150 and the 500 package really
0 pr . do i have to send back the old router
0 . . meh. its broadband
## telecom en mixed
- pd,pe . support staff always lovely but my speeds are half what im paying for
+ pr,pd . install was a faff, 2 visits, but the connection since has been rock solid
- pe,pr . quick signup, but try getting someone to pick up when it breaks
+ pd . shame about the price rise, otherwise cant fault the network
- pd,pr . nice app, but no signal in my own kitchen, whats the point
+ pe,pr . billing is confusing but every time i call they explain it nicely and fix it
- pd,pe . great coverage in town, though the staff in the shop couldnt care less
+ pd,pr . apart from the hold times its the best network ive been on
- pr,pe . engineer was a nice lad, still no internet after he left though
+ pd . a bit dear but never drops out, worth every penny
- pd,pe . cheap yes, but the evening speeds are shocking and support just read a script
+ pr,pe . took 3 calls to get the bill right, but the last guy went above and beyond, so fair play
- pd . the only good thing is the price, everything else is a mess
+ pe,pd . wifi is slow upstairs, thats the only thing. the team who installed it were brilliant
- pd,pr . good speeds, shame you double charged me and took 6 weeks to refund it
## telecom en plain
- pd . paying for superfast and getting 12 meg on a good day
- pr . 3rd missed engineer appointment. took the day off work for nothing again
- pe . chat bot then a human who was worse than the bot
- pd . price went up mid contract, how is that even legal
- pd . phone signal disappears every time i walk into my flat
- pr . love paying for internet i havent had since sunday 🙃
- pe . the store guy told me it was unlimited. it wasnt. 80 quid bill
- pr . got charged an exit fee even though i moved somewhere with no coverage
- pr . the app just says something went wrong every time i try to pay
- pe,pr . promised a callback within 24h, its been 9 days
- pd . wifi drops the second anyone starts a zoom call
- pr . they sent the router to my old address and then charged me for a new one
- pe . agent laughed when i said my mum relies on the landline for her alarm
- pd . dropped calls every time i drive past the roundabout, every single day
- pr . 14 weeks to get broadband installed in a new build. fourteen. three engineer visits cancelled the morning of, one guy who came and said the wrong cable was ordered, and a bill for the months i didnt have any service. working from home on a hotspot the whole time
- pe . passed to 5 different departments and each one blamed the other
- pd . 4g more like 4 seconds to load a page
- pr . bill says 42.99, contract says 29.99. cool cool cool
- pd . ping through the roof, unplayable online
- pr . outage page says no issues in my area while literally the whole street is down
## telecom en churn
- pd c contract up in june and im porting out, cant get a signal at home
- pe c done with the lies. told me in store there was no exit fee, told me on the phone there was, told me on chat it was being waived, then billed me for it anyway. cancelled today and went with another provider, should have done it months ago
- pr c requested my stac code, bye
- pr c moving broadband and mobile to a different company once the 30 days notice is up
- . c will never use this company again and told all my mates the same
## telecom en not churn
+ pd . came over from a big network last month and the coverage is miles better
- pr,pe . rang four times about the same fault, still a customer but getting fed up
+ pr . almost left at renewal but they matched the deal, happy to stay
+ pd . never had a single drop in the two years ive been here
## telecom en spam
0 . s nice blog bro, visit my page for free iptv 10000 channels
0 . s get 5000 instagram followers tonight whatsapp 07700 900 710
0 . s lorem ipsum sed do eiusmod tempor
## telecom en not spam
0 pr . my number is 07700 900 711 and its been cut off, please ring my partner on 07700 900 712
0 pr . saw the post about free streaming with the package, does that apply to existing customers?
+ pd . watched the whole cup final in 4k without a stutter, top stuff
## telecom en negated praise
- pe . not exactly helpful, the chat agent just ended the chat on me
- pd . hardly what id call fast broadband
- pd . far from reliable, drops out daily
## telecom fr praise
+ pd . la 5G passe partout, même au fin fond de la campagne, top
+ pe . technicien super pro et sympa, installation nickel
+ . . rien à redire sur l'opérateur, je recommande
+ pr . portabilité faite en une journée, aucune coupure
## telecom fr put right
+ pr . panne de box un vendredi soir, nouvelle box livrée le samedi matin, chapeau
+ pe . facturé deux fois, le conseiller m'a tout remboursé sans que j'aie besoin d'insister
## telecom fr lukewarm
0 pr . je peux garder mon numéro si je change de forfait ?
0 . . connexion correcte, sans plus non plus
0 pd . vous avez des forfaits sans engagement pour les ados ?
## telecom fr mixed
- pe,pd . conseillers gentils mais le réseau est nul chez moi
+ pr,pd . l'installation a pris du temps mais maintenant la fibre est au top
- pd,pr . prix attractif, dommage que le service client ne réponde jamais
## telecom fr plain
- pd . débit ridicule le soir, impossible de regarder une série
- pr . facture qui augmente tous les mois sans raison
- pe . on m'a raccroché au nez deux fois
- pr . technicien jamais venu, personne pour prévenir
## telecom fr churn
- pr c je résilie et je pars chez un autre opérateur dès la fin de l'engagement
## telecom fr not churn
+ pd . arrivé de chez un concurrent il y a un an, le réseau est bien meilleur ici
## telecom fr spam
0 . s iptv pas cher 20000 chaînes, contactez moi sur telegram
## telecom fr not spam
0 pr . j'ai vu votre post sur la panne, c'est réparé dans le 13 ?
## telecom fr negated praise
- pd . pas vraiment rapide, la fibre
## telecom es praise
+ pd . la fibra vuela, ni un corte en meses
+ pe . el técnico un crack, lo dejó todo instalado y explicado
+ pr . portabilidad hecha en un día sin perder la línea
+ . . no me puedo quejar, todo perfecto
## telecom es put right
+ pr . se me rompió el router y al día siguiente tenía uno nuevo en casa
+ pe . me cobraron de más y la chica del chat me lo devolvió al momento, un encanto
## telecom es lukewarm
0 pr . ¿se puede cambiar de tarifa sin permanencia?
0 . . va bien, lo normal
0 pd . ¿hay cobertura 5g en mi barrio?
## telecom es mixed
- pe,pd . en la tienda muy majos pero la cobertura en casa es una pena
+ pr,pd . tardaron en instalar pero desde entonces va de lujo
- pd,pe . buena velocidad, lástima que el servicio técnico no sirva para nada
## telecom es plain
- pr . tres semanas sin fibra y nadie da una solución
- pd . me subieron la tarifa sin avisar
- pe . el comercial me mintió con la permanencia
- pd . se cortan las llamadas todo el rato
## telecom es churn
- pr c ya pedí la portabilidad a otra compañía, hasta nunca
## telecom es not churn
+ pd . me vine de otra operadora y la cobertura es mucho mejor
## telecom es spam
0 . s liberamos tu móvil en 5 minutos, escríbenos al 699 000 111
## telecom es not spam
0 pr . mi número nuevo es 611 000 222, ¿pueden actualizarlo en mi cuenta?
## telecom es negated praise
- pe . de útil nada el servicio técnico
## transport en praise
+ pr . @northrail train on time to the minute all week, who are you and what have you done with my commute 😂
+ pe . massive thank you to the cabin crew on the lisbon flight, my toddler screamed for 2 hours and they were angels
+ pd . the new electric buses are so quiet and clean, loving it
+ pr . landed 25 mins early and the bags were on the belt before we got there
+ pe . driver on the 42 always says good morning to everyone, made my day
+ pd . first class upgrade was only 10 quid and so worth it, comfy seats and free coffee
+ pr . booked, changed my seat and checked in all on the app in 3 minutes, so easy
+ . . cant fault the service on this route, ever
+ pe . the guard helped a blind passenger off at every change, proper gent
+ pr . the 6:52 has been bang on time every morning since september
+ pd . clean, quiet, wifi actually works. best train journey in ages
+ pe . pilot kept us updated the whole flight and even cracked jokes, great crew
+ . . no complaints whatsoever, smooth trip start to finish
+ pr . connection looked tight on paper but we made it easily, well planned timetable
+ pe . absolute legend of a bus driver, waited for a kid sprinting down the road with his school bag
+ pd . night bus is a lifesaver, warm and feels safe
+ pr . boarding was the quickest ive ever seen, called by row and done in 15 min
+ pd . coach tickets were a tenner return, bargain
+ pe . lady at the ticket office found me a cheaper fare than the app, what a star
+ . . not bad at all, comfy and on time, would do again
## transport en put right
+ pr . flight cancelled at 10pm with two tired kids and i was ready to lose it. but within half an hour they had us booked on the 6am, a hotel room by the airport, a taxi there and dinner vouchers, and the 6am left on time. fair play, thats how you handle a cancellation
+ pe . lost my wallet on the bus, driver handed it in and the depot rang me the same afternoon
+ pr . bag didnt make it to malaga but was delivered to the hotel next morning, nothing missing
+ pr . 40 min delay but the compensation came through in 2 days without me chasing
+ pe . missed the last train because of a signal failure and staff booked us a taxi home at no cost
+ pr . overbooked flight, they moved me to a later one and gave me 250 in cash. id do it again lol
+ pe . my kid left her teddy on the tram and the lost property guy posted it back with a little note 😭
+ pr . strike day but the replacement buses were organised really well, got to work only 10 mins late
+ pr . booking glitch charged me twice, customer care refunded it within the hour
+ pe . broke down on the motorway and the coach driver had us on another coach in 30 min, kept everyone calm
## transport en lukewarm
0 pr . does the airport express stop at the hospital
0 pr . it was ok i guess, bit late but nothing major
0 pr . can i bring my bike on the 8am service
0 pd . how much is a child return to the coast
0 . . standard flight, nothing to say really
0 pr . is there a way to get e tickets without the app
0 pr . would be good if the screens showed the next 3 buses not just 1
0 . . average. some days good some days bad
0 pd . do the new trains have toilets
0 pr . what happens to my railcard if i lose it
0 . . got me from a to b, thats all i ask
0 pr . any news on when the sunday timetable changes
0 pd . is hand luggage included in the basic fare
0 . . fine for a short hop
0 pr . could you put the platform number up earlier than 2 mins before departure
## transport en mixed
- pe,pr . the crew were lovely to be fair, handed out water and apologised loads. but a 3 hour delay sat on the plane with the doors shut and zero info from the airline itself, no texts, no emails, nothing on the app. we only found out why from the pilot at the very end
+ pr,pe . train was 20 min late, but the conductor kept us posted and was really funny, no hard feelings
- pd,pr . comfy seats, shame the train was cancelled on the way back
+ pd . bit cramped but the price was unbeatable, would book again
- pe,pr . driver was friendly enough though the bus turned up 25 mins late again
+ pr,pe . apart from the boarding chaos, the flight was great and the crew were super
- pe,pr . nice staff at the gate, still lost my suitcase though
+ pr,pd . the app is awful but the trains themselves are brilliant
- pd,pr . cheap tickets, but you get what you pay for, dirty and always late
+ pd,pe . carriage was a bit grubby, only thing, staff were top notch
- pd,pr . new trains look nice but they break down every other day
+ pd,pr . wifi didnt work but we arrived on time and the seats were comfy, happy enough
- pd,pe . the view on the coastal line is stunning, the guard who shouted at my kids was not
- pr . airline were quick to rebook me, then lost my bag on the new flight 🙄
+ pe,pr . the queue at security was long but the ground staff were so helpful we didnt miss anything
## transport en plain
- pr . love waiting 40 min in the rain for a bus the app says is "arriving" 🙃
- pr . @northrail delayed again. 3rd time this week. does anyone there even look at the timetable
- pe . cabin crew snapped at my elderly dad for being slow with his bag
- pr . @skyjetair bag lost for 9 days now and the tracker still says being located. ive filled in the form twice, been on hold for hours, bought new clothes for my whole holiday and nobody will even tell me which country its in. where is it
- pd . standing room only from brighton to london, paid 60 quid to stand by a toilet
- pr . flight cancelled by text at 3am, no rebooking, no hotel, nothing
- pe . driver drove straight past me at the stop, i waved and everything
- pr . tried to book online 4 times, payment failed every time but the money left my account
- pd . seats on the 19 are filthy, something sticky on every one
- pe . the guard refused to put the ramp down for my wheelchair even though it was right there
- pr . 2 carriages instead of 8 at rush hour. genius planning
- pr . the refund for my cancelled flight is at 4 months and counting
- pe . ticket office guy just shrugged when i asked about the next train
- pd . heating stuck on full blast in july, people nearly fainting
- pr . coach left 10 min early and left half of us standing there
- pr . thanks for the 2 hour tour of a field outside reading, really enjoyed it 🙄
- pe . crew ignored the call button for an hour on a long haul flight
- pd . legroom so tight my knees were in my chin the whole way
- pr . board said delayed then cancelled then delayed again, make your mind up
## transport en churn
- pr c @skyjetair 3 hours on the tarmac, no water, no info. #neveragain
- pr c cancelling my season ticket and working from home, your trains are a joke
- pe c never flying with you again, the way the crew spoke to my wife was disgusting
- . c wouldnt recommend this coach company to anyone, avoid
- pr c bought a car. never relying on this bus service again
- pr c after that booking fiasco im going with a different airline from now on
## transport en not churn
+ pr . ditched the car for the train 6 months ago and no regrets
- pr . third delay this week, i have no other way to work so ill be back tomorrow moaning again
+ pe . never had an issue with the crew on this airline
+ pr . used to fly with another airline but this one is way more on time
## transport en spam
0 . s great article on travel hacks, check my blog for more cheap flight tips
0 . s win a free cruise click here to claim your prize now
0 . s jjkjjk lolol
## transport en not spam
0 pr . lost my bag on the 7:40, my contact number is 07700 900 820, please call if found
0 pr . saw your post about the summer timetable, does the 5 still go to the beach?
+ pe . the guard saw me reading a book by his favourite author and we chatted all the way to york, lovely
## transport en negated praise
- pr . hardly on time, 35 min late again
- pe . not exactly the friendliest crew ive met
- pd . far from comfortable, 4 hours on a seat that doesnt recline
## transport fr praise
+ pr . train pile à l'heure, trajet super agréable
+ pe . contrôleur adorable avec les enfants, merci à lui
+ pd . sièges confortables et wifi qui marche, top
+ . . vol parfait, rien à redire
## transport fr put right
+ pr . vol annulé mais on nous a reclassés sur le suivant avec un repas offert, impeccable
+ pe . oublié mon téléphone dans le tram, un agent me l'a rapporté à la station le soir même
## transport fr lukewarm
0 pr . est ce que le bus 12 circule le 1er mai ?
0 . . trajet correct, sans histoire
0 pd . ce serait bien d'avoir plus de places pour les vélos
## transport fr mixed
- pe,pr . équipage sympa mais 2h de retard sans aucune explication
+ pr,pd . un peu de retard mais le train était propre et confortable, ça va
- pd,pr . billets pas chers, mais bus toujours bondé et en retard
## transport fr plain
- pr . valise perdue depuis une semaine, aucune nouvelle
- pe . chauffeur désagréable, il a refusé d'attendre une dame âgée
- pr . encore un rer supprimé, merci pour rien
- pd . wagons sales et clim en panne en plein été
## transport fr churn
- pr c je ne prendrai plus jamais cette compagnie aérienne
## transport fr not churn
+ pd . avant je prenais une autre compagnie, celle ci est bien plus confortable
## transport fr spam
0 . s gagnez un voyage gratuit, cliquez ici vite
## transport fr not spam
0 pr . j'ai perdu mon sac dans le bus 38, vous pouvez m'appeler au 06 11 22 33 44 ?
## transport fr negated praise
- pr . pas vraiment ponctuel ce train
## transport es praise
+ pr . el ave llegó puntualísimo, como siempre
+ pe . la tripulación encantadora, nos cuidaron un montón
+ pd . autobuses nuevos, limpios y con aire, da gusto
+ . . viaje perfecto, nada que objetar
## transport es put right
+ pr . perdí el vuelo de conexión por un retraso y me recolocaron en el siguiente sin pagar nada
+ pe . me dejé la cartera en el asiento y el conductor me la guardó hasta la vuelta
## transport es lukewarm
0 pr . ¿el bus nocturno para en la estación?
0 . . normal, ni bien ni mal
0 pd . ¿la maleta de cabina entra en la tarifa básica?
## transport es mixed
- pe,pr . el personal amable pero una hora de retraso sin avisar
+ pr,pd . salimos tarde pero el tren comodísimo, sin queja
- pd,pr . billete barato, pero el metro siempre hasta arriba y con averías
## transport es plain
- pr . me perdieron la maleta y nadie me dice nada
- pe . el revisor fue un borde con mi madre
- pr . vuelo cancelado y ni hotel ni nada, a dormir en el suelo
- pd . asientos rotos y el baño inutilizable
## transport es churn
- pr c no vuelvo a volar con esta aerolínea en mi vida
## transport es not churn
+ pr . antes volaba con otra compañía y esta es mucho más puntual
## transport es spam
0 . s gana un crucero gratis, pincha aquí
## transport es not spam
0 pr . vi su post sobre la huelga del lunes, ¿qué trenes funcionan?
## transport es negated praise
- pr . puntual no es precisamente este tren
## gym en praise
+ pe . coach dani is unreal, finally did my first pull up at 41 💪
+ pd . kit is immaculate, never waited for a rack even at 6pm
+ pr . class booking on the app takes literally 2 taps
+ pe . the staff actually notice when you havent been in a while and check on you, so nice
+ . . couldnt ask for a better gym honestly
+ pd . cheapest membership in town and the place is spotless
+ pe . hiit class with marcus absolutely destroyed me and i loved every second
+ pd . showers are hot, towels are free, sauna is class. what more do you want
+ . . cant complain, best 30 quid i spend each month
+ pe . my pt planned everything around my bad hip, zero pain now
+ pr . open 24/7 and it really is, did a 3am session after my night shift
+ pd . the new free weights area is a dream
+ pe . the reception team are always smiling, makes going in at 6am less grim lol
+ pr . signed up online in 5 minutes and my fob worked first try
+ pd . the aircon actually works, who knew
+ pe . the aqua aerobics lady is a gem, my mum loves her
+ . . faultless, 3 years in and still buzzing to go
+ pd . not bad at all for a budget gym, clean and plenty of machines
+ pe . proper community vibe, everyone spots each other and the staff know your name
+ pr . classes always start on time and the timetable never changes last minute
## gym en put right
+ pr . membership payment failed cos of my bank, they just let me keep training while i sorted it. class
+ pe . left my wedding ring on a bench, staff found it, locked it up and messaged me. cant thank them enough
+ pr . spin class got cancelled but they emailed the night before and gave me a free guest pass
+ pd . treadmill broke mid run, they had it fixed by the next morning
+ pe . pulled my shoulder on the bench last month and thought that was me out for ages. lee, who wasnt even my trainer, stopped what he was doing, spent 20 min showing me stretches and wrote me a little plan. back lifting within a week and he still asks how its going
+ pr . was charged the old price after the change, one email and refunded in 2 days
+ pe . my locker jammed with my keys inside, the duty manager had it open in 5 min and had a laugh about it
+ pr . booking system double booked my pt slot but they found me another trainer straight away, session was great
+ pd . heating was broken in the studio so they moved our yoga to the big hall and gave everyone a smoothie lol
+ pe . forgot my card, guy on the desk let me in with my name and a smile
## gym en lukewarm
0 pr . what time do the doors open on christmas eve
0 . . gym is ok, does the job
0 pd . do you have a squat rack or only smith machines
0 pr . can i bring a friend for a free session
0 pd . it was ok i guess, bit small
0 pr . would be great if you put the class capacity on the app
0 pd . any chance of adding a rowing machine or two
0 . . average gym, average price, average music
0 pr . do i need to book the sauna or just turn up
0 . . fine for what i need
0 pr . is there parking after 6
0 pd . whats the difference between the gold and the basic membership
0 . . nothing special but its close to home
0 pr . can i pay yearly instead of monthly
0 pd . do the lockers take padlocks or coins
## gym en mixed
- pe,pd . the coaches are top but the place stinks of sweat, sort the ventilation out
+ pd,pe . changing rooms are a bit tired, but the trainers more than make up for it
- pr,pe . love the staff, hate that classes are full the second booking opens
+ pr,pd . parking is a nightmare, otherwise its the best gym around
- pd . great equipment, shame about the price hike every january
+ pd . bit loud and busy after work, only thing, the kit is top notch
- pd,pe . nice clean gym though my pt kept cancelling on me
+ pe,pr . apart from the app being glitchy, no complaints, the instructors are brilliant
- pd,pe . receptionist is lovely but half the bikes in spin are broken
+ pr,pd . took ages to get my fob working but the pool is stunning
- pr,pd . the sauna is great, the fact its closed every other week for maintenance is not
+ pd,pe . smallish gym, but the owner knows everyone and really cares
- pe,pd . nice music, terrible attitude from the evening staff
+ pd . not the cheapest but the cleanest gym ive ever been in
- pd,pr . cheap and open 24h, but nothing gets fixed, cable machine broken since march
## gym en plain
- pd . 3 showers for the whole mens changing room and 2 are broken
- pe . pt spent my paid hour texting his girlfriend
- pd . love paying 50 a month to queue for a bench 🙄
- pe . the manager told me women should stick to the cardio area. wow
- pr . charged me a joining fee that was meant to be waived
- pd . mould on the ceiling in the womens showers
- pr . booked the 7am class, got there and it was cancelled, no email
- pe . reception too busy chatting to notice someone fainted by the door
- pd . music so loud you cant hear yourself think
- pr . app says the gym is quiet, get there and its rammed
- pd . dumbbells missing, cables frayed, mats torn. lovely
- pe . instructor singled me out in front of the whole class for being slow
- pr . pool closed again with no notice, third time this month
- pd . aircon broken all summer, felt like training in a sauna
- pr . they took my monthly payment twice and the desk said email head office. emailed head office, they said speak to the desk. went back to the desk, the manager was off. three weeks later im still 35 quid down and nobody will own it
- pe . nobody on the desk for 20 min, couldnt get in
- pd . the so called spa is a hot tub thats always cold
- pr . locked out of the gym cos the fob system was down again
- pe . cleaner mopped right under me while i was doing press ups, and tutted
## gym en churn
- pr c tried to cancel and got told i had to come in person with a signed letter. its 2024 lads. so i took a morning off, went in with the letter, and they said the manager had to sign it and he wasnt in. im gone, stopping the direct debit at the bank
- pd c not renewing in may, found a gym with working showers
- pe c after the way the manager spoke to me im cancelling today
- . c would not recommend to anyone, save your money
+ pr c had to cancel cos i moved city and they did it in one click, no guilt trip, would go back if i ever return
- pr c please stop my direct debit, done with this place
## gym en not churn
+ pd . left a big chain for this place, never looking back
- pd,pe . reported the broken leg press three times, still here but come on
+ pr . nearly cancelled in january, so glad i didnt, best shape of my life
+ pe . never had a bad session with any of the coaches
## gym en spam
0 . s nice post! my channel has 100 free workout videos, subscribe
0 . s buy sarms no prescription fast shipping telegram gainz4u
0 . s ghghgh fjfjfj
## gym en not spam
0 pr . saw your post about the bootcamp, is 07700 900 930 the right number to sign up?
+ pe . coach shared her overnight oats recipe and its actually tasty, cheers
0 pr . read your article on the new opening hours, is the pool open earlier too?
## gym en negated praise
- pe . not exactly welcoming, nobody said a word to me when i joined
- pd . hardly what id call clean
- pe . wouldnt call the trainers motivating, more like bored
## gym fr praise
+ pe . coachs au top, toujours là pour corriger la posture
+ pd . salle propre, matos récent, rien à dire
+ pr . réservation des cours ultra simple sur l'appli
+ . . franchement rien à redire, j'adore
## gym fr put right
+ pe . j'ai oublié mes écouteurs, l'accueil me les a gardés une semaine
+ pr . cours annulé mais on m'a proposé une séance perso gratuite à la place
## gym fr lukewarm
0 pr . c'est ouvert le dimanche ?
0 . . salle correcte, rien d'exceptionnel
0 pd . vous avez des cours de pilates ?
## gym fr mixed
- pe,pd . coachs sympas mais vestiaires dégoûtants
+ pr,pe . appli pas terrible mais l'équipe est adorable, je m'y sens bien
- pd,pr . bon matériel, dommage qu'il faille faire la queue une heure pour les machines le soir
## gym fr plain
- pd . la moitié des tapis de course en panne
- pe . le gérant nous parle mal, aucun respect
- pr . prélevée alors que j'avais suspendu mon abonnement
- pd . ça sent le renfermé, aucune aération
## gym fr churn
- pr c je résilie dès que mon engagement se termine
## gym fr not churn
+ pe . je venais d'une autre salle, ici l'ambiance est bien meilleure
## gym fr spam
0 . s achetez des compléments miracle, prise de masse garantie
## gym fr not spam
0 pr . j'ai vu votre post sur le cours de boxe, il reste des places ?
## gym fr negated praise
- pe . pas vraiment motivant ce coach
## gym es praise
+ pe . la monitora de zumba es lo más, salgo nueva
+ pd . gimnasio limpísimo y con máquinas nuevas
+ pr . reservar clases por la app es facilísimo
+ . . no le pongo ni una pega
## gym es put right
+ pr . me cobraron la matrícula por error y me la devolvieron sin problema
+ pe . me lesioné en clase y el monitor me acompañó y me llamó al día siguiente para ver qué tal
## gym es lukewarm
0 pr . ¿hay descuento para estudiantes?
0 . . está bien, sin más
0 pd . ¿tienen piscina climatizada?
## gym es mixed
- pe,pd . monitores majos pero las duchas siempre frías
+ pd,pr . se llena a última hora pero las instalaciones son una pasada
- pd,pr . buen precio, lástima que cancelen tantas clases
## gym es plain
- pd . las bicis de spinning rotas desde hace un mes
- pe . el de recepción pasa de todo
- pr . cambiaron los horarios sin avisar a nadie
- pd . hace un calor insoportable, el aire nunca funciona
## gym es churn
- pe c con este trato no renuevo, me voy a otro sitio
## gym es not churn
+ pd . vine de una cadena grande y aquí estoy mucho mejor
## gym es spam
0 . s vendo proteína barata, escríbeme al 622 111 000
## gym es not spam
0 pr . vi su publicación del reto de verano, ¿cómo me apunto?
## gym es negated praise
- pd . limpio, lo que se dice limpio, no está
## salon en praise
+ pe . lana is a wizard with curls, first time ive loved my hair in years 😍
+ pd . my blonde is SO bright and not a hint of brass, obsessed
+ pr . online booking is so easy and they send a reminder the day before
+ pe . barber had me in stitches the whole time and the fade is crisp 🔥
+ . . cant fault them, every single visit
+ pd . gel mani lasted a full month, not one chip
+ pe . she actually listened when i said only an inch off. a miracle
+ pd . best brows ive ever had, perfectly shaped
+ pe . such a calm lovely place, they made my anxious daughter feel so safe
+ pr . in and out in 30 min for a beard trim, exactly on time
+ . . no complaints at all, always leave feeling a million dollars
+ pd . reasonably priced for the quality, and the cut grows out so well
+ pe . tom is an absolute legend, best skin fade in the city hands down
+ pd . hair feels like silk after the treatment, wow
+ pe . the junior who washed my hair gave the best scalp massage of my life
+ . . couldnt ask for more, gorgeous salon and gorgeous result
+ pr . they fitted me in on a saturday morning with an hours notice, lifesavers
+ pd . not bad at all for a first visit, really happy with the layers
+ pe . ella took so much care with my wedding hair, everyone asked who did it
+ pd . lashes look so natural, my husband didnt even notice, just said i looked well lol
## salon en put right
+ pe . colour went a bit too dark so jen toned it back that same afternoon for free, perfect now
+ pr . my stylist was off sick, they rang me first thing and moved me to her colleague who was amazing
+ pd . one nail broke the next day and they fixed it at no charge, super quick
+ pe . turned up on the wrong day (my fault) and they still squeezed me in 🙏
+ pr . booking system lost my appointment but the manager gave me her own slot and a discount
+ pe . left my sunglasses there, they kept them safe for 2 weeks till i could pick them up
+ pd . came in with a home dye disaster, green tinge and all, walked out with the most gorgeous brunette
+ pe . bit of bleach on my skin started to sting, they rinsed it straight off and were so careful after, no damage
+ pr . running 15 min behind but they offered a coffee and a hand massage while i waited. more than fine with me
+ pe . i actually cried when i saw the first result, it was nothing like the picture. instead of getting defensive the owner sat with me, asked what i really wanted, and redid the whole thing that afternoon for free. didnt make me feel silly at all and i love it now
## salon en lukewarm
0 pr . do you do kids cuts on weekdays after school
0 . . haircut was ok, bit meh
0 pd . how much is a keratin treatment for long hair
0 pr . can i bring my own hair dye
0 . . fine, does the job, nothing to rave about
0 pd . do you stock olaplex
0 pr . would be nice to be able to pay the deposit online instead of by phone
0 . . average salon tbh
0 pr . how far in advance do i need to book for a wedding trial
0 pd . whats the price difference between junior and senior stylists
0 . . it was alright i guess, same as anywhere
0 pr . is there a cancellation fee if i move my appointment
0 pd . do you do balayage on dark hair or only highlights
0 . . did the job for a quick trim
0 pr . please could you add sunday opening
## salon en mixed
- pe,pd . stylist was lovely, really chatty, we got on great and she made me a nice coffee. but i asked for a trim to keep my length for my sisters wedding and she took way too much off, its at my chin now. i spent 2 years growing it and i could honestly cry
+ pr,pd . waited 25 min past my slot but omg the colour, forgiven
- pd,pr . nice cut, shame they charged me 15 more than quoted
+ pe,pd . the place is a bit tatty but kerry is a genius with scissors
- pe,pd . great head massage, though the cut itself is wonky at the back
+ pd . costs a small fortune but the toner lasts months, so it evens out
- pr,pe . friendly girls but every single time im kept waiting
+ pr,pe . booking online is clunky, only thing id change, the barbers are top class
- pd,pe . barber was a nice guy, the beard line though... wonky as anything
+ pe,pd . nails not quite the shade i picked but the tech was so sweet and they look good, happy
- pd,pr . loved the vibe and the music, hated the patchy highlights
+ pd,pr . apart from the wait for an appointment, everything about this place is perfect
- pe,pd . gorgeous salon, terrible customer service when i said the colour was off
+ pe,pr . a bit disorganised at reception but the stylists are the best ive found
- pd,pe . sweet girl, but she clearly didnt know how to cut curly hair
## salon en plain
- pd . asked for subtle babylights, got tiger stripes 🐯
- pe . stylist spent the whole time slagging off other clients. awkward
- pr . 90 minutes late starting my colour and no apology
- pd . blow dry dropped within an hour, waste of 40 quid
- pe . they made me feel stupid for asking how much it would be
- pr . booked a cut and colour, they only had time for the colour
- pd . eyebrow wax left me with a red rash for 3 days
- pe . barber nicked my ear and didnt even say sorry
- pd . acrylics lifting after 4 days and one fell off at work
- pr . 30 quid deposit taken when i booked, then they cancelled my appointment the day before cos the stylist was double booked. 3 weeks later the deposit still isnt back, ive messaged on instagram, emailed and called and all i get is well look into it
- pe . i said it hurt twice and she just carried on pulling
- pd . love paying 120 quid to look like a traffic cone 🙃
- pr . salon was shut when i got there, nobody told me
- pd . perm fried my hair, it snaps if you touch it
- pe . receptionist on her phone, didnt look up once when i came in
- pd . layers are all different lengths, looks like i did it myself
- pr . charged me for a treatment i said no to
- pe . they talked over me to my mum like i was 5. im 22
- pd . spray tan came out patchy and streaky, orange hands
- pe,pr . no one ever picks up the phone to book
## salon en churn
- pd c never letting them near my hair again, going back to my old hairdresser
- pe c 6 years loyal and she dropped me for an influencer, finding someone new
- pr c please cancel my standing monthly appointment, i wont be rebooking
- . c would not recommend to anyone, honestly avoid
- pd c last visit, colour was a disaster and theyre not getting another penny
## salon en not churn
+ pe . used to go to a big chain salon, switched to you and theres no comparison
- pr,pe . had to remind them three times about my allergy patch test, not impressed but ill be back for the cut
+ pd . never had a bad colour here in 5 years
+ pr . almost booked somewhere else because of the price rise but honestly worth staying
## salon en spam
0 . s amazing post hun, check my page for wholesale lash extensions
0 . s work from home selling beauty products, 1000 a week, dm me
0 . s lkjlkj poiuy
## salon en not spam
0 pr . can you text me on 07700 900 950 when a cancellation comes up
0 pr . saw the post about the new nail tech, is she doing gel extensions?
+ pe . we ended up swapping cake recipes while my foils were on, such a laugh
## salon en negated praise
- pe . not exactly gentle, my scalp is still sore
- pd . hardly the look i asked for
- pe . wouldnt say she listened, took 3 inches off when i said one
## salon fr praise
+ pe . coiffeuse géniale, elle a tout de suite compris ce que je voulais
+ pd . mon balayage est sublime, je suis fan
+ pr . rdv en ligne hyper simple et aucune attente
+ . . toujours parfait, rien à redire
## salon fr put right
+ pd . un ongle cassé le lendemain, réparé gratuitement sans discuter
+ pe . j'étais en retard de 20 minutes et ils m'ont quand même prise avec le sourire
## salon fr lukewarm
0 pr . vous faites les coupes enfants le mercredi ?
0 . . bof, coupe correcte
0 pd . c'est combien un lissage brésilien ?
## salon fr mixed
- pe,pd . accueil adorable mais la couleur a viré au jaune
+ pr,pd . un peu d'attente mais le résultat est top
- pd . coupe sympa, dommage que le prix ait doublé depuis l'an dernier
## salon fr plain
- pd . frange beaucoup trop courte, je ressemble à rien
- pe . coiffeur désagréable qui ne m'a pas écoutée
- pr . une heure de retard sur mon rendez vous
- pd . brûlure au cuir chevelu avec la décoloration
## salon fr churn
- pd c plus jamais, je vais ailleurs
## salon fr not churn
+ pd . je venais d'une grande chaîne, ici c'est le jour et la nuit
## salon fr spam
0 . s formation extensions de cils, contactez moi en mp
## salon fr not spam
0 pr . j'ai vu votre post sur les chignons de mariage, vous faites des essais ?
## salon fr negated praise
- pe . pas très aimable la nouvelle coiffeuse
## salon es praise
+ pe . la peluquera es una artista, me encanta mi corte
+ pd . las mechas me han quedado preciosas, súper naturales
+ pr . siempre puntuales, nunca espero
+ . . de diez, como siempre
## salon es put right
+ pd . se me saltó una uña al día siguiente y me la arreglaron gratis
+ pe . me equivoqué de día y aun así me hicieron un hueco, un amor
## salon es lukewarm
0 pr . ¿abren los lunes?
0 pd . el corte bien, sin más, lo normal
0 pd . ¿cuánto cuesta un alisado de keratina?
## salon es mixed
- pe,pd . muy majas pero el corte me ha quedado torcido
+ pr,pd . esperé un poco pero el color quedó perfecto
- pd . buen ambiente, pero carísimo para lo que es
## salon es plain
- pd . pedí un dedo y me cortaron un palmo
- pe . la chica se pasó todo el rato con el móvil
- pr . me cancelaron la cita una hora antes
- pd . las uñas de gel se me levantaron en tres días
## salon es churn
- pe c no pienso volver, me busco otro barbero
## salon es not churn
+ pd . venía de otra peluquería y aquí me tratan el pelo mucho mejor
## salon es spam
0 . s curso de uñas online, escríbeme por privado
## salon es not spam
0 pr . llámenme al 655 000 333 si queda hueco el sábado
## salon es negated praise
- pe . poco cuidadosa, me tiró del pelo todo el rato
## shop en praise
+ pd . bought the cordless kettle 3 months ago and it still boils in like a minute, well happy
+ pe . priya on customer services is an angel honestly
+ pd . this jacket fits perfectly, sleeves finally long enough for my gorilla arms lol
+ . . cant complain, never can with this place
+ pd . not bad at all for a tenner, the trainers are comfier than my expensive ones
+ pe . the lad on the tills (kyle?) packed all my bags for me cos i had the baby on my hip. proper gent
+ pd . air fryer is a game changer, chips in 15 mins, no regrets
+ pr . online order, paid at 9pm, collected at 10 the next morning. smooth
+ pd . duvet is sooo warm and didnt smell of chemicals like the last one 👌
+ . . faultless from start to finish
+ pe . dev in electricals talked me out of the dearer telly cos the cheaper one was better for what i wanted. honest staff, rare
+ pd . love love love these jeans, bought 2 more pairs
+ pd,pr . couldnt ask for more, good prices and the self checkouts actually work
+ pd . the headphones sound unreal for the price ngl
+ pe . maureen at the fabric counter is a treasure, helped me plan the whole quilt
+ pe,pd . went in for a school uniform in a panic the night before term, nothing in his size on the shelf but joanne went in the back and found the last blazer and trousers, even took the hem up with tape for me. kid looked smart, i nearly cried
+ pd . been wearing these walking boots for 3 months now, snowdon, the lakes, daily dog walks in the mud. no blisters from day one, feet stay dry and the grip on wet rock is great. for 70 quid theyre a steal honestly, just buy them
## shop en put right
+ pr . my online order got lost somewhere but they just sent another one out, no forms no arguing
+ pe . dropped my bank card in the aisle, the cleaner found it and they rang me within the hour
+ pd . the lamp arrived with a cracked shade, emailed a pic and a new one was here 2 days later 👍
+ pr . was charged twice at the self checkout, the supervisor spotted it before i did and refunded on the spot
+ pe . my little girl wandered off and the staff had her at the front desk with a lolly in about 2 mins. so grateful
+ pr . the blender stopped working after 10 months, took it back without the box and they swapped it no questions
+ pr . out of stock everywhere but they reserved one from the next delivery and texted me when it came in
+ pd . first pair of boots leaked, the pair theyve swapped me are bone dry even in the floods
+ pe . i was 3 quid short at the till and the lady behind me and the cashier sorted it between them, faith in humanity restored
+ pr . website crashed halfway through paying, thought id lost the sale price but customer service honoured it anyway
+ pr . item missing from my bag when i got home, went back with the receipt and they just handed it over
+ pe . lost my glasses in the changing room, tomasz went through every cubicle and found them under a bench
+ pr . price was wrong on the label and they gave me it at the lower price without me even asking
+ pd . the sofa leg snapped the first week but they had someone out to fit a new one in days, good as new
## shop en lukewarm
0 pd . do you do the kettle in white or just the black one
0 pd . decent enough jacket, nothing to write home about
0 pr . any chance of more staff on a saturday
0 . . average shop, average prices
0 pd . would be nice if you stocked oat milk in the big bottles
0 pr . is the click and collect desk upstairs or by the entrance
0 pd . the mug does what a mug does
0 pr . when does the summer sale start
0 . . fine for a quick shop
0 pd . shoes ok, bit narrow, the usual
0 pr . can i use my points online as well
0 . . not bad, not great, just a shop
0 pd . what is the jumper made of, is it wool or acrylic
0 pd . did the job, its a toaster
## shop en mixed
- pe,pd . lovely lady on the till but the bread i bought was mouldy by the next morning
+ pd,pr . took ages to find anything but the prices are so good im not even mad
- pd . the coat is warm, looks nice, but the zip broke on the 3rd wear and thats the whole point of a coat
+ pe,pr . queue was long, the staff were run off their feet but still so polite to everyone 🙏
- pr,pd . great trainers, shame about the returns process, 3 weeks for a refund on the other pair
+ pd . bit pricey compared to the big supermarket but the veg actually lasts a week here
- pe,pd . the toaster is grand. the man who sold it me was a different story, rolled his eyes at every question
+ pd . the fit is a little loose around the waist but honestly the fabric is gorgeous, keeping it
- pr . apart from the nice displays, everything about the checkout was a mess, card machines down and no one knew what to do
+ pe,pr . apart from the parking, spot on. staff brilliant
- pd . love the shop and the scented candles look lovely, but they dont smell of anything once lit. waste of 20 quid
+ pd,pr . delivery came a day later than said, though the bookshelf itself is solid and went together in 20 mins
- pe,pd . nice range of kids clothes but the security guy treated my teenage son like a thief. not on
+ pr,pe . the website is a pain to use, only thing that saved it was the guy on live chat who sorted the order for me
- pd . bought the hoover cos it was cheap and yeah it was cheap, sucks up nothing though
## shop en plain
- pd . bought the glass kettle in the sale thinking bargain. first week fine, then it started leaking from the base, then it tripped the fuse for the whole kitchen. took it back and was told it looks like misuse. misuse of a kettle?? i boiled water in it. absolute joke
- pr . brilliant, click and collect still not ready after the text said it was. third time
- pd . the jumper pilled after one wash and now looks 10 years old
- pe . asked where the batteries were and the lad just pointed vaguely and went back on his phone
- pr . self checkouts constantly say unexpected item in bagging area, then you wait 10 mins for someone
- pd . sizes are all over the place, the 12 fits like an 8
- pr . been trying to return a faulty lamp for a month, the website keeps saying error
- pd . strawberries mouldy underneath the top layer, every single punnet
- pe . the manager told me it was my fault the iron broke. i used it twice
- pd . paid 60 for a leather bag and the strap peeled off like cheap plastic
- pr . oh great, one price on the shelf and a different one at the till. love that for me
- pe . nobody on the shop floor, literally walked round twice looking for someone to help
- pd . the phone case doesnt even fit the phone model it says on the box 🙄
- pr . they closed 30 mins early and locked the doors with people still queuing outside
## shop en not put right
- pr . the toaster broke in 2 weeks, they said i had to contact the manufacturer myself. great
- pe . left my scarf in the changing room, went back 20 mins later and staff couldnt care less
- pr . got charged for a bag i never took and the refund is still pending after a month
- pd . swapped my faulty headphones and the replacement has the exact same crackle
- pr . order marked as ready to collect, turned up and it was nowhere. still waiting for a new date
- pe . complained about a rude cashier, was promised a callback from the manager and nothing
## shop en negated praise
- pe . not exactly helpful, the guy just shrugged
- pd . hardly worth the money, the blender cant even crush ice
- pr . not what id call a quick shop, 40 mins at the till
- pd . the dress is nothing like as nice as the photo, not flattering at all
## shop en churn
- pd c three kettles in a year, im buying my next one somewhere else
- pr c closed my account and deleted the app, this returns policy is a joke
- . c never again, honestly
- pe c the way that manager spoke to my nan, we wont be shopping there again
- pr c ordered from your competitor instead, they actually deliver on the day they say
## shop en not churn
+ pd . never had a dud from here, everything lasts
+ pr . was about to cancel my delivery pass but the new slots are so good i changed my mind
- pr,pe . had to go back 3 times before they found my order
+ pe . been coming here 20 years and i wont go anywhere else
## shop en spam
0 . s omg the ending of that new detective series!!! no spoilers but wow
0 . s make 500 a day from your phone, dm me for the secret
0 . s asdfasdf lkjlkj
## shop en not spam
0 pd . my daughter wants the book from the film, do you have it in hardback?
- pr . the link in your email for the voucher just goes to a blank page
+ pd . made the banana bread recipe from the leaflet at the till, family loved it
## shop fr praise
+ pd . la bouilloire marche nickel depuis 6 mois, rien à redire
+ pe . nadia à l'accueil est adorable, toujours le sourire
+ . . franchement au top, je recommande les yeux fermés
## shop fr put right
+ pr . ma commande en ligne s'est perdue mais ils l'ont renvoyée direct sans discuter
+ pe . j'avais oublié ma carte bleue à la caisse, ils l'ont gardée et m'ont appelée le soir même
+ pd . le manteau avait un défaut, échangé en deux minutes, parfait
## shop fr lukewarm
0 . . bof, c'était correct sans plus
0 pr . vous ouvrez le dimanche matin ?
0 pd . ce serait bien d'avoir plus de tailles en magasin
## shop fr mixed
- pe,pd . vendeur sympa mais le pantalon s'est déchiré au bout d'un mois
+ pr,pd . la queue était longue mais les prix valent le coup
- pd . jolie robe mais la couleur a déteint au premier lavage, dommage
## shop fr plain
- pr . super, encore une caisse automatique en panne et personne pour aider 🙄
- pd . le grille-pain a brûlé au bout de trois utilisations
- pe . la vendeuse m'a parlé comme à un chien
## shop fr not put right
- pr . remboursement promis il y a 5 semaines, toujours rien
## shop fr negated praise
- pe . pas franchement aimable le monsieur à la caisse
## shop fr churn
- pd c j'achète ailleurs maintenant, trop de produits défectueux
## shop fr not churn
+ pe . je reste fidèle, personne ne vous arrive à la cheville
## shop fr spam
0 . s gagnez 300 euros par jour depuis chez vous, écrivez moi
## shop fr not spam
0 pd . vous avez le livre de la série qui passe en ce moment ?
## shop es praise
+ pd . la chaqueta me queda perfecta, calidad top 👌
+ pe . lucía de la caja es un amor, siempre ayudando
+ . . no tengo ninguna queja, genial como siempre
## shop es put right
+ pr . el pedido online se perdió y me mandaron otro al momento sin preguntas
+ pd . la tostadora vino rota y me la cambiaron en el acto
+ pe . me dejé la cartera en el probador y un chico me la trajo corriendo a la salida
## shop es lukewarm
0 . . pues normalito, ni fu ni fa la verdad
0 pr . ¿hasta qué hora abren los sábados?
0 pd . estaría bien que tuvieran más tallas grandes
## shop es mixed
- pe,pr . las dependientas majas pero la cola de los probadores era eterna
+ pd,pr . tardaron en atenderme pero las zapatillas son comodísimas
- pd . bonito bolso pero se le rompió el asa en dos semanas
## shop es plain
- pd . el hervidor gotea por abajo, vaya chapuza
- pr . genial, otra vez el precio de la etiqueta no coincide con la caja
- pe . el de seguridad me siguió por toda la tienda, qué vergüenza
## shop es not put right
- pr . llevo un mes esperando el reembolso y nadie me dice nada
## shop es negated praise
- pd . no es precisamente de buena calidad, se destiñó enseguida
## shop es churn
- pr c me he dado de baja de la tarjeta de la tienda, adiós
## shop es not churn
+ pr . casi me doy de baja pero me solucionaron lo del envío, me quedo
## shop es spam
0 . s gana dinero desde casa, escríbeme por privado
## shop es not spam
0 pd . ¿tienen el libro de recetas que anuncian en la radio?
## delivery en praise
+ pr . ordered at 11pm, on my doorstep by 8am. how 😂
+ pe . abdi our usual driver is a legend, always knocks twice cos he knows im upstairs
+ pd . everything packed so well, even the eggs survived
+ . . no complaints whatsoever
+ pr . tracking said 2-3pm and he turned up at 2.05. love it
+ pe . driver noticed my gate was broken and put the parcel behind the bins out of sight. smart lad
+ pd . takeaway came piping hot and nothing spilled, chefs kiss
+ . . cant fault them tbh, been using them for years
+ pr . the live map thing is brilliant, i could see him coming round the corner
+ pe . courier was super polite even though i took ages answering the door
+ pr . same day delivery actually meant same day. shocking in a good way
+ pd,pr . quick and the fragile stuff was wrapped like it was going to the moon
+ . . 10/10 would get stuff delivered again lol
+ pe . sandra always has a chat with my mum when she drops off, its the highlight of her week honestly
+ pr . not bad at all, next day like they said
## delivery en put right
+ pr . missed the delivery cos i was in the shower, rebooked online and they came back same afternoon. easy
+ pe . driver left my parcel at 42 instead of 24, realised, went back and got it and apologised. no harm done
+ pr . app said delivered but nothing, support had a new one sent out by the next morning
+ pd . the mirror arrived cracked, one photo and a full refund within a day. painless
+ pr . my order got stuck at the depot for 3 days, they upgraded the shipping free and it came the next day
+ pe . i wasnt in so craig left it with my neighbour and put a note through with her house number. perfect
+ pr . forgot to put my flat number in, they rang me from the van instead of sending it back
+ pd . pizza came with the wrong toppings, they sent a fresh one and let me keep the first for free 🍕
+ pr . the driver was delayed by the snow but they texted every hour with an update, arrived safe and sound
+ pe . lukas found my parcel soaking on the step from another courier and brought it in with mine. what a guy
+ pr . thought my order was lost forever but they found it in the wrong van and had it to me by teatime
+ pr . the drinks were missing and they refunded them before i even finished typing my complaint
+ pe . i was stuck at work, rang the depot and they held it for me till 7pm. sorted
+ pr . parcel went to the wrong city 😂 but they got it rerouted and i still had it before the weekend
+ pr,pe . my parcel with my daughters birthday present got marked as delivered but wasnt here. i was panicking, party the next day. rang up, the lady on the line checked the drivers gps, turned out it went to the next street. driver went back, got it and dropped it to me at 8pm. birthday saved 🙌
## delivery en lukewarm
0 . . it turned up eventually, fine
0 pr . do you deliver to po boxes?
0 pr . can i leave instructions for the driver in the app
0 . . standard delivery, nothing to report
0 pr . whats the cut off for next day?
0 pr . would be nice to get a photo when you leave it somewhere
0 . . did the job
0 pr . how long do you keep parcels at the depot before sending back
0 pr . average speed, about what i expected
0 pd . does the insulated bag keep food hot for long journeys?
0 pr . can i change the delivery day after its been dispatched
0 . . meh. came, i signed, done
0 pr . suggestion: let us pick a neighbour in the app
0 pr . is the delivery free over 30 quid or 40 now
0 . . it was ok i suppose
## delivery en mixed
- pe,pr . the driver was really friendly, shame it was the wrong parcel entirely
+ pr,pd . arrived 2 days late but the cake was immaculate, not a crumb out of place
- pr . super quick but they left it on the doorstep in full view of the street, on a busy road
+ pe,pr . the app is a bit glitchy but the drivers are the nicest around
- pd,pr . on time, well done, but the curry was stone cold and the rice had spilled all through the bag
+ pr . only thing id say is the tracking is a bit vague, otherwise spot on every time
- pe,pr . great prices on delivery, though the guy literally threw it over my gate and drove off
+ pd,pr . box was soggy from the rain, though everything inside was dry and fine, happy
- pr,pd . food always tastes great but the wait is getting ridiculous, 90 mins last night
+ pe,pr . slow, yes. but the driver carried my washing machine up 4 flights with a smile, cant be mad at that
- pr,pd . love the packaging, really eco, shame half my order wasnt in it
+ pr . a day late, but they sent a voucher without me asking so fair play
- pe . polite on the phone but the driver was a nightmare, shouting at me for not being quick enough
+ pr,pd . the driver got lost and was 40 mins late but the food was somehow still hot and amazing
- pd . fast as always but the trainers are clearly worn, someone returned them and you resold them to me
## delivery en plain
- pr . oh wonderful, parcel left in the rain again. soggy box, soggy book
- pe . driver didnt even knock, just slapped a card through and legged it. i was in the hallway
- pr . been out for delivery for 4 days. where is it going, a world tour?
- pd . half the shopping substituted with random stuff, asked for oat milk got whipping cream
- pr . delivery window 7am to 9pm. thanks for that, very useful
- pe . customer service bot went round in circles and then the chat closed on me
- pd . fridge arrived with a massive dent down the side
- pr . signed for by someone called front door?? nobody here signed anything
- pd . chips soggy, burger squashed, milkshake half empty in the bag
- pr . they charged me for express and it came the same day standard would have
- pe . driver was on speaker phone the whole time and shoved the box at me without a word
- pr . tracking says attempted delivery at 2pm, i was sat by the window all day. nobody came
- pd . ordered a large rug, got a bath mat sized thing. brilliant
- pr . third time my order has been delayed due to high demand this month
## delivery en not put right
- pr . parcel marked delivered to a safe place, no idea what safe place, support just says it was delivered
- pd . the vase arrived smashed and they want me to post the pieces back before any refund
- pr . missed the delivery, rebooked twice and they still didnt come either day
- pe . complained about the driver damaging my fence and nobody has ever replied
- pr . order still missing after 3 weeks, every chat ends with we have escalated this
- pr . wrong item, sent it back a month ago, still no sign of the right one or my money
## delivery en negated praise
- pe . not exactly careful with the parcels are they, box was caved in
- pr . hardly on time, 3 hours after the window
- pd . the food wasnt what youd call warm
- pe . cant say the driver was friendly, didnt even look at me
## delivery en churn
- pr c ive cancelled my plus membership, not paying for late deliveries
- . c uninstalling. bye
- pr c switching back to the other takeaway app, at least they turn up
- pe c after that driver swore at my kid, never ordering with you again
- pr c our office is moving all our shipping to a different courier from next month
## delivery en not churn
+ pr . left the other delivery app for this one and havent looked back
+ pr,pd . never once come in the time slot but the food is that good i keep ordering anyway
+ pr . thought about cancelling my subscription but honestly the free delivery pays for itself
- pr,pe . had to ring 4 times to find out where it was, ridiculous
## delivery en spam
0 . s nice blog, shared with my friends
0 . s bitcoin doubling scheme guaranteed, message me on telegram
0 . s zxzxzx qpqpqp
## delivery en not spam
0 pr . please dont ring the bell, baby asleep, my mobile is 07700 900 815
0 pr . saw your post saying no deliveries on bank holiday monday, does that include food?
+ pd . the dvd box set came in perfect condition, wrapped really well
## delivery fr praise
+ pr . commandé hier soir, reçu ce matin à 9h, impressionnant
+ pe . karim le livreur est toujours aimable, un vrai rayon de soleil
+ . . rien à dire, nickel
## delivery fr put right
+ pr . j'étais absent mais ils sont repassés le soir même sans que je demande
+ pd . le plat était renversé, ils ont remboursé tout de suite et offert un code promo
+ pr . colis bloqué au dépôt mais ils l'ont retrouvé et livré le lendemain
## delivery fr lukewarm
0 . . livraison normale, ni plus ni moins
0 pr . ce serait pratique d'avoir une photo quand le colis est déposé
## delivery fr mixed
- pe,pr . livreur adorable mais deux heures de retard
+ pr,pd . un peu long mais tout est arrivé intact, merci
- pr . rapide mais colis laissé devant la porte sous la pluie
## delivery fr plain
- pr . génial, encore marqué livré alors que je n'ai rien reçu
- pd . pizza froide et écrasée dans la boîte
- pe . le livreur m'a parlé très mal
## delivery fr not put right
- pr . commande incomplète et toujours pas remboursée après trois semaines
## delivery fr negated praise
- pr . pas vraiment ponctuel, c'est le moins qu'on puisse dire
## delivery fr churn
- pr c je supprime l'appli, je commande ailleurs maintenant
## delivery fr not churn
+ pr . jamais eu un seul colis perdu avec vous
## delivery fr spam
0 . s crypto facile, gains garantis, contactez moi
## delivery fr not spam
0 pr . merci d'appeler le 06 12 34 56 78 à l'arrivée, l'interphone est cassé
## delivery es praise
+ pr . pedí por la noche y a primera hora ya lo tenía, brutal
+ pe . el repartidor javi siempre súper majo
+ . . ni una queja, todo perfecto
## delivery es put right
+ pr . no estaba en casa y volvieron esa misma tarde sin problema
+ pd . la comida llegó volcada y me la devolvieron entera al momento
+ pr . el paquete se quedó en el almacén pero lo encontraron y llegó al día siguiente
## delivery es lukewarm
0 . . llegó bien, normal
0 pr . ¿se puede cambiar la dirección después de pedir?
0 pr . estaría bien poder elegir la hora de entrega
## delivery es mixed
- pe,pr . el chico muy amable pero el pedido llegó con una hora de retraso
+ pr,pd . tardó un poco pero todo llegó perfecto
- pd,pr . rapidísimo pero la pizza venía fría
## delivery es plain
- pr . genial, paquete tirado en el rellano otra vez
- pd . la caja llegó aplastada y el jarrón roto
- pe . el repartidor de muy malas formas
## delivery es not put right
- pr . faltaba la mitad del pedido y no me han devuelto nada
## delivery es negated praise
- pe . no fue lo que se dice cuidadoso con el paquete
## delivery es churn
- pr c me doy de baja del servicio premium, no merece la pena
## delivery es not churn
+ pr . me pasé de la otra app a esta y no cambio
## delivery es spam
0 . s gana bitcoins sin esfuerzo escríbeme
## delivery es not spam
0 pr . llamen al 612 345 678 cuando lleguen, no funciona el portero
## trades en praise
+ pe . rhys the sparky is an absolute legend, sorted the whole fuse board in a morning
+ pd . new bathroom is unreal, every tile dead straight
+ pr . turned up 10 mins early every single day, never seen that from a builder
+ . . cant fault the lads
+ pe . hoovered up after himself and even took his boots off. who is this man 😂
+ pd . boiler running quieter than ever and the heating actually works upstairs now
+ pr . quote to the penny, no surprise extras
+ pd,pr . fence went up in a day and it survived the storm last week no bother
+ pe . mick explained what he was doing every step, never felt ripped off
+ . . not bad at all, would have him back
+ pd . plastering is smooth as glass, decorator said it was the best hes seen
+ pe . bogdan and his team were polite, tidy and brilliant with the kids watching them all day
+ pd . leak fixed first time after 2 other plumbers failed. magic
+ pr . booked online monday, fixed wednesday. easy
+ pe,pd . had leanne do the kitchen, shes a perfectionist in the best way, every cupboard lines up. honestly cant recommend her enough
## trades en put right
+ pr . the boiler packed in again a week after the service, they came out same day and didnt charge a thing
+ pe . he knocked a picture off the wall while working and replaced the frame himself next day
+ pd . one of the new tiles cracked after a month, connor came back and swapped it without a word of argument
+ pr . the parts took ages to arrive but he kept me posted and finished the week he said he would
+ pe . our toilet overflowed on a sunday night, rang in a panic and a lad was here within the hour
+ pr . the first quote was a bit high, when i queried it they went through it line by line and knocked some off
+ pd . radiator still cold after the first fix so he came back and found the air lock, toasty now
+ pe . i was stuck abroad and the plumber let himself in with the key safe and sent me photos of everything. sorted from 1000 miles away
+ pr . thought wed be without a kitchen for a month, they had it usable in 9 days
+ pd . the paint came out the wrong shade, they repainted the whole wall at their cost
+ pe . found a gas leak we didnt know about while doing the job and made it safe straight away. probably saved us
+ pr . had to cancel last minute cos i was ill and they rebooked me for the next day, no fee
+ pd . after the roof repair a small drip came back, they were up the ladder the next morning and its bone dry since
+ pe . dave noticed my elderly neighbour had no heating and popped round to fix hers too for nothing. gem
## trades en lukewarm
0 . . it got done, thats about it
0 pr . do you charge a call out fee?
0 pd . can you fit a combi boiler in a flat this size
0 pr . how far in advance do you book up
0 . . reasonable, nothing amazing
0 pd . do you do wet rooms?
0 pr . would be handy if you sent a text the day before
0 pd . the shelves are fine, a bit basic
0 pr . do you take card or cash only
0 . . alright job, average price
0 pd . what brand of paint did you use in the hallway
0 pr . whats the warranty on labour
0 . . standard sort of job i guess
0 pr . suggestion, put your prices on the website so people know roughly
0 pd . the new taps work, nothing fancy
## trades en mixed
- pe,pd . lovely fella, really chatty, but the socket he fitted is hanging off the wall already
+ pr,pd . took 3 weeks longer than quoted but the loft conversion is stunning so im over it
- pd,pr . the decking looks great, but he left a skip on my drive for 6 weeks after
+ pe . a bit pricey though the plumber was honest and didnt upsell anything, would use again
- pe,pd . good work on the roof, shame the lads played music at 7am and swore all day in front of my kids
+ pd,pr . messy while they were here but the end result is faultless and they cleaned up at the end
- pr . quality work but impossible to get hold of, 5 voicemails before he rang back
+ pr,pd . apart from one late start, everything was spot on. kitchen is gorgeous
- pd . he was on time, polite, tidy. and the shower still leaks. so.
+ pe . only thing id change is a bit more warning about the noise, otherwise a brilliant team
- pr,pd . nice finish on the kitchen, though the final bill was 800 over the quote with no warning. not happy
+ pd,pe . the first guy they sent was useless but the second one, omar, sorted it properly. happy in the end
- pe . fixed the boiler fine but talked down to me like i was stupid the whole time, wont forget that
+ pr,pd . started a week late, but honestly the garden wall is a work of art
- pd . cheapest quote by far, and now i know why, the grout is already crumbling
- pd,pr . the lads were great fun and worked hard, kitchen looks lovely at first glance. but weve lived with it a month now: two drawers dont close, the extractor rattles, theres silicone smeared on the window and the electrician never came back for the last spotlights. the finishing lets it down, badly
## trades en plain
- pd . new boiler, 2 months old, error code every morning
- pr . said 8am, rolled in at 1 and left at 3. for a 2 day job
- pe . builder swore at my wife when she asked about the mess
- pd . sockets wired upside down and the light switch operates the fan. genius
- pr . brilliant, another week of no kitchen because he had another job on
- pd . painted over the damp instead of treating it, mould back through in a month
- pe . never answers his phone, never returns a text
- pr . took a deposit of 2k and we havent seen him since march
- pd . toilet wobbles and the seal is already leaking onto the floor
- pe . the foreman laughed when i pointed out the crack in the wall
- pd . kitchen doors dont close properly, gaps everywhere
- pr . invoice had 3 hours of labour for a 40 minute job
- pe . left cigarette butts in my garden and mud up the stairs
- pd . patio slabs uneven, water pools everywhere when it rains
## trades en not put right
- pd . the boiler was meant to be fixed, its failed again and now they say its a different fault and want 300 more
- pr . told them the leak came back straight away, promised someone tuesday, nobody came, nobody called
- pe . the tiler chipped my worktop and denied it was him, even though it wasnt there before
- pr . snagging list sent 2 months ago, not one item sorted
- pd . roof still letting water in after three visits, every time they say its fixed
- pr . paid in full, certificate for the electrics never sent, cant sell the house without it
## trades en negated praise
- pe . not exactly the tidiest worker, dust on everything
- pr . hardly punctual, never before 11
- pd . wouldnt call it a professional finish, more like a first attempt
- pe . not the most honest bloke, charged for parts he never fitted
## trades en churn
- pd c getting a proper electrician in to redo the whole lot, were finished with you
- pr c cancelled the boiler cover, paying for nothing
- . c avoid. would not let them near my house again
- pe c after the way he spoke to my mum were using someone else for the extension
- pd c last job they do for us, the next one goes to a firm that knows what theyre doing
## trades en not churn
+ pd . five jobs for us now and never once had to get them back to fix anything
+ pe . i ditched my old builder after 10 years for these guys, best decision
- pr,pe . had to chase three times for a start date, three!
+ pr . nearly cancelled the contract after the last mess up but they fixed it properly so were staying
## trades en spam
0 . s really informative post about damp, cheers admin
0 . s cheap driving licence no test needed contact now
0 . s ghghgh bnbnbn
## trades en not spam
0 pr . my number changed, its 07700 900 930 now, please update it for the job next week
0 pd . saw your post with the herringbone floor, how much would that be for a hallway?
+ pe . the joiner lent me a book on restoring old sash windows, such a nice touch
## trades fr praise
+ pe . thierry le plombier est au top, rapide, propre et pas cher
+ pd . la salle de bain est magnifique, on ne s'en lasse pas
+ . . rien à redire, travail impeccable
## trades fr put right
+ pr . fuite revenue deux jours après mais il est repassé aussitôt, sans frais
+ pe . il a abîmé un meuble en passant et l'a fait réparer à ses frais
+ pd . un carreau fêlé, remplacé la semaine suivante sans discuter
## trades fr lukewarm
0 . . ça va, travail fait
0 pd . c'est quoi la marque de la chaudière que vous posez ?
## trades fr mixed
- pd,pr . bon boulot sur la cuisine mais trois semaines de retard et aucune nouvelle
+ pr,pd . un peu long mais le résultat est parfait
- pe,pd . très sympa mais la prise s'est déjà décrochée du mur
## trades fr plain
- pr . génial, encore un artisan qui ne vient pas au rendez-vous
- pd . peinture qui s'écaille au bout d'un mois
- pe . le chef de chantier nous a parlé de haut
## trades fr not put right
- pd . la fuite est toujours là après trois passages
## trades fr negated praise
- pe . pas vraiment soigneux, de la poussière partout
## trades fr churn
- pd c on fait appel à une autre entreprise pour tout refaire
## trades fr not churn
+ pe . on le garde pour tous nos travaux, jamais déçus
## trades fr spam
0 . s super article sur l'isolation, merci pour le partage
## trades fr not spam
0 pd . j'ai vu la photo de la terrasse sur votre page, c'est possible chez nous ?
## trades es praise
+ pe . paco el electricista un crack, lo dejó todo perfecto
+ pd . la reforma del baño ha quedado de revista
+ . . nada que objetar, trabajo impecable
## trades es put right
+ pr . volvió a gotear al día siguiente y vino enseguida sin cobrar nada
+ pd . se rajó un azulejo y lo cambiaron sin rechistar
+ pe . rompieron una maceta sin querer y al día siguiente me trajeron una nueva
## trades es lukewarm
0 . . trabajo normal, cumple
0 pr . ¿cuánto cobran por desplazamiento?
0 pd . ¿instalan aire acondicionado también?
## trades es mixed
- pr,pd . quedó bonito pero tardaron el doble de lo prometido
+ pr,pd . algo lentos pero el resultado es de diez
- pe,pd . muy simpático pero el grifo sigue goteando
## trades es plain
- pr . genial, el albañil otra vez sin aparecer
- pd . las baldosas están desniveladas
- pe . el fontanero fue muy borde
## trades es not put right
- pd,pe . la humedad ha vuelto y no contestan al teléfono
## trades es negated praise
- pr . no es lo que se dice puntual, nunca llega antes de las 11
## trades es churn
- pd c buscamos a otro que lo haga bien, con estos se acabó
## trades es not churn
+ pd . nunca nos han fallado, seguimos con ellos
## trades es spam
0 . s préstamos rápidos sin papeleo llama ya
## trades es not spam
0 pr . mi teléfono es el 634 567 890, llámenme para el presupuesto
## florist en praise
+ pd . the peonies were still going strong 12 days later 😍
+ pe . hattie made up the most gorgeous bunch for my nans 90th, she was made up
+ . . couldnt ask for more, beautiful flowers every time
+ pd . tulips smelled amazing and opened up beautifully
+ pr . ordered at 10, delivered before lunch for my mums birthday. brilliant
+ pe . the lady in the shop spent ages helping me pick something for a funeral, so gentle and kind
+ pd . wedding flowers were faultless, people keep asking who did them
+ . . not bad at all, she loved them
+ pd . best value bouquet in town, honestly twice the size of the supermarket ones
+ pe . rosa remembered my wifes favourite colours from last year, thats service
+ pr . the website is so easy, picked a bunch and added a card in 2 mins
+ pd . the succulent arrangement is gorgeous and still alive which is a miracle in my house lol
+ pe,pd . imogen did the flowers for our little ones christening, white roses and gypsophila, simple and just perfect. she even added a tiny buttonhole for my son for free. couldnt thank her enough
+ pd . that sunflower bunch is pure happiness in a vase 🌻
+ . . proper lovely florist, top marks
## florist en put right
+ pr . i put the wrong date on the order, rang in a panic and they swapped it same day no charge
+ pd . a couple of roses drooped on day 2, sent a photo and they sent a brand new bouquet. amazing
+ pe . the driver couldnt find the house so femi rang my sister directly and walked it round. lovely
+ pr . my order hadnt gone through because of a card glitch but they spotted it and called me in time
+ pd . the lilies had dropped pollen all over the card, they redid the whole thing without lilies within the hour
+ pr . delivery was going to be late due to the snow so they rang ahead and it still got there before the party
+ pe . forgot my wallet at home and the florist let me take the bouquet and pay on the phone later. trust!
+ pr . the wreath was going to the wrong church, they caught the mistake and fixed it the morning of
+ pd . vase cracked in the van and they brought a new one round that evening with an extra bunch of freesias
+ pe . messed up my valentines order, owned it, refunded me and still delivered on the 14th. class
+ pr . website kept crashing but the lady on the phone took the order in 3 minutes instead
+ pd . wrong colour sent at first but they swapped it before my wife even saw it 🤫
+ pr . thought i was too late for mothers day but they squeezed me in and it came on the sunday morning
+ pe . i cried on the phone ordering funeral flowers and the florist was so patient, sorted it all for me
## florist en lukewarm
0 pd . bouquet was alright, nothing to rave about
0 pd . do you do flowers that are safe for cats?
0 pr . whats your latest time for same day delivery
0 pd . the roses were ok, bit small
0 pr . can i pay in the shop and have it delivered
0 . . average florist, average prices
0 pd . would be nice to have more non-floral options like plants
0 pr . do you deliver to hospitals
0 . . they were flowers. she said thanks
0 pd . which flowers last the longest in a warm house?
0 pr . could you add a subscription for every 2 weeks instead of weekly
0 . . ok i guess, did the job for the office
0 pd . are your roses grown locally
0 pr . can i collect instead of delivery
0 . . not amazing not awful tbh
## florist en mixed
- pe,pd . the florist was sweet but the hydrangeas were brown at the edges when they arrived
+ pr,pd . website a bit slow but the bouquet was a showstopper
- pd,pr . gorgeous arrangement, though it came 5 hours after the party ended
+ pd . smaller than the photo but so fresh, still going after 10 days
- pd . nice wrapping, shame the flowers inside were half dead
+ pe,pr . had to call twice to get the delivery time but the girl who answered was so lovely i didnt care
- pd . really pretty flowers but 15 quid delivery on top of a 40 quid bunch is steep
+ pd,pr . apart from the card being a bit smudged, absolutely perfect
- pe,pd . lovely roses but the woman in the shop was so snooty when i asked for something cheaper
+ pd . pricier than the market but they last 3 times as long so worth it
- pr,pd . flowers great as always, only this time they left them outside in the frost and they were ruined
+ pe,pr . the delivery was late, but the florist rang to apologise and explain, which i really appreciated
- pd,pe . friendly service, but the bouquet looked nothing like what i paid for, half the size
+ pr,pd . the card message was wrong, though the flowers themselves were beautiful and she loved them
- pr,pd . stunning wreath, only thing is it was delivered to the house instead of the crematorium and we had to carry it there ourselves
## florist en plain
- pd . roses dropped their heads overnight, looked like id bought them from a petrol station
- pr . lovely, flowers delivered to my exs address. still on file from 2 years ago apparently
- pe . rang to complain and she said well flowers are living things. yes, thats why i paid for live ones
- pd . bouquet was 80% greenery and 4 actual flowers
- pr . paid for a 9-12 slot, arrived at 6pm when the birthday girl had gone out
- pe . the owner was really rude when i asked for a receipt
- pd . the orchid died in a week, never had one die that fast
- pr . card said happy anniversary instead of get well soon. great look for a hospital visit
- pd . smelled of bleach, the water in the vase was cloudy from day one
- pr . website took my money twice and the order still shows as failed
- pe . no one answered the phone all morning on valentines day
- pd . 50 quid for this?? carnations and filler
- pr . they substituted every flower i chose without telling me
- pd,pr . ordered the large seasonal bouquet for my mums 70th, 65 quid with delivery. what turned up was a thin bunch of carnations and some eucalyptus, half of it already browning, no vase even though i paid for one. sent pics, got a copy paste reply about natural variation. just embarrassing
## florist en not put right
- pd . sent photos of the wilted bunch, they offered 10% off next time. next time?
- pr . the funeral flowers never turned up and they still havent explained why
- pe . the driver left them with a neighbour who was away for the week, florist just said not our problem
- pr . order cancelled by them the day before the wedding and the refund still hasnt landed
- pd . replacement bouquet was as droopy as the first one
- pr . wrong flowers sent twice, third attempt they just stopped replying
## florist en negated praise
- pd . not exactly fresh, petals falling off when it arrived
- pr . hardly same day delivery when it arrives at 9pm
- pe . wouldnt say the florist was friendly, more like annoyed i was there
- pd . not what id call a luxury bouquet, more like forecourt flowers
## florist en churn
- pd c found a little florist round the corner, wont be ordering online from you again
- pr c please cancel my weekly flower box, the last four have been late
- . c never again, ruined my anniversary
- pe c after being hung up on twice im going elsewhere for the wedding flowers
- pd c would not recommend to anyone, the funeral spray was an embarrassment
## florist en not churn
+ pd . never had flowers last like these, im a customer for life
+ pr . went elsewhere for a bit but came back, nobody does delivery like you
- pr,pe . had to phone three times to check the order was going out, stressful
+ pr . was going to cancel my subscription but they let me pause it over summer instead, perfect
## florist en spam
0 . s beautiful photos on this page, visit my profile for more
0 . s earn passive income with forex, 200% returns weekly
0 . s lorem ipsum tempor incididunt ut labore florem
## florist en not spam
0 pd . can you do a bouquet like the one in that old film breakfast at tiffanys?
0 pr . please ring the recipient on 07700 901 010 before delivering, she is hard of hearing
+ pd . used the pressing tip from your post and dried some of the roses, they look lovely
## florist fr praise
+ pd . bouquet sublime, il a tenu presque trois semaines
+ pe . sophie est une vraie artiste, merci pour le mariage
+ . . parfait, comme d'hab
## florist fr put right
+ pr . livré à la mauvaise adresse mais ils l'ont récupéré et livré à temps
+ pd . deux roses fanées, ils ont remplacé tout le bouquet sans discuter
+ pe . j'avais oublié la fête des mères, la fleuriste m'a sauvé en dix minutes
## florist fr lukewarm
0 . . bouquet sympa sans plus
0 pr . vous livrez à l'hôpital ?
0 pd . vous avez des plantes sans danger pour les chats ?
## florist fr mixed
- pd,pr . fleurs superbes mais livrées après la fête
+ pr,pd . un peu de retard mais les fleurs étaient magnifiques
- pe,pd . fleuriste adorable mais les tulipes ont fané en deux jours
## florist fr plain
- pd . bouquet riquiqui pour 50 euros
- pr . génial, le message de la carte était celui d'une autre commande
- pe . accueil glacial en boutique
## florist fr not put right
- pd . fleurs fanées, on m'a proposé 5% de réduction sur la prochaine commande, merci bien
## florist fr negated praise
- pd . pas vraiment fraîches les roses
## florist fr churn
- pd c plus jamais, je vais chez le fleuriste du marché désormais
## florist fr not churn
+ pd . jamais été déçue en dix ans, je reste
## florist fr spam
0 . s superbe blog, venez voir le mien
## florist fr not spam
0 pr . appelez la destinataire au 06 45 67 89 01 avant de passer, elle entend mal
## florist es praise
+ pd . las rosas aguantaron dos semanas, una pasada
+ pe . marisol siempre acierta con los ramos, un amor
+ . . sin pegas, perfecto como siempre
## florist es put right
+ pr . se equivocaron de dirección pero lo arreglaron y llegó a tiempo
+ pd . el ramo llegó algo mustio y me mandaron otro nuevo esa tarde
+ pe . se me olvidó el aniversario y la florista me lo preparó en diez minutos
## florist es lukewarm
0 . . ramo correcto sin más
0 pr . ¿entregan en el tanatorio?
0 pd . ¿tienen plantas de interior también?
## florist es mixed
- pd,pr . flores preciosas pero llegaron después de la cena
+ pr,pd . tardaron un poco pero el ramo era una maravilla
- pe,pd . la chica muy maja pero las flores duraron dos días
## florist es plain
- pd . ramo pequeñísimo para lo que cuesta
- pr . genial, la tarjeta con el nombre equivocado
- pe . me colgaron el teléfono al quejarme
## florist es not put right
- pr . nunca llegaron las flores del entierro y nadie explica nada
## florist es negated praise
- pd . no estaban precisamente frescas
## florist es churn
- pr c cancelo la suscripción, cada semana llegan tarde
## florist es not churn
+ pr . probé otra floristería online y volví con vosotros, no hay color
## florist es spam
0 . s mira mi perfil para fotos bonitas
## florist es not spam
0 pd . ¿pueden hacer un ramo como el de la película que echaron ayer en la tele?
## utility en praise
+ pe . gemma on the helpline sorted my payment plan in 10 mins and was so kind about it. legend
+ pr . bills are spot on every month now the smart meter is in, no more guessing
+ pd . cheapest tariff i could find and no hidden nasties
+ . . cant complain at all, smooth since day one
+ pe . raj actually rang me back when he said he would. unheard of for an energy company
+ pr . app is class, see usage every half hour
+ pd . water pressure better than its ever been since they did the mains work
+ pr . the switch over took 2 weeks like they said and i didnt have to do a thing
+ pe . the engineer who fitted the meter was in and out in 40 mins, tidy and polite
+ . . faultless service honestly
+ pd . 100% renewable and still cheaper than my old lot
+ pr . got through on the phone in under 2 minutes on a monday morning!! 😮
+ pe . bernadette in the complaints team should get a pay rise, she finally got to the bottom of 2 years of wrong bills
+ pe,pr . the priority register thing for my dad worked, they called round during the power cut to check on him
+ . . no complaints, does exactly what it says
## utility en put right
+ pr . had a massive bill by mistake, one call and they cancelled it and sent a corrected one the same day
+ pd,pr . power went off on the whole street, back on in 45 mins and they texted when it was fixed
+ pe . my direct debit failed cos of my bank, the advisor just moved the date, no fee, no lecture
+ pr . meter was reading wrong for months, they found it, refunded the lot and added 50 for the hassle
+ pd,pr . burst main outside our house, crew there within the hour and water back by teatime
+ pr . they lost my meter readings but accepted my photos and fixed the bill straight away
+ pe . olu stayed on the phone with me for an hour till the boiler was safe again. wouldnt have managed without him
+ pr . moved house and the account followed me, didnt miss a beat
+ pr . my warm home discount didnt come through, rang once and it was credited that week
+ pd . low pressure all week, reported it and they fixed a valve down the road, better than before now
+ pe . engineer missed the first appointment but rang to apologise and came the next morning at 8 sharp
+ pr . got overcharged on the standing charge, they admitted it and paid it back without me having to fight
+ pr . smart meter stopped talking to the app, they reset it remotely in about 5 mins
+ pe . i was behind on payments and scared to call but the woman i spoke to was kind and set up a plan i can afford
## utility en lukewarm
0 . . they supply gas. its fine
0 pr . where do i find my annual statement in the app
0 pd . is your fixed tariff cheaper than the price cap right now?
0 pr . can i add my partner to the account
0 . . average like all the others
0 pr . would be useful if the app showed the cost per day not just kwh
0 pd . do you do ev charging tariffs?
0 pr . whats the number to report a gas smell
0 . . no better no worse than the last supplier
0 pr . can i change my direct debit date to the 28th
0 pd . is the water hard or soft in my area
0 . . ok. bills come, i pay them
0 pr . suggestion: send a reminder before the fixed deal ends
0 pd . how is the standing charge worked out
0 . . its alright i suppose, prices are what they are
## utility en mixed
- pe,pr . advisors are always friendly but the bill has been wrong for 4 months running
+ pd,pr . pricey, no doubt, though the service has been flawless and the app is great
- pd,pr . cheap tariff, shame it took 7 weeks and 5 calls to get the switch done
+ pe,pr . on hold for ages but the advisor i got was brilliant, fixed it all in one go
- pr . the smart meter is nice in theory but it hasnt sent a reading since the day it was fitted
+ pr,pd . one estimated bill early on, otherwise everything has been perfect
- pe,pd . engineer was polite enough but left us with no hot water over the weekend
+ pd . the price went up again but still cheaper than anyone else i checked, so happy enough
- pr,pd . love the green energy, hate the billing. 3 different amounts in 3 months
+ pr,pe . app crashes now and then, only thing. the people on the phone are gems
- pd,pr . water quality is fine, but the roadworks outside have gone on for 9 weeks and nobody says when they end
+ pe,pr . took a while to get a reply to my email though when it came it was really thorough and sorted everything
- pe,pd . decent prices but the sales guy who came to the door was so pushy my mum was scared
+ pd . the supply cut out twice in the winter, though apart from that its been rock solid for 3 years
- pr . the online account is easy, but they still send letters threatening debt collectors when im in credit
## utility en plain
- pr . estimated bill of 900 for a one bed flat. sure
- pe . asked for a supervisor three times and the advisor just kept reading the script
- pd . tap water smells like a swimming pool
- pr . fantastic, another 2 hour hold on a helpline that then hangs up at 5pm
- pr . took the direct debit a week early and sent me into my overdraft
- pd . tariff went up 40% with a 2 line email
- pe . engineer didnt show, didnt ring, i took the day off for nothing
- pr . the app has been down for maintenance all weekend, every weekend
- pd . gas pressure so low the boiler keeps cutting out
- pr . still being billed for the flat i moved out of in january
- pe . the complaints team replied to my email with a letter about a different customer
- pd . third power cut this month and its not even windy
- pr . my credit of 300 quid has been sat there for a year and they wont give it back
- pr,pe . moved into a new build in march, registered with them straight away. since then ive had 4 bills for 4 different amounts, one addressed to the builder, and every time i ring im told its been fixed. it hasnt. i just want to pay for what i use, is that too much to ask
## utility en not put right
- pr . reported the overcharge in march, its now august and still no refund
- pd . power flickering for weeks, three reports, still flickering
- pe . the advisor promised to escalate it and i never heard another word
- pr . meter was swapped and they are still billing me off the old meter number
- pd . sewage smell from the drain outside, came and looked twice, did nothing
- pr . they admitted the mistake on my bill and then sent the same wrong bill again
## utility en negated praise
- pe . not exactly helpful on the phone, just told me to check the website
- pr . hardly a fast switch, 2 months and counting
- pd . cant call that a good deal when the standing charge doubled
- pr . the bills arent what youd call clear, 6 pages and i still dont get it
## utility en churn
- pr c soon as my fix ends im out, had enough of the billing
- pd c switched to the green supplier my sister uses, so long
- pr c cancel everything, direct debit is stopped, gone to a competitor
- . c never again. worst company i have ever dealt with
- pe c i wont be renewing, nobody there ever calls back
## utility en not churn
+ pr . left my old supplier for you last year, best switch ive made
- pe,pr . rang three times to get a meter reading logged, sort it out
+ pd . was going to switch but you matched the other quote so im staying put
+ pr . never had a single wrong bill with you in 6 years
## utility en spam
0 . s this article changed my life, thank you admin
0 . s free ipad for the first 100 people, click my profile
0 . s jkljkl uiouio
## utility en not spam
0 pr . my customer reference is 55667788, why has my bill gone up?
0 pr . saw your post about the outage on tuesday, is our postcode included?
+ pe . the advisor recommended a documentary about energy saving, watched it and cut my usage loads
## utility fr praise
+ pe . conseillère au top, problème réglé en un appel
+ pr . factures claires et jamais de mauvaise surprise
+ . . rien à redire depuis deux ans
## utility fr put right
+ pr . erreur sur ma facture, corrigée et remboursée en une semaine
+ pd,pr . coupure d'eau dans la rue, réparée dans l'après-midi
+ pe . le technicien a raté le premier rdv mais il s'est excusé et il est venu le lendemain à 8h
## utility fr lukewarm
0 . . c'est un fournisseur comme un autre
0 pr . comment changer la date de prélèvement ?
0 pd . vous avez une offre pour les voitures électriques ?
## utility fr mixed
- pe,pr . au téléphone ils sont aimables mais trois mois de factures erronées, ça suffit
+ pd,pe . cher mais le service client est impeccable
- pd,pr . tarif intéressant mais le changement a pris deux mois
## utility fr plain
- pr . génial, encore une facture estimée à 400 euros
- pd . l'eau du robinet sent le chlore
- pe . personne ne rappelle jamais
## utility fr not put right
- pr . remboursement promis en janvier, toujours rien en juin
## utility fr negated praise
- pe . pas franchement compétents au service client
## utility fr churn
- pr c dès que mon offre se termine je vais voir ailleurs
## utility fr not churn
+ pr . j'ai failli partir mais ils ont corrigé mes factures, je reste
## utility fr spam
0 . s isolation à 1 euro appelez vite
## utility fr not spam
0 pr . mon numéro client est le 4455 6677, pourquoi la hausse ?
## utility es praise
+ pe . la chica del teléfono, nerea, me lo solucionó todo en cinco minutos
+ pr . facturas claras y sin sorpresas, así da gusto
+ . . ninguna queja en tres años
## utility es put right
+ pr . me llegó una factura disparatada y la anularon en una llamada
+ pd,pr . se fue la luz en todo el barrio y volvió en media hora
+ pe . el técnico no vino el primer día pero llamó para disculparse y vino al siguiente temprano
## utility es lukewarm
0 . . ni bien ni mal, como todas
0 pr . ¿puedo cambiar el día del recibo?
0 pd . ¿tienen tarifa para coche eléctrico?
## utility es mixed
- pe,pr . muy amables por teléfono pero la factura sigue mal
+ pd,pr . algo cara pero nunca hay problemas
- pd,pr . buen precio pero el cambio tardó meses
## utility es plain
- pr . genial, otra factura estimada altísima
- pd . el agua sale turbia desde hace días
- pe . nadie contesta en atención al cliente
## utility es not put right
- pr . reclamé hace cuatro meses y todavía nada
## utility es negated praise
- pe . no son precisamente rápidos en contestar
## utility es churn
- pr c me voy a otra compañía en cuanto pueda
## utility es not churn
+ pr . estuve a punto de irme pero me arreglaron la factura y me quedo
## utility es spam
0 . s placas solares gratis llame ahora
## utility es not spam
0 pr . mi número de contrato es 99887766, ¿por qué ha subido?
"""
