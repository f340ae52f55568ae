"""Money and chances as a manager reads them: `{{ value|money:currency }}` is
"1,189 EUR", `{{ value|money_exact:currency }}` "1,189.15 EUR", `{{ p|chance }}` "34%"."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django import template

register = template.Library()


@register.filter
def money(value: Decimal | float | None, currency: str = "") -> str:
    """A model's estimate in whole units with thousands separators (its cents are no
    more certain than its units); "—" for none."""
    if value is None or value == "":
        return "—"
    whole = Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{whole:,} {currency}".strip()


@register.filter
def money_exact(value: Decimal | float | None, currency: str = "") -> str:
    """An amount someone paid, to the cent, with thousands separators."""
    if value is None or value == "":
        return "—"
    return f"{Decimal(str(value)):,.2f} {currency}".strip()


@register.filter
def chance(value: float | None) -> str:
    """A probability as a whole percentage; "—" for none."""
    if value is None or value == "":
        return "—"
    return f"{Decimal(str(value)) * 100:.0f}%"
