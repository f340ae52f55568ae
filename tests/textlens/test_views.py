"""The comment explorer, one analysed comment, and managers' corrections through the pages."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from servicegap.core.models import Role
from servicegap.feedback.models import Response
from servicegap.textlens.models import CommentAnalysis, Correction
from tests.conftest import client_for
from tests.factories import EmployeeFactory
from tests.feedback.factories import ResponseFactory
from tests.textlens.factories import CommentAnalysisFactory

pytestmark = pytest.mark.django_db

SUPERVISORS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER, Role.SUPERVISOR}
MANAGERS = {Role.OWNER, Role.EXECUTIVE, Role.MANAGER}
EXPLORER = reverse("textlens:explorer")


def comment(link, text: str, **labels) -> CommentAnalysis:
    """An analysed comment at the link's location with the given labels."""
    response = ResponseFactory(
        organization=link.organization, link=link, comment=text, **labels.pop("response", {})
    )
    defaults = {"sentiment": "neutral", "process": False}
    return CommentAnalysisFactory(
        organization=link.organization, response=response, **(defaults | labels)
    )


@pytest.fixture
def analysis(link):
    return comment(link, "Waited <b>forty</b> minutes for the bill.", sentiment="negative",
                   process=True)  # fmt: skip


# The explorer -------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_the_explorer_is_for_supervisors_and_above(role, member_of_role, analysis):
    response = client_for(member_of_role(role)).get(EXPLORER)
    assert response.status_code == (200 if role in SUPERVISORS else 403)


def test_anonymous_visitors_are_sent_to_login(client, analysis):
    response = client.get(EXPLORER)
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_explorer_lists_comments_escaped_with_their_labels(owner_olga, analysis):
    html = client_for(owner_olga).get(EXPLORER).content.decode()
    assert "Waited &lt;b&gt;forty&lt;/b&gt; minutes" in html
    assert "<b>forty</b>" not in html
    assert "Negative" in html and analysis.get_absolute_url() in html


def test_a_scoped_manager_sees_only_comments_of_their_locations(manager_max, link, link_b, world):
    comment(link, "Comment at A about the bread.")
    comment(link_b, "Comment at B about the bread.")
    html = client_for(manager_max).get(EXPLORER).content.decode()
    assert "Comment at A" in html and "Comment at B" not in html
    response = client_for(manager_max).get(EXPLORER, {"location": str(world.location_b.code)})
    assert response.status_code == 400  # not one of their locations: an error, not B's rows
    assert "Comment at B" not in response.content.decode()


def test_the_filters_narrow_the_list(owner_olga, link, link_b, world):
    comment(link, "alpha negative people", sentiment="negative", people=True)
    comment(link, "bravo positive product", sentiment="positive", product=True)
    comment(link_b, "charlie churn", sentiment="negative", churn_signal=True)
    comment(link, "delta spam", spam=True)
    client = client_for(owner_olga)

    def shown(**query):
        html = client.get(EXPLORER, query).content.decode()
        return {w for w in ("alpha", "bravo", "charlie", "delta") if w in html}

    assert shown() == {"alpha", "bravo", "charlie"}
    assert shown(p="people") == {"alpha"}
    assert shown(sentiment="negative") == {"alpha", "charlie"}
    assert shown(churn="yes") == {"charlie"}
    assert shown(spam="only") == {"delta"}
    assert shown(spam="all") == {"alpha", "bravo", "charlie", "delta"}
    assert shown(location=str(world.location_b.code)) == {"charlie"}


def test_the_period_is_in_the_organisations_time_zone(owner_olga, link):
    paris = ZoneInfo("Europe/Paris")
    late = datetime(2026, 3, 1, 23, 30, tzinfo=paris)  # 22:30 UTC, 1 March in Paris
    comment(link, "late evening remark", response={"submitted_at": late}, submitted_at=late)
    client = client_for(owner_olga)
    html = client.get(EXPLORER, {"since": "2026-03-01", "until": "2026-03-01"}).content.decode()
    assert "late evening remark" in html
    html = client.get(EXPLORER, {"since": "2026-03-02"}).content.decode()
    assert "late evening remark" not in html


def test_a_bad_filter_is_a_400_naming_it(owner_olga, analysis):
    response = client_for(owner_olga).get(EXPLORER, {"sentiment": "furious"})
    assert response.status_code == 400
    assert 'id="id_sentiment_error"' in response.content.decode()


def test_counts_per_location_show_their_n_and_mark_few(owner_olga, link):
    for text, sentiment in [("a", "negative"), ("b", "negative"), ("c", "positive")]:
        comment(link, f"remark {text}", sentiment=sentiment, process=True)
    html = client_for(owner_olga).get(EXPLORER).content.decode()
    # 2 of 3 comments negative: 67%, resting on 3 comments, fewer than 5
    assert "67%" in html and "2/3" in html and "few" in html


def test_what_people_talk_about_counts_phrases_per_p_with_examples(owner_olga, link):
    comment(link, "We waited forty minutes for the bill.", process=True)
    comment(link, "Again we waited forty minutes, slow kitchen.", process=True)
    comment(link, "Waited forty minutes at the door.", people=True)
    comment(link, "The cold soup was sad.", product=True)
    response = client_for(owner_olga).get(EXPLORER, {"show": "talk"})
    talk = response.context["talk"]
    process = next(group for group in talk.by_p if group.label == "Process")
    phrases = {phrase.text: phrase.count for phrase in process.phrases}
    # "waited forty minutes" in both process comments; its two-word parts are folded in,
    # and it stops at the comma: "minutes, slow kitchen" is not a phrase
    assert phrases == {"waited forty minutes": 2}
    assert process.n == 2
    assert [e.text for e in process.phrases[0].examples] == [
        "Again we waited forty minutes, slow kitchen."
    ]  # one example, the newest
    people = next(group for group in talk.by_p if group.label == "People")
    assert people.phrases == []  # one comment: nothing comes up twice
    location = talk.by_location[0]
    # as the newest example wrote it, capital included
    assert {p.text: p.count for p in location.phrases}["Waited forty minutes"] == 3


def test_staff_praised_by_first_name_in_positive_comments_at_their_location(
    owner_olga, link, link_b, world
):
    EmployeeFactory(organization=world.org, first_name="Rosa", location=world.location_a)
    EmployeeFactory(organization=world.org, first_name="Omar", location=world.location_b)
    comment(link, "Rosa was wonderful with the kids.", sentiment="positive")
    comment(link, "Thanks to Rosa and the team!", sentiment="positive")
    comment(link, "Rosa forgot our drinks.", sentiment="negative")  # not praise
    comment(link, "Omar was great.", sentiment="positive")  # no Omar at Location A
    comment(link, "A nice rosa wine.", sentiment="positive")  # not a name
    comment(link_b, "Omar made our evening.", sentiment="positive")
    talk = client_for(owner_olga).get(EXPLORER, {"show": "staff"}).context["talk"]
    praised = {(m.name, m.location): m.count for m in talk.praised}
    assert praised == {("Rosa", "Location A"): 2, ("Omar", "Location B"): 1}


def test_a_scoped_supervisor_does_not_see_names_of_staff_elsewhere(
    supervisor_sid, link, link_b, world
):
    EmployeeFactory(organization=world.org, first_name="Omar", location=world.location_b)
    comment(link_b, "Omar made our evening.", sentiment="positive")
    talk = client_for(supervisor_sid).get(EXPLORER, {"show": "staff"}).context["talk"]
    assert talk.praised == []


def test_the_explorer_pages_through_comments(owner_olga, link):
    for n in range(30):
        comment(link, f"remark number {n}")
    client = client_for(owner_olga)
    first = client.get(EXPLORER)
    assert len(first.context["page"].object_list) == 25
    second = client.get(EXPLORER, {"page": 2})
    assert len(second.context["page"].object_list) == 5


def test_the_explorer_reads_a_bounded_number_of_queries(
    owner_olga, link, django_assert_max_num_queries
):
    for n in range(30):
        comment(link, f"remark number {n}", people=True)
    client = client_for(owner_olga)
    with django_assert_max_num_queries(14):
        assert client.get(EXPLORER).status_code == 200


# One comment ----------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_a_comment_page_is_for_supervisors_and_above(role, member_of_role, analysis):
    response = client_for(member_of_role(role)).get(analysis.get_absolute_url())
    assert response.status_code == (200 if role in SUPERVISORS else 403)


def test_another_organisations_comment_is_not_found(outsider_otto, analysis):
    client = client_for(outsider_otto)
    assert client.get(analysis.get_absolute_url()).status_code == 404
    url = reverse("textlens:analysis-correct", args=[analysis.code])
    assert client.post(url, {"sentiment": "positive"}).status_code == 404
    assert Correction.objects.count() == 0


def test_a_comment_outside_the_scope_is_not_found(supervisor_sid, manager_max, link_b):
    outside = comment(link_b, "Far away.")
    assert client_for(supervisor_sid).get(outside.get_absolute_url()).status_code == 404
    url = reverse("textlens:analysis-correct", args=[outside.code])
    assert client_for(manager_max).post(url, {"sentiment": "positive"}).status_code == 404


def test_the_form_to_correct_is_shown_to_managers_only(manager_max, supervisor_sid, analysis):
    correct_url = reverse("textlens:analysis-correct", args=[analysis.code])
    assert correct_url in client_for(manager_max).get(analysis.get_absolute_url()).content.decode()
    html = client_for(supervisor_sid).get(analysis.get_absolute_url()).content.decode()
    assert correct_url not in html


# Corrections ----------------------------------------------------------------------------


def correction_data(**changes) -> dict:
    data = {"sentiment": "negative", "topics": ["process"], "churn_signal": "no", "spam": "no"}
    return data | changes


@pytest.mark.parametrize("role", list(Role))
def test_only_managers_and_above_correct(role, member_of_role, analysis):
    url = reverse("textlens:analysis-correct", args=[analysis.code])
    response = client_for(member_of_role(role)).post(url, correction_data(sentiment="neutral"))
    assert response.status_code == (302 if role in MANAGERS else 403)
    assert Correction.objects.count() == (1 if role in MANAGERS else 0)


def test_correcting_needs_a_post(manager_max, analysis):
    url = reverse("textlens:analysis-correct", args=[analysis.code])
    assert client_for(manager_max).get(url).status_code == 405


def test_a_correction_stores_the_changed_labels_and_shows_it_was_corrected(manager_max, analysis):
    url = reverse("textlens:analysis-correct", args=[analysis.code])
    client = client_for(manager_max)
    response = client.post(url, correction_data(topics=["process", "people"], churn_signal="yes"))
    assert response.status_code == 302 and response["Location"] == analysis.get_absolute_url()
    correction = Correction.objects.get()
    assert correction.changes() == {"topics": ["people", "process"], "churn_signal": True}
    assert correction.by == manager_max
    assert correction.previous["topics"] == ["process"]
    analysis.refresh_from_db()
    assert analysis.people and analysis.process and analysis.churn_signal
    assert analysis.sentiment == "negative" and analysis.corrected_at is not None
    html = client.get(analysis.get_absolute_url()).content.decode()
    assert "corrected" in html and "max@example.test" in html


def test_sent_unchanged_the_form_confirms_every_label(manager_max, analysis):
    url = reverse("textlens:analysis-correct", args=[analysis.code])
    client_for(manager_max).post(url, correction_data())
    assert Correction.objects.get().changes() == {
        "sentiment": "negative",
        "topics": ["process"],
        "churn_signal": False,
        "spam": False,
    }


def test_the_latest_correction_wins_label_by_label(manager_max, owner_olga, analysis):
    url = reverse("textlens:analysis-correct", args=[analysis.code])
    client_for(manager_max).post(url, correction_data(sentiment="positive", churn_signal="yes"))
    client_for(owner_olga).post(url, correction_data(sentiment="neutral", churn_signal="yes"))
    analysis.refresh_from_db()
    assert analysis.sentiment == "neutral" and analysis.churn_signal
    assert Correction.objects.count() == 2


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (correction_data(sentiment="furious"), "sentiment"),
        (correction_data(topics=["price"]), "topics"),
        (correction_data(churn_signal="maybe"), "churn_signal"),
        ({"topics": ["people"]}, "sentiment"),
    ],
)
def test_a_bad_correction_is_a_400_naming_the_label_and_stores_nothing(
    manager_max, analysis, data, field
):
    url = reverse("textlens:analysis-correct", args=[analysis.code])
    response = client_for(manager_max).post(url, data)
    assert response.status_code == 400
    assert f'id="id_{field}_error"' in response.content.decode()
    assert Correction.objects.count() == 0
    analysis.refresh_from_db()
    assert analysis.corrected_at is None and analysis.sentiment == "negative"


def test_marking_a_comment_as_spam_flags_its_response_and_back(manager_max, analysis):
    url = reverse("textlens:analysis-correct", args=[analysis.code])
    client = client_for(manager_max)
    client.post(url, correction_data(spam="yes"))
    response = Response.objects.get(pk=analysis.response_id)
    assert response.spam and "max@example.test" in response.spam_reason
    client.post(url, correction_data(spam="no"))
    response.refresh_from_db()
    assert not response.spam


# The feedback pages -------------------------------------------------------------------


def test_the_response_page_shows_the_analysis_and_a_manager_corrects_from_it(manager_max, analysis):
    client = client_for(manager_max)
    html = client.get(analysis.response.get_absolute_url()).content.decode()
    assert "What the comment says" in html and "mentions waiting time" in html
    assert reverse("textlens:analysis-correct", args=[analysis.code]) in html
    url = reverse("textlens:analysis-correct", args=[analysis.code])
    response = client.post(url, correction_data(sentiment="neutral", back="response"))
    assert response["Location"] == analysis.response.get_absolute_url()


def test_a_supervisor_sees_the_analysis_on_the_response_page_without_the_form(
    supervisor_sid, analysis
):
    html = client_for(supervisor_sid).get(analysis.response.get_absolute_url()).content.decode()
    assert "What the comment says" in html
    assert reverse("textlens:analysis-correct", args=[analysis.code]) not in html


def test_the_inbox_links_to_the_explorer_and_shows_labels(owner_olga, analysis):
    html = client_for(owner_olga).get(reverse("feedback:inbox")).content.decode()
    assert EXPLORER in html
    assert "Negative" in html


def test_a_sentence_repeated_is_one_phrase_not_one_per_word_along(owner_olga, link):
    for _ in range(3):
        comment(link, "The fish cooked perfectly, chips crisp.", product=True)
    talk = client_for(owner_olga).get(EXPLORER, {"show": "talk"}).context["talk"]
    product = next(group for group in talk.by_p if group.label == "Product")
    # the first whole clause, not a run across the comma ("cooked perfectly chips"); the
    # second clause of the same comments is the same remark
    assert [(p.text, p.count) for p in product.phrases] == [("fish cooked perfectly", 3)]


def test_phrases_are_whole_phrases_within_one_sentence_each_once(owner_olga, link):
    """A phrase never joins two sentences, never starts or ends on a filler word, and a
    remark about two Ps is listed once."""
    for _ in range(3):
        comment(link, "Nobody greeted us, we stood at the door for five minutes. Sad.",
                people=True, process=True)  # fmt: skip
    comment(link, "The bill took ages. We left.", process=True)
    comment(link, "The bill took ages. We left.", process=True)
    talk = client_for(owner_olga).get(EXPLORER, {"show": "talk"}).context["talk"]
    texts = {group.label: [p.text for p in group.phrases] for group in talk.by_p}
    assert texts["People"] == ["stood at the door for five minutes"]
    assert texts["Process"] == ["bill took ages"]
    every = [p.text.lower() for group in talk.by_p for p in group.phrases]
    assert not any(t.startswith(("the ", "we ")) or t.endswith(" we") for t in every)
    assert not any("ages we" in t or "minutes sad" in t for t in every)


def test_the_comments_tab_lists_comments_and_folds_the_counts(owner_olga, analysis):
    html = client_for(owner_olga).get(EXPLORER).content.decode()
    assert '<details class="counts-per-location">' in html
    assert html.index("counts-per-location") < html.index('class="responses"')
    assert "What people talk about</h2>" not in html  # another tab


def test_an_unknown_tab_is_refused_naming_it(owner_olga, analysis):
    response = client_for(owner_olga).get(EXPLORER, {"show": "everything"})
    assert response.status_code == 400
    assert "Tab: Select a valid choice" in response.content.decode()


def test_each_praised_name_shows_its_count_once(owner_olga, link, world):
    EmployeeFactory(organization=world.org, first_name="Rosa", location=world.location_a)
    comment(link, "Rosa was wonderful.", sentiment="positive")
    comment(link, "Thanks to Rosa!", sentiment="positive")
    html = client_for(owner_olga).get(EXPLORER, {"show": "staff"}).content.decode()
    row = html[html.index('<th scope="row">Rosa</th>') :].split("</tr>")[0]
    assert row.count(">2<") == 1 and "n=" not in row
    assert row.count('class="comment"') == 1  # one example


# Feeling per P and how sure --------------------------------------------------------------


def test_the_explorer_shows_a_chip_per_p_with_its_feeling_and_how_sure(owner_olga, link):
    comment(
        link,
        "Lovely nurse, but two hours in the waiting room.",
        sentiment="negative",
        people=True,
        process=True,
        feelings={"people": "positive", "process": "negative"},
        sure={"sentiment": 0.734, "people": 0.91, "process": 0.996},
    )
    html = client_for(owner_olga).get(EXPLORER).content.decode()
    assert "People: positive" in html and "Process: negative" in html
    assert "73% sure" in html and "91% sure" in html and "100% sure" in html


def test_an_analysis_stored_before_feelings_shows_its_overall_feeling_per_p(owner_olga, link):
    comment(link, "Slow.", sentiment="negative", process=True, feelings={}, sure={})
    html = client_for(owner_olga).get(EXPLORER).content.decode()
    assert "Process: negative" in html and "% sure" not in html


def test_a_corrected_label_is_sure_and_a_single_feeling_follows_the_correction(
    manager_max, analysis
):
    analysis.feelings, analysis.sure = {"process": "negative"}, {"sentiment": 0.6, "process": 0.7}
    analysis.save()
    url = reverse("textlens:analysis-correct", args=[analysis.code])
    client_for(manager_max).post(url, correction_data(sentiment="neutral"))
    analysis.refresh_from_db()
    assert analysis.sure["sentiment"] == 1.0
    assert analysis.feeling_of("process") == "neutral"


def test_a_stored_analysis_keeps_the_feelings_and_how_sure_of_the_library(link):
    from servicegap.textlens.retraining import analyse_response

    response = ResponseFactory(
        organization=link.organization,
        link=link,
        comment="Our waiter Tomasz was brilliant and the lamb was delicious, but then we "
        "waited twenty minutes for the bill and had to go up to the bar to pay it in the end.",
    )
    stored = analyse_response(response, fresh=True)
    assert stored.feelings == {
        "people": "positive",
        "process": "negative",
        "product": "positive",
    }
    assert stored.people and stored.process and stored.product
    assert 0 < stored.sure["sentiment"] <= 1
