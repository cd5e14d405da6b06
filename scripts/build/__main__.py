"""`python -m scripts.build`: see `scripts.build.generate`."""

from scripts.build.generate import main

raise SystemExit(main())
