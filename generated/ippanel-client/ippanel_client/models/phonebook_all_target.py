from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhonebookAllTarget")


@_attrs_define
class PhonebookAllTarget:
    """Every number of the given phonebooks, or `size` of them from `start`.

    Attributes:
        type_ (Literal['all']):
        phonebook_ids (list[str]):
        start (str | Unset): A whole number written as a string of digits (the API returns many ids this way).
        size (str | Unset): A whole number written as a string of digits (the API returns many ids this way).
    """

    type_: Literal["all"]
    phonebook_ids: list[str]
    start: str | Unset = UNSET
    size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        phonebook_ids = self.phonebook_ids

        start = self.start

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "phonebook_ids": phonebook_ids,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["all"], d.pop("type"))
        if type_ != "all":
            raise ValueError(f"type must match const 'all', got '{type_}'")

        phonebook_ids = cast(list[str], d.pop("phonebook_ids"))

        start = d.pop("start", UNSET)

        size = d.pop("size", UNSET)

        phonebook_all_target = cls(
            type_=type_,
            phonebook_ids=phonebook_ids,
            start=start,
            size=size,
        )

        phonebook_all_target.additional_properties = d
        return phonebook_all_target

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
