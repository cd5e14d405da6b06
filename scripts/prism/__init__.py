"""Prism mock servers for the specs, on loopback: `python -m scripts.prism [PROVIDER ...]`
(by hand) and `running_mocks()` (the Prism tests), in `mockservers`."""
