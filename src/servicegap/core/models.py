"""Organisations and who belongs to them.

Every other table in servicegap hangs off an `Organization`. Querysets of
organisation-owned models start from a `Membership` (`for_member`), so that a view can
never see another organisation's rows, and location-owned rows are further narrowed to
the locations a scoped manager or supervisor looks after.
"""

from __future__ import annotations

import re
import secrets
import uuid
import zoneinfo
from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from datetime import datetime


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("%(value)s is not a known time zone; use a name such as Europe/Paris."),
            params={"value": value},
        )


CONTROL_CHARACTERS = r"[\x00-\x1f\x7f]"
no_control_characters = RegexValidator(
    CONTROL_CHARACTERS,
    _("Remove line breaks and other control characters."),
    inverse_match=True,
)


def one_line(text: str) -> str:
    """Text as one line: tabs, line breaks and other control characters (a name pasted
    from a spreadsheet, say) become single spaces. Django also refuses line breaks in an
    e-mail header, so subjects made of names are put through this too."""
    return " ".join(re.sub(CONTROL_CHARACTERS, " ", str(text)).split())


currency_validator = RegexValidator(
    r"^[A-Z]{3}$", _("Use a three-letter currency code such as EUR or USD.")
)


class Organization(models.Model):
    """A business, or a chain of them, with its own members and data."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=120, validators=[no_control_characters])
    slug = models.SlugField(
        _("short name"),
        max_length=60,
        unique=True,
        help_text=_("Used in links and on the command line, e.g. demo."),
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", validators=[validate_time_zone]
    )
    currency = models.CharField(
        _("currency"), max_length=3, default="EUR", validators=[currency_validator]
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The staff screens' language for members who have not chosen their own."),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # Made by `servicegap demo`, which may delete and rebuild it; nothing else is.
    is_demo = models.BooleanField(default=False, editable=False)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(currency__regex=r"^[A-Z]{3}$"),
                name="core_organization_currency_iso",
                violation_error_message=_("Use a three-letter currency code."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)


class AccountSettings(models.Model):
    """A person's own choices, whichever organisation they are working in."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="account_settings"
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("Leave empty to use your organisation's language."),
    )

    class Meta:
        verbose_name = _("account settings")
        verbose_name_plural = _("account settings")

    def __str__(self) -> str:
        return str(self.user)


class P(models.TextChoices):
    """The three P's that organise every score."""

    PEOPLE = "people", _("People")
    PROCESS = "process", _("Process")
    PRODUCT = "product", _("Product")


class OrgQuerySet(models.QuerySet):
    """Rows of one organisation: the only way views reach organisation-owned data."""

    def for_member(self, membership: Membership | None) -> OrgQuerySet:
        if membership is None:
            return self.none()
        return self.filter(organization_id=membership.organization_id)


class LocationScopedQuerySet(OrgQuerySet):
    """Rows that belong to a location, narrowed to a scoped member's locations."""

    location_field = "location"

    def for_member(self, membership: Membership | None) -> LocationScopedQuerySet:
        qs = super().for_member(membership)
        if membership is None or not membership.is_location_scoped:
            return qs
        return qs.filter(**{f"{self.location_field}__in": membership.visible_locations()})


class OrgOwned(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")

    objects = OrgQuerySet.as_manager()

    class Meta:
        abstract = True


class Region(OrgOwned):
    """A group of locations, e.g. by area or brand."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=120, validators=[no_control_characters])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                "organization",
                Lower("name"),
                name="core_region_unique_org_name",
                violation_error_message=_("A region with this name already exists."),
                violation_error_code="unique_name",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class LocationQuerySet(OrgQuerySet):
    def for_member(self, membership: Membership | None) -> LocationQuerySet:
        qs = super().for_member(membership)
        if membership is None or not membership.is_location_scoped:
            return qs
        return qs.filter(pk__in=membership.visible_locations().values("pk"))

    def active(self) -> LocationQuerySet:
        return self.filter(is_active=True)


class Location(OrgOwned):
    """A place where customers are served: a restaurant, a shop, a clinic."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=120, validators=[no_control_characters])
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="locations",
    )
    address = models.TextField(_("address"), blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    is_active = models.BooleanField(_("open"), default=True)

    objects = LocationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                "organization",
                Lower("name"),
                name="core_location_unique_org_name",
                violation_error_message=_("A location with this name already exists."),
                violation_error_code="unique_name",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__range=(-90, 90)),
                name="core_location_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__range=(-180, 180)),
                name="core_location_longitude_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("core:location-detail", args=[self.code])


class Department(OrgOwned):
    """A team that owns part of the service, e.g. front of house or kitchen."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                "organization",
                Lower("name"),
                name="core_department_unique_org_name",
                violation_error_message=_("A department with this name already exists."),
                violation_error_code="unique_name",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Employee(OrgOwned):
    """Someone who serves customers; may or may not log in."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    first_name = models.CharField(_("first name"), max_length=80)
    last_name = models.CharField(_("last name"), max_length=80, blank=True)
    job_title = models.CharField(_("job title"), max_length=80, blank=True)
    location = models.ForeignKey(
        Location,
        verbose_name=_("location"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="employees",
    )
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="employees",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("login"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="employee_records",
    )
    started_on = models.DateField(_("started on"), null=True, blank=True)
    is_active = models.BooleanField(_("still employed"), default=True)

    objects = LocationScopedQuerySet.as_manager()

    class Meta:
        ordering = ["first_name", "last_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "user"],
                name="core_employee_unique_org_user",
                violation_error_message=_("This login is already linked to another employee."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def get_absolute_url(self) -> str:
        return reverse("core:employee-edit", args=[self.code])


class Role(models.TextChoices):
    OWNER = "owner", _("Owner")
    EXECUTIVE = "executive", _("Executive")
    MANAGER = "manager", _("Manager")
    SUPERVISOR = "supervisor", _("Supervisor")
    STAFF = "staff", _("Staff")
    SHOPPER = "shopper", _("Mystery shopper")


# Roles that see every location, and roles that may be limited to some of them.
ORGANISATION_WIDE_ROLES = frozenset({Role.OWNER, Role.EXECUTIVE})
SCOPABLE_ROLES = frozenset({Role.MANAGER, Role.SUPERVISOR, Role.STAFF})


class Membership(models.Model):
    """A user's place in one organisation: their role, and for some roles their locations.

    Managers, supervisors and staff see the locations of their regions and their
    locations, or every location when `all_locations` is set; with neither they see none
    (a scope that lost its last location never widens to the whole organisation).
    """

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    all_locations = models.BooleanField(_("every location"), default=False)
    regions = models.ManyToManyField(
        Region, verbose_name=_("regions"), blank=True, related_name="+"
    )
    locations = models.ManyToManyField(
        Location, verbose_name=_("locations"), blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # The organisation a user last chose is the one they start in at their next login.
    last_selected_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = OrgQuerySet.as_manager()

    class Meta:
        ordering = ["organization__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "user"],
                name="core_membership_unique_org_user",
                violation_error_message=_("This person is already a member."),
            ),
            models.CheckConstraint(
                condition=Q(role__in=Role.values),
                name="core_membership_role_valid",
                violation_error_message=_("Unknown role."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.organization}"

    def has_role(self, *roles: Role) -> bool:
        return self.role in roles

    @property
    def is_location_scoped(self) -> bool:
        """True when this member sees only some locations (or none, for shoppers)."""
        if self.role in ORGANISATION_WIDE_ROLES:
            return False
        if self.role == Role.SHOPPER:
            return True
        return not self.all_locations

    def _scope_ids(self) -> tuple[frozenset[int], frozenset[int]]:
        if not hasattr(self, "_scope_cache"):
            if self.pk is None:
                self._scope_cache = (frozenset(), frozenset())
            else:
                self._scope_cache = (
                    frozenset(self.regions.values_list("pk", flat=True)),
                    frozenset(self.locations.values_list("pk", flat=True)),
                )
        return self._scope_cache

    def visible_locations(self) -> LocationQuerySet:
        """The locations this member may see: all of the organisation's, or their scope."""
        qs = Location.objects.filter(organization_id=self.organization_id)
        if self.role == Role.SHOPPER:
            # Shoppers reach locations only through the audits assigned to them.
            return qs.none()
        if not self.is_location_scoped:
            return qs
        region_ids, location_ids = self._scope_ids()
        return qs.filter(Q(region_id__in=region_ids) | Q(pk__in=location_ids))

    def can_see_location(self, location: Location) -> bool:
        return self.visible_locations().filter(pk=location.pk).exists()


def _invitation_token() -> str:
    return secrets.token_urlsafe(32)


class InvitationQuerySet(OrgQuerySet):
    def pending(self, now: datetime | None = None) -> InvitationQuerySet:
        now = now or timezone.now()
        return self.filter(accepted_at=None, revoked_at=None, expires_at__gt=now)


class Invitation(OrgOwned):
    """An e-mailed offer to join an organisation with a role."""

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    token = models.CharField(max_length=64, unique=True, default=_invitation_token, editable=False)
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    all_locations = models.BooleanField(_("every location"), default=False)
    regions = models.ManyToManyField(
        Region, verbose_name=_("regions"), blank=True, related_name="+"
    )
    locations = models.ManyToManyField(
        Location, verbose_name=_("locations"), blank=True, related_name="+"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            # pending invitations of one organisation, for the members page
            models.Index(fields=["organization", "expires_at"], name="core_invitation_org_expiry"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=Role.values),
                name="core_invitation_role_valid",
                violation_error_message=_("Unknown role."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} → {self.organization}"

    def save(self, *args, **kwargs) -> None:
        if self.expires_at is None:
            days = settings.INVITATION_MAX_AGE_DAYS
            self.expires_at = (self.created_at or timezone.now()) + timedelta(days=days)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("core:invitation-accept", args=[self.token])

    def is_pending(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > now


class ApiTokenQuerySet(OrgQuerySet):
    def active(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at=None)


class ApiToken(OrgOwned):
    """A secret for scripts: it acts in the API as the member who made it, in one organisation.

    Only a SHA-256 digest of the secret is stored; the secret is shown once, when made.
    """

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=80, help_text=_("What uses it, e.g. POS export."))
    prefix = models.CharField(max_length=12, editable=False)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
