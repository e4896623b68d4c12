from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender
from ..models.number_bank import NumberBank

if TYPE_CHECKING:
    from ..models.operator_range import OperatorRange


T = TypeVar("T", bound="PostalCodeTarget")


@_attrs_define
class PostalCodeTarget:
    """The people in one postal-code area to send to. The limits come from the Edge documentation
    (send/postalcode.md); the seed only shows values.

        Attributes:
            bank (NumberBank): `all` for every number, `white` for numbers not on the blacklist.
            postal_code (int): The first 2 to 5 digits of a postal code.
            gender (Gender): Whom to reach by gender. 0 for all, 1 for male, 2 for female.
            age_from (int): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to 1410.
            age_to (int): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to 1410.
            mci (OperatorRange): Which of an operator's numbers in the target to use: `size` numbers from offset `start`.
                A `size` of 0 uses none.
            irancell (OperatorRange): Which of an operator's numbers in the target to use: `size` numbers from offset
                `start`.
                A `size` of 0 uses none.
            other (OperatorRange): Which of an operator's numbers in the target to use: `size` numbers from offset `start`.
                A `size` of 0 uses none.
    """

    bank: NumberBank
    postal_code: int
    gender: Gender
    age_from: int
    age_to: int
    mci: OperatorRange
    irancell: OperatorRange
    other: OperatorRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank = self.bank.value

        postal_code = self.postal_code

        gender = self.gender.value

        age_from = self.age_from

        age_to = self.age_to

        mci = self.mci.to_dict()

        irancell = self.irancell.to_dict()

        other = self.other.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank": bank,
                "postal_code": postal_code,
                "gender": gender,
                "age_from": age_from,
                "age_to": age_to,
                "mci": mci,
                "irancell": irancell,
                "other": other,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operator_range import OperatorRange  # noqa: PLC0415

        d = dict(src_dict)
        bank = NumberBank(d.pop("bank"))

        postal_code = d.pop("postal_code")

        gender = Gender(d.pop("gender"))

        age_from = d.pop("age_from")

        age_to = d.pop("age_to")

        mci = OperatorRange.from_dict(d.pop("mci"))

        irancell = OperatorRange.from_dict(d.pop("irancell"))

        other = OperatorRange.from_dict(d.pop("other"))

        postal_code_target = cls(
            bank=bank,
            postal_code=postal_code,
            gender=gender,
            age_from=age_from,
            age_to=age_to,
            mci=mci,
            irancell=irancell,
            other=other,
        )

        postal_code_target.additional_properties = d
        return postal_code_target

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
