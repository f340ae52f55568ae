"""A seventh set of hand-written comments for the learned layer, 1,451 of them, written
for this project in two rounds without opening the rules, the other examples or the bench
sets:

- 795 one-sentence reviews in English of restaurants, cafés, pubs, bars, bakeries,
  takeaways, hotels, hostels, shops, supermarkets, salons, spas, gyms, clinics, dentists,
  vets, pharmacies, garages, banks, insurers, phone providers, delivery firms, plumbers,
  cinemas and florists ("## business en short"), most of the praise and many of the
  complaints told as plain facts ("the barber remembered how I like it from three months
  ago", "forty minutes for two coffees"), with praise in negative words ("can't beat it",
  "not cheap but worth every penny"), neutral statements and questions, and mixed ones;
- 656 comments left in a feedback form or under a business's blog post ("## business lang
  comments", English, French and Spanish): spam of many kinds, most without a link
  (praise of "the article", talk of a film, a match, a song, a recipe, politics, faith or
  the stars, offers, phishing, word salad, a test of the form), and genuine comments that
  look like it (the business's own website, newsletter or offer, the customer's own loan,
  a text the business sent, the match on the pub's screen), with customers who say they
  are leaving.

Each round was first read by the analysis as it stood (bench/README.md, issue 25), then
its misses were read and a few rules written from them, so these examples are no held-out
evidence for those rules. Five texts the same as an earlier example and four the same as
a text of a bench set (`bench/textlens_own*.py`) are left out. Their
weight against the examples before them was chosen by cross-validation on our examples
alone (`bench/textlens_weight.py --new facts_spam`).

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
## bakery en short
+ pd . sourdough still crackling when we got it home
+ pr . ordered a birthday cake on monday, ready wednesday, exactly as drawn
+ pd . sausage rolls gone within five minutes of putting them on the table at the party
+ pe . lady behind the counter put aside the last two cinnamon rolls because she knows I come in at 10
+ pd . croissants flake all over you, real butter, 1.60 each
+ . . been buying our bread here since we moved in back in 2015
+ pd . no complaints, the rye lasts nearly a week without going stale
+ pd . they did a gluten free version of my wedding cake and nobody could tell the diffrence
+ pr . they open at 6:30, so I grab breakfast before my shift every day
- pd . the "fresh" bloomer was stale by lunchtime
- pd . paid 4 quid for a doughnut with barely any jam in it
- pe . asked what was in the pastry because of allergies and got a shrug
- pr . cake order got mixed up, collected a "happy retirement" cake for my daughter's 6th
- pd . pasties were reheated from yesterday, could taste it
- pr c sold out of everything by 11 every single saturday. not bothering anymore
- pd . expected more for the price, the eclair was mostly air
- pe . staff chatting behind the counter while a queue of eight people waited
- pd . brilliant, another loaf with a burnt bottom
- pr . phoned ahead for six loaves, got there and they'd sold them to someone else
0 pd . do you make anything vegan?
0 pr . can I order a cake for collection on sunday
0 pd . bread's fine. bit pricier than the supermarket but fine
0 . . picked up rolls for the office
0 pr . what time do you shut on wednesdays
+ pd,pr . queue was out the door and round the corner but the pain au chocolat was worth standing in the rain for
- pe,pd . guy who served me was sweet but the quiche was soggy and the cake was dry
0 pd,pr . nice cakes, but the till takes forever as they've only got one card reader
## bank en short
+ pe . advisor sat with me for an hour sorting out my late dad's accounts and never rushed me
+ pr . reported my card stolen at 10pm, new one arrived two days later
+ pr . fraud team rang me before I'd even noticed the dodgy transaction
+ pe . cashier spotted a scam and stopped my nan sending £2000
+ pr . mortgage approved in 10 days, no chasing
+ . . with them since my first savings account at 11
+ pd . no fees abroad, used it all over spain
+ pr . didn't have to wait at all, booked a slot and was seen on time
+ pe,pr . can't fault them, sorted my business account in one visit
+ pd . savings rate beat every other high street bank I checked
- pr . 55 minutes on hold to be told to go into a branch
- pr c they closed our local branch, nearest is 20 miles. moving to a building society
- pe . advisor kept trying to sell me insurance when I came in to pay in a cheque
- pr . app's been down three times this week
- pd . £35 charge for going 50p overdrawn
- pe . cashier was rude to my elderly mum who was struggling with her pin
- pr . took 6 weeks to transfer an ISA
- pr c froze my account with no warning and nobody could tell me why. switched to monzo
- pe . they said they'd ring back. they never ring back
0 pr . what documents do i need to open a joint account
0 pr . is the branch open saturday mornings
0 . . paid in some cheques
0 pd . what's the interest rate on the easy access saver
0 pd . standard bank. does what it does
+ pe,pr . phone queue was long but the chap I spoke to fixed it in five minutes
- pe,pr . branch staff are nice but the app is useless and half the services are online only now
0 pd,pe . decent rates, unhelpful staff
## cafe en short
+ pd . flat white was exactly the right temperature, drank it in one go
+ pe . the girl at the counter had my oat latte going before I got to the till
+ . . fourth time this week, I basically work from the corner table now
+ pd . scones still warm at 3pm, clotted cream by the spoonful
+ pr . didnt have to wait at all even with the queue out the door, they had two tills going
+ pd . £3.20 for a proper bacon sandwich in this day and age, can't argue with that
+ pe . they let me charge my phone behind the counter and brought it over when it was full
+ pd . kids asked if we could come back tomorrow for the hot chocolate with marshmallows
+ pd,pe . nothing to complain about, banana bread's homemade and the owner knows everyone by name
- pr . forty minutes for two coffees and a croissant
- pd . cappuccino was more milk than coffee and tasted burnt
- pe . barista was on her phone the entire time I stood there waiting to order
- pd . the panini was cold in the middle, still had ice crystals in the cheese
- pr c card machine "broken" again so cash only, third time this month. going to the chain one now
- pd . great, another £4.50 for a muffin thats dry as sand
- pd . tables sticky, bin overflowing, one toilet out of order
- pe,pr . they forgot my order, then served the people behind me first
- pd . was hoping for more given the reviews. the hollandaise on the eggs benedict had split
- pd . ordered avocado toast, got two slices of white bread and half a sad avocado
0 pd . do you do any dairy free milks apart from soy
0 . . popped in after the dentist
0 pr . what time does the kitchen stop doing breakfast on saturdays?
0 pd . coffee's fine. standard stuff
0 pd . it's a cafe. tea, cakes, the usual
+ pd,pr . the queue is always long but honestly the cinnamon buns are worth it
- pe,pd . nice staff, shame the sandwiches are pre-packed and cost double what they should
0 pe,pd . good coffee, but the lad who served me couldnt have cared less
## clinic en short
+ pe . the nurse explained every step before she did it and held my hand for the blood test
+ pr . appointment at 9:10, called in at 9:10
+ pd . physio sorted my shoulder out in three sessions
+ pe . dr patel remembered my mum's name and asked after her
+ pr . results came back by text the next morning
+ pe . dentist noticed I was nervous and stopped whenever I raised my hand
+ . . whole family's been registered here 20 years
+ pd . not cheap but the laser treatment worked first time
+ pr . no complaints, got a call back within the hour and was seen the same afternoon
- pr . 8am phone scramble, 40th in the queue, all appointments gone by the time I got through
- pe . doctor didn't look up from his screen once
- pr . waited 2 hours past my appointment with no explanation
- pe . receptionist asked what was wrong with me in front of a full waiting room
- pd . filling fell out after a week and they want to charge me again
- pr c referral letter lost twice. we've registered with another practice
- pd . £120 for a ten minute consultation where he told me to take paracetamol
- pe . I was told my pain was "probably stress". it was appendicitis
- pr . prescription never sent to the pharmacy despite three calls
0 pr . do you do saturday appointments?
0 pd . do you offer the flu jab for under 65s
0 . . went in for a routine checkup
0 pr . how long does it usually take to get test results back
0 pe . saw a locum this time, was fine
+ pe,pr . took forever to get an appointment but once I was in Dr Evans was brilliant
- pe,pr . nice dentist, but booking's impossible and they charged me for a missed appt I'd cancelled
0 pd,pe . treatment worked, bedside manner could be better
## delivery en short
+ pr . parcel arrived the next morning, ordered at 10pm
+ pe . driver carried the sofa up three flights of stairs and put it where we wanted
+ pr . got a text with a one hour slot and they came right in the middle of it
+ pe . courier left it with the neighbour and put a note through with the house number
+ pd . box was packed so well not one glass was broken
+ pr . no missed parcels in two years living here
+ pe . driver waited while I got downstairs on my crutches
+ pr . can't fault the tracking, showed the van on a map right up to my door
+ pr . use them for all my online shop's orders now, hardly any lost parcels
- pr . "we tried to deliver" - no they didn't, I was in all day
- pe . driver threw my parcel over the gate into a puddle
- pd . box arrived crushed, lamp in three pieces
- pr . parcel left in the recycling bin, found it after the collection
- pr c fourth missed delivery this month. from now on I pick a different courier at checkout or don't order
- pe . courier was rude when I asked him to bring it to the door instead of the lobby
- pr . tracking said delivered, photo was of someone elses door
- pr . 3 day delivery took 11 days
- pe c driver swore at my wife when she asked for ID. we won't order from anywhere that uses them
0 pr . can I change the delivery address after it's been dispatched?
0 . . got a parcel today
0 pr . how do I arrange a redelivery
0 pr . arrived on the expected day. nothing else to report
+ pe,pr . a day late but the driver was so apologetic and careful with it
- pe,pr . nice driver, wrong parcel
0 pr,pe . quick delivery, driver didn't even knock, just left it on the step
- pe,pd . driver was polite but the fridge came with a massive dent in the door
## florist en short
+ pd . tulips lasted nearly two weeks
+ pe . she asked about my gran before doing the funeral wreath and put in her favourite sweet peas
+ pr . ordered at 11, delivered to her office by 2
+ pd . bouquet was bigger than the photo online
+ pe . they rang me to check the spelling on the card message before sending
+ . . our wedding, both christenings and my mum's 60th, all from here
+ pd . not cheap, but people still ask about the bridal bouquet in our photos
+ pr . no fuss, same day delivery on valentines even though I ordered late
+ pd . roses arrived as buds and opened up perfectly over the weekend
- pd . flowers were dead by the third day
- pr . valentine's bouquet arrived on the 15th
- pd . looked nothing like the picture, half the size and mostly greenery
- pe . got told "that's what you ordered" when I rang about the wilted roses
- pr c wreath didn't arrive before the funeral. we've gone to another florist for the memorial
- pd . £65 for this? expected more for the price
- pr . forgot to include the card, so my sister had no idea who they were from
- pr . charged for a delivery that never happened, still no refund
- pd . lilies had brown spots before we even took them out of the wrap
0 pr . can you deliver to the hospital
0 pd . do you have white peonies in at the moment
0 . . bought a bunch for my mum
0 pr . how far in advance should I order for a wedding
0 pd . nice enough flowers. standard
+ pd,pr . delivery was a bit late but the arrangement was stunning and they refunded the delivery fee
- pe,pd . pretty bouquet but the woman on the phone was really short with me
0 pd,pr . flowers fine, website hard to order from
+ pe,pd . roses a little smaller than I hoped but she threw in extra eucalyptus and wrote the card beautifully
## garage en short
+ pr . dropped it at 8, they fixed it the same day
+ pe . mechanic showed me the worn pads next to the new ones so I could see for myself
+ pd . quoted £300, bill came in at £260
+ pe . they told me NOT to do the expensive repair because the car wasn't worth it
+ . . third car they've looked after for us, wouldnt take it anywhere else
+ pr . mot booked online, done in 45 minutes while I had a coffee
+ pd . car came back washed and vacuumed as well
+ pe,pr . no complaints, they rang before doing anything extra
+ pd . clutch they fitted two years ago still perfect
+ pe . lad on the front desk lent me a courtesy car for free when the part got delayed
- pr . had my car a week for a 2 day job
- pd . came back with a new rattle that wasn't there before
- pe . spoke to my husband instead of me even though it's my car and I booked it
- pd . £180 for a "diagnostic" and they still don't know what's wrong
- pr c added £400 of work without asking. taking it to the dealer from now on
- pe . mechanic left greasy handprints all over the seats and steering wheel
- pd . warning light back on 2 days after the "fix"
- pr . told me it would be ready by 5, got there and they hadn't started
- pe c rude, patronising, and they lied about me needing new tyres. never again
0 pr . do you do mot's on saturdays
0 pd . how much for a timing belt on a 2012 focus
0 . . dropped the van in for its service
0 pr . do you need to book or can i just turn up for tyres
0 pd . service done. usual price
+ pd,pr . took longer than they said but the work is spot on and they didn't charge for the extra hours
- pe,pd . friendly enough lads but the car's still pulling to the left
0 pd,pr . repair fine, but they only take cash
## gym en short
+ pd . never had to wait for a squat rack, even at 6pm
+ pe . the trainer wrote me a plan around my bad knee without charging extra
+ pr . cancelled my membership online in two clicks, no phone call, no hassle
+ pd . showers are actually hot and there's always clean towels
+ . . been going 5 times a week since january, down two stone
+ pd . 19.99 a month for 24hr access and a pool, can't beat it
+ pe . instructors learn your name by the second class
+ pr . froze my membership for 3 months while I had surgery, no fee
+ pd . no complaints at all, equipment's new and everything works
- pd . half the treadmills have had out of order signs on them since march
- pr c took 3 months and a letter from my bank to cancel. never again
- pe . PT spent the session on his phone and charged me £40
- pd . changing rooms smell like a drain
- pr . they upped the fee by £8 with one weeks notice
- pd . far too crowded after 5, queue for every machine
- pe . receptionist laughed when I asked how to use the leg press
- pr c classes always full on the app within a minute of opening. I've joined the one on the high street instead
- pd . aircon broken all summer and it's 30 degrees on the gym floor
0 pr . what are the opening hours on christmas day
0 . . did a trial day with a friend
0 pd . decent enough gym, nothing fancy
+ pe,pd . the kit is a bit old but the trainers are so good I don't care
- pd,pe . great facilities shame the staff never clean anything
0 pd,pr . good equipment, but the app for booking classes is awful
- pe,pr c the spin instructor is brilliant but they've cancelled her class four weeks running with no notice, so I've cancelled my membership
## hotel en short
+ pd . room overlooked the harbour and the bed was so comfy I slept 10 hours straight
+ pe . reception upgraded us when they heard it was our honeymoon
+ pr . checked in at 11am, room ready, no extra charge
+ pd . breakfast buffet had proper black pudding and orange juice squeezed there and then
+ pe . housekeeping found my wedding ring under the bed and posted it back to me
+ . . fifth stay here for the conference, I book it as soon as the dates come out
+ pd . spotless bathroom, rainfall shower, water pressure like a fire hose
+ pd . not cheap but worth every penny for the spa alone
+ pe,pr . the night porter sorted us a taxi at 4am for our flight and handed us a packed breakfast
+ pr . no queue at check in, key was waiting with our name on it
- pr . charged twice for the same room and it took three emails to get it back
- pd . mould on the bathroom ceiling and the window wouldn't close
- pe . receptionist argued with us about our booking even with the confirmation on screen
- pd . the "sea view" was a car park with a sliver of sea if you leaned out
- pd . aircon rattled all night, no sleep
- pr . room wasn't ready till 5pm, check in is supposed to be 2
- pd c found someone else's hair in the bed. we'll be booking elsewhere next trip
- pd . £18 for a breakfast of powdered eggs and rubbery bacon
- pe c asked for extra towels three times. not staying with this chain again
- pd . I wanted to love this hotel, the photos look great, but the room smelled of damp and smoke
0 pr . what time is check out on sunday?
0 pd . is there a kettle in the rooms?
0 . . stayed one night for a wedding nearby
0 pd . clean, basic, does the job
+ pe,pd . room was a bit dated but the staff couldn't do enough for us
- pd,pr . lovely room, but an hour queue to check in and another at checkout
0 pd,pe . great location, staff a bit indifferent
## pharmacy en short
+ pe . pharmacist spotted that my two prescriptions clash and rang the GP for me
+ pr . prescription ready within 10 mins of the doctor sending it
+ pe . she sat with my dad and went through every tablet on a sheet of paper
+ pr . they text when the repeat is ready, never had to chase once
+ . . been using them since they opened, wouldn't go to the big chain
+ pd . own brand hayfever tablets at a third of the price and they work just the same
+ pe . popped in with a rash on a sunday and the pharmacist looked at it there and then
+ pr . no queue at all, in and out in 3 minutes
+ pe,pr . can't fault them, they delivered to my mum when she was housebound
- pr . prescription "not ready yet" four days after the surgery sent it
- pe . asked a question about side effects and was told to read the leaflet
- pr . closed at 4 on a weekday, sign says 6
- pd . they gave me the wrong strength of my blood pressure meds
- pr c they keep losing my repeat prescription. moving it to an online pharmacy
- pe . staff shouted my medication across the shop so everyone could hear
- pd . out of stock of my inhaler for the third month running
- pr . queue out the door and only one person dispensing
- pe c pharmacist was condescending when I asked for the morning after pill. will go elsewhere
0 pd . do you do travel vaccinations?
0 pr . what time do you close saturday
0 . . picked up my mums tablets
0 pd . do you have childrens calpol in the sachets
0 pr . can someone else collect my prescription for me
+ pe,pr . always a bit of a wait but the staff are so helpful it's fine
- pe,pr . lovely pharmacist but this is the 3rd time my order's been wrong
0 pe,pd . helpful staff, prices a bit higher than boots
- pe,pr . the delivery driver is a star but the branch never answers the phone, I've stopped trying
## pub en short
+ pd . sunday roast came with four types of veg and yorkshires the size of my fist
+ pe . landlord remembered our dog's name from last month and had a water bowl down before we sat
+ pd . guinness was left to settle properly, no rush job
+ . . quiz night every thursday for two years now, wouldnt go anywhere else
+ pr . bar staff kept the queue moving even during the match, never waited more than a couple of minutes
+ pd . pint and a pie for a tenner, can't fault it
+ pd . fire was lit, cosy corner free, real ale on at 3.80
+ pe . they rang a taxi for my dad and waited outside with him till it came
+ pd,pr . no complaints, kitchen stays open till 10 and the burgers are massive
- pd . lager tasted like the lines hadn't been cleaned in weeks
- pe . bouncer was rude to my mate for no reason and wouldnt let him back in from the smoking area
- pe,pr . waited 25 mins at the bar while staff chatted to their friends
- pd . £7.40 a pint now. this used to be my local
- pd c chips out of a bag, gravy from granules, charged gastropub prices. not going back
- pr . kitchen "closed early" at 7:30 on a saturday with no notice online
- pd,pe . toilets were flooded and nobody seemed bothered
- pe c new manager has binned the darts team and the regulars are all drifting to the Crown, us included
- pd . fish was grey and the batter was raw underneath
0 pr . are dogs allowed in the beer garden?
0 . . met some old friends here on friday
0 pd . standard pub, standard beers
0 pd . its alright. bit quiet midweek
+ pe,pd . food's pretty basic but the staff make the place, always a laugh
- pd,pe . beer garden is gorgeous but the barmaid short-changed us and argued about it
0 pd,pr . nice pint, but paying by app only is a pain
- pe,pd c lovely old building, shame the new owners have turned it into a sports bar with no staff who care. we've moved on
## restaurant en short
+ pd . the lamb shank fell off the bone and there was enough left over for lunch the next day
+ pe . our waiter had clocked my son's nut allergy from the booking notes before we even mentioned it
+ pd . not a crumb left on any plate at our table, and we're a fussy lot
+ pr . booked for 7, seated at 7, starters out by quarter past
+ pd,pe . not cheap but worth every penny, and they split the bill six ways without a single sigh
+ . . third anniversary dinner here in a row, already booked next year's
+ pd . cant fault a single thing on the tasting menu tbh
+ pe . chef came out to ask how the risotto was and actually listened to the answer
+ pd . portions were huge, had to ask for a box for half the pasta
+ pe,pr . no complaints at all, they squeezed in a table of eight on a friday with twenty minutes notice
- pd . ordered the steak medium, got it grey all the way through
- pr . waited 50 mins for mains and nobody came to explain
- pd . the soup came out lukewarm and the bread was yesterday's
- pe c asked twice for tap water, never arrived. we'll be trying the place across the road from now on
- pr . booked online for 8, turned up and they had no record of it
- pd . I really wanted to love this place but the curry tasted of nothing but salt
- pd . £28 for a main that was mostly garnish. expected more for the price
- pe,pr c service charge added automatically and the waitress rolled her eyes when we queried it. last visit
- pd . lovely, a hair in the carbonara. just what we wanted on date night
0 . . came for lunch with a colleague, had the set menu
0 pr . do you take bookings for sunday lunch or is it walk in only?
0 pd . food was ok, nothing special, about what you'd expect on the high street
0 pd . average. starters fine, mains fine
+ pd,pr . took ages to get the bill but the duck was the best I've had in years
- pe,pd . staff were lovely, genuinely, but the fish was overcooked and the chips were soggy
0 pd,pr . great pizza, terrible wait. probably evens out
## salon en short
+ pe . the barber remembered how I like it from three months ago
+ pd . colour still looks fresh after six weeks
+ pr . got a same-day appointment for a fringe trim
+ pe . she talked me out of a bob and did long layers instead, people keep asking where I got it done
+ pd . nails lasted three weeks without a single chip
+ . . been coming to Jade for eight years, followed her when she moved here
+ pe . didnt have to say a word, she just got on with it and it came out exactly right
+ pd . not cheap but my curls have never looked this defined
+ pe,pr . no complaints, on time, chatty but not too chatty, and they text you the day before
- pd . hair was shorter on one side and she said it would "settle"
- pr . kept waiting 35 mins past my appointment time
- pe . stylist spent the whole time on the phone to her boyfriend
- pd . asked for honey blonde, came out orange
- pr c they cancelled me by text an hour before for the second time. found a new salon
- pd . gel nails lifted in four days
- pe . she nicked my ear with the clippers and didn't even say sorry
- pd . £90 for a cut and blow dry that fell flat by the time I got home
- pe c told them what I wanted 3 times and still came out with a mullet. not going back
- pr . booked a 2 hour colour, they'd double booked and rushed me through in 45 mins
0 pr . do you take walk ins on saturday
0 pd . how much is a full head of highlights
0 . . had a trim before my holiday
0 pd . cut was fine. nothing amazing
0 pr . can I book online or is it phone only?
+ pe,pr . they ran 20 mins behind but Sam's fade is the best in town so I'll wait
- pe,pd . really friendly girls but my lashes were falling out within a week
0 pd,pr . nice cut, booking system is a nightmare though
## shop en short
+ pe . the lad in the shoe section measured both my kids feet and talked me out of the more expensive pair
+ pr . returned a jacket without a receipt, refunded in two minutes
+ pd . bought this kettle in 2016 and it's still going
+ pd . exactly what was on the website, down to the colour
+ pe . owner ordered in a part for my lamp and rang me the day it arrived
+ . . my go-to for birthday presents, havent had to go anywhere else in years
+ pr . click and collect was ready in an hour, no queue at the desk
+ pd . no complaints, the jeans fit and have survived 40 washes
+ pd . prices half what the retail park charges for the same brands
- pe . security guard followed me round the whole store
- pr . only one till open and a queue of fifteen people
- pd . zip broke on the second wear
- pr c they refused a refund on a faulty toaster because the box was opened. shopping online from now on
- pd . shelves half empty, nothing in my size again
- pe . asked for help finding a size and was told to "look on the rails"
- pr . label said 30% off, till charged full price and they wouldnt honour it
- pd . expected more for the price. stitching came loose within a week
- pr c ordered online, says delivered, nothing came, and customer service keeps sending the same email. done with them
0 pd . do you stock size 12 in the green dress
0 . . just browsed, didnt buy anything
0 pd . normal corner shop. bread, milk, papers
0 pr . can i return something bought in another branch
+ pe,pd . the selection is small but the owner knows her stuff and found me exactly the right thing
- pd,pe . nice clothes but the staff were rude when I asked for a different size
0 pd,pr . good prices, slow tills
## takeaway en short
+ pr . ordered at 7:02, doorbell went at 7:25
+ pd . portions were enormous for eight pounds, fed two of us twice
+ pd . chips still crispy after a 15 min drive home
+ pe . they rang to say they'd run out of prawns and offered a swap plus a free side
+ . . our friday night order for three years now, never once had a bad one
+ pd . not a grain of rice left, even the kids finished the korma
+ pd . can't fault the doner, properly seasoned meat and fresh salad
+ pe . they remembered the extra chilli sauce without me putting it in the notes
+ pr . order tracker was accurate to the minute
+ pd,pe . no complaints at all. pizza hot, toppings right to the edge, driver was polite
- pr . 1 hour 40 for a pizza, arrived cold
- pd . great, soggy chips again
- pd . ordered chicken chow mein, got beef. there wasnt any chicken in the bag at all
- pe . rang to complain and the guy just hung up on me
- pr c charged twice on the app, still waiting for a refund after 10 days. deleted the app
- pd . the curry was swimming in oil, half an inch on top
- pd . naan was raw in the middle
- pr . they cancelled my order 50 mins after taking the money
- pd c found a bit of plastic in my noodles. never again
- pd . £14 for a tiny tub of rice and three pieces of chicken, used to be much better value
0 pr . do you deliver to the new estate past the roundabout?
0 pd . is the lamb bhuna hot or medium
0 pd . usual chinese takeaway. nothing to write home about
0 pr . can you pay cash on delivery or is it card only
+ pd,pr . delivery was late again but the food makes up for it every time
- pe,pd . driver was a gent but the pizza had clearly been sat around for ages, cheese like rubber
0 pd,pr . food decent, app keeps crashing at checkout
## bank en comments
0 . s Need a loan urgently? Low interest, no credit check, WhatsApp +44 7700 900123
0 . s Recover your lost crypto funds, certified hackers, email recover@chainfix.test
0 . s Lorem ipsum dolor sit amet, ut enim ad minim veniam
0 . s Who else thinks the referee cost us the cup final? Absolute joke
0 . s URGENT: your card is blocked, call 0800 000 999 to reactivate and confirm your PIN
0 . s mnbvcxz poiuy lkjh
0 . s I appreciate this post, very thorough, gave me a lot to think about
0 . s Guaranteed approval personal loans up to 50k, bad credit ok, apply at easycash-loans.top
- pr . My mortgage application has been "under review" for six weeks with no update
+ pe . The advisor helped me consolidate my loans and I now pay 120 less a month, thank you
0 pr . I got a text from a number claiming to be you asking me to confirm my card, is this genuine?
- pd c Closing my account and moving to an online bank, the fees on this current account are ridiculous
- pr . Your app logs me out every time I try to transfer money
+ pr . Loan approved in two days, smooth process from start to finish
- pe . Teller was condescending when I asked about the student overdraft
0 pd . Your blog post about savings accounts says 4.1% but the branch quoted me 3.5%, which is it?
- pr . Two branches in my town closed and the nearest one is now 40 minutes away
0 pr . The discount code for the credit card in your newsletter doesn't work in the app
## clinic en comments
0 . s Where can I find more posts like this one? Subscribed already
0 . s Order oxycodone and xanax online without prescription, discreet shipping, pharmacyrx.top
0 . s Season three was so much better than season two, the new villain actually had a motive
0 . s qwertyuiop asdf zxcv
0 . s Hi, I am a freelance SEO expert, I can bring your site to page one of Google, reply for a free audit at rankfirst.xyz
0 . s Wow what a wonderful blog, the layout is so clean, which theme are you using?
0 . s Slow cooker chili tip: add a square of dark chocolate and a splash of coffee at the end
0 . s Your account has been suspended, verify your identity immediately at secure-login-verify.test
0 . s elephant spoon river under forgotten amazing
- pr . Your website says walk-ins welcome until 6 but I was turned away at 5:20
+ pe . Dr. Okafor listened properly and explained everything, first time I have felt heard in years
0 pr . I got a text from 60123 reminding me of an appointment I never booked, is this really you?
- pr c Three cancelled appointments in a row, I am moving to another practice
+ pd . The physio exercises from your blog post actually fixed my shoulder, thank you
- pe . Receptionist was on her phone the whole time and barely looked up
+ pr . Booked online at 8am, seen by 9:30, prescription sent to my pharmacy before I got home
0 pd . How much is the travel vaccine package advertised in your newsletter? No price listed
- pd,pr c Paid 90 for a private blood test and the results came back incomplete, next time I'll go somewhere else
+ pe . Thank you to the whole team, keep up the good work
- pe,pr . The waiting room TV was blasting a soap opera at full volume and nobody would turn it down, then the doctor ran 50 minutes late
## delivery en comments
0 . s That match yesterday was robbery, the ref should never work again
0 . s Drive 10x traffic to your website with our backlink packages, rankboost.xyz
0 . s Great content as always, looking forward to the next one
0 . s lorem ipsum lorem ipsum lorem ipsum
0 . s Just watched that horror film everyone is raving about, totally overrated, the jump scares were cheap
0 . s Win a brand new games console, answer 3 questions, claim at gamerprize.test
0 . s fjdksla fjdksla ghgh
0 . s Hi admin, are you accepting sponsored posts? Please email me at partner@brandreach.example
0 . s CBD oil cures anxiety, pain and insomnia, free sample at greenleafcbd.top
- pr . Tracking said delivered, nothing at my door, photo shows somebody else's porch
+ pe . Driver rang ahead and left it with my neighbour as asked, perfect
0 pr . Got a text from 07700 900555 asking me to pay a redelivery fee, is that you?
- pd . Parcel arrived crushed and the glass was broken
- pr c Three missed deliveries in a fortnight, my company is switching courier next month
+ pr . Same-day delivery actually arrived same day, impressed
- pe . Driver threw the box over the gate in the rain
0 pr . Your website says Saturday delivery is free for members, how do I become one?
+ . . Cheers, all good
- pr . Delivery slot 8 to 6, nobody came, no text, took a day off work for nothing
+ pe,pr . The courier was humming along to the song on his phone, smiled, got the signature and was gone in thirty seconds, and the package was two days early too
## florist en comments
0 . s I tried the lasagne recipe from my grandmother's book and added nutmeg, life changing
0 . s Wonderful article, very inspiring, bookmarking your site
0 . s Best online casino, 200% welcome bonus, free spins, play at jackpotcity.top
0 . s That song with the violin intro is on repeat in my car, pure poetry
0 . s hgfdsa hgfdsa poiu
0 . s Claim your inheritance from a distant relative, contact barrister John at estate-claims.test
0 . s Admin, very nice post, please visit my site too, I post similar content
0 . s nice nice nice
+ pd . Bouquet was even prettier than the photo on your website
- pr . Flowers for my mum's birthday arrived the day after
0 pr . Is the Mother's Day offer on your blog available for delivery or only collection?
- pd c Roses wilted in two days, that's the last time I order from you
+ pe . Lovely lady helped me pick flowers for a funeral, so kind and patient
- pd . Paid 55 and the arrangement was half the size pictured
0 pr . Received a text with a discount code WELCOME10, does it work in the shop too?
- pe . The man at the counter argued with me about my own order
+ . . Beautiful as always
- pr c Second time the wedding order was wrong, we won't use you again
## garage en comments
0 . s Did anyone else watch the finale last night? That twist with the brother was insane
0 . s Buy verified PayPal and bank accounts, bulk discounts, contact @darkvendor on Telegram
0 . s Awesome write-up! Could you do a part two on this topic?
0 . s The new album is a masterpiece, track six is the best thing they have ever recorded
0 . s sdfsdf sdfsdf ggggg
0 . s Get a free gift card worth 250, just complete this short survey at rewards-hub.xyz
0 . s Forex signals with 95% accuracy, join our VIP group, WhatsApp +44 7700 900789
0 . s I made bread for the first time using a recipe I found online and it actually rose
0 . s Mooi artikel, bedankt voor het delen
- pd,pr . Quoted 200 for brakes, bill came to 480 with "extras" I never agreed to
+ pe . Honest mechanic, told me I didn't need the repair the dealer quoted for, rare these days
0 pr . Your website mentions a free winter check, do I need to book or just turn up?
- pr c Car kept for a week for a two-day job, I'll be going to a different garage from now on
+ pr . Got a text when the car was ready, paid online, picked up in five minutes, easy
- pe . The receptionist told me to google it when I asked what the warning light meant
+ pd . New tyres feel great, much quieter on the motorway
0 pd . Is the 10% off MOT code from your newsletter valid for vans?
+ pe . Cheers lads, sorted
- pr . Left three voicemails on the number on your site, no call back
+ pe,pd . Radio was playing the match in the workshop and the mechanic still found the rattle in ten minutes, good work
## gym en comments
0 . s Lose 12 kg in 3 weeks with this one weird tea, order at slimfast-now.top
0 . s The new season of that cooking competition is so fake, the judges clearly had favourites
0 . s Buy steroids online, pharmaceutical grade, worldwide delivery, WhatsApp +1 555 0177
0 . s Really enjoyed this post, the part about motivation hit home, more please
0 . s jkjkjk ;lkj ;lkj ddd
0 . s Who is watching the title fight on Saturday? My money is on the challenger
0 . s Congratulations, you were selected for our free smartwatch giveaway, pay only shipping at freewatch.test
0 . s random words here just checking the comment box
0 . s I love how you explain things, your blog is my favourite in this niche
- pr c Cancelling my membership, and the cancellation process on your website is deliberately impossible
+ pe . Coach Sam's spin class is the best part of my week, the playlist is fire
- pd . Half the treadmills out of order for a month now
0 pr . Your app says classes are free for members but I got charged 5 for yoga, why?
+ pd . The new weights area is fantastic, finally enough racks
- pe . Trainer spent my whole paid session on his phone
- pd c Not renewing in January, showers are cold and the changing rooms are grim
0 pd . Is the January offer in your newsletter still on? I want to sign up my partner
+ pe . Great service, keep it up guys!
- pr . Texts from your number every single day about protein shakes, please stop, I never opted in
- pd . The music in the main hall is so loud you can't hear the instructor, same three remixes every day
## hotel en comments
0 . s Keep up the good work admin, this blog is gold
0 . s Just finished reading that fantasy trilogy everyone talks about, the ending of book two wrecked me
0 . s Dear winner, your email has been selected for a 1,000,000 USD grant, send your full name and bank details to claims@lottery.test
0 . s Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt
0 . s We write your dissertation in 48 hours, plagiarism free, message +1 555 0134 on WhatsApp
0 . s Nice post. I learn something new and challenging on blogs I stumble upon every day
0 . s test test 123 is this working
- pr . The confirmation text you sent from 07700 900321 had the wrong check-in date, we nearly missed our booking
+ pd . Room was spotless and the view over the harbour was worth every penny
- pd . The in-room film we paid for froze every ten minutes, we never saw the ending
0 pr . Your website lists free parking but the front desk charged us 15 a night, which is right?
- pe c Rude reception staff twice in one stay, we won't be coming back
+ pe . Marta at reception went above and beyond, she found my lost passport at the taxi rank
+ pr . Check-in through the app took two minutes, loved skipping the queue
0 pr . Quick question about the spring offer in your newsletter, does the free breakfast include kids?
- pd . Breakfast buffet had run out of eggs, bread and coffee by 8:30, on a Sunday
+ pe,pd . The barman made me a cocktail to match the song the pianist was playing, a lovely touch, and the suite was gorgeous
- pr . Charged twice on my credit card for the same night and the refund has been "processing" for three weeks
## pharmacy en comments
0 . s Cheap pills without prescription, fast shipping worldwide, visit medsdirect.xyz today
0 . s I have been surfing online more than three hours today, yet I never found any interesting article like yours
0 . s Keto gummies melt belly fat while you sleep, doctors hate this trick, ketoslim.top
0 . s hjkl hjkl hjkl hjkl
0 . s That documentary about the deep sea was stunning, the anglerfish scene alone was worth it
0 . s Earn 3000 a week working from home, no experience needed, text JOBS to 07700 900456
0 . s Thanks for the post, really enjoyed it, will share on my page
0 . s first comment lol
- pr . Your app said my prescription was ready, came in and they hadn't even started it
+ pe . The pharmacist spotted an interaction between my two meds that my doctor missed, can't thank her enough
0 pr . I received a text from PHARMA-INFO with a discount code, is it really from you or a scam?
- pd c Prices on basic painkillers are double what the supermarket charges, I'll buy them there from now on
- pe,pr c Waited 25 minutes behind one person while staff chatted, I'm taking my prescriptions elsewhere
0 pd . Do you stock the sugar-free version of the cough syrup mentioned on your blog?
- pd . Sold me a blood pressure monitor that stopped working after a week
+ . . brilliant as always
- pr . The delivery service you advertise on your website never arrived and nobody picks up the phone
+ pe . Thank you for staying open ten minutes late for my mum's inhaler, you are lovely
+ pd,pe . Flu jab was quick and painless and the lady doing it had me laughing the whole time
## restaurant en comments
0 . s Great read, bookmarked for later!
0 . s Bitcoin doubling program, guaranteed 300% returns in 7 days, join now at cryptoboom.top
0 . s Anyone know the song that plays during the credits of that new heist movie? Been stuck in my head all week
0 . s zxcvbnm zxcvbnm lol
0 . s Hot singles in your area want to meet you tonight, sign up free at meetnow.xyz
0 . s This is exactly the kind of content I was looking for, thanks admin, sharing with my followers
0 . s Penalty in the 93rd minute, I still can't believe it, worst derby in years
0 . s Guten Tag, günstige Kredite ohne Schufa, schnell und einfach, Infos auf kredit-sofort.xyz
0 . s banana window purple seventeen cloud
- pr . Your website says open till 10 but the doors were locked at 9:15, we crossed town for nothing
+ pd,pe . Watched the match on your big screen Saturday, the wings were great and the barman kept the sound up for the second half, cheers
+ pd . The risotto recipe from your Tuesday cooking class worked perfectly at home, my partner thinks I trained in Italy
- pe,pr . Booked through your app for 8pm, nobody had the reservation and the hostess just shrugged at us
+ pe . Great service, keep it up!
- pd c That's the last time I book with you, the steak came out grey and the chips were cold
0 pr . Does the 2-for-1 lunch offer in your newsletter apply on Saturdays too? It doesn't say
- pd c Used to come every Friday for years but the portions have shrunk and the prices went up twice this year, so we have started going to the place on the corner instead, sorry
- pd . Food was fine but the same five songs played on loop for two hours, by the third round of that ballad we wanted to leave
0 pd . Is the vegan menu from your blog post in March still available or was it seasonal?
+ pe,pd,pr . Birthday dinner for twelve, you handled the split bill, the cake and my uncle's allergies without a single hiccup, thank you all
## salon en comments
0 . s Congratulations! You have won a 500 euro voucher, claim now at prize-center.test before midnight
0 . s Hair growth serum that doctors don't want you to know about, 70% off today only at regrowpro.xyz
0 . s This blog post is a gem, I have read it three times now
0 . s Has anyone read the sequel to that dragon novel? Is it worth it or does it drag?
0 . s Make money online with our proven system, limited seats, register at richquick.top
0 . s aaaaaaaaaaa bbbbbbb cccc
0 . s Keep it up admin, I check your blog every day for new posts
0 . s Bellissimo post, complimenti all'autore
+ pe . Loved my cut, and the song playing when I walked in put me in a great mood, Lea is a star
- pd . Asked for a trim, left with five centimetres less, gutted
- pr . Your website says Sunday appointments but the booking page won't let me pick one
0 pr . I got a text from you saying my appointment moved to 3pm, I didn't ask for that, can you check?
- pe c The stylist was rude about my hair the whole time, I won't be back
+ pd . Colour still looks perfect after six weeks
0 pd . Is the balayage offer from your blog still running?
- pd,pr c Been coming for four years, but 65 for a wash and cut and always running late, I'm switching to a barber down the road
+ . . Always a treat x
+ pe,pd . Hand massage during the colour, the playlist, the chat, everything was lovely
## shop en comments
0 . s Very informative article, thanks for sharing this with us
0 . s Designer handbags replica 90% off, top quality, shop now at luxbags-outlet.xyz
0 . s My favourite band just announced a reunion tour and I am losing my mind
0 . s Your parcel could not be delivered, pay the 1.99 customs fee at parcel-redelivery.test
0 . s qazwsx edcrfv tgbyhn
0 . s Nice article, where do you get your ideas for posts?
0 . s Quick tip for pancakes: let the batter rest for half an hour and they come out fluffier
0 . s I am a student and this post helped me a lot with my homework, thank you
0 . s Cheap car insurance quotes in 2 minutes, compare at insurequote.top
- pr . Used the discount code from your email and it added 10% instead of taking it off
+ pe . The lad on the till helped me carry everything to the car, legend
0 pr . Your website says click and collect by 2pm but my order still isn't ready, is there a delay?
- pd . Shoes fell apart after three weeks
- pr c Refund still pending after a month, this is the last order I place with you
+ pd . Great range of local cheeses, the smoked one from your blog recommendation is addictive
- pe . Security guard followed me round the whole shop, made me feel like a criminal
0 pd . Do you still sell the cast iron pan from the recipe post on your blog?
+ . . Good shop, cheers
- pd . The loyalty points offer is a joke, 1p per 10 spent
+ pe,pd . Staff recommended a book for my niece and she hasn't put it down since, and the gift wrapping was lovely
## telecom en comments
0 . s asdfgh jkl qwerty
0 . s Unlimited streaming of every channel for 5 a month, IPTV premium, order at tvbox-max.xyz
0 . s Your blog posts always make my Monday morning, keep writing please
0 . s Does anyone know if the sequel is coming out this year? The first film ended on such a cliffhanger
0 . s You are our 1000th visitor today! Spin the wheel to claim your prize at luckyspin.test
0 . s car table seventeen moon green jumping
0 . s Write for us! We accept guest posts with dofollow links, contact outreach@linkfarm.xyz
0 . s Hello, nice blog. I have a similar one about travel, check it out at wanderlustdiary.example
- pr . Your website says the outage is fixed but we've had no internet for three days
- pd c Switching to another provider next month, the speed is nowhere near what you promised
+ pe . Support agent on chat sorted my roaming issue in minutes, great job
0 pr . Got a text from 8822 saying I won a free upgrade, is that really from you?
- pr . Billed for a phone I returned in March, fourth time I'm asking
- pe . Call centre put me on hold for 55 minutes then hung up
+ pd . Fibre installed last week and it's flying, streaming the match in 4K with no buffering
- pr,pe c Cancelling my contract, four engineers booked and not one turned up
0 pd . Does the 30 GB offer from your newsletter apply to existing customers?
0 . . Fine, no complaints.
+ pr . Number transfer went through overnight, painless
- pe,pr . Your shop staff sold me an unlimited plan, the app shows a 10 GB cap, and the helpline says the shop can't be right, nobody takes responsibility
## trades en comments
0 . s Buy 10k real Instagram followers cheap, DM @growfast_official
0 . s Thank you for writing this, I shared it with my whole family group chat
0 . s Anyone else think the last episode was rushed? They tied up five storylines in ten minutes
0 . s Instant payday loans, money in your account today, text LOAN to 60060
0 . s Lorem ipsum dolor sit amet, quis nostrud exercitation ullamco laboris
0 . s Our company offers mobile app development at unbeatable prices, see appcraft.xyz
0 . s What a fantastic goal from the left back, best of the season for sure
0 . s sunflower tractor invisible saturday piano
+ pe . The plumber came within an hour on a Sunday and fixed the leak, lifesaver
- pr . Your website says free quotes but I was charged 60 for the visit
0 pr . I got a text from your number with a quote I never asked for, have I been mixed up with someone?
- pd . Tiles already cracking a month after the job
- pe,pr c Electrician left wires hanging and never came back to finish, I'll find someone else for the rest
+ pd . Kitchen fitted perfectly, beautiful finish
- pe . Builders played loud music at 7am and left rubbish in my garden
0 pd . Does the 15% off boiler service in your newsletter include parts?
- pr c We're done, that's the third missed appointment, going with another firm
+ . . Top job, thanks
- pr . Quote took three weeks to arrive, had to chase you twice
+ pe,pd,pr . Roofer explained the damage with photos, gave us a fixed price, finished a day early and the roof held through the storm last night
## transport en comments
0 . s Thank you for this informative post, I was looking for exactly this information for my school project
0 . s Claim your free cruise for two now, limited spots, call 1-800-555-0199
0 . s That anime episode last night was the best of the whole season, the animation in the fight was unreal
0 . s xxxxxxx yyyyyy zzzzz
0 . s Male enhancement pills, real results in 7 days, order discreetly at vitalmax.top
0 . s Can you tell me which hosting you use? Your site loads really fast
0 . s Informative and well written, bookmarked
- pr . The app showed the 7:42 as on time while we stood on the platform watching it get cancelled
+ pe . Driver on the 14 waited for my elderly father to sit down before pulling off, thank you
0 pr . The text alert you sent said the line reopens Monday, your website says Wednesday, which is right?
- pd . Ticket prices up again and the trains are filthier than ever
- pr c I'm giving up the season ticket and going back to driving, late every single day this month
+ pr,pe . Replacement bus was well signposted and staff were everywhere to help
- pe . Ticket inspector shouted at a teenager over a 20p difference, embarrassing
0 pd . Is the student discount mentioned in your blog available on weekend tickets?
+ pd . New carriages are comfy and the wifi actually works
+ . . love it, cheers
- pd,pr . Overnight coach: heating broken, no toilet, and the film they put on was in a language nobody understood
## utility en comments
0 . s Essay writing service, any subject, deadline 24h, contact essayhelp.xyz
0 . s Writing a comment to say this article is amazing, keep going
0 . s Solar panels for free! Government scheme, call now on 0800 555 0100 to check eligibility
0 . s Did you see the semifinal? Two red cards in the first half, madness
0 . s Your tax refund of 428.50 is pending, claim at gov-refund-portal.test
0 . s ghghghghg hjhjhj kkk
0 . s Finally a blog that explains things in plain English, thank you so much admin
0 . s Anyone have a good recipe for lemon drizzle cake? Mine always sinks in the middle
0 . s the quick brown fox jumps over the lazy dog
- pr . Your website says my meter reading was submitted but the bill is still estimated
- pd c Switching to another supplier when my contract ends, your tariff is the most expensive around
+ pe . The engineer who came to fix the boiler was polite and tidy
0 pr . I got a text from 80089 saying I'm owed a refund, is that really from you?
- pr . Direct debit doubled without warning
- pe . Helpline agent hung up on me when I asked for a supervisor
+ pr . Switching to paperless billing was easy, thanks
0 pd . Does the green tariff in your newsletter cost more than my current one?
+ . . Good stuff, thanks
- pr,pe . Power cut for nine hours, the status page on your site said "no known issues" and the phone line played the same song on a loop for forty minutes
+ pd . Smart meter installed, finally I can see what I'm using
## bank es comments
0 . s Sigue así admin, tu blog es de los mejores que he leído
+ pe . Muy buena atención en la sucursal, resolvieron lo de mi hipoteca en una mañana
+ . . Todo perfecto, gracias
## clinic es comments
0 . s ¡Felicidades! Has ganado un premio, reclámalo ahora en premios-ya.es
+ pe . Muy amables las enfermeras, me explicaron todo con paciencia
## delivery es comments
0 . s Hola, ¿dónde puedo encontrar más entradas como esta? Gracias
- pr c Nunca más uso esta empresa, el paquete llegó con una semana de retraso
## florist es comments
+ pe . Las flores llegaron preciosas y la dependienta fue un encanto
## garage es comments
0 . s Pierde 10 kilos en un mes con nuestras cápsulas naturales, pedidos en adelgaza.es
- pd,pe c Me cambio de taller, dos veces me devolvieron el coche sucio y con el mismo fallo
## gym es comments
0 . s Invierte en criptomonedas y duplica tu dinero en una semana, info en cripto-facil.xyz
- pr . Me cobraron dos veces la cuota de marzo y nadie me lo devuelve
## hotel es comments
0 . s Préstamos rápidos sin aval, escríbenos por WhatsApp al +34 612 345 678
0 . s Ottimo articolo, guadagna 500 euro al giorno da casa, scrivimi su WhatsApp +39 320 000 1111
- pd c La habitación olía a humedad y las sábanas estaban manchadas, no volveremos a este hotel
## pharmacy es comments
0 . s ¿Alguien vio el partido del domingo? Vaya golazo en el último minuto
0 . s Olá, empréstimo pessoal aprovado na hora, chama no WhatsApp +55 11 90000 0000
- pr . La web dice que abren los domingos pero estaba cerrado
## restaurant es comments
0 . s Excelente artículo, muy útil, lo comparto con mis amigos
- pr . Esperamos cuarenta minutos para que nos trajeran la cuenta, un desastre
## salon es comments
0 . s La serie nueva de la plataforma está buenísima, no puedo parar de verla
- pr . Me tuvieron esperando media hora con la cita confirmada
## shop es comments
0 . s Escribimos tu trabajo de fin de grado, rápido y barato, contacto tfg-express.es
+ pr . Devolución muy rápida, sin preguntas, así da gusto
## telecom es comments
0 . s Compra seguidores reales para Instagram, precios increíbles, seguidores-top.es
- pr . Me han subido la tarifa sin avisar, otra vez
## trades es comments
0 . s Viagra genérica al mejor precio, envío discreto, farmacia-online.top
- pr . Presupuesto de 800 y factura final de 1.400, sin explicación
## transport es comments
0 . s Receta de tortilla: patatas, huevo, cebolla y mucha paciencia a fuego lento
- pr . El autobús nunca llegó y la aplicación seguía diciendo cinco minutos
## utility es comments
0 . s Referencia SEO para tu negocio, primera página en Google en 30 días, seo-rapido.es
- pr . Llevo dos meses esperando que vengan a cambiar el contador
## bank fr comments
0 . s Bonjour admin, votre blog est vraiment top, continuez comme ça
- pr . Mon prêt immobilier a été bloqué sans raison, personne ne répond au téléphone
- pd c Je clôture mon compte à la fin du mois, les frais de tenue de compte sont scandaleux
## clinic fr comments
0 . s Prêt rapide sans justificatif, contactez-nous au 06 12 34 56 78
- pr . Attente de deux heures malgré un rendez-vous, aucune explication
## delivery fr comments
0 . s Cours de trading crypto gratuit, gains assurés, inscrivez-vous sur cryptogain.fr
- pr . Colis perdu depuis dix jours, service client injoignable
## florist fr comments
0 . s Rédaction de mémoires et dissertations, prix étudiants, contact redaction-pro.fr
0 . s Félicitations, votre adresse email a été sélectionnée, confirmez vos coordonnées bancaires sur banque-verif.fr
0 . s Encore un chef-d'oeuvre ce film, la bande originale est sublime
+ pd . Bouquet magnifique, ma femme était ravie
- pr . Commande annulée la veille du mariage, on a dû tout refaire nous-mêmes
## garage fr comments
0 . s Perdez du poids sans effort, cure miracle, écrivez sur WhatsApp au +33 6 98 76 54 32
- pd . Voiture rendue avec le même bruit qu'avant, et facturée quand même
## gym fr comments
0 . s Achetez des abonnés TikTok pas chers, livraison en 1 heure, abonnes-rapides.fr
+ pd . La nouvelle salle de musculation est top, merci
## hotel fr comments
0 . s Gagnez un iPhone gratuitement, cliquez ici : cadeau-gratuit.fr
- pd,pr . Chambre bruyante, climatisation en panne et personne n'est venu la réparer malgré trois appels
+ . . Merci pour tout, séjour parfait !
## pharmacy fr comments
0 . s Vous avez gagné ! Réclamez votre lot maintenant sur lotsgagnants.fr
+ pr,pe . Ordonnance prête en dix minutes et conseils très clairs, merci
## restaurant fr comments
0 . s Super article, merci pour le partage, je reviendrai !
+ pe,pd . Repas excellent, le serveur était adorable avec les enfants, merci
## salon fr comments
0 . s J'adore cette chanson, quelqu'un connaît le titre de la musique à la fin de l'épisode ?
- pd . Coloration ratée, mes cheveux sont orange
+ pe . Merci à Chloé pour la coupe, exactement ce que je voulais
## shop fr comments
0 . s Référencement SEO première page Google garantie, devis gratuit sur seo-expert.fr
- pr c Caisses automatiques en panne et une seule caissière pour vingt personnes, la prochaine fois on s'en va ailleurs
## telecom fr comments
0 . s Le match du PSG hier soir, quelle déception, on méritait mieux
- pd . Réseau inexistant dans tout le village depuis une semaine
## trades fr comments
0 . s Merci pour cet article très intéressant, où puis-je trouver d'autres billets comme celui-ci ?
+ pe . Artisan très sérieux, chantier propre et terminé à l'heure
## transport fr comments
0 . s Recette de la tarte tatin : caramélisez bien les pommes avant de poser la pâte dessus
0 . s Ich habe gewonnen! Auch du kannst ein Auto gewinnen, klick hier gewinnspiel.xyz
- pr c Train supprimé sans préavis, deuxième fois cette semaine, je reprends la voiture
## utility fr comments
- pr . Facture de régularisation de 600 euros sans aucune explication
- pd c Je change de fournisseur, trois coupures d'électricité en un mois c'est inacceptable
## bank en short
- pr . On hold for 1 hour 10 minutes to report a lost card.
+ pe . Advisor in branch spent an hour helping my gran set up online banking.
- pr c they closed our local branch with 4 weeks notice. moving my accounts to a building society
+ pr . Fraud team blocked a dodgy payment within seconds and texted me to confirm.
0 pd . Current account is free, overdraft is 39.9% EAR.
- pe . Branch manager was patronising when I asked about a mortgage.
+ pd,pr . app is simple, transfers are instant and you can freeze your card yourself
- pr . Asked to provide the same ID documents three times for one account.
+ pe,pr . Disputed payment sorted in one call and refunded by the next day, the adviser was great.
0 . . paid in a cheque at the counter
- pd . Savings rate is 0.5% while they charge 25% on loans. lovely.
- pe,pd,pr . staff are polite but the app logs me out constantly and the branch is only open 3 days a week
+ pe,pr . had to wait 20 minutes in branch but the advisor was excellent and sorted everything
- pr . Transfer to my own account held for 3 days for "security checks".
+ pr . Switched to them using the switching service, everything moved over in a week with no hassle
- pe,pr . Chatbot then a human who clearly didnt read what I'd written. Went round in circles.
0 pr . Branch open 9.30 to 4.30 weekdays, closed weekends.
+ pd . Cashback on bills has paid for itself this year.
- pr c card declined abroad 3 times despite telling them I was travelling. account closed, done
## bar en short
+ pe . bartender made me a cocktail that wasnt on the menu just from me describing what I liked
- pr . 25 minutes to get served at the bar on a friday, 3 staff for a packed room
- pe c bouncer shoved my friend for no reason. never going back there
+ pd . Good selection of local ales, 8 on tap, pints around £5.
0 . . quiz night thursday, we came fourth
- pd . £12 for a gin and tonic that was basically tonic
+ pe,pr . Staff spotted a guy bothering us and had him moved on quickly and quietly.
- pr . card machine was down all night and the nearest cashpoint is a 10 min walk
0 pd . Happy hour 5-7 on weekdays, two for one on cocktails.
+ pd . lovely beer garden, heaters on when it got chilly
- pd . Music so loud we couldnt hear each other. Sticky floors too.
+ pd,pr . drinks arent cheap but the rooftop view is worth it and we got a table straight away
+ pe . friendly staff even at 1am, honestly cant fault them
- pe . Barman short changed me by a tenner and then denied it.
+ pd . Tried the flight of three whiskies for £15, good intro to them.
0 pr . No table reservations, walk in only. Gets busy after 9.
- pd . glass had lipstick on the rim. nice touch
+ . . great night out, will be back
## cafe en short
+ pd . flat white was spot on and the almond croissant was still warm
- pr . Queue out the door and only one person on the till, took 20 mins to get a coffee
+ pe . Barista noticed I'd been given the wrong milk and remade it before I even tasted it.
- pd . £4.20 for a latte that was lukewarm and mostly foam
0 pd . They do oat and soy milk but no almond. Cakes are baked on site.
- pe c the owner was really rude when I asked for the wifi password. Found another place down the road
+ pd,pr . Used the app to order, it was ready when I walked in. Bacon roll £3.50.
+ pe . such a friendly little spot, the staff always have a chat
- pd . Sandwich was clearly from yesterday, bread was hard at the edges.
+ pd,pe . coffee a bit bitter for my taste but the staff are so welcoming I keep coming back
- pr . Closed at 2pm on a Saturday even though google says 5. Wasted trip.
- pe,pd . nice cakes but the girl at the counter was on her phone the whole time and got my order wrong twice
+ pd . Scones are enormous and come with proper clotted cream.
0 pr . Card only, no cash accepted. Seating upstairs.
- pr . cleared our plates while we were still eating and hovered until we left
+ pd,pe . They had three gluten free options and were happy to explain what was in each.
- pd . yet another "artisan" toastie with one slice of cheese in it
+ pr . Loyalty card gets you every 8th drink free and they stamp it without you asking.
## cinema en short
+ pd . Recliner seats are so comfy, and they actually clean between showings.
- pd . £7.50 for a small popcorn. daylight robbery
- pr . Film started 25 minutes late because of a projector fault, no refund offered.
+ pe . A group was on their phones through the film and an usher had a word. Thank you.
0 pd . Tickets £11.50 adult, £8 on tuesdays.
- pe,pr . nobody checking the screens, kids kicking seats the whole film
+ pr . scanned my ticket on my phone at the door, straight in
- pd c sticky seats, broken armrest and the sound kept cutting out. going to the one in town from now on
+ pd . Picture and sound were brilliant in the big screen.
0 . . saw the new marvel film on saturday
- pr . One person serving food and drink, missed the first 10 minutes of the film.
+ pd,pr . snacks are overpriced but the seats and screen are great and it's never busy
- pe,pd . Staff were friendly but the screen was freezing cold and the film was out of focus for the first half hour.
+ pd . membership pays for itself after 2 films a month
- pr . Booking fee of £1.50 per ticket for booking online. Why?
0 pr . Doors open 20 minutes before the listed time. Adverts run for about 20 mins.
+ pe . Lost my purse, staff had it handed in and rang me the same night.
- pd . Nothing says immersive like the fire exit light blazing next to the screen
+ pd . cheap tuesday deal, good night out for the kids and me
## delivery en short
- pr . Parcel marked delivered, photo shows a door that isnt mine.
+ pe . Driver put the parcel in the shed like I asked in the notes.
- pd . box looked like it had been kicked down the street, glass inside smashed
+ pr . Live tracking was accurate to the minute. Arrived in the 1 hour slot.
0 pr . Delivered Tuesday, estimate was Monday to Wednesday.
- pe . Caught on the doorbell camera: driver throwing my parcel over the gate into a puddle.
- pr c third missed delivery when I was home all day. telling sellers I wont buy if they use this courier
+ pr . Rearranged for saturday online in 2 clicks.
- pr . Card through the door saying "sorry we missed you" while I was sat by the window
0 . . parcel came today
+ pe . the driver helped carry the washing machine box up to the flat. very kind
- pe,pr . The drivers are always friendly but parcels keep going to the depot instead of being left with a neighbour.
+ pe,pr . a day late but the driver rang ahead and waited while I came down, cant complain
- pr . 7 days for "next day delivery"
+ pr . Always on time, never had a missing parcel in 2 years.
- pr . Customer service is a chatbot that can only say "your parcel is on its way"
0 pr . Has to be signed for, can't leave in a safe place.
- pd . Fragile stickers all over it, still arrived in pieces.
+ pr . quick and easy, no complaints
## dentist en short
+ pe . Im terrified of dentists and she talked me through every step, didnt feel a thing
- pr . Waited 6 weeks for an appointment then they cancelled it the day before.
+ pr . Rang at 8am with toothache, seen by 10.
- pd . filling cost £280 and fell out two months later
0 pr,pd . NHS list is closed, private only for new patients. Check up is £55.
- pe c hygienist was rough and made my gums bleed, then told me off for not flossing. ive registered at another practice
+ pe . they squeezed my son in after school so he didnt miss lessons
- pe . Dentist barely spoke to me, in and out in 4 minutes and I still dont know what was wrong.
+ pd . Crown fits perfectly and matches my other teeth, cant tell which one it is.
0 . . routine check up, nothing to report
- pe,pr . the dentist herself is great but reception never answers the phone and I had to go in person to book
+ pe,pd . pricey but worth it, the whitening results are amazing and the staff are lovely
- pr . Sent a bill for a missed appointment I was never told about.
+ pe . Very gentle, I had nothing to complain about at all.
+ pr . Text reminders, online booking and they run on time. Rare.
0 pd . Had two fillings replaced. Numbness wore off after about 3 hours.
- pd . Oh good, another £70 "consultation" to be told I need a £600 treatment
+ pe . The whole team are kind and patient with my autistic daughter.
## florist en short
+ pd . Roses lasted nearly 2 weeks, still going strong.
- pd . paid £65 and what arrived looked nothing like the picture, half the size
+ pe,pr . She made a last minute funeral wreath for us in 3 hours and wouldn't take extra.
0 pd . Bouquets start at £30. Delivery £6.95 within 10 miles.
+ pd . Wedding flowers were exactly what I'd pictured, everyone commented on them.
- pd c flowers were wilting when they arrived. wont use them again
+ pe . Asked what my mum liked and suggested the perfect colours.
- pe . Rude on the phone when I rang to ask where the order was.
0 . . ordered flowers for my wife
+ pd,pr . a bit pricey but beautiful bouquet and they delivered on time to a hospital ward
- pd,pe . Friendly enough in the shop but the lilies dropped within 3 days.
- pr . Card message was missing so my gran had no idea who sent them.
+ pd . never fails, always gorgeous
+ pr . Subscription arrives every other friday like clockwork.
- pd . "Luxury" bouquet with 5 stems and a lot of greenery. right.
0 pr . Orders need to be placed by 12 for same day delivery.
+ pe . They rang to say the lilies were out and offered something similar, which I really appreciated.
- pr . charged twice for the same order and still waiting for the refund
## garage en short
+ pe,pd . Quoted £450 for brakes, rang me to say only the pads needed doing and charged £120.
- pr . had the car 5 days for a job they said would take 1
- pd c paid £600 for a clutch and it started slipping again within a month. taking it to the main dealer from now on
+ pr . MOT done while I waited, 45 minutes, with a coffee.
0 pd . Full service £189 for my car. Includes oil and filters.
- pe . mechanic was condescending, talked to my husband instead of me even though its my car
+ pe . Showed me the worn part and explained why it needed replacing. Honest people.
+ pd . 10 years with this garage, never had to go back for the same fault twice
0 pr . MOT booked in, dropped the car off at 9 and collected at 4.
- pd,pr . work was done properly but they added £80 of extras without asking me first
+ pd,pr . took a day longer than promised but the repair was spot on and cheaper than the dealer
- pr . Nobody ever answers the phone, had to drive down to find out if the car was ready.
+ pe,pr . They picked my car up from home and dropped it back because Im disabled. Couldnt ask for more.
- pd . "Fixed" the warning light. It came back on before I got home.
+ pd . Tyres £20 cheaper each than anywhere else I rang.
0 pr . Need to book at least a week ahead. Courtesy car available if you ask.
- pe . They told me the car failed on 6 things. Another garage passed it the next day.
+ pe,pd . reliable and fair, what more do you want
## gym en short
- pd . Half the treadmills have had out of order signs on them for 3 weeks
+ pe . PT designed a programme around my knee injury and checked in every week
- pr c tried to cancel and they made me send a letter by post. Cancelled anyway, joined the council gym
+ pd . Clean changing rooms, decent showers and loads of free weights.
0 pd . Membership is £29.99 a month, no contract. Classes are included.
- pr . Classes book up within a minute of opening and the app crashes every time.
+ pr . Open 24/7 which is perfect with my shifts.
- pe . While someone left weights all over the floor, the staff sat on their phones at the desk.
+ pd,pe,pr . gets rammed at 6pm but the equipment is good and the staff keep it tidy
- pd,pe . instructors are great but the heating never works and the showers are freezing. Paying £40 for that is a joke
- pr . Took an extra month's fee after I'd cancelled. Still waiting on the refund.
+ pe . Spin instructor on Weds is brilliant, the class always has a waiting list for a reason.
- pd . the changing rooms smell of sweat and bleach, really motivating stuff
+ pr . Froze my membership for 2 months while I was ill, zero hassle.
0 pr . Induction is mandatory for new members, takes about 30 mins.
- pe . A PT came over uninvited to correct my form and then tried to sell me sessions.
+ pd . best gym ive been a member of
- pd . Aircon broken all summer. 31 degrees in the weights room.
## hostel en short
+ pd . £22 a night for a clean 6 bed dorm with lockers and curtains on the bunks, great value
- pd . bedbugs. woke up covered in bites
+ pe . Guy on reception gave us a hand drawn map of the best cheap places to eat.
- pr . No one at reception after 10pm so we couldnt check in and had to ring a number that didnt answer
0 pd . Mixed dorms only, female dorm was full. Towels £2 extra.
+ pd . kitchen was well equipped and people actually cleaned up after themselves
- pe . some of the staff were partying with guests till 4am in the common room right under our dorm
+ pr . Free walking tour every morning at 10 from the lobby.
- pd . One shower for 30 people and it was cold.
+ pe,pd . beds a bit creaky but the staff were so helpful and the vibe was great
- pd,pe . The location is brilliant but the dorm was filthy and nobody at the desk seemed to care when we told them.
+ pd . Breakfast included, pancakes and fruit, which I did not expect at this price.
- pr c they cancelled my booking the day before with no reason. Booked a different hostel and will stick with them
+ pd . felt safe as a solo female traveller, nothing to fault
- pd . Lockers too small for a normal backpack. Wifi only works in the lobby.
0 pr . Check out is 10am. Luggage storage available for the day.
- pd . loved being woken at 6am by the bin lorry, thanks for the "quiet street" description
+ pe . Manager lent me a phone charger for the whole week.
## hotel en short
+ pd . Room was spotless and the bed was so comfy, slept better than at home
- pr . Check in at 3pm, room wasn't ready until 5.15. No offer of anything while we waited.
- pd c shower was lukewarm for the whole 3 nights and the aircon rattled. We'll be booking elsewhere next year
+ pe . Receptionist upgraded us to a sea view when she heard it was our anniversary.
0 pd . Breakfast is served 7-10, continental only on sundays. Room had a kettle and a small fridge.
- pd . Paid £180 a night for a room overlooking the bins
+ pr . Late checkout till 1pm at no extra charge, just asked at the desk
- pe . night porter was asleep and we were locked out until 1am
+ pd,pe . Breakfast was excellent, cooked to order and staff kept the coffee coming.
- pd,pe . pleasant enough staff but the room smelled of damp and there were marks on the sheets
+ pd . car park costs £15 a day which is steep, but the room and location were perfect
- pr . They charged my card twice and it took 4 emails to get it refunded.
+ pe . the concierge sorted theatre tickets for us on a sold out night, absolute star
- pd . Paper thin walls. Heard every word of next door's argument.
+ pd . Spa access included in the price and the pool was never busy.
- pd . gorgeous "boutique" hotel if you like peeling wallpaper and a kettle full of limescale
0 pr . Reservation via a third party site was there when we arrived.
+ . . would happily stay here again
## insurer en short
- pd c renewal went up from £420 to £690 with no claims. not renewing
+ pr . Claim for a burst pipe paid out in 9 days.
- pr . 4 months and my claim is still "under review". Nobody calls back.
+ pe . Claims handler was kind and patient after my accident, talked me through everything.
0 pd . Comprehensive cover, £250 excess. Courtesy car included.
- pe . Accused me of exaggerating a theft claim when I had the receipts for everything.
+ pd . Cheapest quote I found by about £80 and the cover is better.
- pr c took 3 calls and 2 weeks to cancel the policy. Gone to a competitor who actually answers emails
+ pr . windscreen replaced the day after I rang, no hassle at all
0 . . renewed my home insurance
- pd . Found out after my claim that flood damage wasn't covered. Small print, apparently.
- pe,pr . the person on the phone was helpful but the online portal kept losing my documents and I had to upload them 5 times
+ pd,pr . premium went up a bit this year but they paid my claim quickly so Im staying
- pr . Auto renewed my policy without a reminder and took £540 from my account.
+ pe . Got a call to say I could save money by changing my excess. Didn't expect that.
0 pr . Renewal letter arrived 3 weeks before. Can pay monthly or annually.
- pe,pr . The assessor turned up 2 hours late and spent 5 minutes looking at the damage.
+ pe,pr . They were there when we actually needed them, which is what you pay for
## pharmacy en short
+ pe . Pharmacist spotted a clash between two of my meds and rang the GP to sort it.
- pe . Shouted my medication name across the shop for everyone to hear.
+ pr . Repeat prescription delivered to my door every month without me having to chase
0 pr . Open 9 to 6, closed for lunch 1 to 2.
- pr c third time theyve run out of my inhaler. transferring my prescriptions to the one by the station
+ pe . really helpful advice on hay fever tablets, suggested a cheaper own brand that works just as well
- pr . 40 minute queue for a flu jab that was booked for a set time
0 . . picked up a prescription for my dad
+ pr . In and out in 5 minutes, they had it ready.
- pe,pr . The pharmacist is very knowledgeable but the counter staff never seem to know where anything is and I always wait ages
+ pe,pr . always a queue but the staff are patient and never rush you
- pd . small tube of cream cost £9 here, its £4 in the supermarket
+ pr,pe . left my tablets at home on holiday and they gave me an emergency supply, no hassle at all
- pe . Told me to "just go to A&E" without even looking at my rash.
0 pd . They stock the blood pressure monitor my GP recommended. £35.
- pr . wonderful system where you queue twice, once to hand in and once to collect
+ pe . The staff know me by name now, it makes a difference when you're poorly.
- pd . given the wrong strength of tablets, only noticed when I got home
## plumber en short
+ pe,pr . Came out at 11pm for a burst pipe, fixed in 40 minutes.
- pr . Said he'd come tuesday between 8 and 12. Didnt show, no call.
- pd c charged £250 to fix a leak that started again 2 days later. using someone else next time
+ pd . Fair price, £85 to replace the tap including parts.
0 pd . Boiler service £80. Took about an hour.
+ pe . Put dust sheets down, wore shoe covers, cleaned up after himself. Rare these days.
- pe . Left a puddle under the sink and muddy boot prints through the house.
+ pr . Quote by text within an hour of sending photos.
- pd . Quoted £300, invoice was £520. "Extra parts".
+ pe . honest guy, told me I didnt need a new boiler, just a £15 part
- pe,pr,pd . He was polite and on time but the radiator he fitted is crooked and rattles.
+ pe,pd . not the cheapest but did a proper job and explained everything
- pe . Spent half the visit on the phone to someone else and the other half telling me about his holiday.
+ pe . will call him for everything from now on, faultless
- pr . 3 weeks waiting for a part. No hot water the whole time.
0 pd . Callout fee £60, then hourly after that.
- pe . His fix for the running toilet was telling me to stop flushing it so much. Genius.
+ pd . new bathroom suite fitted in 4 days, looks amazing
## restaurant en short
+ pd . the lamb shank fell off the bone and the portion was big enough to take half home
+ pe . Our waiter Marco remembered my wife's nut allergy from last visit without us saying anything.
- pr c waited 50 mins for mains on a tuesday night with half the tables empty. wont be back
0 pd . Set menu is £32 for three courses. Dessert choice was limited to two options.
+ pe,pr . rang up last minute for 12 people and they pushed tables together for us, no fuss at all
- pe . The manager argued with us about the bill in front of the whole room. Embarrassing.
+ pd . couldnt fault a single dish, the risotto especially
- pr,pd . Charged us £4 each for tap water and a 15% service charge was added without mention.
0 . . Went for my mum's birthday on saturday. Parking is round the back.
+ pd,pr . Mains were out within 15 minutes and everything was hot. Good value at £18 a head.
- pd . oh lovely, a salad that was mostly brown lettuce. exactly what I paid £14 for
- pe,pd . Food was honestly excellent but the waitress rolled her eyes every time we asked for something. Spoiled the evening.
+ pd,pr . bit of a wait for a table even with a booking but the pasta made up for it, will go again
0 pr . They only take reservations by phone, no online system. Closed mondays.
- pd . Fish tasted off and my husband was ill the next day.
+ pe . lovely with our toddler, they brought crayons and a high chair before we asked
- pr . table booked for 7.30, seated at 8.10.
+ pd . Best Sunday roast in town, we'll be regulars.
## salon en short
+ pe . only wanted a trim and she took off exactly an inch, first time anyone has listened to me
- pd . Colour came out orange instead of ash blonde. £95.
- pe c stylist spent the whole time on her phone and I left with a wonky fringe. wont be rebooking
+ pr . Booked online at 9 and had a same day slot at 1.
0 pd . Cut and blow dry £45, restyle £60.
- pr . turned up for my appointment and they had no record of it
+ pe . Really relaxing, she washed my hair twice and did a proper head massage without me asking.
- pe,pr . Felt totally rushed, in and out in 20 minutes for a £50 cut
+ pd . balayage still looks great 3 months on
0 . . got my hair done for my sisters wedding
- pd,pr,pe . cut itself is fine but they kept me waiting 40 minutes past my slot and didnt even say sorry
+ pe,pd . parking round there is awful but Jess always does an amazing job
+ pe . She even fixed the mess another place made of my fringe. Can't fault her.
- pr . Charged a £20 no show fee even though I cancelled 2 days before by phone.
+ pd . Products they use smell amazing and my hair was so soft for days.
0 pr . They text a reminder the day before. Deposit needed for colour appointments.
- pe . Made comments about my grey hairs the entire time. Not what I want to hear.
+ . . lovely atmosphere, always leave feeling great
## shop en short
+ pe . Lady helped me find a dress for a wedding in 10 minutes, knew exactly what would work
- pr . Refused a refund on unworn shoes with a receipt, only store credit.
- pe . followed around the shop by security like I was going to nick something
+ pd . Good range of sizes, they actually stock my size in more than one style.
0 pd . Bought a kettle, £29.99. Comes in white or black.
+ pr . Click and collect was ready the next morning, in and out in 2 mins.
- pr c queued 15 mins to return something and they said the returns desk was closed. Done with this place, ill shop online
+ pe . The young lad on the till went and got the last one from the stockroom for me.
- pe,pr . Only one till open and the staff were stacking shelves chatting while the queue grew.
+ pd,pe . prices are a bit high but the staff really know their stuff, got the right walking boots first time
- pd,pe . Nice staff but the item I bought was broken in the box and they had no replacements.
+ pd . great quality, had my winter coat 5 years now
- pd,pr . labelled 30% off at the shelf, rang up full price at the till
+ pr . Exchanged a gift without a receipt, no hassle at all.
- pe . Asked for help and was told "its all on the shelves" and she walked off.
0 pr . Open till 8 on thursdays now.
+ . . lovely little shop, always find something
## spa en short
+ pd . 90 min hot stone massage, came out feeling like a new person
- pr . Pool and sauna closed for maintenance and nobody told us until we arrived. Full price still charged.
+ pe . Therapist checked pressure a few times and avoided my bad shoulder like I asked.
- pd . For a £120 spa day, the "lunch" was a small wrap and some crisps
0 pd . Day pass includes pool, steam room and one 25 min treatment.
- pe . During my whole facial she chatted to a colleague through the door.
+ pd . the relaxation room with the heated loungers is bliss
- pd c robes were damp and the changing room was grubby. cancelling my membership
+ pr . gift voucher redeemed easily, booking took 2 minutes on the phone
0 . . Mothers day visit with my mum.
- pr . Treatment started 15 minutes late and still finished on time, so I got 35 mins instead of 50.
+ pe,pd . facilities a bit dated but the treatments and the staff were excellent
- pd,pe . Massage was good but the reception staff were cold and the pool was overcrowded and noisy.
+ . . Not a single thing I'd change about the day.
- pd . Hot tub was barely warm. "relaxing" is a strong word
+ pe . Once it finished I was brought water and allowed to stay in the room till I felt ready.
0 pr . Arrive 15 mins before treatment to fill a health form. Under 16s not allowed.
+ pd . Facial cleared up my skin, noticeable difference after a week.
## supermarket en short
- pd . Bought strawberries on monday, mouldy by tuesday.
+ pr . self checkouts actually work here, no "unexpected item" nonsense
- pr . 3 out of 12 tills open at 6pm on a friday
+ pe . The man on the fish counter filleted and skinned the salmon for me while I shopped.
0 pd . Prices similar to the other big chains. Decent range of own brand stuff.
- pd c prices have gone up again, £3.50 for a tub of butter. switched to the discount place across town
+ pd . Bakery section is really good, bread still warm at 8am.
- pr . online order had 7 substitutions, including oat milk instead of semi skimmed
0 . . did the big weekly shop sunday morning
+ pe . Asked where the lentils were and a staff member walked me to the aisle rather than pointing.
- pe . security guard shouted at my son for touching a display
+ pd,pr . the parking is a nightmare but the fresh veg is the best around and the prices are fair
- pd . fantastic, a "fresh" chicken with a use by date of yesterday
+ pr . Delivery slot was 8-9am and the driver turned up at 8.05.
- pd . Meal deal went up to £4. Not worth it anymore.
0 pr . Open 24 hours except sundays.
+ pd . love the reduced section in the evenings
- pr,pe . Loyalty price didnt apply at the self checkout and nobody came to help for 10 minutes.
## takeaway en short
- pr,pe . Ordered at 7, food turned up at 8.25. Driver didn't apologise.
+ pd . best chicken katsu ive had outside of japan, huge portion for £9
- pd c found a hair in my curry. deleted the app, ordering from somewhere else from now on
+ pr . Always arrives within 30 minutes and still hot.
0 pd . Minimum order £15 for delivery. Menu changed recently, fewer veggie options.
- pd . missing the chips and the drink. again.
+ pe . Rang to say they'd run out of naan and offered extra rice instead, really appreciated the call.
+ pd . Proper crispy batter on the fish, no complaints whatsoever.
- pe . Said no onions due to allergy, got onions. When I rang they laughed.
0 pr . collected in person, took about 15 min
+ pd,pr . delivery was 10 mins late but the food was spot on and still hot, happy
- pd,pe . The guy on the phone was polite enough but the kebab meat was grey and chewy. Wont be getting that again.
+ pd . 2 large pizzas, garlic bread and a drink for £22 on the tuesday deal
- pr . App said delivered, nothing arrived. Took 3 days to get a refund.
+ pe . lift was broken so the delivery guy walked it up 4 flights, legend
- pd . wow, 6 prawns in a "king prawn special". generous
0 pd . Nothing special, the food was fine.
+ pd,pr . Big order for the whole office, everything labelled correctly and nothing missing.
## telecom en short
- pr . Broadband down 3 days, told an engineer would come, nobody came.
+ pe . Engineer ran a new cable through the loft and tidied everything up after.
- pd c speeds about a third of what I pay for. leaving when the contract ends in march
+ pr . Switched providers and kept my number, took 1 working day.
0 pd . 30GB data, unlimited calls, £12 a month on a 12 month plan.
- pd . Bill went up mid contract by 14% with a letter I apparently should have read
- pe . Agent hung up on me twice.
+ pd . Signal is actually good in the countryside where we live, first network that works here.
- pr c 45 mins on hold to cancel, then a hard sell. eventually cancelled, moved to a smaller provider
0 . . upgraded my phone in store
+ pe . The lady in store set up my new phone and moved all my photos across for free.
- pe,pd . nice chap in the shop but the broadband drops out every evening and they keep telling me to restart the router
+ pd,pr . took ages to get through to anyone but once connected the fibre has been rock solid
+ pr . Complaint resolved and £30 credit applied without me having to push for it.
- pr . charged me for calls to a number that's meant to be free
0 pr . Installation booked for next Thursday, 8am to 1pm window.
+ pd . 18 months in, zero outages. Couldnt ask for more.
- pe . love being told "its your equipment" every time their network goes down
## vet en short
+ pe . vet sat on the floor with our nervous rescue dog until he calmed down
- pd . Bill was £340 for a consultation and some bloods and they still dont know whats wrong with him
+ pr . Called at 5pm with an emergency, seen at 5.20.
- pe c vet was dismissive about our cat's weight loss, turned out to be a thyroid problem another vet found straight away. Moved both cats over
0 pd . Annual booster for the dog was £62. Flea treatment extra.
+ pe . Nurse rang the next morning to check how our rabbit was doing after the op.
+ pe,pd . They explained all the options and prices before doing anything, no pressure.
- pe . The woman on reception was sharp with my elderly mum who was upset about her dog
0 . . took the puppy in for his first jabs
+ pe,pr . waiting room was crowded and we waited 30 mins but the vet was brilliant with our old girl
- pd,pe . The vets are kind but the prices are outrageous, £90 just to walk in the door on a saturday.
+ pe . When we had to say goodbye to our cat they were so gentle and sent a card afterwards.
- pr . They lost my dog's records and asked me to remember which vaccines he'd had.
+ pe . cant recommend them enough
- pe . Pushed an expensive dental on us that a second opinion said wasnt needed.
0 pr . Out of hours cover is at a different practice 20 mins away.
+ pd . Spay went smoothly, stitches healed nicely, home the same day.
- pd . So pleased my dog came back from grooming with a shaved patch and a nicked ear
## bank en comments
- pr . My mortgage application has been 'under review' for six weeks with no update.
- pe . The branch manager refused to help with my disputed transaction and told me to ring the helpline.
0 . s Struggling with debt? Consolidate everything into one low payment, approval guaranteed, debtfree-now.example
- pr c Your app has been down every payday for three months. I've opened an account with another bank and I'm moving my salary there.
- pd c Overdraft fees are outrageous compared to other banks, moving my current account to one that doesn't rip me off.
0 . s asdfghjkl qwerty zxcvbnm
0 . s Taylor's concert tickets sold out in three minutes, I'm devastated.
0 . s Get your free iPhone 15 now!!! Only 3 left, click reward-phone.top
+ . . No complaints.
0 pr . Got a text with a link asking me to confirm a payment, is this really from you? Please call me back.
+ pr . Personal loan approved in two days, the whole process was online and simple.
0 . s jjjjjjjjjj kkkkkk lol
+ pe . The advisor helped me set up a savings account for my daughter, very clear and patient.
0 . s Call me on WhatsApp for guaranteed 30% monthly returns on forex investment, limited places.
## clinic en comments
0 . s Who is hosting your blog? Pages load super fast, I want to move my own site.
- pr . Two hours in the waiting room reading a 2019 gardening magazine before anyone called my name.
0 . s Cheap Adobe and Office keys, lifetime activation, softkeys-outlet.click
0 . s Need fast cash? Instant loans approved in 10 minutes, no credit check. Visit quickloanz.xyz today
0 . s Great tips, I'll try them out on my own site.
0 pr . The online booking app shows no appointments for three weeks, is that correct?
+ pe,pr . Nurse was gentle and I was in and out in fifteen minutes.
0 pr . Please email the referral letter to me again, the link you sent has expired.
0 . s Who is your favourite Beatle and why is it George?
+ . . Very happy.
0 . s Wow, just wow. Best thing I've read all week.
- pe . Receptionist was dismissive on the phone when I asked about my test results.
+ pe . Dr Patel listened properly and explained everything in plain language.
- pr c Third time my appointment was cancelled with no notice. I've registered with another practice.
0 . s Aries today: a financial opportunity knocks, but be careful who you trust with your secrets.
## delivery en comments
- pr . Parcel marked delivered but nothing at my door, neighbours didn't get it either.
- pe . Courier threw the box over my gate, the screen inside was cracked.
0 . s Thank you for this valuable information, very informative and well written.
0 . s Play free poker tonight and win real cash, pokerstarz-bonus.info
0 . s Scorpio: this week Venus brings unexpected news from an old friend, stay open to change.
0 pr . The tracking link in your text message says 'not found', can you resend it?
- pr . I waited in all day Saturday because the app said between 8 and 6, cancelled my plans, nothing came, the chat bot just kept saying my parcel was on its way, and on Monday it was returned to the depot without a single attempt.
0 . s Does anyone know if the new album drops on Friday or next week?
0 . s Blue sofa triangle running quietly underneath the calendar of spoons.
+ pe . Driver rang ahead and left it with my neighbour as asked, great service.
+ pr . Arrived earlier than the time slot, really quick.
0 . s The stars have aligned for Pisces this month, expect love in the workplace.
+ . . Sorted, cheers.
- pr c Third missed delivery this month with a card saying nobody home when I was in. I'm asking every shop to use a different courier.
## dentist en comments
0 . s fffff ggggg hhhhh
- pr . Reminder text came the day after my appointment, not before.
0 . s Did anyone watch the final last night? That penalty in extra time was never a foul.
0 . s Follow me on my channel for daily football highlights and transfer news!
0 . s Windows 11 Pro genuine license key only 9.99, instant email delivery, keyshop.top
+ pd . Filling done with no pain at all, I barely felt the injection.
+ pe . Hygienist was lovely and the radio playing old soul songs really calmed me down.
0 pr . Is there a way to pay through the app instead of at the desk?
+ pd . Whitening results are better than I expected and worth the price.
0 . s qqqqqqq wwwwwww eeeeeee rrrr
- pe,pr c The dentist was rushed and the bill was higher than quoted. Found a new practice closer to home, please remove me from your list.
- pd . Paid 600 for a crown that cracked within two months.
+ . . Fine thanks
## energy en comments
0 . s I tried the slow cooker beef stew from my grandma's book last night, added extra paprika, perfect.
0 pr . Your app shows my reading from last month, not the one I submitted yesterday.
+ pr . Got my refund of 94 pounds within five days of closing the old account.
0 . s Can you recommend a good hosting provider? Mine keeps going down.
- pr . Direct debit doubled without any explanation or letter.
+ pe . Engineer fitting the smart meter was quick and polite.
- pd c Tariffs are still far higher than the comparison sites show, so I'm switching at the end of my fixed term.
- pe . The call centre agent hung up on me when I asked to speak to a manager.
0 . s Invest in gold-backed tokens before the price explodes, whitepaper at goldcoin-rise.xyz
0 pr . Ref 448210, please confirm my meter reading was received, thanks.
- pr c After four wrong bills in a row I've switched supplier. Please send my final statement and refund my credit balance.
## florist en comments
0 . s Hi admin, I can get your site to page one of Google with high authority backlinks. Reply for prices.
- pr . Ordered for Mother's Day delivery and they turned up on Tuesday.
0 . . Thanks, received.
- pd . Roses wilted the day after they arrived, not great for an anniversary.
0 . s banana keyboard purple seventeen window
+ pe . The lady in the shop put together a beautiful arrangement on a tiny budget.
0 . s Your Netflix subscription payment failed. Update your billing details at netflix-renew.click to avoid interruption.
+ pd . The wedding bouquets were stunning, everyone asked where they were from.
0 pr . Can I change the card message on my order? I used the link in the confirmation email but it won't let me.
+ pr . Subscription flowers arrive every Friday like clockwork.
0 . s We build modern responsive websites starting at $199. Portfolio at webpro-design.example
0 . s Pray for peace in the world, only faith can save humanity now.
0 . s Nice blog! Is your theme custom made or did you download it from somewhere?
- pr,pd c Funeral wreath arrived late and looked nothing like the picture. Won't use you again, I've found a local florist.
0 . s Hi, I am Jessica, 24, lonely and looking for a serious man, write to me at jessy24@lovemail.xyz
## garage en comments
0 . s Your PayPal payment of 849.00 USD is pending. If you did not authorise it call our support line or visit paypal-resolve.click
0 . s Snow again this morning, the roads were a nightmare driving to work.
0 . s Your account has been suspended due to unusual activity. Verify your identity at secure-login-verify.click within 24 hours.
0 . s Buy 10000 real Instagram followers for cheap, fast and safe, growfollow.xyz
+ pe,pd . Mechanic showed me the worn brake pads before replacing them, honest work at a fair price.
- pd c Paid for a full service and the warning light came back on the same day. Taking my car to the dealer from now on.
+ pe . Friendly lads, sorted out my flat tyre while I waited.
+ pr . Courtesy car ready when I dropped mine off, very organised.
0 . s Is this blog on Blogger or did you self host it? The layout is great.
- pr . Car was promised for Tuesday, collected it Friday after chasing all week.
+ . . Top service.
0 pr . Does the MOT booking link on your website still work? It gives me an error page.
- pe . Felt patronised by the man at the desk when I asked about the quote.
## gym en comments
0 . s In the beginning God created the heaven and the earth. And the earth was without form, and void.
- pd . The music in the gym is far too loud, can't even hear my own headphones.
0 . s Nice post! I shared it with my friends on Facebook.
0 pd . Could you put the football on the TVs near the treadmills on Saturdays?
0 . s Call me Ishmael. Some years ago, never mind how long precisely, having little or no money in my purse.
0 . s It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness.
- pr c Tried to freeze my membership while injured and was told no. Cancelling and joining the council leisure centre instead.
- pd . Half the rowing machines have been broken for weeks.
- pe,pd . Staff never check the changing rooms, they're filthy by evening.
0 . s Anyone else playing the new Zelda? I'm stuck on the water temple, any tips welcome.
+ pe . My personal trainer Jess has completely changed how I lift, best money I've spent.
+ pr . Class booking on the app is much smoother since the update.
0 . s aaaaa bbbbb ccccc test test
+ . . Love it.
0 . s Buck did not read the newspapers, or he would have known that trouble was brewing, not alone for himself.
0 . s Increase your Twitter followers and likes instantly, 1000 for 5 dollars, socialgrow.top
## hotel en comments
0 . s Lose belly fat fast with this one weird trick doctors hate, watch the video at slimtrick.info
- pe,pr . Checked in at 3pm, room not ready until 5, and nobody apologised.
0 . s What WordPress theme are you using? It looks so clean on my phone.
0 . s Erectile problems? Try our natural formula, 100% satisfaction, vigorplus.info
0 . s Amazing blog, how long did it take you to get this many readers?
- pd . Room smelled of damp and the shower was lukewarm at best.
0 pr . Can someone call me back about my booking reference? I left my number on the form, 01632 960418.
+ pd . Breakfast buffet was excellent, fresh pastries and real orange juice.
+ pr . Read your blog article about the spa packages and booked one, the whole thing went smoothly.
0 . s xcvb nm,. poiuy trewq lkjh
0 . s Dear winner, your email was drawn in our international lottery, send your bank details to claims@lotto-intl.info
0 pd . Wifi in the room was fine but kept dropping near the window.
+ pe . Reception staff upgraded us for our anniversary, such a lovely surprise.
0 . s I can't believe they cancelled that show after only two seasons, the writing was brilliant.
- pr c Charged twice for the same night and three emails later still no refund. I'm cancelling my loyalty membership and booking elsewhere.
## insurer en comments
0 . s test comment
- pr . My home insurance claim for the burst pipe has been open since March and nobody returns my calls.
- pd c Renewal quote went up 40% with no claims. I've already switched to a cheaper policy online.
+ pr . Refund for the cancelled travel policy arrived within a week, impressed.
0 pd . The policy document doesn't say clearly whether flood damage is covered.
0 . s God loves you and has a plan for your life, repent and read John 3:16 today.
0 . s Buy essays, dissertations and coursework online, plagiarism check included, scholarwrite.example
- pr,pe . I rang on Monday, was told someone would call back, nobody did, rang Tuesday, different person, no record of my call, had to explain the whole accident again, then they asked for photos I already emailed twice, honestly exhausting and I still have no car.
0 . s Boost your website traffic with 500 guest posts on high DA sites, seo-linkfarm.click
+ pe . Claims handler Sarah kept me updated every step of the way after the accident.
0 . s What a heatwave, 38 degrees in the shade and no wind at all.
- pe . The agent on the phone kept interrupting me and didn't take any notes.
0 pr . I received an email from your claims team with a reference number, can someone confirm it's genuine?
0 . s I really like the font you used, which one is it?
## pharmacy en comments
+ pr . Repeat prescriptions by text message is a great idea, works every time.
0 . s Vote for change in the upcoming election, the current government has failed every one of us.
- pr . Prescription was not ready after the app said it was, had to come back the next day.
0 . s Buy cheap blue pills online without prescription, discreet shipping worldwide, pharmameds.top
0 . s Hemp gummies for anxiety, pain and sleep, 40% off this week only at calmleaf.xyz
0 . s The weather has been absolutely miserable all week, rain every single day since Monday.
0 pd . Do you stock the sugar-free version of the children's paracetamol?
+ pd . Loyalty points paid for my sunscreen this month, nice touch.
- pd . Price of the hay fever tablets has gone up almost double since last spring.
- pe . Staff chatting among themselves while a queue built up to the door.
0 . s Need a loan? Private lender offers loans at 2% interest to individuals and companies. Email: lender.john@fastfunds.xyz
- pr c Lost my prescription twice. Moving to the online pharmacy, at least they deliver.
0 . s I really appreciate the effort you put into your posts, it shows.
+ pe . Pharmacist spotted an interaction between my two medications, really grateful.
## plumber en comments
0 . s Professional essay writing service, plagiarism free, any subject, delivered in 24h. Order at top-essays.click
+ pe . Turned up within the hour for our leak and was really tidy.
- pr . Gave me a two hour slot and arrived six hours late.
0 pr . Please call me back on 07700 900215 to arrange the boiler service.
- pe . Left mud all over the carpet and didn't even say sorry.
0 . s Really helpful write-up, bookmarked it for later!
0 pr . Saw your article about frozen pipes, do you do winter checks?
0 . s Keto burn capsules melted 12 kg off me in a month without diet, order from slimfast-keto.top
+ pe,pd . Honest advice, told me I didn't need a new boiler, just a new valve.
0 . s It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.
0 . s Who else thinks the referee was paid off in Sunday's derby?
- pd . Boiler repair failed again after three days, same fault.
- pd c Charged 280 for fitting a tap. Found someone who'll do the rest of the bathroom for half that.
## railway en comments
- pe . Ticket inspector was aggressive with a teenager who'd simply bought the wrong ticket.
0 . s nice blog bro
- pr . Train cancelled at 7:45 with no announcement, half the platform missed work.
0 pd . The film on the onboard screens froze halfway through, otherwise a comfortable trip.
0 pr . Delay repay form on your website asks for a ticket number that isn't on my e-ticket.
- pr c Season ticket up again and trains late every other day. I've bought a car, won't be renewing.
0 . s I just finished season three and honestly the ending ruined the whole series for me.
0 . s Dating for seniors over 50, meet someone special today, silvermatch.test
0 . s Congratulations! You have been selected to receive a $500 gift card. Claim now at reward-center.top
+ pr . Booked through the app, seat reservation worked and the train was on time both ways.
+ pe . Conductor helped an elderly lady with her suitcase all the way to her seat, lovely to see.
0 . s Online slots with real money payouts, free 50 spins on signup, luckyreels.top
0 . s Brad and Angelina are apparently back together according to my cousin, can you believe it?
- pd . Toilets out of order in three carriages on a four hour journey.
## restaurant en comments
+ pr . Used the promo code from your newsletter and it applied without any fuss, thanks.
0 . s Did you see the Oscars? The host was terrible this year.
0 . s Essay due tomorrow? Our PhD writers handle it for you, 20% discount code FIRST20 at gradeboost.info
0 . s Miley's new video is everywhere, I can't stop watching it.
0 . s Great article, really enjoyed reading this, keep up the good work!
0 . s Recovered my stolen USDT thanks to Agent Mark, the best hacker, contact him on Telegram now.
+ pd . The lamb shank was falling off the bone and the chips were perfect.
+ pe . Our waiter Tom was brilliant with the kids, very patient.
+ pe,pd . Watched the match on the big screen with a burger and a pint, staff kept the drinks coming, great night.
+ . . all good thanks
0 . s hello hello testing 123
- pd,pr c Cold pizza delivered an hour late for the second time this month. We'll be ordering from the place across the road from now on.
0 pr . Booked through your website for 7pm but the confirmation email said 7:30, which one is right?
0 . s Hand-made replica watches, Rolex, Omega, best quality at lowest price, luxwatch.top
- pr . Waited 50 minutes for our mains while tables that arrived after us were served first.
## salon en comments
+ . . Perfect, thanks!
+ pe . Maria did an amazing job on my balayage, exactly what I asked for.
- pr . Arrived on time and still waited 40 minutes for my cut.
- pe c Stylist ignored what I asked and cut it far too short. I won't be back, already booked somewhere else.
0 pd . Cut was fine, a bit pricey for what it is.
- pd . Colour faded in a week and the price was nearly 150.
0 . s Hot singles in your area are waiting to chat tonight, sign up free at lovelymatch.xyz
0 . s placeholder text here replace later
0 pr . Saw your Instagram post about the student discount, does it apply on Saturdays?
0 . s The government should lower taxes for families instead of wasting money on useless projects.
+ pd . Lovely relaxing head massage and the products smell gorgeous.
0 . s I think the opposition leader's speech yesterday was the best in decades.
## shop en comments
0 . s Thanks for sharing, I learned a lot from this post, especially the second part.
- pr . Promo code SPRING10 from your email didn't work at checkout.
0 . s Alert: unusual sign-in to your Apple ID. Confirm now at appleid-check.click or your account will be locked.
0 . s I made a lemon drizzle cake yesterday using half the sugar and it still came out lovely and moist.
0 . s this is a test comment please ignore
- pd . Jumper shrank after the first wash even on the cold cycle.
+ pe . Assistant in the shoe section measured my son's feet properly, very helpful.
0 pr . Is the click and collect point still open on Sundays?
- pe . Security guard followed me around the store like I was a thief.
0 . s Natural testosterone booster, 100% herbal, results in 7 days or money back, alphamale.top
+ pd . Good quality at decent prices, the new homeware range is lovely.
0 pr . Read your blog post on sustainable packaging, will the paper bags come to my local store too?
- pr c Returns process is a nightmare, 5 weeks for a refund. Closing my account and shopping elsewhere.
## telecom en comments
+ pe . The technician who installed the fibre was tidy and explained the router settings.
- pr . Billed for a phone I returned in January, still waiting for the credit note.
- pd . Broadband drops every evening around 8pm, unusable for video calls.
0 . s Earn 5000 euros per week from home with our proven crypto trading robot, join at autotrade-profit.info
0 . s Such an inspiring piece, you have a real gift for writing.
- pe . Shop assistant pushed me into a contract I didn't need.
0 . s Check out my website for the best web design and SEO services in town, digitalboost.example
0 . s Lost your bitcoin to a scam? Our recovery experts got back 90% of my funds. Contact recoverpro@chainhelp.info
0 pr . Your newsletter mentioned a free upgrade for loyal customers, how do I claim it?
0 . . Ok thanks.
0 . s Made homemade pizza with my kids today, sourdough base, they loved putting the toppings on.
+ pd . 5G coverage in town is excellent now, massive improvement.
0 . s mmmmmm ok ok ok ok ok ok ok
- pr c Been on hold for 90 minutes trying to cancel. I'm porting my number to another network tomorrow regardless.
## bank es comments
0 pr . ¿Cuándo estará disponible la nueva función de transferencias en la app?
0 . s El horóscopo de Leo para hoy dice que tendrás suerte en el amor, ¡por fin!
## clinic es comments
- pr . Llamé cinco veces para pedir cita y nadie contestó el teléfono.
## delivery es comments
0 . s Gana dinero desde casa con criptomonedas, yo gané 2000 euros la primera semana, escríbeme a ganar@criptofacil.es
+ pr . Todo llegó perfecto y en el horario que elegí.
## dentist es comments
0 . s Partido aburridísimo ayer, ningún equipo quiso atacar.
+ pe . La dentista tuvo mucha paciencia con mi hijo, que tiene pánico.
0 . s Muy buen artículo, me ayudó mucho para mi tarea de la universidad.
0 . s ¿Alguien sabe a qué hora empieza el partido del Madrid mañana?
## energy es comments
- pr . Nadie me ha dicho por qué me han subido tanto la factura de la luz.
0 . s Cómo puedo cambiar el tema de mi blog para que se vea como el tuyo?
## florist es comments
- pe . La florista fue muy seca y no quiso cambiar ni una flor del ramo.
## garage es comments
- pd . Me cambiaron el aceite y a la semana tenía una fuga, muy mal trabajo.
0 . s Tu cuenta bancaria ha sido bloqueada. Verifica tus datos en banco-seguro.click para reactivarla.
## gym es comments
- pr c Me cobraron dos cuotas en el mismo mes y todavía no me han devuelto el dinero. Me doy de baja.
## hotel es comments
- pd . La habitación estaba sucia y el aire acondicionado hacía un ruido terrible toda la noche.
0 . s Excelente publicación, muy útil la información, saludos desde Monterrey.
## insurer es comments
+ pr . El peritaje fue rapidísimo y me pagaron la reparación del coche sin problemas.
0 . s Vendo seguidores reales para Instagram y TikTok, precios baratos, escribe a seguidores@redesfast.es
## pharmacy es comments
+ pe . La farmacéutica me explicó muy bien cómo tomar el antibiótico.
0 . s Hola, ¿cómo puedo suscribirme al feed RSS de este blog?
## plumber es comments
0 . s Receta fácil: pollo al horno con limón y romero, 45 minutos a 200 grados y listo.
- pd c El fontanero cobró muchísimo y la fuga sigue ahí, la próxima vez llamo a otro.
## railway es comments
+ pd . Asientos cómodos y el tren llegó puntual a Madrid, buen viaje.
0 . s Hermoso día de sol en Sevilla, por fin se acabó el frío.
## restaurant es comments
- pe . El camarero fue muy borde cuando le pedimos cambiar de mesa.
## salon es comments
- pe . La chica del tinte estaba todo el rato con el móvil mientras me atendía.
## shop es comments
0 . s Casino en línea con bono de bienvenida del 200%, giros gratis cada día en suertebet.es
- pd c La talla no corresponde a la guía de la web, tuve que devolverlo todo. No vuelvo a comprar aquí.
0 . s Préstamos rápidos sin aval y sin papeleo, dinero en tu cuenta en una hora, prestamosya.es
## telecom es comments
- pr . Me cobraron roaming estando en casa, y el servicio de atención no lo quiere corregir.
0 . s ¿Quién ganará la liga este año? Yo apuesto por el Atleti.
## bank fr comments
0 . s Votre carte bancaire a été suspendue, veuillez confirmer vos informations sur secure-banque.fr
- pr c Fermeture de mon agence sans préavis, je transfère tous mes comptes dans une banque en ligne.
## clinic fr comments
+ pe . Le médecin a pris le temps de répondre à toutes mes questions, merci.
0 . s Le PSG a encore perdu à domicile, l'entraîneur doit partir.
## delivery fr comments
- pr . Livreur passé à 22h sans prévenir, colis laissé sous la pluie.
## dentist fr comments
0 pd . Tarifs un peu élevés pour un simple détartrage, mais travail soigné.
## energy fr comments
0 . s Vous avez gagné un bon d'achat de 1000 €, répondez au questionnaire sur carte-cadeau-gagnant.fr
- pr c Facture erronée depuis trois mois, j'ai changé de fournisseur ce matin.
## florist fr comments
+ pd . Bouquet magnifique, les fleurs ont tenu presque deux semaines.
## garage fr comments
0 pd . Garage correct, réparation faite mais le prix final dépassait le devis de 80 euros.
0 . s Recette du jour : j'ai fait une tarte tatin hier soir, la pâte feuilletée maison change tout.
0 . s Horoscope Capricorne : une belle surprise vous attend ce week-end, restez à l'écoute.
## gym fr comments
+ pd . Le nouveau cours de yoga du mardi est génial, salle toujours propre.
## hotel fr comments
+ pd . Chambre spacieuse, literie très confortable, vue magnifique sur le port.
## insurer fr comments
- pr . Sinistre déclaré il y a deux mois, toujours aucun expert envoyé.
0 . s Quel match hier soir, Mbappé était incroyable en deuxième mi-temps.
## pharmacy fr comments
0 . s Article très intéressant, pourriez-vous écrire davantage sur ce sujet ?
0 pr . Pourriez-vous me rappeler au sujet de ma commande ? Mon numéro est sur la fiche.
## plumber fr comments
0 . s Rencontres coquines près de chez vous, inscription gratuite sur flirtchaud.fr
+ pe . Plombier ponctuel et très professionnel, je recommande.
## railway fr comments
- pd . Le wifi à bord ne fonctionne jamais, et les prises électriques non plus.
0 . s Trop bien écrit, j'adore votre style, continuez comme ça !
## restaurant fr comments
0 . s Très bel article, merci pour le partage, je reviendrai lire la suite.
0 pd . Plat du jour correct, un peu trop salé mais les portions sont généreuses.
## salon fr comments
0 . s Madame Fatima, voyante médium, retour de l'être aimé en 7 jours, résultats garantis, appelez vite.
+ pe,pr . Les coiffeuses sont adorables et la réservation en ligne est simple.
0 . s Votre colis est en attente. Payez 1,99 € de frais de livraison ici : colis-suivi.fr pour le recevoir.
0 . s Gagnez de l'argent facilement depuis chez vous, 300 € par jour garantis, inscrivez-vous sur argentfacile.fr
## shop fr comments
+ pr . Commande reçue en deux jours, bien emballée, rien à redire.
## telecom fr comments
0 . s Bonjour, votre compte Ameli nécessite une mise à jour, connectez-vous sur ameli-maj.fr sous 48h.
- pd c Réseau inexistant chez moi depuis un mois, j'ai résilié et je pars chez la concurrence.
"""
