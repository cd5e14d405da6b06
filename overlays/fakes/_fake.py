"""`Fake`: one provider's in-memory API, behind an httpx2 transport and a loopback server."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Unpack

from typing_extensions import TypeVar

from .._registry import provider as provider_named
from ._backend import Backend
from ._changed import ChangeControls
from ._engine import Engine
from ._faults import FaultControls
from ._messages import LogEntry
from ._server import LoopbackServer
from ._transport import FakeTransport

if TYPE_CHECKING:
    from .._descriptor import Provider
    from .._facade import Options

# Defaults (PEP 696): a bare `Fake` annotation (a fixture's) is `Fake[Any, Any, Any, ...]`;
# a provider's `fake()` returns it fully typed.
ClientT = TypeVar("ClientT", default=Any)
ApiT = TypeVar("ApiT", default=Any)
AsyncApiT = TypeVar("AsyncApiT", default=Any)
CredentialsT = TypeVar("CredentialsT", bound=Mapping[str, Any], default=dict[str, Any])


class Fake(FaultControls, ChangeControls, Generic[ClientT, ApiT, AsyncApiT, CredentialsT]):
    """A stateful fake of one provider's API, checked against its spec.

    ```python
    fake = appaloosa.fake()
    client = fake.client()                 # in-process, through `fake.transport`
    api = fake.api()                       # the resource object, the same way
    with fake.serve() as base_url:         # the same state over HTTP on 127.0.0.1
        other = appaloosa.client(**fake.credentials, base_url=base_url)
    ```

    Typed by its provider's `fake()`: `client()` is the generated client, `api()` and
    `aapi()` the resource objects, `credentials` the factory's keyword arguments.
    """

    _engine: Engine

    def __init__(
        self,
        backend: Backend,
        provider: Provider,
        factories: tuple[Callable[..., ClientT], Callable[..., ApiT], Callable[..., AsyncApiT]],
    ) -> None:
        self._backend = backend
        self._engine = Engine(backend)
        # fail_next / chaos (see _faults.py): the engine asks the plan at its fault points
        self._engine.pick_fault = self.attach_faults(self._engine.spec.operations)
        self.provider = provider.name
        self._descriptor = provider
        self._factories = factories

    def __repr__(self) -> str:  # the credentials are the fake's, but still kept out
        return f"<Fake {self.provider}: {sum(map(len, self._backend.state.values()))} resources>"

    @property
    def credentials(self) -> CredentialsT:
        """The credentials the fake accepts, by the client factory's keyword names."""
        credentials: CredentialsT = dict(self._backend.credentials)  # type: ignore[assignment]
        return credentials

    @cached_property
    def transport(self) -> FakeTransport:
        """One httpx2 transport for sync and async clients; nothing touches the network."""
        return FakeTransport(self._engine)

    def _settings(self, options: Options) -> dict[str, Any]:
        settings: dict[str, Any] = {"transport": self.transport, **options}
        if self._descriptor.base_url is None and self._descriptor.fake_base_url:
            settings.setdefault("base_url", self._descriptor.fake_base_url)
        return {**self._backend.credentials, **settings}

    def client(self, **options: Unpack[Options]) -> ClientT:
        """`<provider>.client(**fake.credentials, transport=fake.transport, **options)`."""
        return self._factories[0](**self._settings(options))

    def api(self, **options: Unpack[Options]) -> ApiT:
        """The provider's resource object over `fake.transport` (`Appaloosa(...)`)."""
        return self._factories[1](**self._settings(options))

    def aapi(self, **options: Unpack[Options]) -> AsyncApiT:
        """The async resource object over `fake.transport` (`AsyncAppaloosa(...)`)."""
        return self._factories[2](**self._settings(options))

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


def backend_class(name: str) -> type[Backend]:
    """The provider's backend: `overlays/fakes/_<name>.py`'s `FakeBackend` where it has
    quirks no declaration can say, else the generic one."""
    module_name = f"{__package__}._{name}"
    if importlib.util.find_spec(module_name) is None:
        return Backend
    found: type[Backend] = importlib.import_module(module_name).FakeBackend
    return found


def make_fake(
    provider: Provider | str,
    credentials: Mapping[str, Any],
    seed: int | None = None,
    *,
    factories: tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]] | None = None,
) -> Fake[Any, Any, Any, Any]:
    """The fake of `provider` accepting `credentials` (what the provider's `fake()` calls,
    with its typed factories)."""
    descriptor = provider_named(provider) if isinstance(provider, str) else provider
    if factories is None:  # the provider module's own (its `fake()` passes them)
        module = importlib.import_module(f"overlays.{descriptor.name}")
        factories = (module.client, getattr(module, descriptor.class_name),
                     getattr(module, f"Async{descriptor.class_name}"))  # fmt: skip
    backend = backend_class(descriptor.name)(descriptor, credentials, seed)
    return Fake(backend, descriptor, factories)
