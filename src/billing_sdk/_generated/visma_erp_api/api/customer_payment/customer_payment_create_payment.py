from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.error_dto import ErrorDto
from ...models.payment_create_dto import PaymentCreateDto
from ...types import UNSET, Response, Unset, json_dumps, json_loads


def _get_kwargs(
    *,
    body: PaymentCreateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customerPayment",
    }

    _kwargs["json"] = body.to_dict()
    if "json" in _kwargs:
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | ErrorDto | None:
    if response.status_code == 201:
        response_201 = None
        return response_201

    if response.status_code == 202:
        response_202 = BackgroundApiAcceptedDto.from_dict(json_loads(response.content))

        return response_202

    if response.status_code == 400:
        response_400 = ErrorDto.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDto.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDto.from_dict(json_loads(response.content))

        return response_403

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
) -> Response[Any | BackgroundApiAcceptedDto | ErrorDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | ErrorDto]:
    """Create a Payment

     Response has status Created if the POST succeeds, BadRequest or InternalServerError if it
    fails. The new payment number is the last path segment of the `Location` header; the
    response headers include an ETag after a successful POST. There is no idempotency key:
    reconcile by `paymentRef` before re-sending a create that timed out.

    Args:
        erp_api_background (str | Unset):
        body (PaymentCreateDto): Create body of a payment: a PaymentUpdateDto whose `customer`
            (the customer number) is required and not empty. `type`, `applicationDate` (or
            `applicationPeriod`), `paymentRef`, `cashAccount` and `location` are defaulted by the
            server when left out (the UI calls them mandatory); the customer is the one it cannot
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | ErrorDto]
    """

    kwargs = _get_kwargs(
        body=body,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateDto,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | ErrorDto | None:
    """Create a Payment

     Response has status Created if the POST succeeds, BadRequest or InternalServerError if it
    fails. The new payment number is the last path segment of the `Location` header; the
    response headers include an ETag after a successful POST. There is no idempotency key:
    reconcile by `paymentRef` before re-sending a create that timed out.

    Args:
        erp_api_background (str | Unset):
        body (PaymentCreateDto): Create body of a payment: a PaymentUpdateDto whose `customer`
            (the customer number) is required and not empty. `type`, `applicationDate` (or
            `applicationPeriod`), `paymentRef`, `cashAccount` and `location` are defaulted by the
            server when left out (the UI calls them mandatory); the customer is the one it cannot
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | ErrorDto
    """

    return sync_detailed(
        client=client,
        body=body,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | ErrorDto]:
    """Create a Payment

     Response has status Created if the POST succeeds, BadRequest or InternalServerError if it
    fails. The new payment number is the last path segment of the `Location` header; the
    response headers include an ETag after a successful POST. There is no idempotency key:
    reconcile by `paymentRef` before re-sending a create that timed out.

    Args:
        erp_api_background (str | Unset):
        body (PaymentCreateDto): Create body of a payment: a PaymentUpdateDto whose `customer`
            (the customer number) is required and not empty. `type`, `applicationDate` (or
            `applicationPeriod`), `paymentRef`, `cashAccount` and `location` are defaulted by the
            server when left out (the UI calls them mandatory); the customer is the one it cannot
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | ErrorDto]
    """

    kwargs = _get_kwargs(
        body=body,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentCreateDto,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | ErrorDto | None:
    """Create a Payment

     Response has status Created if the POST succeeds, BadRequest or InternalServerError if it
    fails. The new payment number is the last path segment of the `Location` header; the
    response headers include an ETag after a successful POST. There is no idempotency key:
    reconcile by `paymentRef` before re-sending a create that timed out.

    Args:
        erp_api_background (str | Unset):
        body (PaymentCreateDto): Create body of a payment: a PaymentUpdateDto whose `customer`
            (the customer number) is required and not empty. `type`, `applicationDate` (or
            `applicationPeriod`), `paymentRef`, `cashAccount` and `location` are defaulted by the
            server when left out (the UI calls them mandatory); the customer is the one it cannot
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | ErrorDto
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            erp_api_background=erp_api_background,
        )
    ).parsed
