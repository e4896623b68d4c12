from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenOwner")


@_attrs_define
class TokenOwner:
    """The account a valid token belongs to.

    Attributes:
        user_name (str): The account's username.
        user_id (int): The account's numeric id.
        document_block (bool): Whether the account is blocked for missing or rejected identity documents.
        is_reseller (bool): Whether the account is a reseller.
        send_block (bool): Whether the account is blocked from sending.
        name (str): The account holder's display name.
    """

    user_name: str
    user_id: int
    document_block: bool
    is_reseller: bool
    send_block: bool
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_name = self.user_name

        user_id = self.user_id

        document_block = self.document_block

        is_reseller = self.is_reseller

        send_block = self.send_block

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_name": user_name,
                "user_id": user_id,
                "document_block": document_block,
                "is_reseller": is_reseller,
                "send_block": send_block,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_name = d.pop("user_name")

        user_id = d.pop("user_id")

        document_block = d.pop("document_block")

        is_reseller = d.pop("is_reseller")

        send_block = d.pop("send_block")

        name = d.pop("name")

        token_owner = cls(
            user_name=user_name,
            user_id=user_id,
            document_block=document_block,
            is_reseller=is_reseller,
            send_block=send_block,
            name=name,
        )

        token_owner.additional_properties = d
        return token_owner

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
