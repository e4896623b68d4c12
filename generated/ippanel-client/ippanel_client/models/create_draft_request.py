from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateDraftRequest")


@_attrs_define
class CreateDraftRequest:
    """A new draft in a group. An account holds at most 200 drafts.

    Attributes:
        draft_group_id (int): The id of the group to put the draft in.
        message (str): The text of a draft, at most 1400 characters.
    """

    draft_group_id: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        draft_group_id = self.draft_group_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "draft_group_id": draft_group_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        draft_group_id = d.pop("draft_group_id")

        message = d.pop("message")

        create_draft_request = cls(
            draft_group_id=draft_group_id,
            message=message,
        )

        create_draft_request.additional_properties = d
        return create_draft_request

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
