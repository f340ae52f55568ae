"""Who may see and do what: the permission helpers every view uses.

A view is wrapped in `member_required(...)`, which sends anonymous users to the login
page, users without an organisation to the page that creates one, and a member whose
role is not allowed to a 403. Objects are then fetched with `get_for_member`, which
starts from the member's organisation (and locations, where scoped), so another
organisation's object is a 404.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone

from servicegap.core.models import Membership, Role

if TYPE_CHECKING:
    from django.contrib.auth.models import User
    from django.db.models import Model

M = TypeVar("M", bound="Model")

SESSION_KEY = "servicegap_organization"

# Named groups of roles, so that views say what they need in words.
EVERYONE = frozenset(Role)
ORGANISATION_ADMINS = frozenset({Role.OWNER})
LEADERS = frozenset({Role.OWNER, Role.EXECUTIVE})
LOCATION_MANAGERS = frozenset({Role.OWNER, Role.EXECUTIVE, Role.MANAGER})
SUPERVISORS = LOCATION_MANAGERS | {Role.SUPERVISOR}
TEAM = SUPERVISORS | {Role.STAFF}


class MemberRequest(HttpRequest):
    """An `HttpRequest` after `MembershipMiddleware`: the user's current membership."""

    user: User
    membership: Membership | None


def current_membership(request: HttpRequest) -> Membership | None:
    """The membership chosen in this session, else the user's first one."""
    user = request.user
    if not user.is_authenticated:
        return None
    # The user's own settings come along: their language is read on every request.
    memberships = Membership.objects.filter(user=user).select_related(
        "organization", "user__account_settings"
    )
    chosen = request.session.get(SESSION_KEY)
    if chosen is not None:
        membership = memberships.filter(organization_id=chosen).first()
        if membership is not None:
            return membership
    return memberships.order_by(
        F("last_selected_at").desc(nulls_last=True), "created_at", "pk"
    ).first()


def remember_organization(request: HttpRequest, membership: Membership) -> None:
    """Work in `membership`'s organisation for this session and the next login."""
    request.session[SESSION_KEY] = membership.organization_id
    request.membership = membership
    Membership.objects.filter(pk=membership.pk).update(last_selected_at=timezone.now())


def require_role(membership: Membership | None, roles: Iterable[Role]) -> Membership:
    """Return the membership if its role is one of `roles`, else raise PermissionDenied."""
    if membership is None or membership.role not in roles:
        raise PermissionDenied
    return membership


def member_required(
    roles: Iterable[Role] = EVERYONE,
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Guard a view: logged in, a member of an organisation, with one of `roles`."""
    allowed = frozenset(roles)

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: MemberRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if request.membership is None:
                return redirect("core:organization-create")
            require_role(request.membership, allowed)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def get_for_member(model: type[M], membership: Membership, **lookup: Any) -> M:
    """Fetch one object through `Model.objects.for_member`; anything else is a 404."""
    return get_object_or_404(model.objects.for_member(membership), **lookup)
