from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inbox_message_seen import InboxMessageSeen

T = TypeVar("T", bound="InboxMessage")


@_attrs_define
class InboxMessage:
    """A message received on one of the account's numbers.

    Attributes:
        messages_inbox_id (int): The message's id; pass the last one as `filters.from_id` to get newer ones.
        from_ (str): Who sent it, E.164.
        number (str): A sender number assigned to the account: E.164 digits such as `+983000505`, or a named
            sender such as `+98BANK`, which the seed's postal-code example uses.
        message (str): The text.
        type_ (str): The kind of message, e.g. `normal`.
        time (int): When it arrived, as a Unix timestamp.
        seen (InboxMessageSeen): `1` once it has been read in the panel, else `0`.
    """

    messages_inbox_id: int
    from_: str
    number: str
    message: str
    type_: str
    time: int
    seen: InboxMessageSeen
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages_inbox_id = self.messages_inbox_id

        from_ = self.from_

        number = self.number

        message = self.message

        type_ = self.type_

        time = self.time

        seen = self.seen.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages_inbox_id": messages_inbox_id,
                "from": from_,
                "number": number,
                "message": message,
                "type": type_,
                "time": time,
                "seen": seen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messages_inbox_id = d.pop("messages_inbox_id")

        from_ = d.pop("from")

        number = d.pop("number")

        message = d.pop("message")

        type_ = d.pop("type")

        time = d.pop("time")

        seen = InboxMessageSeen(d.pop("seen"))

        inbox_message = cls(
            messages_inbox_id=messages_inbox_id,
            from_=from_,
            number=number,
            message=message,
            type_=type_,
            time=time,
            seen=seen,
        )

        inbox_message.additional_properties = d
        return inbox_message

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
