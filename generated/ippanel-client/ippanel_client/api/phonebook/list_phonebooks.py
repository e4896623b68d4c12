from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.phonebook import Phonebook
from ...models.phonebook_page_envelope import PhonebookPageEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    title: str | Unset = UNSET,
    id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["title"] = title

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/phonebooks/list-new",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PhonebookPageEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = PhonebookPageEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PhonebookPageEnvelope]:
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
    title: str | Unset = UNSET,
    id: int | Unset = UNSET,
) -> Response[ErrorEnvelope | PhonebookPageEnvelope]:
    """List the phonebooks

     Lists the account's phonebooks with their contact counts and custom fields, a page at a
    time (10 per page by default, at most 1000), optionally filtered by title or id. The Edge
    documentation showed this as a POST until 2025-12-27; it is a GET.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        title (str | Unset):
        id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PhonebookPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        title=title,
        id=id,
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
    title: str | Unset = UNSET,
    id: int | Unset = UNSET,
) -> ErrorEnvelope | PhonebookPageEnvelope | None:
    """List the phonebooks

     Lists the account's phonebooks with their contact counts and custom fields, a page at a
    time (10 per page by default, at most 1000), optionally filtered by title or id. The Edge
    documentation showed this as a POST until 2025-12-27; it is a GET.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        title (str | Unset):
        id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PhonebookPageEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        title=title,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    title: str | Unset = UNSET,
    id: int | Unset = UNSET,
) -> Response[ErrorEnvelope | PhonebookPageEnvelope]:
    """List the phonebooks

     Lists the account's phonebooks with their contact counts and custom fields, a page at a
    time (10 per page by default, at most 1000), optionally filtered by title or id. The Edge
    documentation showed this as a POST until 2025-12-27; it is a GET.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        title (str | Unset):
        id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PhonebookPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        title=title,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    title: str | Unset = UNSET,
    id: int | Unset = UNSET,
) -> ErrorEnvelope | PhonebookPageEnvelope | None:
    """List the phonebooks

     Lists the account's phonebooks with their contact counts and custom fields, a page at a
    time (10 per page by default, at most 1000), optionally filtered by title or id. The Edge
    documentation showed this as a POST until 2025-12-27; it is a GET.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        title (str | Unset):
        id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PhonebookPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            title=title,
            id=id,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | PhonebookPageEnvelope]) -> PhonebookPageEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, PhonebookPageEnvelope):
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
    title: str | Unset = UNSET,
    id: int | Unset = UNSET,
) -> list[Phonebook]:
    """List the phonebooks

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_phonebooks is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            page=page,
            per_page=per_page,
            title=title,
            id=id,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    title: str | Unset = UNSET,
    id: int | Unset = UNSET,
) -> list[Phonebook]:
    """List the phonebooks

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_phonebooks is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            title=title,
            id=id,
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
    title: str | Unset = UNSET,
    id: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Iterator[Phonebook]:
    """List the phonebooks: every item

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
                title=title,
                id=id,
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
    title: str | Unset = UNSET,
    id: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> AsyncIterator[Phonebook]:
    """List the phonebooks: every item

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
                title=title,
                id=id,
            )
        )
        for item in envelope.data:
            yield item
        # Our own count, not meta.current_page: a server (or a mock) that repeats a page must not
        # make this loop forever.
        if not envelope.data or page >= envelope.meta.last_page:
            return
        page += 1
