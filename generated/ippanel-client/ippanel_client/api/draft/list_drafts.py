from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.draft import Draft
from ...models.draft_page_envelope import DraftPageEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    draft_group_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["draft_group_id"] = draft_group_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/user/draft/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DraftPageEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = DraftPageEnvelope.from_dict(response.json())

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
) -> Response[DraftPageEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    draft_group_id: int | Unset = UNSET,
) -> Response[DraftPageEnvelope | ErrorEnvelope]:
    """List the drafts

     Lists the account's drafts, a page at a time (10 per page in the documented response),
    optionally only those of one group. Leave `draft_group_id` out to list every draft: the Edge
    documentation asks not to send it empty.

    Args:
        draft_group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftPageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        draft_group_id=draft_group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    draft_group_id: int | Unset = UNSET,
) -> DraftPageEnvelope | ErrorEnvelope | None:
    """List the drafts

     Lists the account's drafts, a page at a time (10 per page in the documented response),
    optionally only those of one group. Leave `draft_group_id` out to list every draft: the Edge
    documentation asks not to send it empty.

    Args:
        draft_group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftPageEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        draft_group_id=draft_group_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    draft_group_id: int | Unset = UNSET,
) -> Response[DraftPageEnvelope | ErrorEnvelope]:
    """List the drafts

     Lists the account's drafts, a page at a time (10 per page in the documented response),
    optionally only those of one group. Leave `draft_group_id` out to list every draft: the Edge
    documentation asks not to send it empty.

    Args:
        draft_group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftPageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        draft_group_id=draft_group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    draft_group_id: int | Unset = UNSET,
) -> DraftPageEnvelope | ErrorEnvelope | None:
    """List the drafts

     Lists the account's drafts, a page at a time (10 per page in the documented response),
    optionally only those of one group. Leave `draft_group_id` out to list every draft: the Edge
    documentation asks not to send it empty.

    Args:
        draft_group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftPageEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            draft_group_id=draft_group_id,
        )
    ).parsed


def _ok(response: Response[DraftPageEnvelope | ErrorEnvelope]) -> DraftPageEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, DraftPageEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    draft_group_id: int | Unset = UNSET,
) -> list[Draft]:
    """List the drafts

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_drafts is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            draft_group_id=draft_group_id,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    draft_group_id: int | Unset = UNSET,
) -> list[Draft]:
    """List the drafts

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. list_drafts is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            draft_group_id=draft_group_id,
        )
    ).data
