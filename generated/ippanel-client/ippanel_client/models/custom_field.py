from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomField")


@_attrs_define
class CustomField:
    """A custom field ("option" in the API's URLs and field names): a column that phonebooks can
    add to their contacts, such as a birth date. A phonebook lists its fields without
    `created_at`.

        Attributes:
            id (int): The field's id, the key of its value in a contact's `options`.
            title (str):
            type_ (CustomFieldType): What a custom field holds:

                - `int`: a whole number.
                - `string`: text.
                - `date`: a date (the documented values are written `1992/10/08` and `2025-05-20`).
            created_at (str | Unset): When the field was created, ISO 8601 (`2025-05-19T08:47:27+00:00`).
    """

    id: int
    title: str
    type_: CustomFieldType
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type_ = self.type_.value

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "type": type_,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        type_ = CustomFieldType(d.pop("type"))

        created_at = d.pop("created_at", UNSET)

        custom_field = cls(
            id=id,
            title=title,
            type_=type_,
            created_at=created_at,
        )

        custom_field.additional_properties = d
        return custom_field

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
