from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field import CustomField
from ...models.custom_field_page_envelope import CustomFieldPageEnvelope
from ...models.custom_field_type import CustomFieldType
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: CustomFieldType | Unset = UNSET,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["title"] = title

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/phonebooks/options/list-new",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldPageEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = CustomFieldPageEnvelope.from_dict(response.json())

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
) -> Response[CustomFieldPageEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: CustomFieldType | Unset = UNSET,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> Response[CustomFieldPageEnvelope | ErrorEnvelope]:
    """List the custom fields

     Lists the account's custom fields, a page at a time (10 per page by default, at most
    1000), optionally filtered by type and title. The Edge documentation's table marks `type` and
    `title` required; on a list they are filters, and its own curl is the only example that sends
    them, so they are optional here.

    Args:
        type_ (CustomFieldType | Unset): What a custom field holds:

            - `int`: a whole number.
            - `string`: text.
            - `date`: a date (the documented values are written `1992/10/08` and `2025-05-20`).
        title (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldPageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
        title=title,
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
    type_: CustomFieldType | Unset = UNSET,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> CustomFieldPageEnvelope | ErrorEnvelope | None:
    """List the custom fields

     Lists the account's custom fields, a page at a time (10 per page by default, at most
    1000), optionally filtered by type and title. The Edge documentation's table marks `type` and
    `title` required; on a list they are filters, and its own curl is the only example that sends
    them, so they are optional here.

    Args:
        type_ (CustomFieldType | Unset): What a custom field holds:

            - `int`: a whole number.
            - `string`: text.
            - `date`: a date (the documented values are written `1992/10/08` and `2025-05-20`).
        title (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldPageEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        type_=type_,
        title=title,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: CustomFieldType | Unset = UNSET,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> Response[CustomFieldPageEnvelope | ErrorEnvelope]:
    """List the custom fields

     Lists the account's custom fields, a page at a time (10 per page by default, at most
    1000), optionally filtered by type and title. The Edge documentation's table marks `type` and
    `title` required; on a list they are filters, and its own curl is the only example that sends
    them, so they are optional here.

    Args:
        type_ (CustomFieldType | Unset): What a custom field holds:

            - `int`: a whole number.
            - `string`: text.
            - `date`: a date (the documented values are written `1992/10/08` and `2025-05-20`).
        title (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldPageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
        title=title,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: CustomFieldType | Unset = UNSET,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> CustomFieldPageEnvelope | ErrorEnvelope | None:
    """List the custom fields

     Lists the account's custom fields, a page at a time (10 per page by default, at most
    1000), optionally filtered by type and title. The Edge documentation's table marks `type` and
    `title` required; on a list they are filters, and its own curl is the only example that sends
    them, so they are optional here.

    Args:
        type_ (CustomFieldType | Unset): What a custom field holds:

            - `int`: a whole number.
            - `string`: text.
            - `date`: a date (the documented values are written `1992/10/08` and `2025-05-20`).
        title (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldPageEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            title=title,
            page=page,
            per_page=per_page,
        )
    ).parsed


def _ok(response: Response[CustomFieldPageEnvelope | ErrorEnvelope]) -> CustomFieldPageEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, CustomFieldPageEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    type_: CustomFieldType | Unset = UNSET,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> list[CustomField]:
    """List the custom fields

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_custom_fields is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            type_=type_,
            title=title,
            page=page,
            per_page=per_page,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    type_: CustomFieldType | Unset = UNSET,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> list[CustomField]:
    """List the custom fields

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_custom_fields is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            type_=type_,
            title=title,
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
    type_: CustomFieldType | Unset = UNSET,
    title: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Iterator[CustomField]:
    """List the custom fields: every item

    Every item of the list, page after page from page 1 to `meta.last_page`, each page asked for when
    the items before it are used up. Pages hold `per_page` items (default and most: PAGE_SIZE_MAX, the
    documented maximum). Raises what sync_data raises, on the page that fails."""
    per_page = _page_size(per_page)
    page = 1
    while True:
        envelope = _ok(
            sync_detailed(
                client=client,
                type_=type_,
                title=title,
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
    type_: CustomFieldType | Unset = UNSET,
    title: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> AsyncIterator[CustomField]:
    """List the custom fields: every item

    Every item of the list, page after page from page 1 to `meta.last_page`, each page asked for when
    the items before it are used up. Pages hold `per_page` items (default and most: PAGE_SIZE_MAX, the
    documented maximum). Raises what sync_data raises, on the page that fails."""
    per_page = _page_size(per_page)
    page = 1
    while True:
        envelope = _ok(
            await asyncio_detailed(
                client=client,
                type_=type_,
                title=title,
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
