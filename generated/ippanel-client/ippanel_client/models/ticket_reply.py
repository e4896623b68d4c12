from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ticket_reply_ticket import TicketReplyTicket


T = TypeVar("T", bound="TicketReply")


@_attrs_define
class TicketReply:
    """The reply just posted, and its ticket.

    Attributes:
        interaction_id (int): The reply's id.
        ticket (TicketReplyTicket):
    """

    interaction_id: int
    ticket: TicketReplyTicket
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interaction_id = self.interaction_id

        ticket = self.ticket.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interaction_id": interaction_id,
                "ticket": ticket,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_reply_ticket import TicketReplyTicket  # noqa: PLC0415

        d = dict(src_dict)
        interaction_id = d.pop("interaction_id")

        ticket = TicketReplyTicket.from_dict(d.pop("ticket"))

        ticket_reply = cls(
            interaction_id=interaction_id,
            ticket=ticket,
        )

        ticket_reply.additional_properties = d
        return ticket_reply

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
