"""A first, simple spam rule for feedback: the honeypot and links in the comment.

The comment-analysis app adds its own judgement later through `intake.flag_spam`;
this rule only catches what needs no analysis at all.
"""

from __future__ import annotations

import re

# Customers describe their visit; advertisers paste addresses.
LINK = re.compile(r"(https?://|www\.|\[url[=\]])", re.IGNORECASE)


def spam_reason(comment: str, honeypot: str = "") -> str:
    """Why a submission looks like spam, or "" when it does not."""
    if honeypot.strip():
        return "honeypot field filled in"
    if LINK.search(comment):
        return "link in the comment"
    return ""
