from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.date_time_condition import DateTimeCondition
from ...models.document_status import DocumentStatus
from ...models.error_dto import ErrorDto
from ...models.payment_dto import PaymentDto
from ...models.payment_types import PaymentTypes
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    payment_nbr: str | Unset = UNSET,
    payment_type: PaymentTypes | Unset = UNSET,
    customer: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    invoice_ref_nbr: str | Unset = UNSET,
    status: DocumentStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: DateTimeCondition | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: str | Unset = UNSET,
    doc_date_condition: DateTimeCondition | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    params["paymentNbr"] = payment_nbr

    json_payment_type: str | Unset = UNSET
    if not isinstance(payment_type, Unset):
        json_payment_type = str(payment_type)

    params["paymentType"] = json_payment_type

    params["customer"] = customer

    params["greaterThanValue"] = greater_than_value

    params["invoiceRefNbr"] = invoice_ref_nbr

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = str(status)

    params["status"] = json_status

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["orderBy"] = order_by

    params["lastModifiedDateTime"] = last_modified_date_time

    json_last_modified_date_time_condition: str | Unset = UNSET
    if not isinstance(last_modified_date_time_condition, Unset):
        json_last_modified_date_time_condition = str(last_modified_date_time_condition)

    params["lastModifiedDateTimeCondition"] = json_last_modified_date_time_condition

    params["branch"] = branch

    params["docDate"] = doc_date

    json_doc_date_condition: str | Unset = UNSET
    if not isinstance(doc_date_condition, Unset):
        json_doc_date_condition = str(doc_date_condition)

    params["docDateCondition"] = json_doc_date_condition

    params["financialPeriod"] = financial_period

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customerPayment",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ErrorDto | list[PaymentDto] | None:
    if response.status_code == 200:
        _response_200 = json_loads(response.content)
        if not isinstance(_response_200, list):
            raise TypeError(
                f"response_200: expected an array, got {type(_response_200).__name__}"
            )
        response_200 = []
        for response_200_item_data in _response_200:
            response_200_item = PaymentDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[BackgroundApiAcceptedDto | ErrorDto | list[PaymentDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    payment_nbr: str | Unset = UNSET,
    payment_type: PaymentTypes | Unset = UNSET,
    customer: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    invoice_ref_nbr: str | Unset = UNSET,
    status: DocumentStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: DateTimeCondition | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: str | Unset = UNSET,
    doc_date_condition: DateTimeCondition | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ErrorDto | list[PaymentDto]]:
    """Get a range of Payments

     Get a range of Payments (ScreenId=AR302000). Paging is forced: the page size must be
    lower than or equal to the allowed max page size returned in each item's `metadata`; a
    larger requested page size is limited to the max page size. List items carry their own
    `timeStamp`; the response has no ETag header.

    Args:
        payment_nbr (str | Unset):
        payment_type (PaymentTypes | Unset): Customer payment document type.
        customer (str | Unset):
        greater_than_value (str | Unset):
        invoice_ref_nbr (str | Unset):
        status (DocumentStatus | Unset): Status of a customer ledger document.
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-
            dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        last_modified_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        branch (str | Unset):
        doc_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        doc_date_condition (DateTimeCondition | Unset): Comparison operator for a date filter
            (greater than, less than, greater or equal, less or equal).
        financial_period (str | Unset): Financial period as six digits, year then period (YYYYMM /
            YYYYPP), e.g. `202401`.
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ErrorDto | list[PaymentDto]]
    """

    kwargs = _get_kwargs(
        payment_nbr=payment_nbr,
        payment_type=payment_type,
        customer=customer,
        greater_than_value=greater_than_value,
        invoice_ref_nbr=invoice_ref_nbr,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        branch=branch,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        financial_period=financial_period,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    payment_nbr: str | Unset = UNSET,
    payment_type: PaymentTypes | Unset = UNSET,
    customer: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    invoice_ref_nbr: str | Unset = UNSET,
    status: DocumentStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: DateTimeCondition | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: str | Unset = UNSET,
    doc_date_condition: DateTimeCondition | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ErrorDto | list[PaymentDto] | None:
    """Get a range of Payments

     Get a range of Payments (ScreenId=AR302000). Paging is forced: the page size must be
    lower than or equal to the allowed max page size returned in each item's `metadata`; a
    larger requested page size is limited to the max page size. List items carry their own
    `timeStamp`; the response has no ETag header.

    Args:
        payment_nbr (str | Unset):
        payment_type (PaymentTypes | Unset): Customer payment document type.
        customer (str | Unset):
        greater_than_value (str | Unset):
        invoice_ref_nbr (str | Unset):
        status (DocumentStatus | Unset): Status of a customer ledger document.
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-
            dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        last_modified_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        branch (str | Unset):
        doc_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        doc_date_condition (DateTimeCondition | Unset): Comparison operator for a date filter
            (greater than, less than, greater or equal, less or equal).
        financial_period (str | Unset): Financial period as six digits, year then period (YYYYMM /
            YYYYPP), e.g. `202401`.
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ErrorDto | list[PaymentDto]
    """

    return sync_detailed(
        client=client,
        payment_nbr=payment_nbr,
        payment_type=payment_type,
        customer=customer,
        greater_than_value=greater_than_value,
        invoice_ref_nbr=invoice_ref_nbr,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        branch=branch,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        financial_period=financial_period,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    payment_nbr: str | Unset = UNSET,
    payment_type: PaymentTypes | Unset = UNSET,
    customer: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    invoice_ref_nbr: str | Unset = UNSET,
    status: DocumentStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: DateTimeCondition | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: str | Unset = UNSET,
    doc_date_condition: DateTimeCondition | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ErrorDto | list[PaymentDto]]:
    """Get a range of Payments

     Get a range of Payments (ScreenId=AR302000). Paging is forced: the page size must be
    lower than or equal to the allowed max page size returned in each item's `metadata`; a
    larger requested page size is limited to the max page size. List items carry their own
    `timeStamp`; the response has no ETag header.

    Args:
        payment_nbr (str | Unset):
        payment_type (PaymentTypes | Unset): Customer payment document type.
        customer (str | Unset):
        greater_than_value (str | Unset):
        invoice_ref_nbr (str | Unset):
        status (DocumentStatus | Unset): Status of a customer ledger document.
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-
            dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        last_modified_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        branch (str | Unset):
        doc_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        doc_date_condition (DateTimeCondition | Unset): Comparison operator for a date filter
            (greater than, less than, greater or equal, less or equal).
        financial_period (str | Unset): Financial period as six digits, year then period (YYYYMM /
            YYYYPP), e.g. `202401`.
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ErrorDto | list[PaymentDto]]
    """

    kwargs = _get_kwargs(
        payment_nbr=payment_nbr,
        payment_type=payment_type,
        customer=customer,
        greater_than_value=greater_than_value,
        invoice_ref_nbr=invoice_ref_nbr,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        order_by=order_by,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        branch=branch,
        doc_date=doc_date,
        doc_date_condition=doc_date_condition,
        financial_period=financial_period,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    payment_nbr: str | Unset = UNSET,
    payment_type: PaymentTypes | Unset = UNSET,
    customer: str | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    invoice_ref_nbr: str | Unset = UNSET,
    status: DocumentStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: DateTimeCondition | Unset = UNSET,
    branch: str | Unset = UNSET,
    doc_date: str | Unset = UNSET,
    doc_date_condition: DateTimeCondition | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ErrorDto | list[PaymentDto] | None:
    """Get a range of Payments

     Get a range of Payments (ScreenId=AR302000). Paging is forced: the page size must be
    lower than or equal to the allowed max page size returned in each item's `metadata`; a
    larger requested page size is limited to the max page size. List items carry their own
    `timeStamp`; the response has no ETag header.

    Args:
        payment_nbr (str | Unset):
        payment_type (PaymentTypes | Unset): Customer payment document type.
        customer (str | Unset):
        greater_than_value (str | Unset):
        invoice_ref_nbr (str | Unset):
        status (DocumentStatus | Unset): Status of a customer ledger document.
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-
            dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        last_modified_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        branch (str | Unset):
        doc_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        doc_date_condition (DateTimeCondition | Unset): Comparison operator for a date filter
            (greater than, less than, greater or equal, less or equal).
        financial_period (str | Unset): Financial period as six digits, year then period (YYYYMM /
            YYYYPP), e.g. `202401`.
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ErrorDto | list[PaymentDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            payment_nbr=payment_nbr,
            payment_type=payment_type,
            customer=customer,
            greater_than_value=greater_than_value,
            invoice_ref_nbr=invoice_ref_nbr,
            status=status,
            number_to_read=number_to_read,
            skip_records=skip_records,
            order_by=order_by,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            branch=branch,
            doc_date=doc_date,
            doc_date_condition=doc_date_condition,
            financial_period=financial_period,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
