from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_packages_status import ListPackagesStatus
from ...models.list_packages_type import ListPackagesType
from ...models.packages_envelope import PackagesEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    package_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    register_type: str | Unset = UNSET,
    type_: ListPackagesType | Unset = UNSET,
    price: int | Unset = UNSET,
    special_disc: int | Unset = UNSET,
    status: ListPackagesStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["package_id"] = package_id

    params["name"] = name

    params["register_type"] = register_type

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["price"] = price

    params["special_disc"] = special_disc

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/acl/package/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PackagesEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = PackagesEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PackagesEnvelope]:
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
    package_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    register_type: str | Unset = UNSET,
    type_: ListPackagesType | Unset = UNSET,
    price: int | Unset = UNSET,
    special_disc: int | Unset = UNSET,
    status: ListPackagesStatus | Unset = UNSET,
) -> Response[ErrorEnvelope | PackagesEnvelope]:
    """List the reseller's packages

     A page of the packages (ACL roles) under the reseller's account, optionally filtered. Leave
    out a filter to not filter by it: the docs warn against sending one empty or null.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        package_id (int | Unset):
        name (str | Unset):
        register_type (str | Unset):
        type_ (ListPackagesType | Unset):
        price (int | Unset):
        special_disc (int | Unset):
        status (ListPackagesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PackagesEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        package_id=package_id,
        name=name,
        register_type=register_type,
        type_=type_,
        price=price,
        special_disc=special_disc,
        status=status,
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
    package_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    register_type: str | Unset = UNSET,
    type_: ListPackagesType | Unset = UNSET,
    price: int | Unset = UNSET,
    special_disc: int | Unset = UNSET,
    status: ListPackagesStatus | Unset = UNSET,
) -> ErrorEnvelope | PackagesEnvelope | None:
    """List the reseller's packages

     A page of the packages (ACL roles) under the reseller's account, optionally filtered. Leave
    out a filter to not filter by it: the docs warn against sending one empty or null.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        package_id (int | Unset):
        name (str | Unset):
        register_type (str | Unset):
        type_ (ListPackagesType | Unset):
        price (int | Unset):
        special_disc (int | Unset):
        status (ListPackagesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PackagesEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        package_id=package_id,
        name=name,
        register_type=register_type,
        type_=type_,
        price=price,
        special_disc=special_disc,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    package_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    register_type: str | Unset = UNSET,
    type_: ListPackagesType | Unset = UNSET,
    price: int | Unset = UNSET,
    special_disc: int | Unset = UNSET,
    status: ListPackagesStatus | Unset = UNSET,
) -> Response[ErrorEnvelope | PackagesEnvelope]:
    """List the reseller's packages

     A page of the packages (ACL roles) under the reseller's account, optionally filtered. Leave
    out a filter to not filter by it: the docs warn against sending one empty or null.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        package_id (int | Unset):
        name (str | Unset):
        register_type (str | Unset):
        type_ (ListPackagesType | Unset):
        price (int | Unset):
        special_disc (int | Unset):
        status (ListPackagesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PackagesEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        package_id=package_id,
        name=name,
        register_type=register_type,
        type_=type_,
        price=price,
        special_disc=special_disc,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    package_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    register_type: str | Unset = UNSET,
    type_: ListPackagesType | Unset = UNSET,
    price: int | Unset = UNSET,
    special_disc: int | Unset = UNSET,
    status: ListPackagesStatus | Unset = UNSET,
) -> ErrorEnvelope | PackagesEnvelope | None:
    """List the reseller's packages

     A page of the packages (ACL roles) under the reseller's account, optionally filtered. Leave
    out a filter to not filter by it: the docs warn against sending one empty or null.

    Resellers only.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        package_id (int | Unset):
        name (str | Unset):
        register_type (str | Unset):
        type_ (ListPackagesType | Unset):
        price (int | Unset):
        special_disc (int | Unset):
        status (ListPackagesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PackagesEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            package_id=package_id,
            name=name,
            register_type=register_type,
            type_=type_,
            price=price,
            special_disc=special_disc,
            status=status,
        )
    ).parsed
