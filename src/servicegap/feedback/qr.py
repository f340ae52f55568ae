"""QR codes for survey links, drawn by segno (SVG and PNG, no image library needed)."""

from __future__ import annotations

import io

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
