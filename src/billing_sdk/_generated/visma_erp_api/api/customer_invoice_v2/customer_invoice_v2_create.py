from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_invoice_update_dto import CustomerInvoiceUpdateDto
from ...models.error_dto import ErrorDto
from ...types import UNSET, Response, Unset, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CustomerInvoiceUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/customerinvoice",
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
    body: CustomerInvoiceUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | ErrorDto]:
    """Create an Invoice

     Create an Invoice (ScreenID=AR301000); replaces the deprecated v1 create. Response has
    status Created if the POST succeeds, BadRequest or InternalServerError if it fails. The
    new invoice number is the last path segment of `Location` (read the invoice through
    `GET /v1/customerinvoice/{invoiceNumber}`); the response headers include an ETag.

    Args:
        erp_api_background (str | Unset):
        body (CustomerInvoiceUpdateDto): Create/update body of a customer invoice (v1 PUT, v1 and
            v2 POST). Every scalar is wrapped as `{"value": X}`; send only the properties to set
            (absent = unchanged).

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
    body: CustomerInvoiceUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | ErrorDto | None:
    """Create an Invoice

     Create an Invoice (ScreenID=AR301000); replaces the deprecated v1 create. Response has
    status Created if the POST succeeds, BadRequest or InternalServerError if it fails. The
    new invoice number is the last path segment of `Location` (read the invoice through
    `GET /v1/customerinvoice/{invoiceNumber}`); the response headers include an ETag.

    Args:
        erp_api_background (str | Unset):
        body (CustomerInvoiceUpdateDto): Create/update body of a customer invoice (v1 PUT, v1 and
            v2 POST). Every scalar is wrapped as `{"value": X}`; send only the properties to set
            (absent = unchanged).

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
    body: CustomerInvoiceUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | ErrorDto]:
    """Create an Invoice

     Create an Invoice (ScreenID=AR301000); replaces the deprecated v1 create. Response has
    status Created if the POST succeeds, BadRequest or InternalServerError if it fails. The
    new invoice number is the last path segment of `Location` (read the invoice through
    `GET /v1/customerinvoice/{invoiceNumber}`); the response headers include an ETag.

    Args:
        erp_api_background (str | Unset):
        body (CustomerInvoiceUpdateDto): Create/update body of a customer invoice (v1 PUT, v1 and
            v2 POST). Every scalar is wrapped as `{"value": X}`; send only the properties to set
            (absent = unchanged).

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
    body: CustomerInvoiceUpdateDto,
    erp_api_background: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | ErrorDto | None:
    """Create an Invoice

     Create an Invoice (ScreenID=AR301000); replaces the deprecated v1 create. Response has
    status Created if the POST succeeds, BadRequest or InternalServerError if it fails. The
    new invoice number is the last path segment of `Location` (read the invoice through
    `GET /v1/customerinvoice/{invoiceNumber}`); the response headers include an ETag.

    Args:
        erp_api_background (str | Unset):
        body (CustomerInvoiceUpdateDto): Create/update body of a customer invoice (v1 PUT, v1 and
            v2 POST). Every scalar is wrapped as `{"value": X}`; send only the properties to set
            (absent = unchanged).

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
