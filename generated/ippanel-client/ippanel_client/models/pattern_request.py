from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pattern_variable import PatternVariable


T = TypeVar("T", bound="PatternRequest")


@_attrs_define
class PatternRequest:
    """A pattern as its owner writes it, to create one or to replace one's content. Every change
    sends the pattern back to review (`pattern_status` becomes `pending`).

        Attributes:
            description (str): What the pattern is for; IPPanel's reviewers read it.
            is_share (bool): Whether the account's sub-users may use the pattern too. Default: False.
            message (str): The message, each variable written as `%name%`.
            variable (list[PatternVariable]): The variables the message uses.
            title (str | Unset): A title for the owner's own use.
            website (str | Unset): The website the pattern is used on; reviewers ask for it (see `admin_comment` in the
                documented list).
    """

    description: str
    message: str
    variable: list[PatternVariable]
    is_share: bool = False
    title: str | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        is_share = self.is_share

        message = self.message

        variable = []
        for variable_item_data in self.variable:
            variable_item = variable_item_data.to_dict()
            variable.append(variable_item)

        title = self.title

        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "is_share": is_share,
                "message": message,
                "variable": variable,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pattern_variable import PatternVariable  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        is_share = d.pop("is_share")

        message = d.pop("message")

        variable = []
        _variable = d.pop("variable")
        for variable_item_data in _variable:
            variable_item = PatternVariable.from_dict(variable_item_data)

            variable.append(variable_item)

        title = d.pop("title", UNSET)

        website = d.pop("website", UNSET)

        pattern_request = cls(
            description=description,
            is_share=is_share,
            message=message,
            variable=variable,
            title=title,
            website=website,
        )

        pattern_request.additional_properties = d
        return pattern_request

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
