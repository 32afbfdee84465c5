from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_note_envelope import CreditNoteEnvelope
from ...models.error_response import ErrorResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset, json_loads, path_segment


def _get_kwargs(
    id: int,
    *,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_app_id, Unset):
        headers["X-AppId"] = x_app_id

    if not isinstance(x_app_secret, Unset):
        headers["X-AppSecret"] = x_app_secret

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = str(format_)

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/credit-notes/{path_segment(id)}",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditNoteEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreditNoteEnvelope.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

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
) -> Response[CreditNoteEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> Response[CreditNoteEnvelope | ErrorResponse]:
    """Get one credit note

     Returns one credit note, wrapped: `{"credit-note": {...}}`. `status` is one of DRAFT, OPEN, PAID,
    CANCELED.

    Args:
        id (int): A numeric Billomat ID as used in paths and query filters.
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNoteEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        format_=format_,
        x_app_id=x_app_id,
        x_app_secret=x_app_secret,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> CreditNoteEnvelope | ErrorResponse | None:
    """Get one credit note

     Returns one credit note, wrapped: `{"credit-note": {...}}`. `status` is one of DRAFT, OPEN, PAID,
    CANCELED.

    Args:
        id (int): A numeric Billomat ID as used in paths and query filters.
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNoteEnvelope | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        format_=format_,
        x_app_id=x_app_id,
        x_app_secret=x_app_secret,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> Response[CreditNoteEnvelope | ErrorResponse]:
    """Get one credit note

     Returns one credit note, wrapped: `{"credit-note": {...}}`. `status` is one of DRAFT, OPEN, PAID,
    CANCELED.

    Args:
        id (int): A numeric Billomat ID as used in paths and query filters.
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNoteEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        format_=format_,
        x_app_id=x_app_id,
        x_app_secret=x_app_secret,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> CreditNoteEnvelope | ErrorResponse | None:
    """Get one credit note

     Returns one credit note, wrapped: `{"credit-note": {...}}`. `status` is one of DRAFT, OPEN, PAID,
    CANCELED.

    Args:
        id (int): A numeric Billomat ID as used in paths and query filters.
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNoteEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            format_=format_,
            x_app_id=x_app_id,
            x_app_secret=x_app_secret,
        )
    ).parsed
