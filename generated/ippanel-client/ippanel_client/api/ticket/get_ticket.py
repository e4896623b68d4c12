from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.ticket_detail import TicketDetail
from ...models.ticket_detail_envelope import TicketDetailEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    ticket_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticket_id"] = ticket_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ticket/show",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TicketDetailEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = TicketDetailEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TicketDetailEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ticket_id: int,
) -> Response[ErrorEnvelope | TicketDetailEnvelope]:
    """Show a ticket and its replies

     One ticket by id, with its replies (`interactions`). Unlike the list, it names the category
    and state as strings and gives times as `YYYY-MM-DD HH:MM:SS`.

    Resellers only.

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TicketDetailEnvelope]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    ticket_id: int,
) -> ErrorEnvelope | TicketDetailEnvelope | None:
    """Show a ticket and its replies

     One ticket by id, with its replies (`interactions`). Unlike the list, it names the category
    and state as strings and gives times as `YYYY-MM-DD HH:MM:SS`.

    Resellers only.

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TicketDetailEnvelope
    """

    return sync_detailed(
        client=client,
        ticket_id=ticket_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ticket_id: int,
) -> Response[ErrorEnvelope | TicketDetailEnvelope]:
    """Show a ticket and its replies

     One ticket by id, with its replies (`interactions`). Unlike the list, it names the category
    and state as strings and gives times as `YYYY-MM-DD HH:MM:SS`.

    Resellers only.

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TicketDetailEnvelope]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ticket_id: int,
) -> ErrorEnvelope | TicketDetailEnvelope | None:
    """Show a ticket and its replies

     One ticket by id, with its replies (`interactions`). Unlike the list, it names the category
    and state as strings and gives times as `YYYY-MM-DD HH:MM:SS`.

    Resellers only.

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TicketDetailEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            ticket_id=ticket_id,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | TicketDetailEnvelope]) -> TicketDetailEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, TicketDetailEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    ticket_id: int,
) -> TicketDetail:
    """Show a ticket and its replies

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. get_ticket is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            ticket_id=ticket_id,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    ticket_id: int,
) -> TicketDetail:
    """Show a ticket and its replies

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. get_ticket is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            ticket_id=ticket_id,
        )
    ).data
