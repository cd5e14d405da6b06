"""Faults on demand, in both doors: what the client meets (its `overlays.errors` class),
whether it retried, and whether the fake applied the request (its state and `fake.log`)."""

from __future__ import annotations

import asyncio
from contextlib import contextmanager, suppress

import pytest
from push_express_client.api.app_groups import create_app_group, list_app_groups
from push_express_client.models import SelectedAppsGroupInput

from overlays import errors, push_express

BODY = SelectedAppsGroupInput(name="Android apps", all_apps=False, app_ids=[101])

# fault -> (error the client meets without retries, applied?)
TABLE = {
    "status:503": (errors.InternalServerError, False),
    "status:408": (errors.APIStatusError, False),
    "rate_limit": (errors.RateLimitError, False),
    "refused": (errors.APIConnectionError, False),
    "reset": (errors.APIConnectionError, False),
    "lost_response": (errors.APIConnectionError, True),
    "truncated": (errors.APIConnectionError, True),
    "slow": (errors.APITimeoutError, True),
}


@contextmanager
def door(fake, served: bool, **options):
    if not served:
        yield fake.client(**options)
        return
    with fake.serve() as base_url:
        yield push_express.client(**fake.credentials, base_url=base_url, **options)


@pytest.mark.parametrize("served", [False, True], ids=["in-process", "served"])
@pytest.mark.parametrize("fault", sorted(TABLE))
def test_each_fault_on_a_create(fault, served):
    error, applied = TABLE[fault]
    fake = push_express.fake()
    fake.fail_next(fault, operation="create_app_group")
    with door(fake, served, max_retries=0, timeout=0.5) as client, pytest.raises(error):
        create_app_group.sync(client=client, body=BODY)
    assert len(fake.items("app_groups")) == (1 if applied else 0)
    assert [(e.fault, e.changed) for e in fake.log] == [(fault, applied)]


@pytest.mark.parametrize("served", [False, True], ids=["in-process", "served"])
def test_a_get_is_retried_through_503s_then_answers(served):
    fake = push_express.fake()
    fake.insert("app_groups", {"name": "G", "all_apps": True})
    fake.fail_next("status:503", times=2, operation="list_app_groups")
    with door(fake, served, sleep=lambda seconds: None) as client:
        assert len(list_app_groups.sync(client=client)) == 1
    assert [e.fault for e in fake.log] == ["status:503", "status:503", None]


def test_a_lost_create_is_not_sent_twice_and_the_log_shows_it_applied():
    fake = push_express.fake()
    fake.fail_next("lost_response")
    client = fake.client(sleep=lambda seconds: None)
    with pytest.raises(errors.APIConnectionError):
        create_app_group.sync(client=client, body=BODY)
    assert [(e.operation, e.changed) for e in fake.log] == [("create_app_group", True)]


def test_async_clients_meet_the_same_faults():
    fake = push_express.fake()
    fake.fail_next("reset")
    client = fake.client(max_retries=0)
    with pytest.raises(errors.APIConnectionError):
        asyncio.run(create_app_group.asyncio(client=client, body=BODY))
    assert fake.items("app_groups") == []


def test_chaos_is_reproducible_for_a_seed_and_can_be_turned_off():
    def faults(seed):
        fake = push_express.fake()
        fake.chaos(rate=0.5, seed=seed)
        client = fake.client(max_retries=0, timeout=0.5)
        for _ in range(20):
            with suppress(errors.APIError):
                list_app_groups.sync(client=client)
        fake.chaos(rate=0.0)
        list_app_groups.sync(client=client)
        return [e.fault for e in fake.log]

    first = faults(7)
    assert first == faults(7)
    assert first[-1] is None
    assert 3 < sum(1 for f in first if f) < 17


def test_unknown_faults_are_refused():
    fake = push_express.fake()
    with pytest.raises(ValueError, match="unknown fault"):
        fake.fail_next("status:418")
    with pytest.raises(ValueError, match="rate"):
        fake.chaos(rate=2)
