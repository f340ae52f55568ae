from django.contrib import admin

from servicegap.gap.models import DigestDelivery, DigestSchedule


@admin.register(DigestSchedule)
class DigestScheduleAdmin(admin.ModelAdmin):
    list_display = ["organization", "frequency", "weekday", "day_of_month", "hour"]
    filter_horizontal = ["recipients"]


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(admin.ModelAdmin):
    """Who had which period's digest; a failed row is tried again by the next run."""

    list_display = ["organization", "since", "until", "email", "status", "attempts", "sent_at"]
    list_filter = ["organization", "status"]
    search_fields = ["email"]
    readonly_fields = ["claimed_at", "sent_at", "attempts", "error"]
