from django.contrib import admin

from servicegap.standards import editing
from servicegap.standards.models import Behaviour, JourneyStep, Standard


@admin.register(JourneyStep)
class JourneyStepAdmin(admin.ModelAdmin):
    list_display = ["name", "organization", "position", "is_active"]
    list_filter = ["organization", "is_active"]
    search_fields = ["name"]


@admin.register(Standard)
class StandardAdmin(admin.ModelAdmin):
    list_display = ["text", "step", "p", "department", "organization", "is_active"]
    list_filter = ["organization", "p", "is_active"]
    list_select_related = ["step", "department", "organization"]
    search_fields = ["text"]


@admin.register(Behaviour)
class BehaviourAdmin(admin.ModelAdmin):
    list_display = ["text", "weight", "is_critical", "version", "organization", "is_active"]
    list_filter = ["organization", "is_critical", "is_active"]
    list_select_related = ["organization"]
    readonly_fields = ["version"]
    search_fields = ["text"]

    def save_model(self, request, obj: Behaviour, form, change: bool) -> None:
        """Edits made here bump the version like edits on the card editor."""
        if change:
            editing.save_behaviour(obj)
        else:
            super().save_model(request, obj, form, change)
