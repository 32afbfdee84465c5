from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authentication_token_request import AuthenticationTokenRequest
from ...models.error_response import ErrorResponse
from ...models.token_response import TokenResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: AuthenticationTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/crmapi/rest/v2/authentication/token",
    }

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
    client: AuthenticatedClient | Client,
    body: AuthenticationTokenRequest,
) -> Response[ErrorResponse | TokenResponse]:
    """Log in with username, password and organisation and get a token

     Returns a token for the given user, organisation and (optionally) unit. From R12.0.0 the token is a
    JWT that expires 2 hours after it was issued, whether used or not (before R12: 1 hour idle, 32 hex
    characters).

    Args:
        body (AuthenticationTokenRequest): Body of authentication/token.

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
    client: AuthenticatedClient | Client,
    body: AuthenticationTokenRequest,
) -> ErrorResponse | TokenResponse | None:
    """Log in with username, password and organisation and get a token

     Returns a token for the given user, organisation and (optionally) unit. From R12.0.0 the token is a
    JWT that expires 2 hours after it was issued, whether used or not (before R12: 1 hour idle, 32 hex
    characters).

    Args:
        body (AuthenticationTokenRequest): Body of authentication/token.

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
    client: AuthenticatedClient | Client,
    body: AuthenticationTokenRequest,
) -> Response[ErrorResponse | TokenResponse]:
    """Log in with username, password and organisation and get a token

     Returns a token for the given user, organisation and (optionally) unit. From R12.0.0 the token is a
    JWT that expires 2 hours after it was issued, whether used or not (before R12: 1 hour idle, 32 hex
    characters).

    Args:
        body (AuthenticationTokenRequest): Body of authentication/token.

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
    client: AuthenticatedClient | Client,
    body: AuthenticationTokenRequest,
) -> ErrorResponse | TokenResponse | None:
    """Log in with username, password and organisation and get a token

     Returns a token for the given user, organisation and (optionally) unit. From R12.0.0 the token is a
    JWT that expires 2 hours after it was issued, whether used or not (before R12: 1 hour idle, 32 hex
    characters).

    Args:
        body (AuthenticationTokenRequest): Body of authentication/token.

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
