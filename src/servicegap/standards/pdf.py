"""PDFs with WeasyPrint, imported only when a PDF is asked for.

WeasyPrint draws text with the operating system's Pango. Where Pango cannot be loaded,
`render_pdf` raises `PdfUnavailable` with the package to install, so the page can say
so instead of failing with a traceback.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from django.utils.translation import gettext_lazy as _

PANGO_HINT = _(
    "Install Pango and a font: on Debian or Ubuntu "
    "“apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core”, "
    "on Fedora “dnf install pango”, on macOS “brew install pango”; then restart servicegap."
)


class PdfUnavailable(Exception):
    """WeasyPrint could not load its system libraries (Pango)."""


def load_weasyprint() -> ModuleType:
    """Import WeasyPrint; it loads Pango through ctypes, which raises OSError when missing."""
    try:
        import weasyprint  # noqa: PLC0415 - lazy: slow to load, and may need Pango
    except OSError as error:
        raise PdfUnavailable(str(error)) from error
    return weasyprint


def render_pdf(html: str, stylesheet: Path) -> bytes:
    """The PDF of `html`, styled by the CSS file `stylesheet`. No URL is fetched."""
    weasyprint = load_weasyprint()
    css = weasyprint.CSS(string=stylesheet.read_text(encoding="utf-8"), url_fetcher=_refuse_fetch)
    document = weasyprint.HTML(string=html, url_fetcher=_refuse_fetch)
    return document.write_pdf(stylesheets=[css])


def _refuse_fetch(url: str, *args: object, **kwargs: object) -> dict:
    """Card PDFs embed nothing from outside; refuse any URL rather than reach the network."""
    raise ValueError(f"PDFs do not load outside resources: {url}")
