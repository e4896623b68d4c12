from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.outbox_report_filters import OutboxReportFilters


T = TypeVar("T", bound="OutboxReportRequest")


@_attrs_define
class OutboxReportRequest:
    """Which page of the outbox report to return, and its filters. This list pages with `page` and
    `limit` in the body, not the `page`/`per_page` query of the other lists.

        Attributes:
            page (int | Unset): The page to return, from 1. Default: 1.
            limit (int | Unset): How many bulks a page holds (the docs state no maximum; 1000 as for the other lists).
                Default: 10.
            filters (OutboxReportFilters | Unset): Filters of the outbox report, all optional; the dates are Unix timestamps
                as strings.
    """

    page: int | Unset = 1
    limit: int | Unset = 10
    filters: OutboxReportFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outbox_report_filters import OutboxReportFilters  # noqa: PLC0415

        d = dict(src_dict)
        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: OutboxReportFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = OutboxReportFilters.from_dict(_filters)

        outbox_report_request = cls(
            page=page,
            limit=limit,
            filters=filters,
        )

        outbox_report_request.additional_properties = d
        return outbox_report_request

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
