"""Contains all the data models used in inputs/outputs"""

from .auth_token import AuthToken
from .auth_token_envelope import AuthTokenEnvelope
from .change_password_by_token_request import ChangePasswordByTokenRequest
from .confirm_otp_request import ConfirmOtpRequest
from .empty_envelope import EmptyEnvelope
from .error_envelope import ErrorEnvelope
from .error_meta import ErrorMeta
from .field_errors import FieldErrors
from .forgot_password_request import ForgotPasswordRequest
from .gender import Gender
from .login_method import LoginMethod
from .login_request import LoginRequest
from .message_to_recipients import MessageToRecipients
from .meta_message import MetaMessage
from .number_bank import NumberBank
from .operator_range import OperatorRange
from .pattern_contact import PatternContact
from .pattern_params import PatternParams
from .peer_to_peer_message import PeerToPeerMessage
from .phonebook_custom_fields import PhonebookCustomFields
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
from .votp_params import VotpParams

__all__ = (
    "AuthToken",
    "AuthTokenEnvelope",
    "ChangePasswordByTokenRequest",
    "ConfirmOtpRequest",
    "EmptyEnvelope",
    "ErrorEnvelope",
    "ErrorMeta",
    "FieldErrors",
    "ForgotPasswordRequest",
    "Gender",
    "LoginMethod",
    "LoginRequest",
    "MessageToRecipients",
    "MetaMessage",
    "NumberBank",
    "OperatorRange",
    "PatternContact",
    "PatternParams",
    "PeerToPeerMessage",
    "PhonebookCustomFields",
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
    "VotpParams",
)
