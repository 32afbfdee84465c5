"""Auth that renews itself: single-flight tokens, renewal on 401, CRM.COM token placement."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable

import anyio
import httpx
import pytest
import respx

from billing_sdk._auth import StaticBearer
from billing_sdk._engine import _sent
from billing_sdk._errors import Unauthorized
from billing_sdk.billomat._auth import ApiKeyHeaders
from billing_sdk.crmcom._auth import CRMCOM_TOKEN_PLACEHOLDER, CrmComLogin, CrmComSession
from billing_sdk.visma._auth import OAuth2ClientCredentials

API = "https://api.example.test"
TOKEN_URL = "https://connect.example.test/connect/token"


def oauth(client: httpx.AsyncClient, **kw: object) -> OAuth2ClientCredentials:
    return OAuth2ClientCredentials(
        http=lambda: client,
        token_url=TOKEN_URL,
        client_id="cid",
        client_secret="s3cret-value",
        tenant_id="tenant-1",
        scopes=("vismanet_erp_service_api:read",),
        **kw,  # type: ignore[arg-type]
    )


def sent_headers(
    seen: list[httpx.Headers], *responses: httpx.Response
) -> Callable[[httpx.Request], httpx.Response]:
    """A respx side effect keeping each request's headers as they went out (the SDK takes
    the credentials off the request object once it is answered) and answering ``responses``
    in turn (the last one from then on)."""
    answers = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(httpx.Headers(request.headers))
        return answers.pop(0) if len(answers) > 1 else answers[0]

    return handler


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=API) as client:
        yield client


@respx.mock
async def test_two_hundred_concurrent_calls_make_one_token_request(http: httpx.AsyncClient) -> None:
    issued = 0

    async def token_endpoint(request: httpx.Request) -> httpx.Response:
        nonlocal issued
        issued += 1
        await anyio.sleep(0.05)  # keep the request in flight while the others arrive
        return httpx.Response(200, json={"access_token": f"tok-{issued}", "expires_in": 3600})

    token_route = respx.post(TOKEN_URL).mock(side_effect=token_endpoint)
    seen: list[httpx.Headers] = []
    api_route = respx.get(f"{API}/v1/things").mock(
        side_effect=sent_headers(seen, httpx.Response(200, json=[]))
    )
    http.auth = oauth(http)

    async with anyio.create_task_group() as tg:
        for _ in range(200):
            tg.start_soon(http.get, "/v1/things")

    assert token_route.call_count == 1
    assert api_route.call_count == 200
    assert {h["authorization"] for h in seen} == {"Bearer tok-1"}
    form = dict(httpx.QueryParams(token_route.calls.last.request.content.decode()))
    assert form == {
        "grant_type": "client_credentials",
        "client_id": "cid",
        "client_secret": "s3cret-value",
        "tenant_id": "tenant-1",
        "scope": "vismanet_erp_service_api:read",
    }
    assert token_route.calls.last.request.headers["content-type"] == (
        "application/x-www-form-urlencoded"
    )


@respx.mock
async def test_token_is_renewed_before_it_expires(http: httpx.AsyncClient) -> None:
    tokens = iter(["early", "fresh"])
    token_route = respx.post(TOKEN_URL).mock(
        side_effect=lambda r: httpx.Response(
            200, json={"access_token": next(tokens), "expires_in": 30}
        )
    )
    seen: list[httpx.Headers] = []
    respx.get(f"{API}/v1/things").mock(side_effect=sent_headers(seen, httpx.Response(200, json=[])))
    http.auth = oauth(http, margin=60.0)  # a 30 s token is always inside the renewal margin
    await http.get("/v1/things")
    second = await http.get("/v1/things")
    assert token_route.call_count == 2
    assert seen[-1]["authorization"] == "Bearer fresh"
    assert "authorization" not in second.request.headers


@respx.mock
async def test_a_401_renews_once_and_retries_once(http: httpx.AsyncClient) -> None:
    tokens = iter(["stale", "fresh", "never"])
    token_route = respx.post(TOKEN_URL).mock(
        side_effect=lambda r: httpx.Response(
            200, json={"access_token": next(tokens), "expires_in": 3600}
        )
    )
    seen: list[httpx.Headers] = []
    api_route = respx.get(f"{API}/v1/things").mock(
        side_effect=sent_headers(seen, httpx.Response(401), httpx.Response(200, json=[]))
    )
    http.auth = oauth(http)
    response = await http.get("/v1/things")
    assert response.status_code == 200
    assert token_route.call_count == 2
    assert [h["authorization"] for h in seen] == ["Bearer stale", "Bearer fresh"]

    api_route.mock(return_value=httpx.Response(401))
    response = await http.get("/v1/things")
    assert response.status_code == 401  # renewed once more, then the 401 stands: no loop
    assert token_route.call_count == 3


@respx.mock
async def test_the_direct_route_runs_a_held_token_as_the_flow_does(
    http: httpx.AsyncClient,
) -> None:
    """The engine sends with a cached token without running the flow's generator
    (``HeldCredential``): the same header on the wire, taken off afterwards, and a 401
    still renews once and re-sends once."""
    tokens = iter(["first", "fresh", "later"])
    token_route = respx.post(TOKEN_URL).mock(
        side_effect=lambda r: httpx.Response(
            200, json={"access_token": next(tokens), "expires_in": 3600}
        )
    )
    seen: list[httpx.Headers] = []
    api_route = respx.get(f"{API}/v1/things").mock(
        side_effect=sent_headers(seen, httpx.Response(200, json=[]))
    )
    auth = http.auth = oauth(http)

    async def direct() -> httpx.Response:
        return await _sent(http, http.build_request("GET", "/v1/things"), auth)

    first = await direct()  # no token yet: the flow runs and fetches one
    assert auth.tokens.cached() is not None
    held = await direct()  # the held token, no generator
    assert (first.status_code, held.status_code) == (200, 200)
    assert token_route.call_count == 1
    assert [h["authorization"] for h in seen] == ["Bearer first", "Bearer first"]
    assert "authorization" not in held.request.headers

    api_route.mock(side_effect=sent_headers(seen, httpx.Response(401), httpx.Response(200)))
    renewed = await direct()
    assert renewed.status_code == 200
    assert token_route.call_count == 2
    assert [h["authorization"] for h in seen[-2:]] == ["Bearer first", "Bearer fresh"]
    assert "authorization" not in renewed.request.headers

    api_route.mock(side_effect=sent_headers(seen, httpx.Response(401)))
    refused = await direct()
    assert refused.status_code == 401  # renewed once more, then the 401 stands: no loop
    assert token_route.call_count == 3
    assert api_route.call_count == 6
    assert "authorization" not in refused.request.headers


@respx.mock
async def test_a_subclass_with_its_own_flow_gets_no_shortcut(http: httpx.AsyncClient) -> None:
    class Custom(OAuth2ClientCredentials):
        async def async_auth_flow(
            self, request: httpx.Request
        ) -> AsyncGenerator[httpx.Request, httpx.Response]:
            request.headers["X-Custom"] = "yes"
            yield request

    respx.post(TOKEN_URL).mock(return_value=httpx.Response(200, json={"access_token": "t"}))
    seen: list[httpx.Headers] = []
    respx.get(f"{API}/v1/things").mock(side_effect=sent_headers(seen, httpx.Response(200)))
    auth = Custom(
        http=lambda: http, token_url=TOKEN_URL, client_id="c", client_secret="s", tenant_id="t"
    )
    await auth.tokens.get()
    assert auth.attach(http.build_request("GET", "/v1/things")) is None
    await _sent(http, http.build_request("GET", "/v1/things"), auth)
    assert seen[-1]["x-custom"] == "yes" and "authorization" not in seen[-1]


@respx.mock
async def test_refused_token_request_is_unauthorized_without_the_secret(
    http: httpx.AsyncClient,
) -> None:
    respx.post(TOKEN_URL).mock(return_value=httpx.Response(400, json={"error": "invalid_client"}))
    http.auth = oauth(http)
    with pytest.raises(Unauthorized) as info:
        await http.get("/v1/things")
    assert info.value.code == "invalid_client"
    assert "s3cret-value" not in str(info.value) + repr(info.value) + repr(http.auth)


@respx.mock
async def test_static_and_api_key_headers(http: httpx.AsyncClient) -> None:
    seen: list[httpx.Headers] = []
    route = respx.get(f"{API}/x").mock(side_effect=sent_headers(seen, httpx.Response(200)))
    response = await http.get("/x", auth=StaticBearer("abc"))
    assert seen[-1]["authorization"] == "Bearer abc"
    assert "authorization" not in response.request.headers  # answered: the token is off
    response = await http.get("/x", auth=ApiKeyHeaders("key-1", "app", "app-secret"))
    assert not {"x-billomatapikey", "x-appsecret"} & set(response.request.headers)
    assert route.call_count == 2
    headers = seen[-1]
    assert (headers["x-billomatapikey"], headers["x-appid"], headers["x-appsecret"]) == (
        "key-1",
        "app",
        "app-secret",
    )
    assert "key-1" not in repr(ApiKeyHeaders("key-1"))


CRM = "https://crm.example.test/crmapi/rest/v2"


def ok(data: object) -> httpx.Response:
    return httpx.Response(200, json={"status": {"code": "OK", "message": None}, "data": data})


@respx.mock
async def test_crmcom_token_goes_in_query_for_get_and_body_for_post(
    http: httpx.AsyncClient,
) -> None:
    login = respx.post(f"{CRM}/authentication/token").mock(return_value=ok({"token": "T1"}))
    show = respx.get(f"{CRM}/payments/show").mock(return_value=ok({}))
    post = respx.post(f"{CRM}/payments/post").mock(return_value=ok({}))
    release = respx.post(f"{CRM}/authentication/token/release").mock(return_value=ok(None))
    session = CrmComSession(http=lambda: http, base_path=CRM, login=CrmComLogin("u", "pw", "Org"))
    http.auth = session
    await http.get(f"{CRM}/payments/show", params={"token": CRMCOM_TOKEN_PLACEHOLDER, "x": "1"})
    await http.post(f"{CRM}/payments/post", json={"token": CRMCOM_TOKEN_PLACEHOLDER, "a": 1})
    assert login.call_count == 1
    assert json.loads(login.calls.last.request.content) == {
        "username": "u",
        "password": "pw",
        "organisation": "Org",
    }
    assert show.calls.last.request.url.params["token"] == "T1"
    assert json.loads(post.calls.last.request.content) == {"token": "T1", "a": 1}
    await session.release()
    assert json.loads(release.calls.last.request.content) == {"token": "T1"}
    assert "pw" not in repr(session)


@respx.mock
async def test_crmcom_expired_token_means_one_relogin_and_one_retry(
    http: httpx.AsyncClient,
) -> None:
    tokens = iter(["T1", "T2"])
    login = respx.post(f"{CRM}/authentication/token").mock(
        side_effect=lambda r: ok({"token": next(tokens)})
    )
    expired = httpx.Response(
        401, json={"status": {"code": "EXPIRED_TOKEN", "message": "expired"}, "data": None}
    )
    show = respx.get(f"{CRM}/payments/show").mock(side_effect=[expired, ok({"id": "1"})])
    http.auth = CrmComSession(http=lambda: http, base_path=CRM, login=CrmComLogin("u", "pw", "Org"))
    response = await http.get(f"{CRM}/payments/show", params={"token": CRMCOM_TOKEN_PLACEHOLDER})
    assert response.status_code == 200
    assert login.call_count == 2
    assert [c.request.url.params["token"] for c in show.calls] == ["T1", "T2"]


@respx.mock
async def test_crmcom_web_api_key_login_uses_basic_auth(http: httpx.AsyncClient) -> None:
    login = respx.post(f"{CRM}/authentication/web_api_key/token").mock(
        return_value=ok({"token": "W1"})
    )
    respx.get(f"{CRM}/payments/list").mock(return_value=ok([]))
    http.auth = CrmComSession(
        http=lambda: http, base_path=CRM, login=CrmComLogin(web_api_key="wak")
    )
    await http.get(f"{CRM}/payments/list", params={"token": CRMCOM_TOKEN_PLACEHOLDER})
    assert login.calls.last.request.headers["authorization"] == "Basic d2Fr"  # no colon
