from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_state import TicketState

T = TypeVar("T", bound="TicketStateLabel")


@_attrs_define
class TicketStateLabel:
    """A ticket's state with its name.

    Attributes:
        id (TicketState): Where a ticket stands:

            | value | meaning |
            |---|---|
            | `1` | waiting for the user's response |
            | `2` | waiting for support |
            | `3` | answered |
            | `4` | closed |
            | `5` | forwarded to another department |
        name (str): The state's name, e.g. `replied`.
    """

    id: TicketState
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = TicketState(d.pop("id"))

        name = d.pop("name")

        ticket_state_label = cls(
            id=id,
            name=name,
        )

        ticket_state_label.additional_properties = d
        return ticket_state_label

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
