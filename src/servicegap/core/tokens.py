"""API tokens: made, looked up and revoked here; only their digest is stored."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.utils import timezone

from servicegap.core.models import ApiToken, Membership

PREFIX = "sg_"


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_token(membership: Membership, name: str) -> tuple[ApiToken, str]:
    """Make a token acting as `membership`; return it and the secret, shown only once."""
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        organization_id=membership.organization_id,
        membership=membership,
        name=name,
        prefix=secret[:10],
        digest=digest(secret),
    )
    return token, secret


def membership_for_secret(secret: str) -> Membership | None:
    """The membership a live token acts as, or None; notes when the token was last used."""
    if not secret.startswith(PREFIX):
        return None
    token = (
        ApiToken.objects.active()
        .select_related("membership__organization", "membership__user")
        .filter(digest=digest(secret), membership__user__is_active=True)
        .first()
    )
    if token is None or token.membership.organization_id != token.organization_id:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=5):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.membership


def revoke_token(token: ApiToken) -> bool:
    return (
        ApiToken.objects.filter(pk=token.pk, revoked_at=None).update(revoked_at=timezone.now()) == 1
    )
