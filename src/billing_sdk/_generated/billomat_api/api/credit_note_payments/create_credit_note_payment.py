from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_note_payment_create_request import CreditNotePaymentCreateRequest
from ...models.credit_note_payment_envelope import CreditNotePaymentEnvelope
from ...models.error_response import ErrorResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CreditNotePaymentCreateRequest,
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
        "method": "post",
        "url": "/api/credit-note-payments",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()
    if "json" in _kwargs:
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditNotePaymentEnvelope | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreditNotePaymentEnvelope.from_dict(json_loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_loads(response.content))

        return response_403

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
    *,
    client: AuthenticatedClient | Client,
    body: CreditNotePaymentCreateRequest,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> Response[CreditNotePaymentEnvelope | ErrorResponse]:
    """Create a credit-note payment

     Books a payment against a credit note. Seed text: "Payments can only be booked for
    invoices in the state OPEN or overdue." For credit notes this means state OPEN (see
    x-assumption). With `mark_credit_note_as_paid` the credit note is set to PAID.
    Answers 201 with the complete created payment.

    XML request body (seed, verbatim; send with `Content-Type: application/xml`):

    ```xml
    <credit-note-payment> <credit_note-id>1</credit_note-id> <date>2009-11-03</date>
    <amount>12.34</amount> <comment>via bank transfer</comment> <type>BANK_TRANSFER</type> </credit-
    note-payment>
    ```

    XML response (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payment> <id type="integer">1</id> <created
    type="datetime">2007-12-13T12:12:00+01:00</created> <credit_note-id type="integer">1</credit_note-
    id> <user_id type="integer">1</user_id> <date type="date">2009-11-03</date> <amount
    type="float">12.34</amount> <comment>via bank transfer</comment>
    <transaction_purpose></transaction_purpose> <type>BANK_TRANSFER</type> </credit-note-payment>
    ```

    The JSON request body and response are the translations shown in the examples.

    Args:
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):
        body (CreditNotePaymentCreateRequest): JSON request body of createCreditNotePayment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNotePaymentEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
        x_app_id=x_app_id,
        x_app_secret=x_app_secret,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreditNotePaymentCreateRequest,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> CreditNotePaymentEnvelope | ErrorResponse | None:
    """Create a credit-note payment

     Books a payment against a credit note. Seed text: "Payments can only be booked for
    invoices in the state OPEN or overdue." For credit notes this means state OPEN (see
    x-assumption). With `mark_credit_note_as_paid` the credit note is set to PAID.
    Answers 201 with the complete created payment.

    XML request body (seed, verbatim; send with `Content-Type: application/xml`):

    ```xml
    <credit-note-payment> <credit_note-id>1</credit_note-id> <date>2009-11-03</date>
    <amount>12.34</amount> <comment>via bank transfer</comment> <type>BANK_TRANSFER</type> </credit-
    note-payment>
    ```

    XML response (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payment> <id type="integer">1</id> <created
    type="datetime">2007-12-13T12:12:00+01:00</created> <credit_note-id type="integer">1</credit_note-
    id> <user_id type="integer">1</user_id> <date type="date">2009-11-03</date> <amount
    type="float">12.34</amount> <comment>via bank transfer</comment>
    <transaction_purpose></transaction_purpose> <type>BANK_TRANSFER</type> </credit-note-payment>
    ```

    The JSON request body and response are the translations shown in the examples.

    Args:
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):
        body (CreditNotePaymentCreateRequest): JSON request body of createCreditNotePayment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNotePaymentEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
        x_app_id=x_app_id,
        x_app_secret=x_app_secret,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreditNotePaymentCreateRequest,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> Response[CreditNotePaymentEnvelope | ErrorResponse]:
    """Create a credit-note payment

     Books a payment against a credit note. Seed text: "Payments can only be booked for
    invoices in the state OPEN or overdue." For credit notes this means state OPEN (see
    x-assumption). With `mark_credit_note_as_paid` the credit note is set to PAID.
    Answers 201 with the complete created payment.

    XML request body (seed, verbatim; send with `Content-Type: application/xml`):

    ```xml
    <credit-note-payment> <credit_note-id>1</credit_note-id> <date>2009-11-03</date>
    <amount>12.34</amount> <comment>via bank transfer</comment> <type>BANK_TRANSFER</type> </credit-
    note-payment>
    ```

    XML response (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payment> <id type="integer">1</id> <created
    type="datetime">2007-12-13T12:12:00+01:00</created> <credit_note-id type="integer">1</credit_note-
    id> <user_id type="integer">1</user_id> <date type="date">2009-11-03</date> <amount
    type="float">12.34</amount> <comment>via bank transfer</comment>
    <transaction_purpose></transaction_purpose> <type>BANK_TRANSFER</type> </credit-note-payment>
    ```

    The JSON request body and response are the translations shown in the examples.

    Args:
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):
        body (CreditNotePaymentCreateRequest): JSON request body of createCreditNotePayment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNotePaymentEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
        x_app_id=x_app_id,
        x_app_secret=x_app_secret,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreditNotePaymentCreateRequest,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> CreditNotePaymentEnvelope | ErrorResponse | None:
    """Create a credit-note payment

     Books a payment against a credit note. Seed text: "Payments can only be booked for
    invoices in the state OPEN or overdue." For credit notes this means state OPEN (see
    x-assumption). With `mark_credit_note_as_paid` the credit note is set to PAID.
    Answers 201 with the complete created payment.

    XML request body (seed, verbatim; send with `Content-Type: application/xml`):

    ```xml
    <credit-note-payment> <credit_note-id>1</credit_note-id> <date>2009-11-03</date>
    <amount>12.34</amount> <comment>via bank transfer</comment> <type>BANK_TRANSFER</type> </credit-
    note-payment>
    ```

    XML response (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payment> <id type="integer">1</id> <created
    type="datetime">2007-12-13T12:12:00+01:00</created> <credit_note-id type="integer">1</credit_note-
    id> <user_id type="integer">1</user_id> <date type="date">2009-11-03</date> <amount
    type="float">12.34</amount> <comment>via bank transfer</comment>
    <transaction_purpose></transaction_purpose> <type>BANK_TRANSFER</type> </credit-note-payment>
    ```

    The JSON request body and response are the translations shown in the examples.

    Args:
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):
        body (CreditNotePaymentCreateRequest): JSON request body of createCreditNotePayment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNotePaymentEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
            x_app_id=x_app_id,
            x_app_secret=x_app_secret,
        )
    ).parsed
