"""Shared test helpers: servers on loopback, provider cases, spec data, fakes."""
