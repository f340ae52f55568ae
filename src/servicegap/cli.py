"""The `servicegap` console command: Django's management commands under one name.

`servicegap demo`, `servicegap serve` and every Django command (`migrate`,
`createsuperuser`, `shell`, ...). A configuration error stops with one line naming the
setting, not a traceback.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "servicegap.settings")
    if len(argv) > 1 and argv[1] == "demo":
        # The demo is served over plain HTTP on this machine.
        os.environ.setdefault("SERVICEGAP_HTTPS", "false")
    argv[0] = "servicegap"

    from django.core.exceptions import ImproperlyConfigured

    try:
        import django

        django.setup()
    except ImproperlyConfigured as error:
        print(f"servicegap: configuration error: {error}", file=sys.stderr)
        sys.exit(2)

    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
