"""Staff screens in English, French and Spanish: the member's choice, else the
organisation's default, else the browser's; and catalogues that are whole."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.urls import reverse

from servicegap.core.models import AccountSettings, Organization, Role
from tests.conftest import client_for

SRC = Path(__file__).resolve().parents[2] / "src" / "servicegap"
CATALOGUES = sorted(SRC.glob("*/locale/*/LC_MESSAGES/django.po"))


def choose(membership, language: str) -> None:
    AccountSettings.objects.update_or_create(user=membership.user, defaults={"language": language})


@pytest.mark.parametrize("role", list(Role))
def test_a_member_who_chose_french_sees_today_in_french(member_of_role, role):
    membership = member_of_role(role)
    choose(membership, "fr")
    response = client_for(membership).get(reverse("core:home"), follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "fr"
    assert '<html lang="fr"' in html or 'lang="fr"' in html
    assert "Créer une autre organisation" in html  # the menu
    assert "Create another organisation" not in html


def test_today_and_the_service_card_in_french(owner_olga):
    choose(owner_olga, "fr")
    client = client_for(owner_olga)
    today = client.get(reverse("core:home")).content.decode()
    assert "<h1>Aujourd’hui</h1>" in today
    card = client.get(reverse("gap:card")).content.decode()
    assert "La carte de service et ses preuves" in card
    assert "The service card with its evidence" not in card


def test_spanish_plurals_have_every_form(owner_olga):
    from django.utils import translation

    with translation.override("es"):
        assert translation.ngettext("%(counter)s case", "%(counter)s cases", 5) == (
            "%(counter)s casos"
        )
        assert translation.ngettext("%(counter)s case", "%(counter)s cases", 1) == (
            "%(counter)s caso"
        )


def test_today_and_the_service_card_in_spanish(owner_olga):
    choose(owner_olga, "es")
    client = client_for(owner_olga)
    today = client.get(reverse("core:home")).content.decode()
    assert "<h1>Hoy</h1>" in today
    card = client.get(reverse("gap:card")).content.decode()
    assert "La tarjeta de servicio y sus pruebas" in card
    assert "Crear otra organización" in card


def test_a_member_with_no_choice_gets_the_organisations_default(world, manager_max):
    Organization.objects.filter(pk=world.org.pk).update(language="es")
    html = client_for(manager_max).get(reverse("core:home")).content.decode()
    assert "<h1>Hoy</h1>" in html
    # the member's own choice wins over the organisation's
    choose(manager_max, "fr")
    html = client_for(manager_max).get(reverse("core:home")).content.decode()
    assert "<h1>Aujourd’hui</h1>" in html


def test_a_stored_language_no_longer_offered_falls_back_to_the_organisations(world, staff_sam):
    Organization.objects.filter(pk=world.org.pk).update(language="fr")
    AccountSettings.objects.create(user=staff_sam.user, language="de")
    html = client_for(staff_sam).get(reverse("core:home")).content.decode()
    assert "<h1>Aujourd’hui</h1>" in html


def test_without_an_organisation_the_browser_decides(client, db):
    from tests.factories import UserFactory

    user = UserFactory(username="lone@example.test", email="lone@example.test")
    client.force_login(user)
    page = client.get(reverse("core:account-settings"), HTTP_ACCEPT_LANGUAGE="es")
    assert page["Content-Language"] == "es"
    page = client.get(reverse("core:account-settings"), HTTP_ACCEPT_LANGUAGE="de, it")
    assert page["Content-Language"] == "en"
    # their own choice still wins
    AccountSettings.objects.create(user=user, language="fr")
    page = client.get(reverse("core:account-settings"), HTTP_ACCEPT_LANGUAGE="es")
    assert page["Content-Language"] == "fr"
    assert "Votre compte" in page.content.decode()


def test_the_public_form_keeps_its_own_rule(owner_olga):
    # A member's choice does not reach the customers' pages: a 404 there is in the
    # browser's language, not the member's.
    choose(owner_olga, "fr")
    response = client_for(owner_olga).get("/s/no-such-survey/", HTTP_ACCEPT_LANGUAGE="es")
    assert response["Content-Language"] == "es"


@pytest.mark.parametrize("role", list(Role))
def test_every_member_chooses_their_language_on_their_account_page(member_of_role, role):
    membership = member_of_role(role)
    client = client_for(membership)
    page = client.get(reverse("core:account-settings"))
    assert page.status_code == 200
    response = client.post(reverse("core:account-settings"), {"language": "es"})
    assert response.status_code == 302
    assert AccountSettings.objects.get(user=membership.user).language == "es"
    assert "<h1>Hoy</h1>" in client.get(reverse("core:home")).content.decode()
    # back to the organisation's language
    client.post(reverse("core:account-settings"), {"language": ""})
    assert AccountSettings.objects.get(user=membership.user).language == ""


def test_an_unknown_language_is_refused_and_nothing_stored(owner_olga):
    response = client_for(owner_olga).post(reverse("core:account-settings"), {"language": "de"})
    assert response.status_code == 400
    assert response.context["form"].errors["language"] == [
        "Language: choose English, French or Spanish."
    ]
    assert not AccountSettings.objects.exists()


def test_an_unknown_organisation_language_is_refused_in_settings(world, owner_olga):
    response = client_for(owner_olga).post(
        reverse("core:organization-settings"),
        {"name": "Sunny", "time_zone": "UTC", "currency": "EUR", "language": "xx"},
    )
    assert response.status_code == 400
    assert "language" in response.context["form"].errors
    world.org.refresh_from_db()
    assert (world.org.name, world.org.language) == ("Sunny Side Cafés", "en")


def test_sign_up_sets_the_organisations_language(client, db):
    page = client.get(reverse("account_signup")).content.decode()
    assert 'name="language"' in page
    data = {
        "email": "new@example.test",
        "password1": "plenty of words here",
        "password2": "plenty of words here",
        "organization_name": "Panadería Sol",
        "time_zone": "Europe/Madrid",
        "currency": "EUR",
        "language": "es",
    }
    response = client.post(reverse("account_signup"), data)
    assert response.status_code == 302
    assert Organization.objects.get(name="Panadería Sol").language == "es"


def test_sign_up_with_an_unknown_language_stores_nothing(client, db):
    data = {
        "email": "new@example.test",
        "password1": "plenty of words here",
        "password2": "plenty of words here",
        "organization_name": "Corner Bakery",
        "time_zone": "UTC",
        "currency": "EUR",
        "language": "klingon",
    }
    response = client.post(reverse("account_signup"), data)
    assert response.status_code == 200
    assert response.context["form"].errors["language"] == [
        "Language: choose English, French or Spanish."
    ]
    assert not Organization.objects.exists()


# The catalogues ------------------------------------------------------------------------


def read_po(path: Path) -> list[dict]:
    """The entries of a .po file: msgid, msgid_plural, msgstr[n] and flags."""
    entries: list[dict] = []
    entry: dict = {"flags": set(), "msgstr": {}}
    key = None

    def finish() -> None:
        nonlocal entry
        if "msgid" in entry:
            entries.append(entry)
        entry = {"flags": set(), "msgstr": {}}

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            finish()
            key = None
        elif line.startswith("#~"):
            continue  # obsolete entries are not compiled
        elif line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        else:
            match = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(\".*\")$", line)
            if match:
                name, index, text = match.groups()
                value = ast.literal_eval(text)
                if name.startswith("msgstr"):
                    key = ("msgstr", int(index or 0))
                    entry["msgstr"][key[1]] = value
                else:
                    key = (name, None)
                    entry[name] = value
            else:
                value = ast.literal_eval(line)
                if key[0] == "msgstr":
                    entry["msgstr"][key[1]] += value
                else:
                    entry[key[0]] += value
    finish()
    return entries


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}|%[sd]")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_there_are_french_and_spanish_catalogues_for_the_staff_screens():
    apps = {(path.parts[-5], path.parts[-3]) for path in CATALOGUES}
    for app in ["core", "gap", "feedback"]:
        assert {(app, "fr"), (app, "es")} <= apps


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: "/".join(p.parts[-5:-2]))
def test_every_message_is_translated_with_the_same_placeholders(path):
    problems = []
    entries = read_po(path)
    header = next(entry["msgstr"][0] for entry in entries if not entry["msgid"])
    plurals = int(re.search(r"nplurals=(\d+)", header).group(1))
    for entry in entries:
        if not entry["msgid"]:
            continue  # the header
        if "msgid_plural" in entry and sorted(entry["msgstr"]) != list(range(plurals)):
            problems.append(f"{path.parts[-5]}: {entry['msgid'][:60]!r} needs {plurals} forms")
        where = f"{path.parts[-5]}/{path.parts[-3]}: {entry['msgid'][:60]!r}"
        if "fuzzy" in entry["flags"]:
            problems.append(f"{where} is fuzzy")
        forms = entry["msgstr"]
        if not forms or any(not text for text in forms.values()):
            problems.append(f"{where} is not translated")
            continue
        if "python-format" in entry["flags"] or "python-brace-format" in entry["flags"]:
            if "msgid_plural" in entry:
                # a plural's singular may say "one" instead of the number, as English does
                wanted = set(placeholders(entry["msgid"] + entry["msgid_plural"]))
                if any(not set(placeholders(text)) <= wanted for text in forms.values()):
                    problems.append(f"{where} has other placeholders")
                if placeholders(forms[len(forms) - 1]) != placeholders(entry["msgid_plural"]):
                    problems.append(f"{where}: its plural has other placeholders")
            elif placeholders(forms[0]) != placeholders(entry["msgid"]):
                problems.append(f"{where} has placeholders {placeholders(forms[0])}")
    assert problems == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: "/".join(p.parts[-5:-2]))
def test_the_compiled_catalogue_matches_the_po(path):
    with path.with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)._catalog
    expected = {}
    for entry in read_po(path):
        if "fuzzy" in entry["flags"] or not entry["msgid"]:
            continue
        msgid = entry["msgid"]
        if "msgctxt" in entry:
            msgid = f"{entry['msgctxt']}\x04{msgid}"
        if "msgid_plural" in entry:
            for index, text in entry["msgstr"].items():
                expected[(msgid, index)] = text
        else:
            expected[msgid] = entry["msgstr"][0]
    compiled.pop("", None)
    assert compiled == expected
