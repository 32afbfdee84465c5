from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_upload_form import AttachmentUploadForm
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.error_dto import ErrorDto
from ...types import UNSET, Response, Unset, json_loads, path_segment


def _get_kwargs(
    invoice_number: str,
    *,
    body: AttachmentUploadForm,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v1/customerinvoice/{path_segment(invoice_number)}/attachment",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

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

    if response.status_code == 404:
        response_404 = ErrorDto.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 412:
        response_412 = None
        return response_412

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
    invoice_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachmentUploadForm,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | ErrorDto]:
    """Creates an attachment and associates it with an invoice

     Creates an attachment and associates it with an invoice. If the file already exists, a
    new revision is created. Response has status Created if the POST succeeds, BadRequest if
    it fails. If-Match is checked against the current version also when calling with
    `erp-api-background`. The response headers include an ETag after a successful POST.

    Args:
        invoice_number (str): Document reference number (payment or invoice number), e.g.
            `000123`. Any characters a numbering series can hold (`/`, `.`, spaces included); in a
            path it is one percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (AttachmentUploadForm): Multipart body of the attachment uploads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | ErrorDto]
    """

    kwargs = _get_kwargs(
        invoice_number=invoice_number,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachmentUploadForm,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | ErrorDto | None:
    """Creates an attachment and associates it with an invoice

     Creates an attachment and associates it with an invoice. If the file already exists, a
    new revision is created. Response has status Created if the POST succeeds, BadRequest if
    it fails. If-Match is checked against the current version also when calling with
    `erp-api-background`. The response headers include an ETag after a successful POST.

    Args:
        invoice_number (str): Document reference number (payment or invoice number), e.g.
            `000123`. Any characters a numbering series can hold (`/`, `.`, spaces included); in a
            path it is one percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (AttachmentUploadForm): Multipart body of the attachment uploads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | ErrorDto
    """

    return sync_detailed(
        invoice_number=invoice_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    invoice_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachmentUploadForm,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | BackgroundApiAcceptedDto | ErrorDto]:
    """Creates an attachment and associates it with an invoice

     Creates an attachment and associates it with an invoice. If the file already exists, a
    new revision is created. Response has status Created if the POST succeeds, BadRequest if
    it fails. If-Match is checked against the current version also when calling with
    `erp-api-background`. The response headers include an ETag after a successful POST.

    Args:
        invoice_number (str): Document reference number (payment or invoice number), e.g.
            `000123`. Any characters a numbering series can hold (`/`, `.`, spaces included); in a
            path it is one percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (AttachmentUploadForm): Multipart body of the attachment uploads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | ErrorDto]
    """

    kwargs = _get_kwargs(
        invoice_number=invoice_number,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: AttachmentUploadForm,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | ErrorDto | None:
    """Creates an attachment and associates it with an invoice

     Creates an attachment and associates it with an invoice. If the file already exists, a
    new revision is created. Response has status Created if the POST succeeds, BadRequest if
    it fails. If-Match is checked against the current version also when calling with
    `erp-api-background`. The response headers include an ETag after a successful POST.

    Args:
        invoice_number (str): Document reference number (payment or invoice number), e.g.
            `000123`. Any characters a numbering series can hold (`/`, `.`, spaces included); in a
            path it is one percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (AttachmentUploadForm): Multipart body of the attachment uploads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | ErrorDto
    """

    return (
        await asyncio_detailed(
            invoice_number=invoice_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
            if_match=if_match,
        )
    ).parsed
