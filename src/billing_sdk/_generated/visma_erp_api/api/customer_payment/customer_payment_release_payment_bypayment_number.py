from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.error_dto import ErrorDto
from ...models.release_payment_action_dto import ReleasePaymentActionDto
from ...models.release_payment_action_result_dto import ReleasePaymentActionResultDto
from ...types import UNSET, Response, Unset, json_dumps, json_loads, path_segment


def _get_kwargs(
    payment_number: str,
    *,
    body: ReleasePaymentActionDto,
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
        "url": f"/v1/customerPayment/{path_segment(payment_number)}/action/release",
    }

    _kwargs["json"] = body.to_dict()
    if "json" in _kwargs:
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | ErrorDto | None:
    if response.status_code == 202:

        def _parse_response_202(
            data: object,
        ) -> BackgroundApiAcceptedDto | ReleasePaymentActionResultDto:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_202_type_0 = BackgroundApiAcceptedDto.from_dict(data)

                return response_202_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_202_type_1 = ReleasePaymentActionResultDto.from_dict(data)

                return response_202_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"response_202: no member of the union accepts {type(data).__name__}"
            )

        response_202 = _parse_response_202(json_loads(response.content))

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
) -> Response[
    Any | BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | ErrorDto
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payment_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReleasePaymentActionDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[
    Any | BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | ErrorDto
]:
    """Release payment operation

     The action result DTO contains information about the result of running the action.
    Response has status BadRequest or InternalServerError if the POST fails. If-Match is
    checked against the current version also when calling with `erp-api-background`. On
    success the response carries the new ETag.

    Args:
        payment_number (str): Document reference number (payment or invoice number), e.g.
            `000123`. Any characters a numbering series can hold (`/`, `.`, spaces included); in a
            path it is one percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (ReleasePaymentActionDto): Body of the payment release action (the type of the
            payment, wrapped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | ErrorDto]
    """

    kwargs = _get_kwargs(
        payment_number=payment_number,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    payment_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReleasePaymentActionDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | ErrorDto | None:
    """Release payment operation

     The action result DTO contains information about the result of running the action.
    Response has status BadRequest or InternalServerError if the POST fails. If-Match is
    checked against the current version also when calling with `erp-api-background`. On
    success the response carries the new ETag.

    Args:
        payment_number (str): Document reference number (payment or invoice number), e.g.
            `000123`. Any characters a numbering series can hold (`/`, `.`, spaces included); in a
            path it is one percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (ReleasePaymentActionDto): Body of the payment release action (the type of the
            payment, wrapped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | ErrorDto
    """

    return sync_detailed(
        payment_number=payment_number,
        client=client,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    payment_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReleasePaymentActionDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[
    Any | BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | ErrorDto
]:
    """Release payment operation

     The action result DTO contains information about the result of running the action.
    Response has status BadRequest or InternalServerError if the POST fails. If-Match is
    checked against the current version also when calling with `erp-api-background`. On
    success the response carries the new ETag.

    Args:
        payment_number (str): Document reference number (payment or invoice number), e.g.
            `000123`. Any characters a numbering series can hold (`/`, `.`, spaces included); in a
            path it is one percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (ReleasePaymentActionDto): Body of the payment release action (the type of the
            payment, wrapped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | ErrorDto]
    """

    kwargs = _get_kwargs(
        payment_number=payment_number,
        body=body,
        erp_api_background=erp_api_background,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payment_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReleasePaymentActionDto,
    erp_api_background: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | ErrorDto | None:
    """Release payment operation

     The action result DTO contains information about the result of running the action.
    Response has status BadRequest or InternalServerError if the POST fails. If-Match is
    checked against the current version also when calling with `erp-api-background`. On
    success the response carries the new ETag.

    Args:
        payment_number (str): Document reference number (payment or invoice number), e.g.
            `000123`. Any characters a numbering series can hold (`/`, `.`, spaces included); in a
            path it is one percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):
        if_match (str | Unset):
        body (ReleasePaymentActionDto): Body of the payment release action (the type of the
            payment, wrapped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BackgroundApiAcceptedDto | ReleasePaymentActionResultDto | ErrorDto
    """

    return (
        await asyncio_detailed(
            payment_number=payment_number,
            client=client,
            body=body,
            erp_api_background=erp_api_background,
            if_match=if_match,
        )
    ).parsed
