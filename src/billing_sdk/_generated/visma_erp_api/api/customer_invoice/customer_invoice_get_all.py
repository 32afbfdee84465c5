from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.customer_document_types import CustomerDocumentTypes
from ...models.customer_invoice_dto import CustomerInvoiceDto
from ...models.date_time_condition import DateTimeCondition
from ...models.document_status import DocumentStatus
from ...models.error_dto import ErrorDto
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    document_type: CustomerDocumentTypes | Unset = UNSET,
    released: int | Unset = UNSET,
    dunning_level: int | Unset = UNSET,
    closed_financial_period: str | Unset = UNSET,
    dunning_letter_date_time: str | Unset = UNSET,
    dunning_letter_date_time_condition: DateTimeCondition | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_applications: bool | Unset = UNSET,
    expand_dunning_information: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    expand_tax_details: bool | Unset = UNSET,
    expand_invoice_address: bool | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    document_due_date: str | Unset = UNSET,
    document_due_date_condition: DateTimeCondition | Unset = UNSET,
    status: DocumentStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    customer_ref_number: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    document_date: str | Unset = UNSET,
    document_date_condition: DateTimeCondition | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: DateTimeCondition | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: DateTimeCondition | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    params: dict[str, Any] = {}

    json_document_type: str | Unset = UNSET
    if not isinstance(document_type, Unset):
        json_document_type = str(document_type)

    params["documentType"] = json_document_type

    params["released"] = released

    params["dunningLevel"] = dunning_level

    params["closedFinancialPeriod"] = closed_financial_period

    params["dunningLetterDateTime"] = dunning_letter_date_time

    json_dunning_letter_date_time_condition: str | Unset = UNSET
    if not isinstance(dunning_letter_date_time_condition, Unset):
        json_dunning_letter_date_time_condition = str(
            dunning_letter_date_time_condition
        )

    params["dunningLetterDateTimeCondition"] = json_dunning_letter_date_time_condition

    params["project"] = project

    params["expandApplications"] = expand_applications

    params["expandDunningInformation"] = expand_dunning_information

    params["expandAttachments"] = expand_attachments

    params["expandTaxDetails"] = expand_tax_details

    params["expandInvoiceAddress"] = expand_invoice_address

    params["financialPeriod"] = financial_period

    params["documentDueDate"] = document_due_date

    json_document_due_date_condition: str | Unset = UNSET
    if not isinstance(document_due_date_condition, Unset):
        json_document_due_date_condition = str(document_due_date_condition)

    params["documentDueDateCondition"] = json_document_due_date_condition

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = str(status)

    params["status"] = json_status

    params["numberToRead"] = number_to_read

    params["skipRecords"] = skip_records

    params["externalReference"] = external_reference

    params["paymentReference"] = payment_reference

    params["customerRefNumber"] = customer_ref_number

    params["customer"] = customer

    params["branch"] = branch

    params["documentDate"] = document_date

    json_document_date_condition: str | Unset = UNSET
    if not isinstance(document_date_condition, Unset):
        json_document_date_condition = str(document_date_condition)

    params["documentDateCondition"] = json_document_date_condition

    params["greaterThanValue"] = greater_than_value

    params["lastModifiedDateTime"] = last_modified_date_time

    json_last_modified_date_time_condition: str | Unset = UNSET
    if not isinstance(last_modified_date_time_condition, Unset):
        json_last_modified_date_time_condition = str(last_modified_date_time_condition)

    params["lastModifiedDateTimeCondition"] = json_last_modified_date_time_condition

    params["createdDateTime"] = created_date_time

    json_created_date_time_condition: str | Unset = UNSET
    if not isinstance(created_date_time_condition, Unset):
        json_created_date_time_condition = str(created_date_time_condition)

    params["createdDateTimeCondition"] = json_created_date_time_condition

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customerinvoice",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ErrorDto | list[CustomerInvoiceDto] | None:
    if response.status_code == 200:
        _response_200 = json_loads(response.content)
        if not isinstance(_response_200, list):
            raise TypeError(
                f"response_200: expected an array, got {type(_response_200).__name__}"
            )
        response_200 = []
        for response_200_item_data in _response_200:
            response_200_item = CustomerInvoiceDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | ErrorDto | list[CustomerInvoiceDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    document_type: CustomerDocumentTypes | Unset = UNSET,
    released: int | Unset = UNSET,
    dunning_level: int | Unset = UNSET,
    closed_financial_period: str | Unset = UNSET,
    dunning_letter_date_time: str | Unset = UNSET,
    dunning_letter_date_time_condition: DateTimeCondition | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_applications: bool | Unset = UNSET,
    expand_dunning_information: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    expand_tax_details: bool | Unset = UNSET,
    expand_invoice_address: bool | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    document_due_date: str | Unset = UNSET,
    document_due_date_condition: DateTimeCondition | Unset = UNSET,
    status: DocumentStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    customer_ref_number: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    document_date: str | Unset = UNSET,
    document_date_condition: DateTimeCondition | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: DateTimeCondition | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: DateTimeCondition | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ErrorDto | list[CustomerInvoiceDto]]:
    """Get a range of Invoices

     Get a range of Invoices (ScreenId=AR301000). Paging is forced (change log 2020-May): the
    page size must be lower than or equal to the allowed max page size returned in each
    item's `metadata`; a larger requested page size is limited to the max page size. List
    items carry their own `timeStamp`; the response has no ETag header.

    Args:
        document_type (CustomerDocumentTypes | Unset): Customer ledger document type.
        released (int | Unset):
        dunning_level (int | Unset):
        closed_financial_period (str | Unset): Financial period as six digits, year then period
            (YYYYMM / YYYYPP), e.g. `202401`.
        dunning_letter_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-
            MM-dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        dunning_letter_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        project (str | Unset):
        expand_applications (bool | Unset):
        expand_dunning_information (bool | Unset):
        expand_attachments (bool | Unset):
        expand_tax_details (bool | Unset):
        expand_invoice_address (bool | Unset):
        financial_period (str | Unset): Financial period as six digits, year then period (YYYYMM /
            YYYYPP), e.g. `202401`.
        document_due_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        document_due_date_condition (DateTimeCondition | Unset): Comparison operator for a date
            filter (greater than, less than, greater or equal, less or equal).
        status (DocumentStatus | Unset): Status of a customer ledger document.
        number_to_read (int | Unset):
        skip_records (int | Unset):
        external_reference (str | Unset):
        payment_reference (str | Unset):
        customer_ref_number (str | Unset):
        customer (str | Unset):
        branch (str | Unset):
        document_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        document_date_condition (DateTimeCondition | Unset): Comparison operator for a date filter
            (greater than, less than, greater or equal, less or equal).
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-
            dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        last_modified_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        created_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        created_date_time_condition (DateTimeCondition | Unset): Comparison operator for a date
            filter (greater than, less than, greater or equal, less or equal).
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ErrorDto | list[CustomerInvoiceDto]]
    """

    kwargs = _get_kwargs(
        document_type=document_type,
        released=released,
        dunning_level=dunning_level,
        closed_financial_period=closed_financial_period,
        dunning_letter_date_time=dunning_letter_date_time,
        dunning_letter_date_time_condition=dunning_letter_date_time_condition,
        project=project,
        expand_applications=expand_applications,
        expand_dunning_information=expand_dunning_information,
        expand_attachments=expand_attachments,
        expand_tax_details=expand_tax_details,
        expand_invoice_address=expand_invoice_address,
        financial_period=financial_period,
        document_due_date=document_due_date,
        document_due_date_condition=document_due_date_condition,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        external_reference=external_reference,
        payment_reference=payment_reference,
        customer_ref_number=customer_ref_number,
        customer=customer,
        branch=branch,
        document_date=document_date,
        document_date_condition=document_date_condition,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
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
    document_type: CustomerDocumentTypes | Unset = UNSET,
    released: int | Unset = UNSET,
    dunning_level: int | Unset = UNSET,
    closed_financial_period: str | Unset = UNSET,
    dunning_letter_date_time: str | Unset = UNSET,
    dunning_letter_date_time_condition: DateTimeCondition | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_applications: bool | Unset = UNSET,
    expand_dunning_information: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    expand_tax_details: bool | Unset = UNSET,
    expand_invoice_address: bool | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    document_due_date: str | Unset = UNSET,
    document_due_date_condition: DateTimeCondition | Unset = UNSET,
    status: DocumentStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    customer_ref_number: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    document_date: str | Unset = UNSET,
    document_date_condition: DateTimeCondition | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: DateTimeCondition | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: DateTimeCondition | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ErrorDto | list[CustomerInvoiceDto] | None:
    """Get a range of Invoices

     Get a range of Invoices (ScreenId=AR301000). Paging is forced (change log 2020-May): the
    page size must be lower than or equal to the allowed max page size returned in each
    item's `metadata`; a larger requested page size is limited to the max page size. List
    items carry their own `timeStamp`; the response has no ETag header.

    Args:
        document_type (CustomerDocumentTypes | Unset): Customer ledger document type.
        released (int | Unset):
        dunning_level (int | Unset):
        closed_financial_period (str | Unset): Financial period as six digits, year then period
            (YYYYMM / YYYYPP), e.g. `202401`.
        dunning_letter_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-
            MM-dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        dunning_letter_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        project (str | Unset):
        expand_applications (bool | Unset):
        expand_dunning_information (bool | Unset):
        expand_attachments (bool | Unset):
        expand_tax_details (bool | Unset):
        expand_invoice_address (bool | Unset):
        financial_period (str | Unset): Financial period as six digits, year then period (YYYYMM /
            YYYYPP), e.g. `202401`.
        document_due_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        document_due_date_condition (DateTimeCondition | Unset): Comparison operator for a date
            filter (greater than, less than, greater or equal, less or equal).
        status (DocumentStatus | Unset): Status of a customer ledger document.
        number_to_read (int | Unset):
        skip_records (int | Unset):
        external_reference (str | Unset):
        payment_reference (str | Unset):
        customer_ref_number (str | Unset):
        customer (str | Unset):
        branch (str | Unset):
        document_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        document_date_condition (DateTimeCondition | Unset): Comparison operator for a date filter
            (greater than, less than, greater or equal, less or equal).
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-
            dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        last_modified_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        created_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        created_date_time_condition (DateTimeCondition | Unset): Comparison operator for a date
            filter (greater than, less than, greater or equal, less or equal).
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ErrorDto | list[CustomerInvoiceDto]
    """

    return sync_detailed(
        client=client,
        document_type=document_type,
        released=released,
        dunning_level=dunning_level,
        closed_financial_period=closed_financial_period,
        dunning_letter_date_time=dunning_letter_date_time,
        dunning_letter_date_time_condition=dunning_letter_date_time_condition,
        project=project,
        expand_applications=expand_applications,
        expand_dunning_information=expand_dunning_information,
        expand_attachments=expand_attachments,
        expand_tax_details=expand_tax_details,
        expand_invoice_address=expand_invoice_address,
        financial_period=financial_period,
        document_due_date=document_due_date,
        document_due_date_condition=document_due_date_condition,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        external_reference=external_reference,
        payment_reference=payment_reference,
        customer_ref_number=customer_ref_number,
        customer=customer,
        branch=branch,
        document_date=document_date,
        document_date_condition=document_date_condition,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    document_type: CustomerDocumentTypes | Unset = UNSET,
    released: int | Unset = UNSET,
    dunning_level: int | Unset = UNSET,
    closed_financial_period: str | Unset = UNSET,
    dunning_letter_date_time: str | Unset = UNSET,
    dunning_letter_date_time_condition: DateTimeCondition | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_applications: bool | Unset = UNSET,
    expand_dunning_information: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    expand_tax_details: bool | Unset = UNSET,
    expand_invoice_address: bool | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    document_due_date: str | Unset = UNSET,
    document_due_date_condition: DateTimeCondition | Unset = UNSET,
    status: DocumentStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    customer_ref_number: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    document_date: str | Unset = UNSET,
    document_date_condition: DateTimeCondition | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: DateTimeCondition | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: DateTimeCondition | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ErrorDto | list[CustomerInvoiceDto]]:
    """Get a range of Invoices

     Get a range of Invoices (ScreenId=AR301000). Paging is forced (change log 2020-May): the
    page size must be lower than or equal to the allowed max page size returned in each
    item's `metadata`; a larger requested page size is limited to the max page size. List
    items carry their own `timeStamp`; the response has no ETag header.

    Args:
        document_type (CustomerDocumentTypes | Unset): Customer ledger document type.
        released (int | Unset):
        dunning_level (int | Unset):
        closed_financial_period (str | Unset): Financial period as six digits, year then period
            (YYYYMM / YYYYPP), e.g. `202401`.
        dunning_letter_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-
            MM-dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        dunning_letter_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        project (str | Unset):
        expand_applications (bool | Unset):
        expand_dunning_information (bool | Unset):
        expand_attachments (bool | Unset):
        expand_tax_details (bool | Unset):
        expand_invoice_address (bool | Unset):
        financial_period (str | Unset): Financial period as six digits, year then period (YYYYMM /
            YYYYPP), e.g. `202401`.
        document_due_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        document_due_date_condition (DateTimeCondition | Unset): Comparison operator for a date
            filter (greater than, less than, greater or equal, less or equal).
        status (DocumentStatus | Unset): Status of a customer ledger document.
        number_to_read (int | Unset):
        skip_records (int | Unset):
        external_reference (str | Unset):
        payment_reference (str | Unset):
        customer_ref_number (str | Unset):
        customer (str | Unset):
        branch (str | Unset):
        document_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        document_date_condition (DateTimeCondition | Unset): Comparison operator for a date filter
            (greater than, less than, greater or equal, less or equal).
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-
            dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        last_modified_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        created_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        created_date_time_condition (DateTimeCondition | Unset): Comparison operator for a date
            filter (greater than, less than, greater or equal, less or equal).
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ErrorDto | list[CustomerInvoiceDto]]
    """

    kwargs = _get_kwargs(
        document_type=document_type,
        released=released,
        dunning_level=dunning_level,
        closed_financial_period=closed_financial_period,
        dunning_letter_date_time=dunning_letter_date_time,
        dunning_letter_date_time_condition=dunning_letter_date_time_condition,
        project=project,
        expand_applications=expand_applications,
        expand_dunning_information=expand_dunning_information,
        expand_attachments=expand_attachments,
        expand_tax_details=expand_tax_details,
        expand_invoice_address=expand_invoice_address,
        financial_period=financial_period,
        document_due_date=document_due_date,
        document_due_date_condition=document_due_date_condition,
        status=status,
        number_to_read=number_to_read,
        skip_records=skip_records,
        external_reference=external_reference,
        payment_reference=payment_reference,
        customer_ref_number=customer_ref_number,
        customer=customer,
        branch=branch,
        document_date=document_date,
        document_date_condition=document_date_condition,
        greater_than_value=greater_than_value,
        last_modified_date_time=last_modified_date_time,
        last_modified_date_time_condition=last_modified_date_time_condition,
        created_date_time=created_date_time,
        created_date_time_condition=created_date_time_condition,
        page_number=page_number,
        page_size=page_size,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    document_type: CustomerDocumentTypes | Unset = UNSET,
    released: int | Unset = UNSET,
    dunning_level: int | Unset = UNSET,
    closed_financial_period: str | Unset = UNSET,
    dunning_letter_date_time: str | Unset = UNSET,
    dunning_letter_date_time_condition: DateTimeCondition | Unset = UNSET,
    project: str | Unset = UNSET,
    expand_applications: bool | Unset = UNSET,
    expand_dunning_information: bool | Unset = UNSET,
    expand_attachments: bool | Unset = UNSET,
    expand_tax_details: bool | Unset = UNSET,
    expand_invoice_address: bool | Unset = UNSET,
    financial_period: str | Unset = UNSET,
    document_due_date: str | Unset = UNSET,
    document_due_date_condition: DateTimeCondition | Unset = UNSET,
    status: DocumentStatus | Unset = UNSET,
    number_to_read: int | Unset = UNSET,
    skip_records: int | Unset = UNSET,
    external_reference: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    customer_ref_number: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    branch: str | Unset = UNSET,
    document_date: str | Unset = UNSET,
    document_date_condition: DateTimeCondition | Unset = UNSET,
    greater_than_value: str | Unset = UNSET,
    last_modified_date_time: str | Unset = UNSET,
    last_modified_date_time_condition: DateTimeCondition | Unset = UNSET,
    created_date_time: str | Unset = UNSET,
    created_date_time_condition: DateTimeCondition | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ErrorDto | list[CustomerInvoiceDto] | None:
    """Get a range of Invoices

     Get a range of Invoices (ScreenId=AR301000). Paging is forced (change log 2020-May): the
    page size must be lower than or equal to the allowed max page size returned in each
    item's `metadata`; a larger requested page size is limited to the max page size. List
    items carry their own `timeStamp`; the response has no ETag header.

    Args:
        document_type (CustomerDocumentTypes | Unset): Customer ledger document type.
        released (int | Unset):
        dunning_level (int | Unset):
        closed_financial_period (str | Unset): Financial period as six digits, year then period
            (YYYYMM / YYYYPP), e.g. `202401`.
        dunning_letter_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-
            MM-dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        dunning_letter_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        project (str | Unset):
        expand_applications (bool | Unset):
        expand_dunning_information (bool | Unset):
        expand_attachments (bool | Unset):
        expand_tax_details (bool | Unset):
        expand_invoice_address (bool | Unset):
        financial_period (str | Unset): Financial period as six digits, year then period (YYYYMM /
            YYYYPP), e.g. `202401`.
        document_due_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        document_due_date_condition (DateTimeCondition | Unset): Comparison operator for a date
            filter (greater than, less than, greater or equal, less or equal).
        status (DocumentStatus | Unset): Status of a customer ledger document.
        number_to_read (int | Unset):
        skip_records (int | Unset):
        external_reference (str | Unset):
        payment_reference (str | Unset):
        customer_ref_number (str | Unset):
        customer (str | Unset):
        branch (str | Unset):
        document_date (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        document_date_condition (DateTimeCondition | Unset): Comparison operator for a date filter
            (greater than, less than, greater or equal, less or equal).
        greater_than_value (str | Unset):
        last_modified_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-
            dd HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their
            length; February 29 of a year that is not a leap year matches but is answered 400).
        last_modified_date_time_condition (DateTimeCondition | Unset): Comparison operator for a
            date filter (greater than, less than, greater or equal, less or equal).
        created_date_time (str | Unset): Date filter without offset: `yyyy-MM-dd`, `yyyy-MM-dd
            HH:mm:ss[.FFF]` or `yyyy-MM-ddTHH:mm:ss[.FFF]` (years 1000-9999; months of their length;
            February 29 of a year that is not a leap year matches but is answered 400).
        created_date_time_condition (DateTimeCondition | Unset): Comparison operator for a date
            filter (greater than, less than, greater or equal, less or equal).
        page_number (int | Unset):
        page_size (int | Unset):
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ErrorDto | list[CustomerInvoiceDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            document_type=document_type,
            released=released,
            dunning_level=dunning_level,
            closed_financial_period=closed_financial_period,
            dunning_letter_date_time=dunning_letter_date_time,
            dunning_letter_date_time_condition=dunning_letter_date_time_condition,
            project=project,
            expand_applications=expand_applications,
            expand_dunning_information=expand_dunning_information,
            expand_attachments=expand_attachments,
            expand_tax_details=expand_tax_details,
            expand_invoice_address=expand_invoice_address,
            financial_period=financial_period,
            document_due_date=document_due_date,
            document_due_date_condition=document_due_date_condition,
            status=status,
            number_to_read=number_to_read,
            skip_records=skip_records,
            external_reference=external_reference,
            payment_reference=payment_reference,
            customer_ref_number=customer_ref_number,
            customer=customer,
            branch=branch,
            document_date=document_date,
            document_date_condition=document_date_condition,
            greater_than_value=greater_than_value,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            created_date_time=created_date_time,
            created_date_time_condition=created_date_time_condition,
            page_number=page_number,
            page_size=page_size,
            erp_api_background=erp_api_background,
        )
    ).parsed
