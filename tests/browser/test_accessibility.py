"""Every page passes axe-core in a real browser, as every role, on a phone.

The demo is seeded into a SQLite file of its own and served by `servicegap serve`;
headless Chromium (Debian's `chromium`, driven by Playwright) logs in as each role of
the demo, follows every link it is shown from Today, and runs axe-core (installed from
the npm registry by `make install`, see package.json) on one page of each URL name.
A serious or critical violation fails the test, listed with its page and element.
Anonymous pages (log in, sign up, password reset) and the public feedback form, empty
and with its errors, are checked too.

Without Chromium or Playwright the test is skipped, except in CI (`CI` set), where
`.ci/run` installs both and a skip would hide a failure.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections import deque
from urllib.parse import urlsplit

import pytest
from django.urls import Resolver404, resolve

from tests.browser.serving import CHROMIUM, PHONE, ROOT, served, site_env
from tests.pipeline.test_background import free_port

pytestmark = pytest.mark.slow

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PASSWORD = "servicegap-demo"  # the demo's logins, printed by `servicegap demo`
ROLES = ["owner", "executive", "manager", "supervisor", "staff", "shopper"]
SERIOUS = {"serious", "critical"}
PAGE_LIMIT = 200  # per role: far more URL names than servicegap has

# Links that leave the pages a person reads: logging out, the admin, the API, files.
NOT_PAGES = ("/accounts/logout/", "/admin/", "/api/", "/static/", "/organizations/switch/")
FILES = ("/pdf", "/print", ".csv", ".xlsx", ".pdf", ".png", ".svg", "/export", "/download")


def _missing() -> str:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install playwright)"
    if not CHROMIUM:
        return "Chromium is not installed (apt-get install chromium)"
    if not AXE.exists():
        return "axe-core is not installed (make install)"
    return ""


MISSING = _missing()
if os.environ.get("DATABASE_URL"):
    # The served demo is a SQLite file of its own whatever the suite's database, so the
    # check runs once, in the SQLite pass of `.ci/run`.
    pytest.skip("runs in the SQLite pass only", allow_module_level=True)
elif MISSING and os.environ.get("CI"):
    pytest.fail(f"CI must run the accessibility test: {MISSING}", pytrace=False)
elif MISSING:
    pytest.skip(MISSING, allow_module_level=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The demo, served on a spare port of 127.0.0.1: (base URL, a public form's path)."""
    data = tmp_path_factory.mktemp("accessibility")
    env = site_env(data)
    seeded = subprocess.run(
        [sys.executable, "-m", "servicegap", "demo", "--no-serve"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert seeded.returncode == 0, seeded.stdout + seeded.stderr
    with sqlite3.connect(data / "servicegap.sqlite3") as db:
        (token,) = db.execute(
            "SELECT token FROM feedback_surveylink WHERE is_active LIMIT 1"
        ).fetchone()
    with served(env, free_port()) as base:
        yield base, f"/s/{token}/"


def page_name(path: str) -> str:
    """One name per page kind: the URL's name, or the path for unnamed ones."""
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return urlsplit(path).path
    return match.view_name or match.route


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page, one line each."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
        for violation in result["violations"]
        if violation["impact"] in SERIOUS
    ]


def links(page) -> list[str]:
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    return [
        href.split("#")[0]
        for href in hrefs
        if href and href.startswith("/") and not href.startswith("//")
        and not href.startswith(NOT_PAGES) and not any(part in href for part in FILES)
    ]  # fmt: skip


def log_in(page, base: str, role: str) -> None:
    page.goto(base + "/accounts/login/")
    page.fill("input[name=login]", f"{role}@demo.test")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "/accounts/login/" not in page.url, f"{role} could not log in"


@pytest.mark.parametrize("role", ROLES)
def test_every_page_a_role_reaches_passes_axe_on_a_phone(site, browser, role):
    base, _form = site
    context = browser.new_context(viewport=PHONE, bypass_csp=True)  # axe is injected
    page = context.new_page()
    try:
        log_in(page, base, role)
        seen: set[str] = set()
        queue, checked, problems = deque(["/"]), [], []
        while queue and len(checked) < PAGE_LIMIT:
            path = queue.popleft()
            name = page_name(path)
            if name in seen:
                continue
            seen.add(name)
            response = page.goto(base + path)
            if not response or response.status != 200:
                continue  # a link this role may not follow answers 403/404, as it should
            if "text/html" not in response.headers.get("content-type", ""):
                continue
            checked.append(path)
            problems += [f"{path}: {line}" for line in serious_violations(page)]
            queue.extend(link for link in links(page) if page_name(link) not in seen)
    finally:
        context.close()
    assert len(checked) >= 5, f"{role} reached only {checked}"
    assert not problems, f"{len(problems)} serious violations as {role}:\n" + "\n".join(problems)


def test_the_public_pages_pass_axe_on_a_phone(site, browser):
    base, form = site
    context = browser.new_context(viewport=PHONE, bypass_csp=True)  # axe is injected
    page = context.new_page()
    problems = []
    try:
        for path in ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/", form]:
            response = page.goto(base + path)
            assert response and response.status == 200, path
            problems += [f"{path}: {line}" for line in serious_violations(page)]
        page.goto(base + form)
        page.locator("form[method=post] [type=submit]").last.click()  # no answers: errors
        page.wait_for_load_state()
        problems += [f"{form} (sent empty): {line}" for line in serious_violations(page)]
    finally:
        context.close()
    assert not problems, "\n".join(problems)
