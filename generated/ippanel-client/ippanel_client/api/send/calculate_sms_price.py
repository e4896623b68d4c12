from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calculate_price_request import CalculatePriceRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.sms_price import SmsPrice
from ...models.sms_price_envelope import SmsPriceEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CalculatePriceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/send/calculate-price",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SmsPriceEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = SmsPriceEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SmsPriceEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CalculatePriceRequest,
) -> Response[ErrorEnvelope | SmsPriceEnvelope]:
    """Calculate the price of a message

     Prices a text from a sender number, without sending it: the price per recipient on MCI and
    on the other operators, and the number of parts the text is split into
    (send/calculate-price.md). Its `meta.message` is English ("calculate successfully").

    Args:
        body (CalculatePriceRequest): The sender and the text to price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsPriceEnvelope]
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
    body: CalculatePriceRequest,
) -> ErrorEnvelope | SmsPriceEnvelope | None:
    """Calculate the price of a message

     Prices a text from a sender number, without sending it: the price per recipient on MCI and
    on the other operators, and the number of parts the text is split into
    (send/calculate-price.md). Its `meta.message` is English ("calculate successfully").

    Args:
        body (CalculatePriceRequest): The sender and the text to price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsPriceEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CalculatePriceRequest,
) -> Response[ErrorEnvelope | SmsPriceEnvelope]:
    """Calculate the price of a message

     Prices a text from a sender number, without sending it: the price per recipient on MCI and
    on the other operators, and the number of parts the text is split into
    (send/calculate-price.md). Its `meta.message` is English ("calculate successfully").

    Args:
        body (CalculatePriceRequest): The sender and the text to price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsPriceEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CalculatePriceRequest,
) -> ErrorEnvelope | SmsPriceEnvelope | None:
    """Calculate the price of a message

     Prices a text from a sender number, without sending it: the price per recipient on MCI and
    on the other operators, and the number of parts the text is split into
    (send/calculate-price.md). Its `meta.message` is English ("calculate successfully").

    Args:
        body (CalculatePriceRequest): The sender and the text to price.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsPriceEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | SmsPriceEnvelope]) -> SmsPriceEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, SmsPriceEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    body: CalculatePriceRequest,
) -> SmsPrice:
    """Calculate the price of a message

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. calculate_sms_price is documented in full on sync_detailed.
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
    body: CalculatePriceRequest,
) -> SmsPrice:
    """Calculate the price of a message

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. calculate_sms_price is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).data
