from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_values import CustomFieldValues


T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    """A contact as written to a phonebook, to add it or to replace it.

    Attributes:
        number (str): A recipient's mobile number in E.164 format, e.g. `+989120000000`. The seed's examples all
            use this form; the Edge documentation (send/webservice.md) requires it.
        phonebook_id (int | str): An id written as a number or as a string of digits: the Edge documentation's examples
            send
            phonebook and custom-field ids as strings (`"1234"`), its tables call them ids.
        pre (str | Unset): A title before the name, e.g. `آقای` (Mr.).
        name (str | Unset):
        email (str | Unset):
        options (CustomFieldValues | Unset): A contact's custom-field values, keyed by custom field id (see the custom
            fields
            operations), each written as a string.
    """

    number: str
    phonebook_id: int | str
    pre: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    options: CustomFieldValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        phonebook_id: int | str
        phonebook_id = self.phonebook_id

        pre = self.pre

        name = self.name

        email = self.email

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "phonebook_id": phonebook_id,
            }
        )
        if pre is not UNSET:
            field_dict["pre"] = pre
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_values import CustomFieldValues  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        def _parse_phonebook_id(data: object) -> int | str:
            return cast(int | str, data)

        phonebook_id = _parse_phonebook_id(d.pop("phonebook_id"))

        pre = d.pop("pre", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        _options = d.pop("options", UNSET)
        options: CustomFieldValues | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = CustomFieldValues.from_dict(_options)

        contact_input = cls(
            number=number,
            phonebook_id=phonebook_id,
            pre=pre,
            name=name,
            email=email,
            options=options,
        )

        contact_input.additional_properties = d
        return contact_input

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
