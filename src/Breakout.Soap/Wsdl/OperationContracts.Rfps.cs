namespace Breakout.Soap.Wsdl;

/// <summary>
/// The RFP part of the s1 object model, in the order of Cvent's WSDL.
/// </summary>
public static partial class OperationContracts
{
    /// <summary>RFPs and their details.</summary>
    private static IEnumerable<XsdDeclaration> Rfps() =>
    [
        Complex(S1 + "RFP", [
            Optional("EventInfo", S1 + "RFPEventInfo"), Many("AlternateDates", S1 + "RFPAlternateDate"),
            Optional("OrganizationInfo", S1 + "RFPOrganizationInfo"), Optional("KeyContactInfo", S1 + "RFPKeyContactInfo"),
            Optional("EventRequirementInfo", S1 + "RFPEventRequirementInfo"), Optional("SleepRoomInfo", S1 + "RFPSleepRoomInfo"),
            Many("AttachmentDetail", S1 + "RFPAttachmentDetail"), Many("QuestionDetail", S1 + "RFPQuestionDetail"),
            Optional("DinnerInfo", S1 + "RFPDinnerInfo"), Many("SupplierDetail", S1 + "RFPSupplierDetail"), Details("ContractedDataDetail"),
            Many("UserVisibilityDetail", S1 + "UserDetail"), Many("UserGroupVisibilityDetail", S1 + "UserGroupDetail"),
            Details("CustomFieldDetail")
        ],
            "RFPType RFPStatus RFPCode RFPName EventId EventCode EventTitle ResponseDueDate:dateTime DecisionDate:dateTime " +
            "AwardedDate:dateTime CancelledDate:dateTime CancelReason CancelReasonComments MultiAwarded:boolean Currency " +
            "RFPDescription DecisionFactors Commissionable:boolean CommissionRate:double InternalNote " +
            "ReceivePackageRatesResponse:boolean CreatedDate:dateTime Archived:boolean CreatedBy LastModifiedDate:dateTime " +
            "LastModifiedBy QuickRFP:boolean CityWideFlag:boolean AcceptRebates:boolean Rebate:decimal RebateType", extends: S1 + "CvObject"),
        Complex(S1 + "RFPEventInfo", [Many("EventHistoryDetail", S1 + "RFPEventHistoryDetail")], "", extends: S1 + "BaseRFPEventInfo"),
        Complex(S1 + "BaseRFPEventInfo", [],
            "EventName EventType ReferenceNumber EventStartDate:dateTime EventEndDate:dateTime TotalAttendees:integer " +
            "RepeatEvent:boolean TotalBudget:decimal TotalMeetingSpace:integer AlternateStartDate1:dateTime " +
            "AlternateEndDate1:dateTime AlternateStartDate2:dateTime AlternateEndDate2:dateTime LargestMeetingRoom:integer " +
            "ContractSignatureLocation BusinessObjectives DestinationsUnderConsideration AdditionalInformation Concessions " +
            "BillingInformation FlexibleDates:boolean"),
        Complex(S1 + "SupplierRFPEventInfo", [Many("EventHistoryDetail", S1 + "SupplierRFPEventHistoryDetail")],
            "", extends: S1 + "BaseRFPEventInfo"),
        Complex(S1 + "SupplierRFPEventHistoryDetail", [], "", extends: S1 + "BaseRFPEventHistoryDetail"),
        Complex(S1 + "BaseRFPEventHistoryDetail", [],
            "VenueName City State StateCode Date Attendees:integer RoomBlock:integer RoomPickup:integer"),
        Complex(S1 + "RFPEventHistoryDetail", [], "EventHistoryNote FoodAndBeverageSpend", extends: S1 + "BaseRFPEventHistoryDetail"),
        Complex(S1 + "RFPAlternateDate", [], "", extends: S1 + "AlternateDates"),
        Complex(S1 + "AlternateDates", [], "DayNumber:integer StartDate:dateTime EndDate:dateTime Notes"),
        Complex(S1 + "RFPOrganizationInfo", [],
            "Organization OrganizationType OrganizationAddress1 OrganizationAddress2 OrganizationAddress3 OrganizationCity " +
            "OrganizationState OrganizationStateCode OrganizationPostalCode OrganizationCountry OrganizationCountryCode " +
            "EmployeesRange:integer Employees:integer EventsPerYear:integer SingleDayEvents MultiDayEvents " +
            "AverageAttendeesPerEventRange:integer AverageAttendeesPerEvent:integer AverageRoomNightsPerEventRange:integer " +
            "AverageRoomNightsPerEvent:integer TotalAttendeesPerYearRange:integer TotalAttendeesPerYear:integer " +
            "TotalRoomNightsPerYearRange:integer TotalRoomNightsPerYear:integer OrganizationInformation"),
        Complex(S1 + "RFPKeyContactInfo", [], "", extends: S1 + "KeyContactInfo"),
        Complex(S1 + "KeyContactInfo", [],
            "KeyContactFirstName KeyContactLastName KeyContactTitle KeyContactEmailAddress KeyContactPhone KeyContactFax " +
            "KeyContactMobilePhone KeyContactOrganization KeyContactOrganizationWebsite KeyContactAddress1 KeyContactAddress2 " +
            "KeyContactAddress3 KeyContactCity KeyContactState KeyContactStateCode KeyContactPostalCode KeyContactCountry " +
            "KeyContactCountryCode KeyContactAdditionalInformation"),
        Complex(S1 + "ProposalKeyContactInfo", [], "", extends: S1 + "KeyContactInfo"),
        Complex(S1 + "RFPEventRequirementInfo", [Many("MeetingRoomDetail", S1 + "RFPMeetingRoomDetail")],
            "FoodAndBeverageBudget:double TotalMeetingRooms:integer MeetingRoomSizeType MeetingRoomAdditionalInformation " +
            "AmenityAdditionalInformation"),
        Complex(S1 + "RFPMeetingRoomDetail", [],
            "DayNumber:integer StartTime:dateTime EndTime:dateTime AgendaItem AgendaItemType SetupType RoomSize:integer " +
            "NumberOfPeople:integer TwentyFourHourHold:boolean MeetingRoomNote LocatedAtHostHotelOrConventionCenter:boolean"),
        Complex(S1 + "RFPSleepRoomInfo", [
            Many("SleepRoomDetail", S1 + "RFPSleepRoomDetail"), Many("OccupancyPerRoomDetail", S1 + "RFPOccupancyPerRoomDetail")
        ],
            "CheckInDate:dateTime BudgetedRoomRate:double SleepRoomAdditionalInformation"),
        Complex(S1 + "RFPSleepRoomDetail", [],
            "DayNumber:integer Date:dateTime AnyRoomQuantity:integer SingleRoomQuantity:integer DoubleRoomQuantity:integer " +
            "SuiteQuantity:integer SleepRoomNote StaffRoomQuantity:integer"),
        Complex(S1 + "RFPOccupancyPerRoomDetail", [], "RoomType Occupancy"),
        Complex(S1 + "RFPAttachmentDetail", [], "", extends: S1 + "AttachmentDetail"),
        Complex(S1 + "AttachmentDetail", [], "FileName FileType FileSize:integer UploadedDate:dateTime FileUrl"),
        Complex(S1 + "ProposalAttachmentDetail", [], "", extends: S1 + "AttachmentDetail"),
        Complex(S1 + "RFPQuestionDetail", [], "QuestionId QuestionType QuestionText"),
        Complex(S1 + "ProposalSurveyDetail", [Many("Answer", S1 + "ProposalAnswer")], "", extends: S1 + "RFPQuestionDetail"),
        Complex(S1 + "ProposalAnswer", [], "AnswerPart AnswerColumn AnswerText AnswerOther AnswerComment"),
        Complex(S1 + "RFPDinnerInfo", [],
            "DinnerStartDate:dateTime DinnerEndDate:dateTime DinnerAttendees:integer DinnerFoodAndBeverage:decimal " +
            "DinnerContractSignatureLocation DinnerAdditionalInformation DinnerPrivateRoom:boolean DinnerAVRequirements " +
            "DinnerAlcoholPolicy DinnerSpecialNeeds"),
        Complex(S1 + "RFPSupplierDetail", [],
            "InternalNote VenueBrand VenueChain Preferred:boolean MainPhone SalesPhone BidReceivedDate:dateTime " +
            "LastResponseDate:dateTime RFPSentDate:dateTime", extends: S1 + "SupplierDetail"),
        Complex(S1 + "SupplierDetail", [],
            "ProposalId VenueId VenueName VenueCode VenueType VenueCity VenueMMA Status RFPLastSentDate:dateTime " +
            "RFPViewedDate:dateTime RFPLastViewedDate:dateTime ResponseReason ResponseReasonComment"),
        Complex(S1 + "SupplierRFPInfoDetail", [],
            "RFPReceivedDate:dateTime BidSentDate:dateTime LastResponseDate:dateTime SourceId Archived:boolean", extends: S1 + "SupplierDetail"),
        Complex(S1 + "ContractedDataDetail", [Details("SleepingRoomDetail"), Details("AttachmentDetail")],
            "VenueCode Contracted:boolean EventStartDate:dateTime EventEndDate:dateTime CurrencyCode ReferenceId " +
            "AdditionalInformation CommissionRate:integer TotalAttendees:integer TotalRoomNights:integer TotalAVCost:double " +
            "TotalFoodAndBeverageCost:double TotalFoodAndBeverageMinimum:double Concessions TotalContractValue:double " +
            "TotalMeetingSpaceCost:double BillingContactFirstName BillingContactLastName BillingContactTitle " +
            "BillingContactPhoneNumber BillingContactEmailAddress BillingContactFax BillingContactMobilePhone " +
            "BillingContactOrganization BillingContactOrganizationWebsite BillingContactAddress1 BillingContactAddress2 " +
            "BillingContactAddress3 BillingContactCity BillingContactState BillingContactStateCode BillingContactPostalCode " +
            "BillingContactCountry BillingContactCountryCode BillingContactAdditionalInformation DateContracted:dateTime"),
        Complex(S1 + "SleepingRoomDetail", [], "RoomType RoomQuantity:integer RoomRate:double"),
        Complex(S1 + "UserDetail", [], "UserId UserName FirstName LastName"),
    ];
}
