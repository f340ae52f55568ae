"""Complaint facts that a model fitted on stories put right must not talk away (issue
25): someone arriving late, nobody to talk to, a complaint nothing came of, and praise by
denial that turned ("never had a problem until…"). Every sentence here was written for these tests, each with the
look-alike that is not a complaint."""

from __future__ import annotations

import pytest

from servicegap.textlens import analyse, learn
from servicegap.textlens import sentiment as sent


def facts(text: str) -> sent.Service:
    lower = text.lower()
    words = learn.tokens(lower)
    return sent.service_layer(lower, words, set(words), learn.pairs(words), foreign=False)


@pytest.mark.parametrize(
    "text",
    [
        "The engineer turned up late and left early.",
        "Driver showed up an hour late with the wrong van.",
        "The 8.15 was late again, third time this week.",
        "Our dentist is always late, you sit there for ages.",
        "Delivered late, so the flowers missed the party.",
        "The plumber arrived late and didn't apologise.",
    ],
)
def test_someone_arriving_late_is_a_wait(text):
    assert facts(text).waiting, text
    assert analyse(text).sentiment == "negative", text
    assert "process" in analyse(text).topics, text


@pytest.mark.parametrize(
    "text",
    [
        "Open late, which is handy after work.",
        "They offered us a late checkout for free.",
        "Great late night menu.",
        "We stayed late chatting and nobody rushed us.",
    ],
)
def test_late_that_is_not_lateness_is_no_wait(text):
    assert not facts(text).waiting, text


@pytest.mark.parametrize(
    "text",
    [
        "No complaints procedure, nobody to talk to.",
        "Phoned the bank and there was no one to speak to.",
        "Nobody at the desk to help, just a screen.",
    ],
)
def test_nobody_to_talk_to_is_contact_that_never_came(text):
    found = facts(text)
    assert found.unanswered and not found.never, text
    result = analyse(text)
    assert result.sentiment == "negative" and "people" in result.topics, text


@pytest.mark.parametrize(
    "text",
    [
        "Never had a problem until this week, now nothing works.",
        "No complaints till the new manager arrived, now it's chaos.",
        "Not one issue before they changed the app.",
    ],
)
def test_praise_by_denial_that_turned_is_a_complaint(text):
    assert facts(text).worse, text
    result = analyse(text)
    assert result.sentiment == "negative", text
    assert "says it went wrong after a good run" in result.reasons, text


@pytest.mark.parametrize(
    "text",
    [
        "Never had a problem in ten years here.",
        "No complaints at all, lovely staff.",
        "Not one issue since we moved our account.",
    ],
)
def test_praise_by_denial_that_held_stays_praise(text):
    assert not facts(text).worse, text
    assert analyse(text).sentiment == "positive", text


@pytest.mark.parametrize(
    "text",
    [
        "Nothing was done about my complaint.",
        "Complained about the noise and nothing has been sorted.",
        "I reported the leak twice and nobody did anything.",
        "Three weeks on and nothing is being done about the refund.",
    ],
)
def test_a_complaint_nothing_came_of_is_something_that_never_happened(text):
    assert facts(text).never, text
    assert analyse(text).sentiment == "negative", text


@pytest.mark.parametrize(
    "text",
    [
        "Nothing was too much trouble for the staff.",
        "Everything was sorted in ten minutes.",
        "The manager did everything she could and it got sorted, brilliant.",
    ],
)
def test_nothing_that_is_praise_is_no_such_complaint(text):
    assert not facts(text).never, text
    assert analyse(text).sentiment == "positive", text
