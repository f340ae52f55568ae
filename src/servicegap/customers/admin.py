from django.contrib import admin

from servicegap.customers.models import (
    Alert,
    Customer,
    ImportRun,
    ScoreRun,
    SurveyInvitation,
)


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ["external_id", "organization", "home_location", "first_seen"]
    list_filter = ["organization"]
    search_fields = ["external_id"]
    raw_id_fields = ["home_location"]


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    list_display = ["customer", "organization", "kind", "status", "value_at_risk", "created_at"]
    list_filter = ["organization", "status", "kind"]
    raw_id_fields = ["customer", "claimed_by"]


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["file_name", "organization", "status", "created_at"]
    list_filter = ["organization", "status"]


@admin.register(ScoreRun)
class ScoreRunAdmin(admin.ModelAdmin):
    list_display = ["organization", "status", "customers", "repeat_customers", "scored_at"]
    list_filter = ["organization", "status"]


@admin.register(SurveyInvitation)
class SurveyInvitationAdmin(admin.ModelAdmin):
    """Operators see an invitation left "being sent" by a killed process here."""

    list_display = ["customer", "organization", "location", "status", "send_after", "sent_at"]
    list_filter = ["organization", "status"]
    raw_id_fields = ["customer", "visit", "link", "response"]
    readonly_fields = ["token"]
