from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender
from ..models.number_bank import NumberBank
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator_range import OperatorRange


T = TypeVar("T", bound="CountryTarget")


@_attrs_define
class CountryTarget:
    """The people of one province, county or city to send to (Edge documentation,
    send/country/index.md). The ids come from the bank look-ups (`GET /api/send/banks/*`).

        Attributes:
            bank (NumberBank): `all` for every number, `white` for numbers not on the blacklist.
            pre (int): A prefix the numbers start with (e.g. 938), 2 to 6 digits.
            province_id (int): The province, from `GET /api/send/banks/provinces`.
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
            county_id (int | Unset): The county, from `GET /api/send/banks/counties`.
            city_id (int | Unset): The city, from `GET /api/send/banks/cities`.
    """

    bank: NumberBank
    pre: int
    province_id: int
    gender: Gender
    age_from: int
    age_to: int
    mci: OperatorRange
    irancell: OperatorRange
    other: OperatorRange
    county_id: int | Unset = UNSET
    city_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank = self.bank.value

        pre = self.pre

        province_id = self.province_id

        gender = self.gender.value

        age_from = self.age_from

        age_to = self.age_to

        mci = self.mci.to_dict()

        irancell = self.irancell.to_dict()

        other = self.other.to_dict()

        county_id = self.county_id

        city_id = self.city_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank": bank,
                "pre": pre,
                "province_id": province_id,
                "gender": gender,
                "age_from": age_from,
                "age_to": age_to,
                "mci": mci,
                "irancell": irancell,
                "other": other,
            }
        )
        if county_id is not UNSET:
            field_dict["county_id"] = county_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operator_range import OperatorRange  # noqa: PLC0415

        d = dict(src_dict)
        bank = NumberBank(d.pop("bank"))

        pre = d.pop("pre")

        province_id = d.pop("province_id")

        gender = Gender(d.pop("gender"))

        age_from = d.pop("age_from")

        age_to = d.pop("age_to")

        mci = OperatorRange.from_dict(d.pop("mci"))

        irancell = OperatorRange.from_dict(d.pop("irancell"))

        other = OperatorRange.from_dict(d.pop("other"))

        county_id = d.pop("county_id", UNSET)

        city_id = d.pop("city_id", UNSET)

        country_target = cls(
            bank=bank,
            pre=pre,
            province_id=province_id,
            gender=gender,
            age_from=age_from,
            age_to=age_to,
            mci=mci,
            irancell=irancell,
            other=other,
            county_id=county_id,
            city_id=city_id,
        )

        country_target.additional_properties = d
        return country_target

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
