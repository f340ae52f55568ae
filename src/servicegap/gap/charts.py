"""Server-side SVG geometry for the value-distance page (drawn by templates, auto-escaped).

No JavaScript and no network: the charts render in a browser, in print and in a PDF.
Colour is never the only signal: each series has its own marker shape and dash, and
every chart has a table of the numbers beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from servicegap.core.stats import Estimate

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 36, 12, 12, 28
PLOT_W = WIDTH - LEFT - RIGHT
PLOT_H = HEIGHT - TOP - BOTTOM


def y_of(value: float) -> float:
    return TOP + PLOT_H * (1 - max(0.0, min(100.0, value)) / 100)


@dataclass(frozen=True)
class TrendPoint:
    x: float
    y: float
    month: date
    estimate: Estimate

    @property
    def square(self) -> tuple[str, str]:
        return f"{self.x - 4:.1f}", f"{self.y - 4:.1f}"

    @property
    def triangle(self) -> str:
        x, y = self.x, self.y
        return f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y + 4:.1f} {x - 5:.1f},{y + 4:.1f}"


@dataclass(frozen=True)
class TrendSeries:
    key: str
    label: str
    points: list[TrendPoint]
    band: str  # SVG path of the 95% interval band, one shape per run of months
    path: str  # the line, broken where a month is missing or rests on too few


def _runs(points: list[TrendPoint], step: float) -> list[list[TrendPoint]]:
    """Consecutive months with enough evidence, each run drawn on its own."""
    runs: list[list[TrendPoint]] = []
    for point in points:
        if point.estimate.too_few or point.estimate.low is None:
            runs.append([])
            continue
        if runs and runs[-1] and abs(point.x - runs[-1][-1].x - step) < 0.5:
            runs[-1].append(point)
        else:
            runs.append([point])
    return [run for run in runs if run]


def _line(run: list[TrendPoint]) -> str:
    return " ".join(f"{'M' if i == 0 else 'L'}{p.x:.1f},{p.y:.1f}" for i, p in enumerate(run))


def _band(run: list[TrendPoint]) -> str:
    if len(run) < 2:
        return ""
    upper = [f"{p.x:.1f},{y_of(p.estimate.high):.1f}" for p in run]
    lower = [f"{p.x:.1f},{y_of(p.estimate.low):.1f}" for p in reversed(run)]
    return "M" + " L".join(upper + lower) + " Z"


@dataclass(frozen=True)
class TrendChart:
    width: int
    height: int
    series: list[TrendSeries]
    x_ticks: list[tuple[float, str]]
    y_ticks: list[tuple[float, int]]
    plot_left: int = LEFT
    plot_right: int = WIDTH - RIGHT
    plot_top: int = TOP
    plot_bottom: int = HEIGHT - BOTTOM

    @property
    def is_empty(self) -> bool:
        return not any(p.estimate.value is not None for s in self.series for p in s.points)


def trend_chart(
    months: list[date], series: dict[str, tuple[str, dict[date, Estimate]]]
) -> TrendChart:
    """One line per lens over `months`; a band for the interval where evidence suffices.
    Months under the evidence bar are drawn as hollow points, off the line."""
    step = PLOT_W / max(len(months) - 1, 1)
    x_of = {month: LEFT + i * step for i, month in enumerate(months)}
    drawn = []
    for key, (label, values) in series.items():
        points = [
            TrendPoint(x_of[m], y_of(values[m].value), m, values[m])
            for m in months
            if m in values and values[m].value is not None
        ]
        runs = _runs(points, step)
        path = " ".join(_line(run) for run in runs)
        band = " ".join(filter(None, (_band(run) for run in runs)))
        drawn.append(TrendSeries(key, label, points, band, path))
    x_ticks = [(x_of[m], m.strftime("%b")) for m in months]
    y_ticks = [(y_of(v), v) for v in (0, 25, 50, 75, 100)]
    return TrendChart(WIDTH, HEIGHT, drawn, x_ticks, y_ticks)


# One 0–100 axis per P, with the lenses' markers ----------------------------------------

AXIS_W, AXIS_LEFT, AXIS_RIGHT = 360, 8, 8
ROW_H = 30


@dataclass(frozen=True)
class Marker:
    """A lens on a P's axis: ■ believed, ▲ observed, ● experienced (shape, not only colour)."""

    key: str
    label: str
    x: float
    y: float
    low_x: float | None
    high_x: float | None
    estimate: Estimate

    @property
    def square(self) -> tuple[str, str]:
        return f"{self.x - 5:.1f}", f"{self.y - 5:.1f}"

    @property
    def triangle(self) -> str:
        x, y = self.x, self.y
        return f"{x:.1f},{y - 6:.1f} {x + 6:.1f},{y + 5:.1f} {x - 6:.1f},{y + 5:.1f}"


@dataclass(frozen=True)
class AxisRow:
    label: str
    y: float
    markers: list[Marker]


def axis_x(value: float) -> float:
    return AXIS_LEFT + (AXIS_W - AXIS_LEFT - AXIS_RIGHT) * max(0.0, min(100.0, value)) / 100


@dataclass(frozen=True)
class Axes:
    rows: list[AxisRow]
    width: int = AXIS_W
    label_width: int = 90

    @property
    def height(self) -> int:
        return ROW_H * len(self.rows) + 20  # and a line of ticks

    @property
    def ticks(self) -> list[tuple[float, int]]:
        return [(axis_x(v), v) for v in (0, 50, 100)]

    @property
    def tick_y(self) -> int:
        return ROW_H * len(self.rows) + 16

    @property
    def view_width(self) -> int:
        return self.width + self.label_width + 14

    @property
    def tick_top(self) -> int:
        return ROW_H * len(self.rows) + 2

    left, right = AXIS_LEFT, AXIS_W - AXIS_RIGHT


def axis_rows(rows: list[tuple[str, dict[str, tuple[str, Estimate]]]]) -> Axes:
    """`rows`: (label, {lens key: (lens label, estimate)}) → rows of markers to draw."""
    out = []
    for index, (label, lenses) in enumerate(rows):
        y = ROW_H * index + ROW_H / 2
        markers = []
        for key, (lens_label, estimate) in lenses.items():
            if estimate.value is None:
                continue
            markers.append(
                Marker(
                    key,
                    lens_label,
                    axis_x(estimate.value),
                    y,
                    None if estimate.low is None else axis_x(estimate.low),
                    None if estimate.high is None else axis_x(estimate.high),
                    estimate,
                )
            )
        out.append(AxisRow(label, y, markers))
    return Axes(out)
