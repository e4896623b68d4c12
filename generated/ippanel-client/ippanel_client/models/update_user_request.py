from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_user_request_is_bought_panel import UpdateUserRequestIsBoughtPanel
from ..models.update_user_request_status import UpdateUserRequestStatus
from ..models.yes_no import YesNo
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserRequest")


@_attrs_define
class UpdateUserRequest:
    """The user to change (`user_id`) and the fields to change; the rest are left as they are. A
    name that came from the civil registry cannot be changed.

        Attributes:
            user_id (int): The user to change.
            password (str | Unset): A new password; at least 8 characters with an upper-case and a lower-case letter, a
                digit and a special character.
            acl_id (int | Unset): A new package (ACL role) id.
            name_family (str | Unset): The full name (the name the parameter table and create use).
            name (str | Unset): The full name as the docs' example sends it; the table calls it `name_family`. Which one
                the server reads is not documented.
            email (str | Unset): The email address.
            description (str | Unset): A note for the reseller's own use.
            company (str | Unset): The company.
            expire_time (datetime.date | Unset): A Gregorian date, `YYYY-MM-DD`.
            tell (str | Unset): A landline number.
            status (UpdateUserRequestStatus | Unset): `active` or `inactive`.
            send_block (YesNo | Unset): A flag written as the word `yes` or `no`.
            special_disc (int | Unset): The user's special discount.
            is_bought_panel (UpdateUserRequestIsBoughtPanel | Unset): 1 when the user bought a panel, else 0.
    """

    user_id: int
    password: str | Unset = UNSET
    acl_id: int | Unset = UNSET
    name_family: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    description: str | Unset = UNSET
    company: str | Unset = UNSET
    expire_time: datetime.date | Unset = UNSET
    tell: str | Unset = UNSET
    status: UpdateUserRequestStatus | Unset = UNSET
    send_block: YesNo | Unset = UNSET
    special_disc: int | Unset = UNSET
    is_bought_panel: UpdateUserRequestIsBoughtPanel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        password = self.password

        acl_id = self.acl_id

        name_family = self.name_family

        name = self.name

        email = self.email

        description = self.description

        company = self.company

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        tell = self.tell

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        send_block: str | Unset = UNSET
        if not isinstance(self.send_block, Unset):
            send_block = self.send_block.value

        special_disc = self.special_disc

        is_bought_panel: int | Unset = UNSET
        if not isinstance(self.is_bought_panel, Unset):
            is_bought_panel = self.is_bought_panel.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if acl_id is not UNSET:
            field_dict["acl_id"] = acl_id
        if name_family is not UNSET:
            field_dict["name_family"] = name_family
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if description is not UNSET:
            field_dict["description"] = description
        if company is not UNSET:
            field_dict["company"] = company
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if tell is not UNSET:
            field_dict["tell"] = tell
        if status is not UNSET:
            field_dict["status"] = status
        if send_block is not UNSET:
            field_dict["send_block"] = send_block
        if special_disc is not UNSET:
            field_dict["special_disc"] = special_disc
        if is_bought_panel is not UNSET:
            field_dict["is_bought_panel"] = is_bought_panel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        password = d.pop("password", UNSET)

        acl_id = d.pop("acl_id", UNSET)

        name_family = d.pop("name_family", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        description = d.pop("description", UNSET)

        company = d.pop("company", UNSET)

        _expire_time = d.pop("expire_time", UNSET)
        expire_time: datetime.date | Unset
        if isinstance(_expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = datetime.date.fromisoformat(_expire_time)

        tell = d.pop("tell", UNSET)

        _status = d.pop("status", UNSET)
        status: UpdateUserRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateUserRequestStatus(_status)

        _send_block = d.pop("send_block", UNSET)
        send_block: YesNo | Unset
        if isinstance(_send_block, Unset):
            send_block = UNSET
        else:
            send_block = YesNo(_send_block)

        special_disc = d.pop("special_disc", UNSET)

        _is_bought_panel = d.pop("is_bought_panel", UNSET)
        is_bought_panel: UpdateUserRequestIsBoughtPanel | Unset
        if isinstance(_is_bought_panel, Unset):
            is_bought_panel = UNSET
        else:
            is_bought_panel = UpdateUserRequestIsBoughtPanel(_is_bought_panel)

        update_user_request = cls(
            user_id=user_id,
            password=password,
            acl_id=acl_id,
            name_family=name_family,
            name=name,
            email=email,
            description=description,
            company=company,
            expire_time=expire_time,
            tell=tell,
            status=status,
            send_block=send_block,
            special_disc=special_disc,
            is_bought_panel=is_bought_panel,
        )

        update_user_request.additional_properties = d
        return update_user_request

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
