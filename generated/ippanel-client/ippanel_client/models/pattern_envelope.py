from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pattern import Pattern
    from ..models.success_meta import SuccessMeta


T = TypeVar("T", bound="PatternEnvelope")


@_attrs_define
class PatternEnvelope:
    """A success response whose `data` is a `Pattern`.

    Attributes:
        data (Pattern): A pattern: a message with variables that IPPanel reviews once, then sends with the values
            of each pattern send (`POST /api/send`, `sending_type: pattern`, `code` = `pattern_code`).
            Create and update answer the short form (the required fields); list and show add the rest.

            The `pattern_*_revision` and `pattern_*_log` fields are `null` (or `""`) in every
            documented response; they presumably hold a change waiting for review and the history of
            changes, so they are typed loosely.
        meta (SuccessMeta): The `meta` of every successful (2xx) response.
    """

    data: Pattern
    meta: SuccessMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

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
        from ..models.pattern import Pattern  # noqa: PLC0415
        from ..models.success_meta import SuccessMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = Pattern.from_dict(d.pop("data"))

        meta = SuccessMeta.from_dict(d.pop("meta"))

        pattern_envelope = cls(
            data=data,
            meta=meta,
        )

        pattern_envelope.additional_properties = d
        return pattern_envelope

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
