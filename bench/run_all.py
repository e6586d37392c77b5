"""``make bench``: run every benchmark; each writes bench/results/<name>.json."""

from __future__ import annotations

import sys

from bench import store


def main() -> None:
    store.main(sys.argv[1:])


if __name__ == "__main__":
    main()
