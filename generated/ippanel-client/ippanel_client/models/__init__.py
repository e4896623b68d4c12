"""Contains all the data models used in inputs/outputs"""

from .auth_token import AuthToken
from .auth_token_envelope import AuthTokenEnvelope
from .calculate_price_request import CalculatePriceRequest
from .cancel_scheduled_request import CancelScheduledRequest
from .change_password_by_token_request import ChangePasswordByTokenRequest
from .confirm_otp_request import ConfirmOtpRequest
from .country_target import CountryTarget
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
from .job_category import JobCategory
from .job_category_list_envelope import JobCategoryListEnvelope
from .job_sub_category import JobSubCategory
from .job_sub_category_list_envelope import JobSubCategoryListEnvelope
from .job_target import JobTarget
from .keyword_phonebook_target import KeywordPhonebookTarget
from .login_method import LoginMethod
from .login_request import LoginRequest
from .message_to_recipients import MessageToRecipients
from .meta_message import MetaMessage
from .number_bank import NumberBank
from .operator_id import OperatorId
from .operator_range import OperatorRange
from .operator_share import OperatorShare
from .pattern_contact import PatternContact
from .pattern_params import PatternParams
from .peer_to_peer_message import PeerToPeerMessage
from .phonebook_all_target import PhonebookAllTarget
from .phonebook_custom_fields import PhonebookCustomFields
from .phonebook_detail_target import PhonebookDetailTarget
from .postal_code_target import PostalCodeTarget
from .recipient_counts import RecipientCounts
from .recipient_counts_envelope import RecipientCountsEnvelope
from .recipients_params import RecipientsParams
from .region import Region
from .region_list_envelope import RegionListEnvelope
from .reset_token import ResetToken
from .reset_token_envelope import ResetTokenEnvelope
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
from .token_owner import TokenOwner
from .token_owner_envelope import TokenOwnerEnvelope
from .votp_params import VotpParams

__all__ = (
    "AuthToken",
    "AuthTokenEnvelope",
    "CalculatePriceRequest",
    "CancelScheduledRequest",
    "ChangePasswordByTokenRequest",
    "ConfirmOtpRequest",
    "CountryTarget",
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
    "JobCategory",
    "JobCategoryListEnvelope",
    "JobSubCategory",
    "JobSubCategoryListEnvelope",
    "JobTarget",
    "KeywordPhonebookTarget",
    "LoginMethod",
    "LoginRequest",
    "MessageToRecipients",
    "MetaMessage",
    "NumberBank",
    "OperatorId",
    "OperatorRange",
    "OperatorShare",
    "PatternContact",
    "PatternParams",
    "PeerToPeerMessage",
    "PhonebookAllTarget",
    "PhonebookCustomFields",
    "PhonebookDetailTarget",
    "PostalCodeTarget",
    "RecipientCounts",
    "RecipientCountsEnvelope",
    "RecipientsParams",
    "Region",
    "RegionListEnvelope",
    "ResetToken",
    "ResetTokenEnvelope",
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
    "TokenOwner",
    "TokenOwnerEnvelope",
    "VotpParams",
)
