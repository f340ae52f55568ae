"""Comment analysis: sentiment, P topics, churn signals and spam.

`analyse(text, language=None, *, model=None) -> Analysis`; the learned layer is in
`servicegap.textlens.learn`. Both names load on first use, so importing the Django app
does not load VADER's lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from servicegap.textlens.analysis import Analysis, analyse

__all__ = ["Analysis", "analyse"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from servicegap.textlens import analysis

        return getattr(analysis, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
