from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator_share import OperatorShare


T = TypeVar("T", bound="JobTarget")


@_attrs_define
class JobTarget:
    """The people of one job category to send to (Edge documentation, send/jobs/index.md). The
    ids come from the job look-ups (`GET /api/send/jobs/*`).

        Attributes:
            main_category_id (int): The main job category, from `GET /api/send/jobs/categories`.
            sub_category_id (int | Unset): The sub-category, from `GET /api/send/jobs/sub-categories`.
            operator (list[OperatorShare] | Unset):
    """

    main_category_id: int
    sub_category_id: int | Unset = UNSET
    operator: list[OperatorShare] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main_category_id = self.main_category_id

        sub_category_id = self.sub_category_id

        operator: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = []
            for operator_item_data in self.operator:
                operator_item = operator_item_data.to_dict()
                operator.append(operator_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "main_category_id": main_category_id,
            }
        )
        if sub_category_id is not UNSET:
            field_dict["sub_category_id"] = sub_category_id
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operator_share import OperatorShare  # noqa: PLC0415

        d = dict(src_dict)
        main_category_id = d.pop("main_category_id")

        sub_category_id = d.pop("sub_category_id", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: list[OperatorShare] | Unset = UNSET
        if _operator is not UNSET:
            operator = []
            for operator_item_data in _operator:
                operator_item = OperatorShare.from_dict(operator_item_data)

                operator.append(operator_item)

        job_target = cls(
            main_category_id=main_category_id,
            sub_category_id=sub_category_id,
            operator=operator,
        )

        job_target.additional_properties = d
        return job_target

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
