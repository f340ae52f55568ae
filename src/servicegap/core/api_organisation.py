"""The rest of the organisation in the API, as its pages manage it (Organisation → …).

- regions and departments: everyone but shoppers lists them, owners and executives add
  and rename them (the pages remove neither);
- employees: supervisors and above list those of their locations, managers and above
  add and change them (`"is_active": false` is "no longer employed"); only owners and
  executives link a member's login;
- members, invitations, API tokens and the organisation's settings: owners only.

Every write goes through the page's own form and the core service the page calls
(`core.organizations`, `core.tokens`), so the API refuses what the page refuses, with the
page's words. An object named in the path or the body that is not the caller's to see is
a 404; the last owner cannot be removed or demoted (409); an invitation's link and a
token's secret are never shown, except a new token's, once, in the answer that makes it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from django.db.models import Model
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict

from servicegap.core import organizations, tokens
from servicegap.core.access import (
    LEADERS,
    LOCATION_MANAGERS,
    ORGANISATION_ADMINS,
    SUPERVISORS,
    TEAM,
    get_for_member,
)
from servicegap.core.api import (
    Day,
    Status,
    changes,
    field_refused,
    form_refused,
    role_needed,
    saved,
)
from servicegap.core.forms import (
    LAST_OWNER,
    ApiTokenForm,
    DepartmentForm,
    EmployeeForm,
    InvitationForm,
    MembershipForm,
    OrganizationForm,
    RegionForm,
)
from servicegap.core.models import (
    ApiToken,
    Department,
    Employee,
    Invitation,
    Location,
    Membership,
    Region,
    Role,
)

router = Router(tags=["organisation"])

Name = Annotated[str, Field(max_length=120)]


class Ref(Schema):
    code: UUID
    name: str


def _ref(obj: Any) -> dict[str, Any] | None:
    return None if obj is None else {"code": obj.code, "name": obj.name}


def _codes(member: Membership, model: type[Model], codes: list[UUID]) -> list[str]:
    """Codes of the member's objects as a form's choices take them; any other is a 404."""
    return [str(get_for_member(model, member, code=code).code) for code in codes]


def _body(payload: Any) -> Any:
    if payload is None:  # the object is looked up first: another organisation's is a 404
        raise field_refused(message="Field required")
    return payload


# Regions and departments --------------------------------------------------------------

NO_SHOPPERS = "Mystery shoppers do not see the organisation's structure."
STRUCTURE_LEADERS = "Only owners and executives add and rename regions and departments."


class RegionOut(Schema):
    code: UUID
    name: str
    location_count: int = Field(description="How many of the caller's locations it holds.")


class DepartmentOut(Schema):
    code: UUID
    name: str
    employee_count: int = Field(description="Its current employees at the caller's locations.")


class NameIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: Name


class NameChangeIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: Name | None = None


def _region_out(region: Region) -> dict[str, Any]:
    return {"code": region.code, "name": region.name, "location_count": region.location_count}


def _department_out(department: Department) -> dict[str, Any]:
    return {
        "code": department.code,
        "name": department.name,
        "employee_count": department.employee_count,
    }


@router.get("/regions", response=list[RegionOut], summary="The organisation's regions")
def list_regions(request: HttpRequest) -> list[dict[str, Any]]:
    member = role_needed(request, TEAM, NO_SHOPPERS)
    return [_region_out(region) for region in organizations.regions_for(member)]


@router.post("/regions", response={201: RegionOut}, summary="Add a region")
def create_region(request: HttpRequest, payload: NameIn) -> Any:
    member = role_needed(request, LEADERS, STRUCTURE_LEADERS)
    region = saved(RegionForm(payload.model_dump(), instance=Region(), membership=member))
    return Status(201, _region_out(organizations.regions_for(member).get(pk=region.pk)))


@router.patch("/regions/{uuid:region_code}", response=RegionOut, summary="Rename a region")
def update_region(
    request: HttpRequest, region_code: UUID, payload: NameChangeIn | None = None
) -> dict[str, Any]:
    member = role_needed(request, LEADERS, STRUCTURE_LEADERS)
    region = get_for_member(Region, member, code=region_code)
    data = {"name": region.name, **changes(_body(payload))}
    saved(RegionForm(data, instance=region, membership=member))
    return _region_out(organizations.regions_for(member).get(pk=region.pk))


@router.get("/departments", response=list[DepartmentOut], summary="The organisation's departments")
def list_departments(request: HttpRequest) -> list[dict[str, Any]]:
    member = role_needed(request, TEAM, NO_SHOPPERS)
    return [_department_out(d) for d in organizations.departments_for(member)]


@router.post("/departments", response={201: DepartmentOut}, summary="Add a department")
def create_department(request: HttpRequest, payload: NameIn) -> Any:
    member = role_needed(request, LEADERS, STRUCTURE_LEADERS)
    department = saved(
        DepartmentForm(payload.model_dump(), instance=Department(), membership=member)
    )
    return Status(201, _department_out(organizations.departments_for(member).get(pk=department.pk)))


@router.patch(
    "/departments/{uuid:department_code}", response=DepartmentOut, summary="Rename a department"
)
def update_department(
    request: HttpRequest, department_code: UUID, payload: NameChangeIn | None = None
) -> dict[str, Any]:
    member = role_needed(request, LEADERS, STRUCTURE_LEADERS)
    department = get_for_member(Department, member, code=department_code)
    data = {"name": department.name, **changes(_body(payload))}
    saved(DepartmentForm(data, instance=department, membership=member))
    return _department_out(organizations.departments_for(member).get(pk=department.pk))


# Employees ----------------------------------------------------------------------------

EMPLOYEE_READERS = "Only supervisors, managers, executives and owners see the employees."
EMPLOYEE_EDITORS = "Only managers, executives and owners add and change employees."
LOGIN_LINKERS = "Only owners and executives link a member's login to an employee."


class EmployeeOut(Schema):
    code: UUID
    first_name: str
    last_name: str
    job_title: str
    location: Ref | None
    department: Ref | None
    login: str | None = Field(description="The e-mail of the member's login linked to it.")
    started_on: date | None
    is_active: bool = Field(description="Still employed.")


class EmployeeFilters(Schema):
    location: UUID | None = Field(None, description="Only this location's employees.")
    include_former: bool = Field(False, description="Also those no longer employed.")


Short = Annotated[str, Field(max_length=80)]


class EmployeeIn(Schema):
    model_config = ConfigDict(extra="forbid")

    first_name: Short
    last_name: Short = ""
    job_title: Short = ""
    location: UUID | None = Field(
        None, description="A location's code; scoped managers must give one."
    )
    department: UUID | None = Field(None, description="A department's code.")
    login: str | None = Field(
        None, max_length=254, description="A member's e-mail (owners and executives only)."
    )
    started_on: Day | None = None
    is_active: bool = True


class EmployeeChangeIn(Schema):
    """Only the fields given change; `location`, `department`, `login` and `started_on`
    may be null. `"is_active": false` records that the person left."""

    model_config = ConfigDict(extra="forbid")

    first_name: Short | None = None
    last_name: Short | None = None
    job_title: Short | None = None
    location: UUID | None = None
    department: UUID | None = None
    login: str | None = Field(None, max_length=254)
    started_on: Day | None = None
    is_active: bool | None = None


EMPLOYEE_NAMES = {"user": "login"}  # the form's field → the API's
EMPLOYEE_NULLABLE = frozenset({"location", "department", "login", "started_on"})


def _employee_out(employee: Employee) -> dict[str, Any]:
    return {
        "code": employee.code,
        "first_name": employee.first_name,
        "last_name": employee.last_name,
        "job_title": employee.job_title,
        "location": _ref(employee.location),
        "department": _ref(employee.department),
        "login": employee.user.email if employee.user else None,
        "started_on": employee.started_on,
        "is_active": employee.is_active,
    }


def _employee_form(
    member: Membership, data: dict[str, Any], given: set[str], instance: Employee
) -> EmployeeForm:
    form_data = dict(data)
    if data.get("location") is not None:
        form_data["location"] = _codes(member, Location, [data["location"]])[0]
    if data.get("department") is not None:
        form_data["department"] = _codes(member, Department, [data["department"]])[0]
    if data.get("started_on") is not None:
        form_data["started_on"] = data["started_on"].isoformat()
    form_data["user"] = form_data.pop("login", None)
    form = EmployeeForm(
        {name: value for name, value in form_data.items() if value is not None},
        instance=instance,
        membership=member,
    )
    if "user" not in form.fields and "login" in given:
        raise HttpError(403, LOGIN_LINKERS)
    return form


def _employee(member: Membership, pk: int) -> dict[str, Any]:
    return _employee_out(organizations.employees_for(member, show_all=True).get(pk=pk))


@router.get("/employees", response=list[EmployeeOut], summary="The employees the caller sees")
def list_employees(request: HttpRequest, filters: Query[EmployeeFilters]) -> list[dict[str, Any]]:
    member = role_needed(request, SUPERVISORS, EMPLOYEE_READERS)
    location = None
    if filters.location is not None:
        location = get_for_member(Location, member, code=filters.location)
    employees = organizations.employees_for(
        member, location=location, show_all=filters.include_former
    )
    return [_employee_out(employee) for employee in employees]


@router.get("/employees/{uuid:employee_code}", response=EmployeeOut, summary="One employee")
def get_employee(request: HttpRequest, employee_code: UUID) -> dict[str, Any]:
    member = role_needed(request, SUPERVISORS, EMPLOYEE_READERS)
    employee = get_for_member(Employee, member, code=employee_code)
    return _employee(member, employee.pk)


@router.post("/employees", response={201: EmployeeOut}, summary="Add an employee")
def create_employee(request: HttpRequest, payload: EmployeeIn) -> Any:
    member = role_needed(request, LOCATION_MANAGERS, EMPLOYEE_EDITORS)
    given = payload.model_fields_set
    employee = saved(
        _employee_form(member, payload.model_dump(), given, Employee()), EMPLOYEE_NAMES
    )
    return Status(201, _employee(member, employee.pk))


@router.patch(
    "/employees/{uuid:employee_code}",
    response=EmployeeOut,
    summary="Change an employee, or record that they left",
)
def update_employee(
    request: HttpRequest, employee_code: UUID, payload: EmployeeChangeIn | None = None
) -> dict[str, Any]:
    member = role_needed(request, LOCATION_MANAGERS, EMPLOYEE_EDITORS)
    employee = get_for_member(Employee, member, code=employee_code)
    given = changes(_body(payload), nullable=EMPLOYEE_NULLABLE)
    data = {
        "first_name": employee.first_name,
        "last_name": employee.last_name,
        "job_title": employee.job_title,
        "location": employee.location.code if employee.location else None,
        "department": employee.department.code if employee.department else None,
        "login": employee.user.email if employee.user else None,
        "started_on": employee.started_on,
        "is_active": employee.is_active,
        **given,
    }
    saved(_employee_form(member, data, set(given), employee), EMPLOYEE_NAMES)
    return _employee(member, employee.pk)


# Members ------------------------------------------------------------------------------

# Changing or removing a member may leave no owner: a 409 (the schema adds 409s to POSTs
# only, so these operations say it themselves).
LAST_OWNER_CONFLICT = {
    "responses": {
        409: {
            "description": "The organisation's last owner cannot be demoted or removed.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Detail"}}},
        }
    }
}

OWNERS_ONLY = "Only owners manage the members, invitations, API tokens and settings."


class MemberOut(Schema):
    code: UUID
    email: str
    role: str
    all_locations: bool = Field(description="Sees every location (managers, supervisors, staff).")
    regions: list[Ref]
    locations: list[Ref]
    is_you: bool


class MemberChangeIn(Schema):
    """Only the fields given change. Owners, executives and shoppers have no regions or
    locations; managers, supervisors and staff need `all_locations` or some of them."""

    model_config = ConfigDict(extra="forbid")

    role: str | None = Field(None, description=f"One of {', '.join(Role.values)}.")
    all_locations: bool | None = None
    regions: list[UUID] | None = Field(None, description="Regions' codes.")
    locations: list[UUID] | None = Field(None, description="Locations' codes.")


def _member_out(member: Membership, caller: Membership) -> dict[str, Any]:
    return {
        "code": member.code,
        "email": member.user.email,
        "role": member.role,
        "all_locations": member.all_locations,
        "regions": [_ref(region) for region in member.regions.all()],
        "locations": [_ref(location) for location in member.locations.all()],
        "is_you": member.pk == caller.pk,
    }


def _scope_data(caller: Membership, data: dict[str, Any]) -> dict[str, Any]:
    """A member's or an invitation's scope as the page's form takes it."""
    data = dict(data)
    data["regions"] = _codes(caller, Region, data.get("regions") or [])
    data["locations"] = _codes(caller, Location, data.get("locations") or [])
    return {name: value for name, value in data.items() if value is not None}


@router.get("/members", response=list[MemberOut], summary="The members, their roles and locations")
def list_members(request: HttpRequest) -> list[dict[str, Any]]:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    return [_member_out(member, caller) for member in organizations.members_of(caller)]


@router.patch(
    "/members/{uuid:membership_code}",
    response=MemberOut,
    summary="Change a member's role or locations",
    openapi_extra=LAST_OWNER_CONFLICT,
)
def update_member(
    request: HttpRequest, membership_code: UUID, payload: MemberChangeIn | None = None
) -> dict[str, Any]:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    member = get_for_member(Membership, caller, code=membership_code)
    data = {
        "role": member.role,
        "all_locations": member.all_locations,
        "regions": list(member.regions.values_list("code", flat=True)),
        "locations": list(member.locations.values_list("code", flat=True)),
        **changes(_body(payload)),
    }
    form = MembershipForm(_scope_data(caller, data), instance=member, membership=caller)
    try:
        saved(form)
    except ValidationError:
        last_owner = [e for e in form.errors.as_data().get("role", []) if e.code == LAST_OWNER]
        if last_owner:
            raise HttpError(409, last_owner[0].messages[0]) from None
        raise
    return _member_out(organizations.members_of(caller).get(pk=member.pk), caller)


@router.delete(
    "/members/{uuid:membership_code}",
    response={204: None},
    summary="Remove a member from the organisation (their login stays)",
    openapi_extra=LAST_OWNER_CONFLICT,
)
def remove_member(request: HttpRequest, membership_code: UUID) -> Any:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    member = get_for_member(Membership, caller, code=membership_code)
    try:
        organizations.remove_member(member)
    except organizations.LastOwnerError as error:
        raise HttpError(409, str(error)) from None
    return Status(204, None)


# Invitations --------------------------------------------------------------------------


class MemberInvitationOut(Schema):
    code: UUID
    email: str
    role: str
    status: str = Field(description="waiting, expired or withdrawn (accepted ones are members).")
    expires_at: datetime


class MemberInvitationSentOut(MemberInvitationOut):
    sent: bool = Field(description="The e-mail went out; if not, the invitation is kept.")
    mail_error: str | None = Field(description="Why the e-mail could not be sent.")


class MemberInvitationIn(Schema):
    """Owners, executives and shoppers have no regions or locations; managers,
    supervisors and staff need `all_locations` or some of them."""

    model_config = ConfigDict(extra="forbid")

    email: str = Field(max_length=254)
    role: str = Field(description=f"One of {', '.join(Role.values)}.")
    all_locations: bool = False
    regions: list[UUID] = Field([], description="Regions' codes.")
    locations: list[UUID] = Field([], description="Locations' codes.")


def _status(invitation: Invitation, now: datetime | None = None) -> str:
    if invitation.accepted_at is not None:
        return "accepted"
    if invitation.is_pending(now):
        return "waiting"
    if invitation.revoked_at is None:
        return "expired"
    return "withdrawn"


def _invitation_out(invitation: Invitation) -> dict[str, Any]:
    return {
        "code": invitation.code,
        "email": invitation.email,
        "role": invitation.role,
        "status": _status(invitation),
        "expires_at": invitation.expires_at,
    }


def _sent(request: HttpRequest, invitation: Invitation) -> dict[str, Any]:
    error = organizations.try_send_invitation(invitation, request.build_absolute_uri("/"))
    return {
        **_invitation_out(invitation),
        "sent": error is None,
        "mail_error": None if error is None else str(error),
    }


@router.get(
    "/invitations",
    response=list[MemberInvitationOut],
    summary="Invitations not accepted: waiting, expired or withdrawn",
)
def list_invitations(request: HttpRequest) -> list[dict[str, Any]]:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    return [_invitation_out(i) for i in organizations.open_invitations(caller)]


@router.post(
    "/invitations",
    response={201: MemberInvitationSentOut},
    summary="Invite someone by e-mail with a role and locations",
)
def create_invitation(request: HttpRequest, payload: MemberInvitationIn) -> Any:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    form = InvitationForm(
        _scope_data(caller, payload.model_dump()), instance=Invitation(), membership=caller
    )
    if not form.is_valid():
        raise form_refused(form.errors)
    invitation = organizations.invite_member(
        form.save(commit=False),
        invited_by=caller.user,
        regions=form.cleaned_data.get("regions", ()),
        locations=form.cleaned_data.get("locations", ()),
    )
    return Status(201, _sent(request, invitation))


def _pending(caller: Membership, invitation_code: UUID) -> Invitation:
    invitation = get_for_member(Invitation, caller, code=invitation_code)
    if not invitation.is_pending():
        raise HttpError(409, "That invitation was already used, withdrawn or expired.")
    return invitation


@router.post(
    "/invitations/{uuid:invitation_code}/resend",
    response=MemberInvitationSentOut,
    summary="Send a waiting invitation's e-mail again",
)
def resend_invitation(request: HttpRequest, invitation_code: UUID) -> dict[str, Any]:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    return _sent(request, _pending(caller, invitation_code))


@router.post(
    "/invitations/{uuid:invitation_code}/revoke",
    response=MemberInvitationOut,
    summary="Withdraw an invitation: its link stops working",
)
def revoke_invitation(request: HttpRequest, invitation_code: UUID) -> dict[str, Any]:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    invitation = get_for_member(Invitation, caller, code=invitation_code)
    if not organizations.revoke_invitation(invitation):
        raise HttpError(409, "That invitation was already used or withdrawn.")
    invitation.refresh_from_db()
    return _invitation_out(invitation)


# API tokens ---------------------------------------------------------------------------


class TokenOut(Schema):
    code: UUID
    name: str
    prefix: str = Field(description="The token's first characters, to recognise it by.")
    acts_as: str = Field(description="The e-mail of the member it acts as.")
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class TokenCreatedOut(TokenOut):
    token: str = Field(description="The token: shown in this answer only, copy it now.")


class TokenIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(max_length=80, description="What will use it, e.g. POS export.")


def _token_out(token: ApiToken) -> dict[str, Any]:
    return {
        "code": token.code,
        "name": token.name,
        "prefix": token.prefix,
        "acts_as": token.membership.user.email,
        "created_at": token.created_at,
        "last_used_at": token.last_used_at,
        "revoked_at": token.revoked_at,
    }


@router.get("/tokens", response=list[TokenOut], summary="The API tokens (never their secret)")
def list_tokens(request: HttpRequest) -> list[dict[str, Any]]:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    return [_token_out(token) for token in organizations.tokens_of(caller)]


@router.post(
    "/tokens",
    response={201: TokenCreatedOut},
    summary="Make a token acting as the caller (shown in this answer only)",
)
def create_token(request: HttpRequest, payload: TokenIn) -> Any:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    form = ApiTokenForm(payload.model_dump())
    if not form.is_valid():
        raise form_refused(form.errors)
    token, secret = tokens.create_token(caller, form.cleaned_data["name"])
    return Status(201, {**_token_out(token), "token": secret})


@router.post(
    "/tokens/{uuid:apitoken_code}/revoke",
    response=TokenOut,
    summary="Revoke a token: it stops working at once",
)
def revoke_token(request: HttpRequest, apitoken_code: UUID) -> dict[str, Any]:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    token = get_for_member(ApiToken, caller, code=apitoken_code)
    if not tokens.revoke_token(token):
        raise HttpError(409, "That token is already revoked.")
    return _token_out(organizations.tokens_of(caller).get(pk=token.pk))


# Settings -----------------------------------------------------------------------------


class SettingsOut(Schema):
    name: str
    slug: str = Field(description="The short name used in links and on the command line.")
    time_zone: str
    currency: str
    language: str


class SettingsChangeIn(Schema):
    """Only the fields given change."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    time_zone: str | None = Field(None, description="An IANA name, e.g. Europe/Paris.")
    currency: str | None = Field(None, description="Three letters, e.g. EUR.")
    language: str | None = Field(None, description="en, fr or es.")


def _settings_out(organization: Any) -> dict[str, Any]:
    return {name: getattr(organization, name) for name in SettingsOut.model_fields}


@router.get("/settings", response=SettingsOut, summary="The organisation's settings")
def get_settings(request: HttpRequest) -> dict[str, Any]:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    return _settings_out(caller.organization)


@router.patch(
    "/settings",
    response=SettingsOut,
    summary="Change the organisation's name, time zone, currency or language",
)
def update_settings(request: HttpRequest, payload: SettingsChangeIn) -> dict[str, Any]:
    caller = role_needed(request, ORGANISATION_ADMINS, OWNERS_ONLY)
    organization = caller.organization
    data = {
        name: getattr(organization, name) for name in ("name", "time_zone", "currency", "language")
    }
    data.update(changes(payload))
    return _settings_out(saved(OrganizationForm(data, instance=organization)))
