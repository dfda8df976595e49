namespace Breakout.Soap.Wsdl;

/// <summary>
/// The start of the s1 object model, in the order of Cvent's WSDL: ASMX declares every type derived from <c>CvObject</c>
/// (and what each reaches) where it first meets <c>CvObject</c>, so contacts, users, meeting requests, custom fields and
/// surveys come first. Served types come from the object catalogue (<see cref="Served"/>).
/// </summary>
public static partial class OperationContracts
{
    /// <summary>Session, CvObject, contacts and users.</summary>
    private static IEnumerable<XsdDeclaration> ContactsAndUsers() =>
    [
        Served("Session"),
        Complex(S1 + "CvObject", [], "Id MessageId TransactionID"),
        Served("Contact"),
        Complex(S1 + "CustomFieldDetail", [], "FieldName FieldType FieldValue FieldId"),
        Complex(S1 + "ContactGroupDetail", [], "GroupName GroupId"),
        Complex(S1 + "DistributionListDetail", [], "DistributionListName Approved:boolean", extends: S1 + "CvObject"),
        Served("PrimaryAddressType"),
        Complex(S1 + "ContactGroup", [], "Name ShortDescription GroupType", extends: S1 + "CvObject"),
        Complex(S1 + "User", [Details("CustomFieldDetail"), Details("UserGroupDetail"), Details("VisibilityDefaults")],
            "Active:boolean Address1 Address2 Address3 AllEventVisibility:boolean AllRFPVisibility:boolean " +
            "AllSurveyVisibility:boolean ChangePasswordOnLogin:boolean City Company Country CountryCode CreatedBy " +
            "CreatedDate:dateTime DefaultContactGroupId Email FederatedId FirstName HomeFax HomePhone LastModifiedBy LastModifiedDate " +
            "LastName MobilePhone Pager Password PostalCode Prefix State StateCode Title Username UserType:CvUserType UserRole " +
            "UserRoleId WorkFax WorkPhone LastLoginDate:dateTime", extends: S1 + "CvObject"),
        Complex(S1 + "UserGroupDetail", [], "UserGroupName UserGroupId"),
        Complex(S1 + "VisibilityDefaults", [], "UserGroupName VisibilityType:CvVisibilityType UserGroupId"),
        Enumeration(S1 + "CvVisibilityType", "Event", "Survey", "RFP", "Campaign", "Meeting Requests", "RFI", "Document Security"),
        Enumeration(S1 + "CvUserType", "Application", "Requester"),
    ];

    /// <summary>Meeting requests and what they reach.</summary>
    private static IEnumerable<XsdDeclaration> MeetingRequests() =>
    [
        Complex(S1 + "MeetingRequestUser", [Details("CustomFieldDetail")],
            "Active Address1 Address2 Address3 ChangePasswordOnLogin:boolean City Company Country CountryCode CreatedBy " +
            "CreatedDate:dateTime Email FederatedId FirstName HomeFax HomePhone LastModifiedBy LastModifiedDate LastName MobilePhone " +
            "Pager Password PostalCode Prefix State StateCode Title Username WorkFax WorkPhone LastLoginDate:dateTime", extends: S1 + "CvObject"),
        Complex(S1 + "MeetingRequest", [
            Details("EventRequestInfo"), Details("RFPRequestInfo"), Details("CustomFieldDetail"), Details("DocumentDetail"),
            Details("EventSurveyDetail")
        ],
            "RequestName RequestStatus RequestCode FormId FormName FormDescription FormInternalNote RequesterId RequesterFirstName " +
            "RequesterLastName RequesterEmailAddress RequesterTitle RequesterCompany RequesterWorkPhone RequesterHomePhone " +
            "RequesterWorkFax RequesterMobilePhone RequesterAddress1 RequesterAddress2 RequesterAddress3 RequesterCity RequesterState " +
            "RequesterStateCode RequesterPostalCode RequesterCountry RequesterCountryCode Archived:boolean ArchiveDate:dateTime " +
            "CreatedBy CreatedDate:dateTime LastModifiedBy LastModifiedDate:dateTime LocaleCode", extends: S1 + "CvObject"),
        Complex(S1 + "EventRequestInfo", [],
            "EventTitle EventCategory EventDescription EventInternalNote EventLocation EventAddress1 EventAddress2 EventAddress3 " +
            "EventCity EventState EventStateCode EventPostalCode EventCountry EventCountryCode EventPhone EventStartDate:dateTime " +
            "EventEndDate:dateTime EventRSVPDate:dateTime EventTimeZone EventTimeZoneId:int EventCapacity:int " +
            "EstimateAccomodation:decimal EstimateCreativeAndDesign:decimal EstimateEventProduction:decimal " +
            "EstimateFoodAndBeverage:decimal EstimateGroundTransport:decimal EstimateHotelAndVenueMisc:decimal " +
            "EstimateManagementFees:decimal EstimateMerchandiseAndGifts:decimal EstimateMiscellaneous:decimal " +
            "EstimatePrintAndWebsites:decimal EstimateRoomRental:decimal EstimateSetupAndEquipment:decimal " +
            "EstimateSiteInspection:decimal EstimateSpecialEvents:decimal EstimateTravel:decimal StakeholderFirstName " +
            "StakeholderLastName StakeholderEmailAddress StakeholderTitle StakeholderCompany StakeholderWorkPhone " +
            "StakeholderHomePhone StakeholderWorkFax StakeholderMobilePhone StakeholderAddress1 StakeholderAddress2 " +
            "StakeholderAddress3 StakeholderCity StakeholderState StakeholderStateCode StakeholderPostalCode StakeholderCountry " +
            "StakeholderCountryCode MaximumEventCapacity:int NumberCancelledRegistrants:int NumberDeclinedRegistrants:int " +
            "NumberParticipants:int NumberRegisteredAttendees:int NumberInvited:int"),
        Complex(S1 + "RFPRequestInfo", [
            Many("MeetingRoomAvailabilityDetail", S1 + "RFPRequestInfoMeetingRoomAvailabilityDetail"),
            Many("SleepingRoomAvailabilityDetail", S1 + "RFPRequestInfoSleepingRoomAvailabilityDetail")
        ],
            "ExpectedAttendees:int AlternateStartDate1:dateTime AlternateEndDate1:dateTime AlternateDate1Note " +
            "AlternateStartDate2:dateTime AlternateEndDate2:dateTime AlternateDate2Note TotalMeetingSpace LargestMeetingRoom " +
            "BusinessObjectives DestinationsUnderConsideration BudgetedRoomRate:decimal SleepRoomAdditionalInfo " +
            "TotalMeetingRoomsNeeded:int MeetingRoomAdditionalInfo ConcessionAndContractual DecisionDate:dateTime " +
            "ResponseDueDate:dateTime AVNeeds AttendeesPerDay:int EventType ContractSignatureLocation TotalBudget:decimal " +
            "EventDetailsAdditionalInformation FandBBudget:decimal BillingInformation"),
        Complex(S1 + "RFPRequestInfoMeetingRoomAvailabilityDetail", [],
            "DayNumber:int StartTime:dateTime EndTime:dateTime AgendaItem AgendaItemType SetupType RoomSize:int NumberOfPeople:int " +
            "TwentyFourHourHold:boolean MeetingRoomAdditionalInfo"),
        Complex(S1 + "RFPRequestInfoSleepingRoomAvailabilityDetail", [],
            "DayNumber:int Date:dateTime AnyRoomQuantity:int SingleRoomQuantity:int DoubleRoomQuantity:int SuiteQuantity:int " +
            "StaffRoomQuantity:int"),
        Complex(S1 + "DocumentDetail", [],
            "FileName FileType FileSize:int UploadDate:dateTime FileDisplay:boolean FileURL UploadedBy Description Category"),
        Complex(S1 + "EventSurveyDetail", [Many("Answer", S1 + "EventAnswer"), Many("AnswerText", String)],
            "SurveyType QuestionId QuestionCode QuestionText"),
        Complex(S1 + "EventAnswer", [], "AnswerPart AnswerColumn AnswerText AnswerOther AnswerComment"),
    ];

    /// <summary>Custom fields, advanced logic, user groups and roles, surveys.</summary>
    private static IEnumerable<XsdDeclaration> CustomFieldsAndSurveys() =>
    [
        Complex(S1 + "EntityCustomField", [Many("FieldChoices", S1 + "FieldChoice")],
            "FieldName FieldCode HelpText FieldType AnswerFormat MinimumCharacters:int MaximumCharacters:int MinimumNumber:int " +
            "MaximumNumber:int PrepopulateCurrentDate:boolean EarliestDate:dateTime LatestDate:dateTime DisplayPopUpCalendar:boolean", extends: S1 + "CvObject"),
        Complex(S1 + "FieldChoice", [Optional("FieldChoiceText", String)]),
        Complex(S1 + "AdvancedLogic", [Details("AdvancedLogicChoices")], "SourceField", extends: S1 + "CvObject"),
        Complex(S1 + "AdvancedLogicChoices", [Many("FieldChoice", String), Optional("SourceFieldChoice", String)]),
        Complex(S1 + "UserGroup", [], "UserGroupName InternalNote", extends: S1 + "CvObject"),
        Complex(S1 + "UserRole", [Details("UserRights")], "UserRoleName Description", extends: S1 + "CvObject"),
        Complex(S1 + "UserRights", [], "UserRightName UserRightCategory AccessLevel"),
        Complex(S1 + "CvAnswer", [], "QuestionCode QuestionID Answer", extends: S1 + "CvObject"),
        Complex(S1 + "Survey", [Details("CustomFieldDetail"), Details("WeblinkDetail"), Details("TargetListDetail"), Details("AssociatedEvents")],
            "SurveyCode SurveyTitle SurveyCloseDate:dateTime Description SurveyStatus InternalNote PlannerFirstName PlannerLastName " +
            "SurveyLaunchDate:dateTime", extends: S1 + "CvObject"),
        Complex(S1 + "WeblinkDetail", [], "Target URL"),
        Complex(S1 + "TargetListDetail", [], "TargetedListId TargetedListName TargetedListLanguage TargetedListDefault:boolean"),
        Complex(S1 + "AssociatedEvents", [Optional("EventId", String)]),
        Complex(S1 + "Respondent", [Details("WeblinkDetail")],
            "TargetedListId TargetedListName ContactId SourceId ResponseID FirstName LastName Company Title EmailAddress WorkPhone " +
            "SurveyId SurveyCode SurveyTitle SurveyLaunchDate:dateTime Status:RespondentStatus InternalNote ReferenceId " +
            "ResponseScore:decimal", extends: S1 + "CvObject"),
        Enumeration(S1 + "RespondentStatus", "No Response", "Visited", "Partial Response", "Complete Response", "Disqualified Response"),
        Complex(S1 + "Response", [Many("SurveyDetail", S1 + "ResponseSurveyDetail")],
            "ContactId SourceId ResponseID FirstName LastName Company Title EmailAddress WorkPhone SurveyId SurveyCode SurveyTitle " +
            "SurveyLaunchDate:dateTime Status InternalNote ReferenceId InvitedBy CompletionDate:dateTime LastModifiedDate:dateTime " +
            "ModifiedBy ResponseMethod ResponseNumber:long", extends: S1 + "CvObject"),
        Complex(S1 + "ResponseSurveyDetail", [Optional("QuestionCode", String), Optional("QuestionNumber", String)],
            "", extends: S1 + "SurveyDetail"),
        Complex(S1 + "SurveyDetail", [
            Optional("QuestionText", String), Optional("QuestionExportValue", String), Required("QuestionType", Int), Details("Answer"),
            Required("QuestionScore", Decimal)
        ],
            ""),
        Complex(S1 + "Answer", [
            Required("AnswerPart", String, nillable: true), Required("AnswerColumn", String, nillable: true),
            Required("AnswerText", String, nillable: true), Required("AnswerOther", String, nillable: true),
            Required("AnswerExportValue", String, nillable: true), Required("AnswerComment", String, nillable: true)
        ],
            ""),
        Complex(S1 + "SurveyEmailHistory", [],
            "SurveyId RespondentId ContactId TargetList EmailSentDate:dateTime EmailStatus EmailType FromEmailAddress ToEmailAddress " +
            "EmailViewed:boolean EmailBounced:boolean LastModifiedDate:dateTime", extends: S1 + "CvObject"),
        Complex(S1 + "SurveyQuestion", [Details("AnswerDetail"), Details("RowDetail")],
            "QuestionText QuestionHTMLText QuestionCode QuestionType SurveyId SurveyCode SurveyTitle QuestionNumber MinimumSelections " +
            "MaximumSelections MinimumCharacters MaximumCharacters LeftSideHeader RightSideHeader AnswerFormat AllowOther:boolean " +
            "IsRequired:boolean AllowNA:boolean LastModifiedDate:dateTime LastModifiedBy", extends: S1 + "CvObject"),
        Complex(S1 + "AnswerDetail", [], "AnswerText"),
        Complex(S1 + "RowDetail", [], "RowText"),
    ];
}
