import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_note_payment_list_envelope import CreditNotePaymentListEnvelope
from ...models.error_response import ErrorResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    credit_note_id: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    type_: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    order_by: str | Unset = UNSET,
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

    params["credit_note_id"] = credit_note_id

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["type"] = type_

    params["user_id"] = user_id

    params["page"] = page

    params["per_page"] = per_page

    params["order_by"] = order_by

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = str(format_)

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credit-note-payments",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditNotePaymentListEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreditNotePaymentListEnvelope.from_dict(
            json_loads(response.content)
        )

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
) -> Response[CreditNotePaymentListEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    credit_note_id: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    type_: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    order_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> Response[CreditNotePaymentListEnvelope | ErrorResponse]:
    """List credit-note payments

     Lists all credit-note payments, optionally filtered. Filters are AND-combined;
    `type` accepts several payment types, comma-separated, OR-combined.
    Example: `GET /api/credit-note-payments?credit_note_id=123` lists all payments of the
    credit note with ID 123.

    XML form of the response (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payments type="array" page="1" per_page="100"
    total="2"> <credit-note-payment> ... <credit-note-payment> <credit-note-payment> ... <credit-note-
    payment> </credit-note-payments>
    ```

    JSON form: `{"credit-note-payments": {"credit-note-payment": [...], "@page": "1",
    "@per_page": "100", "@total": "2"}}`; one hit → object instead of array; no hits → the
    `credit-note-payment` key is absent.

    Args:
        credit_note_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        type_ (str | Unset):
        user_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        order_by (str | Unset):
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNotePaymentListEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        credit_note_id=credit_note_id,
        from_=from_,
        to=to,
        type_=type_,
        user_id=user_id,
        page=page,
        per_page=per_page,
        order_by=order_by,
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
    credit_note_id: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    type_: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    order_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> CreditNotePaymentListEnvelope | ErrorResponse | None:
    """List credit-note payments

     Lists all credit-note payments, optionally filtered. Filters are AND-combined;
    `type` accepts several payment types, comma-separated, OR-combined.
    Example: `GET /api/credit-note-payments?credit_note_id=123` lists all payments of the
    credit note with ID 123.

    XML form of the response (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payments type="array" page="1" per_page="100"
    total="2"> <credit-note-payment> ... <credit-note-payment> <credit-note-payment> ... <credit-note-
    payment> </credit-note-payments>
    ```

    JSON form: `{"credit-note-payments": {"credit-note-payment": [...], "@page": "1",
    "@per_page": "100", "@total": "2"}}`; one hit → object instead of array; no hits → the
    `credit-note-payment` key is absent.

    Args:
        credit_note_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        type_ (str | Unset):
        user_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        order_by (str | Unset):
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNotePaymentListEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
        credit_note_id=credit_note_id,
        from_=from_,
        to=to,
        type_=type_,
        user_id=user_id,
        page=page,
        per_page=per_page,
        order_by=order_by,
        format_=format_,
        x_app_id=x_app_id,
        x_app_secret=x_app_secret,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    credit_note_id: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    type_: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    order_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> Response[CreditNotePaymentListEnvelope | ErrorResponse]:
    """List credit-note payments

     Lists all credit-note payments, optionally filtered. Filters are AND-combined;
    `type` accepts several payment types, comma-separated, OR-combined.
    Example: `GET /api/credit-note-payments?credit_note_id=123` lists all payments of the
    credit note with ID 123.

    XML form of the response (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payments type="array" page="1" per_page="100"
    total="2"> <credit-note-payment> ... <credit-note-payment> <credit-note-payment> ... <credit-note-
    payment> </credit-note-payments>
    ```

    JSON form: `{"credit-note-payments": {"credit-note-payment": [...], "@page": "1",
    "@per_page": "100", "@total": "2"}}`; one hit → object instead of array; no hits → the
    `credit-note-payment` key is absent.

    Args:
        credit_note_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        type_ (str | Unset):
        user_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        order_by (str | Unset):
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNotePaymentListEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        credit_note_id=credit_note_id,
        from_=from_,
        to=to,
        type_=type_,
        user_id=user_id,
        page=page,
        per_page=per_page,
        order_by=order_by,
        format_=format_,
        x_app_id=x_app_id,
        x_app_secret=x_app_secret,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    credit_note_id: int | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    type_: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    order_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> CreditNotePaymentListEnvelope | ErrorResponse | None:
    """List credit-note payments

     Lists all credit-note payments, optionally filtered. Filters are AND-combined;
    `type` accepts several payment types, comma-separated, OR-combined.
    Example: `GET /api/credit-note-payments?credit_note_id=123` lists all payments of the
    credit note with ID 123.

    XML form of the response (seed, verbatim):

    ```xml
    <?xml version="1.0" encoding="UTF-8"?> <credit-note-payments type="array" page="1" per_page="100"
    total="2"> <credit-note-payment> ... <credit-note-payment> <credit-note-payment> ... <credit-note-
    payment> </credit-note-payments>
    ```

    JSON form: `{"credit-note-payments": {"credit-note-payment": [...], "@page": "1",
    "@per_page": "100", "@total": "2"}}`; one hit → object instead of array; no hits → the
    `credit-note-payment` key is absent.

    Args:
        credit_note_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        type_ (str | Unset):
        user_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        order_by (str | Unset):
        format_ (ResponseFormat | Unset): Response format selected with the `format` query
            parameter.
        x_app_id (str | Unset):
        x_app_secret (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNotePaymentListEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            credit_note_id=credit_note_id,
            from_=from_,
            to=to,
            type_=type_,
            user_id=user_id,
            page=page,
            per_page=per_page,
            order_by=order_by,
            format_=format_,
            x_app_id=x_app_id,
            x_app_secret=x_app_secret,
        )
    ).parsed
