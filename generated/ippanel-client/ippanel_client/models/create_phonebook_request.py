from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePhonebookRequest")


@_attrs_define
class CreatePhonebookRequest:
    """A new phonebook.

    Attributes:
        title (str): A phonebook's title, at most 200 characters.
        options (list[int | str] | Unset): The ids of the custom fields its contacts get.
    """

    title: str
    options: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        options: list[int | str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item: int | str
                options_item = options_item_data
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        _options = d.pop("options", UNSET)
        options: list[int | str] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:

                def _parse_options_item(data: object) -> int | str:
                    return cast(int | str, data)

                options_item = _parse_options_item(options_item_data)

                options.append(options_item)

        create_phonebook_request = cls(
            title=title,
            options=options,
        )

        create_phonebook_request.additional_properties = d
        return create_phonebook_request

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
