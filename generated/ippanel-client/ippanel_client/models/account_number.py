from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_number_gets import AccountNumberGets
from ..models.account_number_is_66_char import AccountNumberIs66Char

T = TypeVar("T", bound="AccountNumber")


@_attrs_define
class AccountNumber:
    """One of the account's sender numbers (lines).

    Attributes:
        id (int): The number's id, as assign and unassign take it.
        number (str): A sender number assigned to the account: E.164 digits such as `+983000505`, or a named
            sender such as `+98BANK`, which the seed's postal-code example uses.
        operator_id (int): The line's operator (line type), as in the user tariff.
        alias (None | str): A name the account gave the number.
        gets (AccountNumberGets): 1 when messages that come in on the number are received, else 0.
        is_66_char (AccountNumberIs66Char): 1 when the line's SMS parts hold 66 characters (instead of 70), else 0.
    """

    id: int
    number: str
    operator_id: int
    alias: None | str
    gets: AccountNumberGets
    is_66_char: AccountNumberIs66Char
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        operator_id = self.operator_id

        alias: None | str
        alias = self.alias

        gets = self.gets.value

        is_66_char = self.is_66_char.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "operator_id": operator_id,
                "alias": alias,
                "gets": gets,
                "is_66_char": is_66_char,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        operator_id = d.pop("operator_id")

        def _parse_alias(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        alias = _parse_alias(d.pop("alias"))

        gets = AccountNumberGets(d.pop("gets"))

        is_66_char = AccountNumberIs66Char(d.pop("is_66_char"))

        account_number = cls(
            id=id,
            number=number,
            operator_id=operator_id,
            alias=alias,
            gets=gets,
            is_66_char=is_66_char,
        )

        account_number.additional_properties = d
        return account_number

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
