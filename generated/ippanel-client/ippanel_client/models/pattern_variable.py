from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pattern_variable_type import PatternVariableType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatternVariable")


@_attrs_define
class PatternVariable:
    """A placeholder of a pattern's message, written `%name%` in it. A pattern send fills it from
    its `params` by name.

        Attributes:
            name (str): The placeholder's name, as written between the delimiters.
            type_ (PatternVariableType): What a variable holds: `string` (any text) or `integer` (digits only). The update
                page of
                the Edge documentation says "string, number"; the create page, both examples and the
                inventory of doc bugs say `integer`, which is used here.
            len_ (int | Unset): The longest value the variable takes; set by IPPanel (40 for a new variable in the
                documented responses), not sent when creating or updating.
    """

    name: str
    type_: PatternVariableType
    len_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        len_ = self.len_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if len_ is not UNSET:
            field_dict["len"] = len_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = PatternVariableType(d.pop("type"))

        len_ = d.pop("len", UNSET)

        pattern_variable = cls(
            name=name,
            type_=type_,
            len_=len_,
        )

        pattern_variable.additional_properties = d
        return pattern_variable

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
