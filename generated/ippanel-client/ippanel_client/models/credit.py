from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Credit")


@_attrs_define
class Credit:
    """The account's credit, in Rials.

    Attributes:
        credit (float): The credit now.
        yesterday_credit (float): The credit at the end of yesterday.
        gift (float): Gift credit on top of `credit`.
        gift_expires_at (None | str): When the gift credit expires, if there is one.
        updated_at (str): When the credit last changed, `YYYY-MM-DD HH:MM:SS`.
    """

    credit: float
    yesterday_credit: float
    gift: float
    gift_expires_at: None | str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit = self.credit

        yesterday_credit = self.yesterday_credit

        gift = self.gift

        gift_expires_at: None | str
        gift_expires_at = self.gift_expires_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit": credit,
                "yesterday_credit": yesterday_credit,
                "gift": gift,
                "gift_expires_at": gift_expires_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit = d.pop("credit")

        yesterday_credit = d.pop("yesterday_credit")

        gift = d.pop("gift")

        def _parse_gift_expires_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gift_expires_at = _parse_gift_expires_at(d.pop("gift_expires_at"))

        updated_at = d.pop("updated_at")

        credit = cls(
            credit=credit,
            yesterday_credit=yesterday_credit,
            gift=gift,
            gift_expires_at=gift_expires_at,
            updated_at=updated_at,
        )

        credit.additional_properties = d
        return credit

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
