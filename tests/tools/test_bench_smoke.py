"""`make bench`'s pieces in their quickest form: they run, and the table has the rows it
should. Untimed on purpose: figures depend on the machine, so nothing here asserts one."""

from __future__ import annotations

import contextlib
import socket
from pathlib import Path

import httpx2
import pytest

from scripts.bench import build, cli, common, models
from scripts.bench import loopback as http
from scripts.bench.peers import scratch_peers

TINY = cli.Scale(
    calls=2, call_repetitions=1, facade_calls=5, facade_repetitions=1,
    model_items=10, model_repetitions=1,
    throughput_calls=8, in_flight=4, throughput_repetitions=1,
    pages=4, app47_pages=2, paging_repetitions=1,
    concurrency_pages=4, latency_ms=1, concurrency=2, concurrency_repetitions=1,
    full_repetitions=1, noop_repetitions=1, import_repetitions=1,
)  # fmt: skip
HTTP_SECTIONS = ["calls", "throughput", "paging", "memory", "concurrency", "facade"]

# The issue's table (issue 19), at TINY's scale: each row that has a target, and the floors.
WITH_TARGETS = {
    "sync call, 2-item body (search_users): ours vs raw httpx.Client": "≤ 0.85x",
    "sync call, 100-item body (search_users): ours vs raw httpx.Client": "≤ 0.85x",
    "sync call, 2-item body (search_users): ours vs openapi-generator client": "< 1x",
    "sync call, 100-item body (search_users): ours vs openapi-generator client": "< 1x",
    'async throughput, 8 calls, 4 in flight: ours (http_backend="aiohttp", default) vs raw '
    "aiohttp": "≥ 0.8x",
    "async throughput, 8 calls, 4 in flight: ours, fastest http_backend": "≥ 1x",
    "paginate vs raw httpx.Client loop, 4 pages x 20 (Appaloosa page+Link)": "≤ 1x",
    "paginate vs raw httpx.Client loop, 2 sets x 100 (App47 skip)": "≤ 1x",
    "apaginate(concurrency=2) vs sequential, 4 pages x 1 ms": "≥ 6x",
    "memory held walking 16 pages vs 4: paginate": "≤ 1.05x",
}
FLOORS = (
    "sync call, 2-item body (search_users): raw httpx2.Client vs raw httpx.Client",
    "sync call, 100-item body (search_users): raw urllib3.PoolManager vs raw httpx.Client",
    "async throughput, 8 calls, 4 in flight: raw httpx2.AsyncClient vs raw aiohttp",
    "async throughput, 8 calls, 4 in flight: raw httpx.AsyncClient vs raw aiohttp",
    "raw httpx2.Client loop vs raw httpx.Client loop, 4 pages x 20",
)


@pytest.fixture(scope="module")
def port():
    with common.bench_server(http.server_config()) as server_port:
        yield server_port


@pytest.fixture(scope="module")
def peers():
    # openapi-generator left out here (Java start-up and its generation cost ~10 s); its
    # rows then say why they were skipped, which is what a machine without Java shows.
    with scratch_peers(openapi_generator=False) as built:
        yield built


def test_bench_server_serves_fixed_bodies_and_both_listing_styles(port):
    base = f"http://127.0.0.1:{port}"
    with httpx2.Client() as client:
        fixed = client.get(f"{base}/fixed/users2/52/users/search?api_key=k").json()
        page = client.get(f"{base}/pages/3/0/52/users", params={"page": 2, "per": 20})
        offset = client.get(f"{base}/offset/150/0/apps", params={"skip": 100}).json()
        missing = client.get(f"{base}/nowhere")
    assert len(fixed["users"]) == 2
    assert len(page.json()["users"]) == 20
    assert set(page.links) == {"next", "last"}
    assert offset["results"]["count"] == 50
    # App47 ids stay 24-hex-digit ObjectIds, or the overlay's validation would refuse them.
    assert all(len(app["id"]) == 24 for app in offset["results"]["list"])
    assert missing.status_code == 404


def test_bench_server_stops_even_when_the_benchmark_fails():
    with pytest.raises(RuntimeError), common.bench_server(http.server_config()) as server_port:
        raise RuntimeError("a benchmark failed")
    with (
        pytest.raises(ConnectionRefusedError),
        socket.create_connection(("127.0.0.1", server_port), 1),
    ):
        pass


def test_the_http_sections_print_the_issue_table(peers, monkeypatch):
    monkeypatch.setattr(cli, "scratch_peers", lambda **_: contextlib.nullcontext(peers))
    rows, notes = cli.run(HTTP_SECTIONS, TINY)
    table = common.render_table(rows)
    by_label = {row.measurement: row for row in rows}

    assert [row.section for row in rows] == sorted(
        (row.section for row in rows), key=HTTP_SECTIONS.index
    )
    assert {row.section for row in rows} == set(HTTP_SECTIONS)
    for label, target in WITH_TARGETS.items():
        (row,) = [row for text, row in by_label.items() if text.startswith(label)]
        assert str(row.target).startswith(target), label
    for label in FLOORS:
        assert label in by_label
    # Every row: our figure, the baseline's, the ratio, the target and its mark (or dashes).
    for line in table.splitlines()[2:]:
        assert line.count(" | ") == 5, line
    for row in rows:
        if "skipped" in row.measurement:  # openapi-generator, not requested here
            assert row.ours is row.ratio is row.met is None
            continue
        assert row.ours is not None, row
        assert row.ratio is not None, row
        assert row.ratio > 0, row
        if row.target is not None:
            assert row.met in (True, False)
    assert any("openapi-generator skipped: not requested" in note for note in notes)


def test_table_has_a_header_a_line_per_row_and_says_whether_targets_are_met():
    rows = [
        common.Row("x", "fast enough", 0.001, 0.001, 1.0, "ms", common.Target("max_ratio", 1.05)),
        common.Row("x", "too slow", 3.0, 1.0, 3.0, "s", common.Target("max_seconds", 2.0)),
        common.Row("x", "speed-up", 0.1, 1.0, 10.0, "s", common.Target("min_ratio", 6.0)),
        common.Row("x", "information", 10.0, None, None, "KiB"),
        common.Row("x", "level", 1.0, 1.0, 1.0, "ms", common.Target("under_ratio", 1.0)),
        common.Row("x", "just over", 1.0, 1.0, 1.004, "ms", common.Target("max_ratio", 1.0)),
    ]
    lines = common.render_table(rows).splitlines()

    assert lines[0] == "| measurement | ours | baseline | ratio | target | met? |"
    assert len(lines) == 2 + len(rows)
    assert lines[2].endswith("| ≤ 1.05x | yes |")
    assert lines[3].endswith("| ≤ 2 s | **no** |")
    assert lines[4].endswith("| ≥ 6x | yes |")
    assert lines[5] == "| information | 10 KiB | — | — | — | — |"
    assert lines[6].endswith("| 1.00x | < 1x | **no** |")
    assert lines[7].endswith("| 1.004x | ≤ 1x | **no** |")  # not "1.00x ... no"


def test_interleaving_alternates_the_order_and_ratios_are_paired():
    calls: list[str] = []
    results = common.interleaved(
        {"a": lambda: calls.append("a") or 2.0, "b": lambda: calls.append("b") or 1.0}, 3
    )
    assert calls == ["a", "b", "b", "a", "a", "b"]
    assert common.paired_ratio(results["a"], results["b"]) == 2.0


def test_machine_line_names_the_cpu_cores_and_python():
    line = common.machine_line()
    assert line.startswith("Machine: ")
    assert "cores" in line
    assert "Python" in line or "CPython" in line


def test_the_section_list_is_the_command_line_and_names_every_library():
    assert tuple(section.name for section in cli.SECTIONS) == cli.SECTION_NAMES
    assert len(set(cli.SECTION_NAMES)) == len(cli.SECTION_NAMES)
    for library in ("httpx2", "httpx", "urllib3", "aiohttp", "openapi-generator-cli"):
        assert f" {library} " in cli.versions_line()


def test_generation_helpers(tmp_path: Path):
    assert build.in_process_seconds("a  unchanged  x\ndone in 1.25 s\n") == 1.25
    assert build._REGENERATED.search("appaloosa     generated 30 operations")
    assert not build._REGENERATED.search("appaloosa     unchanged inputs 0123 in 0.00 s")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text("x = 1\n")
    before = build.tree_digest(tmp_path)
    (tmp_path / "pkg" / "__pycache__").mkdir()
    (tmp_path / "pkg" / "__pycache__" / "a.pyc").write_bytes(b"\0")
    assert build.tree_digest(tmp_path) == before  # bytecode does not count
    (tmp_path / "pkg" / "a.py").write_text("x = 2\n")
    assert build.tree_digest(tmp_path) != before
    commands = build._generator_cli(build.REPO, tmp_path)
    assert len(commands) == len(list((build.REPO / "specs").glob("*.yaml")))
    assert isinstance(build.git_status(["generated"]), str)


def test_import_time_helpers():
    stderr = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       100 |        100 | site\n"
        "import time:        50 |         50 |   typing\n"
        "import time:       300 |       5000 | httpx2\n"
        "import time:       200 |       1000 |   httpx2._client\n"
        "import time:        10 |         10 | overlays\n"
    )
    entries = build.parse_importtime(stderr)
    assert entries[1] == (1, "typing", 50)
    # Start-up imports are left out; what the statement imported is summed at the top level.
    assert build.statement_cost(stderr, {"site"}) == pytest.approx(0.00501)
    assert all("==" in requirement for requirement in build.runtime_requirements())


def test_quick_and_full_scales_run_the_same_workloads():
    for name in ("pages", "app47_pages", "concurrency_pages", "throughput_calls", "in_flight"):
        assert getattr(cli.QUICK, name) == getattr(cli.FULL, name), name
    assert cli.QUICK.latency_ms == cli.FULL.latency_ms == 20
    assert cli.QUICK.concurrency == cli.FULL.concurrency == 8
    assert cli.QUICK.call_repetitions < cli.FULL.call_repetitions


def test_model_rows_compare_from_dict_with_the_default_templates(peers):
    assert set(peers.default) == {"appaloosa", "app47"}
    rows = models.model_rows(peers, number=10, repetitions=1)
    assert [row.section for row in rows] == ["models", "models"]
    assert all(row.unit == "µs" and row.ratio and row.ratio > 0 for row in rows)
