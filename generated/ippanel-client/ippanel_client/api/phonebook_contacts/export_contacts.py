from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_envelope import EmptyEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_created_at: str | Unset = UNSET,
    number: str | Unset = UNSET,
    phonebook_title: str | Unset = UNSET,
    phonebook_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from_created_at"] = from_created_at

    params["number"] = number

    params["phonebook_title"] = phonebook_title

    params["phonebook_id"] = phonebook_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/phonebooks/numbers/contact-list/export",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = EmptyEnvelope.from_dict(response.json())

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
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_created_at: str | Unset = UNSET,
    number: str | Unset = UNSET,
    phonebook_title: str | Unset = UNSET,
    phonebook_id: str | Unset = UNSET,
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    """Export the contacts

     Exports the contacts that match the same filters as `listContacts`. The Edge
    documentation shows only `data: null`, which is what this describes; the endpoint most likely
    starts an export that the panel offers for download later (phonebooks have an
    `export_status`), or answers the spreadsheet itself instead of this envelope.

    Args:
        from_created_at (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01
            UTC), written as a string.
        number (str | Unset): A recipient's mobile number in E.164 format, e.g. `+989120000000`.
            The seed's examples all
            use this form; the Edge documentation (send/webservice.md) requires it.
        phonebook_title (str | Unset):
        phonebook_id (str | Unset): A whole number written as a string of digits (the API returns
            many ids this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        from_created_at=from_created_at,
        number=number,
        phonebook_title=phonebook_title,
        phonebook_id=phonebook_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_created_at: str | Unset = UNSET,
    number: str | Unset = UNSET,
    phonebook_title: str | Unset = UNSET,
    phonebook_id: str | Unset = UNSET,
) -> EmptyEnvelope | ErrorEnvelope | None:
    """Export the contacts

     Exports the contacts that match the same filters as `listContacts`. The Edge
    documentation shows only `data: null`, which is what this describes; the endpoint most likely
    starts an export that the panel offers for download later (phonebooks have an
    `export_status`), or answers the spreadsheet itself instead of this envelope.

    Args:
        from_created_at (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01
            UTC), written as a string.
        number (str | Unset): A recipient's mobile number in E.164 format, e.g. `+989120000000`.
            The seed's examples all
            use this form; the Edge documentation (send/webservice.md) requires it.
        phonebook_title (str | Unset):
        phonebook_id (str | Unset): A whole number written as a string of digits (the API returns
            many ids this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        from_created_at=from_created_at,
        number=number,
        phonebook_title=phonebook_title,
        phonebook_id=phonebook_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_created_at: str | Unset = UNSET,
    number: str | Unset = UNSET,
    phonebook_title: str | Unset = UNSET,
    phonebook_id: str | Unset = UNSET,
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    """Export the contacts

     Exports the contacts that match the same filters as `listContacts`. The Edge
    documentation shows only `data: null`, which is what this describes; the endpoint most likely
    starts an export that the panel offers for download later (phonebooks have an
    `export_status`), or answers the spreadsheet itself instead of this envelope.

    Args:
        from_created_at (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01
            UTC), written as a string.
        number (str | Unset): A recipient's mobile number in E.164 format, e.g. `+989120000000`.
            The seed's examples all
            use this form; the Edge documentation (send/webservice.md) requires it.
        phonebook_title (str | Unset):
        phonebook_id (str | Unset): A whole number written as a string of digits (the API returns
            many ids this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        from_created_at=from_created_at,
        number=number,
        phonebook_title=phonebook_title,
        phonebook_id=phonebook_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_created_at: str | Unset = UNSET,
    number: str | Unset = UNSET,
    phonebook_title: str | Unset = UNSET,
    phonebook_id: str | Unset = UNSET,
) -> EmptyEnvelope | ErrorEnvelope | None:
    """Export the contacts

     Exports the contacts that match the same filters as `listContacts`. The Edge
    documentation shows only `data: null`, which is what this describes; the endpoint most likely
    starts an export that the panel offers for download later (phonebooks have an
    `export_status`), or answers the spreadsheet itself instead of this envelope.

    Args:
        from_created_at (str | Unset): A moment as a Unix timestamp (seconds since 1970-01-01
            UTC), written as a string.
        number (str | Unset): A recipient's mobile number in E.164 format, e.g. `+989120000000`.
            The seed's examples all
            use this form; the Edge documentation (send/webservice.md) requires it.
        phonebook_title (str | Unset):
        phonebook_id (str | Unset): A whole number written as a string of digits (the API returns
            many ids this way).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            from_created_at=from_created_at,
            number=number,
            phonebook_title=phonebook_title,
            phonebook_id=phonebook_id,
        )
    ).parsed


def _ok(response: Response[EmptyEnvelope | ErrorEnvelope]) -> EmptyEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, EmptyEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    from_created_at: str | Unset = UNSET,
    number: str | Unset = UNSET,
    phonebook_title: str | Unset = UNSET,
    phonebook_id: str | Unset = UNSET,
) -> None:
    """Export the contacts

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. export_contacts is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            from_created_at=from_created_at,
            number=number,
            phonebook_title=phonebook_title,
            phonebook_id=phonebook_id,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    from_created_at: str | Unset = UNSET,
    number: str | Unset = UNSET,
    phonebook_title: str | Unset = UNSET,
    phonebook_id: str | Unset = UNSET,
) -> None:
    """Export the contacts

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. export_contacts is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            from_created_at=from_created_at,
            number=number,
            phonebook_title=phonebook_title,
            phonebook_id=phonebook_id,
        )
    ).data
