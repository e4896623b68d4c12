from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pattern_variable import PatternVariable


T = TypeVar("T", bound="PatternRevision")


@_attrs_define
class PatternRevision:
    """The changes to a pattern that wait for review, field by field; every field is empty (`""`
    or `null`) when nothing waits.

        Attributes:
            type_ (None | str | Unset):
            variable (list[PatternVariable] | None | Unset):
            pattern_status_id (int | None | Unset):
            pattern_status_fa (None | str | Unset):
            pattern_message (None | str | Unset):
            pattern_description (None | str | Unset):
            pattern_is_share (bool | None | Unset):
            delimiter (None | str | Unset):
    """

    type_: None | str | Unset = UNSET
    variable: list[PatternVariable] | None | Unset = UNSET
    pattern_status_id: int | None | Unset = UNSET
    pattern_status_fa: None | str | Unset = UNSET
    pattern_message: None | str | Unset = UNSET
    pattern_description: None | str | Unset = UNSET
    pattern_is_share: bool | None | Unset = UNSET
    delimiter: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        variable: list[dict[str, Any]] | None | Unset
        if isinstance(self.variable, Unset):
            variable = UNSET
        elif isinstance(self.variable, list):
            variable = []
            for variable_type_1_item_data in self.variable:
                variable_type_1_item = variable_type_1_item_data.to_dict()
                variable.append(variable_type_1_item)

        else:
            variable = self.variable

        pattern_status_id: int | None | Unset
        if isinstance(self.pattern_status_id, Unset):
            pattern_status_id = UNSET
        else:
            pattern_status_id = self.pattern_status_id

        pattern_status_fa: None | str | Unset
        if isinstance(self.pattern_status_fa, Unset):
            pattern_status_fa = UNSET
        else:
            pattern_status_fa = self.pattern_status_fa

        pattern_message: None | str | Unset
        if isinstance(self.pattern_message, Unset):
            pattern_message = UNSET
        else:
            pattern_message = self.pattern_message

        pattern_description: None | str | Unset
        if isinstance(self.pattern_description, Unset):
            pattern_description = UNSET
        else:
            pattern_description = self.pattern_description

        pattern_is_share: bool | None | Unset
        if isinstance(self.pattern_is_share, Unset):
            pattern_is_share = UNSET
        else:
            pattern_is_share = self.pattern_is_share

        delimiter: None | str | Unset
        if isinstance(self.delimiter, Unset):
            delimiter = UNSET
        else:
            delimiter = self.delimiter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if variable is not UNSET:
            field_dict["variable"] = variable
        if pattern_status_id is not UNSET:
            field_dict["pattern_status_id"] = pattern_status_id
        if pattern_status_fa is not UNSET:
            field_dict["pattern_status_fa"] = pattern_status_fa
        if pattern_message is not UNSET:
            field_dict["pattern_message"] = pattern_message
        if pattern_description is not UNSET:
            field_dict["pattern_description"] = pattern_description
        if pattern_is_share is not UNSET:
            field_dict["pattern_is_share"] = pattern_is_share
        if delimiter is not UNSET:
            field_dict["delimiter"] = delimiter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pattern_variable import PatternVariable  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_variable(data: object) -> list[PatternVariable] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variable_type_1 = []
                _variable_type_1 = data
                for variable_type_1_item_data in _variable_type_1:
                    variable_type_1_item = PatternVariable.from_dict(variable_type_1_item_data)

                    variable_type_1.append(variable_type_1_item)

                return variable_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PatternVariable] | None | Unset, data)

        variable = _parse_variable(d.pop("variable", UNSET))

        def _parse_pattern_status_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pattern_status_id = _parse_pattern_status_id(d.pop("pattern_status_id", UNSET))

        def _parse_pattern_status_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern_status_fa = _parse_pattern_status_fa(d.pop("pattern_status_fa", UNSET))

        def _parse_pattern_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern_message = _parse_pattern_message(d.pop("pattern_message", UNSET))

        def _parse_pattern_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern_description = _parse_pattern_description(d.pop("pattern_description", UNSET))

        def _parse_pattern_is_share(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pattern_is_share = _parse_pattern_is_share(d.pop("pattern_is_share", UNSET))

        def _parse_delimiter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delimiter = _parse_delimiter(d.pop("delimiter", UNSET))

        pattern_revision = cls(
            type_=type_,
            variable=variable,
            pattern_status_id=pattern_status_id,
            pattern_status_fa=pattern_status_fa,
            pattern_message=pattern_message,
            pattern_description=pattern_description,
            pattern_is_share=pattern_is_share,
            delimiter=delimiter,
        )

        pattern_revision.additional_properties = d
        return pattern_revision

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
