from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecipientCounts")


@_attrs_define
class RecipientCounts:
    """How many numbers of each operator match the filters.

    Attributes:
        mci_count (int):
        irancell_count (int):
        other_count (int):
    """

    mci_count: int
    irancell_count: int
    other_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mci_count = self.mci_count

        irancell_count = self.irancell_count

        other_count = self.other_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mci_count": mci_count,
                "irancell_count": irancell_count,
                "other_count": other_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mci_count = d.pop("mci_count")

        irancell_count = d.pop("irancell_count")

        other_count = d.pop("other_count")

        recipient_counts = cls(
            mci_count=mci_count,
            irancell_count=irancell_count,
            other_count=other_count,
        )

        recipient_counts.additional_properties = d
        return recipient_counts

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
