from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.login_method import LoginMethod

T = TypeVar("T", bound="AuthToken")


@_attrs_define
class AuthToken:
    """A token and what it is good for (see `LoginMethod`).

    Attributes:
        method (LoginMethod): What the holder of a login token must do next, set by the user's two-factor settings:

            - `ga`: Google Authenticator is enabled; call confirm_otp with the app's 6-digit code.
            - `sms`: an OTP was sent by SMS; call confirm_otp with it (send_sms_otp sends it again).
            - `login`: no second factor; the token is final.

            A `ga` or `sms` token is temporary and valid for 6 minutes; a `login` token is valid for
            10 hours.
        token (str): An opaque token. The documented examples are 32 hexadecimal characters; the Edge
            documentation (index.md) says a token is 30 to 255 characters long.
    """

    method: LoginMethod
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = LoginMethod(d.pop("method"))

        token = d.pop("token")

        auth_token = cls(
            method=method,
            token=token,
        )

        auth_token.additional_properties = d
        return auth_token

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
