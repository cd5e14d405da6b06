"""The build: validate every spec and generate its client package (`make generate`).

    python -m scripts.build [PROVIDER ...] [--force]   # regenerate what changed
    python -m scripts.build --check                    # make check-generated

- `generate`: the pipeline (validate -> generate -> swap in), its input digests, `--check`;
- `resources`: the generation step writing each package's resource objects;
- `naming`: the one naming rule added to the generator's (brackets separate words);
- `response_schemas`, `fake_spec`: the JSON documents shipped in each package;
- `speclib`: where the specs are, how to load and validate them (shared with the tools).

Every module of this package is an input of the generated packages: a change to any of them
changes their digest, so `make generate` regenerates them.
"""
