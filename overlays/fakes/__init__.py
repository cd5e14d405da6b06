"""Stateful in-memory fakes of the five APIs, driven by their specs (`x-fake`).

Get one from its provider module (`appaloosa.fake()`, `tulip.fake(key_id=...)`); this
package holds the machinery, imported only when a fake is made:

- a backend per provider that keeps state and knows nothing of HTTP (`_backend.py` for
  what `x-fake` declares, `_<provider>.py` for what no declaration can say);
- one request pipeline (`_engine.py`): route, authenticate, judge the request by the spec,
  apply, answer, check the answer against the spec;
- two doors onto it: an httpx2 transport (`fake.transport`) and a loopback HTTP server
  (`fake.serve()`); `python -m overlays.fakes PROVIDER` serves one from a shell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._fake import Fake, make_fake
    from ._messages import FakeSpecViolation, LogEntry

__all__ = ["Fake", "FakeSpecViolation", "LogEntry", "make_fake"]


def __getattr__(name: str) -> Any:
    # Lazy: the pytest plugin lives in this package and must cost nothing at start-up.
    if name in ("Fake", "make_fake"):
        from . import _fake

        return getattr(_fake, name)
    if name in ("FakeSpecViolation", "LogEntry"):
        from . import _messages

        return getattr(_messages, name)
    raise AttributeError(name)
