"""Money and chances as a manager reads them: `{{ value|money:currency }}` is
"1,189.15 EUR", `{{ p|chance }}` "34%"."""

from __future__ import annotations

from decimal import Decimal

from django import template

register = template.Library()


@register.filter
def money(value: Decimal | float | None, currency: str = "") -> str:
    """An amount to the cent with thousands separators and the currency: "1,189.15 EUR";
    "—" for none."""
    if value is None or value == "":
        return "—"
    return f"{Decimal(str(value)):,.2f} {currency}".strip()


@register.filter
def chance(value: float | None) -> str:
    """A probability as a whole percentage; "—" for none."""
    if value is None or value == "":
        return "—"
    return f"{Decimal(str(value)) * 100:.0f}%"
