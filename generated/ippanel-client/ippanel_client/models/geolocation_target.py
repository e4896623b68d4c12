from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender_filter import GenderFilter
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator_share import OperatorShare


T = TypeVar("T", bound="GeolocationTarget")


@_attrs_define
class GeolocationTarget:
    """The people of one province, county or city to send to, in the second ("v2") form
    (Edge documentation, send/countryV2/index.md). Every field is optional. The ids come from
    the v2 bank look-ups (`GET /v2/api/send/banks/*`).

        Attributes:
            province_id (int | Unset):
            county_id (int | Unset):
            city_id (int | Unset):
            pre (int | str | Unset): A prefix the numbers start with (e.g. 912). The table types it integer but the example
                sends the string `"912"`, so either is accepted.
            gender (GenderFilter | Unset): Only this gender; 1 for male, 2 for female. Left out, every gender.
            from_age (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to 1410.
            to_age (int | Unset): A birth year in the Solar Hijri calendar (e.g. 1330), from 1300 to 1410.
            operator (list[OperatorShare] | Unset):
    """

    province_id: int | Unset = UNSET
    county_id: int | Unset = UNSET
    city_id: int | Unset = UNSET
    pre: int | str | Unset = UNSET
    gender: GenderFilter | Unset = UNSET
    from_age: int | Unset = UNSET
    to_age: int | Unset = UNSET
    operator: list[OperatorShare] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        province_id = self.province_id

        county_id = self.county_id

        city_id = self.city_id

        pre: int | str | Unset
        if isinstance(self.pre, Unset):
            pre = UNSET
        else:
            pre = self.pre

        gender: int | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        from_age = self.from_age

        to_age = self.to_age

        operator: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = []
            for operator_item_data in self.operator:
                operator_item = operator_item_data.to_dict()
                operator.append(operator_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        if county_id is not UNSET:
            field_dict["county_id"] = county_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if pre is not UNSET:
            field_dict["pre"] = pre
        if gender is not UNSET:
            field_dict["gender"] = gender
        if from_age is not UNSET:
            field_dict["from_age"] = from_age
        if to_age is not UNSET:
            field_dict["to_age"] = to_age
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operator_share import OperatorShare  # noqa: PLC0415

        d = dict(src_dict)
        province_id = d.pop("province_id", UNSET)

        county_id = d.pop("county_id", UNSET)

        city_id = d.pop("city_id", UNSET)

        def _parse_pre(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        pre = _parse_pre(d.pop("pre", UNSET))

        _gender = d.pop("gender", UNSET)
        gender: GenderFilter | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = GenderFilter(_gender)

        from_age = d.pop("from_age", UNSET)

        to_age = d.pop("to_age", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: list[OperatorShare] | Unset = UNSET
        if _operator is not UNSET:
            operator = []
            for operator_item_data in _operator:
                operator_item = OperatorShare.from_dict(operator_item_data)

                operator.append(operator_item)

        geolocation_target = cls(
            province_id=province_id,
            county_id=county_id,
            city_id=city_id,
            pre=pre,
            gender=gender,
            from_age=from_age,
            to_age=to_age,
            operator=operator,
        )

        geolocation_target.additional_properties = d
        return geolocation_target

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
