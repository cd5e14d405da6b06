"""Drift report for one provider: `make drift PROVIDER=<name> [FINDINGS=path] [PROPOSE=1]`.

    python -m scripts.drift PROVIDER [--findings FILE ...] [--propose] [--out DIR]

Exit status: 0 no drift, 1 drift found, 2 could not run (missing credentials: it names
the variables). See `cli`.
"""

from __future__ import annotations

import sys

from scripts.drift.cli import main

if __name__ == "__main__":
    sys.exit(main())
