from django.db import migrations


def step_never_required(apps, schema_editor):
    """The part of the visit can no longer be required (its first answer is the whole
    visit): surveys saved before say so too."""
    apps.get_model("feedback", "Question").objects.filter(kind="step", required=True).update(
        required=False
    )


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0009_partial_step_and_customer_indexes"),
    ]

    operations = [
        migrations.RunPython(step_never_required, migrations.RunPython.noop),
    ]
