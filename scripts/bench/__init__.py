"""`make bench` (`python -m scripts.bench`), one module per kind of measurement.

- `cli`: the command line, the sections and their scale (`--quick`);
- `common`: rows and targets, the interleaved timing loop, the table, the machine line,
  the loopback server's lifetime;
- `server`: the loopback HTTP server (run as its own process);
- `peers`: the clients a user would pick instead, generated at bench time;
- `loopback`: per call (ours, the floor and the peers), pagination, concurrent pagination;
- `models`: `from_dict` per item against the default templates;
- `throughput`: many async calls in flight against raw aiohttp;
- `build`: regeneration and import time.
"""
