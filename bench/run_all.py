"""``make bench``: run every benchmark; each writes bench/results/<name>.json.

``make bench BENCH_ARGS="--sizes 10000"`` passes options to the store benchmark. HQ's national
figures (bench/hq_analytics.py) run at 100,000 records here, on PostgreSQL too when
HQ_BENCH_POSTGRES_URL is set; HQ_BENCH_FULL=1 loads the full 10 million (PostgreSQL) and
1 million (SQLite), which takes hours. The console's pages (bench/hq_console.py) run at
20,000 records, with the same switches.
"""

from __future__ import annotations

import sys

from bench import (
    documents,
    hq_analytics,
    hq_console,
    hq_flood,
    khidmat,
    outcomes,
    referral,
    station_view,
    store,
    sync,
    ui,
    urdu_documents,
)


def main() -> None:
    store.main(sys.argv[1:])
    referral.main([])
    documents.main([])
    ui.main([])
    sync.main([])
    hq_flood.main([])
    khidmat.main([])
    hq_analytics.main([])
    outcomes.main([])
    urdu_documents.main([])
    station_view.main([])
    hq_console.main([])  # after hq_analytics: it merges its figures into the same hq.json


if __name__ == "__main__":
    main()
