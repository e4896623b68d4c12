from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pattern_contact import PatternContact
    from ..models.pattern_params import PatternParams


T = TypeVar("T", bound="SendPatternRequest")


@_attrs_define
class SendPatternRequest:
    """Send a message built from a pre-approved pattern, its placeholders filled from `params`.

    Attributes:
        sending_type (Literal['pattern']):
        from_number (str): A sender number assigned to the account: E.164 digits such as `+983000505`, or a named
            sender such as `+98BANK`, which the seed's postal-code example uses.
        code (str): The pattern's code: the `pattern_code` of a `Pattern` (Pattern operations: create one
            with `createPattern`, find it with `listPatterns` or `getPattern`). It must be `active`.
        recipients (list[str]): The numbers that receive the message.
        params (list[str] | PatternParams): The value of each placeholder of the pattern, by placeholder name. The
            pattern's
            variables are typed `string` or `integer` (Edge documentation, pattern/create.md), and the
            official SDKs send either (python-sdk's `send_pattern` takes `Dict[str, Any]`), so a value
            is a string or a number. A pattern without variables takes `{}`; an empty list `[]` is
            the same to the server (PHP decodes both into an empty array) and is what laravel-sdk
            sends by default, so it is accepted too.
        send_time (str | Unset): When to send, as `YYYY-MM-DD HH:MM:SS` in UTC. Optional on every sending type; without
            it
            the message is sent at once.
        phonebook (PatternContact | Unset): Save the recipient to a phonebook as well, as a contact (see the Phonebook
            contacts
            operations). Not in the seed; from the Edge documentation
            (send/pattern.md). When the phonebook is full, the message is still sent.
    """

    sending_type: Literal["pattern"]
    from_number: str
    code: str
    recipients: list[str]
    params: list[str] | PatternParams
    send_time: str | Unset = UNSET
    phonebook: PatternContact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pattern_params import PatternParams  # noqa: PLC0415

        sending_type = self.sending_type

        from_number = self.from_number

        code = self.code

        recipients = self.recipients

        params: dict[str, Any] | list[str]
        if isinstance(self.params, PatternParams):
            params = self.params.to_dict()
        else:
            params = self.params

        send_time = self.send_time

        phonebook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phonebook, Unset):
            phonebook = self.phonebook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sending_type": sending_type,
                "from_number": from_number,
                "code": code,
                "recipients": recipients,
                "params": params,
            }
        )
        if send_time is not UNSET:
            field_dict["send_time"] = send_time
        if phonebook is not UNSET:
            field_dict["phonebook"] = phonebook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pattern_contact import PatternContact  # noqa: PLC0415
        from ..models.pattern_params import PatternParams  # noqa: PLC0415

        d = dict(src_dict)
        sending_type = cast(Literal["pattern"], d.pop("sending_type"))
        if sending_type != "pattern":
            raise ValueError(f"sending_type must match const 'pattern', got '{sending_type}'")

        from_number = d.pop("from_number")

        code = d.pop("code")

        recipients = cast(list[str], d.pop("recipients"))

        def _parse_params(data: object) -> list[str] | PatternParams:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = PatternParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            params_type_1 = cast(list[str], data)

            return params_type_1

        params = _parse_params(d.pop("params"))

        send_time = d.pop("send_time", UNSET)

        _phonebook = d.pop("phonebook", UNSET)
        phonebook: PatternContact | Unset
        if isinstance(_phonebook, Unset):
            phonebook = UNSET
        else:
            phonebook = PatternContact.from_dict(_phonebook)

        send_pattern_request = cls(
            sending_type=sending_type,
            from_number=from_number,
            code=code,
            recipients=recipients,
            params=params,
            send_time=send_time,
            phonebook=phonebook,
        )

        send_pattern_request.additional_properties = d
        return send_pattern_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
