from django.contrib import admin

from servicegap.feedback.models import (
    FeedbackSettings,
    PendingResponse,
    Question,
    Response,
    Survey,
    SurveyLink,
)


class QuestionInline(admin.TabularInline):
    model = Question
    extra = 0
    fields = ["kind", "position", "required", "label"]


@admin.register(Survey)
class SurveyAdmin(admin.ModelAdmin):
    list_display = ["name", "organization", "default_language", "is_active"]
    list_filter = ["organization", "is_active"]
    search_fields = ["name"]
    inlines = [QuestionInline]


@admin.register(SurveyLink)
class SurveyLinkAdmin(admin.ModelAdmin):
    list_display = ["__str__", "survey", "organization", "is_active"]
    list_filter = ["organization", "channel", "is_active"]
    list_select_related = ["location", "survey", "organization"]
    readonly_fields = ["token"]


@admin.register(Response)
class ResponseAdmin(admin.ModelAdmin):
    list_display = ["submitted_at", "location", "nps", "spam", "organization"]
    list_filter = ["organization", "spam", "language", "channel"]
    list_select_related = ["location", "organization"]
    raw_id_fields = ["link", "survey", "location", "step"]
    readonly_fields = ["submission_id", "alerted_at"]
    date_hierarchy = "submitted_at"


@admin.register(FeedbackSettings)
class FeedbackSettingsAdmin(admin.ModelAdmin):
    list_display = ["organization", "alert_on_detractor", "alert_rating_at_or_below"]


@admin.register(PendingResponse)
class PendingResponseAdmin(admin.ModelAdmin):
    """Follow-ups in flight, and those given up after their attempts (with the step and
    reason): `servicegap followups --retry` tries the given-up ones again."""

    list_display = ["response_id", "attempts", "taken_at", "taken_by", "failed_at", "last_error"]
    list_filter = [("failed_at", admin.EmptyFieldListFilter)]
    readonly_fields = ["response", "taken_at", "taken_by", "attempts", "last_error", "failed_at"]
