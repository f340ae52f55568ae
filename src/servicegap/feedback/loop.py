"""Close the loop: turn a customer's response into a service-recovery case.

The recovery app's workflow does the work (`servicegap.recovery.cases`); the response
page shows the "close the loop" button while `RECOVERY_AVAILABLE` is True.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from servicegap.core.models import Membership
    from servicegap.feedback.models import Response

# True once `open_recovery_case` is implemented; the response page shows the button then.
RECOVERY_AVAILABLE = True


def open_recovery_case(response: Response, *, by: Membership) -> Any:
    """Open a recovery case for `response` on behalf of `by`, and return it.

    Contract for the recovery app: the case belongs to the response's organisation and
    location, links back to the response, is returned (with `get_absolute_url()`) and,
    when one is already open for this response, that one is returned instead of a second.
    """
    from servicegap.recovery.cases import open_case_for_response

    return open_case_for_response(response, by=by)
