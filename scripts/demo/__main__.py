"""`python -m scripts.demo`: see `scripts.demo.workflows`."""

from scripts.demo.workflows import main

raise SystemExit(main())
