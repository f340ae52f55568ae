"""A sixth set of hand-written comments for the learned layer, 934 in English,
written for this project without opening the rules, the other examples or the bench sets:

- 520 short public posts addressed to a service business ("## business en tweets":
  airlines, rail and bus companies, phone providers, banks, parcel and food delivery,
  utilities, hotel chains, shops), as customers write them on social media: a made-up
  handle, abbreviations, emoji, complaints asked as questions or said in irony ("great,
  another 2hr delay, love it"), plain questions, thanks;
- 414 one-sentence reviews of restaurants, cafés, bars and takeaways ("## business
  en short"): praise that names no feeling ("the portions were enormous"), praise by
  denial ("not a single thing wrong with it"), complaints in polite or ironic words
  ("I wanted to love this place"), and a few plain statements (six the same as an
  example before them, "Avoid." and "Never again." among them, are left out here).

Each set was first read by the analysis as it stood (its figures are in bench/README.md,
issue 25), then its misses were read and a few rules written from them, so these
examples are no held-out evidence for those rules. Their weight against the examples
before them was chosen by cross-validation on our examples alone
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
"""
