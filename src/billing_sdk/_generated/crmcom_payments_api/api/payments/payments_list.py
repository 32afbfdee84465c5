from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_life_cycle_state import PaymentLifeCycleState
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
    life_cycle_state: PaymentLifeCycleState | Unset = UNSET,
    number_of_results: int | Unset = 100,
    offset: int | Unset = 0,
    fields_set: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params["accounts_receivable_identifier"] = accounts_receivable_identifier

    params["wallet_identifier"] = wallet_identifier

    params["type_identifier"] = type_identifier

    params["category_identifier"] = category_identifier

    params["payment_method_identifier"] = payment_method_identifier

    json_life_cycle_state: str | Unset = UNSET
    if not isinstance(life_cycle_state, Unset):
        json_life_cycle_state = str(life_cycle_state)

    params["life_cycle_state"] = json_life_cycle_state

    params["number_of_results"] = number_of_results

    params["offset"] = offset

    params["fields_set"] = fields_set

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/crmapi/rest/v2/payments/list",
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
    life_cycle_state: PaymentLifeCycleState | Unset = UNSET,
    number_of_results: int | Unset = 100,
    offset: int | Unset = 0,
    fields_set: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentListResponse]:
    """List the payments of an accounts receivable (or wallet), a page at a time

     Returns multiple payments allocated to one accounts receivable (or, from R14, one wallet),
    optionally filtered by type, category, payment method and life-cycle state.
    `accounts_receivable_identifier` and `wallet_identifier` are semi-optional: exactly one of them is
    required (400 INVALID_PARAMETER / MISSING_PARAMETER otherwise).

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
        life_cycle_state (PaymentLifeCycleState | Unset): Life-cycle state of a payment:
            create(DRAFT) -post-> POSTED -cancel-> CANCELLED; DRAFT -reject-> REJECTED;
            create(POSTED), pay_bill and pay_invoice give POSTED directly. PENDING_VERIFICATION
            (listed on the short payment page) is used by payment gateways while a charge is being
            verified.
        number_of_results (int | Unset): Page size (1..1000, default 100). Default: 100.
        offset (int | Unset): Number of payments to skip (default 0). Default: 0.
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
        life_cycle_state=life_cycle_state,
        number_of_results=number_of_results,
        offset=offset,
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
    life_cycle_state: PaymentLifeCycleState | Unset = UNSET,
    number_of_results: int | Unset = 100,
    offset: int | Unset = 0,
    fields_set: str | Unset = UNSET,
) -> ErrorResponse | PaymentListResponse | None:
    """List the payments of an accounts receivable (or wallet), a page at a time

     Returns multiple payments allocated to one accounts receivable (or, from R14, one wallet),
    optionally filtered by type, category, payment method and life-cycle state.
    `accounts_receivable_identifier` and `wallet_identifier` are semi-optional: exactly one of them is
    required (400 INVALID_PARAMETER / MISSING_PARAMETER otherwise).

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
        life_cycle_state (PaymentLifeCycleState | Unset): Life-cycle state of a payment:
            create(DRAFT) -post-> POSTED -cancel-> CANCELLED; DRAFT -reject-> REJECTED;
            create(POSTED), pay_bill and pay_invoice give POSTED directly. PENDING_VERIFICATION
            (listed on the short payment page) is used by payment gateways while a charge is being
            verified.
        number_of_results (int | Unset): Page size (1..1000, default 100). Default: 100.
        offset (int | Unset): Number of payments to skip (default 0). Default: 0.
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
        life_cycle_state=life_cycle_state,
        number_of_results=number_of_results,
        offset=offset,
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
    life_cycle_state: PaymentLifeCycleState | Unset = UNSET,
    number_of_results: int | Unset = 100,
    offset: int | Unset = 0,
    fields_set: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentListResponse]:
    """List the payments of an accounts receivable (or wallet), a page at a time

     Returns multiple payments allocated to one accounts receivable (or, from R14, one wallet),
    optionally filtered by type, category, payment method and life-cycle state.
    `accounts_receivable_identifier` and `wallet_identifier` are semi-optional: exactly one of them is
    required (400 INVALID_PARAMETER / MISSING_PARAMETER otherwise).

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
        life_cycle_state (PaymentLifeCycleState | Unset): Life-cycle state of a payment:
            create(DRAFT) -post-> POSTED -cancel-> CANCELLED; DRAFT -reject-> REJECTED;
            create(POSTED), pay_bill and pay_invoice give POSTED directly. PENDING_VERIFICATION
            (listed on the short payment page) is used by payment gateways while a charge is being
            verified.
        number_of_results (int | Unset): Page size (1..1000, default 100). Default: 100.
        offset (int | Unset): Number of payments to skip (default 0). Default: 0.
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
        life_cycle_state=life_cycle_state,
        number_of_results=number_of_results,
        offset=offset,
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
    life_cycle_state: PaymentLifeCycleState | Unset = UNSET,
    number_of_results: int | Unset = 100,
    offset: int | Unset = 0,
    fields_set: str | Unset = UNSET,
) -> ErrorResponse | PaymentListResponse | None:
    """List the payments of an accounts receivable (or wallet), a page at a time

     Returns multiple payments allocated to one accounts receivable (or, from R14, one wallet),
    optionally filtered by type, category, payment method and life-cycle state.
    `accounts_receivable_identifier` and `wallet_identifier` are semi-optional: exactly one of them is
    required (400 INVALID_PARAMETER / MISSING_PARAMETER otherwise).

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
        life_cycle_state (PaymentLifeCycleState | Unset): Life-cycle state of a payment:
            create(DRAFT) -post-> POSTED -cancel-> CANCELLED; DRAFT -reject-> REJECTED;
            create(POSTED), pay_bill and pay_invoice give POSTED directly. PENDING_VERIFICATION
            (listed on the short payment page) is used by payment gateways while a charge is being
            verified.
        number_of_results (int | Unset): Page size (1..1000, default 100). Default: 100.
        offset (int | Unset): Number of payments to skip (default 0). Default: 0.
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
            life_cycle_state=life_cycle_state,
            number_of_results=number_of_results,
            offset=offset,
            fields_set=fields_set,
        )
    ).parsed
