from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_tag import ContactTag


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact in a phonebook ("number" in the API's URLs). Showing one contact adds its
    blacklist flags and tags to what the list shows.

        Attributes:
            id (int): The contact's id, which show, update and delete take.
            phonebook_id (int):
            pre (str): A title before the name, e.g. `آقای` (Mr.); `""` when none.
            name (str):
            email (str):
            number (str): A recipient's mobile number in E.164 format, e.g. `+989120000000`. The seed's examples all
                use this form; the Edge documentation (send/webservice.md) requires it.
            created_at (str): ISO 8601, e.g. `2025-04-19T11:11:41+00:00`.
            updated_at (str):
            phonebook_title (str):
            is_send_blacklist (bool | Unset): Whether the number is on the blacklist of numbers not to send to.
            is_receive_blacklist (bool | Unset): Whether the number is on the blacklist of numbers not to receive from.
            tags (list[ContactTag] | Unset):
    """

    id: int
    phonebook_id: int
    pre: str
    name: str
    email: str
    number: str
    created_at: str
    updated_at: str
    phonebook_title: str
    is_send_blacklist: bool | Unset = UNSET
    is_receive_blacklist: bool | Unset = UNSET
    tags: list[ContactTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phonebook_id = self.phonebook_id

        pre = self.pre

        name = self.name

        email = self.email

        number = self.number

        created_at = self.created_at

        updated_at = self.updated_at

        phonebook_title = self.phonebook_title

        is_send_blacklist = self.is_send_blacklist

        is_receive_blacklist = self.is_receive_blacklist

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phonebook_id": phonebook_id,
                "pre": pre,
                "name": name,
                "email": email,
                "number": number,
                "created_at": created_at,
                "updated_at": updated_at,
                "phonebook_title": phonebook_title,
            }
        )
        if is_send_blacklist is not UNSET:
            field_dict["is_send_blacklist"] = is_send_blacklist
        if is_receive_blacklist is not UNSET:
            field_dict["is_receive_blacklist"] = is_receive_blacklist
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_tag import ContactTag  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        phonebook_id = d.pop("phonebook_id")

        pre = d.pop("pre")

        name = d.pop("name")

        email = d.pop("email")

        number = d.pop("number")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        phonebook_title = d.pop("phonebook_title")

        is_send_blacklist = d.pop("is_send_blacklist", UNSET)

        is_receive_blacklist = d.pop("is_receive_blacklist", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[ContactTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ContactTag.from_dict(tags_item_data)

                tags.append(tags_item)

        contact = cls(
            id=id,
            phonebook_id=phonebook_id,
            pre=pre,
            name=name,
            email=email,
            number=number,
            created_at=created_at,
            updated_at=updated_at,
            phonebook_title=phonebook_title,
            is_send_blacklist=is_send_blacklist,
            is_receive_blacklist=is_receive_blacklist,
            tags=tags,
        )

        contact.additional_properties = d
        return contact

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
