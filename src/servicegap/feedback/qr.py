"""QR codes for survey links, drawn by segno (SVG and PNG, no image library needed)."""

from __future__ import annotations

import io
import ipaddress
from urllib.parse import urlsplit

import segno


def _code(url: str) -> segno.QRCode:
    # Medium error correction survives a coffee stain on a table card.
    return segno.make(url, error="m", micro=False)


def qr_svg(url: str, *, scale: int = 8) -> bytes:
    buffer = io.BytesIO()
    _code(url).save(buffer, kind="svg", scale=scale, border=2, title=url)
    return buffer.getvalue()


def qr_png(url: str, *, scale: int = 10) -> bytes:
    buffer = io.BytesIO()
    _code(url).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def qr_inline_svg(url: str, *, scale: int = 6) -> str:
    """An <svg> element to put straight into a page (no XML declaration)."""
    return _code(url).svg_inline(scale=scale, border=2, omitsize=True)


def is_loopback(url: str) -> bool:
    """Whether `url` points at this machine only (localhost, 127.x.x.x, ::1, 0.0.0.0),
    which no customer's phone can open."""
    host = (urlsplit(url).hostname or "").lower()
    if host in ("localhost", "") or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


LOOPBACK_HINT = (
    "Phones cannot open these codes: they point at {url}, which is this computer only. "
    "Set SERVICEGAP_SITE_URL to the address customers' phones can reach (e.g. "
    "https://feedback.example.com, or http://192.168.1.20:8000 on your shop's Wi-Fi) and "
    "restart servicegap."
)
