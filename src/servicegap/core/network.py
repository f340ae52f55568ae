"""The client's address, the one place that reads `X-Forwarded-For`.

Login and sign-up rate limits (allauth, through `core.adapters`) and the public form's
per-address limit (feedback) all count requests per client address. Behind a reverse
proxy every request arrives from the proxy, so the address that counts is the one the
proxy saw: `SERVICEGAP_TRUSTED_PROXIES` hops from the right of `X-Forwarded-For` (each
trusted proxy appends the address it was called from; anything further left may be
forged by the client, so it is never read).
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The caller's address: `REMOTE_ADDR`, or behind trusted proxies the address the
    outermost trusted proxy saw (`SERVICEGAP_TRUSTED_PROXIES` hops from the right of
    `X-Forwarded-For`)."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = settings.SERVICEGAP_TRUSTED_PROXIES
    if trusted < 1:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if not hops:
        return remote
    # Fewer hops than trusted proxies: the request skipped some of them, and the
    # leftmost hop is the nearest to the client there is.
    hop = hops[-trusted] if len(hops) >= trusted else hops[0]
    try:
        return str(ipaddress.ip_address(hop))
    except ValueError:
        return remote
