"""`Fake`: one provider's in-memory API, behind an httpx transport and a loopback server."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cached_property
from typing import Any

from ._backend import Backend
from ._changed import ChangeControls
from ._engine import Engine
from ._faults import FaultControls
from ._messages import LogEntry
from ._server import LoopbackServer
from ._spec import FakeSpec
from ._transport import FakeTransport

PROVIDERS = ("push_express", "appaloosa", "app47", "appush", "tulip")


class Fake(FaultControls, ChangeControls):
    """A stateful fake of one provider's API, checked against its spec.

    ```python
    fake = appaloosa.fake()
    client = fake.client()                 # in-process, through `fake.transport`
    with fake.serve() as base_url:         # the same state over HTTP on 127.0.0.1
        other = appaloosa.client(**fake.credentials, base_url=base_url)
    ```
    """

    def __init__(self, backend: Backend, provider: str, client_defaults: Mapping[str, Any]) -> None:
        self._backend = backend
        self._engine = Engine(backend)
        self.attach_faults(self._engine)  # fail_next / chaos (see _faults.py)
        self.provider = provider
        self._client_defaults = dict(client_defaults)

    def __repr__(self) -> str:  # the credentials are the fake's, but still kept out
        return f"<Fake {self.provider}: {sum(map(len, self._backend.state.values()))} resources>"

    @property
    def credentials(self) -> dict[str, Any]:
        """The credentials the fake accepts, by the client factory's keyword names."""
        return dict(self._backend.credentials)

    @cached_property
    def transport(self) -> FakeTransport:
        """One httpx transport for sync and async clients; nothing touches the network."""
        return FakeTransport(self._engine)

    def client(self, **options: Any) -> Any:
        """`<provider>.client(**fake.credentials, transport=fake.transport, **options)`."""
        factory = importlib.import_module(f"overlays.{self.provider}").client
        return factory(
            **self.credentials, **{**self._client_defaults, "transport": self.transport, **options}
        )

    @contextmanager
    def serve(self, port: int = 0) -> Iterator[str]:
        """Serve the same state over HTTP on 127.0.0.1:`port` (0: a free port); yields the
        `base_url` to give the client factory. Raises, on exit, the first answer the fake
        could not give within its spec (the client only saw a 500)."""
        server = LoopbackServer(self._engine, port)
        server.start()
        prefix = self._backend.spec.server_path.split("{", 1)[0].rstrip("/")
        try:
            yield server.origin + prefix
        finally:
            server.stop()
        if server.violations:
            raise server.violations[0]

    def insert(self, kind: str, resource: Mapping[str, Any]) -> dict[str, Any]:
        """Store a resource directly (validated against its schema; an id if it has none);
        returns it as the API would answer it."""
        with self._engine.lock:
            return self._backend.insert(kind, resource)

    def items(self, kind: str) -> list[dict[str, Any]]:
        """The stored resources of `kind`, as the API would answer them, with their ids."""
        with self._engine.lock:
            return self._backend.items(kind)

    def reset(self) -> None:
        """Back to empty (and the log too; planned faults, chaos and provider changes are
        dropped)."""
        with self._engine.lock:
            self._backend.reset()
            self._engine.log.clear()
            self._fault_plan.clear()
            self._engine.changes = None

    @property
    def log(self) -> list[LogEntry]:
        """Per request received: the operation, the fault injected, whether state changed."""
        return list(self._engine.log)


def make_fake(provider: str, credentials: Mapping[str, Any], *, seed: int | None = None) -> Fake:
    """The fake of `provider` accepting `credentials` (what the provider's `fake()` calls)."""
    if provider not in PROVIDERS:
        raise ValueError(f"unknown provider {provider!r}; known: {', '.join(PROVIDERS)}")
    module = importlib.import_module(f"overlays.fakes._{provider}")
    backend_class: type[Backend] = module.FakeBackend
    backend = backend_class(FakeSpec(backend_class.package), credentials, seed)
    return Fake(backend, provider, getattr(module, "CLIENT_DEFAULTS", {}))
