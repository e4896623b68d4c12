from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.operator_id import OperatorId
from ...models.recipient_counts import RecipientCounts
from ...models.recipient_counts_envelope import RecipientCountsEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    main_category_id: int,
    sub_category_id: int | Unset = UNSET,
    operator_id: OperatorId | Unset = UNSET,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["main_category_id"] = main_category_id

    params["sub_category_id"] = sub_category_id

    json_operator_id: int | Unset = UNSET
    if not isinstance(operator_id, Unset):
        json_operator_id = operator_id.value

    params["operator_id"] = json_operator_id

    params["start"] = start

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/send/jobs/number-count",
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
    main_category_id: int,
    sub_category_id: int | Unset = UNSET,
    operator_id: OperatorId | Unset = UNSET,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[ErrorEnvelope | RecipientCountsEnvelope]:
    """Count the numbers of a job category

     Counts the numbers of each operator in a job category or sub-category: what a `job` send
    with those filters would reach (send/jobs/count.md).

    Args:
        main_category_id (int):
        sub_category_id (int | Unset):
        operator_id (OperatorId | Unset): An operator. 1 for MCI, 2 for Irancell, 13 for the
            others.
        start (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RecipientCountsEnvelope]
    """

    kwargs = _get_kwargs(
        main_category_id=main_category_id,
        sub_category_id=sub_category_id,
        operator_id=operator_id,
        start=start,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    main_category_id: int,
    sub_category_id: int | Unset = UNSET,
    operator_id: OperatorId | Unset = UNSET,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> ErrorEnvelope | RecipientCountsEnvelope | None:
    """Count the numbers of a job category

     Counts the numbers of each operator in a job category or sub-category: what a `job` send
    with those filters would reach (send/jobs/count.md).

    Args:
        main_category_id (int):
        sub_category_id (int | Unset):
        operator_id (OperatorId | Unset): An operator. 1 for MCI, 2 for Irancell, 13 for the
            others.
        start (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RecipientCountsEnvelope
    """

    return sync_detailed(
        client=client,
        main_category_id=main_category_id,
        sub_category_id=sub_category_id,
        operator_id=operator_id,
        start=start,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    main_category_id: int,
    sub_category_id: int | Unset = UNSET,
    operator_id: OperatorId | Unset = UNSET,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[ErrorEnvelope | RecipientCountsEnvelope]:
    """Count the numbers of a job category

     Counts the numbers of each operator in a job category or sub-category: what a `job` send
    with those filters would reach (send/jobs/count.md).

    Args:
        main_category_id (int):
        sub_category_id (int | Unset):
        operator_id (OperatorId | Unset): An operator. 1 for MCI, 2 for Irancell, 13 for the
            others.
        start (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RecipientCountsEnvelope]
    """

    kwargs = _get_kwargs(
        main_category_id=main_category_id,
        sub_category_id=sub_category_id,
        operator_id=operator_id,
        start=start,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    main_category_id: int,
    sub_category_id: int | Unset = UNSET,
    operator_id: OperatorId | Unset = UNSET,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> ErrorEnvelope | RecipientCountsEnvelope | None:
    """Count the numbers of a job category

     Counts the numbers of each operator in a job category or sub-category: what a `job` send
    with those filters would reach (send/jobs/count.md).

    Args:
        main_category_id (int):
        sub_category_id (int | Unset):
        operator_id (OperatorId | Unset): An operator. 1 for MCI, 2 for Irancell, 13 for the
            others.
        start (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RecipientCountsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            main_category_id=main_category_id,
            sub_category_id=sub_category_id,
            operator_id=operator_id,
            start=start,
            size=size,
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
    main_category_id: int,
    sub_category_id: int | Unset = UNSET,
    operator_id: OperatorId | Unset = UNSET,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> RecipientCounts:
    """Count the numbers of a job category

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. count_job_numbers is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            main_category_id=main_category_id,
            sub_category_id=sub_category_id,
            operator_id=operator_id,
            start=start,
            size=size,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    main_category_id: int,
    sub_category_id: int | Unset = UNSET,
    operator_id: OperatorId | Unset = UNSET,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> RecipientCounts:
    """Count the numbers of a job category

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. count_job_numbers is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            main_category_id=main_category_id,
            sub_category_id=sub_category_id,
            operator_id=operator_id,
            start=start,
            size=size,
        )
    ).data
