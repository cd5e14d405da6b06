"""Live tests, opt-in: one read-only call per provider against its real API.

`pytest -m live` runs them; each needs its provider's credentials in the environment and
is skipped, saying which variables to set, without them (so `make test` never needs the
network). The overlay checks the answer against the spec's response schema, so a pass
means the real API still answers what the spec describes.

| provider     | environment variables                                                |
|--------------|----------------------------------------------------------------------|
| Push.Express | PUSH_EXPRESS_TOKEN                                                   |
| Appaloosa    | APPALOOSA_STORE_ID, APPALOOSA_API_KEY                                |
| App47        | APP47_TOKEN                                                          |
| APPush       | APPUSH_ROOT_TOKEN, APPUSH_ROOT_SECRET                                |
| Tulip        | TULIP_BASE_URL, TULIP_KEY_ID, TULIP_SECRET (TULIP_KEY_TYPE optional) |
"""

from __future__ import annotations

import pytest

from tests.helpers.live import LIVE, LiveCall, credentials

pytestmark = pytest.mark.live


@pytest.mark.parametrize("live", LIVE, ids=[f"{live.name}.{live.operation}" for live in LIVE])
def test_a_read_only_call_answers_what_the_spec_describes(live: LiveCall) -> None:
    response, parsed_type = live.call(credentials(live))
    assert response.status_code == 200
    assert isinstance(response.parsed, parsed_type)
