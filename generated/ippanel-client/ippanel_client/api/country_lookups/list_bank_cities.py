from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.region import Region
from ...models.region_list_envelope import RegionListEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    county_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["county_id"] = county_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/send/banks/cities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | RegionListEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = RegionListEnvelope.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponseBody(response.status_code, response.content, error) from error
    if response.status_code == 401:
        try:
            response_401 = ErrorEnvelope.from_dict(response.json())

            return response_401

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponseBody(response.status_code, response.content, error) from error
    if response.status_code == 422:
        try:
            response_422 = ErrorEnvelope.from_dict(response.json())

            return response_422

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponseBody(response.status_code, response.content, error) from error
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | RegionListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    county_id: int,
) -> Response[ErrorEnvelope | RegionListEnvelope]:
    """List the cities of a county

     Lists the cities of one county, with the ids that `country` sends and the counts take
    (send/country/city.md).

    Args:
        county_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RegionListEnvelope]
    """

    kwargs = _get_kwargs(
        county_id=county_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    county_id: int,
) -> ErrorEnvelope | RegionListEnvelope | None:
    """List the cities of a county

     Lists the cities of one county, with the ids that `country` sends and the counts take
    (send/country/city.md).

    Args:
        county_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RegionListEnvelope
    """

    return sync_detailed(
        client=client,
        county_id=county_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    county_id: int,
) -> Response[ErrorEnvelope | RegionListEnvelope]:
    """List the cities of a county

     Lists the cities of one county, with the ids that `country` sends and the counts take
    (send/country/city.md).

    Args:
        county_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RegionListEnvelope]
    """

    kwargs = _get_kwargs(
        county_id=county_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    county_id: int,
) -> ErrorEnvelope | RegionListEnvelope | None:
    """List the cities of a county

     Lists the cities of one county, with the ids that `country` sends and the counts take
    (send/country/city.md).

    Args:
        county_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RegionListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            county_id=county_id,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | RegionListEnvelope]) -> RegionListEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, RegionListEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    county_id: int,
) -> list[Region]:
    """List the cities of a county

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_bank_cities is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            county_id=county_id,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    county_id: int,
) -> list[Region]:
    """List the cities of a county

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_bank_cities is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            county_id=county_id,
        )
    ).data
