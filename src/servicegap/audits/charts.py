"""Server-side SVG charts: geometry computed here, drawn by a template (auto-escaped).

No JavaScript and no network: the same chart renders in a browser, an e-mail or a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 36, 12, 12, 28
PLOT_W = WIDTH - LEFT - RIGHT
PLOT_H = HEIGHT - TOP - BOTTOM


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    label: str
    score: Decimal
    audits: int
    too_few: bool


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    points: list[Point]

    @property
    def path(self) -> str:
        return " ".join(
            f"{'M' if i == 0 else 'L'}{p.x:.1f},{p.y:.1f}" for i, p in enumerate(self.points)
        )


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    series: list[Series]
    x_ticks: list[tuple[float, str]]
    y_ticks: list[tuple[float, int]]
    plot_left: int
    plot_right: int
    plot_top: int
    plot_bottom: int

    @property
    def is_empty(self) -> bool:
        return not any(s.points for s in self.series)


def _y(score: float) -> float:
    return TOP + PLOT_H * (1 - score / 100)


def trend_chart(
    months: list[date],
    series: dict[str, tuple[str, dict[date, tuple[Decimal, int]]]],
    *,
    min_audits: int,
    month_label=lambda m: m.strftime("%b %Y"),
) -> Chart:
    """A line per series over `months`; each point a month's mean score and its audits.

    `series` maps a key to (label, {month: (score, audits)}); months without audits
    leave a gap in the data (the line joins the months that have some).
    """
    step = PLOT_W / max(len(months) - 1, 1)
    x_of = {month: LEFT + i * step for i, month in enumerate(months)}
    drawn = []
    for key, (label, values) in series.items():
        points = [
            Point(
                x=x_of[month],
                y=_y(float(score)),
                label=month_label(month),
                score=score,
                audits=audits,
                too_few=audits < min_audits,
            )
            for month in months
            if (value := values.get(month)) is not None
            for score, audits in [value]
        ]
        drawn.append(Series(key, label, points))
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        series=drawn,
        x_ticks=[(x_of[m], m.strftime("%b")) for m in months],
        y_ticks=[(_y(v), v) for v in (0, 25, 50, 75, 100)],
        plot_left=LEFT,
        plot_right=WIDTH - RIGHT,
        plot_top=TOP,
        plot_bottom=TOP + PLOT_H,
    )
