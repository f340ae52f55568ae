"""Save a customer: turn a moment of truth (an alert) into a service-recovery case.

The recovery app's workflow does the work (`servicegap.recovery.cases`); the save list
shows the "open a recovery case" button while `RECOVERY_AVAILABLE` is True.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from servicegap.core.models import Membership
    from servicegap.customers.models import Alert

# True once `open_recovery_case` is implemented; the save list shows the button then.
RECOVERY_AVAILABLE = True


def open_recovery_case(alert: Alert, *, by: Membership) -> Any:
    """Open a recovery case for `alert`'s customer on behalf of `by`, and return it.

    Contract for the recovery app: the case belongs to the alert's organisation and the
    customer's home location, links back to the customer and the alert (its reasons and
    value at risk), is returned (with `get_absolute_url()`) and, when one is already open
    for this alert, that one is returned instead of a second; the alert is then claimed
    by `by`.
    """
    from servicegap.recovery.cases import open_case_for_alert

    return open_case_for_alert(alert, by=by)
