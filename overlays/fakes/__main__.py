"""`python -m overlays.fakes PROVIDER [--port N]`: serve one fake on 127.0.0.1 until Ctrl-C.

Prints the base URL to give the client factory and the credentials the fake accepts, for
people and tools outside Python (curl, schemathesis, another language's client).
`--insert KIND=JSON` stores a resource first; `--change JSON` plays a changed provider
(the keyword arguments of `fake.change_provider`), for trying `make drift` by hand.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import threading
from collections.abc import Sequence

from .._registry import PROVIDERS


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m overlays.fakes", description=__doc__)
    parser.add_argument("provider", choices=list(PROVIDERS))
    parser.add_argument(
        "--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)"
    )
    parser.add_argument("--seed", type=int, default=None, help="make the ids reproducible")
    parser.add_argument(
        "--insert", action="append", default=[], metavar="KIND=JSON", help="store a resource"
    )
    parser.add_argument(
        "--change", metavar="JSON", help="fake.change_provider's arguments, as a JSON object"
    )
    args = parser.parse_args(argv)
    fake = importlib.import_module(f"overlays.{args.provider}").fake(seed=args.seed)
    for entry in args.insert:
        kind, _, data = entry.partition("=")
        print(f"inserted {kind} {fake.insert(kind, json.loads(data))['id']}", flush=True)
    if args.change:
        fake.change_provider(**json.loads(args.change))
    with fake.serve(port=args.port) as base_url:
        print(f"{args.provider} fake serving on {base_url}", flush=True)
        print(f"credentials: {json.dumps(fake.credentials)}", flush=True)
        if prefix := PROVIDERS[args.provider].path:
            where = prefix.format(**fake.credentials)
            print(f"(requests go to {base_url}{where}/...)", flush=True)
        print("Ctrl-C stops it.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
