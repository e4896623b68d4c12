from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Draft")


@_attrs_define
class Draft:
    """A draft, i.e. a saved message to reuse when sending.

    Attributes:
        draft_group_id (int): The id of the group the draft belongs to.
        user_id (int): The id of the account that owns the draft.
        draft_id (int): The draft's id.
        time (int): When the draft was created, as a Unix timestamp; `0` for some drafts in the Edge
            documentation's example (presumably older drafts saved without a time).
        message (str): The text of the message.
        type_ (str): The kind of message; `normal` in every documented draft.
    """

    draft_group_id: int
    user_id: int
    draft_id: int
    time: int
    message: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        draft_group_id = self.draft_group_id

        user_id = self.user_id

        draft_id = self.draft_id

        time = self.time

        message = self.message

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "draft_group_id": draft_group_id,
                "user_id": user_id,
                "draft_id": draft_id,
                "time": time,
                "message": message,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        draft_group_id = d.pop("draft_group_id")

        user_id = d.pop("user_id")

        draft_id = d.pop("draft_id")

        time = d.pop("time")

        message = d.pop("message")

        type_ = d.pop("type")

        draft = cls(
            draft_group_id=draft_group_id,
            user_id=user_id,
            draft_id=draft_id,
            time=time,
            message=message,
            type_=type_,
        )

        draft.additional_properties = d
        return draft

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
