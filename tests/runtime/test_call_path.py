"""One call's path through our code (issue 18): `Appaloosa(52, key).users.list()` up to its
first item crosses at most six of our files, and goes down to the network once and back.

Traced with `sys.setprofile` (`scripts/trace`, `python -m scripts.trace` prints the path):
every function entered in `overlays/` or `generated/`, with its nearest caller of ours.
Before the runtime, the same call (this tracer, warm) crossed 15 of our files in 25 hops.
"""

from __future__ import annotations

from scripts.trace.path import REPO, trace_first_item


def test_a_listing_call_crosses_at_most_six_of_our_files() -> None:
    traced = trace_first_item()
    files = [traced.rel(name) for name in traced.files]
    assert len(files) <= 6, files
    overlays = [name for name in files if name.startswith("overlays/")]
    assert overlays == ["overlays/_pagination.py", "overlays/_runtime.py"], overlays


def test_it_goes_down_to_the_network_once_and_back() -> None:
    traced = trace_first_item()
    assert traced.sends == 1
    sends = [hop for hop in traced.hops if hop[2] in ("send", "asend")]
    assert len(sends) == 1, traced.hops
    # Nothing below the generated endpoint calls back up into the listing or the resources.
    upper = {str(REPO / "overlays" / "_pagination.py")}
    below = {str(REPO / "overlays" / "_runtime.py")}
    assert not [hop for hop in traced.hops if hop[0] in below and hop[1] in upper]
