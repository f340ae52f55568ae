"""What the 1,712 comments of bench/textlens_more_examples.py would do if they were
shipped with the base examples: the learned layer is fitted on both (in this process
only, nothing is kept), then the public sets and our two own sets are measured as
bench/textlens.py and bench/textlens_own.py measure them.

    .venv/bin/python -m bench.textlens_trial --data ../shared/datasets

Compare with the same commands on the shipped examples alone:
`.venv/bin/python -m bench.textlens --data ../shared/datasets --quick --detail` and
`.venv/bin/python -m bench.textlens_own [--set second]`.
"""

from __future__ import annotations

import argparse
import sys

from bench import textlens, textlens_more_examples, textlens_own

from servicegap.textlens import analysis, learn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, help="the public sets (../shared/datasets)")
    args = parser.parse_args(argv)
    both = [*learn.base_examples(), *textlens_more_examples.examples()]
    learn.base_examples = lambda: both  # this process only
    analysis.keep_base_model_in(None)  # trained here, never written
    print(f"base examples: {len(learn.base_examples())}", flush=True)
    textlens.main(["--data", args.data, "--quick", "--detail"])
    for chosen in ("first", "second"):
        print(f"\n## own set: {chosen}", flush=True)
        textlens_own.main(["--set", chosen])
    return 0


if __name__ == "__main__":
    sys.exit(main())
