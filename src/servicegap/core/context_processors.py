from django.http import HttpRequest

from servicegap.core.models import Membership
from servicegap.core.navigation import navigation_for


def membership(request: HttpRequest) -> dict:
    """The current membership, the user's other organisations, and the navigation."""
    current = getattr(request, "membership", None)
    if current is None:
        return {"membership": None, "other_memberships": [], "nav_items": []}
    others = (
        Membership.objects.filter(user_id=current.user_id)
        .exclude(pk=current.pk)
        .select_related("organization")
    )
    return {
        "membership": current,
        "other_memberships": others,
        "nav_items": navigation_for(current, request.path),
    }
