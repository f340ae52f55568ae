"""The demo's people: scenarios, tests and grades, coaching, rule bends, interviews, ideas
and a training proposal.

Scenarios are the originals written below, plus three made from the demo's own lapses (a
failed audit answer, an unhappy comment and a recovery case) through the same drafts the
"make a scenario from this" links use. Over four months the Old Town and Station Square
teams took tests, some graded blind by two graders. Answers of employees without a login
are written as rows; the staff login's answer and every grade go through the workflow
functions. Ideas are in every status; the adopted one (a callback time for delivery
questions) was tried at Old Town and Station Square from two months ago and is on the card.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from servicegap.audits.models import AuditAnswer, Kind, Result
from servicegap.core.demo import DemoContext
from servicegap.core.models import P, Role
from servicegap.people import coaching, ideas, interviews, scenarios, training
from servicegap.people.models import (
    InterviewQuestion,
    RubricPoint,
    ScenarioAttempt,
    TrainingProposal,
)

# title, P, step, difficulty, situation, customer's lines, rubric (text, scale, 1/3/5,
# critical), responses to choose from (text, right)
ORIGINALS = [
    (
        "Where is my delivery?",
        P.PROCESS,
        "Phone order",
        2,
        "A regular calls at 19:40: the order placed at 19:00 has not arrived. The driver "
        "is out and you cannot see where.",
        "I ordered forty minutes ago. Where is it? I have guests waiting.",
        [
            ("Gives an answer or a set time on this call instead of asking to call back",
             "pass_fail", "Asks the caller to call back in 20 minutes.", "",
             "Finds out while the caller holds, or names a time and calls back.", True),
            ("Acknowledges the guests waiting", "levels", "Ignores it.",
             "Says sorry.", "Says sorry and offers something for the table.", False),
        ],
        [
            ("Can you call back in 20 minutes? I will know more then.", False),
            ("Let me check with the driver now; stay on the line, it takes a minute.", True),
            ("Deliveries take as long as they take on a Friday.", False),
        ],
    ),
    (
        "Flowers for a happy day",
        P.PEOPLE,
        "Flower and gift orders",
        2,
        "A loyal customer orders white lilies. A new clerk assumes a funeral.",
        "White lilies, please, the big bunch.",
        [
            ("Asks what the occasion is instead of assuming", "pass_fail",
             "Asks when the funeral is.", "", "Asks who they are for and the occasion.", True),
            ("Suggests a card message that fits", "levels", "No card offered.",
             "Offers a blank card.", "Offers a message that fits the occasion.", False),
        ],
        [],
    ),
    (
        "A complaint met with a shrug",
        P.PEOPLE,
        "Complaint handling",
        3,
        "A guest complains that the main course came cold. The supervisor on duty listens "
        "with folded arms and says the kitchen is busy.",
        "It was cold. Does anyone here care?",
        [
            ("Shows concern in words and body language", "levels", "Shrugs, blames the kitchen.",
             "Apologises politely.", "Apologises, sits down or kneels, and means it.", True),
            ("Offers a remedy within the empowerment budget without asking", "levels",
             "Offers nothing.", "Offers a discount after asking the manager.",
             "Offers a fresh plate and a dessert at once.", False),
        ],
        [],
    ),
    (
        "Half portions are not on the menu",
        P.PROCESS,
        "Ordering",
        1,
        "An elderly guest asks for half a portion of the fish. The till has no button for it.",
        "I could never finish all that. Half, please?",
        [
            ("Finds a way to say yes", "pass_fail", "Says the till cannot do it.", "",
             "Serves half and charges fairly.", False),
        ],
        [
            ("Sorry, the system does not allow it.", False),
            ("Of course; I will ask the kitchen for half and charge you less.", True),
        ],
    ),
    (
        "Angry before a word",
        P.PEOPLE,
        "Greeting",
        3,
        "A man walks in, red-faced, and stands at the desk without speaking.",
        "",
        [
            ("Greets calmly and lets him speak first", "levels", "Asks 'how many?'.",
             "Greets him.", "Greets him by name if known, and waits.", False),
            ("Does not take it personally", "levels", "Answers back.", "Stays neutral.",
             "Stays warm and asks how to help.", False),
        ],
        [],
    ),
]  # fmt: skip

QUESTIONS = [
    (
        "Tell me about a time in a past job that you broke the rules for a customer.",
        "A real story: the rule, why it did not fit, what it cost and what happened.",
        "Never having done so; or breaking a safety rule.",
        "Complaint handling",
    ),
    (
        "A guest says the steak is overcooked after eating half. What do you do?",
        "Thanks the guest, offers a fresh one, does not argue.",
        "Argues about the half eaten.",
        "Serving",
    ),
    (
        "What would you do if the till could not do what a guest asked?",
        "Looks for a way to say yes and tells the manager afterwards.",
        "Blames the system.",
        "Payment",
    ),
    (
        "How do you greet someone who looks upset before they speak?",
        "Calm, warm, lets them speak first.",
        "Jokes or ignores it.",
        "Greeting",
    ),
]

IDEAS = [
    ("Give callers a set callback time for delivery questions", "hassle", "Phone order"),
    ("Warm towels after seafood", "delight", "Serving"),
    ("Pay at the table with a phone", "hassle", "Payment"),
    ("Remember regulars' usual order", "delight", "Ordering"),
    ("Card messages for every bouquet", "delight", "Flower and gift orders"),
    ("Give callers a time to call back about their delivery", "hassle", "Phone order"),
]


def seed(context: DemoContext) -> list[str]:
    if not context.journey_steps or not context.behaviours:
        return ["People: no service card, nothing to build on"]
    members = context.members
    owner, manager, supervisor, staff = (
        members[Role.OWNER],
        members[Role.MANAGER],
        members[Role.SUPERVISOR],
        members[Role.STAFF],
    )
    library = _originals(context, owner)
    library += _from_lapses(context, supervisor)
    attempts = _tests(context, library[:5], manager, supervisor, staff)
    notes = _coaching(context, supervisor)
    plays, stepped = _role_plays_and_stepping_in(context, library, supervisor)
    notes += stepped
    retired = _retire_one(library[5:])
    bends = _bends(context, staff, supervisor, manager)
    candidates = _interviews(context, manager, supervisor)
    made = _ideas(context, owner, manager, staff, supervisor)
    proposal = _training(context, manager, library)
    graded = sum(1 for a in attempts if a.graded_at)
    return [
        f"People: {len(library)} scenarios ({len(library) - len(ORIGINALS)} from lapses), "
        f"{len(attempts)} tests ({graded} graded), {plays} role-plays, {notes} coaching notes "
        f"({stepped} stepping in), {retired} retired scenario, {bends} rule bends, "
        f"{candidates} candidates, {made} ideas, "
        f"{'a training proposal' if proposal else 'no training proposal'}"
    ]


def _behaviour_of(context: DemoContext, step_name: str):
    for behaviour in context.behaviours:
        if behaviour.standard.step.name == step_name:
            return behaviour
    return None


def _originals(context: DemoContext, owner) -> list:
    made = []
    for title, p, step_name, difficulty, situation, lines, rubric, choices in ORIGINALS:
        step = context.journey_steps.get(step_name)
        scenario = scenarios.create_scenario(
            context.organization, title=title, situation=situation, customer_lines=lines,
            p=p, step=step, difficulty=difficulty, by=owner,
        )  # fmt: skip
        card = _behaviour_of(context, step_name)
        if card is not None:
            scenarios.add_point(scenario, behaviour=card, scale=RubricPoint.Scale.PASS_FAIL)
        for text, scale, one, three, five, critical in rubric:
            scenarios.add_point(
                scenario, text=text, scale=scale, level_1=one, level_3=three, level_5=five,
                is_critical=critical,
            )  # fmt: skip
        for text, best in choices:
            scenarios.add_choice(scenario, text=text, is_best=best)
        made.append(scenario)
    return made


def _from_lapses(context: DemoContext, supervisor) -> list:
    from servicegap.feedback.models import Response
    from servicegap.recovery.models import Case

    org = context.organization
    drafts = []
    answer = (
        AuditAnswer.objects.filter(organization=org, result=Result.FAIL, is_counted=True)
        .select_related("location", "step", "behaviour")
        .order_by("-performed_at")
        .first()
    )
    if answer is not None:
        drafts.append(scenarios.draft_from_answer(answer))
    response = (
        Response.objects.filter(organization=org, people__lte=2)
        .exclude(comment="")
        .select_related("location", "step")
        .order_by("-submitted_at")
        .first()
    )
    if response is not None:
        drafts.append(scenarios.draft_from_response(response))
    case = Case.objects.filter(organization=org).exclude(what_happened="").first()
    if case is not None:
        drafts.append(scenarios.draft_from_case(case))
    made = []
    for draft in drafts:
        scenario = scenarios.create_scenario(
            org, title=draft.title, situation=draft.situation,
            customer_lines=draft.customer_lines, p=draft.p, step=draft.step, by=supervisor,
            draft=draft,
        )  # fmt: skip
        if not scenario.points.exists():
            scenarios.add_point(
                scenario, text="Puts the customer's problem right in the first reply",
                level_1="Explains why it went wrong.", level_3="Apologises.",
                level_5="Apologises and fixes it at once.",
            )  # fmt: skip
        made.append(scenario)
    return made


def _at(context: DemoContext, days_ago: int, hour: int = 15) -> datetime:
    day = context.today - timedelta(days=days_ago)
    return min(datetime.combine(day, time(hour), context.organization.tz), context.now())


def _tests(context: DemoContext, library, manager, supervisor, staff) -> list:
    """Four monthly rounds at Old Town and Station Square; Old Town's graded blind by two."""
    rng = context.rng
    made = []
    locations = [loc for loc in context.locations if loc.name in ("Old Town", "Station Square")]
    for round_number, days_ago in enumerate((120, 90, 60, 30, 5)):
        scenario = library[round_number % len(library)]
        for location in locations:
            double = location.name == "Old Town" and round_number % 2 == 0
            assigned_on = context.today - timedelta(days=days_ago)
            assignment = scenarios.assign_scenario(
                scenario, location=location, due_on=assigned_on + timedelta(days=14),
                by=manager, double_graded=double, today=assigned_on,
            )  # fmt: skip
            assignment.__class__.objects.filter(pk=assignment.pk).update(
                assigned_at=_at(context, days_ago, 9)
            )
            for attempt in assignment.attempts.select_related("employee"):
                if days_ago <= 5 and rng.random() < 0.6:
                    made.append(attempt)  # not answered yet
                    continue
                _answer(context, attempt, staff, days_ago - 3)
                if days_ago > 5:
                    _grade(context, attempt, [supervisor, manager] if double else [manager])
                made.append(attempt)
    return made


def _answer(context: DemoContext, attempt: ScenarioAttempt, staff, days_ago: int) -> None:
    at = _at(context, max(days_ago, 0), 16)
    choices = list(attempt.scenario.choices.all())
    choice = None
    if choices:
        choice = context.rng.choice(choices + [c for c in choices if c.is_best])
    text = "I would apologise, tell them what I will do now, and do it before they ask again."
    if attempt.employee.user_id == staff.user_id:
        scenarios.submit_answer(attempt, by=staff, answer=text, choice=choice, now=at)
        attempt.refresh_from_db()
        return
    ScenarioAttempt.objects.filter(pk=attempt.pk).update(
        answer=text,
        choice=choice,
        choice_correct=choice.is_best if choice else None,
        submitted_at=at,
    )
    attempt.refresh_from_db()


def _grade(context: DemoContext, attempt: ScenarioAttempt, graders) -> None:
    rng = context.rng
    points = list(attempt.scenario.points.all())
    base = {p.pk: rng.choice(p.levels[len(p.levels) // 2 :]) for p in points}
    for number, grader in enumerate(graders):
        if grader.user_id == attempt.employee.user_id:
            continue
        levels = dict(base)
        if number and points:  # the second grader sees one point a level differently
            point = rng.choice(points)
            levels[point.pk] = min(max(levels[point.pk] - 1, point.levels[0]), point.levels[-1])
        scenarios.grade_attempt(
            attempt,
            grader=grader,
            levels=levels,
            comments={p.pk: "Clear and kind." for p in points[:1]},
            now=attempt.submitted_at + timedelta(days=1),
        )


def _coaching(context: DemoContext, supervisor) -> int:
    from servicegap.feedback.models import Response
    from servicegap.recovery.models import Case

    org = context.organization
    old_town = context.locations[0]
    team = [e for e in context.employees if e.location_id == old_town.pk][:4]
    answer = AuditAnswer.objects.filter(
        organization=org, location=old_town, result=Result.FAIL, is_counted=True
    ).first()
    observation = (
        AuditAnswer.objects.filter(organization=org, location=old_town, kind=Kind.OBSERVATION)
        .select_related("audit")
        .first()
    )
    response = (
        Response.objects.filter(organization=org, location=old_town).exclude(comment="").first()
    )
    case = Case.objects.filter(organization=org, location=old_town).first()
    notes = [
        (team[0], {"went_well": "You kept the caller informed.", "next_time": "Give a set time instead of 'call back later'.", "answer": answer}),
        (team[1], {"next_time": "Stepped in when the table waited for the bill; next time, bring it within 5 minutes.", "audit": observation.audit if observation else None, "is_intervention": observation is not None}),
        (team[2], {"went_well": "The guest named you in their comment.", "response": response}),
        (team[3], {"next_time": "Offer a remedy from your budget before the guest asks.", "case": case}),
    ]  # fmt: skip
    count = 0
    for employee, fields in notes:
        note = coaching.write_note(employee, by=supervisor, **fields)
        count += 1
        if employee.user_id is not None:
            staff = context.members[Role.STAFF]
            coaching.reply_to_note(note, "Thanks, I will try that tonight.", by=staff)
    return count


def _role_plays_and_stepping_in(context: DemoContext, library, supervisor) -> tuple[int, int]:
    """Live role-plays the supervisor ran with two of Old Town's team (scored on the
    rubric), and one evening they stepped in at a slow bill: the observation and the note
    together, with a follow-up date next week."""
    old_town = context.locations[0]
    team = [e for e in context.employees if e.location_id == old_town.pk and e.is_active][:2]
    scenario = next((s for s in library if s.points.filter(is_active=True).exists()), None)
    plays = 0
    for index, employee in enumerate(team if scenario else []):
        points = list(scenario.points.filter(is_active=True))
        levels = {
            point.pk: 1 if point.scale == point.Scale.PASS_FAIL else (4, 3, 5)[(i + index) % 3]
            for i, point in enumerate(points)
        }
        scenarios.score_role_play(
            scenario, employee=employee, grader=supervisor, levels=levels,
            note="Played at the pass before service.", now=_at(context, 12 - 5 * index, 11),
        )  # fmt: skip
        plays += 1
    behaviour = _behaviour_of(context, "Payment")
    if not team or behaviour is None:
        return plays, 0
    coaching.observe_and_step_in(
        team[-1], by=supervisor, behaviour=behaviour, result=Result.FAIL,
        seen="A table of four waited 15 minutes for the bill while the till was free.",
        intervention="Took the bill to the table myself and apologised for the wait.",
        next_time="Watch for closed menus and bring the bill within 5 minutes of the ask.",
        follow_up_on=context.today + timedelta(days=7), now=_at(context, 2, 21),
    )  # fmt: skip
    return plays, 1


def _retire_one(unused) -> int:
    """A scenario that no longer fits is retired: kept for history, offered for nothing."""
    if not unused:
        return 0
    scenarios.set_scenario_in_use(unused[-1], False)
    return 1


def _bends(context: DemoContext, staff, supervisor, manager) -> int:
    old_town = context.locations[0]
    entries = [
        (staff, "No substitutions on the set menu", "The guest is allergic to nuts.", "0", 70),
        (staff, "No substitutions on the set menu", "A child would only eat plain pasta.", "0", 40),
        (supervisor, "No substitutions on the set menu", "Swapped dessert for cheese.", "3.50", 12),
        (
            supervisor,
            "Kitchen closes at 22:00",
            "A couple arrived at 22:05 after a delay.",
            "0",
            25,
        ),
        (staff, "No table without a booking on Saturdays", "A regular with a baby.", "0", 8),
    ]
    for member, rule, why, cost, days_ago in entries:
        bend = coaching.record_bend(
            by=member, location=old_town, rule=rule, why=why, cost=Decimal(cost),
            outcome="The guest thanked us and came back.",
            happened_on=context.today - timedelta(days=days_ago),
        )  # fmt: skip
        if days_ago > 30:
            coaching.review_bend(bend, by=manager, note="Fine; see the card change proposed.")
    return len(entries)


def _interviews(context: DemoContext, manager, supervisor) -> int:
    org = context.organization
    for text, good, flags, step_name in QUESTIONS:
        question = InterviewQuestion.objects.create(
            organization=org, text=text, good_answer=good, red_flags=flags
        )
        behaviour = _behaviour_of(context, step_name)
        if behaviour is not None:
            question.behaviours.set([behaviour])
    questions = list(InterviewQuestion.objects.filter(organization=org).order_by("pk"))
    old_town = context.locations[0]
    people = [
        ("Casey Brook", "Server", (4, 5, 3), (2, 4, 3)),
        ("Morgan Vale", "Host", (3, 3, 4), (3, 4, 4)),
    ]
    for name, role, first, second in people:
        candidate = interviews.add_candidate(
            by=manager, location=old_town, name=name, role_applied=role,
            applied_on=context.today - timedelta(days=10),
        )  # fmt: skip
        for interviewer, ratings, call in (
            (manager, first, "yes"),
            (supervisor, second, "no_decision"),
        ):
            interviews.submit_scorecard(
                candidate, interviewer=interviewer, call=call,
                ratings={q.pk: r for q, r in zip(questions[:3], ratings, strict=True)},
                overall_notes="Warm with people; a clear story about bending a rule.",
            )  # fmt: skip
    return len(people)


def _ideas(context: DemoContext, owner, manager, staff, supervisor) -> int:
    from servicegap.standards.models import Standard

    org = context.organization
    made = []
    for title, kind, step_name in IDEAS:
        step = context.journey_steps[step_name]
        made.append(ideas.post_idea(by=staff, step=step, kind=kind, title=title))
    for idea in made:
        for member in (staff, supervisor, manager):
            if context.rng.random() < 0.7:
                ideas.vote(idea, by=member)
    callback, towels, pay, _regulars, _cards, duplicate = made  # two stay new
    tried_at = [loc for loc in context.locations if loc.name in ("Old Town", "Station Square")]
    started = context.today - timedelta(days=60)
    ideas.merge_ideas(duplicate, into=callback, by=manager)
    ideas.try_idea(callback, by=manager, locations=tried_at, today=started, notify=False)
    standard = Standard.objects.filter(
        organization=org, step=callback.step, p=P.PEOPLE, is_active=True
    ).first()
    ideas.adopt_idea(
        callback, by=owner, standard=standard, p=P.PROCESS, notify=False,
        text="A caller asking about a delivery is given a set time, never 'call back later'.",
    )  # fmt: skip
    ideas.try_idea(
        towels, by=manager, locations=tried_at[:1], today=context.today - timedelta(20),
        notify=False,
    )  # fmt: skip
    ideas.decline_idea(
        pay, by=manager, reason="The card terminals we have cannot do it yet.", notify=False
    )
    return len(made)


def _training(context: DemoContext, manager, library) -> TrainingProposal | None:
    """Training for Station Square's most failed behaviour, else for its weak spot (the
    bill) as a real gap would propose it."""
    from servicegap.standards.models import Behaviour

    station = next((loc for loc in context.locations if loc.name == "Station Square"), None)
    if station is None:
        return None
    for row in training.failing_behaviours(manager, station, now=context.now()):
        behaviour = Behaviour.objects.get(pk=row["behaviour_id"])
        try:
            return training.propose_training(
                by=manager, location=station, source=TrainingProposal.Source.FAILURES,
                behaviour=behaviour,
            )  # fmt: skip
        except scenarios.PeopleError:
            continue
    step = context.journey_steps.get("Payment")
    try:
        return training.propose_training(
            by=manager, location=station, source=TrainingProposal.Source.GAP, step=step,
            p=P.PROCESS,
        )  # fmt: skip
    except scenarios.PeopleError:
        return None
