from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.draft_group import DraftGroup
    from ..models.paginated_meta import PaginatedMeta


T = TypeVar("T", bound="DraftGroupPageEnvelope")


@_attrs_define
class DraftGroupPageEnvelope:
    """A page of draft groups. The Edge documentation's example has no `meta.path`.

    Attributes:
        data (list[DraftGroup]):
        meta (PaginatedMeta): The `meta` of a page of a paginated list: a success, and where the page stands.
    """

    data: list[DraftGroup]
    meta: PaginatedMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.draft_group import DraftGroup  # noqa: PLC0415
        from ..models.paginated_meta import PaginatedMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DraftGroup.from_dict(data_item_data)

            data.append(data_item)

        meta = PaginatedMeta.from_dict(d.pop("meta"))

        draft_group_page_envelope = cls(
            data=data,
            meta=meta,
        )

        draft_group_page_envelope.additional_properties = d
        return draft_group_page_envelope

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
