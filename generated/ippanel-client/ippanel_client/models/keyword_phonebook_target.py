from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KeywordPhonebookTarget")


@_attrs_define
class KeywordPhonebookTarget:
    """One phonebook whose members receive a keyword-phonebook message.

    Attributes:
        phonebook_id (int): The phonebook's id.
    """

    phonebook_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phonebook_id = self.phonebook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phonebook_id": phonebook_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phonebook_id = d.pop("phonebook_id")

        keyword_phonebook_target = cls(
            phonebook_id=phonebook_id,
        )

        keyword_phonebook_target.additional_properties = d
        return keyword_phonebook_target

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
