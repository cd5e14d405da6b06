"""Every operation end to end against its fake, through its overlay client: the calls of
the Prism test (the spec's examples), with the state each one needs put in first (the
resource its path names, an icon to get...). Where Prism answers every call from the
spec's examples, the fake answers from its state, and checks the answer against the spec.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.helpers.fake_calls import check, fresh
from tests.helpers.spec_calls import (
    all_operations,
    example_call,
)

OPERATIONS = all_operations()


@pytest.mark.parametrize(
    ("provider", "operation_id"), OPERATIONS, ids=[f"{p}.{o}" for p, o in OPERATIONS]
)
def test_every_operation_against_its_fake(provider: str, operation_id: str) -> None:
    fake = fresh(provider, operation_id)
    call = example_call(provider, operation_id)
    check(fake, provider, operation_id, call.sync(fake.client()))


@pytest.mark.parametrize(
    ("provider", "operation_id"), OPERATIONS, ids=[f"{p}.{o}" for p, o in OPERATIONS]
)
def test_every_operation_against_its_fake_async(provider: str, operation_id: str) -> None:
    fake = fresh(provider, operation_id)
    call = example_call(provider, operation_id)
    check(fake, provider, operation_id, asyncio.run(call.asyncio(fake.client())))
