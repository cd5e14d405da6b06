"""`make bench`'s pieces in their quickest form: they run, and the table has the rows it
should. Untimed on purpose: figures depend on the machine, so nothing here asserts one."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest

from scripts.bench import build, cli, common, models, throughput
from scripts.bench import loopback as http
from scripts.bench.peers import scratch_peers


@pytest.fixture(scope="module")
def port():
    with common.bench_server(http.server_config()) as server_port:
        yield server_port


def test_bench_server_serves_fixed_bodies_and_both_listing_styles(port):
    base = f"http://127.0.0.1:{port}"
    with httpx.Client() as client:
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


def test_http_sections_give_their_rows(port, monkeypatch):
    monkeypatch.setattr(http, "_settle", lambda: None)  # full collections: slow, not needed here
    rows = http.call_rows(port, calls=2, repetitions=1)
    rows += http.paging_rows(port, pages=4, app47_pages=2, repetitions=1)
    rows += http.concurrency_rows(port, pages=4, latency_ms=1, concurrency=2, repetitions=1)
    table = common.render_table(rows)

    assert [row.section for row in rows] == ["calls"] * 4 + ["paging"] * 5 + ["concurrency"] * 2
    for label in (
        "sync call, 2-item body",
        "sync call, 100-item body",
        "async call, 2-item body",
        "async call, 100-item body",
        "paginate vs raw loop, 4 pages",
        "peak memory walking 4 pages",
        "paginate: memory held at page 16 vs page 4",
        "raw loop: memory held at page 16 vs page 4",
        "paginate vs raw loop, 2 sets x 100 (App47 skip)",
        "paginate(concurrency=2) vs sequential",
        "apaginate(concurrency=2) vs sequential",
    ):
        assert label in table
    assert all(row.ours is not None and row.baseline is not None for row in rows)
    assert all(row.ratio is not None and row.ratio > 0 for row in rows)


def test_table_has_a_header_a_line_per_row_and_says_whether_targets_are_met():
    rows = [
        common.Row("x", "fast enough", 0.001, 0.001, 1.0, "ms", common.Target("max_ratio", 1.05)),
        common.Row("x", "too slow", 3.0, 1.0, 3.0, "s", common.Target("max_seconds", 2.0)),
        common.Row("x", "speed-up", 0.1, 1.0, 10.0, "s", common.Target("min_ratio", 6.0)),
        common.Row("x", "information", 10.0, None, None, "KiB"),
    ]
    lines = common.render_table(rows).splitlines()

    assert lines[0] == "| measurement | ours | baseline | ratio | target | met? |"
    assert len(lines) == 2 + len(rows)
    assert lines[2].endswith("| ≤ 1.05x | yes |")
    assert lines[3].endswith("| ≤ 2 s | **no** |")
    assert lines[4].endswith("| ≥ 6x | yes |")
    assert lines[5] == "| information | 10 KiB | — | — | — | — |"


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
        "import time:       300 |       5000 | httpx\n"
        "import time:       200 |       1000 |   httpx._client\n"
        "import time:        10 |         10 | overlays\n"
    )
    entries = build.parse_importtime(stderr)
    assert entries[1] == (1, "typing", 50)
    # Start-up imports are left out; what the statement imported is summed at the top level.
    assert build.statement_cost(stderr, {"site"}) == pytest.approx(0.00501)
    assert all("==" in requirement for requirement in build.runtime_requirements())


def test_quick_and_full_scales_run_the_same_workloads():
    assert cli.QUICK.pages == cli.FULL.pages
    assert cli.QUICK.concurrency_pages == cli.FULL.concurrency_pages
    assert cli.QUICK.latency_ms == cli.FULL.latency_ms == 20
    assert cli.QUICK.concurrency == cli.FULL.concurrency == 8
    assert cli.QUICK.call_repetitions < cli.FULL.call_repetitions


@pytest.fixture(scope="module")
def peers():
    # openapi-generator left out here (Java start-up and its generation cost ~10 s); its
    # rows then say why they were skipped, which is what a machine without Java shows.
    with scratch_peers(openapi_generator=False) as built:
        yield built


def test_peers_are_generated_in_scratch_and_sit_beside_ours_in_the_call_rows(port, peers):
    assert set(peers.default) == {"appaloosa", "app47"}
    assert peers.openapi_generator_reason == "not requested"
    rows = http.call_rows(port, calls=2, repetitions=1, peers=peers)
    table = common.render_table(rows)
    assert "sync call, 100-item body (search_users): default-template client vs raw httpx" in table
    assert "ours vs default-template client | " in table
    assert "openapi-generator client vs raw httpx: skipped, not requested" in table
    assert all(row.ratio is not None for row in rows if "skipped" not in row.measurement)


def test_model_rows_compare_from_dict_with_the_default_templates(peers):
    rows = models.model_rows(peers, number=10, repetitions=1)
    assert [row.section for row in rows] == ["models", "models"]
    assert all(row.unit == "µs" and row.ratio and row.ratio > 0 for row in rows)


def test_throughput_rows_cover_both_backends_and_raw_httpx(port):
    rows = throughput.throughput_rows(port, calls=8, in_flight=4, repetitions=1)
    labels = [row.measurement for row in rows]
    assert any('http_backend="aiohttp"' in label for label in labels)
    assert any("raw httpx.AsyncClient" in label for label in labels)
    assert all(row.ours and row.baseline and row.ratio for row in rows)
