import uuid

from django.db import migrations


def give_codes_and_keep_scopes(apps, schema_editor):
    """Each membership gets its own code; an empty scope used to mean every location."""
    Membership = apps.get_model("core", "Membership")
    for membership in Membership.objects.all():
        membership.code = uuid.uuid4()
        scoped = membership.regions.exists() or membership.locations.exists()
        if membership.role in {"manager", "supervisor", "staff"} and not scoped:
            membership.all_locations = True
        membership.save(update_fields=["code", "all_locations"])


class Migration(migrations.Migration):
    dependencies = [("core", "0004_membership_code_scope_demo_flag")]

    operations = [migrations.RunPython(give_codes_and_keep_scopes, migrations.RunPython.noop)]
