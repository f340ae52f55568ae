from django.contrib import admin

from servicegap.pipeline.models import Runner, ScheduledTask


@admin.register(ScheduledTask)
class ScheduledTaskAdmin(admin.ModelAdmin):
    """The schedule as the background process runs it: when each task is due, how its
    last run went."""

    list_display = ["name", "due_at", "runs", "last_finished_at", "last_error"]
    readonly_fields = ["name", "task", "runs", "last_started_at", "last_finished_at", "last_error"]


@admin.register(Runner)
class RunnerAdmin(admin.ModelAdmin):
    """The processes following up responses now, with their last heartbeat: a runner
    silent for `PIPELINE_SILENT_SECONDS` is dead, and its responses are taken again."""

    list_display = ["run", "host", "pid", "started_at", "beat_at"]
    readonly_fields = ["run", "host", "pid", "started_at", "beat_at"]
