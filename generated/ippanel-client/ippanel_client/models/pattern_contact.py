from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phonebook_custom_fields import PhonebookCustomFields


T = TypeVar("T", bound="PatternContact")


@_attrs_define
class PatternContact:
    """Save the recipient to a phonebook as well, as a contact (see the Phonebook contacts
    operations). Not in the seed; from the Edge documentation
    (send/pattern.md). When the phonebook is full, the message is still sent.

        Attributes:
            id (int): The phonebook's id: the `id` of a `Phonebook` (Phonebook operations: `createPhonebook`,
                `listPhonebooks`).
            name (str | Unset):
            pre (str | Unset): A title, e.g. `mr` or `ms`.
            email (str | Unset):
            options (PhonebookCustomFields | Unset): Custom-field values, by custom field id: the `id` of a `CustomField`
                (Phonebook custom
                fields operations), as in a contact's `options` (`CustomFieldValues`).
    """

    id: int
    name: str | Unset = UNSET
    pre: str | Unset = UNSET
    email: str | Unset = UNSET
    options: PhonebookCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        pre = self.pre

        email = self.email

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if pre is not UNSET:
            field_dict["pre"] = pre
        if email is not UNSET:
            field_dict["email"] = email
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phonebook_custom_fields import PhonebookCustomFields  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        pre = d.pop("pre", UNSET)

        email = d.pop("email", UNSET)

        _options = d.pop("options", UNSET)
        options: PhonebookCustomFields | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = PhonebookCustomFields.from_dict(_options)

        pattern_contact = cls(
            id=id,
            name=name,
            pre=pre,
            email=email,
            options=options,
        )

        pattern_contact.additional_properties = d
        return pattern_contact

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
