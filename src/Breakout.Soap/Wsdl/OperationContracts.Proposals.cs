namespace Breakout.Soap.Wsdl;

/// <summary>
/// The supplier part of the s1 object model, in the order of Cvent's WSDL: supplier RFPs, proposals, rate history, suppliers.
/// </summary>
public static partial class OperationContracts
{
    /// <summary>Supplier RFPs, proposals, rate history and suppliers.</summary>
    private static IEnumerable<XsdDeclaration> Proposals() =>
    [
        Complex(S1 + "SupplierRFP", [
            Optional("EventInfo", S1 + "SupplierRFPEventInfo"), Many("AlternateDates", S1 + "RFPAlternateDate"),
            Optional("OrganizationInfo", S1 + "RFPOrganizationInfo"), Optional("KeyContactInfo", S1 + "RFPKeyContactInfo"),
            Optional("EventRequirementInfo", S1 + "RFPEventRequirementInfo"), Optional("SleepRoomInfo", S1 + "RFPSleepRoomInfo"),
            Many("AttachmentDetail", S1 + "RFPAttachmentDetail"), Many("QuestionDetail", S1 + "RFPQuestionDetail"),
            Optional("DinnerInfo", S1 + "RFPDinnerInfo"), Many("SupplierDetail", S1 + "SupplierRFPInfoDetail"),
            Many("RecipientDetail", S1 + "SupplierRFPRecipientDetail"), Many("ForwardHistoryDetail", S1 + "SupplierRFPForwardHistoryDetail"),
            Many("AssignmentHistoryDetail", S1 + "SupplierRFPAssignmentHistoryDetail")
        ],
            "RFPType RFPStatus RFPCode RFPName QuickRFP:boolean EventId EventCode EventTitle ResponseDueDate:dateTime " +
            "DecisionDate:dateTime CancelledDate:dateTime CancelReason CancelReasonComments Currency RFPDescription DecisionFactors " +
            "Commissionable:boolean CommissionRate:integer ReceivePackageRatesResponse:boolean RFPRating:double " +
            "LastModifiedDate:dateTime CityWideFlag:boolean AcceptRebates:boolean Rebate:decimal RebateType", extends: S1 + "CvObject"),
        Complex(S1 + "SupplierRFPRecipientDetail", [], "RecipientDate:dateTime RecipientEmailAddress RecipientType"),
        Complex(S1 + "SupplierRFPForwardHistoryDetail", [],
            "SenderFirstName SenderLastName SenderEmailAddress ForwardedVenueName ForwardedVenueCode ForwardAdditionalInformation " +
            "ForwardDate:dateTime"),
        Complex(S1 + "SupplierRFPAssignmentHistoryDetail", [],
            "AssigneeFirstName AssigneeLastName AssigneeEmailAddress AssignorEmailAddress AssignmentStatus AssignmentMessage " +
            "CurrentAssignee:boolean"),
        Complex(S1 + "Proposal", [
            Optional("VenueInfo", S1 + "ProposalVenueInfo"), Optional("EventInfo", S1 + "ProposalEventInfo"),
            Optional("KeyContactInfo", S1 + "ProposalKeyContactInfo"), Optional("SleepRoomInfo", S1 + "ProposalSleepRoomInfo"),
            Optional("EventRequirementsInfo", S1 + "ProposalEventRequirementsInfo"), Many("AttachmentDetail", S1 + "ProposalAttachmentDetail"),
            Many("PackagePricingDetail", S1 + "ProposalPackagePricingDetail"), Details("ContractedDataDetail"),
            Many("SurveyDetail", S1 + "ProposalSurveyDetail"), Optional("ConventionCenterInfo", S1 + "ConventionCenterInformation"),
            Many("EventSpace", S1 + "ProposalEventSpaceInfo"), Many("AlternateSleepRoomAvailabilityDetails", S1 + "ProposalAlternateDateInfo")
        ],
            "RFPId RFPType RFPStatus RFPCode RFPName ProposalStatus ProposalSentDate:dateTime Commissionable:boolean " +
            "CommissionRate:double NotesRecommendations InternalNote CreatedDate:dateTime CreatedBy LastModifiedDate:dateTime " +
            "LastModifiedBy RoomSizeUnitOfMeasure CeilingHeightUnitOfMeasure", extends: S1 + "CvObject"),
        Complex(S1 + "ProposalVenueInfo", [],
            "VenueName VenueType VenueCode VenueDescription VenuePhone VenueAddress1 VenueAddress2 VenueCity VenueState " +
            "VenueStateCode VenuePostalCode VenueCountry VenueCountryCode VenueMMA VenueBrand VenueChain"),
        Complex(S1 + "ProposalEventInfo", [],
            "EventStartDate:dateTime EventEndDate:dateTime Availability Currency EstimatedTotalCost:double AdditionalInformation " +
            "AlternateStartDate1:dateTime AlternateEndDate1:dateTime AlternateSleepRoomRate1 AlternateAdditionalInformation1 " +
            "AlternateStartDate2:dateTime AlternateEndDate2:dateTime AlternateSleepRoomRate2 AlternateAdditionalInformation2 " +
            "ConcessionAdditionalInformation"),
        Complex(S1 + "ProposalSleepRoomInfo", [
            Many("SleepRoomAvailabilityDetail", S1 + "ProposalSleepRoomAvailabilityDetail"),
            Many("AdditionalFeeDetail", S1 + "ProposalAdditionalFeeDetail")
        ],
            "CheckInDate:dateTime SleepRoomNeedsMet:boolean SleepRoomNeedsMetAdditionalInfo FeeAdditionalInformation"),
        Complex(S1 + "ProposalSleepRoomAvailabilityDetail", [],
            "DayNumber:integer Date:dateTime DateType AnyRoomQuantity:integer AnyRoomRate:double SingleRoomQuantity:integer " +
            "SingleRoomRate:double DoubleRoomQuantity:integer DoubleRoomRate:double SuiteQuantity:integer SuiteRate:double " +
            "SleepRoomNote StaffRoomQuantity:integer StaffRoomRate:double"),
        Complex(S1 + "ProposalAdditionalFeeDetail", [], "Category Type Value"),
        Complex(S1 + "ProposalEventRequirementsInfo", [
            Many("MeetingRoomAvailabilityDetail", S1 + "ProposalMeetingRoomAvailabilityDetail"), Details("ProposalEstimatedCostDetail")
        ],
            "MeetingRoomNeedsMet:boolean MeetingRoomNeedsMetAdditionalInfo TotalFoodAndBeverageMinimum:double FAndBMinimumNote " +
            "ApplicableTax:double ServiceCharge:double MeetingRoomAdditionalInformation AmenityAdditionalInformation " +
            "RestaurantCostAdditionalInfo"),
        Complex(S1 + "ProposalMeetingRoomAvailabilityDetail", [],
            "DayNumber:integer StartTime:dateTime EndTime:dateTime AgendaItem AgendaItemType SetupType RoomName RoomSize:integer " +
            "NumberOfPeople:integer TwentyFourHourHold:boolean Note CeilingHeight:double"),
        Complex(S1 + "ProposalEstimatedCostDetail", [], "Amount:double Quantity:integer Type TaxOrServiceCharge Note"),
        Complex(S1 + "ProposalPackagePricingDetail", [], "Date:dateTime Package Occupancy RoomType PerPersonPerDay:double PackagePricingNote"),
        Complex(S1 + "ConventionCenterInformation", [],
            "IncludeRebates:boolean Rebate:decimal RebateType RebatesIncentive RoomRateConfirmed:boolean ConfirmationContingencies " +
            "MaxYearlyIncrease:integer RoomRateInfo UnionInfo ContractorInfo"),
        Complex(S1 + "ProposalEventSpaceInfo", [], "", extends: S1 + "ProposalEventSpace"),
        Complex(S1 + "ProposalEventSpace", [],
            "RoomName RoomSize:integer CeilingHeight:integer TwentyFourHourHold:boolean MoveInDate:dateTime MoveInRate:decimal " +
            "MoveInRateType MoveOutDate:dateTime MoveOutRate:decimal MoveOutRateType EventStartDate:dateTime EventEndDate:dateTime " +
            "EventRate:decimal EventRateType Note"),
        Complex(S1 + "ProposalAlternateDateInfo", [], "", extends: S1 + "ProposalAlternateDate"),
        Complex(S1 + "ProposalAlternateDate", [],
            "DateType StartDate:dateTime EndDate:dateTime Availability SleepRoomRate=N/A AdditionalInformation"),
        Complex(S1 + "SupplierProposal", [
            Optional("VenueInfo", S1 + "SupplierProposalVenueInfo"), Optional("EventInfo", S1 + "ProposalEventInfo"),
            Optional("KeyContactInfo", S1 + "ProposalKeyContactInfo"), Optional("SleepRoomInfo", S1 + "ProposalSleepRoomInfo"),
            Optional("EventRequirementsInfo", S1 + "ProposalEventRequirementsInfo"), Many("AttachmentDetail", S1 + "ProposalAttachmentDetail"),
            Many("PackagePricingDetail", S1 + "ProposalPackagePricingDetail"), Many("SurveyDetail", S1 + "ProposalSurveyDetail"),
            Optional("ConventionCenterInfo", S1 + "ConventionCenterInformation"), Many("EventSpace", S1 + "ProposalEventSpaceInfo"),
            Many("AlternateSleepRoomAvailabilityDetails", S1 + "ProposalAlternateDateInfo")
        ],
            "RFPId RFPType RFPStatus RFPCode RFPName ProposalStatus ProposalSentDate:dateTime Commissionable:boolean " +
            "CommissionRate:integer CreatedDate:dateTime CreatedBy LastModifiedDate:dateTime LastModifiedBy RoomSizeUnitOfMeasure " +
            "CeilingHeightUnitOfMeasure", extends: S1 + "CvObject"),
        Complex(S1 + "SupplierProposalVenueInfo", [], "VenueName VenueType VenueCode SourceId"),
        Complex(S1 + "RateHistory", [],
            "ID VenueID VenueCode VenueName RateName RateStartDate:dateTime RateEndDate:dateTime MinimumRate:double " +
            "MaximumRate:double RoomType RoomNightCount:integer Comment Currency ContractedRate:boolean ContractDate:dateTime " +
            "CreatedDate:dateTime CreatedBy LastModifiedDate:dateTime LastModifiedBy", extends: S1 + "CvObject"),
        Complex(S1 + "Supplier", [
            Many("ImageDetail", S1 + "SupplierImageDetail"), Many("RateHistoryDetail", S1 + "SupplierRateHistoryDetail"),
            Many("ExternalIdDetail", S1 + "SupplierExternalIdDetail")
        ],
            "ID Name VenueCode VenueType Brand ChainAffiliation MainPhoneNumber MainFaxNumber SalesPhoneNumber SalesFaxNumber " +
            "SourceId VenueWebsiteURL CventStarRating Address1 Address2 City State StateCode PostalCode Country CountryCode MetroArea " +
            "Currency Description CancellationPolicy TotalSleepRooms:integer TotalSingleRooms:integer TotalDoubleRooms:integer " +
            "TotalSuites:integer ProfileCompleteness:double ProposalDefaultCompleteness:double", extends: S1 + "CvObject"),
        Complex(S1 + "SupplierImageDetail", [], "ImageName ImageCategory ImageUrl"),
        Complex(S1 + "SupplierRateHistoryDetail", [], "RateHistoryId"),
        Complex(S1 + "SupplierExternalIdDetail", [], "ExternalIdType ExternalId"),
        Complex(S1 + "RFPParameters", [],
            "RFPType RFPName ResponseDueDate:dateTime DecisionDate:dateTime CurrencyCode RFPDescription InternalNote EventName " +
            "EventStartDate:dateTime EventEndDate:dateTime TotalAttendees:int DestinationsUnderConsideration OrganizationId " +
            "BudgetedRoomRate:double KeyContactFirstName KeyContactLastName KeyContactTitle KeyContactEmailAddress KeyContactPhone " +
            "KeyContactFax KeyContactMobilePhone KeyContactOrganization KeyContactAddress1 KeyContactAddress2 KeyContactAddress3 " +
            "KeyContactCity KeyContactStateCode KeyContactPostalCode KeyContactCountryCode", extends: S1 + "CvObject"),
    ];
}
