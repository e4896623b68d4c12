from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_scheduled_request import CancelScheduledRequest
from ...models.empty_envelope import EmptyEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CancelScheduledRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/send/cancel",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    if response.status_code == 404:
        try:
            response_404 = ErrorEnvelope.from_dict(response.json())

            return response_404

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
    body: CancelScheduledRequest,
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    """Cancel a scheduled message

     Cancels a message sent with a future `send_time`, by the id the send returned
    (send/cancel-scheduled.md). Only a message still waiting can be cancelled, and only at
    least 5 minutes before its send time; any other id is answered with 404.

    The documentation titles its 404 example "Validation Error" and gives it the code `400-1`;
    the status and the text ("the message was not found") say not found.

    Args:
        body (CancelScheduledRequest): The scheduled message to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorEnvelope]
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
    body: CancelScheduledRequest,
) -> EmptyEnvelope | ErrorEnvelope | None:
    """Cancel a scheduled message

     Cancels a message sent with a future `send_time`, by the id the send returned
    (send/cancel-scheduled.md). Only a message still waiting can be cancelled, and only at
    least 5 minutes before its send time; any other id is answered with 404.

    The documentation titles its 404 example "Validation Error" and gives it the code `400-1`;
    the status and the text ("the message was not found") say not found.

    Args:
        body (CancelScheduledRequest): The scheduled message to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelScheduledRequest,
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    """Cancel a scheduled message

     Cancels a message sent with a future `send_time`, by the id the send returned
    (send/cancel-scheduled.md). Only a message still waiting can be cancelled, and only at
    least 5 minutes before its send time; any other id is answered with 404.

    The documentation titles its 404 example "Validation Error" and gives it the code `400-1`;
    the status and the text ("the message was not found") say not found.

    Args:
        body (CancelScheduledRequest): The scheduled message to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CancelScheduledRequest,
) -> EmptyEnvelope | ErrorEnvelope | None:
    """Cancel a scheduled message

     Cancels a message sent with a future `send_time`, by the id the send returned
    (send/cancel-scheduled.md). Only a message still waiting can be cancelled, and only at
    least 5 minutes before its send time; any other id is answered with 404.

    The documentation titles its 404 example "Validation Error" and gives it the code `400-1`;
    the status and the text ("the message was not found") say not found.

    Args:
        body (CancelScheduledRequest): The scheduled message to cancel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
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
    body: CancelScheduledRequest,
) -> None:
    """Cancel a scheduled message

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. cancel_scheduled_sms is documented in full on sync_detailed.
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
    body: CancelScheduledRequest,
) -> None:
    """Cancel a scheduled message

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. cancel_scheduled_sms is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).data
