from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_no import YesNo

T = TypeVar("T", bound="TreeUser")


@_attrs_define
class TreeUser:
    """A user in a reseller tree.

    Attributes:
        id (int): The user's id.
        username (str): The user's username.
        is_reseller (bool | YesNo): Whether the user is a reseller, as a boolean or as `yes`/`no` (both occur).
    """

    id: int
    username: str
    is_reseller: bool | YesNo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        is_reseller: bool | str
        if isinstance(self.is_reseller, YesNo):
            is_reseller = self.is_reseller.value
        else:
            is_reseller = self.is_reseller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "is_reseller": is_reseller,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        def _parse_is_reseller(data: object) -> bool | YesNo:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                is_reseller_type_1 = YesNo(data)

                return is_reseller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | YesNo, data)

        is_reseller = _parse_is_reseller(d.pop("is_reseller"))

        tree_user = cls(
            id=id,
            username=username,
            is_reseller=is_reseller,
        )

        tree_user.additional_properties = d
        return tree_user

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
