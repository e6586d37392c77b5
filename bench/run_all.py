"""``make bench``: run every benchmark; each writes bench/results/<name>.json.

``make bench BENCH_ARGS="--sizes 10000"`` passes options to the store benchmark.
"""

from __future__ import annotations

import sys

from bench import (
    documents,
    hq_flood,
    khidmat,
    outcomes,
    referral,
    station_view,
    store,
    sync,
    ui,
)


def main() -> None:
    store.main(sys.argv[1:])
    referral.main([])
    documents.main([])
    ui.main([])
    sync.main([])
    hq_flood.main([])
    khidmat.main([])
    outcomes.main([])
    station_view.main([])


if __name__ == "__main__":
    main()
