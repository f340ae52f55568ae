"""Every page carries a Content-Security-Policy with no inline script; member pages are
never kept by a cache; the pages still load everything they need from the site."""

import base64
import hashlib
import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client, override_settings
from django.urls import reverse

from servicegap.core import csp
from tests.conftest import client_for
from tests.factories import UserFactory
from tests.feedback.factories import SurveyLinkFactory

ROLES = [
    "owner_olga",
    "executive_erin",
    "manager_max",
    "supervisor_sid",
    "staff_sam",
    "shopper_sue",
]


def directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split("; ")}


def style_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_policy_allows_scripts_only_from_the_site():
    policy = dict(part.split(" ", 1) for part in csp.policy().split("; "))
    assert policy["script-src"] == "'self'"
    assert policy["default-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert "unsafe" not in policy["style-src-elem"]


@pytest.mark.parametrize("role", ROLES)
def test_member_pages_carry_the_policy_and_are_never_stored(request, role):
    client = client_for(request.getfixturevalue(role))
    response = client.get(reverse("core:home"))
    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'self'"]
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}


def test_the_login_page_carries_the_policy_and_is_never_stored(client, db):
    response = client.get(reverse("account_login"))
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "no-store" in response["Cache-Control"]


def test_the_api_answers_are_never_stored(owner_olga):
    response = client_for(owner_olga).get("/api/v1/me")
    assert response.status_code == 200
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}


def test_the_public_form_carries_the_policy_with_its_own_style_allowed(client, db):
    link = SurveyLinkFactory()
    response = client.get(link.public_path())
    page = response.content.decode()
    [style] = re.findall(r"<style>(.*?)</style>", page, re.DOTALL)
    assert style_hash(style) in directives(response)["style-src-elem"]
    assert directives(response)["script-src"] == ["'self'"]
    assert "<script" not in page
    # The form keeps its own caching rule (never cached, and no member's page).
    assert "must-revalidate" in response["Cache-Control"]


def test_a_view_s_own_caching_is_kept(owner_olga):
    """A photo the member's browser keeps for an hour (audits) is not turned to no-store:
    only a response that says nothing is marked."""
    from django.http import HttpResponse

    from servicegap.core.middleware import PageHeadersMiddleware

    def view(_request):
        response = HttpResponse("photo")
        response["Cache-Control"] = "private, max-age=3600"
        return response

    from django.test import RequestFactory

    response = PageHeadersMiddleware(view)(RequestFactory().get("/audits/photo/"))
    assert response["Cache-Control"] == "private, max-age=3600"
    assert "Content-Security-Policy" in response


def test_admin_pages_carry_the_policy(client, db):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'self'"]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "url",
    ["core:home", "recovery:outcomes", "gap:dashboard", "gap:report", "customers:customer-list"],
)
def test_member_pages_load_scripts_and_styles_only_from_served_files(owner_olga, url):
    """What the policy would block: an inline script, an event handler attribute, an
    inline style block without its hash, or a script from elsewhere."""
    response = client_for(owner_olga).get(reverse(url))
    assert response.status_code == 200
    page = response.content.decode()
    allowed_styles = directives(response)["style-src-elem"]
    for tag in re.findall(r"<script\b[^>]*>", page):
        if 'type="application/json"' in tag:
            continue  # data for a script (json_script), never run
        source = re.search(r'src="([^"]+)"', tag)
        assert source, f"inline script on {url}: {tag}"
        path = source.group(1)
        assert path.startswith("/static/"), path
        assert finders.find(path.removeprefix("/static/")), f"{path} is not served"
    for style in re.findall(r"<style>(.*?)</style>", page, re.DOTALL):
        assert style_hash(style) in allowed_styles
    assert not re.search(r"\son[a-z]+=", page), "an inline event handler"
    assert not re.search(r"javascript:", page)


@override_settings(WHITENOISE_USE_FINDERS=True, WHITENOISE_AUTOREFRESH=True)
@pytest.mark.parametrize("path", ["vendor/htmx/htmx.min.js", "vendor/chartjs/chart.umd.js"])
def test_the_front_end_libraries_are_served_by_the_app_and_may_be_cached(db, path):
    response = Client().get(f"/static/{path}")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
    assert "javascript" in response["Content-Type"]


def test_the_public_form_through_the_server_s_short_stack_carries_the_policy(world):
    from servicegap.core import wsgi
    from tests.core.test_wsgi import call

    link = SurveyLinkFactory(organization=world.org, location=world.location_a)
    status, headers, _body = call(
        wsgi.get_application(), "get", link.public_path(), SERVER_NAME="localhost"
    )
    assert status == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "must-revalidate" in headers["Cache-Control"]
