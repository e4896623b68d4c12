from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TariffRow")


@_attrs_define
class TariffRow:
    """The price of one SMS part on one line type: each line type has two rows, one with the prices
    to MCI numbers (`persian_mci`, `english_mci`) and one with the prices to other operators
    (`persian_other`, `english_other`), in Rials, as decimal strings.

        Attributes:
            operator_id (int): The line type (operator) id, as numbers have it.
            name (str): The line type's name, e.g. `1000`, `BTS`.
            persian_mci (str | Unset): A price written as a decimal string, e.g. `1330.0`.
            english_mci (str | Unset): A price written as a decimal string, e.g. `1330.0`.
            persian_other (str | Unset): A price written as a decimal string, e.g. `1330.0`.
            english_other (str | Unset): A price written as a decimal string, e.g. `1330.0`.
    """

    operator_id: int
    name: str
    persian_mci: str | Unset = UNSET
    english_mci: str | Unset = UNSET
    persian_other: str | Unset = UNSET
    english_other: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator_id = self.operator_id

        name = self.name

        persian_mci = self.persian_mci

        english_mci = self.english_mci

        persian_other = self.persian_other

        english_other = self.english_other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator_id": operator_id,
                "name": name,
            }
        )
        if persian_mci is not UNSET:
            field_dict["persian_mci"] = persian_mci
        if english_mci is not UNSET:
            field_dict["english_mci"] = english_mci
        if persian_other is not UNSET:
            field_dict["persian_other"] = persian_other
        if english_other is not UNSET:
            field_dict["english_other"] = english_other

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operator_id = d.pop("operator_id")

        name = d.pop("name")

        persian_mci = d.pop("persian_mci", UNSET)

        english_mci = d.pop("english_mci", UNSET)

        persian_other = d.pop("persian_other", UNSET)

        english_other = d.pop("english_other", UNSET)

        tariff_row = cls(
            operator_id=operator_id,
            name=name,
            persian_mci=persian_mci,
            english_mci=english_mci,
            persian_other=persian_other,
            english_other=english_other,
        )

        tariff_row.additional_properties = d
        return tariff_row

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
