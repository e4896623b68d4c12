from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_token import AuthToken
from ...models.auth_token_envelope import AuthTokenEnvelope
from ...models.confirm_otp_request import ConfirmOtpRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: ConfirmOtpRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/acl/auth/confirm_otp",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthTokenEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = AuthTokenEnvelope.from_dict(response.json())

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
) -> Response[AuthTokenEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmOtpRequest,
) -> Response[AuthTokenEnvelope | ErrorEnvelope]:
    """Finish a login with the OTP

     Completes a login whose `method` was `ga` or `sms`: send the temporary token of that
    login with the OTP received by SMS or shown by Google Authenticator. The token returned is
    final, valid for **10 hours**, and goes in the `Authorization` header of every other call.

    Args:
        body (ConfirmOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthTokenEnvelope | ErrorEnvelope]
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
    client: AuthenticatedClient | Client,
    body: ConfirmOtpRequest,
) -> AuthTokenEnvelope | ErrorEnvelope | None:
    """Finish a login with the OTP

     Completes a login whose `method` was `ga` or `sms`: send the temporary token of that
    login with the OTP received by SMS or shown by Google Authenticator. The token returned is
    final, valid for **10 hours**, and goes in the `Authorization` header of every other call.

    Args:
        body (ConfirmOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthTokenEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmOtpRequest,
) -> Response[AuthTokenEnvelope | ErrorEnvelope]:
    """Finish a login with the OTP

     Completes a login whose `method` was `ga` or `sms`: send the temporary token of that
    login with the OTP received by SMS or shown by Google Authenticator. The token returned is
    final, valid for **10 hours**, and goes in the `Authorization` header of every other call.

    Args:
        body (ConfirmOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthTokenEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmOtpRequest,
) -> AuthTokenEnvelope | ErrorEnvelope | None:
    """Finish a login with the OTP

     Completes a login whose `method` was `ga` or `sms`: send the temporary token of that
    login with the OTP received by SMS or shown by Google Authenticator. The token returned is
    final, valid for **10 hours**, and goes in the `Authorization` header of every other call.

    Args:
        body (ConfirmOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthTokenEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _ok(response: Response[AuthTokenEnvelope | ErrorEnvelope]) -> AuthTokenEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, AuthTokenEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmOtpRequest,
) -> AuthToken:
    """Finish a login with the OTP

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. confirm_otp is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            body=body,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmOtpRequest,
) -> AuthToken:
    """Finish a login with the OTP

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. confirm_otp is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).data
