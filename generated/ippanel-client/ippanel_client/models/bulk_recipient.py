from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_status import MessageStatus

T = TypeVar("T", bound="BulkRecipient")


@_attrs_define
class BulkRecipient:
    """One recipient of a bulk and how its message fared.

    Attributes:
        recipient (str): A recipient's mobile number in E.164 format, e.g. `+989120000000`. The seed's examples all
            use this form; the Edge documentation (send/webservice.md) requires it.
        message (str): The text this recipient got.
        is_readable (bool): Whether the text may be shown (false where it is hidden, e.g. a code).
        msg_parts (str): A whole number written as a string of digits (the API returns many ids this way).
        message_status (MessageStatus): Where one recipient's message stands, a string of one digit:

            | value | meaning |
            |---|---|
            | `0` | sent to the operator |
            | `1` | the operator received it |
            | `2` | delivered to the recipient |
            | `3` | not delivered to the recipient |
            | `4` | the number is blacklisted |
    """

    recipient: str
    message: str
    is_readable: bool
    msg_parts: str
    message_status: MessageStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        message = self.message

        is_readable = self.is_readable

        msg_parts = self.msg_parts

        message_status = self.message_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
                "message": message,
                "is_readable": is_readable,
                "msg_parts": msg_parts,
                "message_status": message_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient = d.pop("recipient")

        message = d.pop("message")

        is_readable = d.pop("is_readable")

        msg_parts = d.pop("msg_parts")

        message_status = MessageStatus(d.pop("message_status"))

        bulk_recipient = cls(
            recipient=recipient,
            message=message,
            is_readable=is_readable,
            msg_parts=msg_parts,
            message_status=message_status,
        )

        bulk_recipient.additional_properties = d
        return bulk_recipient

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
