"""Breaking-change report between a git ref and the working tree: `make api-diff`.

    python scripts/api_diff.py [--base REF] [--json] [--accept-file CHANGELOG.md]
    python scripts/api_diff.py --old-spec A.yaml --new-spec B.yaml [--provider NAME]

The implementation is the `scripts.apidiff` package; see its `cli` module.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.apidiff.cli import main

if __name__ == "__main__":
    sys.exit(main())
