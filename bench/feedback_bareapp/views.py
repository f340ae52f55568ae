from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from feedback_bareapp.models import BareRow


@csrf_exempt
@require_POST
def bare_insert(request: HttpRequest) -> HttpResponse:
    """Insert one row and answer: what any Django view pays, and nothing more."""
    BareRow.objects.create(payload=request.POST.get("comment", "")[:200])
    return HttpResponse("ok", content_type="text/plain")
