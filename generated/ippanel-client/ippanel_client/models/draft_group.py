from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DraftGroup")


@_attrs_define
class DraftGroup:
    """A group of drafts (saved messages).

    Attributes:
        title (str): The group's title.
        draft_group_id (int): The group's id, which the draft operations take.
        user_id (int): The id of the account that owns the group.
        time (int): When the group was created, as a Unix timestamp.
    """

    title: str
    draft_group_id: int
    user_id: int
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        draft_group_id = self.draft_group_id

        user_id = self.user_id

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "draft_group_id": draft_group_id,
                "user_id": user_id,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        draft_group_id = d.pop("draft_group_id")

        user_id = d.pop("user_id")

        time = d.pop("time")

        draft_group = cls(
            title=title,
            draft_group_id=draft_group_id,
            user_id=user_id,
            time=time,
        )

        draft_group.additional_properties = d
        return draft_group

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
