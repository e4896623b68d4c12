from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CancelScheduledRequest")


@_attrs_define
class CancelScheduledRequest:
    """The scheduled message to cancel.

    Attributes:
        message_outbox_id (int): The id that the send returned in `message_outbox_ids`.
    """

    message_outbox_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_outbox_id = self.message_outbox_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_outbox_id": message_outbox_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_outbox_id = d.pop("message_outbox_id")

        cancel_scheduled_request = cls(
            message_outbox_id=message_outbox_id,
        )

        cancel_scheduled_request.additional_properties = d
        return cancel_scheduled_request

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
