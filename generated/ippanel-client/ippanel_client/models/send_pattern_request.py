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
        code (str): The pattern's code.
        recipients (list[str]): The numbers that receive the message.
        params (PatternParams): The value of each placeholder of the pattern, by placeholder name.
        phonebook (PatternContact | Unset): Save the recipient to a phonebook as well. Not in the seed; from the Edge
            documentation
            (send/pattern.md). When the phonebook is full, the message is still sent.
    """

    sending_type: Literal["pattern"]
    from_number: str
    code: str
    recipients: list[str]
    params: PatternParams
    phonebook: PatternContact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sending_type = self.sending_type

        from_number = self.from_number

        code = self.code

        recipients = self.recipients

        params = self.params.to_dict()

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

        params = PatternParams.from_dict(d.pop("params"))

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
