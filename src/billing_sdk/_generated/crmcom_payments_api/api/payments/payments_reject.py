from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_reject_request import PaymentRejectRequest
from ...models.payment_short_response import PaymentShortResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: PaymentRejectRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/crmapi/rest/v2/payments/reject",
    }

    _kwargs["json"] = body.to_dict()
    if "json" in _kwargs:
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentShortResponse | None:
    if response.status_code == 200:
        response_200 = PaymentShortResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(json_loads(response.content))

        return response_409

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
) -> Response[ErrorResponse | PaymentShortResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentRejectRequest,
) -> Response[ErrorResponse | PaymentShortResponse]:
    """Reject a DRAFT payment

     Rejects a payment. Only payments in DRAFT state can be specified (409 INVALID_LIFE_CYCLE_STATE
    otherwise). Name the payment by exactly one field (400 INVALID_PARAMETER otherwise).

    Args:
        body (PaymentRejectRequest): Body of payments/reject (DRAFT payments only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentShortResponse]
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
    body: PaymentRejectRequest,
) -> ErrorResponse | PaymentShortResponse | None:
    """Reject a DRAFT payment

     Rejects a payment. Only payments in DRAFT state can be specified (409 INVALID_LIFE_CYCLE_STATE
    otherwise). Name the payment by exactly one field (400 INVALID_PARAMETER otherwise).

    Args:
        body (PaymentRejectRequest): Body of payments/reject (DRAFT payments only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentShortResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentRejectRequest,
) -> Response[ErrorResponse | PaymentShortResponse]:
    """Reject a DRAFT payment

     Rejects a payment. Only payments in DRAFT state can be specified (409 INVALID_LIFE_CYCLE_STATE
    otherwise). Name the payment by exactly one field (400 INVALID_PARAMETER otherwise).

    Args:
        body (PaymentRejectRequest): Body of payments/reject (DRAFT payments only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentShortResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentRejectRequest,
) -> ErrorResponse | PaymentShortResponse | None:
    """Reject a DRAFT payment

     Rejects a payment. Only payments in DRAFT state can be specified (409 INVALID_LIFE_CYCLE_STATE
    otherwise). Name the payment by exactly one field (400 INVALID_PARAMETER otherwise).

    Args:
        body (PaymentRejectRequest): Body of payments/reject (DRAFT payments only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentShortResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
