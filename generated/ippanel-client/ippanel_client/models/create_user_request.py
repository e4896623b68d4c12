from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserRequest")


@_attrs_define
class CreateUserRequest:
    """A new user under the reseller. The account is activated only if the national code and the
    mobile number belong to the same person and the birth date matches the national registry.

        Attributes:
            user_name (str): The username; unique. Letters, digits, `-` and `.` only (check_exist tells).
            password (str): At least 8 characters with an upper-case and a lower-case letter, a digit and a special
                character.
            national_code (str): The user's Iranian national code, 10 digits.
            mobile_number (str): The user's Iranian mobile number, of the national code's holder. The docs' examples use
                the national form `09120000000`; the form is not stated, so `+989120000000` is let
                through too.
            birth_date (datetime.date): A Gregorian date, `YYYY-MM-DD`.
            acl_id (int): The user's package (ACL role) id, from the package list.
            name_family (str | Unset): The full name.
            email (str | Unset): The email address.
            description (str | Unset): A note for the reseller's own use.
            company (str | Unset): The company.
            expire_time (datetime.date | Unset): A Gregorian date, `YYYY-MM-DD`.
            zip_code (str | Unset): The postal code.
            tell (str | Unset): A landline number.
            address (str | Unset): The postal address.
    """

    user_name: str
    password: str
    national_code: str
    mobile_number: str
    birth_date: datetime.date
    acl_id: int
    name_family: str | Unset = UNSET
    email: str | Unset = UNSET
    description: str | Unset = UNSET
    company: str | Unset = UNSET
    expire_time: datetime.date | Unset = UNSET
    zip_code: str | Unset = UNSET
    tell: str | Unset = UNSET
    address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_name = self.user_name

        password = self.password

        national_code = self.national_code

        mobile_number = self.mobile_number

        birth_date = self.birth_date.isoformat()

        acl_id = self.acl_id

        name_family = self.name_family

        email = self.email

        description = self.description

        company = self.company

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        zip_code = self.zip_code

        tell = self.tell

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_name": user_name,
                "password": password,
                "national_code": national_code,
                "mobile_number": mobile_number,
                "birth_date": birth_date,
                "acl_id": acl_id,
            }
        )
        if name_family is not UNSET:
            field_dict["name_family"] = name_family
        if email is not UNSET:
            field_dict["email"] = email
        if description is not UNSET:
            field_dict["description"] = description
        if company is not UNSET:
            field_dict["company"] = company
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if tell is not UNSET:
            field_dict["tell"] = tell
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_name = d.pop("user_name")

        password = d.pop("password")

        national_code = d.pop("national_code")

        mobile_number = d.pop("mobile_number")

        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))

        acl_id = d.pop("acl_id")

        name_family = d.pop("name_family", UNSET)

        email = d.pop("email", UNSET)

        description = d.pop("description", UNSET)

        company = d.pop("company", UNSET)

        _expire_time = d.pop("expire_time", UNSET)
        expire_time: datetime.date | Unset
        if isinstance(_expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = datetime.date.fromisoformat(_expire_time)

        zip_code = d.pop("zip_code", UNSET)

        tell = d.pop("tell", UNSET)

        address = d.pop("address", UNSET)

        create_user_request = cls(
            user_name=user_name,
            password=password,
            national_code=national_code,
            mobile_number=mobile_number,
            birth_date=birth_date,
            acl_id=acl_id,
            name_family=name_family,
            email=email,
            description=description,
            company=company,
            expire_time=expire_time,
            zip_code=zip_code,
            tell=tell,
            address=address,
        )

        create_user_request.additional_properties = d
        return create_user_request

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
