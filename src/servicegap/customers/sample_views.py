"""The guide to the visits file's columns, and the sample file in CSV and XLSX."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from servicegap.core.access import MemberRequest, member_required
from servicegap.core.models import Location
from servicegap.customers import samples
from servicegap.customers.views import READERS

XLSX = samples.XLSX_TYPE


def _location_names(request: MemberRequest) -> list[str]:
    locations = Location.objects.for_member(request.membership).filter(is_active=True)
    return list(locations.order_by("name").values_list("name", flat=True))


def _today(request: MemberRequest):
    return timezone.localtime(timezone.now(), request.membership.organization.tz).date()


@member_required(READERS)
def import_columns(request: MemberRequest) -> HttpResponse:
    names = _location_names(request)
    return render(
        request,
        "customers/import_columns.html",
        {
            "columns": samples.COLUMNS,
            "rows": [
                list(zip(samples.HEADERS, row, strict=True))
                for row in samples.sample_rows(names, _today(request))[:3]
            ],
            "headers": samples.HEADERS,
            "has_locations": bool(names),
        },
    )


@member_required(READERS)
def import_sample_csv(request: MemberRequest) -> HttpResponse:
    body = samples.sample_csv(_location_names(request), _today(request))
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="sample-visits.csv"'
    return response


@member_required(READERS)
def import_sample_xlsx(request: MemberRequest) -> HttpResponse:
    body = samples.sample_xlsx(_location_names(request), _today(request))
    response = HttpResponse(body, content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="sample-visits.xlsx"'
    return response
