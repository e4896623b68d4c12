from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_envelope import ContactEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    contact_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/phonebooks/numbers/contact-list/{contact_id}".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = ContactEnvelope.from_dict(response.json())

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
) -> Response[ContactEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ContactEnvelope | ErrorEnvelope]:
    """Show a contact

     Returns one contact by id, with its blacklist flags and tags. `contact_id` is numeric:
    `contact-list/export` is another operation (`exportContacts`), not a contact.

    Args:
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: int,
    *,
    client: AuthenticatedClient,
) -> ContactEnvelope | ErrorEnvelope | None:
    """Show a contact

     Returns one contact by id, with its blacklist flags and tags. `contact_id` is numeric:
    `contact-list/export` is another operation (`exportContacts`), not a contact.

    Args:
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contact_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ContactEnvelope | ErrorEnvelope]:
    """Show a contact

     Returns one contact by id, with its blacklist flags and tags. `contact_id` is numeric:
    `contact-list/export` is another operation (`exportContacts`), not a contact.

    Args:
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: int,
    *,
    client: AuthenticatedClient,
) -> ContactEnvelope | ErrorEnvelope | None:
    """Show a contact

     Returns one contact by id, with its blacklist flags and tags. `contact_id` is numeric:
    `contact-list/export` is another operation (`exportContacts`), not a contact.

    Args:
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
        )
    ).parsed


def _ok(response: Response[ContactEnvelope | ErrorEnvelope]) -> ContactEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, ContactEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    contact_id: int,
    *,
    client: AuthenticatedClient,
) -> Contact:
    """Show a contact

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. get_contact is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            contact_id=contact_id,
            client=client,
        )
    ).data


async def asyncio_data(
    contact_id: int,
    *,
    client: AuthenticatedClient,
) -> Contact:
    """Show a contact

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. get_contact is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
        )
    ).data
