"""The page where leaders pick a starter kit for the service card, at any time."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render

from servicegap.core import access
from servicegap.core.access import MemberRequest, member_required
from servicegap.kits.catalogue import KITS
from servicegap.kits.forms import KitForm
from servicegap.kits.install import has_card, install_kit


@member_required(access.LEADERS)
def choose(request: MemberRequest):
    form = KitForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        installed = install_kit(request.membership.organization, form.cleaned_data["kit"])
        messages.success(request, installed.summary())
        return redirect("standards:card")
    return render(
        request,
        "kits/choose.html",
        {
            "form": form,
            "kits": KITS.values(),
            "has_card": has_card(request.membership.organization),
        },
        status=400 if form.is_bound else 200,
    )
