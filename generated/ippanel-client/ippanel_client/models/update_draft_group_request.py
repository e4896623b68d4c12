from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateDraftGroupRequest")


@_attrs_define
class UpdateDraftGroupRequest:
    """A draft group's new title.

    Attributes:
        draft_group_id (int): The id of the group to rename.
        title (str): The title of a draft group.
    """

    draft_group_id: int
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        draft_group_id = self.draft_group_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "draft_group_id": draft_group_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        draft_group_id = d.pop("draft_group_id")

        title = d.pop("title")

        update_draft_group_request = cls(
            draft_group_id=draft_group_id,
            title=title,
        )

        update_draft_group_request.additional_properties = d
        return update_draft_group_request

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
