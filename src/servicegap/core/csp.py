"""The Content-Security-Policy every response carries (core.middleware).

Scripts come only from the site's own static files: no template has an inline script
or an inline event handler. Style elements come from the static files too, except the
few inline `<style>` blocks listed in `CSP_INLINE_STYLE_TEMPLATES` (the public form's,
which saves the customer's phone a request, and the error page's), allowed by the
SHA-256 of their text, read from the templates themselves so that an edit to the CSS
never falls out of step with the policy. Style *attributes* stay allowed
(`style-src-attr`): the e-mailed report is styled inline for mail programs, and bars are
sized by a custom property; an attribute cannot load a script.
"""

from __future__ import annotations

import base64
import hashlib
import re

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template import engines

STYLE_BLOCK = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def inline_style_hashes(template_names: list[str]) -> list[str]:
    """`'sha256-…'` for the text of each `<style>` block in these templates' sources.

    A block with template syntax inside would render to other text than its source,
    so it stops start-up here rather than being silently blocked in the browser.
    """
    engine = engines["django"].engine
    hashes = []
    for name in template_names:
        source = engine.find_template(name)[0].source
        for text in STYLE_BLOCK.findall(source):
            if "{%" in text or "{{" in text:
                raise ImproperlyConfigured(
                    f"CSP_INLINE_STYLE_TEMPLATES: {name} has template syntax inside <style>;"
                    " move that rule to a static style sheet"
                )
            digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
            hashes.append(f"'sha256-{digest}'")
    return hashes


def policy() -> str:
    """The header's value, from `CSP_DIRECTIVES` plus the inline styles' hashes."""
    directives = {name: list(values) for name, values in settings.CSP_DIRECTIVES.items()}
    directives.setdefault("style-src-elem", ["'self'"])
    directives["style-src-elem"] += inline_style_hashes(settings.CSP_INLINE_STYLE_TEMPLATES)
    return "; ".join(" ".join([name, *values]) for name, values in directives.items())
