"""Comment analysis on our own comments written for this bench, kept apart from the
training examples and never used to choose a limit or a rule.

    .venv/bin/python -m bench.textlens_own [--set second|third|fourth|fifth|sixth]

194 short comments across 15 kinds of service business (restaurants, hotels, clinics,
pharmacies, garages, banks, phone and internet providers, public transport, gyms, hair
salons, shops, delivery, trades, florists, utilities), in English, French and Spanish,
written after the rules and examples of this round were frozen and labelled by hand: per
line the business, the sentiment (- 0 +), the Ps (pe people, pr process, pd product, or .)
and flags (c churn, s spam, or .). Prints sentiment accuracy (spam left out), P macro-F1,
churn F1 and spam F1, each beside VADER (sentiment) and per language, with the confusion
matrix of the sentiment.

`--set second` reads the second set instead (`bench/textlens_own_second.py`, 600 comments,
40 per kind of business, written without opening the analysis's rules, lexicons or
examples and frozen before it was first measured) and prints the same figures; `--set
third` the third (`bench/textlens_own_third.py`, 450 comments written the same way),
`--set fourth` the fourth (`bench/textlens_own_fourth.py`, 450 more, written after the
leaving and spam rules of issue 25's fourth run); `--set fifth` the fifth
(`bench/textlens_own_fifth.py`, 420 more, written during issue 25's run of 2026-12-06);
`--set sixth` the sixth (`bench/textlens_own_sixth.py`, 419 more, written after the
examples of issue 25's fifth development round were frozen).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bench import (
    textlens_own_fifth,
    textlens_own_fourth,
    textlens_own_second,
    textlens_own_sixth,
    textlens_own_third,
)
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

from servicegap.textlens import analysis, learn
from servicegap.textlens.sentiment import plain_vader

_TOPIC = {"pe": "people", "pr": "process", "pd": "product"}
_SENT = {"-": "negative", "0": "neutral", "+": "positive"}
_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "est",
        "était",
        "une",
        "des",
        "pour",
        "mais",
        "très",
        "je",
        "nous",
        "vous",
        "avec",
        "pas",
    ]
)
_SPANISH = frozenset(
    [
        "el",
        "los",
        "las",
        "es",
        "muy",
        "pero",
        "con",
        "una",
        "del",
        "por",
        "me",
        "nos",
        "sin",
        "llegó",
    ]
)

COMMENTS = """
restaurant + pe,pd . Our server Marta remembered my allergy from last time and the risotto was spot on.
restaurant - pr . Forty minutes between starters and mains, and the place was half empty.
restaurant 0 pd . Any chance of a kids menu at lunchtime?
restaurant - pe,pr,pd . Lovely pasta and a charming waiter, but we had to wave for ten minutes to get the bill and in the end we paid at the bar.
restaurant - pd c Portions have shrunk and the price has gone up. We won't be back.
restaurant + pr . Booked for six, turned up as eight, they found us a bigger table in minutes. Star service.
restaurant 0 . . It was ok. Nothing we'd rave about.
restaurant - pe . The manager told us to leave because another party had booked our table.
restaurant + pd . Best ramen in town, broth was rich and the noodles had bite.
restaurant - pd . Burger was raw in the middle.
restaurant 0 . s Amazing post! I bookmarked your website, keep it up admin.
restaurant - pr c Waited an hour for a takeaway. We'll order from the Indian next door from now on instead.
restaurant + pe . J'ai oublié mon sac et le serveur m'a couru après dans la rue. Merci !
restaurant - pr . La cuisine était bonne mais le service beaucoup trop lent, une heure pour le dessert.
hotel + pe,pr . Our room wasn't ready, so reception upgraded us and gave us drinks at the bar while we waited. Couldn't have been nicer.
hotel - pd . The shower was lukewarm at best and the towels were thin.
hotel - pe,pd c Dirty bathroom and a receptionist who shrugged. Never again.
hotel 0 pr . Do you offer late checkout on Sundays?
hotel + pd . Spotless room, comfy bed, fantastic view over the harbour.
hotel - pr . They charged my card twice for one night and it took three weeks to get the money back.
hotel - pr c After the double booking fiasco we will be putting our conference guests up at another hotel.
hotel + pe . Housekeeping found my wedding ring down the side of the bed and kept it safe for me. So grateful.
hotel 0 pd . Breakfast was standard, does the job.
hotel - pe,pd . L'hôtel est bien situé mais la chambre sentait le tabac et personne n'a voulu nous changer.
hotel + pe,pd . Habitación limpia y el personal de recepción muy amable.
hotel - pr . Tardaron más de una hora en darnos la habitación.
hotel 0 . s Dating site for singles in your area, free sign up, no card needed
clinic + pe . Dr Okafor listened properly and did not rush me at all.
clinic - pr . Appointment at 9.10, seen at 10.45. No one explained the delay.
clinic - pe . The receptionist rolled her eyes when I asked for a same-day appointment.
clinic + pr . My appointment got cancelled because the doctor was ill, but they rebooked me for the next morning without any fuss.
clinic - pr c I'm moving to another practice, you can never get through on the phone in the morning.
clinic 0 pr . Can I book blood tests online?
clinic + pe,pr . Quick, efficient and the nurse was so gentle with my daughter.
clinic - pe,pr . Lovely GP but getting an appointment is a nightmare, three weeks for a routine check.
clinic - pr . Results were lost and I had to have the bloods taken again.
clinic + pe . Le médecin a pris le temps de tout m'expliquer, très rassurant.
clinic - pr . Esperé dos horas en la sala de espera con cita previa.
clinic 0 . s Cheap diet pills, lose weight fast, whatsapp +44 7700 900456
pharmacy + pe . The pharmacist spotted that two of my medicines clash and phoned my GP. Could have saved my life.
pharmacy - pr . My prescription still isn't ready after four days.
pharmacy - pr c Moving my repeat prescriptions to the chemist on the high street, fed up of chasing.
pharmacy 0 pd . Do you stock the sugar-free version of this cough syrup?
pharmacy + pr . They were out of my inhaler but had it delivered to my door the same evening.
pharmacy - pe . Staff chatting behind the counter while a queue built up to the door.
pharmacy 0 . . Fine, quick in and out.
pharmacy + pe . The lady at the counter is always so kind to my mum.
pharmacy - pr . On m'a donné le mauvais dosage, heureusement que j'ai vérifié.
pharmacy + pe . La farmacéutica me explicó todo con mucha paciencia.
pharmacy 0 . s Buy cialis and viagra without prescription, best price, call 0203 555 0142
pharmacy - pr,pd . The queue was out of the door and then they didn't have half my prescription.
pharmacy + pe,pr . I'd forgotten my repeat prescription, the pharmacist gave me an emergency supply and sorted it with the surgery the same day.
garage + pr . Car in at 8, back by 4, fixed first time and cheaper than quoted.
garage - pr . Promised the car on Tuesday, finally got it back the following Monday.
garage - pe c Would not recommend this garage to anyone, they tried to charge me for work they never did.
garage + pe . Honest mechanic, told me the part didn't need replacing yet. Can't fault him.
garage - pd . Brakes still squeal after the so-called repair.
garage 0 pr . Do you do MOTs on Saturdays?
garage - pe,pr . Nice enough lads but nobody rang when the car was ready, I had to chase twice.
garage + pr . Ils ont trouvé la panne en dix minutes et réparé dans la journée.
garage - pr c Je change de garage, trois semaines pour un simple changement de pneus.
garage 0 . s Best car insurance quotes online, save up to 70 percent, click here http://cheap-cover.site
garage + pe,pr . Broke down on the motorway and their recovery guy was there in thirty minutes, calm and friendly.
garage - pd . The courtesy car was filthy and the fuel light was on.
bank + pe . Card got cloned abroad, the fraud team sorted everything in one call and the money was back in two days.
bank - pr . Three weeks to open a basic account. Ridiculous.
bank - pr c Closing my account and moving my salary elsewhere.
bank 0 pr . Is the branch open on Saturday mornings?
bank - pe . The adviser was patronising and kept talking over me.
bank + pr . App is quick and the transfer went through instantly.
bank - pe,pr . On hold for fifty minutes then cut off.
bank + pe . I left my old bank for you two years ago and I have never regretted it.
bank - pr c Je ferme mon compte, les frais ont encore augmenté sans prévenir.
bank - pr c Me cambio de banco, cada mes me cobran una comisión nueva.
bank 0 . s Need a loan today? Bad credit ok, instant approval, text 07700 900777
bank 0 . . Nothing special, it's a bank.
bank + pe . The cashier noticed I looked confused with the machine and came over to help. Lovely touch.
phone - pr c I've asked for my PAC code. Six weeks of dropped calls is enough.
phone - pe,pr . Transferred four times and nobody could explain my bill.
phone + pe . The lad in the store set up my new phone and moved all my photos over. Top bloke.
phone - pd . No signal in my own kitchen.
phone - pr c Not renewing my contract in March, the price rise is a joke.
phone 0 pd . Does the new tariff include roaming in the US?
phone + pr . Internet went down, engineer booked for the next morning and it has been perfect since.
phone - pr . Broadband promised for the 3rd, still not connected on the 20th.
phone + pr . Porting my number to you was painless, took one afternoon.
phone - pr c Portabilidad pedida, me voy a otra compañía, llevo un mes sin fibra.
phone - pe . Le conseiller m'a raccroché au nez.
phone 0 . s qwertyuiop asdfghjkl zxcvbnm
phone - pe,pr,pd . Shop staff were friendly but the phone they sold me was faulty and the replacement took a month.
transport + pe . The driver waited for me when he saw me running for the bus. Made my day.
transport - pr . The 7.42 was cancelled again with no announcement.
transport - pd . Carriage was packed and the air con was broken. Horrible journey.
transport - pr c Not renewing my season ticket, I'll drive from now on.
transport + pr . I left my laptop on the train and lost property had it ready for me the next morning.
transport 0 pr . Will there be a replacement bus service during the engineering works?
transport - pe . The ticket inspector was aggressive with a teenager who had the wrong ticket.
transport + pd . New trains are clean and quiet, plugs at every seat.
transport - pr . El autobús pasó de largo sin parar, esperé otros cuarenta minutos.
transport - pr . Le train avait une heure de retard et aucune information en gare.
transport 0 . . Average journey, nothing to report.
transport 0 . s Just finished that new crime novel, the author nailed the final chapter, what a twist.
transport + pr . Train arrived five minutes early for once. Lovely surprise.
gym + pe . Coach Amy pushes you hard but always checks your form. Best class in town.
gym - pd . Half the treadmills have been out of order for a month.
gym - pr c I want to cancel my membership. The classes are always full.
gym - pr c We won't be renewing the family membership.
gym 0 pr . Could you put more evening yoga sessions on?
gym + pd . Changing rooms are always spotless.
gym - pe . Staff at the desk ignore you until they finish their conversation.
gym - pe,pd . Great trainers but the showers have been cold all winter.
gym - pr c Me doy de baja, han cambiado los horarios sin avisar.
gym + pe . Le coach est super motivant et toujours à l'écoute.
gym 0 . s Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.
gym + pr . I switched to you from the big chain down the road and the booking app is so much better.
gym 0 . . It's fine for the price.
salon + pe,pd . Sara listened to exactly what I wanted. Best colour I've ever had.
salon - pr . Booked for 2, sat in the chair at 2.45.
salon - pd . The cut is uneven on one side.
salon + pe . My usual stylist was off sick, they called me the day before and another stylist was just as good.
salon - pe c Rude, rushed, and charged me extra. Won't be going back.
salon 0 pr . Do you take walk-ins on Fridays?
salon + pe . Absolute legend, fixed a box dye disaster in one go.
salon - pe,pd . The girls are lovely but my colour washed out in a week.
salon + pe,pd . La coiffeuse est adorable et la coupe est parfaite.
salon - pr . Llegué a mi hora y me hicieron esperar media hora.
salon 0 . s Check out my channel for hair tutorials, subscribe and follow for more!!
salon 0 . . Okay, nothing special.
salon - pr c I'll be booking somewhere else from now on, third time my appointment was moved.
shop + pe . The assistant went out of her way to find my size in the stockroom.
shop - pr . Only one till open and a queue of fifteen people.
shop - pd . Jumper bobbled after one wash.
shop + pr . Returned a faulty kettle without a receipt, swapped no questions asked.
shop 0 pd . Will you be getting the blue ones back in stock?
shop - pe . Security guard followed me round the whole shop.
shop - pe,pr c We shop at the supermarket across the road instead now, staff there actually help.
shop + pd . Great range, fair prices, always find what I need.
shop 0 . . Not the worst, not the best.
shop - pe . La vendedora estaba con el móvil y ni nos miró.
shop + pe . La vendeuse a été très patiente avec ma mère.
shop 0 . s The soundtrack of that film is a masterpiece, the actors were brilliant.
shop - pr . Online said in stock, drove forty minutes and they had none.
delivery + pr . Parcel came a day early and the driver put it in the shed as asked.
delivery - pr . Marked as delivered, nothing at the door.
delivery - pe . Courier threw my parcel over the gate.
delivery - pr c Third missing parcel this year, cancelling my subscription.
delivery + pe,pr . Driver rang to say he was running ten minutes late. Appreciated the heads up.
delivery - pd . Box arrived crushed and the glasses inside were smashed.
delivery 0 pr . Can I choose a delivery slot in the evening?
delivery - pr . Le colis est arrivé avec cinq jours de retard.
delivery - pr . El pedido llegó incompleto y nadie responde a los correos.
delivery 0 . s Earn money from home, 300 a day, message me on telegram
delivery + pr . Ordered at 9, at my door by noon. Impressive.
delivery - pr,pd . Food turned up an hour late and cold.
delivery - pr c We've started ordering our groceries from the other supermarket instead.
trades + pe . Electrician turned up on time, explained everything and left the place cleaner than he found it.
trades - pr . Plumber didn't show up and didn't call.
trades - pd . The new tap is already leaking.
trades + pr . Boiler broke on Christmas Eve, fixed the same day. Heroes.
trades - pe,pr . Nice guy but the job took three days longer than quoted.
trades 0 pr . Do you give free quotes for loft insulation?
trades - pe c Would not recommend them to anyone, shoddy work and rude when challenged.
trades + pe,pd . Our painter was tidy and the finish is flawless.
trades - pr . L'artisan devait venir mardi, toujours personne vendredi.
trades + pe . El fontanero vino el mismo día y fue muy amable.
trades 0 . s sdfsdfsdf jkjkjk
trades - pr . Had to ask three times for the invoice.
trades + pe . Can't fault the work or the attitude.
florist + pe,pd . The bouquet for my mum's funeral was beautiful and they were so gentle on the phone.
florist - pr . Birthday flowers arrived the day after the birthday.
florist - pd . Half the roses were wilted on arrival.
florist + pr . The order got mixed up but they sent a fresh bouquet within the hour plus a card apologising.
florist 0 pd . Could you add more plants for offices to the website?
florist - pe c After how they spoke to me I'll be buying my flowers elsewhere.
florist + pd . Flowers lasted nearly three weeks, amazing.
florist - pe,pd . Lovely shop, shame the arrangement looked nothing like the picture.
florist + pe,pd . Le fleuriste a été adorable et le bouquet magnifique.
florist - pr . Las flores llegaron tarde y sin la tarjeta.
florist 0 . s Nice article, thanks for sharing, very informative.
florist 0 . . The flowers were fine.
florist + pr . Arrived early, beautifully wrapped.
utility - pr . Four estimated bills in a row even though I send readings every month.
utility - pe,pr . On hold for an hour and the agent hung up.
utility - pr c Switching supplier, I've had enough.
utility + pe . The engineer fitting my smart meter was polite and quick.
utility 0 pr . Is there a way to pay quarterly instead of monthly?
utility - pr c Please cancel my direct debit, I have moved to another supplier.
utility + pr . My bill was wrong, one email and it was corrected within a day. No fuss.
utility - pr c Je résilie mon contrat, trois factures fausses d'affilée.
utility - pr c No voy a renovar el contrato de la luz con ustedes.
utility 0 . s Bitcoin investment, guaranteed returns, dm me
utility - pr . Water off for two days with no warning.
utility 0 . . Service is alright, nothing to complain about really.
utility - pe,pr . Friendly advisers but they never call back when they say they will.
"""


@dataclass(frozen=True)
class Comment:
    business: str
    sentiment: str
    topics: frozenset[str]
    churn: bool
    spam: bool
    text: str

    @property
    def language(self) -> str:
        words = set(learn.tokens(self.text))
        if len(words & _FRENCH) >= 2 or "'" in self.text and len(words & _FRENCH) >= 1:
            return "fr" if len(words & _FRENCH) >= len(words & _SPANISH) else "es"
        if len(words & _SPANISH) >= 2:
            return "es"
        return "en"


def comments(source: str = COMMENTS) -> list[Comment]:
    out = []
    for line in source.strip().splitlines():
        business, sentiment, topics, flags, text = line.split(maxsplit=4)
        out.append(
            Comment(
                business,
                _SENT[sentiment],
                frozenset() if topics == "." else frozenset(_TOPIC[t] for t in topics.split(",")),
                "c" in flags,
                "s" in flags,
                text,
            )
        )
    return out


def vader_label(text: str) -> str:
    c = plain_vader(text)
    return "positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral"


def figures(rows: Sequence[Comment]) -> dict[str, float]:
    said = [analysis.analyse(c.text) for c in rows]
    kept = [(c, a) for c, a in zip(rows, said, strict=True) if not c.spam]
    out = {
        "n": len(rows),
        "sentiment accuracy": accuracy_score(
            [c.sentiment for c, _ in kept], [a.sentiment for _, a in kept]
        ),
        "VADER sentiment accuracy": accuracy_score(
            [c.sentiment for c, _ in kept], [vader_label(c.text) for c, _ in kept]
        ),
    }
    per_p = [
        f1_score(
            [p in c.topics for c, _ in kept], [p in a.topics for _, a in kept], zero_division=0
        )
        for p in learn.TOPICS
    ]
    out["P macro-F1"] = sum(per_p) / 3
    out.update({f"  {p} F1": f for p, f in zip(learn.TOPICS, per_p, strict=True)})
    out["churn F1"] = f1_score(
        [c.churn for c, _ in kept], [a.churn_signal for _, a in kept], zero_division=0
    )
    out["spam F1"] = (
        f1_score([c.spam for c in rows], [a.spam for a in said], zero_division=0)
        if any(c.spam for c in rows)
        else float("nan")  # no spam among these: no F1
    )
    return out


SETS = {
    "first": COMMENTS,
    "second": textlens_own_second.COMMENTS,
    "third": textlens_own_third.COMMENTS,
    "fourth": textlens_own_fourth.COMMENTS,
    "fifth": textlens_own_fifth.COMMENTS,
    "sixth": textlens_own_sixth.COMMENTS,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set",
        choices=SETS,
        default="first",
        help="first: the 194 comments of this file; second: bench/textlens_own_second.py; "
        "third: bench/textlens_own_third.py; fourth: bench/textlens_own_fourth.py; "
        "fifth: bench/textlens_own_fifth.py; sixth: bench/textlens_own_sixth.py",
    )
    rows = comments(SETS[parser.parse_args(argv).set])
    analysis.base_model()
    print(f"{len(rows)} comments; languages {dict(Counter(c.language for c in rows))}")
    print()
    groups = {"all": rows} | {
        lang: [c for c in rows if c.language == lang] for lang in ("en", "fr", "es")
    }
    results = {name: figures(group) for name, group in groups.items()}
    print("| measure | " + " | ".join(groups) + " |")
    print("|---|" + "---|" * len(groups))
    for key in results["all"]:
        cells = " | ".join(
            f"{results[g][key]:.3f}" if key != "n" else str(results[g][key]) for g in groups
        )
        print(f"| {key} | {cells} |")
    kept = [c for c in rows if not c.spam]
    said = [analysis.analyse(c.text).sentiment for c in kept]
    classes = list(learn.SENTIMENTS)
    print()
    print("Sentiment, spam left out (rows: gold; columns: said)")
    print()
    print("| gold \\ said | " + " | ".join(classes) + " |")
    print("|---|---|---|---|")
    matrix = confusion_matrix([c.sentiment for c in kept], said, labels=classes)
    for c, line in zip(classes, matrix, strict=True):
        print(f"| {c} | " + " | ".join(str(n) for n in line) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
