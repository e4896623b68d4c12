from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_errors import FieldErrors


T = TypeVar("T", bound="ErrorMeta")


@_attrs_define
class ErrorMeta:
    """The `meta` of every error response (4xx): `status` is `false`, and on a validation error
    `errors` names the fields that failed.

        Attributes:
            message (str): A message for the user, usually Persian, e.g. `انجام شد` ("done"); a few operations answer
                in English ("Success", "count").
            message_code (str): A machine-readable code: `200-1` on success (`201-1` when contacts were added), `400-1`
                for invalid credentials or an invalid or expired token, `400-2` for a validation error;
                a few operations have codes of their own, listed with their responses.
            status (Literal[False]): Always `false` on an error; `true` on every success (`SuccessMeta`).
            message_parameters (list[Any] | Unset): Values substituted into `message`; empty in every documented response.
                The seed's
                responses always carry it; several of the Edge documentation's examples leave it out, so
                it is optional.
            errors (FieldErrors | Unset): The fields that failed validation, each with its messages. Empty (`{}`) on a 401;
                absent on
                success.
    """

    message: str
    message_code: str
    status: Literal[False]
    message_parameters: list[Any] | Unset = UNSET
    errors: FieldErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        message_code = self.message_code

        status = self.status

        message_parameters: list[Any] | Unset = UNSET
        if not isinstance(self.message_parameters, Unset):
            message_parameters = self.message_parameters

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "message_code": message_code,
                "status": status,
            }
        )
        if message_parameters is not UNSET:
            field_dict["message_parameters"] = message_parameters
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_errors import FieldErrors  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        message_code = d.pop("message_code")

        status = cast(Literal[False], d.pop("status"))
        if status != False:
            raise ValueError(f"status must match const False, got '{status}'")

        message_parameters = cast(list[Any], d.pop("message_parameters", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: FieldErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = FieldErrors.from_dict(_errors)

        error_meta = cls(
            message=message,
            message_code=message_code,
            status=status,
            message_parameters=message_parameters,
            errors=errors,
        )

        error_meta.additional_properties = d
        return error_meta

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
