from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_election import PackageElection
from ..models.package_is_transferred import PackageIsTransferred
from ..types import UNSET, Unset

T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """A package (ACL role) under the reseller's account.

    Attributes:
        acl_role_id (int): The package's id, as user create and update take it (`acl_id`).
        acl_role_name (str): The package's name.
        price (int): Its price, in Rials.
        status (str): `active` or `inactive`.
        acl_role_parent_id (int | Unset): The package it derives from.
        special_disc (int | Unset): The special discount it gives.
        min_sms_charge (int | Unset): The least charge per SMS.
        time (int | Unset): When it was created, as a Unix timestamp.
        user_id (int | Unset): The reseller that owns it.
        type_ (str | Unset): Its type, e.g. `normal`.
        acl_type (str | Unset): Who it is for, `user` or `reseller`.
        priority (int | None | Unset): Its place in the list, if set.
        expire_time (None | str | Unset): When it expires, if it does.
        acl_role_type_registration (str | Unset): How users get it, e.g. `online`, `webservice`.
        is_transferred (PackageIsTransferred | Unset): `1` when it was transferred from another reseller.
        election (PackageElection | Unset): `1` when users may choose it themselves.
        updated_at (str | Unset): When it last changed, `YYYY-MM-DD HH:MM:SS`.
        updated_at_man (None | str | Unset): When a person last changed it, if one did.
    """

    acl_role_id: int
    acl_role_name: str
    price: int
    status: str
    acl_role_parent_id: int | Unset = UNSET
    special_disc: int | Unset = UNSET
    min_sms_charge: int | Unset = UNSET
    time: int | Unset = UNSET
    user_id: int | Unset = UNSET
    type_: str | Unset = UNSET
    acl_type: str | Unset = UNSET
    priority: int | None | Unset = UNSET
    expire_time: None | str | Unset = UNSET
    acl_role_type_registration: str | Unset = UNSET
    is_transferred: PackageIsTransferred | Unset = UNSET
    election: PackageElection | Unset = UNSET
    updated_at: str | Unset = UNSET
    updated_at_man: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acl_role_id = self.acl_role_id

        acl_role_name = self.acl_role_name

        price = self.price

        status = self.status

        acl_role_parent_id = self.acl_role_parent_id

        special_disc = self.special_disc

        min_sms_charge = self.min_sms_charge

        time = self.time

        user_id = self.user_id

        type_ = self.type_

        acl_type = self.acl_type

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        expire_time: None | str | Unset
        if isinstance(self.expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = self.expire_time

        acl_role_type_registration = self.acl_role_type_registration

        is_transferred: str | Unset = UNSET
        if not isinstance(self.is_transferred, Unset):
            is_transferred = self.is_transferred.value

        election: str | Unset = UNSET
        if not isinstance(self.election, Unset):
            election = self.election.value

        updated_at = self.updated_at

        updated_at_man: None | str | Unset
        if isinstance(self.updated_at_man, Unset):
            updated_at_man = UNSET
        else:
            updated_at_man = self.updated_at_man

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acl_role_id": acl_role_id,
                "acl_role_name": acl_role_name,
                "price": price,
                "status": status,
            }
        )
        if acl_role_parent_id is not UNSET:
            field_dict["acl_role_parent_id"] = acl_role_parent_id
        if special_disc is not UNSET:
            field_dict["special_disc"] = special_disc
        if min_sms_charge is not UNSET:
            field_dict["min_sms_charge"] = min_sms_charge
        if time is not UNSET:
            field_dict["time"] = time
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if acl_type is not UNSET:
            field_dict["acl_type"] = acl_type
        if priority is not UNSET:
            field_dict["priority"] = priority
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if acl_role_type_registration is not UNSET:
            field_dict["acl_role_type_registration"] = acl_role_type_registration
        if is_transferred is not UNSET:
            field_dict["is_transferred"] = is_transferred
        if election is not UNSET:
            field_dict["election"] = election
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_at_man is not UNSET:
            field_dict["updated_at_man"] = updated_at_man

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acl_role_id = d.pop("acl_role_id")

        acl_role_name = d.pop("acl_role_name")

        price = d.pop("price")

        status = d.pop("status")

        acl_role_parent_id = d.pop("acl_role_parent_id", UNSET)

        special_disc = d.pop("special_disc", UNSET)

        min_sms_charge = d.pop("min_sms_charge", UNSET)

        time = d.pop("time", UNSET)

        user_id = d.pop("user_id", UNSET)

        type_ = d.pop("type", UNSET)

        acl_type = d.pop("acl_type", UNSET)

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_expire_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expire_time = _parse_expire_time(d.pop("expire_time", UNSET))

        acl_role_type_registration = d.pop("acl_role_type_registration", UNSET)

        _is_transferred = d.pop("is_transferred", UNSET)
        is_transferred: PackageIsTransferred | Unset
        if isinstance(_is_transferred, Unset):
            is_transferred = UNSET
        else:
            is_transferred = PackageIsTransferred(_is_transferred)

        _election = d.pop("election", UNSET)
        election: PackageElection | Unset
        if isinstance(_election, Unset):
            election = UNSET
        else:
            election = PackageElection(_election)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_updated_at_man(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at_man = _parse_updated_at_man(d.pop("updated_at_man", UNSET))

        package = cls(
            acl_role_id=acl_role_id,
            acl_role_name=acl_role_name,
            price=price,
            status=status,
            acl_role_parent_id=acl_role_parent_id,
            special_disc=special_disc,
            min_sms_charge=min_sms_charge,
            time=time,
            user_id=user_id,
            type_=type_,
            acl_type=acl_type,
            priority=priority,
            expire_time=expire_time,
            acl_role_type_registration=acl_role_type_registration,
            is_transferred=is_transferred,
            election=election,
            updated_at=updated_at,
            updated_at_man=updated_at_man,
        )

        package.additional_properties = d
        return package

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
