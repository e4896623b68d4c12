from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserPackage")


@_attrs_define
class UserPackage:
    """The package (ACL role) a user has.

    Attributes:
        acl_role_id (int): The package's id.
        acl_role_name (str): The package's name.
    """

    acl_role_id: int
    acl_role_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acl_role_id = self.acl_role_id

        acl_role_name = self.acl_role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acl_role_id": acl_role_id,
                "acl_role_name": acl_role_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acl_role_id = d.pop("acl_role_id")

        acl_role_name = d.pop("acl_role_name")

        user_package = cls(
            acl_role_id=acl_role_id,
            acl_role_name=acl_role_name,
        )

        user_package.additional_properties = d
        return user_package

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
