from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_state import TicketState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_category import TicketCategory
    from ..models.ticket_forward import TicketForward
    from ..models.ticket_state_label import TicketStateLabel
    from ..models.ticket_sub_category import TicketSubCategory
    from ..models.ticket_user import TicketUser


T = TypeVar("T", bound="Ticket")


@_attrs_define
class Ticket:
    """A ticket as the list gives it.

    Attributes:
        id (int): The ticket's id.
        ticket_id (int): The ticket's id again.
        user_id (int): The user who opened it.
        state_id (TicketState): Where a ticket stands:

            | value | meaning |
            |---|---|
            | `1` | waiting for the user's response |
            | `2` | waiting for support |
            | `3` | answered |
            | `4` | closed |
            | `5` | forwarded to another department |
        subject (str): The subject.
        created_at (str): When it was opened, ISO 8601 (`2025-01-01T10:00:00.000000Z`).
        parent_id (int | Unset): The user's reseller.
        category_id (int | Unset): Its category.
        sub_category_id (int | None | Unset): Its sub-category.
        importance (str | Unset): How urgent it is, e.g. `acute`.
        desc (str | Unset): The text.
        manager_comment (None | str | Unset): A manager's note.
        close_desc (None | str | Unset): Why it was closed.
        admin_seen (int | Unset): 1 when support has seen it.
        user_seen (int | Unset): 1 when the user has seen the last reply.
        sms_notification (int | Unset): 1 when the user is texted on updates.
        interaction_count (int | Unset): How many replies it has.
        longest_interaction (int | Unset): The longest wait for a reply, in seconds.
        min_rate (int | None | Unset): The lowest rating given.
        deleted_at (None | str | Unset): When it was deleted, if it was.
        updated_at (str | Unset): When it last changed, ISO 8601.
        jira_id (int | None | Unset): The support team's issue id.
        rate (int | Unset): The user's rating, 0 when none.
        rate_comment (None | str | Unset): The rating's comment.
        user (TicketUser | Unset):
        category (TicketCategory | Unset):
        sub_category (TicketSubCategory | Unset):
        state (TicketStateLabel | Unset): A ticket's state with its name.
        forward (None | TicketForward | Unset):
    """

    id: int
    ticket_id: int
    user_id: int
    state_id: TicketState
    subject: str
    created_at: str
    parent_id: int | Unset = UNSET
    category_id: int | Unset = UNSET
    sub_category_id: int | None | Unset = UNSET
    importance: str | Unset = UNSET
    desc: str | Unset = UNSET
    manager_comment: None | str | Unset = UNSET
    close_desc: None | str | Unset = UNSET
    admin_seen: int | Unset = UNSET
    user_seen: int | Unset = UNSET
    sms_notification: int | Unset = UNSET
    interaction_count: int | Unset = UNSET
    longest_interaction: int | Unset = UNSET
    min_rate: int | None | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    updated_at: str | Unset = UNSET
    jira_id: int | None | Unset = UNSET
    rate: int | Unset = UNSET
    rate_comment: None | str | Unset = UNSET
    user: TicketUser | Unset = UNSET
    category: TicketCategory | Unset = UNSET
    sub_category: TicketSubCategory | Unset = UNSET
    state: TicketStateLabel | Unset = UNSET
    forward: None | TicketForward | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ticket_forward import TicketForward  # noqa: PLC0415

        id = self.id

        ticket_id = self.ticket_id

        user_id = self.user_id

        state_id = self.state_id.value

        subject = self.subject

        created_at = self.created_at

        parent_id = self.parent_id

        category_id = self.category_id

        sub_category_id: int | None | Unset
        if isinstance(self.sub_category_id, Unset):
            sub_category_id = UNSET
        else:
            sub_category_id = self.sub_category_id

        importance = self.importance

        desc = self.desc

        manager_comment: None | str | Unset
        if isinstance(self.manager_comment, Unset):
            manager_comment = UNSET
        else:
            manager_comment = self.manager_comment

        close_desc: None | str | Unset
        if isinstance(self.close_desc, Unset):
            close_desc = UNSET
        else:
            close_desc = self.close_desc

        admin_seen = self.admin_seen

        user_seen = self.user_seen

        sms_notification = self.sms_notification

        interaction_count = self.interaction_count

        longest_interaction = self.longest_interaction

        min_rate: int | None | Unset
        if isinstance(self.min_rate, Unset):
            min_rate = UNSET
        else:
            min_rate = self.min_rate

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        updated_at = self.updated_at

        jira_id: int | None | Unset
        if isinstance(self.jira_id, Unset):
            jira_id = UNSET
        else:
            jira_id = self.jira_id

        rate = self.rate

        rate_comment: None | str | Unset
        if isinstance(self.rate_comment, Unset):
            rate_comment = UNSET
        else:
            rate_comment = self.rate_comment

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        sub_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_category, Unset):
            sub_category = self.sub_category.to_dict()

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        forward: dict[str, Any] | None | Unset
        if isinstance(self.forward, Unset):
            forward = UNSET
        elif isinstance(self.forward, TicketForward):
            forward = self.forward.to_dict()
        else:
            forward = self.forward

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticket_id": ticket_id,
                "user_id": user_id,
                "state_id": state_id,
                "subject": subject,
                "created_at": created_at,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if sub_category_id is not UNSET:
            field_dict["sub_category_id"] = sub_category_id
        if importance is not UNSET:
            field_dict["importance"] = importance
        if desc is not UNSET:
            field_dict["desc"] = desc
        if manager_comment is not UNSET:
            field_dict["manager_comment"] = manager_comment
        if close_desc is not UNSET:
            field_dict["close_desc"] = close_desc
        if admin_seen is not UNSET:
            field_dict["admin_seen"] = admin_seen
        if user_seen is not UNSET:
            field_dict["user_seen"] = user_seen
        if sms_notification is not UNSET:
            field_dict["sms_notification"] = sms_notification
        if interaction_count is not UNSET:
            field_dict["interaction_count"] = interaction_count
        if longest_interaction is not UNSET:
            field_dict["longest_interaction"] = longest_interaction
        if min_rate is not UNSET:
            field_dict["min_rate"] = min_rate
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if jira_id is not UNSET:
            field_dict["jira_id"] = jira_id
        if rate is not UNSET:
            field_dict["rate"] = rate
        if rate_comment is not UNSET:
            field_dict["rate_comment"] = rate_comment
        if user is not UNSET:
            field_dict["user"] = user
        if category is not UNSET:
            field_dict["category"] = category
        if sub_category is not UNSET:
            field_dict["sub_category"] = sub_category
        if state is not UNSET:
            field_dict["state"] = state
        if forward is not UNSET:
            field_dict["forward"] = forward

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_category import TicketCategory  # noqa: PLC0415
        from ..models.ticket_forward import TicketForward  # noqa: PLC0415
        from ..models.ticket_state_label import TicketStateLabel  # noqa: PLC0415
        from ..models.ticket_sub_category import TicketSubCategory  # noqa: PLC0415
        from ..models.ticket_user import TicketUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        ticket_id = d.pop("ticket_id")

        user_id = d.pop("user_id")

        state_id = TicketState(d.pop("state_id"))

        subject = d.pop("subject")

        created_at = d.pop("created_at")

        parent_id = d.pop("parent_id", UNSET)

        category_id = d.pop("category_id", UNSET)

        def _parse_sub_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sub_category_id = _parse_sub_category_id(d.pop("sub_category_id", UNSET))

        importance = d.pop("importance", UNSET)

        desc = d.pop("desc", UNSET)

        def _parse_manager_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manager_comment = _parse_manager_comment(d.pop("manager_comment", UNSET))

        def _parse_close_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        close_desc = _parse_close_desc(d.pop("close_desc", UNSET))

        admin_seen = d.pop("admin_seen", UNSET)

        user_seen = d.pop("user_seen", UNSET)

        sms_notification = d.pop("sms_notification", UNSET)

        interaction_count = d.pop("interaction_count", UNSET)

        longest_interaction = d.pop("longest_interaction", UNSET)

        def _parse_min_rate(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_rate = _parse_min_rate(d.pop("min_rate", UNSET))

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        updated_at = d.pop("updated_at", UNSET)

        def _parse_jira_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        jira_id = _parse_jira_id(d.pop("jira_id", UNSET))

        rate = d.pop("rate", UNSET)

        def _parse_rate_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate_comment = _parse_rate_comment(d.pop("rate_comment", UNSET))

        _user = d.pop("user", UNSET)
        user: TicketUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = TicketUser.from_dict(_user)

        _category = d.pop("category", UNSET)
        category: TicketCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = TicketCategory.from_dict(_category)

        _sub_category = d.pop("sub_category", UNSET)
        sub_category: TicketSubCategory | Unset
        if isinstance(_sub_category, Unset):
            sub_category = UNSET
        else:
            sub_category = TicketSubCategory.from_dict(_sub_category)

        _state = d.pop("state", UNSET)
        state: TicketStateLabel | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = TicketStateLabel.from_dict(_state)

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

        ticket = cls(
            id=id,
            ticket_id=ticket_id,
            user_id=user_id,
            state_id=state_id,
            subject=subject,
            created_at=created_at,
            parent_id=parent_id,
            category_id=category_id,
            sub_category_id=sub_category_id,
            importance=importance,
            desc=desc,
            manager_comment=manager_comment,
            close_desc=close_desc,
            admin_seen=admin_seen,
            user_seen=user_seen,
            sms_notification=sms_notification,
            interaction_count=interaction_count,
            longest_interaction=longest_interaction,
            min_rate=min_rate,
            deleted_at=deleted_at,
            updated_at=updated_at,
            jira_id=jira_id,
            rate=rate,
            rate_comment=rate_comment,
            user=user,
            category=category,
            sub_category=sub_category,
            state=state,
            forward=forward,
        )

        ticket.additional_properties = d
        return ticket

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
