from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_number import AccountNumber
from ...models.account_numbers_envelope import AccountNumbersEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/number/numbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountNumbersEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = AccountNumbersEnvelope.from_dict(response.json())

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
) -> Response[AccountNumbersEnvelope | ErrorEnvelope]:
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
) -> Response[AccountNumbersEnvelope | ErrorEnvelope]:
    """List the account's numbers

     The sender numbers (lines) of the account, with the ids assign and unassign take. The path
    is singular (`/api/number/numbers`) beside `/api/numbers/assign`: the docs changed it so on
    purpose. It takes `page` and `per_page`, but the documented response has no pagination in
    `meta`, so none is promised here.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountNumbersEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
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
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> AccountNumbersEnvelope | ErrorEnvelope | None:
    """List the account's numbers

     The sender numbers (lines) of the account, with the ids assign and unassign take. The path
    is singular (`/api/number/numbers`) beside `/api/numbers/assign`: the docs changed it so on
    purpose. It takes `page` and `per_page`, but the documented response has no pagination in
    `meta`, so none is promised here.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountNumbersEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> Response[AccountNumbersEnvelope | ErrorEnvelope]:
    """List the account's numbers

     The sender numbers (lines) of the account, with the ids assign and unassign take. The path
    is singular (`/api/number/numbers`) beside `/api/numbers/assign`: the docs changed it so on
    purpose. It takes `page` and `per_page`, but the documented response has no pagination in
    `meta`, so none is promised here.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountNumbersEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> AccountNumbersEnvelope | ErrorEnvelope | None:
    """List the account's numbers

     The sender numbers (lines) of the account, with the ids assign and unassign take. The path
    is singular (`/api/number/numbers`) beside `/api/numbers/assign`: the docs changed it so on
    purpose. It takes `page` and `per_page`, but the documented response has no pagination in
    `meta`, so none is promised here.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountNumbersEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed


def _ok(response: Response[AccountNumbersEnvelope | ErrorEnvelope]) -> AccountNumbersEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, AccountNumbersEnvelope):
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
) -> list[AccountNumber]:
    """List the account's numbers

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_numbers is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
) -> list[AccountNumber]:
    """List the account's numbers

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_numbers is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).data
