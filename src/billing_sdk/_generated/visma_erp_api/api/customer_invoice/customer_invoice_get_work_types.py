from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_api_accepted_dto import BackgroundApiAcceptedDto
from ...models.error_dto import ErrorDto
from ...models.work_type_dto import WorkTypeDto
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    erp_api_background: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(erp_api_background, Unset):
        headers["erp-api-background"] = erp_api_background

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customerinvoice/worktypes",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundApiAcceptedDto | ErrorDto | list[WorkTypeDto] | None:
    if response.status_code == 200:
        _response_200 = json_loads(response.content)
        if not isinstance(_response_200, list):
            raise TypeError(
                f"response_200: expected an array, got {type(_response_200).__name__}"
            )
        response_200 = []
        for response_200_item_data in _response_200:
            response_200_item = WorkTypeDto.from_dict(response_200_item_data)

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
) -> Response[BackgroundApiAcceptedDto | ErrorDto | list[WorkTypeDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ErrorDto | list[WorkTypeDto]]:
    """Get all Work Types

     Data for the Work Type (ROT/RUT work types, Swedish market).

    Args:
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ErrorDto | list[WorkTypeDto]]
    """

    kwargs = _get_kwargs(
        erp_api_background=erp_api_background,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ErrorDto | list[WorkTypeDto] | None:
    """Get all Work Types

     Data for the Work Type (ROT/RUT work types, Swedish market).

    Args:
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ErrorDto | list[WorkTypeDto]
    """

    return sync_detailed(
        client=client,
        erp_api_background=erp_api_background,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    erp_api_background: str | Unset = UNSET,
) -> Response[BackgroundApiAcceptedDto | ErrorDto | list[WorkTypeDto]]:
    """Get all Work Types

     Data for the Work Type (ROT/RUT work types, Swedish market).

    Args:
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundApiAcceptedDto | ErrorDto | list[WorkTypeDto]]
    """

    kwargs = _get_kwargs(
        erp_api_background=erp_api_background,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    erp_api_background: str | Unset = UNSET,
) -> BackgroundApiAcceptedDto | ErrorDto | list[WorkTypeDto] | None:
    """Get all Work Types

     Data for the Work Type (ROT/RUT work types, Swedish market).

    Args:
        erp_api_background (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundApiAcceptedDto | ErrorDto | list[WorkTypeDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            erp_api_background=erp_api_background,
        )
    ).parsed
