"""Workflows for organisations and their members: create, invite, accept, revoke."""

from __future__ import annotations

import logging
import smtplib
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import BadHeaderError, send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from servicegap.core.models import (
    ApiToken,
    Department,
    Employee,
    Invitation,
    Location,
    Membership,
    Organization,
    Region,
    Role,
    one_line,
)

logger = logging.getLogger(__name__)


class InvitationError(Exception):
    """An invitation that can no longer be accepted, with a message for the person."""


class LastOwnerError(Exception):
    """The change would leave the organisation without an owner."""


# Slugs that belong to servicegap itself: `servicegap demo` rebuilds the organisation `demo`.
RESERVED_SLUGS = frozenset({"demo"})


def unique_slug(name: str) -> str:
    base = slugify(name)[:50] or "organisation"
    slug, n = base, 1
    while slug in RESERVED_SLUGS or Organization.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def create_organization(
    *, owner, name: str, time_zone: str = "UTC", currency: str = "EUR", language: str = "en"
) -> Membership:
    """Create an organisation with `owner` as its first owner.

    Two sign-ups with the same business name at the same moment may pick the same slug;
    the loser of that race simply takes the next one.
    """
    for _attempt in range(5):
        organization = Organization(
            name=name.strip(),
            slug=unique_slug(name),
            time_zone=time_zone,
            currency=currency,
            language=language,
        )
        organization.full_clean(validate_unique=False, validate_constraints=False)
        try:
            with transaction.atomic():
                organization.save()
                return Membership.objects.create(
                    organization=organization, user=owner, role=Role.OWNER
                )
        except IntegrityError:
            continue
    raise IntegrityError(f"no free short name for {name!r}")


def invitation_url(invitation: Invitation, base_url: str = "") -> str:
    """The link to accept; `base_url` is the address the inviter used, else SITE_URL."""
    return (base_url or settings.SITE_URL).rstrip("/") + invitation.get_absolute_url()


@transaction.atomic
def invite_member(
    invitation: Invitation, *, invited_by, regions=(), locations=(), base_url: str = ""
) -> Invitation:
    """Save a new invitation (built by the invitation form) and e-mail its link."""
    invitation.invited_by = invited_by
    invitation.email = invitation.email.lower()
    invitation.save()
    invitation.regions.set(regions)
    invitation.locations.set(locations)
    return invitation


def send_invitation(invitation: Invitation, base_url: str = "") -> None:
    """E-mail the invitation link; mail errors propagate for the caller to report."""
    context = {
        "invitation": invitation,
        "url": invitation_url(invitation, base_url),
        "organization": invitation.organization,
        "inviter": invitation.invited_by,
    }
    send_mail(
        subject=one_line(
            _("You are invited to join %(name)s on servicegap")
            % {"name": invitation.organization.name}
        ),
        message=render_to_string("core/email/invitation.txt", context),
        from_email=None,
        recipient_list=[invitation.email],
    )


def try_send_invitation(invitation: Invitation, base_url: str = "") -> Exception | None:
    """E-mail the link; if the mail server refuses, keep the invitation and return the
    error (logged) for the caller to show, so that the owner can send it again later."""
    try:
        send_invitation(invitation, base_url)
    except (OSError, smtplib.SMTPException, BadHeaderError) as error:
        logger.warning("invitation %s not sent: %s", invitation.code, error)
        return error
    return None


def check_invitation(invitation: Invitation, now: datetime | None = None) -> None:
    """Raise InvitationError when the invitation cannot be accepted any more."""
    now = now or timezone.now()
    if invitation.accepted_at is not None:
        raise InvitationError(_("This invitation has already been accepted."))
    if invitation.expires_at <= now:
        raise InvitationError(
            _("This invitation expired on %(date)s. Ask the person who invited you for a new one.")
            % {"date": date_format(timezone.localtime(invitation.expires_at), "DATE_FORMAT")}
        )
    if invitation.revoked_at is not None:
        raise InvitationError(_("This invitation was withdrawn. Ask for a new one."))


@transaction.atomic
def accept_invitation(invitation: Invitation, user) -> Membership:
    """Make `user` a member with the invited role and scope; an invitation is used once."""
    check_invitation(invitation)
    now = timezone.now()
    # Claim it only if it is still open now: not accepted, withdrawn or expired meanwhile.
    claimed = Invitation.objects.filter(
        pk=invitation.pk, accepted_at=None, revoked_at=None, expires_at__gt=now
    ).update(accepted_at=now, accepted_by=user)
    if claimed != 1:
        raise InvitationError(_("This invitation can no longer be used. Ask for a new one."))
    if Membership.objects.filter(organization=invitation.organization, user=user).exists():
        raise InvitationError(_("You are already a member of %s.") % invitation.organization)
    try:
        membership = Membership.objects.create(
            organization=invitation.organization,
            user=user,
            role=invitation.role,
            all_locations=invitation.all_locations,
        )
    except IntegrityError:
        raise InvitationError(
            _("You are already a member of %s.") % invitation.organization
        ) from None
    membership.regions.set(invitation.regions.all())
    membership.locations.set(invitation.locations.all())
    return membership


def login_exists(email: str) -> bool:
    users = get_user_model().objects
    return users.filter(Q(email__iexact=email) | Q(username__iexact=email[:150])).exists()


@transaction.atomic
def create_invited_user(invitation: Invitation, password: str):
    """A login for someone invited who has none yet; the e-mail is proven by the link.

    Raises IntegrityError when a login with that address appeared meanwhile.
    """
    user = get_user_model().objects.create_user(
        username=invitation.email[:150], email=invitation.email, password=password
    )
    EmailAddress.objects.create(user=user, email=invitation.email, verified=True, primary=True)
    return user


def revoke_invitation(invitation: Invitation) -> bool:
    return (
        Invitation.objects.filter(pk=invitation.pk, accepted_at=None, revoked_at=None).update(
            revoked_at=timezone.now()
        )
        == 1
    )


def purge_stale_invitations(now: datetime | None = None, keep_days: int = 30) -> int:
    """Delete invitations never accepted and dead for `keep_days`, with their e-mail address.

    Nobody needs the address of a person who did not join; keeping it a while lets the
    members page show what happened to recent invitations.
    """
    cutoff = (now or timezone.now()) - timedelta(days=keep_days)
    stale = Invitation.objects.filter(accepted_at=None).filter(
        Q(expires_at__lte=cutoff) | Q(revoked_at__lte=cutoff)
    )
    _total, per_model = stale.delete()
    return per_model.get(Invitation._meta.label, 0)


# The organisation's structure as its pages list it ---------------------------------------


def locations_for(membership: Membership):
    """The member's locations with their number of current employees (the locations page)."""
    return (
        Location.objects.for_member(membership)
        .select_related("region")
        .annotate(employee_count=Count("employees", filter=Q(employees__is_active=True)))
    )


def regions_for(membership: Membership):
    """The organisation's regions, each with how many of the member's locations it holds."""
    visible = membership.visible_locations().values("pk")
    return Region.objects.for_member(membership).annotate(
        location_count=Count("locations", filter=Q(locations__in=visible))
    )


def departments_for(membership: Membership):
    """The organisation's departments, each with its current employees at the member's
    locations."""
    visible = membership.visible_locations().values("pk")
    return Department.objects.for_member(membership).annotate(
        employee_count=Count(
            "employees",
            filter=Q(employees__is_active=True, employees__location__in=visible),
        )
    )


def employees_for(
    membership: Membership, *, location: Location | None = None, show_all: bool = False
):
    """The employees the member sees: of one location if given, former ones only if
    `show_all` (the employees page and its filters)."""
    employees = Employee.objects.for_member(membership).select_related(
        "location", "department", "user"
    )
    if location is not None:
        employees = employees.filter(location=location)
    if not show_all:
        employees = employees.filter(is_active=True)
    return employees


def members_of(membership: Membership):
    """The organisation's members with their scope, by role then e-mail (the members page)."""
    return (
        Membership.objects.for_member(membership)
        .select_related("user")
        .prefetch_related("regions", "locations")
        .order_by("role", "user__email")
    )


def open_invitations(membership: Membership):
    """Invitations nobody accepted: waiting, expired or withdrawn (the members page)."""
    return (
        Invitation.objects.for_member(membership)
        .filter(accepted_at=None)
        .prefetch_related("regions", "locations")
    )


def tokens_of(membership: Membership):
    """The organisation's API tokens, revoked ones too, with whom each acts as."""
    return ApiToken.objects.for_member(membership).select_related("membership__user")


# Owners -----------------------------------------------------------------------------------


def ensure_another_owner(member: Membership) -> None:
    """Raise LastOwnerError when `member` is an owner and no other member is.

    The organisation is locked until the caller's transaction ends, so that two owners
    stepping down or removing each other at once cannot leave it with none.
    """
    if member.role != Role.OWNER:
        return
    Organization.objects.select_for_update().filter(pk=member.organization_id).get()
    others = Membership.objects.filter(
        organization_id=member.organization_id, role=Role.OWNER
    ).exclude(pk=member.pk)
    if not others.exists():
        raise LastOwnerError(
            _("An organisation needs at least one owner; make someone else owner first.")
        )


@transaction.atomic
def remove_member(member: Membership) -> None:
    """Take `member` out of the organisation (their login stays); never its last owner."""
    try:
        ensure_another_owner(member)
    except LastOwnerError:
        raise LastOwnerError(_("The last owner cannot be removed.")) from None
    member.delete()
