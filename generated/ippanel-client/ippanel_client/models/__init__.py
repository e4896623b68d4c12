"""Contains all the data models used in inputs/outputs"""

from .account_number import AccountNumber
from .account_number_gets import AccountNumberGets
from .account_number_is_66_char import AccountNumberIs66Char
from .account_numbers_envelope import AccountNumbersEnvelope
from .assign_number_request import AssignNumberRequest
from .auth_token import AuthToken
from .auth_token_envelope import AuthTokenEnvelope
from .bulk_recipient import BulkRecipient
from .bulk_recipients_envelope import BulkRecipientsEnvelope
from .bulk_state import BulkState
from .bulk_stats import BulkStats
from .bulk_stats_envelope import BulkStatsEnvelope
from .change_password_by_token_request import ChangePasswordByTokenRequest
from .check_user_exists_request import CheckUserExistsRequest
from .confirm_otp_request import ConfirmOtpRequest
from .create_ticket_request import CreateTicketRequest
from .create_ticket_request_sms_notification import CreateTicketRequestSmsNotification
from .create_user_request import CreateUserRequest
from .created_ticket import CreatedTicket
from .created_ticket_envelope import CreatedTicketEnvelope
from .credit import Credit
from .credit_envelope import CreditEnvelope
from .empty_envelope import EmptyEnvelope
from .error_envelope import ErrorEnvelope
from .error_meta import ErrorMeta
from .field_errors import FieldErrors
from .forgot_password_request import ForgotPasswordRequest
from .gender import Gender
from .inbox_message import InboxMessage
from .inbox_message_seen import InboxMessageSeen
from .inbox_report_envelope import InboxReportEnvelope
from .inbox_report_request import InboxReportRequest
from .inbox_report_request_filters import InboxReportRequestFilters
from .language_counts import LanguageCounts
from .list_packages_status import ListPackagesStatus
from .list_packages_type import ListPackagesType
from .list_users_add_status import ListUsersAddStatus
from .list_users_is_bought_panel import ListUsersIsBoughtPanel
from .list_users_login_status import ListUsersLoginStatus
from .list_users_sub_reseller import ListUsersSubReseller
from .login_method import LoginMethod
from .login_request import LoginRequest
from .message_status import MessageStatus
from .message_to_recipients import MessageToRecipients
from .meta_message import MetaMessage
from .number_assignment import NumberAssignment
from .number_bank import NumberBank
from .operator_counts import OperatorCounts
from .operator_range import OperatorRange
from .outbox_bulk import OutboxBulk
from .outbox_bulk_detail import OutboxBulkDetail
from .outbox_bulk_detail_envelope import OutboxBulkDetailEnvelope
from .outbox_report_envelope import OutboxReportEnvelope
from .outbox_report_filters import OutboxReportFilters
from .outbox_report_request import OutboxReportRequest
from .package import Package
from .package_election import PackageElection
from .package_is_transferred import PackageIsTransferred
from .packages_envelope import PackagesEnvelope
from .paginated_meta import PaginatedMeta
from .pagination import Pagination
from .parents_tree import ParentsTree
from .parents_tree_envelope import ParentsTreeEnvelope
from .pattern_contact import PatternContact
from .pattern_params import PatternParams
from .peer_to_peer_message import PeerToPeerMessage
from .phonebook_custom_fields import PhonebookCustomFields
from .postal_code_target import PostalCodeTarget
from .recipients_params import RecipientsParams
from .remove_document_request import RemoveDocumentRequest
from .reply_ticket_request import ReplyTicketRequest
from .required_document import RequiredDocument
from .required_document_need_file import RequiredDocumentNeedFile
from .required_document_show_profile import RequiredDocumentShowProfile
from .required_documents_envelope import RequiredDocumentsEnvelope
from .reset_token import ResetToken
from .reset_token_envelope import ResetTokenEnvelope
from .sample_file import SampleFile
from .send_normal_request import SendNormalRequest
from .send_pattern_request import SendPatternRequest
from .send_peer_to_peer_file_request import SendPeerToPeerFileRequest
from .send_peer_to_peer_request import SendPeerToPeerRequest
from .send_postal_code_request import SendPostalCodeRequest
from .send_result import SendResult
from .send_result_envelope import SendResultEnvelope
from .send_sms_otp_request import SendSmsOtpRequest
from .send_votp_request import SendVotpRequest
from .send_webservice_request import SendWebserviceRequest
from .sending_type import SendingType
from .success_envelope import SuccessEnvelope
from .success_meta import SuccessMeta
from .tariff_envelope import TariffEnvelope
from .tariff_row import TariffRow
from .ticket import Ticket
from .ticket_category import TicketCategory
from .ticket_detail import TicketDetail
from .ticket_detail_envelope import TicketDetailEnvelope
from .ticket_forward import TicketForward
from .ticket_interaction import TicketInteraction
from .ticket_reply import TicketReply
from .ticket_reply_envelope import TicketReplyEnvelope
from .ticket_reply_ticket import TicketReplyTicket
from .ticket_state import TicketState
from .ticket_state_label import TicketStateLabel
from .ticket_sub_category import TicketSubCategory
from .ticket_user import TicketUser
from .tickets_envelope import TicketsEnvelope
from .token_owner import TokenOwner
from .token_owner_envelope import TokenOwnerEnvelope
from .tree_user import TreeUser
from .update_user_request import UpdateUserRequest
from .update_user_request_is_bought_panel import UpdateUserRequestIsBoughtPanel
from .update_user_request_status import UpdateUserRequestStatus
from .upload_document_request import UploadDocumentRequest
from .uploaded_document import UploadedDocument
from .user import User
from .user_credit import UserCredit
from .user_detail import UserDetail
from .user_detail_envelope import UserDetailEnvelope
from .user_package import UserPackage
from .user_parent import UserParent
from .user_profile import UserProfile
from .user_profile_is_bought_panel import UserProfileIsBoughtPanel
from .users_envelope import UsersEnvelope
from .votp_params import VotpParams
from .yes_no import YesNo

__all__ = (
    "AccountNumber",
    "AccountNumberGets",
    "AccountNumberIs66Char",
    "AccountNumbersEnvelope",
    "AssignNumberRequest",
    "AuthToken",
    "AuthTokenEnvelope",
    "BulkRecipient",
    "BulkRecipientsEnvelope",
    "BulkState",
    "BulkStats",
    "BulkStatsEnvelope",
    "ChangePasswordByTokenRequest",
    "CheckUserExistsRequest",
    "ConfirmOtpRequest",
    "CreatedTicket",
    "CreatedTicketEnvelope",
    "CreateTicketRequest",
    "CreateTicketRequestSmsNotification",
    "CreateUserRequest",
    "Credit",
    "CreditEnvelope",
    "EmptyEnvelope",
    "ErrorEnvelope",
    "ErrorMeta",
    "FieldErrors",
    "ForgotPasswordRequest",
    "Gender",
    "InboxMessage",
    "InboxMessageSeen",
    "InboxReportEnvelope",
    "InboxReportRequest",
    "InboxReportRequestFilters",
    "LanguageCounts",
    "ListPackagesStatus",
    "ListPackagesType",
    "ListUsersAddStatus",
    "ListUsersIsBoughtPanel",
    "ListUsersLoginStatus",
    "ListUsersSubReseller",
    "LoginMethod",
    "LoginRequest",
    "MessageStatus",
    "MessageToRecipients",
    "MetaMessage",
    "NumberAssignment",
    "NumberBank",
    "OperatorCounts",
    "OperatorRange",
    "OutboxBulk",
    "OutboxBulkDetail",
    "OutboxBulkDetailEnvelope",
    "OutboxReportEnvelope",
    "OutboxReportFilters",
    "OutboxReportRequest",
    "Package",
    "PackageElection",
    "PackageIsTransferred",
    "PackagesEnvelope",
    "PaginatedMeta",
    "Pagination",
    "ParentsTree",
    "ParentsTreeEnvelope",
    "PatternContact",
    "PatternParams",
    "PeerToPeerMessage",
    "PhonebookCustomFields",
    "PostalCodeTarget",
    "RecipientsParams",
    "RemoveDocumentRequest",
    "ReplyTicketRequest",
    "RequiredDocument",
    "RequiredDocumentNeedFile",
    "RequiredDocumentsEnvelope",
    "RequiredDocumentShowProfile",
    "ResetToken",
    "ResetTokenEnvelope",
    "SampleFile",
    "SendingType",
    "SendNormalRequest",
    "SendPatternRequest",
    "SendPeerToPeerFileRequest",
    "SendPeerToPeerRequest",
    "SendPostalCodeRequest",
    "SendResult",
    "SendResultEnvelope",
    "SendSmsOtpRequest",
    "SendVotpRequest",
    "SendWebserviceRequest",
    "SuccessEnvelope",
    "SuccessMeta",
    "TariffEnvelope",
    "TariffRow",
    "Ticket",
    "TicketCategory",
    "TicketDetail",
    "TicketDetailEnvelope",
    "TicketForward",
    "TicketInteraction",
    "TicketReply",
    "TicketReplyEnvelope",
    "TicketReplyTicket",
    "TicketsEnvelope",
    "TicketState",
    "TicketStateLabel",
    "TicketSubCategory",
    "TicketUser",
    "TokenOwner",
    "TokenOwnerEnvelope",
    "TreeUser",
    "UpdateUserRequest",
    "UpdateUserRequestIsBoughtPanel",
    "UpdateUserRequestStatus",
    "UploadDocumentRequest",
    "UploadedDocument",
    "User",
    "UserCredit",
    "UserDetail",
    "UserDetailEnvelope",
    "UserPackage",
    "UserParent",
    "UserProfile",
    "UserProfileIsBoughtPanel",
    "UsersEnvelope",
    "VotpParams",
    "YesNo",
)
