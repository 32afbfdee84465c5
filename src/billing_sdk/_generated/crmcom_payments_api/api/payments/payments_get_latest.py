from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_list_response import PaymentListResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    token: str,
    accounts_receivable_identifier: str | Unset = UNSET,
    wallet_identifier: str | Unset = UNSET,
    type_identifier: str | Unset = UNSET,
    category_identifier: str | Unset = UNSET,
    payment_method_identifier: str | Unset = UNSET,
    number: int,
    fields_set: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params["accounts_receivable_identifier"] = accounts_receivable_identifier

    params["wallet_identifier"] = wallet_identifier

    params["type_identifier"] = type_identifier

    params["category_identifier"] = category_identifier

    params["payment_method_identifier"] = payment_method_identifier

    params["number"] = number

    params["fields_set"] = fields_set

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/crmapi/rest/v2/payments/get_latest",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentListResponse | None:
    if response.status_code == 200:
        response_200 = PaymentListResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | PaymentListResponse]:
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
    accounts_receivable_identifier: str | Unset = UNSET,
    wallet_identifier: str | Unset = UNSET,
    type_identifier: str | Unset = UNSET,
    category_identifier: str | Unset = UNSET,
    payment_method_identifier: str | Unset = UNSET,
    number: int,
    fields_set: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentListResponse]:
    """Get the latest N payments of an accounts receivable (or wallet)

     Returns the `number` latest payments allocated to one accounts receivable (or, from R14, one
    wallet), newest first, optionally filtered by type, category and payment method.
    `accounts_receivable_identifier` and `wallet_identifier` are semi-optional: exactly one of them is
    required. Vendor example: `accounts_receivable_identifier=number=192&type_identifier=name=Invoices
    Balance Payment&number=2&fields_set=id,number,reference_number`.

    Args:
        token (str): The token retrieved from the login method: a JWT from R12, 32 upper-case hex
            characters before.
        accounts_receivable_identifier (str | Unset): `field=value`; field is one of id, number,
            name. Semi-optional with wallet_identifier.
        wallet_identifier (str | Unset): `field=value`; field is one of id, number (R14+). Semi-
            optional with accounts_receivable_identifier.
        type_identifier (str | Unset): Financial transaction type, `field=value`; field is one of
            id, name, alternative_code.
        category_identifier (str | Unset): Financial transaction category, `field=value`; field is
            one of id, name, code.
        payment_method_identifier (str | Unset): Payment method, `field=value`; field is one of
            id, name, alternative_code.
        number (int): How many payments to return, newest first (1..1000).
        fields_set (str | Unset): Comma-separated list of response fields to include, e.g.
            `id,number,reference_number`. All fields are returned when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentListResponse]
    """

    kwargs = _get_kwargs(
        token=token,
        accounts_receivable_identifier=accounts_receivable_identifier,
        wallet_identifier=wallet_identifier,
        type_identifier=type_identifier,
        category_identifier=category_identifier,
        payment_method_identifier=payment_method_identifier,
        number=number,
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
    accounts_receivable_identifier: str | Unset = UNSET,
    wallet_identifier: str | Unset = UNSET,
    type_identifier: str | Unset = UNSET,
    category_identifier: str | Unset = UNSET,
    payment_method_identifier: str | Unset = UNSET,
    number: int,
    fields_set: str | Unset = UNSET,
) -> ErrorResponse | PaymentListResponse | None:
    """Get the latest N payments of an accounts receivable (or wallet)

     Returns the `number` latest payments allocated to one accounts receivable (or, from R14, one
    wallet), newest first, optionally filtered by type, category and payment method.
    `accounts_receivable_identifier` and `wallet_identifier` are semi-optional: exactly one of them is
    required. Vendor example: `accounts_receivable_identifier=number=192&type_identifier=name=Invoices
    Balance Payment&number=2&fields_set=id,number,reference_number`.

    Args:
        token (str): The token retrieved from the login method: a JWT from R12, 32 upper-case hex
            characters before.
        accounts_receivable_identifier (str | Unset): `field=value`; field is one of id, number,
            name. Semi-optional with wallet_identifier.
        wallet_identifier (str | Unset): `field=value`; field is one of id, number (R14+). Semi-
            optional with accounts_receivable_identifier.
        type_identifier (str | Unset): Financial transaction type, `field=value`; field is one of
            id, name, alternative_code.
        category_identifier (str | Unset): Financial transaction category, `field=value`; field is
            one of id, name, code.
        payment_method_identifier (str | Unset): Payment method, `field=value`; field is one of
            id, name, alternative_code.
        number (int): How many payments to return, newest first (1..1000).
        fields_set (str | Unset): Comma-separated list of response fields to include, e.g.
            `id,number,reference_number`. All fields are returned when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentListResponse
    """

    return sync_detailed(
        client=client,
        token=token,
        accounts_receivable_identifier=accounts_receivable_identifier,
        wallet_identifier=wallet_identifier,
        type_identifier=type_identifier,
        category_identifier=category_identifier,
        payment_method_identifier=payment_method_identifier,
        number=number,
        fields_set=fields_set,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    accounts_receivable_identifier: str | Unset = UNSET,
    wallet_identifier: str | Unset = UNSET,
    type_identifier: str | Unset = UNSET,
    category_identifier: str | Unset = UNSET,
    payment_method_identifier: str | Unset = UNSET,
    number: int,
    fields_set: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentListResponse]:
    """Get the latest N payments of an accounts receivable (or wallet)

     Returns the `number` latest payments allocated to one accounts receivable (or, from R14, one
    wallet), newest first, optionally filtered by type, category and payment method.
    `accounts_receivable_identifier` and `wallet_identifier` are semi-optional: exactly one of them is
    required. Vendor example: `accounts_receivable_identifier=number=192&type_identifier=name=Invoices
    Balance Payment&number=2&fields_set=id,number,reference_number`.

    Args:
        token (str): The token retrieved from the login method: a JWT from R12, 32 upper-case hex
            characters before.
        accounts_receivable_identifier (str | Unset): `field=value`; field is one of id, number,
            name. Semi-optional with wallet_identifier.
        wallet_identifier (str | Unset): `field=value`; field is one of id, number (R14+). Semi-
            optional with accounts_receivable_identifier.
        type_identifier (str | Unset): Financial transaction type, `field=value`; field is one of
            id, name, alternative_code.
        category_identifier (str | Unset): Financial transaction category, `field=value`; field is
            one of id, name, code.
        payment_method_identifier (str | Unset): Payment method, `field=value`; field is one of
            id, name, alternative_code.
        number (int): How many payments to return, newest first (1..1000).
        fields_set (str | Unset): Comma-separated list of response fields to include, e.g.
            `id,number,reference_number`. All fields are returned when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentListResponse]
    """

    kwargs = _get_kwargs(
        token=token,
        accounts_receivable_identifier=accounts_receivable_identifier,
        wallet_identifier=wallet_identifier,
        type_identifier=type_identifier,
        category_identifier=category_identifier,
        payment_method_identifier=payment_method_identifier,
        number=number,
        fields_set=fields_set,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    accounts_receivable_identifier: str | Unset = UNSET,
    wallet_identifier: str | Unset = UNSET,
    type_identifier: str | Unset = UNSET,
    category_identifier: str | Unset = UNSET,
    payment_method_identifier: str | Unset = UNSET,
    number: int,
    fields_set: str | Unset = UNSET,
) -> ErrorResponse | PaymentListResponse | None:
    """Get the latest N payments of an accounts receivable (or wallet)

     Returns the `number` latest payments allocated to one accounts receivable (or, from R14, one
    wallet), newest first, optionally filtered by type, category and payment method.
    `accounts_receivable_identifier` and `wallet_identifier` are semi-optional: exactly one of them is
    required. Vendor example: `accounts_receivable_identifier=number=192&type_identifier=name=Invoices
    Balance Payment&number=2&fields_set=id,number,reference_number`.

    Args:
        token (str): The token retrieved from the login method: a JWT from R12, 32 upper-case hex
            characters before.
        accounts_receivable_identifier (str | Unset): `field=value`; field is one of id, number,
            name. Semi-optional with wallet_identifier.
        wallet_identifier (str | Unset): `field=value`; field is one of id, number (R14+). Semi-
            optional with accounts_receivable_identifier.
        type_identifier (str | Unset): Financial transaction type, `field=value`; field is one of
            id, name, alternative_code.
        category_identifier (str | Unset): Financial transaction category, `field=value`; field is
            one of id, name, code.
        payment_method_identifier (str | Unset): Payment method, `field=value`; field is one of
            id, name, alternative_code.
        number (int): How many payments to return, newest first (1..1000).
        fields_set (str | Unset): Comma-separated list of response fields to include, e.g.
            `id,number,reference_number`. All fields are returned when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
            accounts_receivable_identifier=accounts_receivable_identifier,
            wallet_identifier=wallet_identifier,
            type_identifier=type_identifier,
            category_identifier=category_identifier,
            payment_method_identifier=payment_method_identifier,
            number=number,
            fields_set=fields_set,
        )
    ).parsed
