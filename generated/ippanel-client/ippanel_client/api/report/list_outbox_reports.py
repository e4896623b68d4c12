from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx
from attrs import evolve

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.outbox_bulk import OutboxBulk
from ...models.outbox_report_envelope import OutboxReportEnvelope
from ...models.outbox_report_request import OutboxReportRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OutboxReportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/report/new_list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | OutboxReportEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = OutboxReportEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | OutboxReportEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OutboxReportRequest,
) -> Response[ErrorEnvelope | OutboxReportEnvelope]:
    """List sent bulks (the outbox report)

     A page of the account's send requests ("bulks"), newest first, without their single
    messages: a bulk's recipients and their delivery come from the recipients list, its
    per-operator counts from bulk_stats.

    Unlike the other lists this is a POST, and it pages with `page` and **`limit`** in the body
    (not `page`/`per_page`); `filters` narrows it by sender, dates (Unix timestamps as strings),
    counts, text and `state_id` (the ten states are listed in `BulkState`). A `state_id` outside
    them gives a 422 with code `400-31`.

    Args:
        body (OutboxReportRequest): Which page of the outbox report to return, and its filters.
            This list pages with `page` and
            `limit` in the body, not the `page`/`per_page` query of the other lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OutboxReportEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OutboxReportRequest,
) -> ErrorEnvelope | OutboxReportEnvelope | None:
    """List sent bulks (the outbox report)

     A page of the account's send requests ("bulks"), newest first, without their single
    messages: a bulk's recipients and their delivery come from the recipients list, its
    per-operator counts from bulk_stats.

    Unlike the other lists this is a POST, and it pages with `page` and **`limit`** in the body
    (not `page`/`per_page`); `filters` narrows it by sender, dates (Unix timestamps as strings),
    counts, text and `state_id` (the ten states are listed in `BulkState`). A `state_id` outside
    them gives a 422 with code `400-31`.

    Args:
        body (OutboxReportRequest): Which page of the outbox report to return, and its filters.
            This list pages with `page` and
            `limit` in the body, not the `page`/`per_page` query of the other lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OutboxReportEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OutboxReportRequest,
) -> Response[ErrorEnvelope | OutboxReportEnvelope]:
    """List sent bulks (the outbox report)

     A page of the account's send requests ("bulks"), newest first, without their single
    messages: a bulk's recipients and their delivery come from the recipients list, its
    per-operator counts from bulk_stats.

    Unlike the other lists this is a POST, and it pages with `page` and **`limit`** in the body
    (not `page`/`per_page`); `filters` narrows it by sender, dates (Unix timestamps as strings),
    counts, text and `state_id` (the ten states are listed in `BulkState`). A `state_id` outside
    them gives a 422 with code `400-31`.

    Args:
        body (OutboxReportRequest): Which page of the outbox report to return, and its filters.
            This list pages with `page` and
            `limit` in the body, not the `page`/`per_page` query of the other lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OutboxReportEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OutboxReportRequest,
) -> ErrorEnvelope | OutboxReportEnvelope | None:
    """List sent bulks (the outbox report)

     A page of the account's send requests ("bulks"), newest first, without their single
    messages: a bulk's recipients and their delivery come from the recipients list, its
    per-operator counts from bulk_stats.

    Unlike the other lists this is a POST, and it pages with `page` and **`limit`** in the body
    (not `page`/`per_page`); `filters` narrows it by sender, dates (Unix timestamps as strings),
    counts, text and `state_id` (the ten states are listed in `BulkState`). A `state_id` outside
    them gives a 422 with code `400-31`.

    Args:
        body (OutboxReportRequest): Which page of the outbox report to return, and its filters.
            This list pages with `page` and
            `limit` in the body, not the `page`/`per_page` query of the other lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OutboxReportEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | OutboxReportEnvelope]) -> OutboxReportEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, OutboxReportEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    body: OutboxReportRequest,
) -> list[OutboxBulk]:
    """List sent bulks (the outbox report)

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_outbox_reports is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            body=body,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    body: OutboxReportRequest,
) -> list[OutboxBulk]:
    """List sent bulks (the outbox report)

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_outbox_reports is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).data


PAGE_SIZE_MAX = 1000
"""The documented maximum of `limit`: the page size of sync_all and asyncio_all unless told."""


def _page_size(size: int | Unset) -> int | Unset:
    if isinstance(size, Unset):
        return PAGE_SIZE_MAX
    if not 1 <= size <= PAGE_SIZE_MAX:
        raise ValueError(f"limit must be from 1 to {PAGE_SIZE_MAX}, not {size}")
    return size


def sync_all(
    *,
    client: AuthenticatedClient,
    body: OutboxReportRequest | Unset = UNSET,
) -> Iterator[OutboxBulk]:
    """List sent bulks (the outbox report): every item

    Every item of the list, page after page from page 1 to `meta.last_page`, each page asked for when
    the items before it are used up. Pages hold `limit` items (default and most: PAGE_SIZE_MAX, the
    documented maximum; set it, and any filters, in `body`, whose `page` is replaced). Raises what
    sync_data raises, on the page that fails."""
    request = OutboxReportRequest() if isinstance(body, Unset) else body
    size = _page_size(request.limit)
    page = 1
    while True:
        body = evolve(request, page=page, limit=size)
        envelope = _ok(
            sync_detailed(
                client=client,
                body=body,
            )
        )
        yield from envelope.data
        # Our own count, not meta.current_page: a server (or a mock) that repeats a page must not
        # make this loop forever.
        if not envelope.data or page >= envelope.meta.last_page:
            return
        page += 1


async def asyncio_all(
    *,
    client: AuthenticatedClient,
    body: OutboxReportRequest | Unset = UNSET,
) -> AsyncIterator[OutboxBulk]:
    """List sent bulks (the outbox report): every item

    Every item of the list, page after page from page 1 to `meta.last_page`, each page asked for when
    the items before it are used up. Pages hold `limit` items (default and most: PAGE_SIZE_MAX, the
    documented maximum; set it, and any filters, in `body`, whose `page` is replaced). Raises what
    sync_data raises, on the page that fails."""
    request = OutboxReportRequest() if isinstance(body, Unset) else body
    size = _page_size(request.limit)
    page = 1
    while True:
        body = evolve(request, page=page, limit=size)
        envelope = _ok(
            await asyncio_detailed(
                client=client,
                body=body,
            )
        )
        for item in envelope.data:
            yield item
        # Our own count, not meta.current_page: a server (or a mock) that repeats a page must not
        # make this loop forever.
        if not envelope.data or page >= envelope.meta.last_page:
            return
        page += 1
