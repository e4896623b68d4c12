from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.gender_filter import GenderFilter
from ...models.recipient_counts import RecipientCounts
from ...models.recipient_counts_envelope import RecipientCountsEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_age: int | Unset = UNSET,
    to_age: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender: GenderFilter | Unset = UNSET,
    pre: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from_age"] = from_age

    params["to_age"] = to_age

    params["province_id"] = province_id

    params["county_id"] = county_id

    params["city_id"] = city_id

    json_gender: int | Unset = UNSET
    if not isinstance(gender, Unset):
        json_gender = gender.value

    params["gender"] = json_gender

    params["pre"] = pre

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/api/send/banks/counts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | RecipientCountsEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = RecipientCountsEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | RecipientCountsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_age: int | Unset = UNSET,
    to_age: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender: GenderFilter | Unset = UNSET,
    pre: str | Unset = UNSET,
) -> Response[ErrorEnvelope | RecipientCountsEnvelope]:
    """Count the numbers of a region (v2)

     Counts the numbers of each operator in a province, county or city, filtered by birth
    year, gender and prefix: what a `geolocation` send with those filters would reach
    (send/countryV2/count.md). `from_age` and `to_age` are called ages, but the
    documentation's example passes birth years (1304, 1404), as the `geolocation` send does.

    Args:
        from_age (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to
            1410.
        to_age (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to
            1410.
        province_id (int):
        county_id (int | Unset):
        city_id (int | Unset):
        gender (GenderFilter | Unset): Only this gender; 1 for male, 2 for female. Left out, every
            gender.
        pre (str | Unset): A whole number written as a string of digits (the API returns many ids
            this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RecipientCountsEnvelope]
    """

    kwargs = _get_kwargs(
        from_age=from_age,
        to_age=to_age,
        province_id=province_id,
        county_id=county_id,
        city_id=city_id,
        gender=gender,
        pre=pre,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_age: int | Unset = UNSET,
    to_age: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender: GenderFilter | Unset = UNSET,
    pre: str | Unset = UNSET,
) -> ErrorEnvelope | RecipientCountsEnvelope | None:
    """Count the numbers of a region (v2)

     Counts the numbers of each operator in a province, county or city, filtered by birth
    year, gender and prefix: what a `geolocation` send with those filters would reach
    (send/countryV2/count.md). `from_age` and `to_age` are called ages, but the
    documentation's example passes birth years (1304, 1404), as the `geolocation` send does.

    Args:
        from_age (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to
            1410.
        to_age (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to
            1410.
        province_id (int):
        county_id (int | Unset):
        city_id (int | Unset):
        gender (GenderFilter | Unset): Only this gender; 1 for male, 2 for female. Left out, every
            gender.
        pre (str | Unset): A whole number written as a string of digits (the API returns many ids
            this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RecipientCountsEnvelope
    """

    return sync_detailed(
        client=client,
        from_age=from_age,
        to_age=to_age,
        province_id=province_id,
        county_id=county_id,
        city_id=city_id,
        gender=gender,
        pre=pre,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_age: int | Unset = UNSET,
    to_age: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender: GenderFilter | Unset = UNSET,
    pre: str | Unset = UNSET,
) -> Response[ErrorEnvelope | RecipientCountsEnvelope]:
    """Count the numbers of a region (v2)

     Counts the numbers of each operator in a province, county or city, filtered by birth
    year, gender and prefix: what a `geolocation` send with those filters would reach
    (send/countryV2/count.md). `from_age` and `to_age` are called ages, but the
    documentation's example passes birth years (1304, 1404), as the `geolocation` send does.

    Args:
        from_age (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to
            1410.
        to_age (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to
            1410.
        province_id (int):
        county_id (int | Unset):
        city_id (int | Unset):
        gender (GenderFilter | Unset): Only this gender; 1 for male, 2 for female. Left out, every
            gender.
        pre (str | Unset): A whole number written as a string of digits (the API returns many ids
            this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RecipientCountsEnvelope]
    """

    kwargs = _get_kwargs(
        from_age=from_age,
        to_age=to_age,
        province_id=province_id,
        county_id=county_id,
        city_id=city_id,
        gender=gender,
        pre=pre,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_age: int | Unset = UNSET,
    to_age: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender: GenderFilter | Unset = UNSET,
    pre: str | Unset = UNSET,
) -> ErrorEnvelope | RecipientCountsEnvelope | None:
    """Count the numbers of a region (v2)

     Counts the numbers of each operator in a province, county or city, filtered by birth
    year, gender and prefix: what a `geolocation` send with those filters would reach
    (send/countryV2/count.md). `from_age` and `to_age` are called ages, but the
    documentation's example passes birth years (1304, 1404), as the `geolocation` send does.

    Args:
        from_age (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to
            1410.
        to_age (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to
            1410.
        province_id (int):
        county_id (int | Unset):
        city_id (int | Unset):
        gender (GenderFilter | Unset): Only this gender; 1 for male, 2 for female. Left out, every
            gender.
        pre (str | Unset): A whole number written as a string of digits (the API returns many ids
            this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RecipientCountsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            from_age=from_age,
            to_age=to_age,
            province_id=province_id,
            county_id=county_id,
            city_id=city_id,
            gender=gender,
            pre=pre,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | RecipientCountsEnvelope]) -> RecipientCountsEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, RecipientCountsEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    from_age: int | Unset = UNSET,
    to_age: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender: GenderFilter | Unset = UNSET,
    pre: str | Unset = UNSET,
) -> RecipientCounts:
    """Count the numbers of a region (v2)

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. count_geolocation_numbers is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            from_age=from_age,
            to_age=to_age,
            province_id=province_id,
            county_id=county_id,
            city_id=city_id,
            gender=gender,
            pre=pre,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    from_age: int | Unset = UNSET,
    to_age: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender: GenderFilter | Unset = UNSET,
    pre: str | Unset = UNSET,
) -> RecipientCounts:
    """Count the numbers of a region (v2)

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. count_geolocation_numbers is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            from_age=from_age,
            to_age=to_age,
            province_id=province_id,
            county_id=county_id,
            city_id=city_id,
            gender=gender,
            pre=pre,
        )
    ).data
