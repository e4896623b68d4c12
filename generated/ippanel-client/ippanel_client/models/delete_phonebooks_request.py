from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeletePhonebooksRequest")


@_attrs_define
class DeletePhonebooksRequest:
    """The phonebooks to delete.

    Attributes:
        list_phonebooks (list[int]): The ids of the objects to act on, at least one.
    """

    list_phonebooks: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_phonebooks = self.list_phonebooks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listPhonebooks": list_phonebooks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_phonebooks = cast(list[int], d.pop("listPhonebooks"))

        delete_phonebooks_request = cls(
            list_phonebooks=list_phonebooks,
        )

        delete_phonebooks_request.additional_properties = d
        return delete_phonebooks_request

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
