from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from servicegap.privacy.models import ErasureLog, RetentionSettings


@admin.register(ErasureLog)
class ErasureLogAdmin(admin.ModelAdmin):
    """Read-only: an erasure's log is never added, changed or deleted by hand."""

    list_display = ["at", "organization", "kind", "via", "by"]
    list_filter = ["organization", "kind"]
    readonly_fields = ["organization", "code", "kind", "via", "by", "at", "counts"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


admin.site.register(RetentionSettings, list_filter=["organization"])
