from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_envelope import EmptyEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    pattern_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/patterns/normal/{pattern_code}".format(
            pattern_code=quote(str(pattern_code), safe=""),
        ),
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
    pattern_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    """Delete a pattern

     Deletes a pattern by its code; an unknown code gives a 404 (`404-1`).

    Args:
        pattern_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        pattern_code=pattern_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pattern_code: str,
    *,
    client: AuthenticatedClient,
) -> EmptyEnvelope | ErrorEnvelope | None:
    """Delete a pattern

     Deletes a pattern by its code; an unknown code gives a 404 (`404-1`).

    Args:
        pattern_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        pattern_code=pattern_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    pattern_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    """Delete a pattern

     Deletes a pattern by its code; an unknown code gives a 404 (`404-1`).

    Args:
        pattern_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        pattern_code=pattern_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pattern_code: str,
    *,
    client: AuthenticatedClient,
) -> EmptyEnvelope | ErrorEnvelope | None:
    """Delete a pattern

     Deletes a pattern by its code; an unknown code gives a 404 (`404-1`).

    Args:
        pattern_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            pattern_code=pattern_code,
            client=client,
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
    pattern_code: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete a pattern

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. delete_pattern is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            pattern_code=pattern_code,
            client=client,
        )
    ).data


async def asyncio_data(
    pattern_code: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete a pattern

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. delete_pattern is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            pattern_code=pattern_code,
            client=client,
        )
    ).data
