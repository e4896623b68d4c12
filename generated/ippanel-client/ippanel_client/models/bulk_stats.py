from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.operator_counts import OperatorCounts


T = TypeVar("T", bound="BulkStats")


@_attrs_define
class BulkStats:
    """How the messages of one bulk fared, per outcome, operator and language.

    Attributes:
        operators_blacklist (OperatorCounts): Counts of one outcome, per operator, by language.
        operators_failed (OperatorCounts): Counts of one outcome, per operator, by language.
        operators_pending (OperatorCounts): Counts of one outcome, per operator, by language.
        operators_sent (OperatorCounts): Counts of one outcome, per operator, by language.
        operators_delivered (OperatorCounts): Counts of one outcome, per operator, by language.
    """

    operators_blacklist: OperatorCounts
    operators_failed: OperatorCounts
    operators_pending: OperatorCounts
    operators_sent: OperatorCounts
    operators_delivered: OperatorCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operators_blacklist = self.operators_blacklist.to_dict()

        operators_failed = self.operators_failed.to_dict()

        operators_pending = self.operators_pending.to_dict()

        operators_sent = self.operators_sent.to_dict()

        operators_delivered = self.operators_delivered.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operators_blacklist": operators_blacklist,
                "operators_failed": operators_failed,
                "operators_pending": operators_pending,
                "operators_sent": operators_sent,
                "operators_delivered": operators_delivered,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operator_counts import OperatorCounts  # noqa: PLC0415

        d = dict(src_dict)
        operators_blacklist = OperatorCounts.from_dict(d.pop("operators_blacklist"))

        operators_failed = OperatorCounts.from_dict(d.pop("operators_failed"))

        operators_pending = OperatorCounts.from_dict(d.pop("operators_pending"))

        operators_sent = OperatorCounts.from_dict(d.pop("operators_sent"))

        operators_delivered = OperatorCounts.from_dict(d.pop("operators_delivered"))

        bulk_stats = cls(
            operators_blacklist=operators_blacklist,
            operators_failed=operators_failed,
            operators_pending=operators_pending,
            operators_sent=operators_sent,
            operators_delivered=operators_delivered,
        )

        bulk_stats.additional_properties = d
        return bulk_stats

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
