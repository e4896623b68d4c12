from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contacts_added import ContactsAdded
    from ..models.success_meta import SuccessMeta


T = TypeVar("T", bound="ContactsAddedEnvelope")


@_attrs_define
class ContactsAddedEnvelope:
    """A success response whose `data` is a `ContactsAdded`; its `meta.message_code` is `201-1`.

    Attributes:
        data (ContactsAdded): What became of the contacts sent.
        meta (SuccessMeta): The `meta` of every successful (2xx) response.
    """

    data: ContactsAdded
    meta: SuccessMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contacts_added import ContactsAdded  # noqa: PLC0415
        from ..models.success_meta import SuccessMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = ContactsAdded.from_dict(d.pop("data"))

        meta = SuccessMeta.from_dict(d.pop("meta"))

        contacts_added_envelope = cls(
            data=data,
            meta=meta,
        )

        contacts_added_envelope.additional_properties = d
        return contacts_added_envelope

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
