"""`python -m scripts.soak`: see `scripts.soak.runner`."""

from scripts.soak.runner import main

raise SystemExit(main())
