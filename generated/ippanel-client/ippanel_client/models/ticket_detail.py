from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_state import TicketState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_forward import TicketForward
    from ..models.ticket_interaction import TicketInteraction


T = TypeVar("T", bound="TicketDetail")


@_attrs_define
class TicketDetail:
    """A ticket as show gives it, with its replies.

    Attributes:
        id (int): The ticket's id.
        ticket_id (int): The ticket's id again.
        user_id (int): The user who opened it.
        subject (str): The subject.
        state_id (TicketState): Where a ticket stands:

            | value | meaning |
            |---|---|
            | `1` | waiting for the user's response |
            | `2` | waiting for support |
            | `3` | answered |
            | `4` | closed |
            | `5` | forwarded to another department |
        description (str): The text.
        created_at (str): When it was opened, `YYYY-MM-DD HH:MM:SS`.
        interactions (list[TicketInteraction]):
        parent_id (int | Unset): The user's reseller.
        importance (str | Unset): How urgent it is, e.g. `acute`.
        category (str | Unset): The category's name.
        category_id (int | Unset): Its category.
        sub_category_id (int | None | Unset): Its sub-category.
        state (str | Unset): The state's name, e.g. `replied`.
        sub_state_id (int | None | Unset): A finer state, if any.
        close_desc (None | str | Unset): Why it was closed.
        user_seen (int | Unset): 1 when the user has seen the last reply.
        sms_notification (int | Unset): 1 when the user is texted on updates.
        attachment (None | str | Unset): The attached file's URL.
        forward (None | TicketForward | Unset):
        manager_comment (None | str | Unset): A manager's note.
        jira_id (int | None | Unset): The support team's issue id.
        rate (int | Unset): The user's rating, 0 when none.
    """

    id: int
    ticket_id: int
    user_id: int
    subject: str
    state_id: TicketState
    description: str
    created_at: str
    interactions: list[TicketInteraction]
    parent_id: int | Unset = UNSET
    importance: str | Unset = UNSET
    category: str | Unset = UNSET
    category_id: int | Unset = UNSET
    sub_category_id: int | None | Unset = UNSET
    state: str | Unset = UNSET
    sub_state_id: int | None | Unset = UNSET
    close_desc: None | str | Unset = UNSET
    user_seen: int | Unset = UNSET
    sms_notification: int | Unset = UNSET
    attachment: None | str | Unset = UNSET
    forward: None | TicketForward | Unset = UNSET
    manager_comment: None | str | Unset = UNSET
    jira_id: int | None | Unset = UNSET
    rate: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ticket_forward import TicketForward  # noqa: PLC0415

        id = self.id

        ticket_id = self.ticket_id

        user_id = self.user_id

        subject = self.subject

        state_id = self.state_id.value

        description = self.description

        created_at = self.created_at

        interactions = []
        for interactions_item_data in self.interactions:
            interactions_item = interactions_item_data.to_dict()
            interactions.append(interactions_item)

        parent_id = self.parent_id

        importance = self.importance

        category = self.category

        category_id = self.category_id

        sub_category_id: int | None | Unset
        if isinstance(self.sub_category_id, Unset):
            sub_category_id = UNSET
        else:
            sub_category_id = self.sub_category_id

        state = self.state

        sub_state_id: int | None | Unset
        if isinstance(self.sub_state_id, Unset):
            sub_state_id = UNSET
        else:
            sub_state_id = self.sub_state_id

        close_desc: None | str | Unset
        if isinstance(self.close_desc, Unset):
            close_desc = UNSET
        else:
            close_desc = self.close_desc

        user_seen = self.user_seen

        sms_notification = self.sms_notification

        attachment: None | str | Unset
        if isinstance(self.attachment, Unset):
            attachment = UNSET
        else:
            attachment = self.attachment

        forward: dict[str, Any] | None | Unset
        if isinstance(self.forward, Unset):
            forward = UNSET
        elif isinstance(self.forward, TicketForward):
            forward = self.forward.to_dict()
        else:
            forward = self.forward

        manager_comment: None | str | Unset
        if isinstance(self.manager_comment, Unset):
            manager_comment = UNSET
        else:
            manager_comment = self.manager_comment

        jira_id: int | None | Unset
        if isinstance(self.jira_id, Unset):
            jira_id = UNSET
        else:
            jira_id = self.jira_id

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticket_id": ticket_id,
                "user_id": user_id,
                "subject": subject,
                "state_id": state_id,
                "description": description,
                "created_at": created_at,
                "interactions": interactions,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if importance is not UNSET:
            field_dict["importance"] = importance
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if sub_category_id is not UNSET:
            field_dict["sub_category_id"] = sub_category_id
        if state is not UNSET:
            field_dict["state"] = state
        if sub_state_id is not UNSET:
            field_dict["sub_state_id"] = sub_state_id
        if close_desc is not UNSET:
            field_dict["close_desc"] = close_desc
        if user_seen is not UNSET:
            field_dict["user_seen"] = user_seen
        if sms_notification is not UNSET:
            field_dict["sms_notification"] = sms_notification
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if forward is not UNSET:
            field_dict["forward"] = forward
        if manager_comment is not UNSET:
            field_dict["manager_comment"] = manager_comment
        if jira_id is not UNSET:
            field_dict["jira_id"] = jira_id
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_forward import TicketForward  # noqa: PLC0415
        from ..models.ticket_interaction import TicketInteraction  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        ticket_id = d.pop("ticket_id")

        user_id = d.pop("user_id")

        subject = d.pop("subject")

        state_id = TicketState(d.pop("state_id"))

        description = d.pop("description")

        created_at = d.pop("created_at")

        interactions = []
        _interactions = d.pop("interactions")
        for interactions_item_data in _interactions:
            interactions_item = TicketInteraction.from_dict(interactions_item_data)

            interactions.append(interactions_item)

        parent_id = d.pop("parent_id", UNSET)

        importance = d.pop("importance", UNSET)

        category = d.pop("category", UNSET)

        category_id = d.pop("category_id", UNSET)

        def _parse_sub_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sub_category_id = _parse_sub_category_id(d.pop("sub_category_id", UNSET))

        state = d.pop("state", UNSET)

        def _parse_sub_state_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sub_state_id = _parse_sub_state_id(d.pop("sub_state_id", UNSET))

        def _parse_close_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        close_desc = _parse_close_desc(d.pop("close_desc", UNSET))

        user_seen = d.pop("user_seen", UNSET)

        sms_notification = d.pop("sms_notification", UNSET)

        def _parse_attachment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachment = _parse_attachment(d.pop("attachment", UNSET))

        def _parse_forward(data: object) -> None | TicketForward | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forward_type_0 = TicketForward.from_dict(data)

                return forward_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketForward | Unset, data)

        forward = _parse_forward(d.pop("forward", UNSET))

        def _parse_manager_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manager_comment = _parse_manager_comment(d.pop("manager_comment", UNSET))

        def _parse_jira_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        jira_id = _parse_jira_id(d.pop("jira_id", UNSET))

        rate = d.pop("rate", UNSET)

        ticket_detail = cls(
            id=id,
            ticket_id=ticket_id,
            user_id=user_id,
            subject=subject,
            state_id=state_id,
            description=description,
            created_at=created_at,
            interactions=interactions,
            parent_id=parent_id,
            importance=importance,
            category=category,
            category_id=category_id,
            sub_category_id=sub_category_id,
            state=state,
            sub_state_id=sub_state_id,
            close_desc=close_desc,
            user_seen=user_seen,
            sms_notification=sms_notification,
            attachment=attachment,
            forward=forward,
            manager_comment=manager_comment,
            jira_id=jira_id,
            rate=rate,
        )

        ticket_detail.additional_properties = d
        return ticket_detail

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
