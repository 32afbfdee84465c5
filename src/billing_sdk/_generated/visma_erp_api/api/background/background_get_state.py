from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_request_state_dto import BackgroundRequestStateDto
from ...models.error_dto import ErrorDto
from ...types import Response, json_loads, path_segment


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/background/{path_segment(id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundRequestStateDto | ErrorDto | None:
    if response.status_code == 200:
        response_200 = BackgroundRequestStateDto.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDto.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDto.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDto.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDto.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 410:
        response_410 = ErrorDto.from_dict(json_loads(response.content))

        return response_410

    if response.status_code == 429:
        response_429 = ErrorDto.from_dict(json_loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorDto.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackgroundRequestStateDto | ErrorDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BackgroundRequestStateDto | ErrorDto]:
    """Gets the state of a previously started background API operation

     State of a queued operation: `Started` until done, then `Finished` (the inner call
    completed; `statusCode` holds its HTTP status, which may be 4xx/5xx) or `Failed`
    (processing error, see `errorMessage`). The state can be polled for 24 hours.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundRequestStateDto | ErrorDto]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> BackgroundRequestStateDto | ErrorDto | None:
    """Gets the state of a previously started background API operation

     State of a queued operation: `Started` until done, then `Finished` (the inner call
    completed; `statusCode` holds its HTTP status, which may be 4xx/5xx) or `Failed`
    (processing error, see `errorMessage`). The state can be polled for 24 hours.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundRequestStateDto | ErrorDto
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BackgroundRequestStateDto | ErrorDto]:
    """Gets the state of a previously started background API operation

     State of a queued operation: `Started` until done, then `Finished` (the inner call
    completed; `statusCode` holds its HTTP status, which may be 4xx/5xx) or `Failed`
    (processing error, see `errorMessage`). The state can be polled for 24 hours.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundRequestStateDto | ErrorDto]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> BackgroundRequestStateDto | ErrorDto | None:
    """Gets the state of a previously started background API operation

     State of a queued operation: `Started` until done, then `Finished` (the inner call
    completed; `statusCode` holds its HTTP status, which may be 4xx/5xx) or `Failed`
    (processing error, see `errorMessage`). The state can be polled for 24 hours.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundRequestStateDto | ErrorDto
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
