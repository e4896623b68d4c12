from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keyword_phonebook_target import KeywordPhonebookTarget


T = TypeVar("T", bound="SendKeywordPhonebookRequest")


@_attrs_define
class SendKeywordPhonebookRequest:
    """Send a message to the members of phonebooks, its placeholders (`{ex_<field id>}`) filled
    from each member's fields (Edge documentation, send/keyword-phonebook.md).

        Attributes:
            sending_type (Literal['keyword_phonebook']):
            from_number (str): A sender number assigned to the account: E.164 digits such as `+983000505`, or a named
                sender such as `+98BANK`, which the seed's postal-code example uses.
            message (str): The text, with placeholders such as `{ex_50856}` for a phonebook field.
            params (list[KeywordPhonebookTarget]):
            send_time (str | Unset): When to send, as `YYYY-MM-DD HH:MM:SS` in UTC. Optional on every sending type; without
                it
                the message is sent at once.
    """

    sending_type: Literal["keyword_phonebook"]
    from_number: str
    message: str
    params: list[KeywordPhonebookTarget]
    send_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sending_type = self.sending_type

        from_number = self.from_number

        message = self.message

        params = []
        for params_item_data in self.params:
            params_item = params_item_data.to_dict()
            params.append(params_item)

        send_time = self.send_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sending_type": sending_type,
                "from_number": from_number,
                "message": message,
                "params": params,
            }
        )
        if send_time is not UNSET:
            field_dict["send_time"] = send_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keyword_phonebook_target import KeywordPhonebookTarget  # noqa: PLC0415

        d = dict(src_dict)
        sending_type = cast(Literal["keyword_phonebook"], d.pop("sending_type"))
        if sending_type != "keyword_phonebook":
            raise ValueError(f"sending_type must match const 'keyword_phonebook', got '{sending_type}'")

        from_number = d.pop("from_number")

        message = d.pop("message")

        params = []
        _params = d.pop("params")
        for params_item_data in _params:
            params_item = KeywordPhonebookTarget.from_dict(params_item_data)

            params.append(params_item)

        send_time = d.pop("send_time", UNSET)

        send_keyword_phonebook_request = cls(
            sending_type=sending_type,
            from_number=from_number,
            message=message,
            params=params,
            send_time=send_time,
        )

        send_keyword_phonebook_request.additional_properties = d
        return send_keyword_phonebook_request

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
