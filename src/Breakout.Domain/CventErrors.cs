namespace Breakout.Domain;

/// <summary>
/// Every error code Breakout returns. Codes starting with <c>CV</c> and their texts are Cvent's
/// (developers.cvent.com, legacy SOAP API, "Error Codes"); codes starting with <c>BO</c> are Breakout's
/// own, for behaviour Cvent does not document, in a range that cannot collide with Cvent's.
/// The fault names (UPPER_SNAKE) are what <c>faultstring</c> carries when the error fails a whole call.
/// </summary>
public static class CventErrors
{
    public static readonly CventError UnknownException = new("CV10000", "Unknown exception", "UNKNOWN_EXCEPTION");
    public static readonly CventError InvalidSoapRequest = new("CV10001", "Server exception – transaction cancelled", "INVALID_SOAP_REQUEST");

    public static readonly CventError AccountLockout = new("CV10100", "Account lockout", "ACCOUNT_LOCKOUT");
    public static readonly CventError NoAccess = new("CV10101", "No access", "NO_ACCESS");
    public static readonly CventError InvalidLogin = new("CV10102", "Invalid login", "INVALID_LOGIN");
    public static readonly CventError InvalidHeaderValue = new("CV10104", "Invalid Cvent header value", "INVALID_CVENT_HEADER_VALUE");
    public static readonly CventError SessionExpired = new("CV10105", "Session expired", "SESSION_EXPIRED");
    public static readonly CventError InvalidIp = new("CV10106", "Invalid IP", "INVALID_IP");
    public static readonly CventError UnknownHeaderValue = new("CV10107", "Unknown header value", "UNKNOWN_HEADER_VALUE");

    public static readonly CventError ApiCallLimit = new("CV30100", "Exceed API call limit", "EXCEED_API_CALL_LIMIT");

    public static readonly CventError MalformedId = new("CV20001", "Malformed ID", "MALFORMED_ID");
    public static readonly CventError InvalidSearchFilter = new("CV20010", "Invalid search filter", "INVALID_SEARCH_FILTER");
    public static readonly CventError TooManyIdsReturned = new("CV20012", "Too many IDs returned", "TOO_MANY_RESULTS");

    /// <summary>GetUpdated/GetDeleted: StartDate or EndDate missing or not an <c>xs:dateTime</c>.</summary>
    public static readonly CventError InvalidDate = new("CV20013", "Invalid date range", "INVALID_DATE_VALUE");

    /// <summary>GetUpdated/GetDeleted: StartDate not before EndDate once seconds are dropped.</summary>
    public static readonly CventError InvalidDateRange = new("CV20014", "Invalid date range", "INVALID_DATE_VALUE");
    public static readonly CventError InvalidSearchOperator = new("CV20015", "Invalid search operator", "INVALID_SEARCH_OPERATOR");

    /// <summary>A CvObjectType of the WSDL that Breakout does not serve (Budget, Survey, …).</summary>
    public static readonly CventError ObjectTypeNotServed = new("BO20001", "This object type is not served by this server", "INVALID_OBJECT_NAME");
    public static readonly CventError NoIdProvided = new("CV20018", "No ID provided", "NO_ID_PROVIDED");
    public static readonly CventError TooManyIdsProvided = new("CV20021", "Too many IDs provided", "TOO_MANY_IDS_PROVIDED");

    public static readonly CventError LastNameRequiredToCreate = new("CV40101", "Last Name is required to create a contact");
    public static readonly CventError InvalidEmailAddress = new("CV40102", "Invalid format for email address");
    public static readonly CventError DuplicateContactKey = new("CV40103", "Duplicated Contact object – Key field(s) are not unique");
    public static readonly CventError ContactAlreadyExists = new("CV40104", "Contact already exists");
    public static readonly CventError InvalidContactTypeCode = new("CV40105", "Contact Type Code not valid");
    public static readonly CventError InvalidHomeCountryCode = new("CV40106", "Country Code for Home Address is not valid");
    public static readonly CventError InvalidHomeStateCode = new("CV40107", "State Code for Home Address is not valid");
    public static readonly CventError InvalidWorkCountryCode = new("CV40108", "Country Code for Work Address is not valid");
    public static readonly CventError InvalidWorkStateCode = new("CV40109", "State Code for Work Address is not valid");
    public static readonly CventError InvalidContactId = new("CV40110", "ID is not valid");
    public static readonly CventError ContactIdRequiredToUpdate = new("CV40113", "ID is required");
    public static readonly CventError LastNameRequiredToUpdate = new("CV40114", "Last Name is required to update a contact");
    public static readonly CventError ContactIdRequiredToDelete = new("CV40115", "ID is required");
    public static readonly CventError DuplicateContactId = new("CV40118", "Duplicate ID");
    public static readonly CventError InvalidCcEmailAddress = new("CV40119", "Invalid format for cc email-address");
    public static readonly CventError EmailRequiredToUpsert = new("CV40120", "Email is required to upsert a contact");
    public static readonly CventError FirstNameRequiredToUpsert = new("CV40121", "FirstName is required to upsert a contact");
    public static readonly CventError LastNameRequiredToUpsert = new("CV40122", "LastName is required to upsert a contact");
    public static readonly CventError InvalidDateOfBirth = new("CV40123", "Invalid DOB");

    /// <summary>A Contact attribute that is not of its type (boolean, date, lookup value); the description names it.</summary>
    public static readonly CventError InvalidContactValue = new("BO40201", "A contact value is not valid");

    public static readonly CventError InvalidTransferId = new("CV50101", "Invalid ID");
    public static readonly CventError DuplicateTransferId = new("CV50102", "Duplicate ID");
    public static readonly CventError ContactDoesNotExist = new("CV50103", "ID does not exist in this account");
    public static readonly CventError InvalidActivityId = new("CV50105", "Invalid activity ID");
    public static readonly CventError InvalidActivityType = new("CV50106", "Invalid activity type");

    /// <summary>SendEmail (developers.cvent.com, Error Codes, CV911xx/CV912xx): whole-call codes, reported on every item.</summary>
    public static readonly CventError EmailArgumentsMissing = new("CV91101", "Required arguments not supplied");
    public static readonly CventError EmailArgumentInvalid = new("CV91102", "Invalid argument format");
    public static readonly CventError InvalidEmailTemplate = new("CV91103", "Invalid template");
    public static readonly CventError NoSurveyEmailAccess = new("CV91106", "No survey email access");
    public static readonly CventError NoEMarketingEmailAccess = new("CV91108", "No eMarketing email access");

    /// <summary>SendEmail, per recipient.</summary>
    public static readonly CventError InvalidRecipientId = new("CV91200", "Recipient’s ID is not valid");
    public static readonly CventError RecipientDoesNotExist = new("CV91201", "Recipient does not exist");
    public static readonly CventError DuplicateRecipient = new("CV91202", "Duplicate recipient found");
    public static readonly CventError RecipientContactNotFound = new("CV91203", "Recipient’s contact information not found");
    public static readonly CventError RecipientAlreadyReceived = new("CV91204", "Recipient has already received this email");
    public static readonly CventError RecipientEmailInvalid = new("CV91205", "Recipient’s email address is invalid");
    public static readonly CventError RecipientOptedOut = new("CV91206", "Recipient has opted out");
    public static readonly CventError RegistrationApprovalNotEnabled = new("CV91209", "Registration approval is not enabled");

    public static readonly CventError InvalidCheckInId = new("CV60101", "Invalid ID");
    public static readonly CventError DuplicateCheckInId = new("CV60102", "Duplicate ID");

    public static readonly CventError InvalidRegistrationId = new("CV70101", "Invalid ID");
    public static readonly CventError DuplicateRegistrationId = new("CV70102", "Duplicate ID");
    public static readonly CventError AlreadyAccepted = new("CV70103", "ID attempted to be registered already has an Accepted status");
    public static readonly CventError CannotDecline = new("CV70104", "ID attempted to be declined cannot have an Accepted or Declined status");
    public static readonly CventError CannotWaitlist = new("CV70105", "ID attempted to be waitlisted cannot have an Accepted or Waitlisted status");
    public static readonly CventError CannotCancel = new("CV70106", "ID attempted to be canceled must already have an Accepted status");
    public static readonly CventError EventCapacityReached = new("CV70107", "Event capacity has been reached");
    public static readonly CventError InvalidEventId = new("CV70109", "Invalid event ID");
    public static readonly CventError EventWaitlistNotActive = new("CV70111", "Waitlist is not active for supplied event ID");
    public static readonly CventError EventStatusNotValidForAction = new("CV70112", "Event status is not valid for supplied registration action");
    public static readonly CventError EventNotOpen = new("CV70113", "The event you are currently requesting is not open for registration");

    public static readonly CventError InviteeDoesNotExist = new("CV84001", "Invitee ID does not exist");

    public static readonly CventError InvalidProductType = new("CV90100", "Invalid product type");
    public static readonly CventError InvalidProductId = new("CV90103", "Invalid product ID");
    public static readonly CventError NotAccepted = new("CV90104", "Invitee or guest must be in Accepted status");
    public static readonly CventError AlreadyRegistered = new("CV90105", "This invitee or guest is already registered for this session");
    public static readonly CventError NotRegistered = new("CV90106", "This invitee or guest is not registered for this session");
    public static readonly CventError EventStatusNotValid = new("CV90107", "Event status is not valid");
    public static readonly CventError SessionOfOtherEvent = new("CV90108", "Session does not belong to the registrant event");
    public static readonly CventError SessionGroupConflict = new("CV90109", "This invitee or guest is already registered for a session within this session group");
    public static readonly CventError CannotUnregister = new("CV90110", "Invitee or guest cannot be unregistered from this session");

    public static readonly CventError SessionNotOpen = new("BO90201", "Session is not open for registration");
    public static readonly CventError SessionFull = new("BO90202", "Session is full");
    public static readonly CventError Waitlisted = new("BO90203", "Session is full; the invitee or guest was added to the waitlist");
    public static readonly CventError AlreadyWaitlisted = new("BO90204", "This invitee or guest is already on the waitlist for this session");

    public static readonly CventError SessionDoesNotExist = new("CV97101", "ID does not match an existing session");
    public static readonly CventError NotRegisteredForCheckIn = new("CV97102", "Invitee/guest must be registered for the session to be checked in");

    public static readonly CventError StartAfterEnd = new("BO90205", "StartTime must be before EndTime");
    public static readonly CventError CapacityBelowRegistrations = new("BO90206", "Capacity is below the current registrations; no one was removed and new registrations are refused until seats free up");
    public static readonly CventError InvalidSessionValue = new("BO90207", "A session value is not valid");

    /// <summary>Breakout's time-clash policy (an event setting, not Cvent's): the description names the clashing session.</summary>
    public static readonly CventError TimeClash = new("BO90208", "This invitee or guest holds a session whose time overlaps this session's");

    // #18 events: CreateNoRegEvent, UpdateEventParameters, CopyEvent (Cvent's "No-Registration Event Creation" class and limits).
    public static readonly CventError EventNotEligibleForRegistration = new("CV70110", "Event ID is not eligible for simple event registration");
    public static readonly CventError CopyEventNotSupported = new("CV20027", "The CopyEvent method is not supported Express or Flex event types");
    public static readonly CventError CreateNoRegEventLimit = new("CV30111", "Exceed create no-registration event limit", "EXCEED_CREATE_NO_REGISTRATION_EVENT_LIMIT");
    public static readonly CventError CopyEventLimit = new("CV30117", "Exceed copy event limit", "EXCEED_COPY_EVENT_LIMIT");
    public static readonly CventError EventTitleRequired = new("CV94101", "Title is required to create an Event");
    public static readonly CventError EventTimeZoneRequired = new("CV94102", "TimeZoneCode is required to create an Event");
    public static readonly CventError EventStartDateRequired = new("CV94103", "StartDate is required to create an Event");
    public static readonly CventError EventPlannerFirstNameRequired = new("CV94104", "PlannerFirstName is required to create an Event");
    public static readonly CventError EventPlannerLastNameRequired = new("CV94105", "PlannerLastName is required to create an Event");
    public static readonly CventError EventStartNotBeforeEnd = new("CV94106", "StartDate must be earlier than the EndDate");
    public static readonly CventError EventStateCodeNotValid = new("CV94107", "State Code is not valid");
    public static readonly CventError EventCountryCodeNotValid = new("CV94108", "Country Code is not valid");
    public static readonly CventError EventTimeZoneNotValid = new("CV94109", "TimeZone Code is not valid");
    public static readonly CventError EventCapacityNotValid = new("CV94110", "Capacity is not valid");
    public static readonly CventError EventRsvpByDateNotValid = new("CV94112", "RSVP By Date is not valid");

    /// <summary>An <c>EventParameters</c> value that is not of its schema type, or a malformed <c>CustomFieldDetail</c>.</summary>
    public static readonly CventError InvalidEventParameter = new("BO94101", "An event parameter value is not valid");

    /// <summary>Event codes are unique in an account (case-insensitive); the code given or drawn is taken.</summary>
    public static readonly CventError EventCodeTaken = new("BO94102", "Another event of this account has this event code");

    public static readonly CventError OperationNotSupported = new("BO10001", "This operation is not supported by this server", "OPERATION_NOT_SUPPORTED");
    public static readonly CventError ActionMismatch = new("BO10002", "The SOAP action does not match the operation in the body", "INVALID_SOAP_REQUEST");
    public static readonly CventError RequestTooLarge = new("BO10003", "The request body is larger than this server accepts", "REQUEST_TOO_LARGE");

    /// <summary>The per-client request rate limit was hit (HTTP 429); unlike CV30100 it clears within seconds.</summary>
    public static readonly CventError RateLimited = new("BO10004", "Too many requests; slow down", "RATE_LIMITED");

    /// <summary>The HTTP request itself failed (body sent too slowly, bad chunked encoding) before it could be read.</summary>
    public static readonly CventError BadHttpRequest = new("BO10005", "The HTTP request could not be read", "BAD_HTTP_REQUEST");

    /// <summary>
    /// The database could not be reached (restarting, failing over, down), also on a fresh connection; nothing of the
    /// call was applied and it is safe to send again (HTTP 503).
    /// </summary>
    public static readonly CventError DatabaseUnavailable = new("BO10006", "The database is unavailable; nothing of the call was applied, send it again later", "DATABASE_UNAVAILABLE");

    /// <summary>
    /// The connection to the database failed while the call was being committed and whether it took effect could not
    /// be found out: the call may or may not have been applied.
    /// </summary>
    public static readonly CventError OutcomeUnknown = new("BO10007", "The database connection failed while committing; the call may or may not have been applied", "OUTCOME_UNKNOWN");

    /// <summary>The <c>Breakout-Dry-Run</c> header is neither <c>true</c> nor <c>false</c> (docs/dry-run.md).</summary>
    public static readonly CventError InvalidDryRunHeader = new("BO10010", "The Breakout-Dry-Run header must be true or false", "INVALID_DRY_RUN_HEADER");

    /// <summary>An <c>Idempotency-Key</c> the account used before for another request body (docs/idempotency.md); nothing ran.</summary>
    public static readonly CventError IdempotencyKeyReused = new("BO10011", "The Idempotency-Key was used before with another request", "IDEMPOTENCY_KEY_REUSED");

    /// <summary>A call with the same <c>Idempotency-Key</c> is still running (docs/idempotency.md); nothing ran, send it again later.</summary>
    public static readonly CventError IdempotencyKeyInProgress = new("BO10012", "A call with this Idempotency-Key is still running; send it again later", "IDEMPOTENCY_KEY_IN_PROGRESS");
    // Contact groups and distribution lists (#18): Cvent's codes, and Breakout's for what Cvent does not document.
    public static readonly CventError ExceedManageContactGroupMembersLimit =
        new("CV30107", "Exceed manage contact group members limit", "EXCEED_MANAGE_CONTACT_GROUP_MEMBERS_LIMIT");
    public static readonly CventError InvalidContactGroupId = new("CV40112", "Contact Group ID(s) is not valid");
    public static readonly CventError InvalidGroupMemberId = new("CV80101", "Invalid ID");
    public static readonly CventError GroupMemberIdRequired = new("CV80102", "ID is required");
    public static readonly CventError ContactAlreadyInGroup = new("CV80103", "Contact already exists in the passed contact group");
    public static readonly CventError ContactNotInGroup = new("CV80104", "Contact does not exist in the passed contact group");
    public static readonly CventError InvalidGroupAction = new("CV80105", "Invalid action", "INVALID_ACTION");
    public static readonly CventError ExceedCreateContactGroupLimit = new("CV90101", "Exceed create contact group limit", "EXCEED_CREATE_CONTACT_GROUP_LIMIT");
    public static readonly CventError ContactGroupNameRequired = new("CV90102", "Name is required to create a contact group");
    public static readonly CventError ContactGroupNameTaken = new("BO90101", "A contact group of this name already exists in the account");
    public static readonly CventError DistributionListNameRequired = new("CV83101", "Name is required to create a Distribution List");
    public static readonly CventError DistributionListActiveMissing = new("CV83102", "Active flag is missing");
    public static readonly CventError DistributionListSecurityTypeRequired = new("CV83103", "Security Type is required");
    public static readonly CventError DistributionListMemberIdRequired = new("CV89102", "ID is required for adding/removing from a Distribution List");
    public static readonly CventError ContactAlreadyInDistributionList = new("CV89103", "Contact already included in Distribution List");
    public static readonly CventError ContactNotInDistributionList = new("CV89104", "Contact is not included in Distribution List");
    public static readonly CventError DistributionListNameTaken = new("BO83101", "A distribution list of this name already exists in the account");
    public static readonly CventError InvalidDistributionListId = new("BO83102", "Distribution List ID is not valid");

    // Planner users (#18): Cvent's User Management and User Group Management codes.
    public static readonly CventError ExceedCreateUserLimit = new("CV30108", "Exceed create user limit", "EXCEED_CREATE_USER_LIMIT");
    public static readonly CventError ExceedUpdateUserLimit = new("CV30109", "Exceed update user limit", "EXCEED_UPDATE_USER_LIMIT");
    public static readonly CventError ExceedDeleteUserLimit = new("CV30110", "Exceed delete user limit", "EXCEED_DELETE_USER_LIMIT");
    public static readonly CventError ExceedManageUserGroupLimit = new("CV30112", "Exceed manage user group limit", "EXCEED_MANAGE_USER_GROUP_LIMIT");
    public static readonly CventError UserTypeRequired = new("CV92101", "UserType is required");
    public static readonly CventError UsernameRequired = new("CV92102", "Username is required to create a User");
    public static readonly CventError UserRoleIdRequired = new("CV92104", "UserRoleId is required to create a User");
    public static readonly CventError UserEmailRequired = new("CV92105", "Email is required to create a User");
    public static readonly CventError UserFirstNameRequired = new("CV92106", "First Name is required to create a User");
    public static readonly CventError UserLastNameRequired = new("CV92107", "Last Name is required to create a User");
    public static readonly CventError UserPasswordRequired = new("CV92108", "Password is required to create a User");
    public static readonly CventError InvalidUserId = new("CV92109", "ID is not Valid");
    public static readonly CventError UserIdRequiredToUpdate = new("CV92110", "ID is required to update a User");
    public static readonly CventError InvalidUserRoleId = new("CV92111", "UserRoleId is not Valid");
    public static readonly CventError InvalidDefaultContactGroupId = new("CV92112", "User’s DefaultContactGroupId is not Valid");
    public static readonly CventError InvalidUserGroupDetailId = new("CV92113", "UserGroupDetail’s UserGroupId is not Valid");
    public static readonly CventError InvalidUserEmail = new("CV92115", "Invalid format for email address");
    public static readonly CventError InvalidUserCountryCode = new("CV92116", "Country Code is not valid");
    public static readonly CventError InvalidUserStateCode = new("CV92117", "State Code is not valid");
    public static readonly CventError InvalidUserType = new("CV92118", "UserType is not Valid");
    public static readonly CventError UsernameTaken = new("CV92119", "Username already exists");
    public static readonly CventError FederatedIdTaken = new("CV92120", "FederatedId already exists for this user");
    public static readonly CventError DuplicateUserKey = new("CV92121", "Duplicated User object - Key field(s) are not unique");
    public static readonly CventError DuplicateUserGroupDetail = new("CV92122", "Duplicated User Group Detail object - GroupId(s) are not unique");
    public static readonly CventError UserIdRequiredToDelete = new("CV92126", "ID is required to delete a User");
    public static readonly CventError UserAlreadyInUserGroupDetail = new("CV92128", "UserGroupDetail’s UserGroupId already exists for this user");
    public static readonly CventError InvalidUserGroupId = new("CV93101", "Invalid user group ID");
    public static readonly CventError UserGroupMemberIdRequired = new("CV93102", "ID is required for adding/removing a User from a User Group");
    public static readonly CventError UserAlreadyInGroup = new("CV93103", "User already exists in the passed User Group");
    public static readonly CventError UserNotInGroup = new("CV93104", "User does not exist in the passed User Group");
    public static readonly CventError InvalidUserValue = new("BO92101", "A user value is not valid");

    // #17 details: CreateUser/UpdateUser's CustomFieldDetail and VisibilityDefaults (Cvent publishes no code for either).
    public static readonly CventError InvalidUserCustomFieldId = new("BO92102", "User Custom Field ID is not valid");
    public static readonly CventError InvalidVisibilityDefault = new("BO92103", "VisibilityDefaults is not valid");
    // #18 custom fields, guests, internal information and registration types (Fields and invitees).
    public static readonly CventError InvalidCustomContactFieldFilter = new("CV20016", "Invalid custom contact field ID or search filter format", "INVALID_SEARCH_FILTER");
    public static readonly CventError InvalidCustomFieldDetailId = new("CV40111", "Contact Custom Field ID(s) is not valid");
    public static readonly CventError DuplicateCustomFieldDetail = new("CV40116", "Duplicated Custom Field Detail object - FieldId(s) are not unique");

    /// <summary>A CustomFieldDetail value that is not of its field's type (a number, a date, an e-mail address); the description names it.</summary>
    public static readonly CventError CustomFieldValueNotOfType = new("BO40301", "Custom field value is not of the field's type");
    public static readonly CventError CustomFieldValueNotAChoice = new("BO40302", "Custom field value is not one of the field's choices");
    public static readonly CventError CustomFieldValueOutOfLimits = new("BO40303", "Custom field value is outside the field's limits");

    public static readonly CventError CustomFieldNameRequired = new("BO40401", "FieldName is required to create a custom field");
    public static readonly CventError InvalidCustomFieldType = new("BO40402", "FieldType or AnswerFormat is not one Breakout knows");
    public static readonly CventError InvalidCustomFieldChoices = new("BO40403", "The field choices do not fit the field type");
    public static readonly CventError DuplicateCustomField = new("BO40404", "A custom field of this category already has this name or code");
    public static readonly CventError InvalidCustomFieldLimits = new("BO40405", "The field's limits are not valid");
    public static readonly CventError CustomFieldIdRequired = new("BO40406", "ID is required to update a custom field");
    public static readonly CventError InvalidCustomFieldId = new("BO40407", "ID is not a custom field of this account");
    public static readonly CventError CustomFieldTypeInUse = new("BO40408", "The type of a custom field that has values cannot change");
    public static readonly CventError DuplicateCustomFieldId = new("BO40409", "Duplicate ID");

    public static readonly CventError CombinationNotUnique = new("CV95101", "Combination of InviteeId and QuestionCode is not unique");
    public static readonly CventError InvalidQuestionType = new("CV95102", "Invalid question type");
    public static readonly CventError QuestionCodeDoesNotExist = new("CV95103", "Question Code does not exist for this Event");
    public static readonly CventError EventIdRequiredForInternalInfo = new("CV95104", "EventId is required to update Invitee Internal Information");
    public static readonly CventError InviteeIdRequiredForInternalInfo = new("CV95105", "InviteeId is required to update Invitee Internal Information");
    public static readonly CventError QuestionRequired = new("CV95106", "Question ID or Question Code is required");
    public static readonly CventError AnswerTextRequired = new("CV95107", "Answer Text is required to update Invitee Internal Information");
    public static readonly CventError EventIdNotValidForInternalInfo = new("CV95108", "EventId is not Valid");
    public static readonly CventError QuestionIdDoesNotExist = new("CV95109", "Question ID does not exist for this Event");

    /// <summary>An internal information answer that is not one of a choice question's answers.</summary>
    public static readonly CventError AnswerNotAChoice = new("BO95110", "The answer is not one of the question's answers");

    public static readonly CventError GuestIdRequired = new("BO95201", "ID is required to update a guest");
    public static readonly CventError GuestDoesNotExist = new("BO95202", "ID is not a guest of this event");
    public static readonly CventError DuplicateGuestId = new("BO95203", "Duplicate ID");

    /// <summary>A Guest attribute that is not valid (a blanked name, a country code); the description names it.</summary>
    public static readonly CventError InvalidGuestValue = new("BO95204", "A guest value is not valid");

    public static readonly CventError RegistrationIdRequired = new("BO95301", "ID is required to update a registration type");
    public static readonly CventError DuplicateRegistrationTypeItem = new("BO95302", "Duplicate ID");
    public static readonly CventError RegistrationTypeRequired = new("BO95303", "RegistrationType or RegistrationTypeCode is required");
    public static readonly CventError RegistrationTypeDoesNotExist = new("BO95304", "The registration type does not exist for this event");
    public static readonly CventError RegistrationTypeFull = new("BO95305", "The registration type's capacity has been reached");
    public static readonly CventError IncludedSessionFull = new("BO95306", "A session the registration type includes is full");
    public static readonly CventError RegistrationTypeNotChangeable = new("BO95307", "The invitee's status does not allow a registration type change");
    // Transaction Creation (CreateTransaction), issue #18
    public static readonly CventError InvalidInviteeStatus = new("CV98101", "Invalid invitee status");
    public static readonly CventError DuplicateTransactionInvitee = new("CV98102", "Duplicated Transaction object – Invitee ID(s) are not unique");
    public static readonly CventError DuplicateDistributionProduct = new("CV98103", "Duplicated Distribution Detail object – Product ID(s) are not unique");
    public static readonly CventError AmountDueNotPositive = new("CV98104", "The amount due must be greater than 0");
    public static readonly CventError AmountDueNotNegative = new("CV98105", "The amount due must be less than 0");
    public static readonly CventError AppliedNotEqualToPaid = new("CV98106", "Amount applied to all products must equal the total amount paid");
    public static readonly CventError InvalidDistributionProduct = new("CV98107", "Invalid product");

    /// <summary>An amount that is missing, not above 0, or not exact in four decimal places (Cvent's "Money").</summary>
    public static readonly CventError InvalidAmount = new("BO98201", "Amount must be greater than 0, with at most four decimal places");

    // Survey Answer Import (CreateSurveyAnswer, CreatePostEventFeedback), issue #18
    public static readonly CventError TransactionIdExists = new("CV50107", "Transaction ID already exists");
    public static readonly CventError TransactionIdNotFound = new("CV50108", "Transaction ID not found for respondent");
    public static readonly CventError QuestionCodeNotInSurvey = new("CV99611", "Question Code does not exist for this Survey");
    public static readonly CventError InvalidRespondentStatus = new("CV99612", "Invalid respondent status");
    public static readonly CventError InvalidSurveyQuestionType = new("CV99613", "Invalid question type");
    public static readonly CventError SurveyQuestionRequired = new("CV99614", "QuestionID or QuestionCode is required");
    public static readonly CventError QuestionIdNotInSurvey = new("CV99615", "Question ID does not exist for this Survey");

    /// <summary>An answer that is empty, or not one of a choice question's choices (and the question allows no other).</summary>
    public static readonly CventError InvalidAnswer = new("BO99601", "Answer is empty or not one of the question's choices");

    /// <summary>CreatePostEventFeedback for an event no survey is associated with.</summary>
    public static readonly CventError NoFeedbackSurvey = new("BO99602", "The event has no post-event feedback survey");

    /// <summary>All codes above, for documentation and tests.</summary>
    public static IReadOnlyList<CventError> All { get; } =
    [
        UnknownException, InvalidSoapRequest, AccountLockout, NoAccess, InvalidLogin, InvalidHeaderValue,
        SessionExpired, InvalidIp, UnknownHeaderValue, ApiCallLimit, MalformedId, InvalidSearchFilter, TooManyIdsReturned, InvalidDate,
        InvalidDateRange, InvalidSearchOperator, ObjectTypeNotServed, NoIdProvided, TooManyIdsProvided,
        LastNameRequiredToCreate, InvalidEmailAddress, DuplicateContactKey, ContactAlreadyExists, InvalidContactTypeCode,
        InvalidHomeCountryCode, InvalidHomeStateCode, InvalidWorkCountryCode, InvalidWorkStateCode, InvalidContactId,
        ContactIdRequiredToUpdate, LastNameRequiredToUpdate, ContactIdRequiredToDelete, DuplicateContactId, InvalidCcEmailAddress,
        EmailRequiredToUpsert, FirstNameRequiredToUpsert, LastNameRequiredToUpsert, InvalidDateOfBirth, InvalidContactValue,
        InvalidTransferId, DuplicateTransferId, ContactDoesNotExist, InvalidActivityId, InvalidActivityType, InvalidCheckInId, DuplicateCheckInId, InvalidRegistrationId, DuplicateRegistrationId, AlreadyAccepted, CannotDecline,
        CannotWaitlist, CannotCancel, EventCapacityReached, InvalidEventId, EventWaitlistNotActive, EventStatusNotValidForAction,
        EventNotOpen, SessionDoesNotExist, NotRegisteredForCheckIn, StartAfterEnd, CapacityBelowRegistrations, InvalidSessionValue,
        InviteeDoesNotExist, InvalidProductType, InvalidProductId, NotAccepted, AlreadyRegistered, NotRegistered,
        EventStatusNotValid, SessionOfOtherEvent, SessionGroupConflict, CannotUnregister, SessionNotOpen,
        SessionFull, Waitlisted, AlreadyWaitlisted, OperationNotSupported, ActionMismatch, RequestTooLarge,
        RateLimited, BadHttpRequest, DatabaseUnavailable, OutcomeUnknown, InvalidDryRunHeader,
        ExceedManageContactGroupMembersLimit, InvalidContactGroupId, InvalidGroupMemberId, GroupMemberIdRequired, ContactAlreadyInGroup,
        ContactNotInGroup, InvalidGroupAction, ExceedCreateContactGroupLimit, ContactGroupNameRequired, ContactGroupNameTaken,
        DistributionListNameRequired, DistributionListActiveMissing, DistributionListSecurityTypeRequired, DistributionListMemberIdRequired,
        ContactAlreadyInDistributionList, ContactNotInDistributionList, DistributionListNameTaken, InvalidDistributionListId,
        ExceedCreateUserLimit, ExceedUpdateUserLimit, ExceedDeleteUserLimit, ExceedManageUserGroupLimit, UserTypeRequired, UsernameRequired,
        UserRoleIdRequired, UserEmailRequired, UserFirstNameRequired, UserLastNameRequired, UserPasswordRequired, InvalidUserId,
        UserIdRequiredToUpdate, InvalidUserRoleId, InvalidDefaultContactGroupId, InvalidUserGroupDetailId, InvalidUserEmail,
        InvalidUserCountryCode, InvalidUserStateCode, InvalidUserType, UsernameTaken, FederatedIdTaken, DuplicateUserKey,
        DuplicateUserGroupDetail, UserIdRequiredToDelete, UserAlreadyInUserGroupDetail, InvalidUserGroupId, UserGroupMemberIdRequired,
        UserAlreadyInGroup, UserNotInGroup, InvalidUserValue,

        // #18 events
        EventNotEligibleForRegistration, CopyEventNotSupported, CreateNoRegEventLimit, CopyEventLimit, EventTitleRequired, EventTimeZoneRequired, EventStartDateRequired,
        EventPlannerFirstNameRequired, EventPlannerLastNameRequired, EventStartNotBeforeEnd, EventStateCodeNotValid, EventCountryCodeNotValid,
        EventTimeZoneNotValid, EventCapacityNotValid, EventRsvpByDateNotValid, InvalidEventParameter, EventCodeTaken,

        // #18 fields and invitees
        InvalidCustomContactFieldFilter, InvalidCustomFieldDetailId, DuplicateCustomFieldDetail, CustomFieldValueNotOfType, CustomFieldValueNotAChoice, CustomFieldValueOutOfLimits,
        CustomFieldNameRequired, InvalidCustomFieldType, InvalidCustomFieldChoices, DuplicateCustomField, InvalidCustomFieldLimits,
        CustomFieldIdRequired, InvalidCustomFieldId, CustomFieldTypeInUse, DuplicateCustomFieldId, CombinationNotUnique, InvalidQuestionType,
        QuestionCodeDoesNotExist, EventIdRequiredForInternalInfo, InviteeIdRequiredForInternalInfo, QuestionRequired, AnswerTextRequired,
        EventIdNotValidForInternalInfo, QuestionIdDoesNotExist, AnswerNotAChoice, GuestIdRequired, GuestDoesNotExist, DuplicateGuestId,
        InvalidGuestValue, RegistrationIdRequired, DuplicateRegistrationTypeItem, RegistrationTypeRequired, RegistrationTypeDoesNotExist,
        RegistrationTypeFull, IncludedSessionFull, RegistrationTypeNotChangeable,
        InvalidInviteeStatus, DuplicateTransactionInvitee, DuplicateDistributionProduct, AmountDueNotPositive, AmountDueNotNegative, AppliedNotEqualToPaid, InvalidDistributionProduct, InvalidAmount,
        TransactionIdExists, TransactionIdNotFound, QuestionCodeNotInSurvey, InvalidRespondentStatus, InvalidSurveyQuestionType, SurveyQuestionRequired, QuestionIdNotInSurvey, InvalidAnswer, NoFeedbackSurvey,
        EmailArgumentsMissing, EmailArgumentInvalid, InvalidEmailTemplate, NoSurveyEmailAccess, NoEMarketingEmailAccess, InvalidRecipientId,
        RecipientDoesNotExist, DuplicateRecipient, RecipientContactNotFound, RecipientAlreadyReceived, RecipientEmailInvalid, RecipientOptedOut,
        RegistrationApprovalNotEnabled,

        // #21 idempotency keys
        IdempotencyKeyReused, IdempotencyKeyInProgress,

        // #17 details
        InvalidUserCustomFieldId, InvalidVisibilityDefault,
    ];
}
