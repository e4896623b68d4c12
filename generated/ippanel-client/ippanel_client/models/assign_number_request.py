from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignNumberRequest")


@_attrs_define
class AssignNumberRequest:
    """The number and user (each by id or by name, see `NumberAssignment`) and what the user may do
    with the number.

        Attributes:
            send (bool): Whether the user may send with the number.
            gets (bool): Whether the user receives (sees) the messages that come in on the number; typically
                `true` for a dedicated number.
            number_id (int | Unset): The number's id (from the numbers list). Required unless `number` is sent.
            number (str | Unset): A sender number assigned to the account: E.164 digits such as `+983000505`, or a named
                sender such as `+98BANK`, which the seed's postal-code example uses.
            target_user_id (int | Unset): The user's id. Required unless `target_user` is sent.
            target_user (str | Unset): The user's username. Required unless `target_user_id` is sent.
    """

    send: bool
    gets: bool
    number_id: int | Unset = UNSET
    number: str | Unset = UNSET
    target_user_id: int | Unset = UNSET
    target_user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        send = self.send

        gets = self.gets

        number_id = self.number_id

        number = self.number

        target_user_id = self.target_user_id

        target_user = self.target_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "send": send,
                "gets": gets,
            }
        )
        if number_id is not UNSET:
            field_dict["number_id"] = number_id
        if number is not UNSET:
            field_dict["number"] = number
        if target_user_id is not UNSET:
            field_dict["target_user_id"] = target_user_id
        if target_user is not UNSET:
            field_dict["target_user"] = target_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        send = d.pop("send")

        gets = d.pop("gets")

        number_id = d.pop("number_id", UNSET)

        number = d.pop("number", UNSET)

        target_user_id = d.pop("target_user_id", UNSET)

        target_user = d.pop("target_user", UNSET)

        assign_number_request = cls(
            send=send,
            gets=gets,
            number_id=number_id,
            number=number,
            target_user_id=target_user_id,
            target_user=target_user,
        )

        assign_number_request.additional_properties = d
        return assign_number_request

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
