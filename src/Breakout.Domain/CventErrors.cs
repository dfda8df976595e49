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
        RateLimited, BadHttpRequest, DatabaseUnavailable, OutcomeUnknown,
        EmailArgumentsMissing, EmailArgumentInvalid, InvalidEmailTemplate, NoSurveyEmailAccess, NoEMarketingEmailAccess, InvalidRecipientId,
        RecipientDoesNotExist, DuplicateRecipient, RecipientContactNotFound, RecipientAlreadyReceived, RecipientEmailInvalid, RecipientOptedOut,
        RegistrationApprovalNotEnabled,
    ];
}
