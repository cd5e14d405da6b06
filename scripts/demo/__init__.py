"""`make demo` (`python -m scripts.demo`): every provider's workflow against its fake; the
code is in `workflows`."""
