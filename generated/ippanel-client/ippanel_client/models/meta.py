from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_errors import FieldErrors


T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """Whether the call succeeded, and a message for people. Present in every response.

    Attributes:
        status (bool): `true` on success, `false` on every error.
        message (str): A Persian message for the user, e.g. `انجام شد` ("done").
        message_parameters (list[Any]): Values substituted into `message`; empty in every documented response.
        message_code (str): A machine-readable code: `200-1` on success, `400-1` for invalid credentials or an
            invalid or expired token, `400-2` for a validation error.
        errors (FieldErrors | Unset): The fields that failed validation, each with its messages. Empty (`{}`) on a 401;
            absent on
            success.
    """

    status: bool
    message: str
    message_parameters: list[Any]
    message_code: str
    errors: FieldErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        message_parameters = self.message_parameters

        message_code = self.message_code

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
                "message_parameters": message_parameters,
                "message_code": message_code,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_errors import FieldErrors  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        message = d.pop("message")

        message_parameters = cast(list[Any], d.pop("message_parameters"))

        message_code = d.pop("message_code")

        _errors = d.pop("errors", UNSET)
        errors: FieldErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = FieldErrors.from_dict(_errors)

        meta = cls(
            status=status,
            message=message,
            message_parameters=message_parameters,
            message_code=message_code,
            errors=errors,
        )

        meta.additional_properties = d
        return meta

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
