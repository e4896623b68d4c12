from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType

T = TypeVar("T", bound="CreateCustomFieldRequest")


@_attrs_define
class CreateCustomFieldRequest:
    """A new custom field.

    Attributes:
        type_ (CustomFieldType): What a custom field holds:

            - `int`: a whole number.
            - `string`: text.
            - `date`: a date (the documented values are written `1992/10/08` and `2025-05-20`).
        title (str):
    """

    type_: CustomFieldType
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CustomFieldType(d.pop("type"))

        title = d.pop("title")

        create_custom_field_request = cls(
            type_=type_,
            title=title,
        )

        create_custom_field_request.additional_properties = d
        return create_custom_field_request

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
