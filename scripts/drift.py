"""Drift report for one provider: `make drift PROVIDER=<name> [FINDINGS=path] [PROPOSE=1]`.

    python scripts/drift.py PROVIDER [--findings FILE ...] [--propose] [--out DIR]

Exit status: 0 no drift, 1 drift found, 2 could not run (missing credentials: it names
the variables). The implementation is the `scripts.driftreport` package; see its `cli`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.driftreport.cli import main

if __name__ == "__main__":
    sys.exit(main())
