"""The tracer behind `python -m scripts.trace` (see the package docstring)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import httpx2

REPO = Path(__file__).resolve().parents[2]
OURS = (str(REPO / "overlays"), str(REPO / "generated"))
PAGE = (
    b'{"users": [{"id": 1, "first_name": "A", "last_name": "B", "email": "a@x.io",'
    b' "is_admin": false, "group_count": 0}]}'
)


@dataclass
class Traced:
    """What one traced call entered: our files in order, and the hops between them."""

    files: list[str] = field(default_factory=list)
    hops: list[tuple[str, str, str]] = field(default_factory=list)
    sends: int = 0

    def rel(self, name: str) -> str:
        return str(Path(name).relative_to(REPO))


def _ours(frame: FrameType | None) -> FrameType | None:
    while frame is not None and not frame.f_code.co_filename.startswith(OURS):
        frame = frame.f_back
    return frame


def trace_first_item() -> Traced:
    """Trace `Appaloosa(52, key).users.list()` up to its first item, warm."""
    from overlays import appaloosa

    def answer(request: httpx2.Request) -> httpx2.Response:
        traced.sends += 1
        return httpx2.Response(200, content=PAGE, headers={"content-type": "application/json"})

    traced = Traced()
    api = appaloosa.Appaloosa(52, "key", transport=httpx2.MockTransport(answer))
    list(api.users.list())  # warm: imports, compiled schemas, the session
    traced.sends = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event != "call" or not frame.f_code.co_filename.startswith(OURS):
            return
        name = frame.f_code.co_filename
        if name not in traced.files:
            traced.files.append(name)
        caller = _ours(frame.f_back)
        if caller is not None and caller.f_code.co_filename != name:
            traced.hops.append((caller.f_code.co_filename, name, frame.f_code.co_name))

    sys.setprofile(profile)
    try:
        next(api.users.list())
    finally:
        sys.setprofile(None)
    return traced


def report(traced: Traced) -> str:
    lines = [f"{len(traced.hops)} hops through {len(traced.files)} of our files:"]
    lines += [f"  {traced.rel(name)}" for name in traced.files]
    lines.append("hops (caller -> callee: function):")
    lines += [f"  {traced.rel(a)} -> {traced.rel(b)}: {fn}" for a, b, fn in traced.hops]
    return "\n".join(lines)
