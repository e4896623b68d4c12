from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_users_add_status import ListUsersAddStatus
from ...models.list_users_is_bought_panel import ListUsersIsBoughtPanel
from ...models.list_users_login_status import ListUsersLoginStatus
from ...models.list_users_sub_reseller import ListUsersSubReseller
from ...models.user import User
from ...models.users_envelope import UsersEnvelope
from ...models.yes_no import YesNo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    username: str | Unset = UNSET,
    name: str | Unset = UNSET,
    add_status: ListUsersAddStatus | Unset = UNSET,
    national_id: str | Unset = UNSET,
    acl_role_id: int | Unset = UNSET,
    tell: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    is_reseller: YesNo | Unset = UNSET,
    document_block: YesNo | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    expire_from: str | Unset = UNSET,
    expire_to: str | Unset = UNSET,
    is_bought_panel: ListUsersIsBoughtPanel | Unset = UNSET,
    login_status: ListUsersLoginStatus | Unset = UNSET,
    sub_reseller: ListUsersSubReseller | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["username"] = username

    params["name"] = name

    json_add_status: str | Unset = UNSET
    if not isinstance(add_status, Unset):
        json_add_status = add_status.value

    params["add_status"] = json_add_status

    params["national_id"] = national_id

    params["acl_role_id"] = acl_role_id

    params["tell"] = tell

    params["mobile"] = mobile

    json_is_reseller: str | Unset = UNSET
    if not isinstance(is_reseller, Unset):
        json_is_reseller = is_reseller.value

    params["is_reseller"] = json_is_reseller

    json_document_block: str | Unset = UNSET
    if not isinstance(document_block, Unset):
        json_document_block = document_block.value

    params["document_block"] = json_document_block

    params["created_from"] = created_from

    params["created_to"] = created_to

    params["expire_from"] = expire_from

    params["expire_to"] = expire_to

    json_is_bought_panel: str | Unset = UNSET
    if not isinstance(is_bought_panel, Unset):
        json_is_bought_panel = is_bought_panel.value

    params["is_bought_panel"] = json_is_bought_panel

    json_login_status: int | Unset = UNSET
    if not isinstance(login_status, Unset):
        json_login_status = login_status.value

    params["login_status"] = json_login_status

    json_sub_reseller: int | Unset = UNSET
    if not isinstance(sub_reseller, Unset):
        json_sub_reseller = sub_reseller.value

    params["sub_reseller"] = json_sub_reseller

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/user/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UsersEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = UsersEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | UsersEnvelope]:
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
    name: str | Unset = UNSET,
    add_status: ListUsersAddStatus | Unset = UNSET,
    national_id: str | Unset = UNSET,
    acl_role_id: int | Unset = UNSET,
    tell: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    is_reseller: YesNo | Unset = UNSET,
    document_block: YesNo | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    expire_from: str | Unset = UNSET,
    expire_to: str | Unset = UNSET,
    is_bought_panel: ListUsersIsBoughtPanel | Unset = UNSET,
    login_status: ListUsersLoginStatus | Unset = UNSET,
    sub_reseller: ListUsersSubReseller | Unset = UNSET,
) -> Response[ErrorEnvelope | UsersEnvelope]:
    """List the reseller's users

     A page of the users under the reseller's account, direct and indirect, optionally filtered.
    Leave out a filter to not filter by it: the docs warn against sending one empty or null.
    The date filters are Unix timestamps (UTC) as strings.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        username (str | Unset):
        name (str | Unset):
        add_status (ListUsersAddStatus | Unset):
        national_id (str | Unset):
        acl_role_id (int | Unset):
        tell (str | Unset):
        mobile (str | Unset):
        is_reseller (YesNo | Unset): A flag written as the word `yes` or `no`.
        document_block (YesNo | Unset): A flag written as the word `yes` or `no`.
        created_from (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        created_to (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        expire_from (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        expire_to (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        is_bought_panel (ListUsersIsBoughtPanel | Unset):
        login_status (ListUsersLoginStatus | Unset):
        sub_reseller (ListUsersSubReseller | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UsersEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        username=username,
        name=name,
        add_status=add_status,
        national_id=national_id,
        acl_role_id=acl_role_id,
        tell=tell,
        mobile=mobile,
        is_reseller=is_reseller,
        document_block=document_block,
        created_from=created_from,
        created_to=created_to,
        expire_from=expire_from,
        expire_to=expire_to,
        is_bought_panel=is_bought_panel,
        login_status=login_status,
        sub_reseller=sub_reseller,
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
    name: str | Unset = UNSET,
    add_status: ListUsersAddStatus | Unset = UNSET,
    national_id: str | Unset = UNSET,
    acl_role_id: int | Unset = UNSET,
    tell: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    is_reseller: YesNo | Unset = UNSET,
    document_block: YesNo | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    expire_from: str | Unset = UNSET,
    expire_to: str | Unset = UNSET,
    is_bought_panel: ListUsersIsBoughtPanel | Unset = UNSET,
    login_status: ListUsersLoginStatus | Unset = UNSET,
    sub_reseller: ListUsersSubReseller | Unset = UNSET,
) -> ErrorEnvelope | UsersEnvelope | None:
    """List the reseller's users

     A page of the users under the reseller's account, direct and indirect, optionally filtered.
    Leave out a filter to not filter by it: the docs warn against sending one empty or null.
    The date filters are Unix timestamps (UTC) as strings.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        username (str | Unset):
        name (str | Unset):
        add_status (ListUsersAddStatus | Unset):
        national_id (str | Unset):
        acl_role_id (int | Unset):
        tell (str | Unset):
        mobile (str | Unset):
        is_reseller (YesNo | Unset): A flag written as the word `yes` or `no`.
        document_block (YesNo | Unset): A flag written as the word `yes` or `no`.
        created_from (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        created_to (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        expire_from (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        expire_to (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        is_bought_panel (ListUsersIsBoughtPanel | Unset):
        login_status (ListUsersLoginStatus | Unset):
        sub_reseller (ListUsersSubReseller | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UsersEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        username=username,
        name=name,
        add_status=add_status,
        national_id=national_id,
        acl_role_id=acl_role_id,
        tell=tell,
        mobile=mobile,
        is_reseller=is_reseller,
        document_block=document_block,
        created_from=created_from,
        created_to=created_to,
        expire_from=expire_from,
        expire_to=expire_to,
        is_bought_panel=is_bought_panel,
        login_status=login_status,
        sub_reseller=sub_reseller,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    username: str | Unset = UNSET,
    name: str | Unset = UNSET,
    add_status: ListUsersAddStatus | Unset = UNSET,
    national_id: str | Unset = UNSET,
    acl_role_id: int | Unset = UNSET,
    tell: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    is_reseller: YesNo | Unset = UNSET,
    document_block: YesNo | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    expire_from: str | Unset = UNSET,
    expire_to: str | Unset = UNSET,
    is_bought_panel: ListUsersIsBoughtPanel | Unset = UNSET,
    login_status: ListUsersLoginStatus | Unset = UNSET,
    sub_reseller: ListUsersSubReseller | Unset = UNSET,
) -> Response[ErrorEnvelope | UsersEnvelope]:
    """List the reseller's users

     A page of the users under the reseller's account, direct and indirect, optionally filtered.
    Leave out a filter to not filter by it: the docs warn against sending one empty or null.
    The date filters are Unix timestamps (UTC) as strings.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        username (str | Unset):
        name (str | Unset):
        add_status (ListUsersAddStatus | Unset):
        national_id (str | Unset):
        acl_role_id (int | Unset):
        tell (str | Unset):
        mobile (str | Unset):
        is_reseller (YesNo | Unset): A flag written as the word `yes` or `no`.
        document_block (YesNo | Unset): A flag written as the word `yes` or `no`.
        created_from (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        created_to (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        expire_from (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        expire_to (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        is_bought_panel (ListUsersIsBoughtPanel | Unset):
        login_status (ListUsersLoginStatus | Unset):
        sub_reseller (ListUsersSubReseller | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UsersEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        username=username,
        name=name,
        add_status=add_status,
        national_id=national_id,
        acl_role_id=acl_role_id,
        tell=tell,
        mobile=mobile,
        is_reseller=is_reseller,
        document_block=document_block,
        created_from=created_from,
        created_to=created_to,
        expire_from=expire_from,
        expire_to=expire_to,
        is_bought_panel=is_bought_panel,
        login_status=login_status,
        sub_reseller=sub_reseller,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    username: str | Unset = UNSET,
    name: str | Unset = UNSET,
    add_status: ListUsersAddStatus | Unset = UNSET,
    national_id: str | Unset = UNSET,
    acl_role_id: int | Unset = UNSET,
    tell: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    is_reseller: YesNo | Unset = UNSET,
    document_block: YesNo | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    expire_from: str | Unset = UNSET,
    expire_to: str | Unset = UNSET,
    is_bought_panel: ListUsersIsBoughtPanel | Unset = UNSET,
    login_status: ListUsersLoginStatus | Unset = UNSET,
    sub_reseller: ListUsersSubReseller | Unset = UNSET,
) -> ErrorEnvelope | UsersEnvelope | None:
    """List the reseller's users

     A page of the users under the reseller's account, direct and indirect, optionally filtered.
    Leave out a filter to not filter by it: the docs warn against sending one empty or null.
    The date filters are Unix timestamps (UTC) as strings.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        username (str | Unset):
        name (str | Unset):
        add_status (ListUsersAddStatus | Unset):
        national_id (str | Unset):
        acl_role_id (int | Unset):
        tell (str | Unset):
        mobile (str | Unset):
        is_reseller (YesNo | Unset): A flag written as the word `yes` or `no`.
        document_block (YesNo | Unset): A flag written as the word `yes` or `no`.
        created_from (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        created_to (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        expire_from (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        expire_to (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01 UTC),
            written as a string.
        is_bought_panel (ListUsersIsBoughtPanel | Unset):
        login_status (ListUsersLoginStatus | Unset):
        sub_reseller (ListUsersSubReseller | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UsersEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            username=username,
            name=name,
            add_status=add_status,
            national_id=national_id,
            acl_role_id=acl_role_id,
            tell=tell,
            mobile=mobile,
            is_reseller=is_reseller,
            document_block=document_block,
            created_from=created_from,
            created_to=created_to,
            expire_from=expire_from,
            expire_to=expire_to,
            is_bought_panel=is_bought_panel,
            login_status=login_status,
            sub_reseller=sub_reseller,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | UsersEnvelope]) -> UsersEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, UsersEnvelope):
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
    name: str | Unset = UNSET,
    add_status: ListUsersAddStatus | Unset = UNSET,
    national_id: str | Unset = UNSET,
    acl_role_id: int | Unset = UNSET,
    tell: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    is_reseller: YesNo | Unset = UNSET,
    document_block: YesNo | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    expire_from: str | Unset = UNSET,
    expire_to: str | Unset = UNSET,
    is_bought_panel: ListUsersIsBoughtPanel | Unset = UNSET,
    login_status: ListUsersLoginStatus | Unset = UNSET,
    sub_reseller: ListUsersSubReseller | Unset = UNSET,
) -> list[User]:
    """List the reseller's users

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_users is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            page=page,
            per_page=per_page,
            username=username,
            name=name,
            add_status=add_status,
            national_id=national_id,
            acl_role_id=acl_role_id,
            tell=tell,
            mobile=mobile,
            is_reseller=is_reseller,
            document_block=document_block,
            created_from=created_from,
            created_to=created_to,
            expire_from=expire_from,
            expire_to=expire_to,
            is_bought_panel=is_bought_panel,
            login_status=login_status,
            sub_reseller=sub_reseller,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    username: str | Unset = UNSET,
    name: str | Unset = UNSET,
    add_status: ListUsersAddStatus | Unset = UNSET,
    national_id: str | Unset = UNSET,
    acl_role_id: int | Unset = UNSET,
    tell: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    is_reseller: YesNo | Unset = UNSET,
    document_block: YesNo | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    expire_from: str | Unset = UNSET,
    expire_to: str | Unset = UNSET,
    is_bought_panel: ListUsersIsBoughtPanel | Unset = UNSET,
    login_status: ListUsersLoginStatus | Unset = UNSET,
    sub_reseller: ListUsersSubReseller | Unset = UNSET,
) -> list[User]:
    """List the reseller's users

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_users is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            username=username,
            name=name,
            add_status=add_status,
            national_id=national_id,
            acl_role_id=acl_role_id,
            tell=tell,
            mobile=mobile,
            is_reseller=is_reseller,
            document_block=document_block,
            created_from=created_from,
            created_to=created_to,
            expire_from=expire_from,
            expire_to=expire_to,
            is_bought_panel=is_bought_panel,
            login_status=login_status,
            sub_reseller=sub_reseller,
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
    name: str | Unset = UNSET,
    add_status: ListUsersAddStatus | Unset = UNSET,
    national_id: str | Unset = UNSET,
    acl_role_id: int | Unset = UNSET,
    tell: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    is_reseller: YesNo | Unset = UNSET,
    document_block: YesNo | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    expire_from: str | Unset = UNSET,
    expire_to: str | Unset = UNSET,
    is_bought_panel: ListUsersIsBoughtPanel | Unset = UNSET,
    login_status: ListUsersLoginStatus | Unset = UNSET,
    sub_reseller: ListUsersSubReseller | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Iterator[User]:
    """List the reseller's users: every item

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
                name=name,
                add_status=add_status,
                national_id=national_id,
                acl_role_id=acl_role_id,
                tell=tell,
                mobile=mobile,
                is_reseller=is_reseller,
                document_block=document_block,
                created_from=created_from,
                created_to=created_to,
                expire_from=expire_from,
                expire_to=expire_to,
                is_bought_panel=is_bought_panel,
                login_status=login_status,
                sub_reseller=sub_reseller,
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
    name: str | Unset = UNSET,
    add_status: ListUsersAddStatus | Unset = UNSET,
    national_id: str | Unset = UNSET,
    acl_role_id: int | Unset = UNSET,
    tell: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    is_reseller: YesNo | Unset = UNSET,
    document_block: YesNo | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    expire_from: str | Unset = UNSET,
    expire_to: str | Unset = UNSET,
    is_bought_panel: ListUsersIsBoughtPanel | Unset = UNSET,
    login_status: ListUsersLoginStatus | Unset = UNSET,
    sub_reseller: ListUsersSubReseller | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> AsyncIterator[User]:
    """List the reseller's users: every item

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
                name=name,
                add_status=add_status,
                national_id=national_id,
                acl_role_id=acl_role_id,
                tell=tell,
                mobile=mobile,
                is_reseller=is_reseller,
                document_block=document_block,
                created_from=created_from,
                created_to=created_to,
                expire_from=expire_from,
                expire_to=expire_to,
                is_bought_panel=is_bought_panel,
                login_status=login_status,
                sub_reseller=sub_reseller,
            )
        )
        for item in envelope.data:
            yield item
        # Our own count, not meta.current_page: a server (or a mock) that repeats a page must not
        # make this loop forever.
        if not envelope.data or page >= envelope.meta.last_page:
            return
        page += 1
