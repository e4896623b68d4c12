from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.phonebook import Phonebook
    from ..models.success_meta import SuccessMeta


T = TypeVar("T", bound="PhonebookEnvelope")


@_attrs_define
class PhonebookEnvelope:
    """A success response whose `data` is a `Phonebook`.

    Attributes:
        data (Phonebook): A phonebook: a list of contacts to send to, with the custom fields its contacts have.
            Creating one answers `count` as a string and no `updated_at`; the list answers `count` as
            a number.
        meta (SuccessMeta): The `meta` of every successful (2xx) response.
    """

    data: Phonebook
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
        from ..models.phonebook import Phonebook  # noqa: PLC0415
        from ..models.success_meta import SuccessMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = Phonebook.from_dict(d.pop("data"))

        meta = SuccessMeta.from_dict(d.pop("meta"))

        phonebook_envelope = cls(
            data=data,
            meta=meta,
        )

        phonebook_envelope.additional_properties = d
        return phonebook_envelope

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
