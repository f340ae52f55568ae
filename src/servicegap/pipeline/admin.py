from django.contrib import admin

from servicegap.pipeline.models import ScheduledTask


@admin.register(ScheduledTask)
class ScheduledTaskAdmin(admin.ModelAdmin):
    """The schedule as the background process runs it: when each task is due, how its
    last run went."""

    list_display = ["name", "due_at", "runs", "last_finished_at", "last_error"]
    readonly_fields = ["name", "task", "runs", "last_started_at", "last_finished_at", "last_error"]
