"""What the e-mails servicegap sends have in common."""

from __future__ import annotations


def subject_line(text: str) -> str:
    """A subject on one line: names people typed may hold line breaks, which Django
    refuses in a header (the whole message would fail)."""
    return " ".join(str(text).split())
