"""Breaking-change report for an API change: `make api-diff` (`python -m scripts.apidiff`).

Compares, for each provider whose spec or generated package changed since a git ref, the
two specs (operations, parameters, bodies, responses, security: `specdiff`, `schemadiff`)
and the two generated packages' public Python API (griffe: `pydiff`), classifies every
change as breaking or not *for a client*, and names the Python symbol each one affects.
"""
