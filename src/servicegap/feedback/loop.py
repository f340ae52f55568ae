"""Close the loop: turn a customer's response into a service-recovery case.

For the recovery issue: implement `open_recovery_case` in this module (calling the
recovery app's own workflow) and set `RECOVERY_AVAILABLE = True`. Until then the
response page shows no "close the loop" button and its URL answers 404.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from servicegap.core.models import Membership
    from servicegap.feedback.models import Response

# True once `open_recovery_case` is implemented; the response page shows the button then.
RECOVERY_AVAILABLE = False


def open_recovery_case(response: Response, *, by: Membership) -> Any:
    """Open a recovery case for `response` on behalf of `by`, and return it.

    Contract for the recovery app: the case belongs to the response's organisation and
    location, links back to the response, is returned (with `get_absolute_url()`) and,
    when one is already open for this response, that one is returned instead of a second.
    """
    raise NotImplementedError(
        "Recovery cases do not exist yet: the recovery app implements "
        "servicegap.feedback.loop.open_recovery_case and sets RECOVERY_AVAILABLE = True."
    )
