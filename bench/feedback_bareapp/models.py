from django.db import models


class BareRow(models.Model):
    """One row per distinct POST to the bare view (a retried submission_id adds none)."""

    submission_id = models.UUIDField(unique=True)
    payload = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return str(self.pk)
