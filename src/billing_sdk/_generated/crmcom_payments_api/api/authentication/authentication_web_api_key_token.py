from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.token_response import TokenResponse
from ...models.web_api_key_token_request import WebApiKeyTokenRequest
from ...types import UNSET, Response, Unset, json_dumps, json_loads


def _get_kwargs(
    *,
    body: WebApiKeyTokenRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/crmapi/rest/v2/authentication/web_api_key/token",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    if "json" in _kwargs:
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebApiKeyTokenRequest | Unset = UNSET,
) -> Response[ErrorResponse | TokenResponse]:
    """Get a token with a web API key (HTTP Basic, R10+)

     The web API key is sent as the HTTP Basic user name with an empty password (`Authorization: Basic
    base64("<key>:")`). The token expires 2 hours after it was issued (a JWT from R12).

    Args:
        body (WebApiKeyTokenRequest | Unset): Optional body of authentication/web_api_key/token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WebApiKeyTokenRequest | Unset = UNSET,
) -> ErrorResponse | TokenResponse | None:
    """Get a token with a web API key (HTTP Basic, R10+)

     The web API key is sent as the HTTP Basic user name with an empty password (`Authorization: Basic
    base64("<key>:")`). The token expires 2 hours after it was issued (a JWT from R12).

    Args:
        body (WebApiKeyTokenRequest | Unset): Optional body of authentication/web_api_key/token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebApiKeyTokenRequest | Unset = UNSET,
) -> Response[ErrorResponse | TokenResponse]:
    """Get a token with a web API key (HTTP Basic, R10+)

     The web API key is sent as the HTTP Basic user name with an empty password (`Authorization: Basic
    base64("<key>:")`). The token expires 2 hours after it was issued (a JWT from R12).

    Args:
        body (WebApiKeyTokenRequest | Unset): Optional body of authentication/web_api_key/token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WebApiKeyTokenRequest | Unset = UNSET,
) -> ErrorResponse | TokenResponse | None:
    """Get a token with a web API key (HTTP Basic, R10+)

     The web API key is sent as the HTTP Basic user name with an empty password (`Authorization: Basic
    base64("<key>:")`). The token expires 2 hours after it was issued (a JWT from R12).

    Args:
        body (WebApiKeyTokenRequest | Unset): Optional body of authentication/web_api_key/token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
