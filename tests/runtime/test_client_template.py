"""The generated client classes (config/templates/client.py.jinja) over the runtime: a call's
request goes exactly where a plain httpx2 client would send it, its base URL joined with
each operation's path once (the session keeps the joined URLs, bounded)."""

from __future__ import annotations

import importlib

import httpx2
import pytest

from overlays import _runtime
from overlays._registry import PROVIDERS

PACKAGES = [provider.package for provider in PROVIDERS.values()]
PATHS = ["/users/search", "/users/17", "/a%20b/c", "/apps/x/versions", "/"]


def _sent_by_session(client: object, path: str) -> httpx2.URL:
    session = client.session()  # type: ignore[attr-defined]
    return session.request({"method": "get", "url": path, "params": {"page": 1}}).url


@pytest.mark.parametrize("package", PACKAGES)
@pytest.mark.parametrize("base", ["https://api.test/v2/52", "https://api.test/v2/52/"])
def test_each_path_goes_where_a_plain_httpx2_client_sends_it(package: str, base: str) -> None:
    module = importlib.import_module(f"{package}.client")
    generated = module.AuthenticatedClient(base_url=base, token="")
    plain = httpx2.Client(base_url=base)
    for _ in range(2):  # the second time from what was kept
        for path in PATHS:
            expected = plain.build_request("GET", path, params={"page": 1}).url
            assert _sent_by_session(generated, path) == expected, path


def test_paths_kept_are_bounded_and_every_one_still_goes_to_its_own_url() -> None:
    from appaloosa_client.client import Client

    client = Client(base_url="https://api.test")
    count = _runtime._MAX_JOINED_PATHS + 10
    for number in range(count):
        assert _sent_by_session(client, f"/users/{number}").path == f"/users/{number}"
    kept = client.session()._urls
    assert 0 < len(kept) <= _runtime._MAX_JOINED_PATHS
    assert _sent_by_session(client, "/users/0").path == "/users/0"


def test_a_copy_with_another_base_url_sends_to_it() -> None:
    from appaloosa_client.client import Client
    from attrs import evolve

    client = Client(base_url="https://one.test/api")
    assert _sent_by_session(client, "/users").host == "one.test"
    other = evolve(client, base_url="https://two.test/api")
    assert str(_sent_by_session(other, "/users")) == "https://two.test/api/users?page=1"


@pytest.mark.anyio
async def test_the_async_path_sends_to_the_same_urls() -> None:
    from appaloosa_client.api.users import search_users
    from appaloosa_client.client import AuthenticatedClient

    sent: list[httpx2.URL] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request.url)
        return httpx2.Response(200, json={"users": []})

    client = AuthenticatedClient(
        base_url="https://api.test/v2/52",
        token="",
        httpx_args={"transport": httpx2.MockTransport(answer)},
    )
    for _ in range(2):
        await search_users.asyncio(client=client, search="a b")
    expected = "https://api.test/v2/52/users/search?search=a+b&page=1&per=20"
    assert [str(url) for url in sent] == [expected, expected]


def test_raw_httpx2_clients_send_through_the_same_pool_with_the_credentials() -> None:
    """`get_httpx_client()` (for raw requests) is built on the client's own transport and
    carries what every call carries."""
    from overlays import app47

    seen: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(204)

    client = app47.client("token-1", transport=httpx2.MockTransport(answer))
    client.get_httpx_client().get("/apps?x=1")
    (request,) = seen
    assert request.headers["Access-Token"] == "token-1"
    assert str(request.url) == "https://cirrus.app47.com/api/v2/apps?x=1"


def test_an_httpx2_client_set_by_hand_is_used_even_after_a_first_call() -> None:
    from appaloosa_client.api.users import search_users
    from appaloosa_client.client import AuthenticatedClient

    seen: list[str] = []

    def answer(who: str) -> httpx2.MockTransport:
        def handle(request: httpx2.Request) -> httpx2.Response:
            seen.append(who)
            return httpx2.Response(200, json={"users": []})

        return httpx2.MockTransport(handle)

    client = AuthenticatedClient(
        base_url="https://api.test/v2/52", token="", httpx_args={"transport": answer("own")}
    )
    search_users.sync(client=client)
    mine = httpx2.Client(base_url="https://api.test/v2/52", transport=answer("mine"))
    client.set_httpx_client(mine)
    search_users.sync(client=client)
    assert seen == ["own", "mine"]
