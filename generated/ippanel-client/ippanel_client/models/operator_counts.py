from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.language_counts import LanguageCounts


T = TypeVar("T", bound="OperatorCounts")


@_attrs_define
class OperatorCounts:
    """Counts of one outcome, per operator, by language.

    Attributes:
        irancell (LanguageCounts): A count of messages by language of the text.
        mci (LanguageCounts): A count of messages by language of the text.
    """

    irancell: LanguageCounts
    mci: LanguageCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        irancell = self.irancell.to_dict()

        mci = self.mci.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "irancell": irancell,
                "mci": mci,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.language_counts import LanguageCounts  # noqa: PLC0415

        d = dict(src_dict)
        irancell = LanguageCounts.from_dict(d.pop("irancell"))

        mci = LanguageCounts.from_dict(d.pop("mci"))

        operator_counts = cls(
            irancell=irancell,
            mci=mci,
        )

        operator_counts.additional_properties = d
        return operator_counts

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
