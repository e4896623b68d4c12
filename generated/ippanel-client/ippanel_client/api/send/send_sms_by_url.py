from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.send_result import SendResult
from ...models.send_result_envelope import SendResultEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    from_: str,
    to: str,
    message: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["message"] = message

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/send/webservice",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SendResultEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = SendResultEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SendResultEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    message: str,
) -> Response[ErrorEnvelope | SendResultEnvelope]:
    """Send SMS with a URL

     Sends one message to one number with a plain GET, every value in the query: for systems
    that can only call a URL (send/url.md). The credentials go in the query as well, not in
    `Authorization`: either `apikey`, or `username` and `password` (not both).

    The documentation lists it as `GET {base_url}/api/send/webservice'` (a stray quote) with
    a JSON "request body"; its curls put every value in the query, as modelled here. Values
    must be URL-encoded (`+` as `%2B`), which the documentation's curls leave out; the samples
    here let curl encode them (`-G --data-urlencode`).

    The API accepts other names for each parameter; this description uses the first of each
    list below. Those lists in the documentation repeat some of `to`'s names under `username`
    (`to_number`, `recipient_number`, `target`, `receiver`), which are left out here, and give
    `secret` both to `apikey` and to `password`.

    | parameter | also accepted as |
    |---|---|
    | `apikey` | `api_key`, `apiKey`, `x-api-key`, `ApiKey`, `api-key`, `key`, `access_key`,
    `accessKey`, `auth_key`, `authorization`, `token`, `secret`, `api_token` |
    | `from` | `From`, `sender`, `src`, `source`, `from_number`, `sender_number`, `origin`,
    `originator`, `caller`, `caller_id`, `sms_from`, `fromNum` |
    | `message` | `Message`, `msg`, `text`, `txt`, `body`, `content`, `sms`, `message_body`,
    `messageText` |
    | `to` | `To`, `recipient`, `dst`, `destination`, `to_number`, `recipient_number`, `target`,
    `receiver` |
    | `username` | `UserName`, `uname`, `user`, `login`, `user_name`, `userid`, `userName` |
    | `password` | `Password`, `pass`, `passwd`, `pwd`, `user_password`, `passcode`, `login_password`,
    `auth_pass`, `user_pass`, `secret`, `access_password` |

    The generated Python client sends the security of an operation in `Authorization`; pass
    the query credentials as the client's default query instead (see docs/python-client.md).

    Args:
        from_ (str): A sender number assigned to the account: E.164 digits such as `+983000505`,
            or a named
            sender such as `+98BANK`, which the seed's postal-code example uses.
        to (str): A recipient's mobile number in E.164 format, e.g. `+989120000000`. The seed's
            examples all
            use this form; the Edge documentation (send/webservice.md) requires it.
        message (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SendResultEnvelope]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        message=message,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    message: str,
) -> ErrorEnvelope | SendResultEnvelope | None:
    """Send SMS with a URL

     Sends one message to one number with a plain GET, every value in the query: for systems
    that can only call a URL (send/url.md). The credentials go in the query as well, not in
    `Authorization`: either `apikey`, or `username` and `password` (not both).

    The documentation lists it as `GET {base_url}/api/send/webservice'` (a stray quote) with
    a JSON "request body"; its curls put every value in the query, as modelled here. Values
    must be URL-encoded (`+` as `%2B`), which the documentation's curls leave out; the samples
    here let curl encode them (`-G --data-urlencode`).

    The API accepts other names for each parameter; this description uses the first of each
    list below. Those lists in the documentation repeat some of `to`'s names under `username`
    (`to_number`, `recipient_number`, `target`, `receiver`), which are left out here, and give
    `secret` both to `apikey` and to `password`.

    | parameter | also accepted as |
    |---|---|
    | `apikey` | `api_key`, `apiKey`, `x-api-key`, `ApiKey`, `api-key`, `key`, `access_key`,
    `accessKey`, `auth_key`, `authorization`, `token`, `secret`, `api_token` |
    | `from` | `From`, `sender`, `src`, `source`, `from_number`, `sender_number`, `origin`,
    `originator`, `caller`, `caller_id`, `sms_from`, `fromNum` |
    | `message` | `Message`, `msg`, `text`, `txt`, `body`, `content`, `sms`, `message_body`,
    `messageText` |
    | `to` | `To`, `recipient`, `dst`, `destination`, `to_number`, `recipient_number`, `target`,
    `receiver` |
    | `username` | `UserName`, `uname`, `user`, `login`, `user_name`, `userid`, `userName` |
    | `password` | `Password`, `pass`, `passwd`, `pwd`, `user_password`, `passcode`, `login_password`,
    `auth_pass`, `user_pass`, `secret`, `access_password` |

    The generated Python client sends the security of an operation in `Authorization`; pass
    the query credentials as the client's default query instead (see docs/python-client.md).

    Args:
        from_ (str): A sender number assigned to the account: E.164 digits such as `+983000505`,
            or a named
            sender such as `+98BANK`, which the seed's postal-code example uses.
        to (str): A recipient's mobile number in E.164 format, e.g. `+989120000000`. The seed's
            examples all
            use this form; the Edge documentation (send/webservice.md) requires it.
        message (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SendResultEnvelope
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        message=message,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    message: str,
) -> Response[ErrorEnvelope | SendResultEnvelope]:
    """Send SMS with a URL

     Sends one message to one number with a plain GET, every value in the query: for systems
    that can only call a URL (send/url.md). The credentials go in the query as well, not in
    `Authorization`: either `apikey`, or `username` and `password` (not both).

    The documentation lists it as `GET {base_url}/api/send/webservice'` (a stray quote) with
    a JSON "request body"; its curls put every value in the query, as modelled here. Values
    must be URL-encoded (`+` as `%2B`), which the documentation's curls leave out; the samples
    here let curl encode them (`-G --data-urlencode`).

    The API accepts other names for each parameter; this description uses the first of each
    list below. Those lists in the documentation repeat some of `to`'s names under `username`
    (`to_number`, `recipient_number`, `target`, `receiver`), which are left out here, and give
    `secret` both to `apikey` and to `password`.

    | parameter | also accepted as |
    |---|---|
    | `apikey` | `api_key`, `apiKey`, `x-api-key`, `ApiKey`, `api-key`, `key`, `access_key`,
    `accessKey`, `auth_key`, `authorization`, `token`, `secret`, `api_token` |
    | `from` | `From`, `sender`, `src`, `source`, `from_number`, `sender_number`, `origin`,
    `originator`, `caller`, `caller_id`, `sms_from`, `fromNum` |
    | `message` | `Message`, `msg`, `text`, `txt`, `body`, `content`, `sms`, `message_body`,
    `messageText` |
    | `to` | `To`, `recipient`, `dst`, `destination`, `to_number`, `recipient_number`, `target`,
    `receiver` |
    | `username` | `UserName`, `uname`, `user`, `login`, `user_name`, `userid`, `userName` |
    | `password` | `Password`, `pass`, `passwd`, `pwd`, `user_password`, `passcode`, `login_password`,
    `auth_pass`, `user_pass`, `secret`, `access_password` |

    The generated Python client sends the security of an operation in `Authorization`; pass
    the query credentials as the client's default query instead (see docs/python-client.md).

    Args:
        from_ (str): A sender number assigned to the account: E.164 digits such as `+983000505`,
            or a named
            sender such as `+98BANK`, which the seed's postal-code example uses.
        to (str): A recipient's mobile number in E.164 format, e.g. `+989120000000`. The seed's
            examples all
            use this form; the Edge documentation (send/webservice.md) requires it.
        message (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SendResultEnvelope]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        message=message,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    message: str,
) -> ErrorEnvelope | SendResultEnvelope | None:
    """Send SMS with a URL

     Sends one message to one number with a plain GET, every value in the query: for systems
    that can only call a URL (send/url.md). The credentials go in the query as well, not in
    `Authorization`: either `apikey`, or `username` and `password` (not both).

    The documentation lists it as `GET {base_url}/api/send/webservice'` (a stray quote) with
    a JSON "request body"; its curls put every value in the query, as modelled here. Values
    must be URL-encoded (`+` as `%2B`), which the documentation's curls leave out; the samples
    here let curl encode them (`-G --data-urlencode`).

    The API accepts other names for each parameter; this description uses the first of each
    list below. Those lists in the documentation repeat some of `to`'s names under `username`
    (`to_number`, `recipient_number`, `target`, `receiver`), which are left out here, and give
    `secret` both to `apikey` and to `password`.

    | parameter | also accepted as |
    |---|---|
    | `apikey` | `api_key`, `apiKey`, `x-api-key`, `ApiKey`, `api-key`, `key`, `access_key`,
    `accessKey`, `auth_key`, `authorization`, `token`, `secret`, `api_token` |
    | `from` | `From`, `sender`, `src`, `source`, `from_number`, `sender_number`, `origin`,
    `originator`, `caller`, `caller_id`, `sms_from`, `fromNum` |
    | `message` | `Message`, `msg`, `text`, `txt`, `body`, `content`, `sms`, `message_body`,
    `messageText` |
    | `to` | `To`, `recipient`, `dst`, `destination`, `to_number`, `recipient_number`, `target`,
    `receiver` |
    | `username` | `UserName`, `uname`, `user`, `login`, `user_name`, `userid`, `userName` |
    | `password` | `Password`, `pass`, `passwd`, `pwd`, `user_password`, `passcode`, `login_password`,
    `auth_pass`, `user_pass`, `secret`, `access_password` |

    The generated Python client sends the security of an operation in `Authorization`; pass
    the query credentials as the client's default query instead (see docs/python-client.md).

    Args:
        from_ (str): A sender number assigned to the account: E.164 digits such as `+983000505`,
            or a named
            sender such as `+98BANK`, which the seed's postal-code example uses.
        to (str): A recipient's mobile number in E.164 format, e.g. `+989120000000`. The seed's
            examples all
            use this form; the Edge documentation (send/webservice.md) requires it.
        message (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SendResultEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            message=message,
        )
    ).parsed


def _ok(response: Response[ErrorEnvelope | SendResultEnvelope]) -> SendResultEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, SendResultEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    message: str,
) -> SendResult:
    """Send SMS with a URL

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. send_sms_by_url is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            from_=from_,
            to=to,
            message=message,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    message: str,
) -> SendResult:
    """Send SMS with a URL

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. send_sms_by_url is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            message=message,
        )
    ).data
