"""Starter kits: each installs a card, a survey and templates usable at once; twice adds
nothing twice; over an existing card only what is missing; the page and sign-up."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from servicegap.audits import workflow
from servicegap.audits.models import AuditTemplate, Channel, Kind
from servicegap.core.models import Organization, Role
from servicegap.feedback import intake, surveys
from servicegap.feedback.models import Question, Response, Survey, SurveyLink
from servicegap.kits.catalogue import KITS
from servicegap.kits.install import UnknownKit, install_kit
from servicegap.standards.models import Behaviour, JourneyStep, Standard
from tests.conftest import PASSWORD
from tests.feedback.conftest import send

BUSINESS_KITS = [key for key, kit in KITS.items() if kit.steps]


@pytest.fixture(autouse=True)
def fresh_cache(db):
    cache.clear()
    intake.forget_links()
    yield
    cache.clear()
    intake.forget_links()


def counts(org) -> tuple[int, int, int, int, int]:
    return (
        JourneyStep.objects.filter(organization=org).count(),
        Standard.objects.filter(organization=org).count(),
        Behaviour.objects.filter(organization=org).count(),
        Survey.objects.filter(organization=org).count(),
        AuditTemplate.objects.filter(organization=org).count(),
    )


def test_there_are_five_kinds_of_business_and_start_empty():
    assert [kit.label for kit in KITS.values()] == [
        "Restaurant or café",
        "Hotel",
        "Clinic or pharmacy",
        "Shop",
        "Delivery or phone service",
        "Start empty",
    ]


@pytest.mark.parametrize("key", BUSINESS_KITS)
def test_each_kit_gives_a_card_a_survey_and_templates_an_audit_and_a_response_use_at_once(
    key, world, owner_olga, staff_sam
):
    kit = KITS[key]
    installed = install_kit(world.org, key)
    spec_behaviours = [b for s in kit.steps for st in s.standards for b in st.behaviours]
    assert installed.steps == len(kit.steps) >= 4
    assert installed.behaviours == len(spec_behaviours) >= 12
    behaviours = Behaviour.objects.filter(organization=world.org)
    assert behaviours.count() == len(spec_behaviours)
    assert behaviours.filter(is_critical=True).count() >= 2
    assert behaviours.filter(target_value__isnull=False).count() >= 2
    ps = set(Standard.objects.filter(organization=world.org).values_list("p", flat=True))
    assert ps == {"people", "process", "product"}

    survey = Survey.objects.get(organization=world.org)
    assert survey.offered_languages() == ["en", "fr", "es"]
    for language in ("en", "fr", "es"):
        assert survey.own_text("title", language) == kit.survey.texts[language]["title"]
    product = survey.questions.get(kind=Question.Kind.PRODUCT)
    assert product.text("fr") == kit.survey.texts["fr"]["q_product"]

    templates = AuditTemplate.objects.filter(organization=world.org)
    assert {t.channel for t in templates} & {Channel.VISIT, Channel.DELIVERY}
    assert Channel.PHONE in {t.channel for t in templates}
    for template in templates:
        assert template.behaviours.exists()
        audit = workflow.start_audit(
            kind=Kind.SELF_ASSESSMENT, location=world.location_a, template=template, by=owner_olga
        )
        answers = list(audit.answers.all())
        assert len(answers) == template.behaviours.count()
        for answer in answers:
            workflow.save_answer(answer, result="pass", measured_value=_passing(answer))
        assert workflow.submit_audit(audit, by=owner_olga.user).score == Decimal(100)

    (link,) = surveys.create_links(
        survey=survey, location=world.location_a, channel=SurveyLink.Channel.TABLE, tables=[]
    )
    response = send(Client(enforce_csrf_checks=True), link, people=5, product=4, nps=9)
    assert response.status_code == 200
    assert Response.objects.get().ratings_by_p() == {"people": 5, "product": 4}


def _passing(answer) -> Decimal | None:
    if answer.target_value is None:
        return None
    return answer.target_value


@pytest.mark.parametrize("key", BUSINESS_KITS)
def test_installing_a_kit_twice_adds_nothing_the_second_time(key, world):
    install_kit(world.org, key)
    before = counts(world.org)
    again = install_kit(world.org, key)
    assert counts(world.org) == before
    assert not again.added_anything
    assert again.summary() == (
        f"Nothing added: everything in the {KITS[key].label} kit is already there."
    )


def test_over_an_existing_card_only_what_is_missing_is_added_and_said(world):
    # The owner already has the restaurant kit's phone step with one of its standards
    # and one of its behaviours, a step of their own, and a survey named as the kit's.
    step = JourneyStep.objects.create(organization=world.org, name="PHONE CALL", position=0)
    JourneyStep.objects.create(organization=world.org, name="Terrace", position=1)
    standard = Standard.objects.create(
        organization=world.org,
        step=step,
        p="people",
        text="We answer your call warmly and can help at once.",
    )
    Behaviour.objects.create(
        organization=world.org,
        standard=standard,
        text="The caller is greeted with the name of the restaurant.",
        weight=1,
    )
    surveys.create_survey(world.org, name="guest survey")
    installed = install_kit(world.org, "restaurant")
    # The kit: 5 steps, 10 standards, 16 behaviours; 1 step, 1 standard and 1 behaviour
    # were there already, and so was the survey.
    assert (installed.steps, installed.standards, installed.behaviours) == (4, 9, 15)
    assert installed.summary() == (
        "From the Restaurant or café kit, added 4 journey steps, 9 standards, 15 behaviours "
        "and 2 audit templates (Restaurant visit, Restaurant phone call)."
    )
    assert counts(world.org) == (6, 10, 16, 1, 2)
    # What the owner wrote is untouched and keeps its place.
    kept = Behaviour.objects.get(standard=standard, text__startswith="The caller is greeted")
    assert kept.weight == 1
    names = list(JourneyStep.objects.filter(organization=world.org).values_list("name", flat=True))
    assert names[:2] == ["PHONE CALL", "Terrace"]
    # The phone template checks the owner's behaviour too: it is the kit's, already there.
    phone = AuditTemplate.objects.get(organization=world.org, name="Restaurant phone call")
    assert phone.behaviours.count() == 4


def test_a_kit_installs_into_its_organisation_only(world, outsider_otto):
    install_kit(world.org, "hotel")
    assert counts(outsider_otto.organization) == (0, 0, 0, 0, 0)


def test_start_empty_adds_nothing_and_says_so(world):
    installed = install_kit(world.org, "empty")
    assert counts(world.org) == (0, 0, 0, 0, 0)
    assert installed.summary() == "Nothing installed: you start with an empty card."


def test_an_unknown_kit_is_refused_with_the_kits_named(world):
    with pytest.raises(UnknownKit, match="no starter kit 'bakery'; kits: restaurant, hotel"):
        install_kit(world.org, "bakery")
    assert counts(world.org) == (0, 0, 0, 0, 0)


def test_kit_rows_are_ordinary_and_editable(world):
    install_kit(world.org, "shop")
    behaviour = Behaviour.objects.filter(organization=world.org).first()
    behaviour.text = "Our own wording."
    behaviour.save()
    install_kit(world.org, "shop")  # the old wording is missing now: it comes back once
    assert Behaviour.objects.filter(organization=world.org, text="Our own wording.").exists()


# The page ----------------------------------------------------------------------------


def login(membership) -> Client:
    client = Client()
    client.force_login(membership.user)
    return client


@pytest.mark.parametrize("persona", ["owner_olga", "executive_erin"])
def test_leaders_install_a_kit_from_the_page(persona, request, world):
    client = login(request.getfixturevalue(persona))
    assert client.get(reverse("kits:choose")).status_code == 200
    response = client.post(reverse("kits:choose"), {"kit": "clinic"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("standards:card")
    assert "From the Clinic or pharmacy kit, added 5 journey steps" in response.content.decode()
    assert counts(world.org)[3:] == (1, 2)


@pytest.mark.parametrize("persona", ["manager_max", "supervisor_sid", "staff_sam", "shopper_sue"])
def test_other_roles_may_not_install_a_kit(persona, request, world):
    client = login(request.getfixturevalue(persona))
    assert client.get(reverse("kits:choose")).status_code == 403
    assert client.post(reverse("kits:choose"), {"kit": "clinic"}).status_code == 403
    assert counts(world.org) == (0, 0, 0, 0, 0)


def test_an_unknown_kit_on_the_page_is_refused_and_nothing_stored(world, owner_olga):
    response = login(owner_olga).post(reverse("kits:choose"), {"kit": "bakery"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert counts(world.org) == (0, 0, 0, 0, 0)


def test_no_choice_on_the_page_asks_for_one(world, owner_olga):
    response = login(owner_olga).post(reverse("kits:choose"), {})
    assert response.status_code == 400
    assert "Choose a kind of business" in response.content.decode()


def test_the_page_says_an_existing_card_is_kept(world, owner_olga):
    install_kit(world.org, "shop")
    page = login(owner_olga).get(reverse("kits:choose")).content.decode()
    assert "You already have a card" in page


def test_the_service_card_offers_the_kits_to_leaders_only(world, owner_olga, staff_sam):
    kits = reverse("kits:choose")
    assert kits in login(owner_olga).get(reverse("standards:card")).content.decode()
    assert kits not in login(staff_sam).get(reverse("standards:card")).content.decode()


def test_anonymous_visitors_are_sent_to_log_in(db):
    response = Client().get(reverse("kits:choose"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


# Sign-up -----------------------------------------------------------------------------

SIGNUP = {
    "email": "new@example.test",
    "password1": PASSWORD,
    "password2": PASSWORD,
    "organization_name": "Corner Bakery",
    "time_zone": "Europe/Madrid",
    "currency": "EUR",
}


def test_signing_up_with_a_kit_installs_it_into_the_new_organisation(client, db):
    response = client.post(reverse("account_signup"), {**SIGNUP, "kit": "restaurant"})
    assert response.status_code == 302
    org = Organization.objects.get(name="Corner Bakery")
    assert counts(org)[3:] == (1, 2)
    assert counts(org)[0] == len(KITS["restaurant"].steps)
    assert org.memberships.get().role == Role.OWNER


def test_signing_up_without_a_kit_starts_empty(client, db):
    assert client.post(reverse("account_signup"), SIGNUP).status_code == 302
    assert counts(Organization.objects.get()) == (0, 0, 0, 0, 0)


def test_signing_up_with_an_unknown_kit_is_refused_and_nothing_stored(client, db):
    response = client.post(reverse("account_signup"), {**SIGNUP, "kit": "bakery"})
    assert response.status_code == 200
    assert "kit" in response.context["form"].errors
    assert not Organization.objects.exists()


def test_the_sign_up_form_offers_common_time_zones_first_and_guesses_the_browsers(client, db):
    page = client.get(reverse("account_signup")).content.decode()
    assert "Factory" not in page and "localtime" not in page
    common = page.index('label="Common time zones"')
    assert common < page.index('label="Every time zone"')
    assert common < page.index('value="Europe/Paris"')
    assert "data-guess-time-zone" in page
    assert "core/timezone" in page  # our own script, from static
    assert "Restaurant or café" in page


def test_after_a_bad_sign_up_the_chosen_time_zone_is_kept_not_guessed(client, db):
    response = client.post(reverse("account_signup"), {**SIGNUP, "organization_name": ""})
    page = response.content.decode()
    assert "data-guess-time-zone" not in page
    assert '<option value="Europe/Madrid" selected>' in page
