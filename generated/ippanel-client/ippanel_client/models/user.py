from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_profile_is_bought_panel import UserProfileIsBoughtPanel
from ..models.yes_no import YesNo
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_credit import UserCredit
    from ..models.user_package import UserPackage


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user as the list gives it.

    Attributes:
        status (str): The account's status, e.g. `active`, `inactive`.
        uname (str): The username.
        user_id (int): The user's id.
        is_reseller (YesNo): A flag written as the word `yes` or `no`.
        parent (int): The id of the reseller directly above the user.
        time (int | Unset): When the user was created, as a Unix timestamp.
        document_block (YesNo | Unset): A flag written as the word `yes` or `no`.
        special_disc (int | Unset): The user's special discount.
        accounting_id (int | None | str | Unset): An accounting reference; null in every documented example.
        name (str | Unset): The full name.
        national_id (str | Unset): The national code.
        certificate_id (str | Unset): The birth certificate number.
        tell (None | str | Unset): A landline number.
        mobile (str | Unset): The mobile number (E.164 in the list's example, without `+98` in show's).
        address (None | str | Unset): The postal address.
        company (None | str | Unset): The company.
        postalcode (int | None | Unset): The postal code.
        send_block (YesNo | Unset): A flag written as the word `yes` or `no`.
        email (None | str | Unset): The email address (may be empty).
        add_status (str | Unset): How the user was created, e.g. `normal`, `online`, `webservice`.
        acl_role_id (int | Unset): The user's package (ACL role) id.
        last_login (int | None | Unset): The last login, as a Unix timestamp.
        confirm (str | Unset): Whether the account is confirmed, `1` or `0`.
        user_create (YesNo | Unset): A flag written as the word `yes` or `no`.
        show_status (str | Unset): The status shown in the panel.
        expire_time (int | None | str | Unset): When the account expires, if it does (null in every documented example).
        user_description (None | str | Unset): A note by the user.
        description (None | str | Unset): A note by the reseller.
        is_bought_panel (UserProfileIsBoughtPanel | Unset): `1` when the user bought a panel, else `0`.
        main_parent (str | Unset): The username of the tree's main reseller.
        credit (UserCredit | Unset): A user's credit, in Rials.
        acl_role (UserPackage | Unset): The package (ACL role) a user has.
    """

    status: str
    uname: str
    user_id: int
    is_reseller: YesNo
    parent: int
    time: int | Unset = UNSET
    document_block: YesNo | Unset = UNSET
    special_disc: int | Unset = UNSET
    accounting_id: int | None | str | Unset = UNSET
    name: str | Unset = UNSET
    national_id: str | Unset = UNSET
    certificate_id: str | Unset = UNSET
    tell: None | str | Unset = UNSET
    mobile: str | Unset = UNSET
    address: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    postalcode: int | None | Unset = UNSET
    send_block: YesNo | Unset = UNSET
    email: None | str | Unset = UNSET
    add_status: str | Unset = UNSET
    acl_role_id: int | Unset = UNSET
    last_login: int | None | Unset = UNSET
    confirm: str | Unset = UNSET
    user_create: YesNo | Unset = UNSET
    show_status: str | Unset = UNSET
    expire_time: int | None | str | Unset = UNSET
    user_description: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_bought_panel: UserProfileIsBoughtPanel | Unset = UNSET
    main_parent: str | Unset = UNSET
    credit: UserCredit | Unset = UNSET
    acl_role: UserPackage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        uname = self.uname

        user_id = self.user_id

        is_reseller = self.is_reseller.value

        parent = self.parent

        time = self.time

        document_block: str | Unset = UNSET
        if not isinstance(self.document_block, Unset):
            document_block = self.document_block.value

        special_disc = self.special_disc

        accounting_id: int | None | str | Unset
        if isinstance(self.accounting_id, Unset):
            accounting_id = UNSET
        else:
            accounting_id = self.accounting_id

        name = self.name

        national_id = self.national_id

        certificate_id = self.certificate_id

        tell: None | str | Unset
        if isinstance(self.tell, Unset):
            tell = UNSET
        else:
            tell = self.tell

        mobile = self.mobile

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        postalcode: int | None | Unset
        if isinstance(self.postalcode, Unset):
            postalcode = UNSET
        else:
            postalcode = self.postalcode

        send_block: str | Unset = UNSET
        if not isinstance(self.send_block, Unset):
            send_block = self.send_block.value

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        add_status = self.add_status

        acl_role_id = self.acl_role_id

        last_login: int | None | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        else:
            last_login = self.last_login

        confirm = self.confirm

        user_create: str | Unset = UNSET
        if not isinstance(self.user_create, Unset):
            user_create = self.user_create.value

        show_status = self.show_status

        expire_time: int | None | str | Unset
        if isinstance(self.expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = self.expire_time

        user_description: None | str | Unset
        if isinstance(self.user_description, Unset):
            user_description = UNSET
        else:
            user_description = self.user_description

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_bought_panel: str | Unset = UNSET
        if not isinstance(self.is_bought_panel, Unset):
            is_bought_panel = self.is_bought_panel.value

        main_parent = self.main_parent

        credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit, Unset):
            credit = self.credit.to_dict()

        acl_role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acl_role, Unset):
            acl_role = self.acl_role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "uname": uname,
                "user_id": user_id,
                "is_reseller": is_reseller,
                "parent": parent,
            }
        )
        if time is not UNSET:
            field_dict["time"] = time
        if document_block is not UNSET:
            field_dict["document_block"] = document_block
        if special_disc is not UNSET:
            field_dict["special_disc"] = special_disc
        if accounting_id is not UNSET:
            field_dict["accounting_id"] = accounting_id
        if name is not UNSET:
            field_dict["name"] = name
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if certificate_id is not UNSET:
            field_dict["certificate_id"] = certificate_id
        if tell is not UNSET:
            field_dict["tell"] = tell
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if address is not UNSET:
            field_dict["address"] = address
        if company is not UNSET:
            field_dict["company"] = company
        if postalcode is not UNSET:
            field_dict["postalcode"] = postalcode
        if send_block is not UNSET:
            field_dict["send_block"] = send_block
        if email is not UNSET:
            field_dict["email"] = email
        if add_status is not UNSET:
            field_dict["add_status"] = add_status
        if acl_role_id is not UNSET:
            field_dict["acl_role_id"] = acl_role_id
        if last_login is not UNSET:
            field_dict["last_login"] = last_login
        if confirm is not UNSET:
            field_dict["confirm"] = confirm
        if user_create is not UNSET:
            field_dict["user_create"] = user_create
        if show_status is not UNSET:
            field_dict["show_status"] = show_status
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if user_description is not UNSET:
            field_dict["user_description"] = user_description
        if description is not UNSET:
            field_dict["description"] = description
        if is_bought_panel is not UNSET:
            field_dict["is_bought_panel"] = is_bought_panel
        if main_parent is not UNSET:
            field_dict["main_parent"] = main_parent
        if credit is not UNSET:
            field_dict["credit"] = credit
        if acl_role is not UNSET:
            field_dict["acl_role"] = acl_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_credit import UserCredit  # noqa: PLC0415
        from ..models.user_package import UserPackage  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        uname = d.pop("uname")

        user_id = d.pop("user_id")

        is_reseller = YesNo(d.pop("is_reseller"))

        parent = d.pop("parent")

        time = d.pop("time", UNSET)

        _document_block = d.pop("document_block", UNSET)
        document_block: YesNo | Unset
        if isinstance(_document_block, Unset):
            document_block = UNSET
        else:
            document_block = YesNo(_document_block)

        special_disc = d.pop("special_disc", UNSET)

        def _parse_accounting_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        accounting_id = _parse_accounting_id(d.pop("accounting_id", UNSET))

        name = d.pop("name", UNSET)

        national_id = d.pop("national_id", UNSET)

        certificate_id = d.pop("certificate_id", UNSET)

        def _parse_tell(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tell = _parse_tell(d.pop("tell", UNSET))

        mobile = d.pop("mobile", UNSET)

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        def _parse_postalcode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        postalcode = _parse_postalcode(d.pop("postalcode", UNSET))

        _send_block = d.pop("send_block", UNSET)
        send_block: YesNo | Unset
        if isinstance(_send_block, Unset):
            send_block = UNSET
        else:
            send_block = YesNo(_send_block)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        add_status = d.pop("add_status", UNSET)

        acl_role_id = d.pop("acl_role_id", UNSET)

        def _parse_last_login(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_login = _parse_last_login(d.pop("last_login", UNSET))

        confirm = d.pop("confirm", UNSET)

        _user_create = d.pop("user_create", UNSET)
        user_create: YesNo | Unset
        if isinstance(_user_create, Unset):
            user_create = UNSET
        else:
            user_create = YesNo(_user_create)

        show_status = d.pop("show_status", UNSET)

        def _parse_expire_time(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        expire_time = _parse_expire_time(d.pop("expire_time", UNSET))

        def _parse_user_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_description = _parse_user_description(d.pop("user_description", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _is_bought_panel = d.pop("is_bought_panel", UNSET)
        is_bought_panel: UserProfileIsBoughtPanel | Unset
        if isinstance(_is_bought_panel, Unset):
            is_bought_panel = UNSET
        else:
            is_bought_panel = UserProfileIsBoughtPanel(_is_bought_panel)

        main_parent = d.pop("main_parent", UNSET)

        _credit = d.pop("credit", UNSET)
        credit: UserCredit | Unset
        if isinstance(_credit, Unset):
            credit = UNSET
        else:
            credit = UserCredit.from_dict(_credit)

        _acl_role = d.pop("acl_role", UNSET)
        acl_role: UserPackage | Unset
        if isinstance(_acl_role, Unset):
            acl_role = UNSET
        else:
            acl_role = UserPackage.from_dict(_acl_role)

        user = cls(
            status=status,
            uname=uname,
            user_id=user_id,
            is_reseller=is_reseller,
            parent=parent,
            time=time,
            document_block=document_block,
            special_disc=special_disc,
            accounting_id=accounting_id,
            name=name,
            national_id=national_id,
            certificate_id=certificate_id,
            tell=tell,
            mobile=mobile,
            address=address,
            company=company,
            postalcode=postalcode,
            send_block=send_block,
            email=email,
            add_status=add_status,
            acl_role_id=acl_role_id,
            last_login=last_login,
            confirm=confirm,
            user_create=user_create,
            show_status=show_status,
            expire_time=expire_time,
            user_description=user_description,
            description=description,
            is_bought_panel=is_bought_panel,
            main_parent=main_parent,
            credit=credit,
            acl_role=acl_role,
        )

        user.additional_properties = d
        return user

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
