from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsPrice")


@_attrs_define
class SmsPrice:
    """What a message costs per recipient on MCI and on the other operators, and its parts.

    Attributes:
        mci_price (float): The price to an MCI number.
        other_price (float): The price to a number of another operator.
        parts (int): How many SMS the text is split into.
    """

    mci_price: float
    other_price: float
    parts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mci_price = self.mci_price

        other_price = self.other_price

        parts = self.parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mci_price": mci_price,
                "other_price": other_price,
                "parts": parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mci_price = d.pop("mci_price")

        other_price = d.pop("other_price")

        parts = d.pop("parts")

        sms_price = cls(
            mci_price=mci_price,
            other_price=other_price,
            parts=parts,
        )

        sms_price.additional_properties = d
        return sms_price

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
