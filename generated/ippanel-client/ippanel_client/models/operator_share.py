from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operator_id import OperatorId
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperatorShare")


@_attrs_define
class OperatorShare:
    """Which of one operator's numbers in the target to use: `size` numbers from offset `start`.
    The documentation marks every field optional (send/jobs/index.md).

        Attributes:
            id (OperatorId | Unset): An operator. 1 for MCI, 2 for Irancell, 13 for the others.
            start (int | Unset):
            size (int | Unset): How many numbers; 0 uses none.
    """

    id: OperatorId | Unset = UNSET
    start: int | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.value

        start = self.start

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if start is not UNSET:
            field_dict["start"] = start
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: OperatorId | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = OperatorId(_id)

        start = d.pop("start", UNSET)

        size = d.pop("size", UNSET)

        operator_share = cls(
            id=id,
            start=start,
            size=size,
        )

        operator_share.additional_properties = d
        return operator_share

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
