"""The build and the tools, each a package run with `python -m` from the repository root.

- `scripts.build`: validate the specs, generate the clients (`make generate`; `--check`
  for `make check-generated`);
- `scripts.demo`: every provider's workflow against its fake (`make demo`);
- `scripts.soak`: every client against its served fake with chaos on (`make soak`);
- `scripts.bench`: benchmarks against same-run baselines (`make bench`);
- `scripts.apidiff`: the breaking-change report of an API change (`make api-diff`);
- `scripts.prism`: Prism mock servers for the specs, on loopback (the Prism tests; by hand).
"""
