from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.send_country_request import SendCountryRequest
from ...models.send_file_request import SendFileRequest
from ...models.send_geolocation_request import SendGeolocationRequest
from ...models.send_job_request import SendJobRequest
from ...models.send_keyword_phonebook_request import SendKeywordPhonebookRequest
from ...models.send_keyword_request import SendKeywordRequest
from ...models.send_normal_request import SendNormalRequest
from ...models.send_pattern_request import SendPatternRequest
from ...models.send_peer_to_peer_file_request import SendPeerToPeerFileRequest
from ...models.send_peer_to_peer_request import SendPeerToPeerRequest
from ...models.send_phonebook_request import SendPhonebookRequest
from ...models.send_postal_code_request import SendPostalCodeRequest
from ...models.send_result import SendResult
from ...models.send_result_envelope import SendResultEnvelope
from ...models.send_votp_request import SendVotpRequest
from ...models.send_webservice_request import SendWebserviceRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SendCountryRequest
    | SendGeolocationRequest
    | SendJobRequest
    | SendKeywordPhonebookRequest
    | SendNormalRequest
    | SendPatternRequest
    | SendPeerToPeerRequest
    | SendPhonebookRequest
    | SendPostalCodeRequest
    | SendVotpRequest
    | SendWebserviceRequest
    | SendFileRequest
    | SendKeywordRequest
    | SendPeerToPeerFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/send",
    }

    if isinstance(
        body,
        SendCountryRequest
        | SendGeolocationRequest
        | SendJobRequest
        | SendKeywordPhonebookRequest
        | SendNormalRequest
        | SendPatternRequest
        | SendPeerToPeerRequest
        | SendPhonebookRequest
        | SendPostalCodeRequest
        | SendVotpRequest
        | SendWebserviceRequest,
    ):
        if isinstance(body, SendNormalRequest):
            _kwargs["json"] = body.to_dict()
        elif isinstance(body, SendWebserviceRequest):
            _kwargs["json"] = body.to_dict()
        elif isinstance(body, SendPeerToPeerRequest):
            _kwargs["json"] = body.to_dict()
        elif isinstance(body, SendPostalCodeRequest):
            _kwargs["json"] = body.to_dict()
        elif isinstance(body, SendPatternRequest):
            _kwargs["json"] = body.to_dict()
        elif isinstance(body, SendVotpRequest):
            _kwargs["json"] = body.to_dict()
        elif isinstance(body, SendCountryRequest):
            _kwargs["json"] = body.to_dict()
        elif isinstance(body, SendGeolocationRequest):
            _kwargs["json"] = body.to_dict()
        elif isinstance(body, SendJobRequest):
            _kwargs["json"] = body.to_dict()
        elif isinstance(body, SendKeywordPhonebookRequest):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, SendFileRequest | SendKeywordRequest | SendPeerToPeerFileRequest):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
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
    body: SendCountryRequest
    | SendGeolocationRequest
    | SendJobRequest
    | SendKeywordPhonebookRequest
    | SendNormalRequest
    | SendPatternRequest
    | SendPeerToPeerRequest
    | SendPhonebookRequest
    | SendPostalCodeRequest
    | SendVotpRequest
    | SendWebserviceRequest
    | SendFileRequest
    | SendKeywordRequest
    | SendPeerToPeerFileRequest,
) -> Response[ErrorEnvelope | SendResultEnvelope]:
    """Send SMS

     Sends SMS in one of fourteen ways, chosen by `sending_type` in the body:

    | `sending_type` | body | what it sends |
    |---|---|---|
    | `normal` | JSON | one message to a list of numbers, quickly |
    | `webservice` | JSON | one message to a list of numbers, through the web-service line |
    | `peer_to_peer` | JSON | several messages, each to its own numbers |
    | `peer_to_peer_file` | multipart | the messages listed in one or more CSV or XLSX files |
    | `postal_code` | JSON | one message to the people of postal-code areas |
    | `pattern` | JSON | a pre-approved pattern, its placeholders filled in, to one number |
    | `votp` | JSON | a one-time code read out by a voice call to one number |
    | `country` | JSON | one message to the people of provinces, counties or cities (ids from the bank
    look-ups) |
    | `geolocation` | JSON | the same in the second form: an `operator` list, no `bank` (ids from the v2
    bank look-ups) |
    | `job` | JSON | one message to the people of job categories (ids from the job look-ups) |
    | `keyword` | multipart | one text, its `{ex_B}` placeholders filled from each row of a spreadsheet
    |
    | `keyword_phonebook` | JSON | one text, its `{ex_<field id>}` placeholders filled from each
    phonebook member |
    | `phonebook` | JSON | one message to whole phonebooks or chosen numbers of them |
    | `file` | multipart | one message to the numbers listed in CSV or XLSX files |

    `normal` comes from the seed only; the Edge documentation has the other thirteen (and calls
    `normal`'s twin `webservice` its quick send). The v2 country page's table says its
    `sending_type` is `country`, but its example sends `geolocation`; since `country` has
    another shape, the second form is `geolocation` here.

    `send_time` (`YYYY-MM-DD HH:MM:SS`, UTC) is optional on every type; without it the message
    goes at once.

    The result holds one outbox id per **message**, not per recipient.

    Every call spends credit and reaches real phones.

    Args:
        body (SendCountryRequest | SendGeolocationRequest | SendJobRequest |
            SendKeywordPhonebookRequest | SendNormalRequest | SendPatternRequest |
            SendPeerToPeerRequest | SendPhonebookRequest | SendPostalCodeRequest | SendVotpRequest |
            SendWebserviceRequest): A JSON send: one of eleven sending types, chosen by
            `sending_type`. Every variant fixes
            `sending_type` with `const`, so that tools which ignore `discriminator` and match variants
            in order (Prism, openapi-python-client) still pick the right one. The file types
            (`peer_to_peer_file`, `keyword`, `file`) are sent as `multipart/form-data`
            (`SendFileSmsRequest`).
        body (SendFileRequest | SendKeywordRequest | SendPeerToPeerFileRequest): A
            `multipart/form-data` send, with files: one of three sending types, chosen by
            `sending_type`. As in the JSON union (`SendSmsRequest`), every variant fixes
            `sending_type`
            with `const`, so that the mock's validation and the generated client tell them apart.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SendResultEnvelope]
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
    body: SendCountryRequest
    | SendGeolocationRequest
    | SendJobRequest
    | SendKeywordPhonebookRequest
    | SendNormalRequest
    | SendPatternRequest
    | SendPeerToPeerRequest
    | SendPhonebookRequest
    | SendPostalCodeRequest
    | SendVotpRequest
    | SendWebserviceRequest
    | SendFileRequest
    | SendKeywordRequest
    | SendPeerToPeerFileRequest,
) -> ErrorEnvelope | SendResultEnvelope | None:
    """Send SMS

     Sends SMS in one of fourteen ways, chosen by `sending_type` in the body:

    | `sending_type` | body | what it sends |
    |---|---|---|
    | `normal` | JSON | one message to a list of numbers, quickly |
    | `webservice` | JSON | one message to a list of numbers, through the web-service line |
    | `peer_to_peer` | JSON | several messages, each to its own numbers |
    | `peer_to_peer_file` | multipart | the messages listed in one or more CSV or XLSX files |
    | `postal_code` | JSON | one message to the people of postal-code areas |
    | `pattern` | JSON | a pre-approved pattern, its placeholders filled in, to one number |
    | `votp` | JSON | a one-time code read out by a voice call to one number |
    | `country` | JSON | one message to the people of provinces, counties or cities (ids from the bank
    look-ups) |
    | `geolocation` | JSON | the same in the second form: an `operator` list, no `bank` (ids from the v2
    bank look-ups) |
    | `job` | JSON | one message to the people of job categories (ids from the job look-ups) |
    | `keyword` | multipart | one text, its `{ex_B}` placeholders filled from each row of a spreadsheet
    |
    | `keyword_phonebook` | JSON | one text, its `{ex_<field id>}` placeholders filled from each
    phonebook member |
    | `phonebook` | JSON | one message to whole phonebooks or chosen numbers of them |
    | `file` | multipart | one message to the numbers listed in CSV or XLSX files |

    `normal` comes from the seed only; the Edge documentation has the other thirteen (and calls
    `normal`'s twin `webservice` its quick send). The v2 country page's table says its
    `sending_type` is `country`, but its example sends `geolocation`; since `country` has
    another shape, the second form is `geolocation` here.

    `send_time` (`YYYY-MM-DD HH:MM:SS`, UTC) is optional on every type; without it the message
    goes at once.

    The result holds one outbox id per **message**, not per recipient.

    Every call spends credit and reaches real phones.

    Args:
        body (SendCountryRequest | SendGeolocationRequest | SendJobRequest |
            SendKeywordPhonebookRequest | SendNormalRequest | SendPatternRequest |
            SendPeerToPeerRequest | SendPhonebookRequest | SendPostalCodeRequest | SendVotpRequest |
            SendWebserviceRequest): A JSON send: one of eleven sending types, chosen by
            `sending_type`. Every variant fixes
            `sending_type` with `const`, so that tools which ignore `discriminator` and match variants
            in order (Prism, openapi-python-client) still pick the right one. The file types
            (`peer_to_peer_file`, `keyword`, `file`) are sent as `multipart/form-data`
            (`SendFileSmsRequest`).
        body (SendFileRequest | SendKeywordRequest | SendPeerToPeerFileRequest): A
            `multipart/form-data` send, with files: one of three sending types, chosen by
            `sending_type`. As in the JSON union (`SendSmsRequest`), every variant fixes
            `sending_type`
            with `const`, so that the mock's validation and the generated client tell them apart.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SendResultEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendCountryRequest
    | SendGeolocationRequest
    | SendJobRequest
    | SendKeywordPhonebookRequest
    | SendNormalRequest
    | SendPatternRequest
    | SendPeerToPeerRequest
    | SendPhonebookRequest
    | SendPostalCodeRequest
    | SendVotpRequest
    | SendWebserviceRequest
    | SendFileRequest
    | SendKeywordRequest
    | SendPeerToPeerFileRequest,
) -> Response[ErrorEnvelope | SendResultEnvelope]:
    """Send SMS

     Sends SMS in one of fourteen ways, chosen by `sending_type` in the body:

    | `sending_type` | body | what it sends |
    |---|---|---|
    | `normal` | JSON | one message to a list of numbers, quickly |
    | `webservice` | JSON | one message to a list of numbers, through the web-service line |
    | `peer_to_peer` | JSON | several messages, each to its own numbers |
    | `peer_to_peer_file` | multipart | the messages listed in one or more CSV or XLSX files |
    | `postal_code` | JSON | one message to the people of postal-code areas |
    | `pattern` | JSON | a pre-approved pattern, its placeholders filled in, to one number |
    | `votp` | JSON | a one-time code read out by a voice call to one number |
    | `country` | JSON | one message to the people of provinces, counties or cities (ids from the bank
    look-ups) |
    | `geolocation` | JSON | the same in the second form: an `operator` list, no `bank` (ids from the v2
    bank look-ups) |
    | `job` | JSON | one message to the people of job categories (ids from the job look-ups) |
    | `keyword` | multipart | one text, its `{ex_B}` placeholders filled from each row of a spreadsheet
    |
    | `keyword_phonebook` | JSON | one text, its `{ex_<field id>}` placeholders filled from each
    phonebook member |
    | `phonebook` | JSON | one message to whole phonebooks or chosen numbers of them |
    | `file` | multipart | one message to the numbers listed in CSV or XLSX files |

    `normal` comes from the seed only; the Edge documentation has the other thirteen (and calls
    `normal`'s twin `webservice` its quick send). The v2 country page's table says its
    `sending_type` is `country`, but its example sends `geolocation`; since `country` has
    another shape, the second form is `geolocation` here.

    `send_time` (`YYYY-MM-DD HH:MM:SS`, UTC) is optional on every type; without it the message
    goes at once.

    The result holds one outbox id per **message**, not per recipient.

    Every call spends credit and reaches real phones.

    Args:
        body (SendCountryRequest | SendGeolocationRequest | SendJobRequest |
            SendKeywordPhonebookRequest | SendNormalRequest | SendPatternRequest |
            SendPeerToPeerRequest | SendPhonebookRequest | SendPostalCodeRequest | SendVotpRequest |
            SendWebserviceRequest): A JSON send: one of eleven sending types, chosen by
            `sending_type`. Every variant fixes
            `sending_type` with `const`, so that tools which ignore `discriminator` and match variants
            in order (Prism, openapi-python-client) still pick the right one. The file types
            (`peer_to_peer_file`, `keyword`, `file`) are sent as `multipart/form-data`
            (`SendFileSmsRequest`).
        body (SendFileRequest | SendKeywordRequest | SendPeerToPeerFileRequest): A
            `multipart/form-data` send, with files: one of three sending types, chosen by
            `sending_type`. As in the JSON union (`SendSmsRequest`), every variant fixes
            `sending_type`
            with `const`, so that the mock's validation and the generated client tell them apart.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SendResultEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SendCountryRequest
    | SendGeolocationRequest
    | SendJobRequest
    | SendKeywordPhonebookRequest
    | SendNormalRequest
    | SendPatternRequest
    | SendPeerToPeerRequest
    | SendPhonebookRequest
    | SendPostalCodeRequest
    | SendVotpRequest
    | SendWebserviceRequest
    | SendFileRequest
    | SendKeywordRequest
    | SendPeerToPeerFileRequest,
) -> ErrorEnvelope | SendResultEnvelope | None:
    """Send SMS

     Sends SMS in one of fourteen ways, chosen by `sending_type` in the body:

    | `sending_type` | body | what it sends |
    |---|---|---|
    | `normal` | JSON | one message to a list of numbers, quickly |
    | `webservice` | JSON | one message to a list of numbers, through the web-service line |
    | `peer_to_peer` | JSON | several messages, each to its own numbers |
    | `peer_to_peer_file` | multipart | the messages listed in one or more CSV or XLSX files |
    | `postal_code` | JSON | one message to the people of postal-code areas |
    | `pattern` | JSON | a pre-approved pattern, its placeholders filled in, to one number |
    | `votp` | JSON | a one-time code read out by a voice call to one number |
    | `country` | JSON | one message to the people of provinces, counties or cities (ids from the bank
    look-ups) |
    | `geolocation` | JSON | the same in the second form: an `operator` list, no `bank` (ids from the v2
    bank look-ups) |
    | `job` | JSON | one message to the people of job categories (ids from the job look-ups) |
    | `keyword` | multipart | one text, its `{ex_B}` placeholders filled from each row of a spreadsheet
    |
    | `keyword_phonebook` | JSON | one text, its `{ex_<field id>}` placeholders filled from each
    phonebook member |
    | `phonebook` | JSON | one message to whole phonebooks or chosen numbers of them |
    | `file` | multipart | one message to the numbers listed in CSV or XLSX files |

    `normal` comes from the seed only; the Edge documentation has the other thirteen (and calls
    `normal`'s twin `webservice` its quick send). The v2 country page's table says its
    `sending_type` is `country`, but its example sends `geolocation`; since `country` has
    another shape, the second form is `geolocation` here.

    `send_time` (`YYYY-MM-DD HH:MM:SS`, UTC) is optional on every type; without it the message
    goes at once.

    The result holds one outbox id per **message**, not per recipient.

    Every call spends credit and reaches real phones.

    Args:
        body (SendCountryRequest | SendGeolocationRequest | SendJobRequest |
            SendKeywordPhonebookRequest | SendNormalRequest | SendPatternRequest |
            SendPeerToPeerRequest | SendPhonebookRequest | SendPostalCodeRequest | SendVotpRequest |
            SendWebserviceRequest): A JSON send: one of eleven sending types, chosen by
            `sending_type`. Every variant fixes
            `sending_type` with `const`, so that tools which ignore `discriminator` and match variants
            in order (Prism, openapi-python-client) still pick the right one. The file types
            (`peer_to_peer_file`, `keyword`, `file`) are sent as `multipart/form-data`
            (`SendFileSmsRequest`).
        body (SendFileRequest | SendKeywordRequest | SendPeerToPeerFileRequest): A
            `multipart/form-data` send, with files: one of three sending types, chosen by
            `sending_type`. As in the JSON union (`SendSmsRequest`), every variant fixes
            `sending_type`
            with `const`, so that the mock's validation and the generated client tell them apart.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SendResultEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
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
    body: SendCountryRequest
    | SendGeolocationRequest
    | SendJobRequest
    | SendKeywordPhonebookRequest
    | SendNormalRequest
    | SendPatternRequest
    | SendPeerToPeerRequest
    | SendPhonebookRequest
    | SendPostalCodeRequest
    | SendVotpRequest
    | SendWebserviceRequest
    | SendFileRequest
    | SendKeywordRequest
    | SendPeerToPeerFileRequest,
) -> SendResult:
    """Send SMS

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. send_sms is documented in full on sync_detailed.
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
    body: SendCountryRequest
    | SendGeolocationRequest
    | SendJobRequest
    | SendKeywordPhonebookRequest
    | SendNormalRequest
    | SendPatternRequest
    | SendPeerToPeerRequest
    | SendPhonebookRequest
    | SendPostalCodeRequest
    | SendVotpRequest
    | SendWebserviceRequest
    | SendFileRequest
    | SendKeywordRequest
    | SendPeerToPeerFileRequest,
) -> SendResult:
    """Send SMS

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. send_sms is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).data
