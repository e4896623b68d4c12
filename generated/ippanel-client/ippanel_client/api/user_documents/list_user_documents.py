from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.required_document import RequiredDocument
from ...models.required_documents_envelope import RequiredDocumentsEnvelope
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/user/documents",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | RequiredDocumentsEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = RequiredDocumentsEnvelope.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponseBody(response.status_code, response.content, error) from error
    if response.status_code == 401:
        try:
            response_401 = ErrorEnvelope.from_dict(response.json())

            return response_401

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponseBody(response.status_code, response.content, error) from error
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | RequiredDocumentsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | RequiredDocumentsEnvelope]:
    """List the documents to provide

     The documents the account may have to provide (identity papers, commitment forms), each
    with blank forms to download and what the account uploaded for it, if anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RequiredDocumentsEnvelope]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | RequiredDocumentsEnvelope | None:
    """List the documents to provide

     The documents the account may have to provide (identity papers, commitment forms), each
    with blank forms to download and what the account uploaded for it, if anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RequiredDocumentsEnvelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | RequiredDocumentsEnvelope]:
    """List the documents to provide

     The documents the account may have to provide (identity papers, commitment forms), each
    with blank forms to download and what the account uploaded for it, if anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RequiredDocumentsEnvelope]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | RequiredDocumentsEnvelope | None:
    """List the documents to provide

     The documents the account may have to provide (identity papers, commitment forms), each
    with blank forms to download and what the account uploaded for it, if anything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RequiredDocumentsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | RequiredDocumentsEnvelope]) -> RequiredDocumentsEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, RequiredDocumentsEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
) -> list[RequiredDocument]:
    """List the documents to provide

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_user_documents is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
) -> list[RequiredDocument]:
    """List the documents to provide

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_user_documents is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
        )
    ).data
