import uuid

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from feedback_bareapp.models import BareRow


@csrf_exempt
@require_POST
def bare_insert(request: HttpRequest) -> HttpResponse:
    """Store the POST once (one INSERT … ON CONFLICT DO NOTHING on its submission_id) and
    answer: what any Django view that takes a form pays, and nothing more."""
    row = BareRow(
        submission_id=uuid.UUID(request.POST["submission_id"]),
        payload=request.POST.get("comment", "")[:200],
    )
    BareRow.objects.bulk_create([row], ignore_conflicts=True)
    return HttpResponse("ok", content_type="text/plain")
