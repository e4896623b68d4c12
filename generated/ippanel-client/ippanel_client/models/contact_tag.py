from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactTag")


@_attrs_define
class ContactTag:
    """A tag on a contact.

    Attributes:
        id (int):
        tag (str):
        number_id (str | Unset): The contact's id, as a string.
        phonebook_id (str | Unset): The phonebook's id, as a string.
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    id: int
    tag: str
    number_id: str | Unset = UNSET
    phonebook_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tag = self.tag

        number_id = self.number_id

        phonebook_id = self.phonebook_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tag": tag,
            }
        )
        if number_id is not UNSET:
            field_dict["number_id"] = number_id
        if phonebook_id is not UNSET:
            field_dict["phonebook_id"] = phonebook_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        tag = d.pop("tag")

        number_id = d.pop("number_id", UNSET)

        phonebook_id = d.pop("phonebook_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        contact_tag = cls(
            id=id,
            tag=tag,
            number_id=number_id,
            phonebook_id=phonebook_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        contact_tag.additional_properties = d
        return contact_tag

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
