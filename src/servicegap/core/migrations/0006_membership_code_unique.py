import uuid

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("core", "0005_membership_codes")]

    operations = [
        migrations.AlterField(
            model_name="membership",
            name="code",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]
