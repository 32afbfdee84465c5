from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.rejection_reason_list_response import RejectionReasonListResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    token: str,
    fields_set: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params["fields_set"] = fields_set

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/crmapi/rest/v2/payments/configuration/rejection_reasons/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RejectionReasonListResponse | None:
    if response.status_code == 200:
        response_200 = RejectionReasonListResponse.from_dict(
            json_loads(response.content)
        )

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
) -> Response[ErrorResponse | RejectionReasonListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    fields_set: str | Unset = UNSET,
) -> Response[ErrorResponse | RejectionReasonListResponse]:
    """List the rejection reasons usable when rejecting payments

    Args:
        token (str): The token retrieved from the login method: a JWT from R12, 32 upper-case hex
            characters before.
        fields_set (str | Unset): Comma-separated list of response fields to include, e.g.
            `id,number,reference_number`. All fields are returned when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RejectionReasonListResponse]
    """

    kwargs = _get_kwargs(
        token=token,
        fields_set=fields_set,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    fields_set: str | Unset = UNSET,
) -> ErrorResponse | RejectionReasonListResponse | None:
    """List the rejection reasons usable when rejecting payments

    Args:
        token (str): The token retrieved from the login method: a JWT from R12, 32 upper-case hex
            characters before.
        fields_set (str | Unset): Comma-separated list of response fields to include, e.g.
            `id,number,reference_number`. All fields are returned when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RejectionReasonListResponse
    """

    return sync_detailed(
        client=client,
        token=token,
        fields_set=fields_set,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    fields_set: str | Unset = UNSET,
) -> Response[ErrorResponse | RejectionReasonListResponse]:
    """List the rejection reasons usable when rejecting payments

    Args:
        token (str): The token retrieved from the login method: a JWT from R12, 32 upper-case hex
            characters before.
        fields_set (str | Unset): Comma-separated list of response fields to include, e.g.
            `id,number,reference_number`. All fields are returned when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RejectionReasonListResponse]
    """

    kwargs = _get_kwargs(
        token=token,
        fields_set=fields_set,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    fields_set: str | Unset = UNSET,
) -> ErrorResponse | RejectionReasonListResponse | None:
    """List the rejection reasons usable when rejecting payments

    Args:
        token (str): The token retrieved from the login method: a JWT from R12, 32 upper-case hex
            characters before.
        fields_set (str | Unset): Comma-separated list of response fields to include, e.g.
            `id,number,reference_number`. All fields are returned when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RejectionReasonListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
            fields_set=fields_set,
        )
    ).parsed
