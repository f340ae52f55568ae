"""A sixth set of hand-written comments for the learned layer, 1,740 in English, written
for this project in two rounds without opening the rules, the other examples or the bench
sets:

- 920 short public posts addressed to a service business ("## business en tweets":
  airlines, rail, bus, coach and ferry companies, car rental, phone providers, banks and
  insurers, parcel, grocery and food delivery, utilities, hotel chains, cinemas, gyms,
  shops), as customers write them on social media: a made-up handle, abbreviations,
  emoji, complaints asked as questions or said in irony ("great, another 2hr delay, love
  it"), plain questions, thanks;
- 813 one-sentence reviews of restaurants, cafés, pubs, bakeries, food trucks and
  takeaways ("## business en short"): praise that names no feeling ("the portions were
  enormous", "came back three times this week"), praise by denial ("not a single thing
  wrong with it"), complaints in polite or ironic words ("I wanted to love this place"),
  and a few plain statements;
- 7 bare ratings written by us ("## restaurant en ratings": "Very good.", "Five stars.",
  "Zero stars if I could."): the learned layer read "Good." and "Ten out of ten." (in
  the reviews above) as neutral and negative.

Each round was first read by the analysis as it stood (its figures are in
bench/README.md, issue 25), then its misses were read and a few rules written from them,
so these examples are no held-out evidence for those rules. Seven texts the same as an
example before them ("Avoid.", "Never again.", "Top notch."…) are left out. Their weight
against the examples before them was chosen by cross-validation on our examples alone
(`bench/textlens_weight.py --new posts`).

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
## airline en tweets
- pr . @SkyNorthAir flight 872 delayed again, 3rd time this month
0 . . @SkyNorthAir do you fly to Lisbon in winter?
+ pe . @SkyNorthAir shoutout to Maria at gate 12 who rebooked me in 2 minutes 🙌
- pr . @AeroVista where is my bag?? landed 6hrs ago, tracking says "in transit" 🙃
- pr . @BlueFinAirways great, another 2hr delay, love it. really makes my tuesday
- pe . @JetWayGo why is nobody answering the phone? 50 min on hold and counting
- pe . @NordAirlines pls respond to my DM, it's been 4 days
- pr . @ZephyrJet BF229 cancelled. no email, no text, found out at the gate
- pd . @CoastalWings seat 23C doesn't recline and the tray table is held on with tape. classy
- pe,pr . @MeridianAir love being on hold for an hour just to be told to "check the website" 👏👏
- pr c @FlyOrbis 3 cancellations in 2 months. done. booking with anyone else from now on
- pd . @SunHopAir the "meal" on the 6am to Rome was a single cracker. A CRACKER.
- pe . @AltaAir crew on AA512 were so rude to the elderly lady in front of me, absolutely shameful
- pr . @PacificoAir is anyone actually working today? check in desk closed, 200 ppl waiting
- pr . @SkyNorthAir refund requested 14 March. still nothing. it's June
- pd . @AeroVista wifi on board = paid for it, worked for 4 minutes total #fail
- pr . @BlueFinAirways $85 to choose a seat next to my 5yr old?? seriously
- pr . @JetWayGo app keeps crashing at payment, tried 3 cards. can someone fix this pls
- pe . @NordAirlines agent hung up on me. twice.
- pr . @ZephyrJet flight ZJ 1044 sat on tarmac 90 min w no explanation
- pr . @CoastalWings thanks for nothing. bag arrived in Denver, I'm in Dallas
- pe . @MeridianAir asked a flight attendant for water 3 times, never came. 5hr flight
- pr . @FlyOrbis why does your website say my booking doesn't exist when I have a confirmation email??
- pr . @SunHopAir missed my connection because of YOUR delay and now I have to pay for a hotel? how is that fair
- pd . @AltaAir the plane smelled like a locker room. cleaned when exactly?
- pr . @PacificoAir online check-in broken AGAIN. queue at the airport is 1hr+
- pr . @SkyNorthAir 4th delay notification on the same flight. just tell us the real time pls
- pe,pr . @AeroVista 3 emails, 2 calls, 1 DM. zero answers about my damaged suitcase
- pr . @BlueFinAirways gate changed 4 times in 40 min. a fun little workout for everyone I guess 🏃‍♀️
- pd . @JetWayGo legroom on the new A321s is a joke. I'm 6'1 and my knees are in my chin
- pe c @NordAirlines after how your staff treated my disabled father today we will never fly with you again
- pr . @ZephyrJet still waiting for the compensation u promised in Feb. claim ref ZJ-88213
- pr . @CoastalWings 2 hours at baggage claim. belt broke. nobody from the airline in sight
- pe . @MeridianAir your "customer care" team clearly doesn't care
- pr . @FlyOrbis overbooked AGAIN and I'm the one getting bumped. gold member btw
- pd . @SunHopAir entertainment screen dead on a 9 hr flight. so I counted ceiling panels
- pr . @AltaAir flight AA207 delayed 3 hrs
- pr . @PacificoAir how is it possible that my kid's seat got moved to row 30 and mine is row 4??
- pe . @SkyNorthAir the lady at the Heathrow desk rolled her eyes at me when I asked about my bag. wow
- pr . @AeroVista cancelled my flight and offered a voucher instead of a refund. I want my money back
- pr . @BlueFinAirways day 5 no luggage. wearing the same socks. send help
- pr . @JetWayGo charged me twice for my checked bag. ref JW4471Q. who do I talk to?
- pe . @NordAirlines chat bot keeps sending me in circles. can I speak to a HUMAN pls
- pr . @ZephyrJet why does a 1hr flight need 3hrs of delays every single time
- pd . @CoastalWings broken armrest, no reading light, sticky floor. premium economy they said
- pr c @MeridianAir switching to SkyNorth for all work travel. your reliability is just too bad
- pr . @FlyOrbis boarding process is chaos. zones mean nothing apparently
- pe . @SunHopAir pilot announced delay then went silent for 2hrs. a little update would be nice??
- pr . @AltaAir my stroller came off the plane in 2 pieces. who pays for this?
- pr . @PacificoAir flight PX 88 cancelled 20 min before boarding. next one is TOMORROW evening
- pd . @SkyNorthAir $14 for a sad sandwich. and it was frozen in the middle
- pr . @AeroVista trying to add my ktn to my booking and the site throws error 500. every time
- pe . @BlueFinAirways sure, yell at passengers for the delay YOU caused. very professional
- pr . @JetWayGo my bag has been to 3 countries this week. more than me. where is it now?
- pr . @NordAirlines it's been 6 weeks since I submitted the refund form, no reply #NordAirlines
- pd . @ZephyrJet seats so narrow my shoulders were in 2 rows
- pr . @CoastalWings fun fact: your delay compensation form requires a booking ref that your own app won't show me
- pe . @MeridianAir ground staff at JFK told us "not my problem". ok then whose??
- pr . @FlyOrbis hold time says 2 hours. TWO HOURS.
- pr . @SunHopAir can't believe I have to pay to print my boarding pass at the airport when your app is down
- pd . @AltaAir toilets out of order on a 7hr flight. both of them.
- pr . @PacificoAir overnight in the terminal because all your hotel vouchers "ran out". fantastic
- pe . @SkyNorthAir never been treated so dismissively by a cabin crew member. flight SN 340 today
- pr . @AeroVista why was I charged a "change fee" when YOU changed my flight time?
- pr c @BlueFinAirways lost my golf clubs. again. 2nd time this year. never again, done with you
- pr c @JetWayGo cancelled my membership and booked with Zephyr. won't miss the 3hr delays
- pe . @NordAirlines when are you going to reply to my complaint? case 2291-B
- pr . @ZephyrJet baggage tag says Madrid. I'm going to Milan. noticed at drop off luckily, agent shrugged
- pd . @CoastalWings heating broke mid flight, everyone in coats. premium experience 🥶
- pr . @MeridianAir I've been in this queue so long I made friends
- pr . @FlyOrbis no vegetarian meal even though I booked one 3 weeks ago. 8hrs on peanuts
- pe . @SunHopAir call back promised within 24h. it's been 72
- pr . @AltaAir why is it cheaper to book two one-ways than your "return deal"? make it make sense
- pr . @PacificoAir emailed 5 times about my missing bag. automatic reply every time
- pd . @SkyNorthAir seat belt sign on for the whole flight but the cabin was freezing and no blankets
- pr . @AeroVista flight delayed, missed my sister's wedding. thanks a lot
- pe,pr . @BlueFinAirways your agent said the refund was processed. bank says nothing came in. who is lying
- pr . @JetWayGo trying to check in for 45 min. "an unexpected error occurred" cool cool cool
- pr . @NordAirlines 11pm and we are still at the gate. flight was at 6. no food vouchers
- pd . @ZephyrJet so the "extra legroom" seat i paid for is in the exit row with no window and doesn't recline. nice
- pe . @CoastalWings shout out to the gate agent at ORD who refused to help and went on break. legend 🙄
- pr . @MeridianAir 5hr delay on MA 19 and the only update is "due to operational reasons"
- pr . @FlyOrbis the miles from my last 3 flights never showed up on my account. anyone?
- . c @SunHopAir honestly just disappointed. expected better. last time I book with you
- pe,pd . @AltaAir crew ran out of drinks after row 10 and just stopped apologising. also the seats were filthy
- pr . @PacificoAir "your call is important to us" then why does nobody pick up
- . c @SkyNorthAir 12 years loyal. not anymore. bye
- pr . @AeroVista how do I get a refund for a flight YOU cancelled without spending 3 hours on hold??
- pr . @BlueFinAirways flight BF 601 delayed 45 min, connection in Frankfurt is 50 min. so that's gone
- pe . @JetWayGo your staff at gate B7 need customer service training, seriously
- pd . @NordAirlines the coffee tasted like dishwater and cost €5 😒
- pr . @ZephyrJet why do I need to re-enter my passport details every single time I book?
- pr,pe . @CoastalWings bag damaged, filed report, agent said "someone will call" - 2 weeks ago. nobody called
- pr . @MeridianAir so we board, sit 2 hrs, deplane, and now they say cancelled. perfect day
- pd . @FlyOrbis paid for business, got a seat with a broken flat bed function. slept at 45 degrees for 10 hrs
- pr . @SunHopAir anyone else's flight to Malaga just vanish from the app?
- pr . @AltaAir 3 hour queue at bag drop. only 2 desks open. on a Friday. in July
- pe c @PacificoAir the agent laughed at me when I asked for compensation. switching to Coastal, good luck
- pr . @SkyNorthAir no notification that my flight time moved 6 hours earlier. missed it. now what?
- pr . @AeroVista is it too much to ask for a plane that leaves on time
- pr . @BlueFinAirways "we will get back to you within 7-10 working days" it has been 31
- pd . @JetWayGo the window seat had no window lol
0 . . @SkyNorthAir what's the baggage allowance on economy light?
0 pr . @AeroVista hi, can I add a second checked bag after booking? if so how much
0 . . @BlueFinAirways do you have direct flights from Manchester to Toronto in summer?
0 . . @JetWayGo ok DM sent
0 pr . @NordAirlines is online check-in open 24h or 48h before departure?
0 . . @ZephyrJet are pets allowed in cabin on short haul? small dog, 6kg
0 pd . @CoastalWings is there wifi on the Boston to Miami route?
0 . . RT @MeridianAir: Flash sale! 30% off flights to Greece this weekend only ✈️ #travel
0 . . @FlyOrbis which terminal do you use at Gatwick?
0 pr . @SunHopAir can I change the name on a booking? booked under my maiden name by mistake
0 . . @AltaAir flying with you for the first time next week, anything I should know?
0 pr . @PacificoAir how early should I get to the airport for an intl flight from LAX?
0 . . @SkyNorthAir just followed back, DM incoming re booking SN4PQ2
0 . . @AeroVista new route to Reykjavik announced today apparently, any dates yet?
0 pd . @BlueFinAirways do you serve gluten free meals on flights under 3 hours?
0 pr . @JetWayGo how long does it take for miles to post after a flight?
0 . . @NordAirlines is flight NA 77 on schedule? can't see it on the app
0 pr . @ZephyrJet can I bring a guitar as carry on or do I need to buy a seat for it
0 . . @CoastalWings RT to win 2 tickets anywhere you fly? count me in lol
0 . . Heading to the airport for my @MeridianAir flight to Cairo, first time in Egypt
0 pr . @FlyOrbis do I need to print my boarding pass or is mobile ok at Schiphol?
0 . . @SunHopAir what's the hashtag for the photo contest?
0 pd . @AltaAir are the seats in row 1 bulkhead? need space for a baby bassinet
0 pr . @PacificoAir my flight got moved by 10 min, do I need to do anything?
0 . . @SkyNorthAir thanks, I'll check my email
0 . . @AeroVista when does your winter schedule get released?
0 pr . @BlueFinAirways is there a fee to add an infant to an existing booking?
0 . . Just read @JetWayGo is merging with another carrier, wonder what that means for the loyalty program
0 pr . @NordAirlines what documents do I need for an unaccompanied minor?
0 pd . @ZephyrJet what aircraft is on the ZJ 300 route? trying to pick a seat
0 . . @CoastalWings hi! do you have a student discount?
0 pr . @MeridianAir if I miss the outbound can I still use the return ticket?
0 . . @FlyOrbis ok thanks for the info
0 pd . @SunHopAir do all seats have USB charging or just some?
0 . . @AltaAir any plans to fly to Porto next year? would love a direct one from Boston
0 pr . @PacificoAir how do I request wheelchair assistance for my mum? flying Thursday
0 . . @SkyNorthAir DM'd you the booking ref
0 pr . @AeroVista can I pay for seat selection with miles?
0 . . @BlueFinAirways is the lounge in T2 open before 6am?
0 . . @JetWayGo reading about your new A350 cabins, when do they start flying?
0 pr . @NordAirlines what's the policy on powerbanks in checked luggage
0 . . @ZephyrJet 15 min to boarding, see u in Rome
0 pr . @CoastalWings is the upgrade bid thing still a thing? can't find it in the app
0 . s Earn $500 a day from home!!! click link in bio @MeridianAir @FlyOrbis @SkyNorthAir #travel #money
0 . s @SunHopAir 🔥 cheap followers 10k for $5 DM me 🔥
+ pe . @AeroVista huge thanks to the crew on AV 221 tonight, so patient with my nervous toddler ❤️
+ pr . @BlueFinAirways landed 20 min early AND my bag was first on the belt. who are you and what have you done with my usual airline
+ pe . @JetWayGo lost my phone on board and crew tracked it down, legends
+ pe,pr . @NordAirlines was annoyed about the delay but the gate agent sorted a new connection in 5 min, thank you
+ pd . @ZephyrJet the new seats are actually comfy?? slept the whole way
+ pe . @CoastalWings Kevin at the Denver help desk deserves a raise. fixed a mess I made myself
+ pd . @MeridianAir upgraded to business for my birthday!! 🥂 best airline
+ pr . @FlyOrbis refund came through in 4 days. honestly didn't expect that, thx
+ pe . @SunHopAir captain came out and chatted with the kids before takeoff, they're still talking about it 🛫
+ pd . @AltaAir that pasta was legit good for plane food
+ pe . @PacificoAir Ana at check-in in Lima was the kindest person I met all trip. thank you!
+ pr . @SkyNorthAir smoothest boarding I've ever seen. done in 15 min. more of this pls
+ pe . @AeroVista shoutout to flight attendant Tom who gave my grandma extra blankets and checked on her all flight
+ pe,pr . @BlueFinAirways bag went missing yesterday, delivered to my hotel this morning with a note. appreciate it
+ pd . @JetWayGo wifi actually worked the whole flight. got all my work done ✈️💻
+ pe . @NordAirlines the chat team sorted my name misspelling in 5 min, no fee. thank you!!
+ . . @ZephyrJet always a pleasure, see you next month
+ pe . @CoastalWings the crew on CW 45 handled a medical emergency so calmly. total pros. hope the guy is ok
+ pr . @MeridianAir rebooked automatically after the cancellation and the new flight was actually better. nice
+ pd . @FlyOrbis window seat, empty middle, sunset over the Alps. 10/10
+ pe . @SunHopAir whoever runs this account is a saint, replied in 2 min and fixed my seat
+ pr . @AltaAir new app is SO much better. checked in, bag tag and boarding pass in like 90 seconds
+ pe . @PacificoAir after the mess with Orbis last month I switched to you and honestly wow. crew were lovely, never going back
+ pe . @SkyNorthAir thank you Priya on the phone line for staying on with me until everything was confirmed 🙏
+ pd . @AeroVista lounge in Singapore is unreal. the noodles!! 🍜
+ pe,pr . @BlueFinAirways honestly thought I'd lost my connection, but staff met us at the gate with new boarding passes. smooth af
+ . . @JetWayGo 10 years flying with you, never had a bad trip. cheers
+ pe . @NordAirlines the purser on NA 12 made a little speech for our 50th anniversary and brought champagne 🥹
+ pr . @ZephyrJet compensation for the delay landed in my account today, no fuss. fair play
+ pd . @CoastalWings love the extra snacks on the early flights now 🥨
+ pe . @MeridianAir agent at Dubai transfer desk went above and beyond after my passport drama. thank you Omar
+ pr . @FlyOrbis crazy storm, flight cancelled, but I had a hotel + new flight in my inbox before I even got off the plane. impressive
+ pd . @SunHopAir cheapest flight I found and it was genuinely fine. clean plane, on time, no complaints
+ pe . @AltaAir not a fan of flying but the crew made me feel so safe. thank you 💙
+ pe,pr . @PacificoAir stroller broke on the way out, they replaced it at the desk on arrival. no forms no hassle. wow
## rail en tweets
- pr . @RailLink the 07:42 to Leeds cancelled again. third day running
- pr . @NorthlineTrains why is there no announcement about why we've been stopped outside Crewe for 40 min?
- pd . @RailLink 8 carriages on a Friday evening would be nice instead of 4. standing for 2hrs
- pr . @MetroConnectRail ticket machines at Eastfield broken, can't buy a ticket and guard is fining people. make it make sense
- pe . @NorthlineTrains conductor shouted at a teenager for having the wrong railcard in front of the whole carriage. uncalled for
- pr . @RailLink delay repay claim rejected because "insufficient evidence". I sent the ticket AND a screenshot
- pd . @SwiftRailUK toilets locked the whole journey. 3hr train
- pr . @MetroConnectRail love paying £38 to stand next to the bins, great value as always
- pr . @CoastlineRail replacement bus service... again. on a weekday. with no signage at the station
- pr . @RailLink 18:05 now 18:37 now 18:52 now cancelled. brilliant
- pd . @SwiftRailUK the air con is either arctic or sauna, no in between
- pr,pe . @NorthlineTrains app said platform 4, staff said platform 9, train left from 2. missed it
- pr c @MetroConnectRail season ticket not renewing. driving from now on, at least the car turns up
- pr . @CoastlineRail is the 09:10 running or not? website says yes, board says cancelled
- pe . @RailLink staff at the gate refused to let me through with my e-ticket because "phone screen too dim". really?
- pr . @SwiftRailUK why do I have to phone to book assistance 24h in advance? it's 2024
- pd . @NorthlineTrains wifi on this train is a myth
- pr . @MetroConnectRail signal failure at Hadley again. how many times is that this month
- pr . @RailLink been waiting 6 weeks for my refund for a cancelled journey. ref RL-55120
- pd . @CoastlineRail seats on the new trains are like sitting on an ironing board
- pe . @SwiftRailUK nobody at the help point. pressed it 4 times. just static
- pr . @NorthlineTrains so the train just skipped my stop? and I'm supposed to get back how
- pr . @RailLink strike days I understand, but why no refunds for season ticket holders??
- pd . @MetroConnectRail the floor of coach C is sticky with something I don't want to identify
- pr . @CoastlineRail 25 minutes late this morning, 40 min late last night. consistent at least
- . . @SwiftRailUK every single day. every single day.
0 . . @RailLink are bikes allowed on the 10:15 to Bristol?
0 pr . @NorthlineTrains can I use my off peak ticket on the 16:30?
0 . . @MetroConnectRail is the line to the airport running on Sunday? heard about engineering works
0 pr . @CoastlineRail how do I get a refund for an advance ticket I can't use?
0 pd . @SwiftRailUK is there a quiet coach on the 7am London service?
0 . . @RailLink thanks, DM sent with my ticket number
0 pr . @NorthlineTrains does the railcard discount apply to first class?
0 . . RT @MetroConnectRail: New timetable starts 12 May - check before you travel 🚆
0 pr . @CoastlineRail can I take my dog on the train? medium size, will be on lead
0 . . @SwiftRailUK is the cafe car open on weekends?
0 . s @RailLink @NorthlineTrains GET RICH WITH CRYPTO signals 🚀🚀 join my telegram
+ pe . @RailLink big thanks to the guard on the 17:20 who helped me with my wheelchair and found me a space ❤️
+ pr . @NorthlineTrains delay repay paid out in 2 days, didn't even have to chase. nice one
+ pd . @SwiftRailUK new trains are gorgeous, plug sockets that actually work!
+ pe . @MetroConnectRail staff at Central found my lost wallet and handed it in with everything in it. thank you so much
+ pr . @CoastlineRail on time every day this week. don't know what you changed but keep it up 👏
+ pe,pr . @RailLink train cancelled but the station staff had us all on a taxi within 15 min. really well handled
+ pd . @NorthlineTrains that coastal route view though 😍 best commute in the country
+ pe . @SwiftRailUK the conductor today was so funny with the announcements, whole carriage was laughing
## bus en tweets
- pr . @CityHopperBus the 42 just drove past 6 of us at the stop. not full. just... drove past
- pe . @GreenLineCoaches driver told me to "shut up and sit down" when I asked if this stops at Oakfield. lovely
- pr . @MetroBusCo app says bus due in 2 min for the last 25 min 🙃
- pr . @CityHopperBus no 17 at 7:50 AGAIN. late for work 3rd time this week
- pd . @ExpressWayCoach the bus had no working toilet on a 6 hr overnight trip. disgusting
- pr . @GreenLineCoaches booked a seat, got on, someone else had the same seat number. whose fault is that
- pr . @MetroBusCo why did the fares go up 20% when the service got worse?
- pd . @ExpressWayCoach "free wifi" lol
- pe . @CityHopperBus driver on the 9 this morning refused my pass even though it was valid. asked for his name and he laughed
- pr c @MetroBusCo cycling to work from Monday. can't rely on you anymore
- pr . @GreenLineCoaches coach left 10 min EARLY and we watched it go. next one is tomorrow
- pr . @ExpressWayCoach refund for a cancelled trip still missing, 5 weeks now
- pd . @CityHopperBus heaters stuck on max in July, we're all melting on the 33
- pr . @MetroBusCo where is the N4?? it's 1am and freezing
- pe . @GreenLineCoaches called your customer line 4 times, cut off every time
- . . @ExpressWayCoach is it always like this or did I just get lucky 🙄
0 . . @CityHopperBus does the 12 still run on bank holidays?
0 pr . @GreenLineCoaches can I change my ticket to a later coach on the same day?
0 pr . @MetroBusCo how do I top up my travel card online?
0 . . @ExpressWayCoach what's the luggage limit per person?
0 . . @CityHopperBus is there a stop near the new hospital?
0 pd . @GreenLineCoaches do your coaches have power sockets?
0 . . RT @MetroBusCo: Route 8 diverted this weekend due to roadworks on High St
0 . s @ExpressWayCoach Check out my new mixtape 🎧🔥 link in bio #music #bus
+ pe . @CityHopperBus driver on the 5 waited for me when he saw me running, and said good morning to everyone. made my day
+ pd . @GreenLineCoaches new coaches are super comfy, slept all the way to Glasgow
+ pe . @MetroBusCo the lady driver on route 19 helped a blind man off and walked him to the crossing. good people ❤️
+ pr . @ExpressWayCoach booked, boarded, arrived 10 min early. cheap and easy, thx
+ pe,pr . @CityHopperBus left my bag on the bus, lost property had it the same afternoon. thank you!
+ pd . @GreenLineCoaches £9 to London?? and it was clean and on time. bargain
## telecom en tweets
- pd . @TelcoMax no signal in my house for 3 days. paying for what exactly?
- pe . @TelcoMax been on hold 1hr 20min. just pick up the phone
- pr . @FiberNova engineer was supposed to come between 8 and 12. it's 4pm
- pr . @VoxMobile why is my bill £40 more than last month when I used LESS data??
- pd . @NetStreamUK internet drops every evening at 8pm like clockwork. speed test 2mbps on a 500mbps plan
- pr,pe . @TelcoMax 3 agents, 3 different answers about my contract end date. which one is true
- pr c @FiberNova cancelling today. 6 outages in 2 months. moving to NetStream
- pr . @VoxMobile ported my number a week ago and it's still not working
- pe . @NetStreamUK the guy in your shop was so condescending. I know what a router is, thanks
- pd . @SignalOneTel "5G everywhere" except literally anywhere I go
- pr . @TelcoMax charged me a £15 "admin fee" for paying by card. what
- pd . @FiberNova wifi so slow I can't even load your status page
- pr . @VoxMobile roaming charges of £120 for 2 days in France?? I thought it was included
- pe . @NetStreamUK chat agent closed the chat mid conversation. 3rd time
- pr . @SignalOneTel your app logs me out every time I open it
- pr . @TelcoMax new sim never arrived, ordered 2 weeks ago, still getting billed
- pd . @FiberNova router you sent is dead on arrival. lights flashing red
- pr . @VoxMobile why do existing customers pay double what new customers pay? loyalty penalty much
- pr . @NetStreamUK outage in SW London? anyone? nothing on your site
- pe . @SignalOneTel told me my complaint was escalated. escalated to where, the void?
- pr c @TelcoMax I've had it. porting out as soon as my contract ends. 18 days to go 🗓️
- pd . @FiberNova calls keep dropping mid sentence. in the middle of the city!
- pr . @VoxMobile price rise "in line with inflation" + 3.9%. very kind of you
- pe . @NetStreamUK engineer came, looked at the box, said "not my department" and left
- pr . @SignalOneTel how do I cancel when the cancel button on the website does nothing
- pr . @TelcoMax still waiting for the credit I was promised for last month's outage
- pd . @FiberNova tv box freezes every 10 minutes. can't watch a full match
- pr . @VoxMobile 4 hours to activate an eSIM. four.
- pe . @NetStreamUK nobody has replied to my DM since Tuesday. is this account even monitored
- pr . @SignalOneTel data allowance used up in 3 days?? I've been on wifi all week. something is wrong with your counting
- . . @TelcoMax absolute joke of a company honestly
- pr . @FiberNova installation date pushed back for the 4th time. been working from a coffee shop for a month
- pd,pr . @VoxMobile no service, no text explaining why, and the status page says "all systems normal". sure
0 . . @TelcoMax what's the difference between the Max and Max Plus plans?
0 pr . @FiberNova is full fibre available at my postcode yet? BS7
0 . . @VoxMobile do you have any SIM only deals for 12 months?
0 pr . @NetStreamUK how do I change the wifi password on the new hub?
0 . . @SignalOneTel ok DM'd you my account number
0 pr . @TelcoMax can I add a line for my daughter to my existing contract?
0 pd . @FiberNova does the mesh booster work with the older router?
0 . . RT @VoxMobile: Unlimited data for £15 this week only 📱 #deal
0 pr . @NetStreamUK moving house next month, what's the process to transfer my broadband?
0 . . @SignalOneTel will the iPhone 16 be on contract from launch day?
0 . . @TelcoMax just saw the news about the merger, will existing contracts change?
0 pr . @FiberNova when does my minimum term end? can't see it in the app
0 . s @VoxMobile @TelcoMax FREE iPhone giveaway 🎁 just click here and enter ur card details
0 pd . @NetStreamUK does your network support wifi calling on Pixel phones?
0 . s Win a £1000 voucher!!! follow and RT @SignalOneTel @FiberNova #giveaway #win
+ pe . @TelcoMax shoutout to Jamal on the support line who actually fixed my issue instead of reading a script 🙏
+ pd . @FiberNova 900mbps on a speed test. I'm in love 😍
+ pr . @VoxMobile switched in 10 min, number ported by lunchtime. easiest switch ever
+ pe,pr . @NetStreamUK internet was down all weekend, annoyed, but the engineer came Monday at 8am and had it fixed by 8:30. appreciate it
+ pe . @SignalOneTel the chat team credited me for the outage without me even asking. nice touch
+ pd . @TelcoMax signal at the festival was perfect while everyone else had none 😎
+ pe . @FiberNova engineer Sam was super friendly, tidied up all the cables too. 10/10
+ pr . @VoxMobile bill went DOWN this month?? someone pinch me
+ pe . @NetStreamUK left Fiber Nova for you last month, best decision. the support is night and day
+ pd . @SignalOneTel really impressed with the coverage in the highlands, had 4G on a mountain top
+ pe . @TelcoMax thanks for sorting that so quick, all working now 👍
+ pr . @FiberNova router replacement arrived next day. cheers
## bank en tweets
- pr . @HarborBank app down AGAIN on payday. can't even see my balance
- pe . @CrestSavings 2 hours on hold to report a stolen card. TWO HOURS while someone spends my money
- pr . @NovaBankUK why was my card declined abroad when I told you I was travelling?
- pr . @UnityFirstBank transfer sent Friday still hasn't arrived Tuesday. where is my money??
- pe . @HarborBank branch staff treated me like a criminal for depositing cash. it was my wedding gifts
- pr c @CrestSavings closing my account. 3rd time you've frozen it with no explanation
- pr . @NovaBankUK £25 overdraft fee for being 40p over. really?
- pr . @LedgerlyBank your "instant" payments take 3 days
- pe . @UnityFirstBank I've been asked to verify my identity 5 times on 1 call. then they cut me off
- pr . @HarborBank mortgage application "under review" for 7 weeks. any update at all would be nice
- pd . @CrestSavings 0.5% interest on savings while you charge 24% on cards. generous
- pr . @NovaBankUK fraud team blocked my rent payment and no one answers the fraud line. rent is due TODAY
- pe . @LedgerlyBank please respond to my complaint, ref 440913, it's been 3 weeks
- pr . @UnityFirstBank new app update deleted all my payees. thanks for that
- pr . @HarborBank why do I need to go into a branch to change my address? the nearest one closed
- pe . @CrestSavings manager at the Kingsway branch was dismissive and rude. not how you treat a 20 year customer
- pr . @NovaBankUK got charged a foreign transaction fee on a UK purchase??
- pr . @LedgerlyBank card expired, new one never arrived, can't pay for anything. ordered it a month ago
- pr c @UnityFirstBank moved everything to Ledgerly today. should have done it years ago
- pr . @HarborBank face ID login broken since the update
- pd . @CrestSavings the new credit card literally snapped in half in my wallet after a week
- pe . @NovaBankUK chatbot just keeps saying "I didn't understand that" 🤖🔁
- pr . @LedgerlyBank scammer took £900 and you're telling me it's my fault? I reported it within 10 minutes
- pr . @UnityFirstBank why has my standing order been cancelled without notice
- pr . @HarborBank two factor code takes 20 minutes to arrive. by then it's expired
- . . @CrestSavings honestly the worst bank I've ever dealt with
- pr . @NovaBankUK direct debit taken twice this month. getting it back is apparently a 10 day process
- pe,pr . @LedgerlyBank been promised a callback 3 times this week about my loan. phone hasn't rung once
0 . . @HarborBank what are your branch opening hours on Saturdays?
0 pr . @CrestSavings how do I set up a joint account online?
0 pd . @NovaBankUK does the premium account include travel insurance?
0 . . @LedgerlyBank DM sent
0 pr . @UnityFirstBank how long does a CHAPS payment usually take?
0 . . @HarborBank is the Market St branch closing? saw a sign
0 pr . @CrestSavings can I increase my contactless limit?
0 . . RT @NovaBankUK: New savings account with 4.5% AER launches Monday 💷
0 pr . @LedgerlyBank what's the process to add a power of attorney?
0 . s @UnityFirstBank @HarborBank I can flip $200 into $5000 in 48hrs guaranteed, DM me
0 pd . @HarborBank is apple pay supported on the business card?
0 . . @CrestSavings got a text saying my account is locked, is this real or a scam?
+ pe . @HarborBank massive thanks to Linda at the Elm Rd branch who spotted a scam and stopped my mum sending £3k ❤️
+ pr . @CrestSavings mortgage approved in 10 days, whole process was painless. thank you!
+ pd . @NovaBankUK the spending insights in the app are actually really useful
+ pe . @LedgerlyBank fraud team called me within 5 min of a weird transaction, card blocked, money back next day. brilliant
+ pe,pr . @UnityFirstBank was furious when my card got blocked abroad but the agent fixed it in a minute and stayed on to check it worked. thanks
+ pr . @HarborBank new app is slick, finally can freeze my card myself
+ pe . @CrestSavings the advisor was so patient explaining everything to my dad. appreciate it
+ pr . @LedgerlyBank opened an account in 8 minutes from my sofa. why were other banks ever hard
+ pe . @NovaBankUK support replied in the app in under a minute at 2am. impressed
+ . . @UnityFirstBank 15 years with you and never had a problem. cheers
## delivery en tweets
- pr . @ParcelPlus "we tried to deliver" no you didn't, I was home all day and the doorbell works
- pr . @QuickDropUK where is my parcel?? tracking stuck on "at depot" for 9 days
- pd . @SwiftShipCo parcel arrived looking like it was used as a football. contents smashed
- pe . @ParcelPlus driver threw my parcel over the gate. it had glass in it. I have video
- pr . @DashPostal delivered to the wrong address. neighbour 3 streets away found it. tracking says "handed to resident" 🤔
- pr . @QuickDropUK redelivery slot booked 3 times, missed 3 times
- pe . @SwiftShipCo customer service is a bot that doesn't understand the word "missing"
- pr . @BoxRunExpress why does a parcel from the next town go via Scotland and take 6 days
- pr . @ParcelPlus paid for next day. it's day 4. refund the premium pls
- pe . @DashPostal your driver left a card saying nobody home while I was literally standing at the window watching him
- pr c @QuickDropUK asked every shop I use to not send with you anymore. lost 3 parcels this year
- pr . @SwiftShipCo charged £12 customs fee on a gift worth £15. no explanation
- pr . @BoxRunExpress parcel marked delivered, photo shows someone else's front door
- pd . @ParcelPlus box soaked through, left in the rain by the bins
- pr . @DashPostal the depot closes at 5, I work til 5. what's the plan here
- pe . @QuickDropUK opened a claim 3 weeks ago, no one has looked at it
- pr . @SwiftShipCo delivery window 7am-9pm. very helpful, thanks
- pr . @BoxRunExpress tracking number doesn't exist apparently. the shop says they gave it to you
- pe,pr . @ParcelPlus called 4 times, each agent opened a new case and told me to wait 48h. it's been 2 weeks
- pr . @DashPostal left at "safe place" = on the pavement
- . . @QuickDropUK every time. EVERY time.
- pr . @SwiftShipCo my birthday present is in Leicester apparently. I live in Cornwall
- pr . @BoxRunExpress "out for delivery" since 6am, now 10pm, still out apparently
- pd . @ParcelPlus fridge delivered with a massive dent in the door
- pr c @DashPostal last straw. choosing a different courier at checkout from now on even if it costs more
- pe . @QuickDropUK driver was on his phone the whole time, dropped my box on the step and didn't even stop the van properly
- pr . @SwiftShipCo collection booked, nobody came, no email, no apology
- pr . @BoxRunExpress why am I being asked to pay a "redelivery fee" when you never attempted delivery?
0 pr . @ParcelPlus can I change the delivery address after it's been shipped?
0 . . @QuickDropUK what time do drivers usually finish?
0 pr . @SwiftShipCo how do I arrange a return pickup?
0 . . @DashPostal DM sent with tracking number
0 pr . @BoxRunExpress can someone else sign for my parcel?
0 . . @ParcelPlus are you delivering on the bank holiday?
0 pr . @QuickDropUK can I have it left with a neighbour? how do I set that
0 . . RT @SwiftShipCo: We're hiring drivers in Leeds and Bradford - apply now 🚚
0 pr . @DashPostal how much to send a 5kg box to Ireland?
0 . s @BoxRunExpress your parcel is on hold pay £1.99 fee at parcel-redeliver-uk dot info
0 pd . @ParcelPlus do you do temperature controlled delivery for food?
0 . . @QuickDropUK tracking says "exception" what does that mean
+ pe . @ParcelPlus our driver Dave is the best, always a smile and remembers the dog's name 🐕
+ pr . @QuickDropUK ordered at 11pm, arrived 9am. how?? thank you
+ pe . @SwiftShipCo driver carried my 30kg parcel up 4 flights of stairs without complaining. legend
+ pe,pr . @DashPostal parcel went missing, support found it and had it to me the next day. sorted, thanks
+ pr . @BoxRunExpress love the 1 hour delivery window and live map, so handy
+ pd . @ParcelPlus the packaging on fragile stuff has got so much better, plates arrived perfect
+ pe . @QuickDropUK driver noticed my door was open and waited to check I was ok. really kind
+ pr . @SwiftShipCo return collected same day, refund from the shop already in. smooth
+ . . @DashPostal never had an issue with you guys, keep it up
+ pe . @BoxRunExpress thanks Chloe on live chat for being so helpful and funny 😂
## utility en tweets
- pr . @BrightGridEnergy bill says I used 3x more gas in summer than winter. estimated reading, obviously. nobody came to read it
- pe . @AquaVale been on hold to report a leak for 55 min. water pouring down the street meanwhile
- pr . @PowerHomeUK smart meter stopped sending readings 6 months ago. now a £600 catch up bill??
- pr . @BrightGridEnergy direct debit went from £90 to £210 with no warning
- pd . @AquaVale water coming out brown for the 3rd day. is it safe or not??
- pr . @VoltWiseEnergy power cut since 6am, your outage map says no issues in my area. it's dark in here
- pe . @PowerHomeUK engineer no show, no call. took the day off work for nothing
- pr c @BrightGridEnergy switching supplier tomorrow. 4 billing errors in a year is not a mistake it's a pattern
- pr . @AquaVale roadworks outside my house for 7 weeks, no one ever working on them
- pe . @VoltWiseEnergy why is nobody answering the emergency line??
- pr . @PowerHomeUK credit of £340 on my account and you won't refund it. why
- pd . @AquaVale water pressure so low it takes 20 min to fill the bath
- pr . @BrightGridEnergy your website won't let me submit a meter reading, error every time
- pe,pr . @VoltWiseEnergy agent promised to fix my tariff and call back. that was October
- pr . @PowerHomeUK 2nd power cut this week. anyone know when it's back? Elm Park area
- pr c @VoltWiseEnergy final bill paid, I'm out. good riddance
- . . @AquaVale unbelievable. just unbelievable
0 pr . @BrightGridEnergy how do I submit a meter reading through the app?
0 . . @AquaVale is there a hosepipe ban in Kent this summer?
0 pr . @PowerHomeUK can I switch to a fixed tariff mid contract?
0 . . @VoltWiseEnergy DM sent re account 77120
0 pd . @BrightGridEnergy does the EV tariff cover home batteries too?
0 . s @AquaVale @PowerHomeUK Stop paying energy bills!! this one weird trick the companies HATE 👇👇
0 . s 🔥 solar panels 90% off 🔥 limited offer reply YES @BrightGridEnergy @VoltWiseEnergy
+ pe . @BrightGridEnergy Marcus on the phone sorted out a 2 year billing mess in 20 min. hero
+ pr . @AquaVale leak reported at 9am, fixed by 2pm. impressive turnaround
+ pe . @PowerHomeUK engineers out in the storm all night getting us back on. thank you so much 💡
+ pr . @VoltWiseEnergy refund for my credit landed in 3 days. easy
+ pd . @BrightGridEnergy the new smart meter app is actually great, seeing usage by the hour helped us cut our bill
+ pe,pr . @AquaVale was angry about the water being off but the crew came round with bottles for my elderly neighbour. thank you
## hotel en tweets
- pd . @StayLuxeHotels room smelled of smoke, "non smoking" room. asked to move, "fully booked"
- pr . @HavenInnGroup booked a king, got two singles pushed together. nice
- pe . @GrandCrestHotels reception staff at the Manchester one were honestly rude. made us wait 30 min for a key
- pd . @StayLuxeHotels hair in the bath, stains on the sheets. £220 a night
- pr . @NestStays charged my card twice for the same stay. 10 days and still not refunded
- pd . @HavenInnGroup wifi only works in the lobby. "free wifi in all rooms" lol
- pr . @GrandCrestHotels check in at 3pm, room ready at 5:40pm. with 2 tired kids
- pe . @StayLuxeHotels housekeeping walked in twice while I was in the shower. do not disturb sign was on
- pr c @NestStays booking disappeared from the system and we had nowhere to sleep. never using you again
- pd . @HavenInnGroup the "sea view" is a car park with a tiny slice of grey water in the corner
- pe . @GrandCrestHotels emailed about my lost ring 4 times. nothing
- pr . @StayLuxeHotels $45 "resort fee" for a pool that was closed
- pd . @NestStays AC broken, 32 degrees in the room, they gave us a fan
- pe,pd . @HavenInnGroup breakfast cold and the staff acted like we were bothering them by asking for more coffee
- pr c @GrandCrestHotels dropped my loyalty status to the lowest tier after 1 slow year. taking my 40 nights elsewhere
- . . @StayLuxeHotels how is this a 5 star hotel 😂
0 . . @StayLuxeHotels is parking included at the Bristol location?
0 pr . @HavenInnGroup can I request a late checkout in advance?
0 pd . @GrandCrestHotels do rooms have a kettle? travelling with a baby
0 . . @NestStays are dogs allowed?
0 pr . @StayLuxeHotels how do I link my points to my booking made through a travel site?
0 . . @HavenInnGroup DM sent
0 . s Amazing deals on luxury watches ⌚ @GrandCrestHotels @StayLuxeHotels check link
0 . s @NestStays I make $3k a week from my phone ask me how 💰💰
+ pe . @StayLuxeHotels the team in Lisbon surprised us with cake for our anniversary 🎂 so lovely
+ pd . @HavenInnGroup best bed I've slept in all year, genuinely want to buy the mattress
+ pe,pr . @GrandCrestHotels room wasn't ready, I was grumpy, but they upgraded us to a suite and apologised. class act
+ pe . @NestStays housekeeper found my daughter's teddy and posted it to us. she cried happy tears ❤️
+ pd . @StayLuxeHotels that rooftop breakfast 😍
+ pr . @HavenInnGroup checked in on the app, key on my phone, straight to the room. love it
## fooddelivery en tweets
- pr . @MunchRun order said 25 min. it's been 1hr 40. food is probably in someone else's stomach by now
- pd . @DinerDash pizza arrived cold and upside down 🍕🙃
- pr . @FeastFleet marked as delivered. it was not delivered. refund pls
- pe . @MunchRun rider was rude and refused to come to the door, made me come down 5 floors in the rain
- pr . @DinerDash charged a £3.99 "service fee" AND a delivery fee AND a small order fee. on a £12 order
- pd . @FeastFleet half my order missing again. no drinks no sides
- pr c @MunchRun deleted the app. 3 missing orders in a month and each refund is a fight
- pe . @DinerDash support chat just pasted the same message 4 times and closed
- pr . @FeastFleet why was my refund given as credit when I paid by card??
- pd . @MunchRun ordered vegan curry, got chicken. I'm vegan. great
- pr . @DinerDash app crashed at checkout and took the payment anyway. no order
- pr c @FeastFleet going back to ordering direct from the restaurant. cheaper and it actually arrives
- . . @DinerDash why am I even surprised anymore
- pr,pe . @MunchRun rider ate some of my fries. bag was open. support says "can't verify". ok
0 . . @MunchRun do you deliver to Riverside yet?
0 pr . @DinerDash how do I change my card on the app?
0 . . @FeastFleet is the 50% off code still working?
0 pd . @MunchRun can I filter restaurants by halal?
0 . s @DinerDash @FeastFleet become a rider earn £££ no experience no ID needed dm now
0 . s FREE FOOD FOR A YEAR 🍔🍔 click here @MunchRun
+ pe . @MunchRun rider Ahmed came back 10 min later with the drink he forgot. didn't have to, top guy
+ pr . @DinerDash refund for the missing item was instant, no questions. appreciate it
+ pd . @FeastFleet sushi arrived still perfectly chilled, 10/10
+ pe,pr . @MunchRun order was wrong but support sent the right one out within 30 min plus a voucher. fair enough, thanks
+ pr . @DinerDash 15 min delivery on a Friday night?? witchcraft
## retail en tweets
- pd . @ShopWave jeans ripped at the seam after 1 wash. £60
- pr . @BrightBuyStores order cancelled 2 days before Christmas with no reason. gift ruined
- pe . @UrbanCartUK staff member followed me around the store like I was going to steal something
- pr . @ShopWave return dropped off 4 weeks ago, still no refund
- pd . @HomeNestStore sofa delivered in the wrong colour. and you want me to wait 12 weeks for a replacement??
- pr c @BrightBuyStores cancelled my membership. the "free shipping" takes 10 days now
- pe . @UrbanCartUK asked 3 staff where the fitting rooms were and got 3 shrugs
- pr . @HomeNestStore website says in stock, store says it's not, who do I believe
- pr c @ShopWave that's my last order. 2 wrong items, 1 missing, 0 responses. taking my money elsewhere
+ pe,pr . @UrbanCartUK sent the wrong size but the store swapped it, no receipt no fuss. cheers
0 . . @ShopWave when does the summer sale start?
0 pr . @BrightBuyStores can I return online orders in store?
0 pd . @HomeNestStore is the oak table real wood or veneer?
0 . s @UrbanCartUK @ShopWave 🎁 get 90% off designer bags at luxbagz shop 🎁
0 . s Congrats you've been selected for a $500 gift card from @BrightBuyStores! claim here
+ pe . @UrbanCartUK the lady in the Leeds store spent 20 min helping me find a suit for my interview. got the job 🎉
+ pr . @ShopWave ordered Sunday night, arrived Monday morning. impressive
+ pd . @HomeNestStore the bedding set is gorgeous and so soft. buying another
## restaurant en short
+ . . Loved it.
+ pd . Great value!
+ . . I can't wait to go back.
+ . . Not a single thing wrong with it.
+ pd . No complaints at all, the steak was cooked exactly how I asked.
+ . . You won't be disappointed.
+ pd . The portions were enormous and the lamb shank fell off the bone.
+ pd . Plenty of vegetarian options and every one of them sounded tempting.
+ pe . Our server checked on us just often enough without hovering.
+ pd . The mains were forgettable but the sticky toffee pudding saved the evening.
+ pd . Best carbonara I've had outside of Rome.
+ pe,pd . Friendly staff, gorgeous food, and the bill was a pleasant surprise.
+ pr . We were seated straight away even though we hadn't booked.
+ pd . Couldn't fault a single dish.
+ pe . The waitress remembered our names from last time, which was a lovely touch.
+ pd . Proper home cooking at a fair price.
+ pd . The tasting menu was worth every penny.
+ pe . Nothing was too much trouble for the staff.
+ pd . Cosy room, soft lighting, and the risotto was spot on.
+ . . Already booked our next visit.
+ pd . Hard to believe food this good costs so little.
+ pe,pd . The chef came out to talk us through the specials and the fish was superb.
+ pd . Not the cheapest, but you get what you pay for and then some.
+ pr . Food arrived quickly even though the place was packed.
+ pe,pr . The manager sorted out a mix-up with our booking without any fuss.
+ pd . The kids' menu was actually decent for once.
+ pd . I'd never had Ethiopian food before and now I'm hooked.
+ pd . Generous portions, I had to take half of it home.
+ pe,pd . Our waiter's wine recommendation was perfect.
+ pd . The roast potatoes alone are worth the drive.
+ . . Five stars, no hesitation.
+ pd . Quiet enough to actually hold a conversation, which is rare these days.
+ pe,pd . They made a gluten-free version of the pasta without batting an eyelid.
+ pd . Everything tasted fresh and properly seasoned.
+ . . Would happily come back every week.
+ pd . I wasn't expecting much from a hotel restaurant but the duck was outstanding.
+ pd . The lunch set menu is a steal.
+ pe . Staff were warm and welcoming from the moment we walked in.
+ pr . Booking online was easy and our table was ready when we arrived.
+ pd . Don't skip the garlic bread.
+ pd . Lovely view over the harbour and the seafood platter was excellent.
+ . . Never had a bad meal here.
+ pd . The curry had a real kick to it without being overpowering.
+ pe,pr . When my starter came out wrong they replaced it in minutes and apologised.
+ . . Really impressed, will be telling everyone about it.
+ pd . Spotless toilets, which tells you a lot about a kitchen.
+ pd . Simple food done really well.
+ pe . The staff went out of their way to make my mum's birthday special.
+ . . Hidden gem.
+ pd . I still think about that pork belly.
+ pd . Hands down the best pizza in town.
+ pd . I didn't expect much from a chain but the burger was genuinely good.
+ pd . Slightly noisy but the food more than made up for it.
+ pe,pr . The service was a bit slow but the waiters were so lovely we didn't mind.
+ . . Can't recommend it enough.
+ pd . Not fancy, but the food is honest and filling.
+ pd . The bill was lower than I expected for three courses and wine.
+ pd . Every single bite was delicious.
+ pe,pd . Attentive service and a brilliant wine list.
+ pd . Dog friendly and the Sunday roast was excellent.
+ pd . Far better than the reviews led me to believe.
+ pd . The dumplings were delicate and full of flavour.
+ pr . No wait at all on a Saturday night, which was a nice surprise.
+ pd . Beautifully presented and tasted even better than it looked.
+ . . Absolutely brilliant evening from start to finish.
+ pd . I don't usually order dessert but the panna cotta was too good to pass up.
+ pe . Our server was patient with my very indecisive group.
+ pd . Great atmosphere, buzzing but not too loud.
+ pd . The steak was a little overdone but everything else was so good I'd still give it five stars.
+ . . Worth the hype.
+ . . Couldn't find anything to complain about if I tried.
+ pd . The tapas kept coming and every plate was a winner.
+ pe . The sommelier knew his stuff and wasn't snobby about it.
+ pd . A lovely spot for a special occasion.
+ pd . Paid a bit more than usual but it was worth it.
+ pe,pr . Staff split the bill six ways without a single complaint.
+ pd . I'm not a fan of fish but the sea bass here changed my mind.
+ . . Our new favourite.
+ pr,pd . Everything was fresh, hot and came out together.
+ pd . Hard to beat for the price.
+ pe,pd . Went for my dad's seventieth and the staff decorated the table, brought out a candle in his cake and somehow made the whole evening feel effortless.
+ pd . Not bad at all.
+ pd . Honestly nothing to dislike, from the bread basket to the coffee at the end.
+ pe,pr . We turned up forty minutes late because of traffic and they still held our table and didn't rush us once.
- . . Meh.
- . c Would not go back.
- pe,pd . The staff tried to be friendly but the food was cold.
- . . I wanted to love this place.
- . . Pretty disappointing for a place with such good reviews.
- pd . Nice decor, shame about the food.
- . . Well, that was an experience.
- pr . If you like waiting forty minutes for a salad, this is your place.
- pd . The chips were soggy and lukewarm.
- pd . Overpriced for what you get.
- pe . Our waiter couldn't have looked less interested if he'd tried.
- pr . We booked a table for eight and they'd given it away by the time we arrived.
- pd . The steak was more gristle than meat.
- pr . Waited an hour for mains and nobody told us why.
- pd . The tables were sticky and the cutlery had food on it.
- pd c Too expensive for such small portions, we'll be eating elsewhere next time.
- pe . The hostess rolled her eyes when we asked for a different table.
- pd . Way too loud to hear each other speak.
- pr . They got our order wrong twice.
- pd . The pasta sauce tasted like it came straight out of a jar.
- pe,pd c Rude manager, bland curry, not coming back.
- pr . The bill had three drinks on it we never ordered.
- pd . Lovely view, terrible food.
- . . Not worth the money or the hype.
- pd . The fish was still frozen in the middle.
- pe . Staff spent more time on their phones than serving customers.
- pd . Everything was swimming in grease.
- pr . Had to flag someone down three times just to get the bill.
- pd . For forty quid a head I expected a lot more than this.
- pd . The so-called homemade lasagne was clearly microwaved.
- . c Save your money and go elsewhere.
- pe . The waiter was condescending when I asked what was in the sauce.
- pd . The music was so loud it felt like eating in a nightclub.
- pd . Tiny portions, huge prices.
- pr . Starters came out after the mains.
- pd . My burger was raw in the middle and the bun was stale.
- . . Not terrible, just forgettable.
- pe,pr . We were ignored for twenty minutes after being seated.
- pe,pd . The wine was corked and they insisted it was fine.
- . . What a letdown.
- pd . Everything on the menu sounded amazing and nothing lived up to it.
- pd . The whole restaurant smelt of damp.
- pe,pr c They cancelled our reservation an hour before and didn't even apologise, never booking with them again.
- pd . Average food at premium prices.
- pd . The rice was undercooked and the chicken was dry.
- pe,pd . The staff were lovely, but that doesn't make up for a cold roast.
- pd . Lots of style, very little substance.
- pr . They added a fifteen percent service charge without telling us.
- pd . Found a hair in my soup.
- pe,pr . Our server argued with us about the order instead of fixing it.
- . . I really don't understand the good reviews.
- pd . The vegetarian option was a sad plate of boiled vegetables.
- pr . It took so long for our food that my kids fell asleep at the table.
- pd . Freezing cold dining room and nobody offered to turn the heating up.
- . c We won't be rushing back.
- pd . Bland, bland, bland.
- pe,pd . The chef clearly has talent but the front of house is a shambles.
- pd . The chairs were so uncomfortable we skipped dessert just to leave.
- pr . Forty-five minutes for a table even with a booking.
- pd . The desserts were clearly shop-bought.
- pe . The waitress was friendly enough but kept forgetting things.
- pd . Charged twelve pounds for a side salad the size of a coaster.
- . . Sadly not what it used to be.
- pd . The meat tasted off and I was ill the next day.
- pr . We had to ask for water three times.
- pd . Fancy plates can't hide bland food.
- pe,pr . The manager blamed us for the mistake with our order.
- pd . Honestly, I've had better airline food.
- pd . Half the menu was unavailable.
- pd . The toilets were filthy.
- pe,pr . Nobody seemed to know which table had ordered what.
- pd . The place was freezing and the food wasn't much warmer.
- . c Once was enough.
- pd . The "famous" ribs were dry and mostly bone.
- pr . We gave up and left before our mains arrived.
- pd . Great location, pity about everything else.
- pe . Felt rushed out the door the moment we put our forks down.
- pd . Expected far more from a place with a Michelin mention.
- . . Two stars and that's being generous.
- pd . Ten out of ten for the parking, zero for the food.
- pr . Great place if you've got a spare three hours for lunch.
- pe . Loved being treated like a nuisance for asking to see the menu.
- pd . Who knew a salad could be this expensive and this sad.
- pe,pr,pd . We waited fifty minutes for two pizzas, one was the wrong one, the other was cold, and when we mentioned it the waiter just shrugged and walked off.
0 . . We went for lunch on a Tuesday.
0 pd . The restaurant serves Italian and Greek dishes.
0 pr . They take bookings online and by phone.
0 pd . There is parking behind the building.
0 pd . The menu changes every season.
0 . . I came here for a work dinner with six colleagues.
0 pd . They do a set lunch on weekdays.
0 pd . It's on the first floor above a bank.
0 pr . You order at the counter and they bring it to your table.
0 . . First time visiting since it reopened.
## cafe en short
+ pd . Best flat white in the city.
+ pd . Great coffee and the cinnamon buns are still warm in the morning.
+ pe . The barista remembered my order after two visits.
+ pd . Lovely little spot to sit with a book.
+ pd . The scones are enormous.
+ . . My go-to every Saturday morning.
+ pd . Decent wifi, plenty of sockets, and the coffee is excellent.
+ pe . Staff are always cheerful, even at 7am.
+ pd . The avocado toast is simple but done perfectly.
+ pd . Cake portions are ridiculous in the best possible way.
+ pd . Good oat milk options and they don't charge extra for it.
+ pr . Even with a queue out the door I had my coffee in five minutes.
+ pd . The carrot cake is the best I've ever had.
+ . . Adorable café, can't wait to come back.
+ pd . Quiet, clean and the tea comes in a proper pot.
+ pe . The owner chatted with us about the beans she roasts herself.
+ pd . Cheap, cheerful and the full English hit the spot.
+ pd . No complaints, the pastries were flaky and fresh.
+ pe . Really patient with my toddler who changed his mind four times.
+ pd . Not a bad seat in the house, lovely natural light.
+ pd . Fair prices for a tourist area.
+ pd . The hot chocolate is thick and rich and not too sweet.
+ pe,pd . Friendly dogs, friendly people, great coffee.
+ pd . The vegan brownie didn't taste vegan at all, in a good way.
+ pr,pd . Service was quick and the sandwiches were generous.
+ pd . Coffee was a bit strong for me but the food was lovely.
+ pd . I never leave without a loaf of their sourdough.
+ pd . You won't find a better brunch around here.
+ pe . The staff made me feel welcome even though I was on my own.
+ pd . Every table had fresh flowers on it.
+ pd . The eggs Benedict were perfect, runny yolk and all.
+ . . Worth going out of your way for.
+ pd . Iced latte was exactly what I needed on a hot day.
+ pd . The soup of the day was hearty and came with loads of bread.
+ pr . Mobile ordering worked perfectly and it was ready when I got there.
+ pd . Such a calm atmosphere, I lost track of time.
+ pe . Barista made a lovely bit of latte art and actually smiled.
+ pd . Can't fault the croissants.
+ pd . Small menu but everything on it is good.
+ . . Lovely, just lovely.
+ pd . Cheaper than the chains and ten times better.
- pd c Good coffee but I won't be rushing back.
- pr . Twenty minutes for a latte.
- pe . The girl at the till couldn't have been less interested.
- pd . Five pounds for a slice of dry cake.
- pd . Tables were covered in crumbs and nobody cleared them.
- pd . The milk was sour.
- pe . The staff chatted among themselves while the queue grew.
- pd . The sandwich was mostly bread.
- pd . Lovely décor, but the coffee was weak and lukewarm.
- pr . They got my order wrong and charged me for both.
- pd . Way too crowded to find a seat.
- . c Not going back.
- pd . The croissant was stale, clearly yesterday's.
- pe . Asked for a glass of water and got a lecture about buying something.
- pd . Music was far too loud for a café.
- pd . My tea came in a chipped mug with a lipstick mark on it.
- pr . Ordered at the counter and my food never came.
- pd . Overpriced hipster nonsense.
- pd . The wifi password was on the wall but the wifi never worked.
- pe . The barista was rude when I asked for extra hot milk.
- pd . Eggs were rubbery and the toast was cold.
- pd . So cramped I had someone's elbow in my soup.
- pr . The card machine was broken and they only told us after we'd eaten.
- pd . Smells of old frying oil.
- pd . For a café that calls itself artisan, the bread was supermarket stuff.
- pe . The owner made it clear they wanted us to leave once we'd finished.
- pd . Flies all over the cake display.
- . . I wanted to like it, I really did.
- pd . The cappuccino was mostly froth.
- pr . Queue was out the door and only one person was working.
- pd . Small portions and a big bill.
- pe,pd c Grumpy staff and bitter coffee, I'll stick to the place next door.
- pd . The toilets were out of order again.
- pd . Brunch was a sad little plate for fifteen pounds.
- pr . My takeaway coffee was handed over without a lid and spilled everywhere.
- . . Used to be great, now it's just average.
- pd . Cake was nice to look at, tasted of nothing.
- pe . Staff looked at us like we were an inconvenience.
- pd . Hard chairs, harsh lighting, weak tea.
- . . Honestly not sure how this place has so many five star reviews.
0 pd . They serve breakfast until 11.
0 pd . It's a small café with about ten tables.
0 pr . You pay at the counter when you order.
0 pd . The café is next to the train station.
0 . . I stopped in on my way to work.
## bar en short
+ pd . Great selection of local beers on tap.
+ pe,pd . The bartender made me a cocktail off the menu and it was perfect.
+ pd . Cosy pub with a real fire.
+ pd . Happy hour prices are unbeatable.
+ . . My new local.
+ pe . Staff kept an eye on our table and we never waited for a refill.
+ pd . The live jazz on Thursdays is fantastic.
+ pd . No sticky floors, no awful music, just a good pint.
+ pe,pd . The gin menu is huge and the staff know every bottle.
+ pd . Great beer garden for a summer evening.
+ pd . Quiz night is brilliant fun.
+ pe . The landlord is a legend.
+ pd . Proper cocktails, not the sugary rubbish you get elsewhere.
+ pd . The pub grub is way better than it needs to be.
+ pr . Even on a busy Friday we were served in no time.
+ pd . The wine by the glass is excellent value.
+ . . Couldn't ask for a better night out.
+ pd . The bar snacks were so good we ordered a second round.
+ pe,pr . Bouncers were polite and the bar staff were quick and friendly.
+ pd . Love the vintage decor and the low lighting.
+ pd . Rooftop views are stunning, drinks aren't cheap but worth it.
+ pe . They called us a taxi and waited with us till it arrived.
+ . . Not a single bad thing to say.
+ pd . The mocktails are just as good as the cocktails.
+ pd . The music was loud but that's exactly what we came for.
+ pd . Cheap pints and a proper dartboard, what more do you need.
+ pe . The bartender talked us through the whisky list without making us feel stupid.
+ pd . Lovely old pub with loads of character.
+ pr . Table service through the app worked a treat.
+ pd . The nachos were massive and loaded with cheese.
+ . . We ended up staying all night.
+ pd . Well kept ale and a friendly crowd.
- pd . Twelve pounds for a warm gin and tonic.
- pr . Waited twenty minutes at the bar to get served.
- pe . The bartender was more interested in his mates than his customers.
- pd . The beer was flat.
- pd . Floors so sticky my shoes nearly came off.
- pd . Music so loud we gave up talking and left.
- pe c The bouncer was aggressive for no reason, never going back.
- pd . Cocktails were mostly ice.
- pe,pr . They charged my card twice and refused to refund it.
- pd . The toilets were an absolute disgrace.
- . . Not my kind of place.
- pd . Watered down drinks at premium prices.
- pe . Staff were rude when we asked for tap water.
- pd . Lovely old building, shame about the beer.
- pr . Ordered food at eight and it turned up at half nine.
- pd . Way too crowded, couldn't even get to the bar.
- pe,pr . The barman short-changed me and then argued about it.
- pd . The pint glasses were dirty.
- pd . The wine tasted like vinegar.
- pe . Security treated everyone like criminals.
- pd . Overpriced cocktails that tasted of nothing but syrup.
- pr . Last orders were called at ten with no warning.
- pd . Smelled like stale beer and bleach.
- . . A great night out, said no one ever.
- pd . Nice vibe, awful drinks.
- pe . The staff made it clear they wanted to close up early.
- pr . Booked a table for a birthday and it wasn't there when we arrived.
- pd . The pub food was frozen and reheated, you could tell.
- pd . Nothing on tap that I'd actually want to drink.
- . c Last time I set foot in there.
- pe,pd . The barmaid was sweet but the beer was off and the place was filthy.
0 pd . They have a pool table upstairs.
0 pd . It's a sports bar with screens on every wall.
0 pr . Last orders are at eleven on weekdays.
0 . . We came in for one drink before the theatre.
0 pd . The bar opens at five.
## takeaway en short
+ pd . Best kebab I've had after a night out.
+ pr,pd . Delivery was fast and the food was still piping hot.
+ pd . The fish and chips were crispy and not at all greasy.
+ pd . Huge portions for the price.
+ . . Our Friday night go-to.
+ pe . The driver was really polite and even brought it up to our flat.
+ pd . Pizza was loaded with toppings right to the edge.
+ pr . Arrived twenty minutes earlier than the app said.
+ pd . The chicken tikka masala is the best in the area.
+ . . Never had a bad order from them.
+ pe,pr . They rang to check about my allergy before cooking, which I really appreciated.
+ pd . Great value family meal deal.
+ pd . The noodles were perfect and the spring rolls were crispy.
+ pr . Order was spot on, nothing missing.
+ . . Would order again in a heartbeat.
+ pd . Everything was well packaged and nothing had leaked.
+ pd . The burrito was the size of my forearm.
+ pe,pd . Lovely family run place and they always throw in extra poppadoms.
+ pd . Proper chip shop chips, fluffy inside and crunchy outside.
+ pd . The sushi was really fresh for a takeaway.
+ . . Can't fault it.
+ pd . Finally a vegan takeaway that actually tastes good.
+ pr . Collection was ready exactly when they said.
+ pd . Cheap and tasty, exactly what you want.
+ pd . The garlic sauce is addictive.
+ pe,pr . They forgot my drink, but the driver came back with it ten minutes later.
+ pd . The curry had proper heat and plenty of meat.
+ . . Five stars every single time.
+ pd . The fried chicken was juicy and the coating was perfectly crunchy.
+ pr,pd . Not the fastest, but definitely the tastiest in town.
+ pd . The pad thai was better than at most sit-down restaurants.
+ pr . Tracking on the app was accurate to the minute.
+ pd . Loved the little free dessert they put in the bag.
+ pd . Never a soggy chip.
+ pe . The guy behind the counter is always up for a chat.
+ pd . Great late-night option when everything else is shut.
+ pd . Generous with the cheese, which is all I ask.
+ . . Honestly the best takeaway in the postcode.
+ pd . The dhal was rich and comforting.
+ pr . Easy to order and always on time.
- pr,pd . Delivery took two hours and the food was stone cold.
- pr . Half our order was missing.
- pe . The driver was rude and threw the bag at me.
- pd . Soggy chips and greasy fish.
- pd . Way too salty to finish.
- pr c They cancelled my order after an hour of waiting, never ordering from them again.
- pd . The curry was mostly oil.
- pd . Tiny portion for twelve pounds.
- pe . Rang to complain and they hung up on me.
- pd . The chicken was pink in the middle.
- pr . Got someone else's order entirely.
- pd . The container had leaked all over the bag.
- . c Deleted the app after this.
- pd . Kebab meat was dry and the bread was stale.
- pr . App said delivered, food never arrived.
- pd . The noodles were a congealed lump.
- pe,pr . Staff at the counter ignored me for ages while they chatted.
- pd . The sushi rice was hard and the fish tasted old.
- pd . Paid extra for a large and got what looked like a small.
- . c Won't bother again.
- pd . The burger was lukewarm and the cheese wasn't even melted.
- pr . Asked for no onions and it was covered in onions.
- pd . Found a plaster in my chips.
- pd . Great photos on the menu, nothing like what turned up.
- pe,pr . The driver couldn't find the house and then blamed me.
- pd . The sauce tasted like it came from a packet.
- pr . Charged for extras we didn't get.
- pd . Greasy, bland and overpriced.
- . . Should have just made beans on toast.
- pd . The spring rolls were frozen in the middle.
- pr . Over an hour late on a quiet Tuesday.
- pd . Cold, soggy and sad.
- pe . The lady on the phone was so rude I nearly cancelled.
- pd . Not a single prawn in my prawn fried rice.
- . . Pretty disappointing considering the rating on the app.
- pr . Forgot the rice, which makes a curry a bit pointless.
- pd . Pizza arrived folded in half and stuck to the lid.
- pd . Everything was drowning in mayonnaise.
0 pr . They deliver within a three mile radius.
0 pd . They do pizzas, burgers and kebabs.
0 pr . You can order by phone or through the app.
0 . . I ordered on a Sunday night.
## airline en tweets
- pr . @SkyvaleAir any news on my refund?? flight SV2281 cancelled on the 3rd, it's now the 29th
- pe . @AeroLumen how long does it actually take to answer a DM? asking for a friend (me) (day 6)
- pr . @FlyMeridia 2nd cancellation in 2 weeks. same route. same excuse.
- pr . @CoralJet love spending my saturday on hold 🙃 47 mins and counting
- pr . @NorthwindAirways wow what amazing service, bag still missing. day 9. #lostluggage
- pr c @JetKestrel i give up. booked with someone else. keep the £40
- pr . @BlueHarrierAir fix your app. it logs me out every time i try to add a bag
- pe . @Paloma_Air still waiting btw
- pe,pr . @AltairAirlines that's not what your agent said on the phone. she said full refund, not a voucher
- pe . @SolanaAirways cabin crew on SA417 were so rude to the elderly lady in 14C, genuinely shocking
- pr . @VantaAir delayed 3h40 at gate B12 and not one announcement. not one.
- pd . @HaloAirUK seat 22F doesnt recline, tray table is sticky and the armrest fell off. lovely
- pd . @OrionSkyCare £9 for a soggy panini?? on a 4 hour flight?? 🤢
- pd . @ZephyrLink paid for wifi, got 20 mins of buffering then nothing. want my 12€ back
- pr . @FjordAir £55 to change a name spelling by ONE letter. ONE. smh
- pr . @MistralJet MJ802 delayed again. 3rd time this month on the same morning flight. is it even scheduled for 7:15 or is that a joke
- pd . @CaspianAir the toilets on CA55 were blocked before we even took off. 9 hours. think about that
- pe,pr . @TerraWingsHelp your chatbot keeps sending me back to the faq. i need a human. pls
- pr . @SkyvaleAir "your bag is on its way" - said the email 4 days ago. where is the way
- pe . @AeroLumen the gate agent at LIS literally laughed when i asked about my connection. cool cool cool
- pr c @CoralJet never flying with you again. 14h delay, no hotel, no food vouchers, no info. done.
- pr . @FlyMeridia online check in "unavailable" for 3 hours, then a £30 fee to check in at the airport? convenient
- pd . @NorthwindAirways legroom on the new A321 is a joke. im 6'1 and my knees are in the seat pocket
- pr . @JetKestrel refund "processed" 6 weeks ago. bank has nothing. ref JK-77412
- pe . @BlueHarrierAir your phone line hangs up after 20 min on hold. every. single. time.
- pr . @Paloma_Air bumped from PA33 because you overbooked. with a 2yo and a dog. thanks a lot
- pd . @AltairAirlines seat 31A is next to the toilet and smells like it. i PAID to choose this seat??
- pr . @SolanaAirways why does my booking show cancelled when I have the confirmation email??? ref QX7TRM
- pr . @VantaAir so we sat on the tarmac for 2 hrs with no AC. toddlers screaming. fun times 😐
- pe . @HaloAirUK the lady at bag drop in T2 needs a day off. shouted at a teenager over a 1kg overweight bag
- pr . @OrionSkyCare is there any point filing a claim? been 3 months. no reply.
- pd . @ZephyrLink plane was filthy. crumbs, used tissues in the seat pocket, something sticky on the window. first flight of the day
- pr . @FjordAir moved my flight from 10am to 6:40am without asking. thanks i guess
- pr c @MistralJet cancelled my return, rebooked me 2 days later. booked a train instead and I'm not coming back.
- pr . @CaspianAir baggage reclaim at 1am and it's been 75 mins. belt hasn't moved #CA221
- pe . @TerraWingsHelp DM'd you 4 times. read. no answer.
- pr . @SkyvaleAir £48 for a cabin bag that fits under the seat on every other airline. ridiculous
- pd . @AeroLumen no veggie meal even though I requested it at booking. again. 2nd time
- pr . @CoralJet oh great another "technical issue". that's what, 4 this year? 🙃
- pe,pr . @FlyMeridia your agent told me to call the airport, the airport told me to call you. who do i call now
- pr . @NorthwindAirways still no bag. still no answer. still buying clothes out of pocket. file NW-55812
- pd . @JetKestrel entertainment screen dead on a 10 hour flight. the whole row. no compensation mentioned
- pr . @BlueHarrierAir lovely to find out my flight was cancelled from the departures board rather than from you
- pe . @Paloma_Air purser on PA902 was condescending and dismissive when my wife felt ill. unacceptable
- pr . @AltairAirlines app crashed at payment, charged twice, no booking. great start to my holiday
- pr . @SolanaAirways queue for the transfer desk in FRA is 200 people long and 1 desk open. 1!!
- pd . @VantaAir the "premium" seats are the same seats with a headrest cover. £85 for a headrest cover
- pr . @HaloAirUK delay compensation form gives a 500 error. tried 3 browsers. #fixit
- pe . @OrionSkyCare crew spent the whole flight chatting in the galley and ignored the call buttons
- pr c @ZephyrLink closed my frequent flyer account today. 11 years. done.
- pr . @FjordAir "we've received your complaint" auto reply x3. is anyone actually reading these?
- pd . @MistralJet cabin was freezing the whole flight and no blankets "for hygiene reasons"
- pr . @CaspianAir 3 hours in your check in line at DXB. missed the flight anyway
- pe . @TerraWingsHelp the guy on the phone just said "not my department" and hung up
- pr . @SkyvaleAir SV90 delayed. then cancelled. then uncancelled. then delayed. what is happening
- pd . @AeroLumen tried to buy water onboard, card machine broken, no cash accepted. 4 hours no water
- pr . @CoralJet why is the price different in the app vs the website? the app is £37 more
- pr . @FlyMeridia 8 days for a response to a simple question. 8.
- pe . @NorthwindAirways pilot said nothing for the whole 2 hour delay. would a quick update kill anyone
- pr . @JetKestrel you charged me for a checked bag i didnt add. how do i get this back?? booking JK4H2P
- pr c @BlueHarrierAir switched to @SkyvaleAir for my work trips. at least their flights leave
- pd . @Paloma_Air broken seat, broken light, broken promise. 2/10
- pe,pr . @AltairAirlines wheelchair assistance never showed. my dad waited 50 mins at the gate
- pr . @SolanaAirways "minor delay" = 6 hours. noted.
- pe . @VantaAir thanks for the copy paste reply. very helpful 👏👏
- pr . @HaloAirUK missed my connection because of YOUR delay and now you want me to pay for the new ticket?????
- pd . @OrionSkyCare coffee tasted like dishwater and cost €4.50. upgrade the beans or lower the price
- pr . @ZephyrLink 2 weeks since I sent the lost item form for the laptop i left onboard. any update??
- pe . @FjordAir customer service rep called me "sweetheart" and told me to calm down. i am calm. furious but calm
- pr . @MistralJet boarding was chaos. groups called in random order, no one checking. 40 min late push back
- pd . @CaspianAir business class seat wouldn't go flat. paid 2.4k for an upright nap
- pr . @TerraWingsHelp gate change announced 5 min before boarding, other side of the terminal. i ran. still missed it
- pr . @SkyvaleAir it's been 11 weeks. eleven. voucher still not issued #SV1120
- pe . @AeroLumen nobody at the transfer desk in MAD talks to you, they just point at a QR code
- pr c @CoralJet last time i book with you. absolute joke of a company 🤡
- pr . @FlyMeridia booked seats together for me and my 4yo. you split us. rows 9 and 27. how
- pd . @NorthwindAirways wifi "free for all passengers" except it never connects lol
- pr . @JetKestrel how is it possible to lose a car seat on a direct flight
- pe . @BlueHarrierAir not one staff member at the desk in T3. queue of 80 ppl. 7am.
- pr . @Paloma_Air fare went up £60 while i was typing my passport number. nice algorithm
- pd . @AltairAirlines the "snack" was 4 pretzels. i counted.
- pr . @SolanaAirways do you ever actually pay EU261 or just hope people forget? claim #55127 filed in march
- pr . @VantaAir 90 min on hold to be told to email. i could have emailed 90 min ago
- pe . @HaloAirUK i get that the crew were stressed but telling a passenger to "shut up" over the PA is wild
- pd . @OrionSkyCare cabin smelled of fuel for the whole flight and nobody explained anything
- pr . @ZephyrLink can't select seats, can't add bags, can't check in. what CAN your app do
- pr . @FjordAir my bag arrived. without my shoes in it. lovely.
- pr c @MistralJet thats it, cancelling the june trip and going with someone reliable
- pe . @CaspianAir your social team replies "we're sorry to hear that" then vanishes. every time
- pe . @TerraWingsHelp still waiting on the callback you promised on tuesday
- pd . @SkyvaleAir 6 hour flight and the only veggie option ran out by row 10
- pr . @AeroLumen checked in, got to the airport, told the flight doesn't exist. AL7713. it's on my ticket!!
- pe,pr . @CoralJet so the answer is "nothing we can do". cool. thanks for nothing
- pr . @FlyMeridia delayed 40 min, then another 40, then another 40. just tell us the truth
- pd . @NorthwindAirways overhead bins so small my standard cabin bag had to go in the hold. what's the point
- pr . @JetKestrel 7 hours at the airport and the £5 meal voucher buys half a sandwich. #stranded
0 pr . @SkyvaleAir first time flying with you on friday, does a laptop bag count as the personal item?
0 . . @AeroLumen DM'd you
0 . . @CoralJet ok thanks will check
0 pr . @NorthwindAirways do you allow pets in the cabin on domestic flights? small dog, 5kg
0 pr . @JetKestrel what time does check in open for JK210 on thursday?
0 . . RT @BlueHarrierAir: 48h sale! return fares to Porto from £59 ✈️ #travel
0 pd . off to lisbon with @Paloma_Air next week, anyone know if they do meals on short flights?
0 pr . @AltairAirlines is there a way to add my frequent flyer number after booking?
0 . . @SolanaAirways and @VantaAir announced a codeshare today, interesting move
0 pr . @VantaAir can i take a power bank in checked luggage or only in the cabin?
0 . . @HaloAirUK sent the details over DM, ref HA-22910
0 pd . @OrionSkyCare hi, does the lounge near gate 40 accept priority pass?
0 pr . @ZephyrLink is the 07:50 to nice still running given the strike?
0 . . @FjordAir thanks, will wait for the email
0 pd . @MistralJet do your A320s have usb charging or should i bring a battery?
0 pr . @CaspianAir how early should i be at the airport for an international flight from terminal 1?
0 pr . @TerraWingsHelp can i change my return date online or do i need to call?
0 . . flying @SkyvaleAir to dublin tomorrow, wish me luck lol
0 pr . @CoralJet do infants need their own passport for flights in the schengen area? asking before i book
0 . . @NorthwindAirways ok, will try the form again later
0 pd . @JetKestrel what's the seat pitch in economy on the 787?
0 pr . @BlueHarrierAir hi i need to add a wheelchair request for my mum, booking BH8R2Q. who do i contact?
0 pr . @AltairAirlines is the student discount still available for summer bookings?
0 . . watching @SolanaAirways planes land from the airport terrace. nice evening
0 pr . @VantaAir can I pay for extra legroom at the gate or only online?
0 pd . @OrionSkyCare is there a kids menu on long haul? my son is 6
0 pr . @ZephyrLink will the sale fares be back in september? planning a trip
0 . . heading to oslo with @FjordAir tonight, first trip in 3 years
0 . s @FlyMeridia 🔥🔥 crypto signals 95% win rate, join our telegram now!! link in bio
0 . s @CoralJet @AeroLumen @SkyvaleAir cheap flights here 👉 best deals guaranteed, click the link in bio
0 . s @NorthwindAirways follow me for follow back 💯 #f4f #travelgram
0 . s @VantaAir win a FREE iphone 15!!! just retweet and follow 🎁🎁🎁
+ pe . @FlyMeridia shoutout to Marta at the desk in BCN who rebooked my whole family in 10 minutes. legend
+ pr . @SkyvaleAir landed 25 min early and bags were out before we got to the belt. who are you
+ pd . @AeroLumen never been so relaxed on a flight. comfy seats, quiet cabin, decent coffee
+ pe . @CoralJet crew on CJ114 were amazing with my nervous 5yo, she got to meet the pilot ❤️
+ pr . @NorthwindAirways refund arrived in 4 days. finally an airline that does what it says
+ pe . @JetKestrel thx for sorting my seat so fast in DM, really appreciate it
+ pd . @BlueHarrierAir not gonna lie the new business seats are unreal. slept 7 hours straight
+ pe . @Paloma_Air dropped my passport at the gate and your ground staff ran it to me before boarding closed. can't thank you enough
+ pr . @AltairAirlines online check in took 30 secs. no complaints for once 😂
+ pd . @SolanaAirways the wifi actually worked the whole way to NYC. im shocked honestly
+ pe . @VantaAir captain on VA601 kept us updated every 15 min during the delay. that's how you do it
+ pe . @HaloAirUK thank you to the crew who helped my nan with her bags and sat her by the door, she loved it
+ pd . @OrionSkyCare can't believe how good the curry was on the flight to delhi. airplane food! good!
+ pr . @ZephyrLink missed my connection due to weather, you'd already rebooked me before i landed. impressive
+ pe . @FjordAir honestly the nicest crew i've flown with in years. thank you Jonas and team
+ pr . @MistralJet lost bag turned up at my door the next morning, no fuss. thx
+ pd . @CaspianAir clean plane, working screens, actual legroom. not used to this 😅
+ pe . @TerraWingsHelp thank you for the quick reply, all sorted now 🙏
+ pr . @SkyvaleAir wasn't expecting much but boarding was smooth, on time and no drama. 10/10
+ pe . @AeroLumen the agent on the phone stayed on till my new booking was confirmed, 11pm on a sunday. thank you Priya
+ pr . @CoralJet i hate to admit it but you were faster than the train today
+ pe,pd . @NorthwindAirways upgraded on my birthday and the crew brought a little cake 🎂 made my year
+ pr . @JetKestrel compensation paid in full without me having to chase. didn't know that happened
+ pe . @BlueHarrierAir sorry for the angry tweet yesterday, your team called me back and fixed it. appreciated
+ pd . @Paloma_Air cheap, clean and on time. what more do you want
+ pe . @AltairAirlines flight attendant saw my allergy card and checked every snack with me. above and beyond
+ pr . @SolanaAirways new app is so much better, boarding pass in wallet in 2 taps 👌
+ pe . @VantaAir respect to the ground crew loading bags in the pouring rain at 5am 👏
+ pr . @HaloAirUK first flight in ages with zero delays. smooth from start to finish
## rail en tweets
- pr . @ArdenRail the 07:42 cancelled again. that's 4 out of 5 days this week. 4.
- pd . @ValleyLineRail 2 carriages on a friday evening. people standing in the toilet. every week
- pr . @SouthcrestTrains any update on my delay repay claim?? submitted 5 weeks ago, ref DR-33081
- pd . @MetroLynxTrains heating on full blast in july and the windows don't open. amazing design 🙃
- pe . @ArdenRail guard told a woman with a pram to "get off then" when she asked for help. disgusting
- pr c @KestrelLineRail season ticket not renewed. driving from now on, at least traffic is predictable
- pr . @HarbourLink_Rail signal failure at Millbrook. again. third tuesday in a row
- pd . @NordbaneTrains toilet out of order on a 4 hour journey. only one on the train. thx
- pr . @SouthcrestTrains ticket machine ate my card and the ticket office is "closed for staff training". so now what
- pr . @ValleyLineRail why is a return cheaper than a single?? your pricing makes no sense
- pe . @MetroLynxTrains no staff at the station, no info screens working, no announcements. just vibes
- pr . @ArdenRail 45 min delay so i missed my son's school play. sorry means nothing at this point
- pd . @KestrelLineRail wifi on the 18:10 is just a login page that never loads
- pr . @HarbourLink_Rail replacement bus took 2h20 for a 25 min journey. #railfail
- pe . @NordbaneTrains conductor fined me even though the station machine was broken and i showed him the photo. shameful
- pr . @SouthcrestTrains your app says on time. the board says delayed. the train says nothing. which one do i believe
- pd . @ValleyLineRail seats so grubby i stood for an hour rather than sit down
- pr . @MetroLynxTrains stuck outside the station for 35 min "waiting for a platform". every night
- pr c @ArdenRail cancelled my season ticket and bought a bike. best decision this year
- pe . @KestrelLineRail still no answer to my email from march. still waiting btw
- pr . @HarbourLink_Rail so the 17:05 just doesnt exist anymore?? no notice at all
- pd . @NordbaneTrains £89 for a standing only ticket. standing. only.
0 pr . @ArdenRail is there step free access at Eastbrook station?
0 pr . @ValleyLineRail are bikes allowed on the 08:15 to Colton on weekdays?
0 . . @SouthcrestTrains ok thanks, will apply through the website
0 . . RT @MetroLynxTrains: engineering works this weekend between Holm and Riverside, replacement buses in operation
0 pr . @KestrelLineRail do railcard discounts apply on advance tickets?
0 . . taking the @NordbaneTrains night train north on friday, never done a sleeper before
0 pr . @ArdenRail what time is the last train back from the city on sundays?
0 . s @ValleyLineRail 🚆 earn from home with my simple trading method, 300% returns!! dm for details
+ pe . @ValleyLineRail shout out to the guard on the 16:40 who helped a blind passenger all the way to his connection. class act
+ pr . @SouthcrestTrains delay repay came through in 3 days, didnt even have to chase 👍
+ pd . @NordbaneTrains the new trains are lush. quiet, clean, plug sockets that work
+ pe . @MetroLynxTrains station staff at Riverside found my wallet and handed it in with everything still in it. thank you!!
+ pr . @KestrelLineRail on time all week. all week! someone get this train a medal
+ pe . @HarbourLink_Rail thx for the quick reply, found the right ticket now
## coach en tweets
- pr . @RoadstarCoaches coach never turned up at stop 4. 1am. in the rain. no one answering the phone
- pd . @NimbusCoach the onboard toilet smelled so bad people were gagging. 6 hours of that
- pe . @BlueLineBus driver refused my suitcase as "too big" then let the next guy on with a bigger one. ok
- pr . @EuroTrekBus 3 hours late into paris. the app still said "on time" when we arrived lol
- pd . @RoadstarCoaches "free wifi and charging" - neither worked. seat belt broken too
- pr . @NimbusCoach someone else had my exact seat booked. so i sat on the floor? no. i stood
- pr c @BlueLineBus last time. paying the extra for the train from now on
- pe . @EuroTrekBus your driver smoked at every stop and was on his phone while driving. reported it, no reply
- pr . @RoadstarCoaches how do i get a refund for a coach that didnt come?? 2 weeks and nothing
0 pr . @NimbusCoach is there a luggage limit on the airport express?
0 . . @BlueLineBus ok cheers, will check at the station
0 pr . @EuroTrekBus can i change the name on a ticket or do i need a new one?
+ pe . @RoadstarCoaches driver on the 22:30 to Leeds waited for me when my train was late. top bloke
+ pd . @NimbusCoach honestly comfier than the train and half the price
+ pr . @EuroTrekBus arrived 20 min early, smooth ride, clean coach. no notes
## ferry en tweets
- pr . @SeaBridgeFerries sailing cancelled by text 40 min before departure. we were already in the queue
- pd . @IsleLinkFerry cabin smelled of damp, sheets had hair on them. £120 for that
- pr . @NorthStraitLines 2 hrs sat in the car queue at the port with no idea what's happening
- pe . @AzureCrossings crew on the car deck screamed at us to hurry, then we waited 30 mins for the ramp
- pd . @SeaBridgeFerries £14 for fish and chips that were cold in the middle. smh
- pr . @IsleLinkFerry "weather cancellation" on a flat calm day? come on
- pr c @NorthStraitLines going with @AzureCrossings next summer. can't do this again
- pr . @AzureCrossings any news on the refund for the cancelled 09:30 sailing?? booking AC-40218
- pd . @SeaBridgeFerries the "lounge" is a room with 10 chairs and a broken tv
0 pr . @IsleLinkFerry do i need to book a cabin for the overnight crossing or can i sleep in a seat?
0 pr . @NorthStraitLines are dogs allowed on deck on the short crossing?
0 . . first time taking the ferry to the islands with @AzureCrossings this weekend 🌊
+ pe . @SeaBridgeFerries staff were brilliant when my son got seasick, brought water and sat with him. thank you
+ pd . @IsleLinkFerry cabin was spotless and breakfast was actually good. well impressed
+ pr . @NorthStraitLines boarding was so quick this time, on and off in 10 min 👏
## carrental en tweets
- pr . @ZoomDriveRentals charged me £320 for a scratch that's in the pickup photos. i have the photos. explain
- pr . @PilotCarHire 2 hour queue at the airport desk with 1 staff member. booked you because "fast pickup"
- pd . @RentaRoo car reeked of smoke and the tyre pressure light was on the whole trip
- pr . @Velora_Cars deposit still not released. returned the car 3 weeks ago. ref VC-19033
- pe . @MotoRentUK desk agent pressured me into extra insurance, said my card cover "doesn't count". it does.
- pd . @ZoomDriveRentals booked a compact, got a massive van. couldnt park anywhere in the old town
- pr c @PilotCarHire never again. hidden fees everywhere. using @RentaRoo from now on
- pd . @RentaRoo booked an automatic, got a manual with a flat battery
- pr . @Velora_Cars fuel charge of €95 when i returned it full. FULL. i have the receipt
- pe . @MotoRentUK return desk closed 30 min early, staff just gone. so i leave the keys in a box and hope?
- pr . @ZoomDriveRentals your "free cancellation" took 40 euro off my refund
- pr . @PilotCarHire still waiting on a reply about the damage claim. 6 weeks. still waiting
0 pr . @RentaRoo can a second driver be added at the desk or only online?
0 pr . @Velora_Cars do you rent to drivers under 25 at the airport branch?
0 . . @MotoRentUK thanks, DM'd you the booking ref
0 pr . @ZoomDriveRentals is there a shuttle from terminal 2 to your car park?
+ pe . @PilotCarHire Dan at the Faro desk was so helpful, got us a bigger car for free for the kids 🙌
+ pr . @RentaRoo pick up took 5 min, drop off 2 min. dream
+ pd . @Velora_Cars brand new car, spotless, great price. will book again
+ pr . @MotoRentUK deposit back the same day. finally a rental company that doesn't mess you about
## telecom en tweets
- pd . @NovaMobile no signal in the whole of east district since 8am. is it just me
- pd . @BrightFibreHelp internet down for 3rd day. working from home. you do the maths
- pr . @Linkwave why did my bill go up £7 this month?? nobody told me
- pr . @Teleon any news on the engineer?? appointment was today 8-1 and its 4pm
- pe . @OrbitTelecom 2 hours on live chat and 4 different agents asked me the same questions. unreal
- pd . @PulseBroadband paying for 500mb, getting 12. speedtest attached. fix it
- pr c @QuantaMobile leaving as soon as my contract ends. porting code please
- pr . @FibreNest love getting charged for a router i returned in january 🙃
- pd . @NovaMobile calls drop every time i walk into my kitchen. my kitchen.
- pr . @BrightFibreHelp the outage checker says "no issues in your area". my router says otherwise
- pe,pr . @Linkwave your rep promised a discount on the phone. contract says no discount. that's not what your agent said
- pr . @Teleon 45 min hold, cut off, back to the start. again.
- pd . @OrbitTelecom 5G icon means nothing when pages take 30 secs to load
- pr c @PulseBroadband cancelled today after 6 years. hope the new customer discount was worth losing me
- pr . @QuantaMobile roaming charges of £62 for one weekend in france?? i thought roaming was included
- pe . @FibreNest engineer turned up, said "not my job", left. 3rd appointment wasted
- pr . @NovaMobile my esim has been "activating" for 2 days. i have no phone
- pd . @BrightFibreHelp wifi drops every night at 9pm like clockwork. netflix hour lol
- pe . @Linkwave still waiting btw. DM from tuesday
- pr c @Teleon tried to cancel, got transferred to "retentions" 3 times. just let me go
- pd . @OrbitTelecom is the network down in leeds?? no data no calls nothing
- pr . @PulseBroadband a 6 week wait for a new line. 6 weeks. in this economy
- pe,pr . @QuantaMobile your store staff told me the upgrade was free then i got a bill for £180
- pr . @FibreNest fix your app. can't even see my bill
0 pr . @Linkwave how do i get a PAC code? online or do i need to call?
0 pd . @NovaMobile does the unlimited plan include hotspot?
0 . . @BrightFibreHelp ok, restarted the router, will let you know
0 . . RT @OrbitTelecom: double data for all pay monthly customers this month, no need to do anything 📱
0 pd . @PulseBroadband is full fibre available on Ashgrove Road yet?
0 . . @Teleon DM'd with account details
0 pr . @QuantaMobile can i add a second sim to my plan for my daughter?
0 . . switching to @FibreNest next week, any tips from existing customers?
0 . s @NovaMobile @Linkwave unlock any phone in 5 mins!! cheap unlocking service DM me 📲
+ pe . @BrightFibreHelp engineer Sam fixed in 20 min what 3 others couldn't. give that man a raise
+ pr . @OrbitTelecom ported my number in 2 hours, no drama at all 👍
+ pd . @PulseBroadband 2 months with you, not one drop. gaming at 8ms ping. love it
+ pe . @QuantaMobile thx for sorting the bill so quick on chat, great service from Aisha
+ pr . @Teleon outage fixed and a credit on my account without asking. respect
+ pd . @NovaMobile signal at the festival was actually solid when everyone else's was dead 😎
+ pe . @FibreNest support answered in 2 min at 11pm. didnt expect that
## bank en tweets
- pr . @MonetaBank app down again on payday. every payday. coincidence?
- pr . @Kinsley_Bank card blocked abroad even though i told you i was travelling. stuck at the till like an idiot
- pe . @HarbourBankHelp branch staff treated my mum like she was stupid because she doesnt use the app
- pr . @TrueNorthBS 3 weeks to open a basic account. 3 weeks
- pr . @AxlePay payment "pending" for 5 days. my rent is late because of you
- pr c @MonetaBank moving my salary and savings elsewhere. 14 years a customer and you closed my branch
- pr . @Kinsley_Bank why is there a £5 fee for a paper statement
- pe . @HarbourBankHelp fraud team hung up on me twice while my account was being emptied. twice.
- pe,pr . @TrueNorthBS any update on my mortgage application? your adviser hasn't replied in 10 days
- pr . @AxlePay fix your app, face id hasn't worked since the update
- pr . @MonetaBank your chatbot said "i didn't understand that" 9 times. i counted
- pr . @Kinsley_Bank overdraft fees on a day your app wouldnt let me move money in. refund them pls
- pe . @HarbourBankHelp on hold 1h10. "your call is important to us". is it though
- pr c @AxlePay closed my account today. the frozen funds drama was the last straw
- pr . @TrueNorthBS why does a transfer to my own account take 3 days
0 pr . @MonetaBank how do i order a new card? lost mine this morning
0 pr . @Kinsley_Bank is the branch on king street open on saturdays?
0 . . @HarbourBankHelp thanks, i'll call the number on the back of the card
0 pr . @AxlePay do you charge fees for spending in USD?
0 . . RT @TrueNorthBS: our easy saver rate goes up to 4.1% from monday
0 . s @MonetaBank 💸 loan approved in 5 min no credit check!!! whatsapp us now
+ pe . @Kinsley_Bank fraud team spotted the dodgy payment and called me within minutes. thank you so much
+ pr . @AxlePay instant refund on a disputed charge. finally a bank that actually works
+ pe . @HarbourBankHelp lovely lady at the Westgate branch helped my grandad set up online banking. patient as anything
+ pd . @TrueNorthBS best savings rate i could find and no nonsense. happy customer
## insurance en tweets
- pr . @ShieldwellInsure 4 months for a claim on a burst pipe. my kitchen is still a building site
- pr . @Covana renewal quote up 48% with no claims. wow loyalty really pays 🙃
- pe . @OakmereInsurance the assessor didnt even look at the damage, took 2 photos and left
- pr c @SafeHarbourCover renewal up by £300, shopped around, gone. bye
- pr . @ShieldwellInsure any news on claim SH-88213?? been chasing since april
- pe . @Covana adjuster basically called me a liar on the phone. i have receipts for everything
- pr . @OakmereInsurance why do i need to send the same documents for the 4th time
- pr . @SafeHarbourCover travel claim rejected over a "pre existing condition" from when i was 12. seriously?
- pr . @ShieldwellInsure your portal logs me out while uploading files. every. time.
0 pr . @Covana does my home policy cover accidental damage to a laptop?
0 . . @OakmereInsurance DM'd the claim ref, thx
0 pr . @SafeHarbourCover can i add a named driver for just one weekend?
0 . s @Covana @ShieldwellInsure cheapest car insurance EVER guaranteed 🚗 visit our site, 1000s saved!!
+ pr . @ShieldwellInsure claim paid in 6 days. honestly expected a fight. thank you
+ pe . @Covana the claims handler was kind and patient after the accident. made a horrible week a bit easier
+ pr . @OakmereInsurance renewal actually went DOWN this year. who are you and what have you done with my insurer
## courier en tweets
- pr . @ParcelPilot "sorry we missed you" card. i was home. all day. doorbell works. #fakecard
- pr . @SwiftBoxUK parcel marked delivered. it's not here. neighbours don't have it. tracking SBX447120GB
- pe . @DashDrop driver threw my parcel over the gate. it was glass. it says FRAGILE on all 6 sides
- pr . @CargoKite 9 days "in transit" between two towns 30 miles apart
- pe,pr . @RelayPost how do i speak to an actual person?? your bot just sends the tracking link again
- pr,pd . @Drovio box arrived crushed and soaked, inside was a £200 jacket
- pr . @ParcelPilot left my parcel in the recycling bin. on bin day. thanks
- pr c @SwiftBoxUK asking every shop i buy from to NOT use you. not worth the stress
- pe . @DashDrop driver got really aggressive when i asked him to wait 1 min while i found my id
- pr . @CargoKite charged customs fees twice on the same parcel. refund pls. ref CK-9920
- pr . @RelayPost delivery window 8am-8pm. arrived 9:47pm. i was in bed
- pr . @Drovio parcel has been "out for delivery" for 4 days. is it going round the world
- pe . @ParcelPilot still waiting for anyone to reply to my complaint. 3rd week
- pr . @SwiftBoxUK photo of the "delivery" shows a door that isn't mine. not even the right colour lol
- pr . @DashDrop redelivery booked for tuesday. tuesday came and went. now it's "returning to sender"
- pr c @RelayPost stopped ordering from that shop because they only ship with you. great job
- pr . @Drovio wow what amazing service, 3rd parcel lost this year 👏👏
0 pr . @ParcelPilot can i change the delivery address once it's shipped?
0 pr . @SwiftBoxUK do you deliver on sundays in my area? postcode starts LS6
0 . . @DashDrop ok thanks, i'll wait until tomorrow then
0 pr . @CargoKite what's the size limit for the parcel lockers?
0 . . @RelayPost DM'd you the tracking number
0 . s @Drovio earn £££ as a self employed driver!!! apply now link in bio 🚚🚚 #jobs #hiring
0 pr . @ParcelPilot is there a way to leave a safe place instruction?
+ pe . @SwiftBoxUK our driver Kev is the best, always smiling and puts it in the porch out of the rain 😊
+ pr . @DashDrop ordered at 9, arrived at 2. same day. impressive
+ pe . @CargoKite support fixed my wrong address in minutes. thanks a lot
+ pr . @RelayPost the live tracking map is so good, knew exactly when to be home
+ pe . @Drovio driver waited while i ran downstairs with a toddler on my hip. small thing but thank you
## grocery en tweets
- pr . @FreshCartDelivers 11 substitutions out of 34 items. oat milk replaced with cream. CREAM
- pd . @GreenBasketShop eggs smashed, bread squashed under the potatoes. who packs these
- pr . @PantryRunUK delivery slot 6-7pm. it's 9:15. no call, no text
- pd . @Marketly best before date was yesterday on 3 of my items. delivered today
- pe . @FreshCartDelivers driver refused to bring the crates upstairs. i'm on crutches and said so in the notes
- pr . @GreenBasketShop missing items but still charged. 4th time. refund pls
- pr c @PantryRunUK cancelled my delivery pass. back to going to the shop myself
- pr . @Marketly app wont let me edit my order even though cutoff is 10pm and it's 7pm. fix your app
- pd . @FreshCartDelivers "large ripe avocados". they were rocks. as always
- pr . @GreenBasketShop £7 delivery fee now?? it was £3.50 last month
- pr . @PantryRunUK any news on my refund for the missing frozen stuff? 2 weeks
- pd . @Marketly frozen food arrived defrosted and dripping. in summer. in a hot van.
0 pr . @FreshCartDelivers can i add items to tomorrow's order or do i need a new one?
0 pr . @GreenBasketShop do you deliver to the new estate off Hill Lane yet?
0 . . @PantryRunUK ok will keep an eye out for the email thx
0 . . RT @Marketly: free delivery on your first 3 orders with code HELLO3 🛒
0 . s @GreenBasketShop lose 10kg in 10 days with this one weird tea 🍵 link in bio
+ pe . @FreshCartDelivers driver helped my elderly neighbour carry her shopping in too. lovely lad
+ pr . @GreenBasketShop refund for the broken eggs in 10 min, no questions asked 👌
+ pd . @PantryRunUK veg was so fresh this week, better than the shop tbh
+ pr . @Marketly on time, nothing missing, no subs. that's a first lol
## cinema en tweets
- pd . @ReelhouseCinemas £8.50 for a small popcorn. small.
- pd . @StarlightScreens sound cut out 3 times during the film and nobody came. screen 5
- pe . @PicturaCinema staff let a group talk and use phones through the whole film despite 3 complaints
- pr . @ReelhouseCinemas booking fee of £1.50 per ticket for booking online. on your own app
- pd . @StarlightScreens sticky floors, broken seats and a ceiling leak in screen 2. nice
- pr c @PicturaCinema cancelled my unlimited card. 3 showings cancelled last minute this month
- pr . @ReelhouseCinemas 25 minutes of ads before the film. i timed it
0 pr . @StarlightScreens are there subtitled showings this week?
0 pr . @PicturaCinema can i bring my own snacks in or is that banned?
0 . . going to see the new one at @ReelhouseCinemas tonight 🍿
0 . s @StarlightScreens watch all new movies free HD no signup 🎬 link in bio
+ pd . @StarlightScreens the new recliners are amazing, best cinema in town now
+ pe . @PicturaCinema staff moved us when the guy behind kept kicking our seats. cheers
## gym en tweets
- pd . @IronPulseGyms half the treadmills out of order for 3 weeks now. 3 weeks
- pr c @FlexHubFitness tried to cancel online, told i have to come in person. i moved cities. how
- pd . @CoreZoneGym showers cold again. and the changing rooms smell like a drain
- pr . @IronPulseGyms price up £8/month with 2 weeks notice. for the same broken machines
- pe . @FlexHubFitness the PT was on his phone for the whole session i paid for
- pr . @CoreZoneGym the app still says the 6am class is on. it's not. standing outside in the dark
- pd . @IronPulseGyms the aircon has been broken all summer. it's a sauna not a gym
- pd c @CoreZoneGym membership cancelled. £40 a month for a dirty gym with no staff. nope
0 pr . @IronPulseGyms can i freeze my membership for 2 months?
0 pr . @FlexHubFitness what are the opening hours over christmas?
0 . s @CoreZoneGym 💪 buy followers cheap 1k for $3!!! dm now
+ pe . @FlexHubFitness shoutout to Leah who runs the tuesday spin class, absolute energy 🔥
+ pd . @CoreZoneGym new equipment is brilliant, finally enough squat racks
## restaurant en short
+ pd . The lamb fell off the bone.
- pe . Waiter rolled his eyes when we asked for tap water.
+ . . Good.
- pd . The fish smelled like it had been sitting out since Tuesday.
+ pr . Not once did anyone make us feel rushed.
- pr . Waited 50 minutes for two salads.
+ pd . Can't remember the last time I finished a whole plate of risotto and wanted another.
- pd . The menu promised truffle, the plate delivered oil.
+ pe . our waitress remembered my wifes allergy from last visit
- pe,pd c The chef came out to argue with us about the salt, we won't be back.
+ . . Booked again for my mum's birthday before we'd even paid.
- pr,pd . They lost our reservation and sat us by the toilets.
0 . . We went on a Tuesday for lunch.
+ pd . Very tasty food and not expensive, I recommend.
- pd . Lovely decor, shame about everything on the plate.
+ pe,pd . Lovely staff, proper food, fair prices.
- pr . The bill had a service charge and a tip line, cheeky.
+ pd . the gnocchi were like little clouds omg
- pd . My steak was ordered medium and arrived the colour of a shoe.
+ pd . No complaints from a table of eight, which is a first.
- pe . Nobody checked on us once after the food came.
+ pr . Food arrived ten minutes after ordering, on a Saturday night.
- pd . Honestly I've had better lasagne from a supermarket freezer.
+ pd . Never had a bad meal here in twelve years.
- pd c Overpriced, undercooked, never again.
+ pe . The manager gave my son a colouring book and a juice without us asking.
- pd . Everything tasted of the same brown sauce.
+ . . Five stars, nothing to add.
- pe . Host was on his phone the whole time we stood at the door.
- pd . The room was so loud we texted each other across the table.
+ pd . Wine list is long and the house red is cheap and perfectly drinkable.
0 pd . Menu is mostly Italian with a couple of Greek dishes.
- pe,pr . Asked three times for the bill, gave up and went to the bar to pay.
+ pd . Dessert alone is worth the drive.
- pd . The soup was cold in the middle, like it came straight from a microwave.
+ pe,pd . The food is very good and the staff is much kind to us, we come again.
- pd . Nice try, chef.
+ pd . I didn't expect much from a place next to a petrol station but wow.
- pd . Found a plaster in my salad.
+ pr . They squeezed us in with no booking on a Friday.
## cafe en short
+ pd . Flat white was exactly how I like it, no sugar needed.
- pd . the croissant was basically yesterdays bread
+ pe . Barista knows my order before I open my mouth.
- pe . Girl at the till sighed when I asked for oat milk.
+ pd . Comfy sofas, good wifi, nobody bothers you for hours.
- pd . Eight quid for a cheese toastie is mad.
+ . . Lovely little spot.
- pd . Coffee burnt, cake dry.
+ pd . Cant stop thinking about their cardamom bun tbh
- pr . Took twenty minutes to make two lattes with no queue.
0 pd . They do coffee, tea and a few sandwiches.
+ pd . Cosy, quiet and the scones are still warm at eleven.
- pd . The tables were sticky and the floor was covered in crumbs.
+ pe . The owner asked my name and used it every time after.
- pd . Cute cups, shame the coffee inside them tastes like dishwater.
+ pd . Best hot chocolate in town, and I've tried them all.
- pe,pr . They got my order wrong twice and acted like it was my fault.
+ pd . No frills, no fuss, just a proper cup of tea.
- pd . They blast techno at nine in the morning.
+ pr . In and out in three minutes during the morning rush.
- pd . The avocado toast was one slice with a smear of green.
+ pd . Their banana bread made my grandson stop talking for once.
- pe c Was told to leave after an hour because I "wasn't spending enough", never going back.
+ . . Third visit this week and it's only Wednesday.
- pd . Milk was off and they still charged me.
+ pd . very nice cafe for study, coffe is good and cheap
- pd . Fine if you like lukewarm tea in a chipped mug.
+ pe . Staff were patient with my mum and her walker, found us the best table.
- pd . The muffin had a hair baked into it.
+ pd . Honestly the carrot cake is unreal fr fr
- pr . Card machine was "broken" so cash only, again.
+ pd . Not a single bad pastry in that whole cabinet.
- pd . Looks great on instagram, tastes of nothing.
0 . . Stopped here while waiting for the train.
+ pd . Five pounds for coffee and a slice, can't beat it.
- pe,pr . Staff chatting to each other while a queue built up out the door.
+ pd . Lovely views over the harbour and the coffee doesn't let them down.
- pd . Mediocre.
+ pe,pd . Warm welcome, warm scones, warm heart.
- pd . The "homemade" soup still had the packet taste.
## pub en short
+ pd . Sunday roast with yorkshires the size of your head.
- pd . Beer was flat and warm.
+ pe . Landlord bought our round when the football went to penalties.
- pe . Barman ignored us for ten minutes to finish his chat.
+ pd . Real fire, real ale, dog friendly, what more do you want.
- pd . The fish and chips were mostly batter.
+ . . Great pub.
- pd c Toilets were disgusting and the food was worse, not coming back.
+ pd . Pint of local bitter for under four quid in this day and age.
- pr . Kitchen closed at eight even though the sign says nine.
0 pd . Typical village pub, carpets and a dartboard.
+ pd . Quiz night is brilliant and the chips are proper chunky.
- pd . Pie was a bowl of stew with a pastry lid stuck on top.
+ pe . Bar staff sorted a quiet table for my dad who's hard of hearing.
- pd . Good atmosphere if you enjoy getting shoved by stag dos.
+ pd . The burger here beats most actual burger places.
- pr . Ordered at the bar, food never turned up, nobody had a record of it.
+ pd . never had a bad pint here
- pd . Ten pound for a gin and tonic in a pub with sticky carpet.
+ pr . Food came out fast even with the rugby on.
- pe . Bouncer was aggressive for no reason at all.
+ pd . Beer garden is a suntrap, stayed all afternoon.
- pd . Best part of the meal was the packet of crisps.
+ pe,pd . Friendly locals, friendly dog, decent steak pie.
- pd . Gravy had a skin on it like it had been sitting out.
+ pd . Not fancy but never disappoints.
- pe . Asked for a jug of water, got told to buy bottled.
+ pd . the scampi is elite no cap
- pd . Chips were frozen in the middle.
+ pd . Sticky toffee pudding worth the calories.
- . . Used to be great, new owners ruined it.
0 pe . The staff wear matching green shirts.
+ pd . Cosy in winter, always a table by the fire if you come early.
- pr . We booked for seven and weren't seated until quarter to eight.
+ pe . Lad behind the bar let me taste three ales before I chose.
- pd . Music so loud you can't hear yourself think.
+ pd . Portion of chips big enough to share with the whole table.
- pe,pd . Grumpy service, greasy food.
+ . . Will be back next weekend.
- pd . Nice enough beer, shame about the smell from the kitchen.
## pizzeria en short
+ pd . Crust has those little charred bubbles, perfect every time.
- pd . Pizza came out soggy in the middle.
+ pd . the nduja one is unreal, get it
- pr,pd . Delivery took an hour and a half and came cold.
+ pe . Pizzaiolo let my kids throw their own dough, they loved it.
- pd . Barely any cheese, like they were rationing it.
+ pd . Twelve euro for a huge margherita and a beer, fair.
- pe . Owner shouted at a waitress in front of the whole room.
+ pd . Tastes like Naples, and my nonna is from Naples.
- pd . Base was like cardboard, topping was like ketchup.
0 pd . Mostly takeaway, only four tables inside.
+ pr . Pizza ready in eight minutes, still blistering hot when we got home.
- pd c Found a long black hair in the mozzarella, never again.
+ pd . Not one slice left, and we ordered three large.
- pd . Calling this Italian is a stretch.
+ pe . Guy at the counter threw in garlic bread because we waited a bit.
- pr . They forgot the pepperoni on the pepperoni pizza.
+ pd . Best calzone I had outside of Italy, sincerely.
- pd . Nice oven, pity about the pizza.
+ . . Ten out of ten.
- pd . Twenty two pounds for a pizza I could fold into my pocket.
+ pd . Even the crusts got eaten, which never happens with my lot.
- pe . Lady on the phone hung up on me mid order.
+ pd . Tiramisu is homemade and it shows.
- pd . Burnt on the bottom, raw on top.
+ pe,pd . Very good pizza and very friendly, we go there every friday with the family.
- pd . The chairs are falling apart and the bathroom had no soap.
+ pd . Proper thin crust, none of that deep pan rubbish.
- pr . Ordered gluten free, got regular, my daughter was ill all night.
+ pr . Online ordering actually works and the driver was early.
- pd . Tasted like the frozen ones from the corner shop.
+ pd . Kept thinking about the truffle pizza all week.
- pe,pr . Waiter forgot us, then forgot our drinks, then forgot our pizzas.
+ pd . Dough is 48 hour fermented and you can taste the difference.
- pd . Pizza was okay I guess, but seven quid for a tiny pot of garlic dip is robbery.
0 . . Went with work colleagues after a meeting.
+ pd . Crispy, cheesy, cheap.
- pd . Smelled of bleach in the dining room.
+ . . Our go-to for every birthday now.
- pd . Cheapest pizza in town and you can tell.
## sushi en short
+ pd . Fish so fresh it practically still had the sea on it.
- pd . Rice was hard and cold from the fridge.
+ pe . Chef explained every piece of the omakase without being snobby.
- pd . Salmon was mushy and smelled off.
+ pd . the spicy tuna roll is dangerous, I ordered it three times
- pd . Conveyor had the same four plates going round for an hour.
+ pd . Worth every yen, sorry, every pound.
- pe . Staff barely speak to you and throw the plates down.
+ pr . They had us seated at the counter within five minutes on a busy night.
- pd . Sixteen pounds for six pieces of avocado maki.
0 pd . All you can eat option is only available on weekdays.
+ pd . No soy sauce needed, the nigiri is seasoned perfect.
- pd c Got food poisoning after the sashimi platter, will not return.
+ pd . Tiny place, huge flavour.
- pd . The miso soup was just salty water.
+ pe . Itamae gave us an extra piece of otoro because we were excited.
- pr . Ordered on the tablet, half of it never came.
+ pd . Clean counter, sharp knives, beautiful cuts.
- pd . Looked nice, tasted of fridge.
+ . . Excellent.
- pd . Tempura was soggy and greasy.
+ pd . Bento box is a steal at lunch.
- pe,pd . Unfriendly and overpriced.
+ pd . My teenager who "hates fish" ate twelve pieces.
- pd . The wasabi was clearly from a tube and the ginger was dyed pink.
+ pe . The waitress taught us how to use chopsticks properly, so kind.
- pr . Bill came to double what we expected, they charged for every refill of tea.
+ pd . Honestly better than some places I went to in Tokyo.
- pd . Gari on the floor, soy on the seats, grim.
+ pd . very fresh and good price, I am japanese and I approve
- pd . More rice than fish in every roll.
+ pd . Not cheap but you get what you pay for.
- pe . Chef was yelling at the junior staff the whole evening.
+ pd . The uni melted on my tongue.
- pd . Best thing was the green tea, which was free.
0 pd . Has both a counter and a few booths.
+ pr . Takeaway was ready exactly when they said.
- pd . Dragon roll was just a California roll with sauce.
+ pe,pd . Sake list is serious and the staff know it well.
- pr . We were told there was a 90 minute limit only after we sat down.
## burger en short
+ pd . Smash patty with crispy edges, dripping down my wrist.
- pd . Bun was stale and the patty grey.
+ pd . bro the loaded fries are insane
- pd . Fifteen quid for a burger and they charge extra for fries.
+ pe . Cashier noticed I was short a quid and said not to worry.
- pr . Forty minutes for two burgers in an empty restaurant.
+ pd . Sauce was so good I asked for a tub to take home.
- pd . Burger was raw in the middle, pink and cold.
+ pr . Order was right, hot and quick, which is rare round here.
- pe . Staff laughing at customers behind the counter.
0 pd . They have a vegan patty and a chicken option too.
+ pd . Milkshake so thick the straw stood up.
- pd c Cold fries, soggy bun, I'll stick to the chain down the road.
+ pd . Never leaves me hungry.
- pd . Great photos on the menu, sad thing in the box.
+ pd . The beef is from the farm up the road and you can tell.
- pr . They forgot the cheese, the bacon and the drink.
+ . . Best burger ever lol
- pd . Tables covered in ketchup, bins overflowing.
+ pe,pd . Friendly guys, proper burgers, good music.
- pd . Tasted like a microwave burger from a motorway services.
+ pd . Couldn't finish the double and I'm a big lad.
- pe,pd . Manager told me to "just eat it" when I said it was undercooked.
+ pd . Not greasy at all, which surprised me.
- pd . Onion rings were 90 percent batter.
+ pr . Click and collect was waiting for me on the shelf when I walked in.
- pd . It's fine if you've never had a burger before.
+ pd . Chips are twice cooked and salted properly.
- pe,pr . Took my money, then told me they'd run out of beef.
+ pd . Only place my picky kid eats everything on the plate.
- pd . Sweet potato fries were soggy and burnt at the same time.
+ pd . The secret sauce should not be legal.
- pd . Way too salty, had to drink a litre of water afterwards.
0 pr . You order at a screen and they call your number.
+ . . Would walk across town for this.
- pd . Bacon was practically raw and flabby.
+ pd . Spicy chicken burger actually spicy, not just a sprinkle of paprika.
- pd . Paying twenty quid for fast food is a joke.
+ pd . Got a burger, fries and a shake for a tenner.
- pr . The delivery driver ate some of my fries, I swear the box was half empty.
## bakery en short
+ pd . Sourdough with a crust that crackles when you squeeze it.
- pd . Bread was stale by the afternoon and still full price.
+ pe . The baker always saves me a cinnamon roll on Saturdays.
- pe . Lady behind the counter was rude to my elderly father.
+ pd . Croissants are gone by nine, get there early.
- pd . Four pounds for one croissant that shattered into grease.
+ pd . my whole office fights over the box i bring from here
- pd . Cake was dry and the icing tasted of margarine.
+ pd . Pastries as good as Paris, not exaggerating.
- pr . Ordered a birthday cake, they wrote the wrong name on it.
0 pd . Sells bread, cakes and some sandwiches at lunchtime.
+ pd . The pretzel was still warm from the oven at 4pm.
- pd c Saw a mouse run behind the display, I won't buy here again.
+ pe . Gave my toddler a free biscuit, made her day.
- pd . Pretty window display, sad flavourless cakes.
+ pd . Not a single crumb was left on the plate.
- pr . Queue took half an hour because only one person was serving.
+ pd . Rye bread like in my country, I am very happy to find this.
- pd . Brownie tasted of nothing but sugar.
- pe,pd . Staff touched money then the bread, no gloves, no tongs.
+ pd . The custard tarts alone justify the trip.
- pd . Doughnuts were hard as rocks.
+ pd . Wedding cake was the talk of the reception.
- pe,pr . Pre-ordered a loaf, they'd sold it to someone else, no apology.
+ pd . Cheap, fresh, and the bags aren't plastic.
- pd . Lovely smell, disappointing bread.
+ pr . Even with the long queue we were served inside five minutes.
- pd . The pie was mostly air.
+ pd . Can't walk past without buying something.
- . . Not what it used to be.
+ pe . Owner remembered my gluten intolerance and pointed out the safe stuff.
- pd . Sandwich had one slice of ham and a lettuce leaf.
0 . . Next to the bus stop on the high street.
+ pd . Macarons are perfect, crisp outside and chewy inside.
- pd . Cupcakes look amazing and taste like sweet cardboard.
+ pd . Best bagels this side of the Atlantic.
- pr . They charged me for six rolls and gave me four.
+ pd . Bought their sourdough starter too, that's how much I like the bread.
- pd . Fruit in the tart was going brown.
## foodtruck en short
+ pd . Tacos al pastor straight off the spit, better than some restaurants.
- pr . Waited 45 minutes in the rain for a wrap.
+ pe . The couple running it are the nicest people at the market.
- pd . Chicken was dry and the sauce tasted of nothing.
+ pd . halloumi fries hit different
- pd . Nine quid for a paper tray of noodles, half of it cabbage.
+ pr . Super quick even with the lunchtime queue.
- pe,pd . Guy serving was smoking right next to the hatch.
+ pd . Jerk chicken had real heat and smoky char.
- pd . Loaded fries were cold and soggy by the time I got them.
0 pd . Parks outside the station on Thursdays.
+ pd . Portion was so big I saved half for dinner.
- pd c Got sick after the pulled pork, won't be queuing there again.
+ pd . Worth chasing round the city for.
- pd . Fancy truck, boring food.
+ pe . Gave us free extra salsa and a wink.
- pe,pr . Got someone else's order and they wouldn't swap it.
+ . . Legend truck.
- pd . Burrito was 80 percent rice.
+ pd . Vegan options that don't taste like punishment.
- pe . Rude when I asked what was in the sauce.
+ pd . Ate standing up in the drizzle and didn't care one bit.
- pd . Grill was filthy and so was the counter.
+ pd . Honestly the bao buns are life changing.
- pr . Card only, which they didn't mention until I'd ordered.
+ pd . Eight pounds for a massive curry with rice and bread.
- pd . Greasy, oversalted and overpriced.
+ pd . My kids now ask for "the taco van" every weekend.
- pd . Used to be amazing, now it's microwaved stuff.
+ pd . Coffee from a van shouldn't be this good.
- pe,pr . They closed early with a queue of twenty people still waiting.
+ pe . Remembered my order from last week.
- pd . Falafel was dry as sand.
0 pr . They post their location on social media every morning.
+ pd . Perfect street food, messy and delicious.
- pd . Sauce bottles were crusted over and sticky.
+ pd . No regrets whatsoever, that brisket was something else.
- pd . Not bad for a snack, not worth the price though.
+ pr . They text you when your food is ready so you don't have to hover.
- pd . The crepe tasted like it had been cooked in old fish oil.
## hotelrestaurant en short
+ pe . Breakfast staff knew our room number by day two.
- pd . Full English was lukewarm and the eggs were rubbery.
+ pd . Dinner was better than the hotel deserved.
- pr,pd . Room service took ninety minutes and came with the wrong dessert.
+ pd . Sea view from every table and the fish was caught that morning.
- pe . Waiters were more interested in the wedding party than us.
+ pd . Honestly the best club sandwich I've ever had.
- pd . Thirty euro for a buffet breakfast of dried up croissants.
+ pe,pd . Very elegant restaurant, the service was perfect and the food excellent.
- pd . Menu reads like a Michelin place, plate looks like a school dinner.
0 pd . Dress code is smart casual after six.
+ pr . They held our table for an hour when our flight was delayed.
- pd c Cockroach near the coffee machine, we ate out for the rest of the stay.
+ pd . Cocktails in the lounge bar are worth staying in for.
- pe,pr . Had to ask twice for coffee and three times for the bill.
+ pe . Sommelier recommended a cheap bottle instead of upselling us.
- pd . Steak was grey and chewy for forty quid.
+ . . Lovely evening.
- pd . Freezing dining room, we ate in our coats.
+ pd . Afternoon tea with endless refills and the scones still warm.
- pd . It's a hotel restaurant and it eats like one.
+ pe,pd . Chef made me a gluten free version of everything on the menu.
- pr . They charged the room for a bottle of wine we never ordered.
+ pd . Room service burger at midnight hit the spot.
- pd . Piano was nice, food was not.
+ pe . The maitre d' sent over champagne for our anniversary.
- pd . Same soup three nights in a row.
+ pd . We didn't leave the hotel for dinner once all week.
- pe . Receptionist doubling as waiter, clearly overwhelmed and snappy.
+ pr . Breakfast served till eleven, bless them.
- pd . Juice from concentrate and coffee from a flask.
+ pd . Kids menu was actual food, not just nuggets.
- pd . Tiny portions, huge prices, big plates to hide it.
0 pe . Restaurant staff are the same people who work the bar.
+ pd . The tasting menu was worth every penny, nine courses and not one miss.
- pr . Booked dinner through reception, restaurant had no record of it.
+ pd . Views, wine, and a rack of lamb I still think about.
- pd . Elevator music and fluorescent lights, romantic it was not.
+ pe . Waiter walked me to my room with an umbrella when it poured.
- pd . Better meals on a budget airline.
## buffet en short
+ pd . So many dishes I needed three plates just to try everything.
- pd . Food sat under heat lamps until it was leather.
+ pd . Dessert table alone is worth the price.
- pd . The prawns smelled funny and the trays looked like they'd been out for hours.
+ pe . Staff refilled the trays constantly, never saw anything empty.
- pe . Waitress snatched my plate before I'd finished.
+ pd . Sixteen pounds all you can eat, unbeatable value.
- pd . Everything tasted the same, fried and beige.
+ pd . yo the sushi station actually slaps for a buffet
- pd c Half the trays empty, the other half cold, not going back.
0 pd . Price goes up after 5pm and on weekends.
+ pd . Clean, bright and the food is replaced fast.
- pd . Sneeze guards were greasy and the tongs were sticky.
+ pd . Ate enough for the whole week.
- pr . Queued for twenty minutes just to get to the carvery.
+ pd . Fresh naan coming out constantly, proper curries.
- pd . Chocolate fountain was the highlight, which tells you enough.
+ . . Good value.
- pe . Manager yelled at us for taking food to share with my kid.
+ pd . Crab legs, prawns and sushi, all fresh, for this price is crazy.
- pd . The noise was unbearable, like eating in a school canteen.
+ pd . Never left hungry, never left unhappy.
- pr . Drinks were "included" until the bill arrived.
+ pd . Nice variety for vegetarian people, I am vegetarian and I eat very good.
- pd . Mashed potato from powder, gravy from granules.
+ pe . Chef at the grill cooked my steak fresh to order.
- pe,pd . Kids were sticking hands in the salad bar and nobody cared.
+ pd . Weekend brunch spread is enormous.
- pd . Paid for a seafood buffet, found two sad mussels.
+ pr . Seated straight away even with a group of fifteen.
- pd . The plates were still wet and smelled of old dishcloths.
+ pd . Everything was hot, which is half the battle with buffets.
- pd . Fine for the price, but the price is the only good thing.
0 pr . You pay at the entrance before you sit down.
+ pd . My dad went back for thirds of the roast beef.
- pe,pr . 90 minute limit strictly enforced, they started clearing our table at 85.
+ pd . Indian, Chinese and Italian all in one and none of it bad.
- pd . Dessert was just supermarket cake cut into squares.
+ pd . Dining room spotless, toilets too.
- pd . Lots of choice, none of it worth choosing.
## restaurant en ratings
+ . . Very good.
+ . . Five stars.
+ . . 10/10 would come again.
+ . . Solid five stars from us.
- . . Zero stars if I could.
- . . One star, and that is generous.
- . . Two stars at most.
"""
