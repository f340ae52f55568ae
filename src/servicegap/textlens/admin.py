from django.contrib import admin

from servicegap.textlens.models import CommentAnalysis, Correction, TextModelVersion


class CorrectionInline(admin.TabularInline):
    model = Correction
    extra = 0
    fields = [
        "created_at",
        "by",
        "sentiment",
        "people",
        "process",
        "product",
        "churn_signal",
        "spam",
    ]
    readonly_fields = fields
    can_delete = False


@admin.register(CommentAnalysis)
class CommentAnalysisAdmin(admin.ModelAdmin):
    list_display = [
        "submitted_at",
        "location",
        "sentiment",
        "churn_signal",
        "spam",
        "model_version",
    ]
    list_filter = ["organization", "sentiment", "churn_signal", "spam"]
    list_select_related = ["location"]
    raw_id_fields = ["response"]
    inlines = [CorrectionInline]


@admin.register(TextModelVersion)
class TextModelVersionAdmin(admin.ModelAdmin):
    list_display = ["organization", "version", "corrections", "created_at", "is_current"]
    list_filter = ["organization", "is_current"]
