from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.outbox_report_envelope import OutboxReportEnvelope
from ...models.outbox_report_request import OutboxReportRequest
from ...types import Response


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
