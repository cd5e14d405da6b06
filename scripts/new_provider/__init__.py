"""`make new-provider NAME=<name> SPEC=<path>` (`python -m scripts.new_provider NAME SPEC`):
a sixth (seventh...) provider from any OpenAPI 3.0 or 3.1 spec, in one command.

- `derive`: what the descriptor can be told from the spec (base URL, credentials and how
  they are sent, a guess at the error format) and what it cannot, one line each;
- `cli`: the files it writes (the spec, the generator config, the registry entry, the public
  module, the wheel's package list), the regeneration and a smoke test in a fresh
  interpreter, all rolled back on any failure.
"""
