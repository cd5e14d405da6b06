"""`python -m scripts.new_provider`: see `scripts.new_provider.cli`."""

from scripts.new_provider.cli import main

raise SystemExit(main())
