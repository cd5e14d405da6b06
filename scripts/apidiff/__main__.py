"""Breaking-change report between a git ref and the working tree: `make api-diff`.

    python -m scripts.apidiff [--base REF] [--json] [--accept-file CHANGELOG.md]
    python -m scripts.apidiff --old-spec A.yaml --new-spec B.yaml [--provider NAME]

The implementation is in `scripts.apidiff.cli`.
"""

from scripts.apidiff.cli import main

raise SystemExit(main())
