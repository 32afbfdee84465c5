from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.error_dto import ErrorDto
from ...models.rot_rut_dto import RotRutDto
from ...types import UNSET, Response, Unset, json_loads, path_segment


def _get_kwargs(
    ref_nbr: str,
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/customerinvoice/{path_segment(ref_nbr)}/rotrut",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ErrorDto | RotRutDto | None:
    if response.status_code == 200:
        response_200 = RotRutDto.from_dict(json_loads(response.content))

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

    if response.status_code == 404:
        response_404 = ErrorDto.from_dict(json_loads(response.content))

        return response_404

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
) -> Response[BackgroundApiAcceptedDto | ErrorDto | RotRutDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ref_nbr: str,
    *,
    client: AuthenticatedClient | Client,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ErrorDto | RotRutDto]:
    """Get Rot Rut informations for a Customer Invoice

     Data for the Rot Rut (Swedish household-service deduction) of one invoice.

    Args:
        ref_nbr (str): Document reference number (payment or invoice number), e.g. `000123`. Any
            characters a numbering series can hold (`/`, `.`, spaces included); in a path it is one
            percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ErrorDto | RotRutDto]
    """

    kwargs = _get_kwargs(
        ref_nbr=ref_nbr,
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ref_nbr: str,
    *,
    client: AuthenticatedClient | Client,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ErrorDto | RotRutDto | None:
    """Get Rot Rut informations for a Customer Invoice

     Data for the Rot Rut (Swedish household-service deduction) of one invoice.

    Args:
        ref_nbr (str): Document reference number (payment or invoice number), e.g. `000123`. Any
            characters a numbering series can hold (`/`, `.`, spaces included); in a path it is one
            percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ErrorDto | RotRutDto
    """

    return sync_detailed(
        ref_nbr=ref_nbr,
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    ref_nbr: str,
    *,
    client: AuthenticatedClient | Client,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ErrorDto | RotRutDto]:
    """Get Rot Rut informations for a Customer Invoice

     Data for the Rot Rut (Swedish household-service deduction) of one invoice.

    Args:
        ref_nbr (str): Document reference number (payment or invoice number), e.g. `000123`. Any
            characters a numbering series can hold (`/`, `.`, spaces included); in a path it is one
            percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ErrorDto | RotRutDto]
    """

    kwargs = _get_kwargs(
        ref_nbr=ref_nbr,
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ref_nbr: str,
    *,
    client: AuthenticatedClient | Client,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ErrorDto | RotRutDto | None:
    """Get Rot Rut informations for a Customer Invoice

     Data for the Rot Rut (Swedish household-service deduction) of one invoice.

    Args:
        ref_nbr (str): Document reference number (payment or invoice number), e.g. `000123`. Any
            characters a numbering series can hold (`/`, `.`, spaces included); in a path it is one
            percent-encoded segment (`2024%2F17`; `.` and `..` as `%2E` and `%2E%2E`).
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ErrorDto | RotRutDto
    """

    return (
        await asyncio_detailed(
            ref_nbr=ref_nbr,
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
