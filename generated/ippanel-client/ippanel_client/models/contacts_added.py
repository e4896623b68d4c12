from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactsAdded")


@_attrs_define
class ContactsAdded:
    """What became of the contacts sent.

    Attributes:
        added (int): How many were added.
        errors (int): How many were refused (e.g. an invalid number).
        existences (int): How many were already in their phonebook.
    """

    added: int
    errors: int
    existences: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added = self.added

        errors = self.errors

        existences = self.existences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added": added,
                "errors": errors,
                "existences": existences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        added = d.pop("added")

        errors = d.pop("errors")

        existences = d.pop("existences")

        contacts_added = cls(
            added=added,
            errors=errors,
            existences=existences,
        )

        contacts_added.additional_properties = d
        return contacts_added

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
