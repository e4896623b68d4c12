"""Contains all the data models used in inputs/outputs"""

from .add_contacts_request import AddContactsRequest
from .auth_token import AuthToken
from .auth_token_envelope import AuthTokenEnvelope
from .change_password_by_token_request import ChangePasswordByTokenRequest
from .confirm_otp_request import ConfirmOtpRequest
from .contact import Contact
from .contact_envelope import ContactEnvelope
from .contact_input import ContactInput
from .contact_page_envelope import ContactPageEnvelope
from .contact_tag import ContactTag
from .contacts_added import ContactsAdded
from .contacts_added_envelope import ContactsAddedEnvelope
from .create_custom_field_request import CreateCustomFieldRequest
from .create_draft_group_request import CreateDraftGroupRequest
from .create_draft_request import CreateDraftRequest
from .create_phonebook_request import CreatePhonebookRequest
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
from .import_contacts_request import ImportContactsRequest
from .login_method import LoginMethod
from .login_request import LoginRequest
from .message_to_recipients import MessageToRecipients
from .meta_message import MetaMessage
from .number_bank import NumberBank
from .operator_range import OperatorRange
from .paginated_meta import PaginatedMeta
from .pagination import Pagination
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
from .phonebook_custom_fields import PhonebookCustomFields
from .phonebook_envelope import PhonebookEnvelope
from .phonebook_page_envelope import PhonebookPageEnvelope
from .postal_code_target import PostalCodeTarget
from .recipients_params import RecipientsParams
from .reset_token import ResetToken
from .reset_token_envelope import ResetTokenEnvelope
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
from .token_owner import TokenOwner
from .token_owner_envelope import TokenOwnerEnvelope
from .update_custom_field_request import UpdateCustomFieldRequest
from .update_draft_group_request import UpdateDraftGroupRequest
from .update_draft_request import UpdateDraftRequest
from .update_phonebook_request import UpdatePhonebookRequest
from .votp_params import VotpParams

__all__ = (
    "AddContactsRequest",
    "AuthToken",
    "AuthTokenEnvelope",
    "ChangePasswordByTokenRequest",
    "ConfirmOtpRequest",
    "Contact",
    "ContactEnvelope",
    "ContactInput",
    "ContactPageEnvelope",
    "ContactsAdded",
    "ContactsAddedEnvelope",
    "ContactTag",
    "CreateCustomFieldRequest",
    "CreateDraftGroupRequest",
    "CreateDraftRequest",
    "CreatePhonebookRequest",
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
    "ImportContactsRequest",
    "LoginMethod",
    "LoginRequest",
    "MessageToRecipients",
    "MetaMessage",
    "NumberBank",
    "OperatorRange",
    "PaginatedMeta",
    "Pagination",
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
    "PhonebookCustomFields",
    "PhonebookEnvelope",
    "PhonebookPageEnvelope",
    "PostalCodeTarget",
    "RecipientsParams",
    "ResetToken",
    "ResetTokenEnvelope",
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
    "TokenOwner",
    "TokenOwnerEnvelope",
    "UpdateCustomFieldRequest",
    "UpdateDraftGroupRequest",
    "UpdateDraftRequest",
    "UpdatePhonebookRequest",
    "VotpParams",
)
