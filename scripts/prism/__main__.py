"""`python -m scripts.prism [PROVIDER ...]`: see `scripts.prism.mockservers`."""

import signal

from scripts.prism.mockservers import main

# SIGTERM (a service manager, `kill`) stops the Prism processes too, like Ctrl-C.
signal.signal(signal.SIGTERM, signal.default_int_handler)
raise SystemExit(main())
