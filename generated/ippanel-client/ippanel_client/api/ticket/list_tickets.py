from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.ticket import Ticket
from ...models.ticket_state import TicketState
from ...models.tickets_envelope import TicketsEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    username: str | Unset = UNSET,
    ticket_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    sub_category_id: int | Unset = UNSET,
    state_id: TicketState | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["username"] = username

    params["ticket_id"] = ticket_id

    params["category_id"] = category_id

    params["sub_category_id"] = sub_category_id

    json_state_id: int | Unset = UNSET
    if not isinstance(state_id, Unset):
        json_state_id = state_id.value

    params["state_id"] = json_state_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ticket",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TicketsEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = TicketsEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TicketsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    username: str | Unset = UNSET,
    ticket_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    sub_category_id: int | Unset = UNSET,
    state_id: TicketState | Unset = UNSET,
) -> Response[ErrorEnvelope | TicketsEnvelope]:
    """List tickets

     A page of the tickets under the reseller's account, optionally filtered. Leave out a filter
    to not filter by it: the docs warn against sending one empty or null. The list's `meta`
    has no `path`.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        username (str | Unset):
        ticket_id (int | Unset):
        category_id (int | Unset):
        sub_category_id (int | Unset):
        state_id (TicketState | Unset): Where a ticket stands:

            | value | meaning |
            |---|---|
            | `1` | waiting for the user's response |
            | `2` | waiting for support |
            | `3` | answered |
            | `4` | closed |
            | `5` | forwarded to another department |

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TicketsEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        username=username,
        ticket_id=ticket_id,
        category_id=category_id,
        sub_category_id=sub_category_id,
        state_id=state_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    username: str | Unset = UNSET,
    ticket_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    sub_category_id: int | Unset = UNSET,
    state_id: TicketState | Unset = UNSET,
) -> ErrorEnvelope | TicketsEnvelope | None:
    """List tickets

     A page of the tickets under the reseller's account, optionally filtered. Leave out a filter
    to not filter by it: the docs warn against sending one empty or null. The list's `meta`
    has no `path`.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        username (str | Unset):
        ticket_id (int | Unset):
        category_id (int | Unset):
        sub_category_id (int | Unset):
        state_id (TicketState | Unset): Where a ticket stands:

            | value | meaning |
            |---|---|
            | `1` | waiting for the user's response |
            | `2` | waiting for support |
            | `3` | answered |
            | `4` | closed |
            | `5` | forwarded to another department |

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TicketsEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        username=username,
        ticket_id=ticket_id,
        category_id=category_id,
        sub_category_id=sub_category_id,
        state_id=state_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    username: str | Unset = UNSET,
    ticket_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    sub_category_id: int | Unset = UNSET,
    state_id: TicketState | Unset = UNSET,
) -> Response[ErrorEnvelope | TicketsEnvelope]:
    """List tickets

     A page of the tickets under the reseller's account, optionally filtered. Leave out a filter
    to not filter by it: the docs warn against sending one empty or null. The list's `meta`
    has no `path`.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        username (str | Unset):
        ticket_id (int | Unset):
        category_id (int | Unset):
        sub_category_id (int | Unset):
        state_id (TicketState | Unset): Where a ticket stands:

            | value | meaning |
            |---|---|
            | `1` | waiting for the user's response |
            | `2` | waiting for support |
            | `3` | answered |
            | `4` | closed |
            | `5` | forwarded to another department |

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TicketsEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        username=username,
        ticket_id=ticket_id,
        category_id=category_id,
        sub_category_id=sub_category_id,
        state_id=state_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    username: str | Unset = UNSET,
    ticket_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    sub_category_id: int | Unset = UNSET,
    state_id: TicketState | Unset = UNSET,
) -> ErrorEnvelope | TicketsEnvelope | None:
    """List tickets

     A page of the tickets under the reseller's account, optionally filtered. Leave out a filter
    to not filter by it: the docs warn against sending one empty or null. The list's `meta`
    has no `path`.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        username (str | Unset):
        ticket_id (int | Unset):
        category_id (int | Unset):
        sub_category_id (int | Unset):
        state_id (TicketState | Unset): Where a ticket stands:

            | value | meaning |
            |---|---|
            | `1` | waiting for the user's response |
            | `2` | waiting for support |
            | `3` | answered |
            | `4` | closed |
            | `5` | forwarded to another department |

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TicketsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            username=username,
            ticket_id=ticket_id,
            category_id=category_id,
            sub_category_id=sub_category_id,
            state_id=state_id,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | TicketsEnvelope]) -> TicketsEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, TicketsEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    username: str | Unset = UNSET,
    ticket_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    sub_category_id: int | Unset = UNSET,
    state_id: TicketState | Unset = UNSET,
) -> list[Ticket]:
    """List tickets

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_tickets is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            page=page,
            per_page=per_page,
            username=username,
            ticket_id=ticket_id,
            category_id=category_id,
            sub_category_id=sub_category_id,
            state_id=state_id,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    username: str | Unset = UNSET,
    ticket_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    sub_category_id: int | Unset = UNSET,
    state_id: TicketState | Unset = UNSET,
) -> list[Ticket]:
    """List tickets

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_tickets is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            username=username,
            ticket_id=ticket_id,
            category_id=category_id,
            sub_category_id=sub_category_id,
            state_id=state_id,
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
    username: str | Unset = UNSET,
    ticket_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    sub_category_id: int | Unset = UNSET,
    state_id: TicketState | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Iterator[Ticket]:
    """List tickets: every item

    Every item of the list, page after page from page 1 to `meta.last_page`, each page asked for when
    the items before it are used up. Pages hold `per_page` items (default and most: PAGE_SIZE_MAX, the
    documented maximum). Raises what sync_data raises, on the page that fails."""
    per_page = _page_size(per_page)
    page = 1
    while True:
        envelope = _ok(
            sync_detailed(
                client=client,
                page=page,
                per_page=per_page,
                username=username,
                ticket_id=ticket_id,
                category_id=category_id,
                sub_category_id=sub_category_id,
                state_id=state_id,
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
    username: str | Unset = UNSET,
    ticket_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    sub_category_id: int | Unset = UNSET,
    state_id: TicketState | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> AsyncIterator[Ticket]:
    """List tickets: every item

    Every item of the list, page after page from page 1 to `meta.last_page`, each page asked for when
    the items before it are used up. Pages hold `per_page` items (default and most: PAGE_SIZE_MAX, the
    documented maximum). Raises what sync_data raises, on the page that fails."""
    per_page = _page_size(per_page)
    page = 1
    while True:
        envelope = _ok(
            await asyncio_detailed(
                client=client,
                page=page,
                per_page=per_page,
                username=username,
                ticket_id=ticket_id,
                category_id=category_id,
                sub_category_id=sub_category_id,
                state_id=state_id,
            )
        )
        for item in envelope.data:
            yield item
        # Our own count, not meta.current_page: a server (or a mock) that repeats a page must not
        # make this loop forever.
        if not envelope.data or page >= envelope.meta.last_page:
            return
        page += 1
