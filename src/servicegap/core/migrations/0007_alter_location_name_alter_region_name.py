import re

import django.core.validators
from django.db import migrations, models

CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def names_on_one_line(apps, schema_editor):
    """Names saved before the rule: control characters become single spaces."""
    for model in ("Location", "Region"):
        for row in apps.get_model("core", model).objects.only("pk", "name").iterator():
            if CONTROL.search(row.name):
                row.name = " ".join(CONTROL.sub(" ", row.name).split())
                row.save(update_fields=["name"])


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0006_membership_code_unique"),
    ]

    operations = [
        migrations.RunPython(names_on_one_line, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="location",
            name="name",
            field=models.CharField(
                max_length=120,
                validators=[
                    django.core.validators.RegexValidator(
                        "[\\x00-\\x1f\\x7f]",
                        "Remove line breaks and other control characters.",
                        inverse_match=True,
                    )
                ],
                verbose_name="name",
            ),
        ),
        migrations.AlterField(
            model_name="region",
            name="name",
            field=models.CharField(
                max_length=120,
                validators=[
                    django.core.validators.RegexValidator(
                        "[\\x00-\\x1f\\x7f]",
                        "Remove line breaks and other control characters.",
                        inverse_match=True,
                    )
                ],
                verbose_name="name",
            ),
        ),
    ]
