from django.conf import settings
from django.urls import include, path
from django.utils.module_loading import import_string

from servicegap.core import views

# The home page is the top app's "Today" (settings.SERVICEGAP_HOME_VIEW, a dotted path,
# so that core imports no feature app); core's own list of locations and areas otherwise.
home = import_string(settings.SERVICEGAP_HOME_VIEW) if settings.SERVICEGAP_HOME_VIEW else views.home

app_name = "core"

location_urls = [
    path("", views.location_detail, name="location-detail"),
    path("edit/", views.location_edit, name="location-edit"),
]

urlpatterns = [
    path("", home, name="home"),
    path("soon/<slug:area>/", views.coming_soon, name="coming-soon"),
    path("account/", views.account_settings, name="account-settings"),
    path("organizations/new/", views.organization_create, name="organization-create"),
    path("organizations/switch/", views.switch_organization, name="organization-switch"),
    path("organization/settings/", views.organization_settings, name="organization-settings"),
    path("organization/locations/", views.location_list, name="location-list"),
    path("organization/locations/new/", views.location_create, name="location-create"),
    path("organization/locations/<uuid:location_code>/", include(location_urls)),
    path("organization/regions/", views.region_list, name="region-list"),
    path("organization/regions/new/", views.region_create, name="region-create"),
    path("organization/regions/<uuid:region_code>/", views.region_edit, name="region-edit"),
    path("organization/departments/", views.department_list, name="department-list"),
    path("organization/departments/new/", views.department_create, name="department-create"),
    path(
        "organization/departments/<uuid:department_code>/",
        views.department_edit,
        name="department-edit",
    ),
    path("organization/employees/", views.employee_list, name="employee-list"),
    path("organization/employees/new/", views.employee_create, name="employee-create"),
    path("organization/employees/<uuid:employee_code>/", views.employee_edit, name="employee-edit"),
    path("organization/members/", views.member_list, name="member-list"),
    path("organization/members/invite/", views.member_invite, name="member-invite"),
    path("organization/members/<uuid:membership_code>/", views.member_edit, name="member-edit"),
    path(
        "organization/members/<uuid:membership_code>/remove/",
        views.member_remove,
        name="member-remove",
    ),
    path(
        "organization/invitations/<uuid:invitation_code>/resend/",
        views.invitation_resend,
        name="invitation-resend",
    ),
    path(
        "organization/invitations/<uuid:invitation_code>/revoke/",
        views.invitation_revoke,
        name="invitation-revoke",
    ),
    path("organization/api-tokens/", views.token_list, name="token-list"),
    path(
        "organization/api-tokens/<uuid:apitoken_code>/revoke/",
        views.token_revoke,
        name="token-revoke",
    ),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation-accept"),
]
