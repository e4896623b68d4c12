from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetaMessage")


@_attrs_define
class MetaMessage:
    """The part of `meta` that every response has, success or error: a message for people and a
    code for programs. `SuccessMeta` and `ErrorMeta` add `status`, fixed to `true` or `false`.

        Attributes:
            message (str): A message for the user, usually Persian, e.g. `انجام شد` ("done"); a few operations answer
                in English ("Success", "count").
            message_code (str): A machine-readable code: `200-1` on success (`201-1` when contacts were added), `400-1`
                for invalid credentials or an invalid or expired token, `400-2` for a validation error;
                a few operations have codes of their own, listed with their responses.
            message_parameters (list[Any] | Unset): Values substituted into `message`; empty in every documented response.
                The seed's
                responses always carry it; several of the Edge documentation's examples leave it out, so
                it is optional.
    """

    message: str
    message_code: str
    message_parameters: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        message_code = self.message_code

        message_parameters: list[Any] | Unset = UNSET
        if not isinstance(self.message_parameters, Unset):
            message_parameters = self.message_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "message_code": message_code,
            }
        )
        if message_parameters is not UNSET:
            field_dict["message_parameters"] = message_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        message_code = d.pop("message_code")

        message_parameters = cast(list[Any], d.pop("message_parameters", UNSET))

        meta_message = cls(
            message=message,
            message_code=message_code,
            message_parameters=message_parameters,
        )

        meta_message.additional_properties = d
        return meta_message

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
