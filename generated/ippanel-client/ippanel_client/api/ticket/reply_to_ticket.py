from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.reply_ticket_request import ReplyTicketRequest
from ...models.ticket_reply import TicketReply
from ...models.ticket_reply_envelope import TicketReplyEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: ReplyTicketRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ticket/interaction",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TicketReplyEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = TicketReplyEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TicketReplyEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReplyTicketRequest,
) -> Response[ErrorEnvelope | TicketReplyEnvelope]:
    """Reply to a ticket

     Posts a reply on a ticket, as `multipart/form-data` with an optional `file` (zip, jpg or
    png, at most 10 MB).

    Resellers only. Changes the account's data and cannot be undone through the API (a reply
    cannot be edited or deleted).

    Args:
        body (ReplyTicketRequest): A reply to a ticket, as `multipart/form-data`, with an optional
            file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TicketReplyEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ReplyTicketRequest,
) -> ErrorEnvelope | TicketReplyEnvelope | None:
    """Reply to a ticket

     Posts a reply on a ticket, as `multipart/form-data` with an optional `file` (zip, jpg or
    png, at most 10 MB).

    Resellers only. Changes the account's data and cannot be undone through the API (a reply
    cannot be edited or deleted).

    Args:
        body (ReplyTicketRequest): A reply to a ticket, as `multipart/form-data`, with an optional
            file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TicketReplyEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReplyTicketRequest,
) -> Response[ErrorEnvelope | TicketReplyEnvelope]:
    """Reply to a ticket

     Posts a reply on a ticket, as `multipart/form-data` with an optional `file` (zip, jpg or
    png, at most 10 MB).

    Resellers only. Changes the account's data and cannot be undone through the API (a reply
    cannot be edited or deleted).

    Args:
        body (ReplyTicketRequest): A reply to a ticket, as `multipart/form-data`, with an optional
            file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TicketReplyEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReplyTicketRequest,
) -> ErrorEnvelope | TicketReplyEnvelope | None:
    """Reply to a ticket

     Posts a reply on a ticket, as `multipart/form-data` with an optional `file` (zip, jpg or
    png, at most 10 MB).

    Resellers only. Changes the account's data and cannot be undone through the API (a reply
    cannot be edited or deleted).

    Args:
        body (ReplyTicketRequest): A reply to a ticket, as `multipart/form-data`, with an optional
            file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TicketReplyEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | TicketReplyEnvelope]) -> TicketReplyEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, TicketReplyEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    body: ReplyTicketRequest,
) -> TicketReply:
    """Reply to a ticket

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. reply_to_ticket is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            body=body,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    body: ReplyTicketRequest,
) -> TicketReply:
    """Reply to a ticket

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. reply_to_ticket is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).data
