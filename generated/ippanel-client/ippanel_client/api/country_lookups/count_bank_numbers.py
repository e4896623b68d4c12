from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.gender_option_id import GenderOptionId
from ...models.recipient_counts import RecipientCounts
from ...models.recipient_counts_envelope import RecipientCountsEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender_id: GenderOptionId | Unset = UNSET,
    number_prefix: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["birth_year_from"] = birth_year_from

    params["birth_year_to"] = birth_year_to

    params["province_id"] = province_id

    params["county_id"] = county_id

    params["city_id"] = city_id

    json_gender_id: int | Unset = UNSET
    if not isinstance(gender_id, Unset):
        json_gender_id = gender_id.value

    params["gender_id"] = json_gender_id

    params["number_prefix"] = number_prefix

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/send/banks/counts",
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
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender_id: GenderOptionId | Unset = UNSET,
    number_prefix: str | Unset = UNSET,
) -> Response[ErrorEnvelope | RecipientCountsEnvelope]:
    """Count the numbers of a region

     Counts the numbers of each operator in a province, county or city, filtered by birth
    year, gender and prefix: what a `country` send with those filters would reach
    (send/country/count.md).

    The documentation's table marks `province_id`, `county_id` and `city_id` all required,
    while the v2 count needs only `province_id` and a county-wide or province-wide count is
    what the filters are for; here only `province_id` is required.

    Args:
        birth_year_from (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from
            1300 to 1410.
        birth_year_to (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from
            1300 to 1410.
        province_id (int):
        county_id (int | Unset):
        city_id (int | Unset):
        gender_id (GenderOptionId | Unset): A gender the number banks record, by its id in the
            genders look-up: 1 male, 2 female, 3
            organisation or legal person.
        number_prefix (str | Unset): A whole number written as a string of digits (the API returns
            many ids this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RecipientCountsEnvelope]
    """

    kwargs = _get_kwargs(
        birth_year_from=birth_year_from,
        birth_year_to=birth_year_to,
        province_id=province_id,
        county_id=county_id,
        city_id=city_id,
        gender_id=gender_id,
        number_prefix=number_prefix,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender_id: GenderOptionId | Unset = UNSET,
    number_prefix: str | Unset = UNSET,
) -> ErrorEnvelope | RecipientCountsEnvelope | None:
    """Count the numbers of a region

     Counts the numbers of each operator in a province, county or city, filtered by birth
    year, gender and prefix: what a `country` send with those filters would reach
    (send/country/count.md).

    The documentation's table marks `province_id`, `county_id` and `city_id` all required,
    while the v2 count needs only `province_id` and a county-wide or province-wide count is
    what the filters are for; here only `province_id` is required.

    Args:
        birth_year_from (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from
            1300 to 1410.
        birth_year_to (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from
            1300 to 1410.
        province_id (int):
        county_id (int | Unset):
        city_id (int | Unset):
        gender_id (GenderOptionId | Unset): A gender the number banks record, by its id in the
            genders look-up: 1 male, 2 female, 3
            organisation or legal person.
        number_prefix (str | Unset): A whole number written as a string of digits (the API returns
            many ids this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RecipientCountsEnvelope
    """

    return sync_detailed(
        client=client,
        birth_year_from=birth_year_from,
        birth_year_to=birth_year_to,
        province_id=province_id,
        county_id=county_id,
        city_id=city_id,
        gender_id=gender_id,
        number_prefix=number_prefix,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender_id: GenderOptionId | Unset = UNSET,
    number_prefix: str | Unset = UNSET,
) -> Response[ErrorEnvelope | RecipientCountsEnvelope]:
    """Count the numbers of a region

     Counts the numbers of each operator in a province, county or city, filtered by birth
    year, gender and prefix: what a `country` send with those filters would reach
    (send/country/count.md).

    The documentation's table marks `province_id`, `county_id` and `city_id` all required,
    while the v2 count needs only `province_id` and a county-wide or province-wide count is
    what the filters are for; here only `province_id` is required.

    Args:
        birth_year_from (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from
            1300 to 1410.
        birth_year_to (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from
            1300 to 1410.
        province_id (int):
        county_id (int | Unset):
        city_id (int | Unset):
        gender_id (GenderOptionId | Unset): A gender the number banks record, by its id in the
            genders look-up: 1 male, 2 female, 3
            organisation or legal person.
        number_prefix (str | Unset): A whole number written as a string of digits (the API returns
            many ids this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RecipientCountsEnvelope]
    """

    kwargs = _get_kwargs(
        birth_year_from=birth_year_from,
        birth_year_to=birth_year_to,
        province_id=province_id,
        county_id=county_id,
        city_id=city_id,
        gender_id=gender_id,
        number_prefix=number_prefix,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender_id: GenderOptionId | Unset = UNSET,
    number_prefix: str | Unset = UNSET,
) -> ErrorEnvelope | RecipientCountsEnvelope | None:
    """Count the numbers of a region

     Counts the numbers of each operator in a province, county or city, filtered by birth
    year, gender and prefix: what a `country` send with those filters would reach
    (send/country/count.md).

    The documentation's table marks `province_id`, `county_id` and `city_id` all required,
    while the v2 count needs only `province_id` and a county-wide or province-wide count is
    what the filters are for; here only `province_id` is required.

    Args:
        birth_year_from (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from
            1300 to 1410.
        birth_year_to (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from
            1300 to 1410.
        province_id (int):
        county_id (int | Unset):
        city_id (int | Unset):
        gender_id (GenderOptionId | Unset): A gender the number banks record, by its id in the
            genders look-up: 1 male, 2 female, 3
            organisation or legal person.
        number_prefix (str | Unset): A whole number written as a string of digits (the API returns
            many ids this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RecipientCountsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            birth_year_from=birth_year_from,
            birth_year_to=birth_year_to,
            province_id=province_id,
            county_id=county_id,
            city_id=city_id,
            gender_id=gender_id,
            number_prefix=number_prefix,
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
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender_id: GenderOptionId | Unset = UNSET,
    number_prefix: str | Unset = UNSET,
) -> RecipientCounts:
    """Count the numbers of a region

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. count_bank_numbers is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            birth_year_from=birth_year_from,
            birth_year_to=birth_year_to,
            province_id=province_id,
            county_id=county_id,
            city_id=city_id,
            gender_id=gender_id,
            number_prefix=number_prefix,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    province_id: int,
    county_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    gender_id: GenderOptionId | Unset = UNSET,
    number_prefix: str | Unset = UNSET,
) -> RecipientCounts:
    """Count the numbers of a region

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. count_bank_numbers is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            birth_year_from=birth_year_from,
            birth_year_to=birth_year_to,
            province_id=province_id,
            county_id=county_id,
            city_id=city_id,
            gender_id=gender_id,
            number_prefix=number_prefix,
        )
    ).data
