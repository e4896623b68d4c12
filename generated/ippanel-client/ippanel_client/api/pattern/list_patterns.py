from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.pattern import Pattern
from ...models.pattern_page_envelope import PatternPageEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    filtercode: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filteris_share: bool | Unset = UNSET,
    filterstate: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["filter[code]"] = filtercode

    params["filter[title]"] = filtertitle

    params["filter[is_share]"] = filteris_share

    params["filter[state]"] = filterstate

    params["filter[type]"] = filtertype

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/patterns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PatternPageEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = PatternPageEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PatternPageEnvelope]:
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
    per_page: int | Unset = 10,
    filtercode: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filteris_share: bool | Unset = UNSET,
    filterstate: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
) -> Response[ErrorEnvelope | PatternPageEnvelope]:
    """List the patterns

     Lists the account's patterns, a page at a time (10 per page by default, at most 100),
    optionally filtered. Leave a filter out rather than sending it empty, as the Edge
    documentation asks.

    The documentation also shows a 422 that requires `code` and `title`; every filter is
    optional, so it is kept as documented but presumably copied from another page.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filtercode (str | Unset):
        filtertitle (str | Unset):
        filteris_share (bool | Unset):
        filterstate (str | Unset):
        filtertype (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PatternPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        filtercode=filtercode,
        filtertitle=filtertitle,
        filteris_share=filteris_share,
        filterstate=filterstate,
        filtertype=filtertype,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    filtercode: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filteris_share: bool | Unset = UNSET,
    filterstate: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
) -> ErrorEnvelope | PatternPageEnvelope | None:
    """List the patterns

     Lists the account's patterns, a page at a time (10 per page by default, at most 100),
    optionally filtered. Leave a filter out rather than sending it empty, as the Edge
    documentation asks.

    The documentation also shows a 422 that requires `code` and `title`; every filter is
    optional, so it is kept as documented but presumably copied from another page.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filtercode (str | Unset):
        filtertitle (str | Unset):
        filteris_share (bool | Unset):
        filterstate (str | Unset):
        filtertype (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PatternPageEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        filtercode=filtercode,
        filtertitle=filtertitle,
        filteris_share=filteris_share,
        filterstate=filterstate,
        filtertype=filtertype,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    filtercode: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filteris_share: bool | Unset = UNSET,
    filterstate: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
) -> Response[ErrorEnvelope | PatternPageEnvelope]:
    """List the patterns

     Lists the account's patterns, a page at a time (10 per page by default, at most 100),
    optionally filtered. Leave a filter out rather than sending it empty, as the Edge
    documentation asks.

    The documentation also shows a 422 that requires `code` and `title`; every filter is
    optional, so it is kept as documented but presumably copied from another page.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filtercode (str | Unset):
        filtertitle (str | Unset):
        filteris_share (bool | Unset):
        filterstate (str | Unset):
        filtertype (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PatternPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        filtercode=filtercode,
        filtertitle=filtertitle,
        filteris_share=filteris_share,
        filterstate=filterstate,
        filtertype=filtertype,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    filtercode: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filteris_share: bool | Unset = UNSET,
    filterstate: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
) -> ErrorEnvelope | PatternPageEnvelope | None:
    """List the patterns

     Lists the account's patterns, a page at a time (10 per page by default, at most 100),
    optionally filtered. Leave a filter out rather than sending it empty, as the Edge
    documentation asks.

    The documentation also shows a 422 that requires `code` and `title`; every filter is
    optional, so it is kept as documented but presumably copied from another page.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        filtercode (str | Unset):
        filtertitle (str | Unset):
        filteris_share (bool | Unset):
        filterstate (str | Unset):
        filtertype (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PatternPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            filtercode=filtercode,
            filtertitle=filtertitle,
            filteris_share=filteris_share,
            filterstate=filterstate,
            filtertype=filtertype,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | PatternPageEnvelope]) -> PatternPageEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, PatternPageEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    filtercode: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filteris_share: bool | Unset = UNSET,
    filterstate: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
) -> list[Pattern]:
    """List the patterns

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_patterns is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            page=page,
            per_page=per_page,
            filtercode=filtercode,
            filtertitle=filtertitle,
            filteris_share=filteris_share,
            filterstate=filterstate,
            filtertype=filtertype,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    filtercode: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filteris_share: bool | Unset = UNSET,
    filterstate: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
) -> list[Pattern]:
    """List the patterns

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_patterns is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            filtercode=filtercode,
            filtertitle=filtertitle,
            filteris_share=filteris_share,
            filterstate=filterstate,
            filtertype=filtertype,
        )
    ).data


PAGE_SIZE_MAX = 100
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
    filtercode: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filteris_share: bool | Unset = UNSET,
    filterstate: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Iterator[Pattern]:
    """List the patterns: every item

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
                filtercode=filtercode,
                filtertitle=filtertitle,
                filteris_share=filteris_share,
                filterstate=filterstate,
                filtertype=filtertype,
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
    filtercode: str | Unset = UNSET,
    filtertitle: str | Unset = UNSET,
    filteris_share: bool | Unset = UNSET,
    filterstate: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> AsyncIterator[Pattern]:
    """List the patterns: every item

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
                filtercode=filtercode,
                filtertitle=filtertitle,
                filteris_share=filteris_share,
                filterstate=filterstate,
                filtertype=filtertype,
            )
        )
        for item in envelope.data:
            yield item
        # Our own count, not meta.current_page: a server (or a mock) that repeats a page must not
        # make this loop forever.
        if not envelope.data or page >= envelope.meta.last_page:
            return
        page += 1
