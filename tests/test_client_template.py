"""The generated client classes (config/templates/client.py.jinja): each httpx client joins
an operation's path to the base URL once, and must send exactly where httpx would."""

from __future__ import annotations

import importlib

import httpx2
import pytest

PACKAGES = [
    "app47_client",
    "appaloosa_client",
    "appush_client",
    "push_express_client",
    "tulip_client",
]
PATHS = ["/users/search", "/users/17", "/a%20b/c", "/apps/x/versions?page=2", "/"]


def _sent_to(client: httpx2.Client, path: str) -> httpx2.URL:
    return client.build_request("GET", path, params={"page": 1}).url


@pytest.mark.parametrize("package", PACKAGES)
@pytest.mark.parametrize("base", ["https://api.test/v2/52", "https://api.test/v2/52/"])
def test_each_path_goes_where_a_plain_httpx_client_sends_it(package: str, base: str) -> None:
    module = importlib.import_module(f"{package}.client")
    generated = module.AuthenticatedClient(base_url=base, token="").get_httpx_client()
    plain = httpx2.Client(base_url=base)
    assert isinstance(generated._merge_url, module._JoinedPaths)  # the joining one is in use
    for _ in range(2):  # the second time from what was kept
        for path in PATHS:
            assert _sent_to(generated, path) == _sent_to(plain, path), path


def test_setting_base_url_forgets_the_joined_paths() -> None:
    from appaloosa_client.client import Client

    client = Client(base_url="https://one.test/api").get_httpx_client()
    assert _sent_to(client, "/users").host == "one.test"
    client.base_url = httpx2.URL("https://two.test/api")
    assert str(_sent_to(client, "/users")) == "https://two.test/api/users?page=1"


def test_paths_kept_are_bounded_and_every_one_still_goes_to_its_own_url() -> None:
    from appaloosa_client import client as generated

    client = generated.Client(base_url="https://api.test").get_httpx_client()
    count = generated._MAX_JOINED_PATHS + 10
    for number in range(count):
        assert _sent_to(client, f"/users/{number}").path == f"/users/{number}"
    kept = client._merge_url._joined[1]
    assert 0 < len(kept) <= generated._MAX_JOINED_PATHS
    assert _sent_to(client, "/users/0").path == "/users/0"


def test_an_absolute_url_is_sent_as_it_is() -> None:
    from appaloosa_client.client import Client

    client = Client(base_url="https://api.test/v2").get_httpx_client()
    assert str(_sent_to(client, "https://other.test/next")) == "https://other.test/next?page=1"
    assert not client._merge_url._joined[1]


@pytest.mark.anyio
async def test_the_async_client_joins_paths_the_same_way() -> None:
    from appaloosa_client.client import AuthenticatedClient
    from appaloosa_client.client import _JoinedPaths as generated_paths

    sent: list[httpx2.URL] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request.url)
        return httpx2.Response(200, json={})

    client = AuthenticatedClient(
        base_url="https://api.test/v2/52",
        token="",
        httpx_args={"transport": httpx2.MockTransport(answer)},
    ).get_async_httpx_client()
    assert isinstance(client._merge_url, generated_paths)
    for _ in range(2):
        await client.get("/users/search", params={"q": "a b"})
    client.base_url = httpx2.URL("https://api.test/v3")
    await client.get("/users/search")
    await client.aclose()
    assert [str(url) for url in sent] == [
        "https://api.test/v2/52/users/search?q=a+b",
        "https://api.test/v2/52/users/search?q=a+b",
        "https://api.test/v3/users/search",
    ]
