from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_note_payment_envelope import CreditNotePaymentEnvelope
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
        "url": f"/api/credit-note-payments/{path_segment(id)}",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditNotePaymentEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreditNotePaymentEnvelope.from_dict(json_loads(response.content))

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
) -> Response[CreditNotePaymentEnvelope | ErrorResponse]:
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
) -> Response[CreditNotePaymentEnvelope | ErrorResponse]:
    """Get one credit-note payment

     Returns one credit-note payment, wrapped: `{"credit-note-payment": {...}}`.

    XML form (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payment> <id type="integer">1</id> <created
    type="datetime">2007-12-13T12:12:00+01:00</created> <credit_note-id type="integer">1</credit_note-
    id> <user_id type="integer">1</user_id> <date type="date">2009-11-04</date> <amount
    type="float">12.34</amount> <comment>via bank transfer</comment>
    <transaction_purpose></transaction_purpose> <type>BANK_TRANSFER</type> </credit-note-payment>
    ```

    `type` can have the following values: CREDIT_NOTE, BANK_TRANSFER, DEBIT, CASH, PAYPAL,
    CREDIT_CARD, MISC (or `""` when no type was recorded).

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
        Response[CreditNotePaymentEnvelope | ErrorResponse]
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
) -> CreditNotePaymentEnvelope | ErrorResponse | None:
    """Get one credit-note payment

     Returns one credit-note payment, wrapped: `{"credit-note-payment": {...}}`.

    XML form (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payment> <id type="integer">1</id> <created
    type="datetime">2007-12-13T12:12:00+01:00</created> <credit_note-id type="integer">1</credit_note-
    id> <user_id type="integer">1</user_id> <date type="date">2009-11-04</date> <amount
    type="float">12.34</amount> <comment>via bank transfer</comment>
    <transaction_purpose></transaction_purpose> <type>BANK_TRANSFER</type> </credit-note-payment>
    ```

    `type` can have the following values: CREDIT_NOTE, BANK_TRANSFER, DEBIT, CASH, PAYPAL,
    CREDIT_CARD, MISC (or `""` when no type was recorded).

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
        CreditNotePaymentEnvelope | ErrorResponse
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
) -> Response[CreditNotePaymentEnvelope | ErrorResponse]:
    """Get one credit-note payment

     Returns one credit-note payment, wrapped: `{"credit-note-payment": {...}}`.

    XML form (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payment> <id type="integer">1</id> <created
    type="datetime">2007-12-13T12:12:00+01:00</created> <credit_note-id type="integer">1</credit_note-
    id> <user_id type="integer">1</user_id> <date type="date">2009-11-04</date> <amount
    type="float">12.34</amount> <comment>via bank transfer</comment>
    <transaction_purpose></transaction_purpose> <type>BANK_TRANSFER</type> </credit-note-payment>
    ```

    `type` can have the following values: CREDIT_NOTE, BANK_TRANSFER, DEBIT, CASH, PAYPAL,
    CREDIT_CARD, MISC (or `""` when no type was recorded).

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
        Response[CreditNotePaymentEnvelope | ErrorResponse]
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
) -> CreditNotePaymentEnvelope | ErrorResponse | None:
    """Get one credit-note payment

     Returns one credit-note payment, wrapped: `{"credit-note-payment": {...}}`.

    XML form (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payment> <id type="integer">1</id> <created
    type="datetime">2007-12-13T12:12:00+01:00</created> <credit_note-id type="integer">1</credit_note-
    id> <user_id type="integer">1</user_id> <date type="date">2009-11-04</date> <amount
    type="float">12.34</amount> <comment>via bank transfer</comment>
    <transaction_purpose></transaction_purpose> <type>BANK_TRANSFER</type> </credit-note-payment>
    ```

    `type` can have the following values: CREDIT_NOTE, BANK_TRANSFER, DEBIT, CASH, PAYPAL,
    CREDIT_CARD, MISC (or `""` when no type was recorded).

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
        CreditNotePaymentEnvelope | ErrorResponse
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
