"""`from_dict` per item: our model templates against openapi-python-client's defaults.

In process, no HTTP: the same spec example parsed by the model class of our generated
package and by the same class generated with the default templates (scripts/bench/
peers.py). Items: Appaloosa's `UserSummary` (a search result) and App47's `App` (two
`date-time` fields). The ratio is the speed-up, default / ours.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from app47_client.models.app import App
from appaloosa_client.models.user_summary import UserSummary

from scripts.bench.common import (
    BenchError,
    Measure,
    Row,
    Target,
    interleaved,
    median,
    paired_ratio,
)
from scripts.bench.loopback import server_config
from scripts.bench.peers import Peers

SPEEDUP_TARGET = Target("min_ratio", 2.0, "(speed-up)")


def _per_item(parse: Callable[[Any], Any], data: Any, number: int) -> Measure:
    def measure() -> float:
        start = time.perf_counter()
        for _ in range(number):
            parse(data)
        return (time.perf_counter() - start) / number

    return measure


def _items() -> list[tuple[str, str, str, Any, type[Any]]]:
    """(label, provider, module, example, our class) for each measured model."""
    config = server_config()  # the items the loopback server answers with
    user, app = config["page_item"], config["offset_item"]
    return [
        ("UserSummary (Appaloosa)", "appaloosa", "models.user_summary", user, UserSummary),
        ("App with two dates (App47)", "app47", "models.app", app, App),
    ]


def model_rows(peers: Peers, *, number: int, repetitions: int) -> list[Row]:
    rows = []
    for label, provider, module, example, ours in _items():
        theirs = getattr(peers.module(peers.default[provider], module), ours.__name__)
        if ours.from_dict(example).to_dict() != theirs.from_dict(example).to_dict():
            raise BenchError(f"{label}: our model and the default one disagree on the example")
        variants = {
            "ours": _per_item(ours.from_dict, example, number),
            "baseline": _per_item(theirs.from_dict, example, number),
        }
        for measure in variants.values():
            measure()  # warm up
        results = interleaved(variants, repetitions)
        rows.append(
            Row("models", f"from_dict per item, {label}: ours vs default templates",
                median(results["ours"]), median(results["baseline"]),
                paired_ratio(results["baseline"], results["ours"]), "µs", SPEEDUP_TARGET,
                "default templates")
        )  # fmt: skip
    return rows
