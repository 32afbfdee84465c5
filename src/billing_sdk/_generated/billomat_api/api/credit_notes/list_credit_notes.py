import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_note_list_envelope import CreditNoteListEnvelope
from ...models.error_response import ErrorResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    client_id: int | Unset = UNSET,
    contact_id: int | Unset = UNSET,
    credit_note_number: str | Unset = UNSET,
    status: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    intro: str | Unset = UNSET,
    note: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    article_id: int | Unset = UNSET,
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

    params["client_id"] = client_id

    params["contact_id"] = contact_id

    params["credit_note_number"] = credit_note_number

    params["status"] = status

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["label"] = label

    params["intro"] = intro

    params["note"] = note

    params["tags"] = tags

    params["article_id"] = article_id

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
        "url": "/api/credit-notes",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditNoteListEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreditNoteListEnvelope.from_dict(json_loads(response.content))

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
) -> Response[CreditNoteListEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: int | Unset = UNSET,
    contact_id: int | Unset = UNSET,
    credit_note_number: str | Unset = UNSET,
    status: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    intro: str | Unset = UNSET,
    note: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    article_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    order_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> Response[CreditNoteListEnvelope | ErrorResponse]:
    """List credit notes

     Lists credit notes, optionally filtered. Text filters match case-insensitively on a part
    of the value (e.g. `credit_note_number=GS123`). `status` accepts several statuses,
    comma-separated. Same list envelope as payments:
    `{"credit-notes": {"credit-note": [...], "@page": "1", "@per_page": "100", "@total": "2"}}`
    (one hit → object; no hits → key absent).

    Args:
        client_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        contact_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        credit_note_number (str | Unset):
        status (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        label (str | Unset):
        intro (str | Unset):
        note (str | Unset):
        tags (str | Unset):
        article_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
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
        Response[CreditNoteListEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        contact_id=contact_id,
        credit_note_number=credit_note_number,
        status=status,
        from_=from_,
        to=to,
        label=label,
        intro=intro,
        note=note,
        tags=tags,
        article_id=article_id,
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
    client_id: int | Unset = UNSET,
    contact_id: int | Unset = UNSET,
    credit_note_number: str | Unset = UNSET,
    status: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    intro: str | Unset = UNSET,
    note: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    article_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    order_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> CreditNoteListEnvelope | ErrorResponse | None:
    """List credit notes

     Lists credit notes, optionally filtered. Text filters match case-insensitively on a part
    of the value (e.g. `credit_note_number=GS123`). `status` accepts several statuses,
    comma-separated. Same list envelope as payments:
    `{"credit-notes": {"credit-note": [...], "@page": "1", "@per_page": "100", "@total": "2"}}`
    (one hit → object; no hits → key absent).

    Args:
        client_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        contact_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        credit_note_number (str | Unset):
        status (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        label (str | Unset):
        intro (str | Unset):
        note (str | Unset):
        tags (str | Unset):
        article_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
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
        CreditNoteListEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        contact_id=contact_id,
        credit_note_number=credit_note_number,
        status=status,
        from_=from_,
        to=to,
        label=label,
        intro=intro,
        note=note,
        tags=tags,
        article_id=article_id,
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
    client_id: int | Unset = UNSET,
    contact_id: int | Unset = UNSET,
    credit_note_number: str | Unset = UNSET,
    status: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    intro: str | Unset = UNSET,
    note: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    article_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    order_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> Response[CreditNoteListEnvelope | ErrorResponse]:
    """List credit notes

     Lists credit notes, optionally filtered. Text filters match case-insensitively on a part
    of the value (e.g. `credit_note_number=GS123`). `status` accepts several statuses,
    comma-separated. Same list envelope as payments:
    `{"credit-notes": {"credit-note": [...], "@page": "1", "@per_page": "100", "@total": "2"}}`
    (one hit → object; no hits → key absent).

    Args:
        client_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        contact_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        credit_note_number (str | Unset):
        status (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        label (str | Unset):
        intro (str | Unset):
        note (str | Unset):
        tags (str | Unset):
        article_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
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
        Response[CreditNoteListEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        contact_id=contact_id,
        credit_note_number=credit_note_number,
        status=status,
        from_=from_,
        to=to,
        label=label,
        intro=intro,
        note=note,
        tags=tags,
        article_id=article_id,
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
    client_id: int | Unset = UNSET,
    contact_id: int | Unset = UNSET,
    credit_note_number: str | Unset = UNSET,
    status: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    intro: str | Unset = UNSET,
    note: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    article_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    order_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    x_app_id: str | Unset = UNSET,
    x_app_secret: str | Unset = UNSET,
) -> CreditNoteListEnvelope | ErrorResponse | None:
    """List credit notes

     Lists credit notes, optionally filtered. Text filters match case-insensitively on a part
    of the value (e.g. `credit_note_number=GS123`). `status` accepts several statuses,
    comma-separated. Same list envelope as payments:
    `{"credit-notes": {"credit-note": [...], "@page": "1", "@per_page": "100", "@total": "2"}}`
    (one hit → object; no hits → key absent).

    Args:
        client_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        contact_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
        credit_note_number (str | Unset):
        status (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        label (str | Unset):
        intro (str | Unset):
        note (str | Unset):
        tags (str | Unset):
        article_id (int | Unset): A numeric Billomat ID as used in paths and query filters.
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
        CreditNoteListEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            contact_id=contact_id,
            credit_note_number=credit_note_number,
            status=status,
            from_=from_,
            to=to,
            label=label,
            intro=intro,
            note=note,
            tags=tags,
            article_id=article_id,
            page=page,
            per_page=per_page,
            order_by=order_by,
            format_=format_,
            x_app_id=x_app_id,
            x_app_secret=x_app_secret,
        )
    ).parsed
