"""Store the month of each audit and answer (in the organisation's time zone).

Grouping by month then reads a plain column instead of converting every row's time.
"""

import zoneinfo

from django.db import migrations, models


def fill_months(apps, schema_editor):
    Audit = apps.get_model("audits", "Audit")
    AuditAnswer = apps.get_model("audits", "AuditAnswer")
    for audit in Audit.objects.select_related("organization").iterator():
        tz = zoneinfo.ZoneInfo(audit.organization.time_zone)
        month = audit.performed_at.astimezone(tz).date().replace(day=1)
        Audit.objects.filter(pk=audit.pk).update(performed_month=month)
        AuditAnswer.objects.filter(audit_id=audit.pk).update(performed_month=month)


class Migration(migrations.Migration):
    dependencies = [
        ("audits", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="audit",
            name="performed_month",
            field=models.DateField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="auditanswer",
            name="performed_month",
            field=models.DateField(null=True),
        ),
        migrations.RunPython(fill_months, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="audit",
            name="performed_month",
            field=models.DateField(editable=False),
        ),
        migrations.AlterField(
            model_name="auditanswer",
            name="performed_month",
            field=models.DateField(),
        ),
    ]
