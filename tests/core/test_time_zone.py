"""Times are stored in UTC and shown in the organisation's time zone on every member page."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone

from servicegap.core.middleware import MembershipMiddleware


def current_zone(request):
    return HttpResponse(timezone.get_current_timezone_name())


def test_a_members_request_runs_in_the_organisations_time_zone(owner_olga, outsider_otto):
    owner_olga.organization.time_zone = "America/Chicago"
    owner_olga.organization.save()
    middleware = MembershipMiddleware(current_zone)
    for membership, zone in ((owner_olga, "America/Chicago"), (outsider_otto, None)):
        request = RequestFactory().get("/")
        request.user = membership.user
        request.session = {}
        answer = middleware(request).content.decode()
        assert answer == (zone or membership.organization.time_zone)
    anonymous = RequestFactory().get("/")
    anonymous.user, anonymous.session = AnonymousUser(), {}
    assert middleware(anonymous).content.decode() == "UTC"
    assert timezone.get_current_timezone_name() == "UTC"  # and nothing leaks afterwards
