from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_dto import ErrorDto
from ...types import Response, json_loads, path_segment


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/background/{path_segment(id)}/content",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDto | None:
    if response.status_code == 200:
        response_200 = json_loads(response.content)
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
) -> Response[Any | ErrorDto]:
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
) -> Response[Any | ErrorDto]:
    """Gets the response content, if any, of a previously started background API operation

     The stored response body of the finished inner call, exactly as the direct call would
    have returned it (an object, an array, or an error body such as `{"message": "..."}`
    when the inner `statusCode` was 4xx/5xx). Decode it with the original operation's
    response type. An inner call without a body (an update's or delete's 204, a create's
    or attachment's 201) has no content: the state says so (`hasResponseContent: false`)
    and this answers 404.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDto]
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
) -> Any | ErrorDto | None:
    """Gets the response content, if any, of a previously started background API operation

     The stored response body of the finished inner call, exactly as the direct call would
    have returned it (an object, an array, or an error body such as `{"message": "..."}`
    when the inner `statusCode` was 4xx/5xx). Decode it with the original operation's
    response type. An inner call without a body (an update's or delete's 204, a create's
    or attachment's 201) has no content: the state says so (`hasResponseContent: false`)
    and this answers 404.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDto
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorDto]:
    """Gets the response content, if any, of a previously started background API operation

     The stored response body of the finished inner call, exactly as the direct call would
    have returned it (an object, an array, or an error body such as `{"message": "..."}`
    when the inner `statusCode` was 4xx/5xx). Decode it with the original operation's
    response type. An inner call without a body (an update's or delete's 204, a create's
    or attachment's 201) has no content: the state says so (`hasResponseContent: false`)
    and this answers 404.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDto]
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
) -> Any | ErrorDto | None:
    """Gets the response content, if any, of a previously started background API operation

     The stored response body of the finished inner call, exactly as the direct call would
    have returned it (an object, an array, or an error body such as `{"message": "..."}`
    when the inner `statusCode` was 4xx/5xx). Decode it with the original operation's
    response type. An inner call without a body (an update's or delete's 204, a create's
    or attachment's 201) has no content: the state says so (`hasResponseContent: false`)
    and this answers 404.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDto
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
