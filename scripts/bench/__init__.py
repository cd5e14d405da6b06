"""`make bench` (`python -m scripts.bench`), one module per kind of measurement.

- `cli`: the command line, the section list (`SECTIONS`, table order) and its scale
  (`--quick`);
- `common`: rows and targets, the interleaved timing loop, the table, the machine line,
  the loopback server's lifetime;
- `server`: the loopback HTTP server (run as its own process);
- `loopback`: what the HTTP sections share (the server's bodies, routes, timing helpers);
- `peers`: the clients a user would pick instead, generated at bench time;
- `calls`: per call, ours against the raw libraries and the peers, sync and async;
- `throughput`: many async calls in flight against raw aiohttp;
- `paging`: pagination against a raw loop, the memory a long walk holds, concurrency;
- `facade`: resource objects against the generated functions;
- `models`: `from_dict` per item against the default templates;
- `build`: regeneration and import time.
"""
