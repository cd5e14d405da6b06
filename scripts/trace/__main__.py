"""`python -m scripts.trace`: print the files and hops of one traced call."""

from __future__ import annotations

from scripts.trace.path import report, trace_first_item

if __name__ == "__main__":
    print(report(trace_first_item()))
