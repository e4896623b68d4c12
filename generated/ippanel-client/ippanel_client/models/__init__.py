"""Contains all the data models used in inputs/outputs"""

from .account_number import AccountNumber
from .account_number_gets import AccountNumberGets
from .account_number_is_66_char import AccountNumberIs66Char
from .account_numbers_envelope import AccountNumbersEnvelope
from .add_contacts_request import AddContactsRequest
from .assign_number_request import AssignNumberRequest
from .auth_token import AuthToken
from .auth_token_envelope import AuthTokenEnvelope
from .bulk_recipient import BulkRecipient
from .bulk_recipients_envelope import BulkRecipientsEnvelope
from .bulk_state import BulkState
from .bulk_stats import BulkStats
from .bulk_stats_envelope import BulkStatsEnvelope
from .calculate_price_request import CalculatePriceRequest
from .cancel_scheduled_request import CancelScheduledRequest
from .change_password_by_token_request import ChangePasswordByTokenRequest
from .check_user_exists_request import CheckUserExistsRequest
from .confirm_otp_request import ConfirmOtpRequest
from .contact import Contact
from .contact_envelope import ContactEnvelope
from .contact_input import ContactInput
from .contact_page_envelope import ContactPageEnvelope
from .contact_tag import ContactTag
from .contacts_added import ContactsAdded
from .contacts_added_envelope import ContactsAddedEnvelope
from .country_target import CountryTarget
from .create_custom_field_request import CreateCustomFieldRequest
from .create_draft_group_request import CreateDraftGroupRequest
from .create_draft_request import CreateDraftRequest
from .create_phonebook_request import CreatePhonebookRequest
from .create_ticket_request import CreateTicketRequest
from .create_ticket_request_sms_notification import CreateTicketRequestSmsNotification
from .create_user_request import CreateUserRequest
from .created_ticket import CreatedTicket
from .created_ticket_envelope import CreatedTicketEnvelope
from .credit import Credit
from .credit_envelope import CreditEnvelope
from .custom_field import CustomField
from .custom_field_envelope import CustomFieldEnvelope
from .custom_field_page_envelope import CustomFieldPageEnvelope
from .custom_field_type import CustomFieldType
from .custom_field_updated_envelope import CustomFieldUpdatedEnvelope
from .custom_field_values import CustomFieldValues
from .delete_contacts_request import DeleteContactsRequest
from .delete_custom_fields_request import DeleteCustomFieldsRequest
from .delete_draft_group_request import DeleteDraftGroupRequest
from .delete_drafts_request import DeleteDraftsRequest
from .delete_phonebooks_request import DeletePhonebooksRequest
from .draft import Draft
from .draft_group import DraftGroup
from .draft_group_page_envelope import DraftGroupPageEnvelope
from .draft_page_envelope import DraftPageEnvelope
from .empty_envelope import EmptyEnvelope
from .error_envelope import ErrorEnvelope
from .error_meta import ErrorMeta
from .field_errors import FieldErrors
from .forgot_password_request import ForgotPasswordRequest
from .gender import Gender
from .gender_filter import GenderFilter
from .gender_option import GenderOption
from .gender_option_id import GenderOptionId
from .gender_option_list_envelope import GenderOptionListEnvelope
from .geolocation_target import GeolocationTarget
from .import_contacts_request import ImportContactsRequest
from .inbox_message import InboxMessage
from .inbox_message_seen import InboxMessageSeen
from .inbox_report_envelope import InboxReportEnvelope
from .inbox_report_request import InboxReportRequest
from .inbox_report_request_filters import InboxReportRequestFilters
from .job_category import JobCategory
from .job_category_list_envelope import JobCategoryListEnvelope
from .job_sub_category import JobSubCategory
from .job_sub_category_list_envelope import JobSubCategoryListEnvelope
from .job_target import JobTarget
from .keyword_phonebook_target import KeywordPhonebookTarget
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
from .operator_id import OperatorId
from .operator_range import OperatorRange
from .operator_share import OperatorShare
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
from .pattern import Pattern
from .pattern_contact import PatternContact
from .pattern_envelope import PatternEnvelope
from .pattern_page_envelope import PatternPageEnvelope
from .pattern_params import PatternParams
from .pattern_request import PatternRequest
from .pattern_revision import PatternRevision
from .pattern_status import PatternStatus
from .pattern_variable import PatternVariable
from .pattern_variable_type import PatternVariableType
from .peer_to_peer_message import PeerToPeerMessage
from .phonebook import Phonebook
from .phonebook_all_target import PhonebookAllTarget
from .phonebook_custom_fields import PhonebookCustomFields
from .phonebook_detail_target import PhonebookDetailTarget
from .phonebook_envelope import PhonebookEnvelope
from .phonebook_page_envelope import PhonebookPageEnvelope
from .postal_code_target import PostalCodeTarget
from .recipient_counts import RecipientCounts
from .recipient_counts_envelope import RecipientCountsEnvelope
from .recipients_params import RecipientsParams
from .region import Region
from .region_list_envelope import RegionListEnvelope
from .remove_document_request import RemoveDocumentRequest
from .reply_ticket_request import ReplyTicketRequest
from .required_document import RequiredDocument
from .required_document_need_file import RequiredDocumentNeedFile
from .required_document_show_profile import RequiredDocumentShowProfile
from .required_documents_envelope import RequiredDocumentsEnvelope
from .reset_token import ResetToken
from .reset_token_envelope import ResetTokenEnvelope
from .sample_file import SampleFile
from .send_country_request import SendCountryRequest
from .send_file_request import SendFileRequest
from .send_geolocation_request import SendGeolocationRequest
from .send_job_request import SendJobRequest
from .send_keyword_phonebook_request import SendKeywordPhonebookRequest
from .send_keyword_request import SendKeywordRequest
from .send_normal_request import SendNormalRequest
from .send_pattern_request import SendPatternRequest
from .send_peer_to_peer_file_request import SendPeerToPeerFileRequest
from .send_peer_to_peer_request import SendPeerToPeerRequest
from .send_phonebook_request import SendPhonebookRequest
from .send_postal_code_request import SendPostalCodeRequest
from .send_result import SendResult
from .send_result_envelope import SendResultEnvelope
from .send_sms_otp_request import SendSmsOtpRequest
from .send_votp_request import SendVotpRequest
from .send_webservice_request import SendWebserviceRequest
from .sending_type import SendingType
from .sms_price import SmsPrice
from .sms_price_envelope import SmsPriceEnvelope
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
from .update_custom_field_request import UpdateCustomFieldRequest
from .update_draft_group_request import UpdateDraftGroupRequest
from .update_draft_request import UpdateDraftRequest
from .update_phonebook_request import UpdatePhonebookRequest
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
    "AddContactsRequest",
    "AssignNumberRequest",
    "AuthToken",
    "AuthTokenEnvelope",
    "BulkRecipient",
    "BulkRecipientsEnvelope",
    "BulkState",
    "BulkStats",
    "BulkStatsEnvelope",
    "CalculatePriceRequest",
    "CancelScheduledRequest",
    "ChangePasswordByTokenRequest",
    "CheckUserExistsRequest",
    "ConfirmOtpRequest",
    "Contact",
    "ContactEnvelope",
    "ContactInput",
    "ContactPageEnvelope",
    "ContactsAdded",
    "ContactsAddedEnvelope",
    "ContactTag",
    "CountryTarget",
    "CreateCustomFieldRequest",
    "CreateDraftGroupRequest",
    "CreateDraftRequest",
    "CreatedTicket",
    "CreatedTicketEnvelope",
    "CreatePhonebookRequest",
    "CreateTicketRequest",
    "CreateTicketRequestSmsNotification",
    "CreateUserRequest",
    "Credit",
    "CreditEnvelope",
    "CustomField",
    "CustomFieldEnvelope",
    "CustomFieldPageEnvelope",
    "CustomFieldType",
    "CustomFieldUpdatedEnvelope",
    "CustomFieldValues",
    "DeleteContactsRequest",
    "DeleteCustomFieldsRequest",
    "DeleteDraftGroupRequest",
    "DeleteDraftsRequest",
    "DeletePhonebooksRequest",
    "Draft",
    "DraftGroup",
    "DraftGroupPageEnvelope",
    "DraftPageEnvelope",
    "EmptyEnvelope",
    "ErrorEnvelope",
    "ErrorMeta",
    "FieldErrors",
    "ForgotPasswordRequest",
    "Gender",
    "GenderFilter",
    "GenderOption",
    "GenderOptionId",
    "GenderOptionListEnvelope",
    "GeolocationTarget",
    "ImportContactsRequest",
    "InboxMessage",
    "InboxMessageSeen",
    "InboxReportEnvelope",
    "InboxReportRequest",
    "InboxReportRequestFilters",
    "JobCategory",
    "JobCategoryListEnvelope",
    "JobSubCategory",
    "JobSubCategoryListEnvelope",
    "JobTarget",
    "KeywordPhonebookTarget",
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
    "OperatorId",
    "OperatorRange",
    "OperatorShare",
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
    "Pattern",
    "PatternContact",
    "PatternEnvelope",
    "PatternPageEnvelope",
    "PatternParams",
    "PatternRequest",
    "PatternRevision",
    "PatternStatus",
    "PatternVariable",
    "PatternVariableType",
    "PeerToPeerMessage",
    "Phonebook",
    "PhonebookAllTarget",
    "PhonebookCustomFields",
    "PhonebookDetailTarget",
    "PhonebookEnvelope",
    "PhonebookPageEnvelope",
    "PostalCodeTarget",
    "RecipientCounts",
    "RecipientCountsEnvelope",
    "RecipientsParams",
    "Region",
    "RegionListEnvelope",
    "RemoveDocumentRequest",
    "ReplyTicketRequest",
    "RequiredDocument",
    "RequiredDocumentNeedFile",
    "RequiredDocumentsEnvelope",
    "RequiredDocumentShowProfile",
    "ResetToken",
    "ResetTokenEnvelope",
    "SampleFile",
    "SendCountryRequest",
    "SendFileRequest",
    "SendGeolocationRequest",
    "SendingType",
    "SendJobRequest",
    "SendKeywordPhonebookRequest",
    "SendKeywordRequest",
    "SendNormalRequest",
    "SendPatternRequest",
    "SendPeerToPeerFileRequest",
    "SendPeerToPeerRequest",
    "SendPhonebookRequest",
    "SendPostalCodeRequest",
    "SendResult",
    "SendResultEnvelope",
    "SendSmsOtpRequest",
    "SendVotpRequest",
    "SendWebserviceRequest",
    "SmsPrice",
    "SmsPriceEnvelope",
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
    "UpdateCustomFieldRequest",
    "UpdateDraftGroupRequest",
    "UpdateDraftRequest",
    "UpdatePhonebookRequest",
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
