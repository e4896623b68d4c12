from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pattern_status import PatternStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pattern_revision import PatternRevision
    from ..models.pattern_variable import PatternVariable


T = TypeVar("T", bound="Pattern")


@_attrs_define
class Pattern:
    """A pattern: a message with variables that IPPanel reviews once, then sends with the values
    of each pattern send (`POST /api/send`, `sending_type: pattern`, `code` = `pattern_code`).
    Create and update answer the short form (the required fields); list and show add the rest.

    The `pattern_*_revision` and `pattern_*_log` fields are `null` (or `""`) in every
    documented response; they presumably hold a change waiting for review and the history of
    changes, so they are typed loosely.

        Attributes:
            id (str): The pattern's internal id (24 characters); operations take `pattern_code`.
            title (None | str):
            username (str): The owner's username.
            pattern_code (str): The code that pattern sends, show, update and delete take.
            pattern_message (str): The message, each variable written between `delimiter`s.
            admin_comment (None | str): The reviewer's comment, e.g. why the pattern was rejected.
            pattern_description (str):
            pattern_status (PatternStatus): Where the pattern stands in IPPanel's review; only an `active` pattern can be
                sent.

                - `pending`: waiting for review (every new or changed pattern).
                - `active`: approved (`pattern_status_id` 1, "فعال").
                - `inactive`: rejected (`pattern_status_id` 2, "رد شده"); `admin_comment` says why.
            pattern_is_share (bool): Whether the account's sub-users may use the pattern.
            reject_text (str):
            type_ (str): The channel; `sms` in every documented pattern.
            variable (list[PatternVariable]):
            delimiter (str): The character around each variable in the message; `%`.
            updated_at (str): When the pattern last changed, ISO 8601 in UTC (`2025-06-01T08:27:32.244000Z`).
            time (int): When the pattern was created, as a Unix timestamp.
            partner_id (int | None | str | Unset):
            verifier_user_id (int | None | str | Unset):
            verifier_partner_id (int | None | str | Unset):
            user_id (str | Unset): The owner's id, as a string.
            website (None | str | Unset):
            pattern_status_fa (str | Unset): The status in Persian, e.g. `فعال` (active), `رد شده` (rejected).
            pattern_status_id (int | Unset): The status as a number (1 active, 2 rejected; others undocumented).
            pattern_type (str | Unset): `normal` for a user's own pattern (the list filters also know `systemic`).
            readonly (bool | Unset):
            pattern_state_revision (Any | Unset):
            pattern_message_revision (Any | Unset):
            pattern_is_share_revision (Any | Unset):
            pattern_description_revision (Any | Unset):
            pattern_delimiter_revision (Any | Unset):
            pattern_variable_revision (Any | Unset):
            pattern_type_revision (Any | Unset):
            pattern_state_log (Any | Unset):
            pattern_message_log (Any | Unset):
            pattern_is_share_log (Any | Unset):
            pattern_description_log (Any | Unset):
            pattern_delimiter_log (Any | Unset):
            pattern_variable_log (Any | Unset):
            pattern_type_log (Any | Unset):
            revision (PatternRevision | Unset): The changes to a pattern that wait for review, field by field; every field
                is empty (`""`
                or `null`) when nothing waits.
            pattern_log (Any | Unset):
    """

    id: str
    title: None | str
    username: str
    pattern_code: str
    pattern_message: str
    admin_comment: None | str
    pattern_description: str
    pattern_status: PatternStatus
    pattern_is_share: bool
    reject_text: str
    type_: str
    variable: list[PatternVariable]
    delimiter: str
    updated_at: str
    time: int
    partner_id: int | None | str | Unset = UNSET
    verifier_user_id: int | None | str | Unset = UNSET
    verifier_partner_id: int | None | str | Unset = UNSET
    user_id: str | Unset = UNSET
    website: None | str | Unset = UNSET
    pattern_status_fa: str | Unset = UNSET
    pattern_status_id: int | Unset = UNSET
    pattern_type: str | Unset = UNSET
    readonly: bool | Unset = UNSET
    pattern_state_revision: Any | Unset = UNSET
    pattern_message_revision: Any | Unset = UNSET
    pattern_is_share_revision: Any | Unset = UNSET
    pattern_description_revision: Any | Unset = UNSET
    pattern_delimiter_revision: Any | Unset = UNSET
    pattern_variable_revision: Any | Unset = UNSET
    pattern_type_revision: Any | Unset = UNSET
    pattern_state_log: Any | Unset = UNSET
    pattern_message_log: Any | Unset = UNSET
    pattern_is_share_log: Any | Unset = UNSET
    pattern_description_log: Any | Unset = UNSET
    pattern_delimiter_log: Any | Unset = UNSET
    pattern_variable_log: Any | Unset = UNSET
    pattern_type_log: Any | Unset = UNSET
    revision: PatternRevision | Unset = UNSET
    pattern_log: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: None | str
        title = self.title

        username = self.username

        pattern_code = self.pattern_code

        pattern_message = self.pattern_message

        admin_comment: None | str
        admin_comment = self.admin_comment

        pattern_description = self.pattern_description

        pattern_status = self.pattern_status.value

        pattern_is_share = self.pattern_is_share

        reject_text = self.reject_text

        type_ = self.type_

        variable = []
        for variable_item_data in self.variable:
            variable_item = variable_item_data.to_dict()
            variable.append(variable_item)

        delimiter = self.delimiter

        updated_at = self.updated_at

        time = self.time

        partner_id: int | None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        verifier_user_id: int | None | str | Unset
        if isinstance(self.verifier_user_id, Unset):
            verifier_user_id = UNSET
        else:
            verifier_user_id = self.verifier_user_id

        verifier_partner_id: int | None | str | Unset
        if isinstance(self.verifier_partner_id, Unset):
            verifier_partner_id = UNSET
        else:
            verifier_partner_id = self.verifier_partner_id

        user_id = self.user_id

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        pattern_status_fa = self.pattern_status_fa

        pattern_status_id = self.pattern_status_id

        pattern_type = self.pattern_type

        readonly = self.readonly

        pattern_state_revision = self.pattern_state_revision

        pattern_message_revision = self.pattern_message_revision

        pattern_is_share_revision = self.pattern_is_share_revision

        pattern_description_revision = self.pattern_description_revision

        pattern_delimiter_revision = self.pattern_delimiter_revision

        pattern_variable_revision = self.pattern_variable_revision

        pattern_type_revision = self.pattern_type_revision

        pattern_state_log = self.pattern_state_log

        pattern_message_log = self.pattern_message_log

        pattern_is_share_log = self.pattern_is_share_log

        pattern_description_log = self.pattern_description_log

        pattern_delimiter_log = self.pattern_delimiter_log

        pattern_variable_log = self.pattern_variable_log

        pattern_type_log = self.pattern_type_log

        revision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revision, Unset):
            revision = self.revision.to_dict()

        pattern_log = self.pattern_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "username": username,
                "pattern_code": pattern_code,
                "pattern_message": pattern_message,
                "admin_comment": admin_comment,
                "pattern_description": pattern_description,
                "pattern_status": pattern_status,
                "pattern_is_share": pattern_is_share,
                "reject_text": reject_text,
                "type": type_,
                "variable": variable,
                "delimiter": delimiter,
                "updated_at": updated_at,
                "time": time,
            }
        )
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if verifier_user_id is not UNSET:
            field_dict["verifier_user_id"] = verifier_user_id
        if verifier_partner_id is not UNSET:
            field_dict["verifier_partner_id"] = verifier_partner_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if website is not UNSET:
            field_dict["website"] = website
        if pattern_status_fa is not UNSET:
            field_dict["pattern_status_fa"] = pattern_status_fa
        if pattern_status_id is not UNSET:
            field_dict["pattern_status_id"] = pattern_status_id
        if pattern_type is not UNSET:
            field_dict["pattern_type"] = pattern_type
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if pattern_state_revision is not UNSET:
            field_dict["pattern_state_revision"] = pattern_state_revision
        if pattern_message_revision is not UNSET:
            field_dict["pattern_message_revision"] = pattern_message_revision
        if pattern_is_share_revision is not UNSET:
            field_dict["pattern_is_share_revision"] = pattern_is_share_revision
        if pattern_description_revision is not UNSET:
            field_dict["pattern_description_revision"] = pattern_description_revision
        if pattern_delimiter_revision is not UNSET:
            field_dict["pattern_delimiter_revision"] = pattern_delimiter_revision
        if pattern_variable_revision is not UNSET:
            field_dict["pattern_variable_revision"] = pattern_variable_revision
        if pattern_type_revision is not UNSET:
            field_dict["pattern_type_revision"] = pattern_type_revision
        if pattern_state_log is not UNSET:
            field_dict["pattern_state_log"] = pattern_state_log
        if pattern_message_log is not UNSET:
            field_dict["pattern_message_log"] = pattern_message_log
        if pattern_is_share_log is not UNSET:
            field_dict["pattern_is_share_log"] = pattern_is_share_log
        if pattern_description_log is not UNSET:
            field_dict["pattern_description_log"] = pattern_description_log
        if pattern_delimiter_log is not UNSET:
            field_dict["pattern_delimiter_log"] = pattern_delimiter_log
        if pattern_variable_log is not UNSET:
            field_dict["pattern_variable_log"] = pattern_variable_log
        if pattern_type_log is not UNSET:
            field_dict["pattern_type_log"] = pattern_type_log
        if revision is not UNSET:
            field_dict["revision"] = revision
        if pattern_log is not UNSET:
            field_dict["pattern_log"] = pattern_log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pattern_revision import PatternRevision  # noqa: PLC0415
        from ..models.pattern_variable import PatternVariable  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        username = d.pop("username")

        pattern_code = d.pop("pattern_code")

        pattern_message = d.pop("pattern_message")

        def _parse_admin_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        admin_comment = _parse_admin_comment(d.pop("admin_comment"))

        pattern_description = d.pop("pattern_description")

        pattern_status = PatternStatus(d.pop("pattern_status"))

        pattern_is_share = d.pop("pattern_is_share")

        reject_text = d.pop("reject_text")

        type_ = d.pop("type")

        variable = []
        _variable = d.pop("variable")
        for variable_item_data in _variable:
            variable_item = PatternVariable.from_dict(variable_item_data)

            variable.append(variable_item)

        delimiter = d.pop("delimiter")

        updated_at = d.pop("updated_at")

        time = d.pop("time")

        def _parse_partner_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        def _parse_verifier_user_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        verifier_user_id = _parse_verifier_user_id(d.pop("verifier_user_id", UNSET))

        def _parse_verifier_partner_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        verifier_partner_id = _parse_verifier_partner_id(d.pop("verifier_partner_id", UNSET))

        user_id = d.pop("user_id", UNSET)

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        pattern_status_fa = d.pop("pattern_status_fa", UNSET)

        pattern_status_id = d.pop("pattern_status_id", UNSET)

        pattern_type = d.pop("pattern_type", UNSET)

        readonly = d.pop("readonly", UNSET)

        pattern_state_revision = d.pop("pattern_state_revision", UNSET)

        pattern_message_revision = d.pop("pattern_message_revision", UNSET)

        pattern_is_share_revision = d.pop("pattern_is_share_revision", UNSET)

        pattern_description_revision = d.pop("pattern_description_revision", UNSET)

        pattern_delimiter_revision = d.pop("pattern_delimiter_revision", UNSET)

        pattern_variable_revision = d.pop("pattern_variable_revision", UNSET)

        pattern_type_revision = d.pop("pattern_type_revision", UNSET)

        pattern_state_log = d.pop("pattern_state_log", UNSET)

        pattern_message_log = d.pop("pattern_message_log", UNSET)

        pattern_is_share_log = d.pop("pattern_is_share_log", UNSET)

        pattern_description_log = d.pop("pattern_description_log", UNSET)

        pattern_delimiter_log = d.pop("pattern_delimiter_log", UNSET)

        pattern_variable_log = d.pop("pattern_variable_log", UNSET)

        pattern_type_log = d.pop("pattern_type_log", UNSET)

        _revision = d.pop("revision", UNSET)
        revision: PatternRevision | Unset
        if isinstance(_revision, Unset):
            revision = UNSET
        else:
            revision = PatternRevision.from_dict(_revision)

        pattern_log = d.pop("pattern_log", UNSET)

        pattern = cls(
            id=id,
            title=title,
            username=username,
            pattern_code=pattern_code,
            pattern_message=pattern_message,
            admin_comment=admin_comment,
            pattern_description=pattern_description,
            pattern_status=pattern_status,
            pattern_is_share=pattern_is_share,
            reject_text=reject_text,
            type_=type_,
            variable=variable,
            delimiter=delimiter,
            updated_at=updated_at,
            time=time,
            partner_id=partner_id,
            verifier_user_id=verifier_user_id,
            verifier_partner_id=verifier_partner_id,
            user_id=user_id,
            website=website,
            pattern_status_fa=pattern_status_fa,
            pattern_status_id=pattern_status_id,
            pattern_type=pattern_type,
            readonly=readonly,
            pattern_state_revision=pattern_state_revision,
            pattern_message_revision=pattern_message_revision,
            pattern_is_share_revision=pattern_is_share_revision,
            pattern_description_revision=pattern_description_revision,
            pattern_delimiter_revision=pattern_delimiter_revision,
            pattern_variable_revision=pattern_variable_revision,
            pattern_type_revision=pattern_type_revision,
            pattern_state_log=pattern_state_log,
            pattern_message_log=pattern_message_log,
            pattern_is_share_log=pattern_is_share_log,
            pattern_description_log=pattern_description_log,
            pattern_delimiter_log=pattern_delimiter_log,
            pattern_variable_log=pattern_variable_log,
            pattern_type_log=pattern_type_log,
            revision=revision,
            pattern_log=pattern_log,
        )

        pattern.additional_properties = d
        return pattern

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
