from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhonebookDetailTarget")


@_attrs_define
class PhonebookDetailTarget:
    """Chosen numbers of one phonebook, by their ids in it.

    Attributes:
        type_ (Literal['detail']):
        phonebook_id (str): A whole number written as a string of digits (the API returns many ids this way).
        number_ids (list[str]):
    """

    type_: Literal["detail"]
    phonebook_id: str
    number_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        phonebook_id = self.phonebook_id

        number_ids = self.number_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "phonebook_id": phonebook_id,
                "number_ids": number_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["detail"], d.pop("type"))
        if type_ != "detail":
            raise ValueError(f"type must match const 'detail', got '{type_}'")

        phonebook_id = d.pop("phonebook_id")

        number_ids = cast(list[str], d.pop("number_ids"))

        phonebook_detail_target = cls(
            type_=type_,
            phonebook_id=phonebook_id,
            number_ids=number_ids,
        )

        phonebook_detail_target.additional_properties = d
        return phonebook_detail_target

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
