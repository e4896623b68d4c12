from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where a page stands in a paginated list. The API merges these fields of Laravel's paginator
    into `meta`, beside `status` and `message`. `from` and `to` are `null` on an empty page. Some
    lists leave out `path` (the Edge documentation's examples show which).

        Attributes:
            current_page (int): The page returned.
            from_ (int | None): The position of the page's first item in the whole list.
            last_page (int): The number of the last page.
            per_page (int): How many items a page holds.
            to (int | None): The position of the page's last item in the whole list.
            total (int): How many items the whole list holds.
            path (str | Unset): The list's URL, without the query.
    """

    current_page: int
    from_: int | None
    last_page: int
    per_page: int
    to: int | None
    total: int
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        from_: int | None
        from_ = self.from_

        last_page = self.last_page

        per_page = self.per_page

        to: int | None
        to = self.to

        total = self.total

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "from": from_,
                "last_page": last_page,
                "per_page": per_page,
                "to": to,
                "total": total,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_page = d.pop("current_page")

        def _parse_from_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        from_ = _parse_from_(d.pop("from"))

        last_page = d.pop("last_page")

        per_page = d.pop("per_page")

        def _parse_to(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        to = _parse_to(d.pop("to"))

        total = d.pop("total")

        path = d.pop("path", UNSET)

        pagination = cls(
            current_page=current_page,
            from_=from_,
            last_page=last_page,
            per_page=per_page,
            to=to,
            total=total,
            path=path,
        )

        pagination.additional_properties = d
        return pagination

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
