from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error_meta import ErrorMeta


T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """The shape of every error response: `data` is `null` and `meta.status` is `false`; on a
    validation error `meta.errors` names the fields that failed (it is `{}` on a 401).

        Attributes:
            data (None):
            meta (ErrorMeta): The `meta` of every error response (4xx): `status` is `false`, and on a validation error
                `errors` names the fields that failed.
    """

    data: None
    meta: ErrorMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_meta import ErrorMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = d.pop("data")

        meta = ErrorMeta.from_dict(d.pop("meta"))

        error_envelope = cls(
            data=data,
            meta=meta,
        )

        error_envelope.additional_properties = d
        return error_envelope

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
