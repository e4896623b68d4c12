from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbox_report_request_filters import InboxReportRequestFilters


T = TypeVar("T", bound="InboxReportRequest")


@_attrs_define
class InboxReportRequest:
    """Which page of received messages to return; `filters.from_id` keeps only the newer ones.

    Attributes:
        page (int | Unset): The page to return, from 1. Default: 1.
        per_page (int | Unset): How many messages a page holds. Default: 10.
        filters (InboxReportRequestFilters | Unset): Filters, all optional.
    """

    page: int | Unset = 1
    per_page: int | Unset = 10
    filters: InboxReportRequestFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        per_page = self.per_page

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbox_report_request_filters import InboxReportRequestFilters  # noqa: PLC0415

        d = dict(src_dict)
        page = d.pop("page", UNSET)

        per_page = d.pop("per_page", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: InboxReportRequestFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = InboxReportRequestFilters.from_dict(_filters)

        inbox_report_request = cls(
            page=page,
            per_page=per_page,
            filters=filters,
        )

        inbox_report_request.additional_properties = d
        return inbox_report_request

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
