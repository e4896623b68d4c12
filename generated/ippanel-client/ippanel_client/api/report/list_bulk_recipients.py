from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_recipient import BulkRecipient
from ...models.bulk_recipients_envelope import BulkRecipientsEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bulk_id: str,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bulk_id"] = bulk_id

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/report/recipients",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkRecipientsEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = BulkRecipientsEnvelope.from_dict(response.json())

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
) -> Response[BulkRecipientsEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    bulk_id: str,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> Response[BulkRecipientsEnvelope | ErrorEnvelope]:
    """List a bulk's recipients and their delivery

     A page of one bulk's recipients, each with its text and `message_status` (the five values
    are listed in `MessageStatus`). The delivery status is final once the bulk is finished.

    Args:
        bulk_id (str): A whole number written as a string of digits (the API returns many ids this
            way).
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkRecipientsEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        bulk_id=bulk_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    bulk_id: str,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> BulkRecipientsEnvelope | ErrorEnvelope | None:
    """List a bulk's recipients and their delivery

     A page of one bulk's recipients, each with its text and `message_status` (the five values
    are listed in `MessageStatus`). The delivery status is final once the bulk is finished.

    Args:
        bulk_id (str): A whole number written as a string of digits (the API returns many ids this
            way).
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkRecipientsEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        bulk_id=bulk_id,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    bulk_id: str,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> Response[BulkRecipientsEnvelope | ErrorEnvelope]:
    """List a bulk's recipients and their delivery

     A page of one bulk's recipients, each with its text and `message_status` (the five values
    are listed in `MessageStatus`). The delivery status is final once the bulk is finished.

    Args:
        bulk_id (str): A whole number written as a string of digits (the API returns many ids this
            way).
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkRecipientsEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        bulk_id=bulk_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    bulk_id: str,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> BulkRecipientsEnvelope | ErrorEnvelope | None:
    """List a bulk's recipients and their delivery

     A page of one bulk's recipients, each with its text and `message_status` (the five values
    are listed in `MessageStatus`). The delivery status is final once the bulk is finished.

    Args:
        bulk_id (str): A whole number written as a string of digits (the API returns many ids this
            way).
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkRecipientsEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            bulk_id=bulk_id,
            page=page,
            per_page=per_page,
        )
    ).parsed


def _ok(response: Response[BulkRecipientsEnvelope | ErrorEnvelope]) -> BulkRecipientsEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, BulkRecipientsEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    bulk_id: str,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> list[BulkRecipient]:
    """List a bulk's recipients and their delivery

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_bulk_recipients is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            bulk_id=bulk_id,
            page=page,
            per_page=per_page,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    bulk_id: str,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> list[BulkRecipient]:
    """List a bulk's recipients and their delivery

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_bulk_recipients is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            bulk_id=bulk_id,
            page=page,
            per_page=per_page,
        )
    ).data


PAGE_SIZE_MAX = 1000
"""The documented maximum of `per_page`: the page size of sync_all and asyncio_all unless told."""


def _page_size(size: int | Unset) -> int | Unset:
    if isinstance(size, Unset):
        return PAGE_SIZE_MAX
    if not 1 <= size <= PAGE_SIZE_MAX:
        raise ValueError(f"per_page must be from 1 to {PAGE_SIZE_MAX}, not {size}")
    return size


def sync_all(
    *,
    client: AuthenticatedClient,
    bulk_id: str,
    per_page: int | Unset = UNSET,
) -> Iterator[BulkRecipient]:
    """List a bulk's recipients and their delivery: every item

    Every item of the list, page after page from page 1 to `meta.last_page`, each page asked for when
    the items before it are used up. Pages hold `per_page` items (default and most: PAGE_SIZE_MAX, the
    documented maximum). Raises what sync_data raises, on the page that fails."""
    per_page = _page_size(per_page)
    page = 1
    while True:
        envelope = _ok(
            sync_detailed(
                client=client,
                bulk_id=bulk_id,
                page=page,
                per_page=per_page,
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
    bulk_id: str,
    per_page: int | Unset = UNSET,
) -> AsyncIterator[BulkRecipient]:
    """List a bulk's recipients and their delivery: every item

    Every item of the list, page after page from page 1 to `meta.last_page`, each page asked for when
    the items before it are used up. Pages hold `per_page` items (default and most: PAGE_SIZE_MAX, the
    documented maximum). Raises what sync_data raises, on the page that fails."""
    per_page = _page_size(per_page)
    page = 1
    while True:
        envelope = _ok(
            await asyncio_detailed(
                client=client,
                bulk_id=bulk_id,
                page=page,
                per_page=per_page,
            )
        )
        for item in envelope.data:
            yield item
        # Our own count, not meta.current_page: a server (or a mock) that repeats a page must not
        # make this loop forever.
        if not envelope.data or page >= envelope.meta.last_page:
            return
        page += 1
