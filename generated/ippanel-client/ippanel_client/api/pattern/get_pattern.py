from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.pattern import Pattern
from ...models.pattern_envelope import PatternEnvelope
from ...types import Response


def _get_kwargs(
    pattern_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/patterns/{pattern_code}".format(
            pattern_code=quote(str(pattern_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PatternEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = PatternEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PatternEnvelope]:
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
) -> Response[ErrorEnvelope | PatternEnvelope]:
    """Show a pattern

     Returns one pattern, with its review state and pending revision, by its code.

    Args:
        pattern_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PatternEnvelope]
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
) -> ErrorEnvelope | PatternEnvelope | None:
    """Show a pattern

     Returns one pattern, with its review state and pending revision, by its code.

    Args:
        pattern_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PatternEnvelope
    """

    return sync_detailed(
        pattern_code=pattern_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    pattern_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | PatternEnvelope]:
    """Show a pattern

     Returns one pattern, with its review state and pending revision, by its code.

    Args:
        pattern_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PatternEnvelope]
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
) -> ErrorEnvelope | PatternEnvelope | None:
    """Show a pattern

     Returns one pattern, with its review state and pending revision, by its code.

    Args:
        pattern_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PatternEnvelope
    """

    return (
        await asyncio_detailed(
            pattern_code=pattern_code,
            client=client,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | PatternEnvelope]) -> PatternEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, PatternEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    pattern_code: str,
    *,
    client: AuthenticatedClient,
) -> Pattern:
    """Show a pattern

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. get_pattern is documented in full on sync_detailed.
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
) -> Pattern:
    """Show a pattern

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. get_pattern is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            pattern_code=pattern_code,
            client=client,
        )
    ).data
