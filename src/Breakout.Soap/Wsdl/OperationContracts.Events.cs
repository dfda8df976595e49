namespace Breakout.Soap.Wsdl;

/// <summary>
/// The event part of the s1 object model, in the order of Cvent's WSDL: events, invitees and registrations (served, from the
/// object catalogue), transactions, travel, budgets, event parameters, sessions, campaigns, distribution lists and approvers.
/// </summary>
public static partial class OperationContracts
{
    /// <summary>Events, registrations, transactions, travel, budgets and event parameters.</summary>
    private static IEnumerable<XsdDeclaration> Events() =>
    [
        Served("Event"),
        Served("ProductDetail"),
        Served("Invitee"),
        Complex(S1 + "InternalInfoDetail", [Many("Answer", S1 + "EventAnswer"), Many("AnswerText", String)], "QuestionText"),
        Complex(S1 + "RegretSurveyDetail", [Many("AnswerText", String), Details("EventAnswer")],
            "QuestionId QuestionCode SurveyType QuestionText"),
        Served("InviteeStatus"),
        Served("Guest"),
        Served("Registration"),
        Served("GuestDetail"),
        Served("OrderDetail"),
        Complex(S1 + "DiscountDetail", [],
            "DiscountDetailId DiscountCode DiscountName DiscountType DiscountValue:decimal DiscountAmount:decimal"),
        Complex(S1 + "PaymentDetail", [],
            "TransactionId TransactionDate:dateTime PaymentType ReferenceNumber TransactionType:TransactionType! Amount:double " +
            "TransactionNumber"),
        Enumeration(S1 + "TransactionType", "Online Charge", "Online Refund", "Offline Charge", "Offline Refund"),
        Complex(S1 + "Transaction", [Details("DistributionDetail")],
            "ContactId InviteeId SourceId FirstName LastName Company Title EmailAddress WorkPhone EventId EventCode EventTitle " +
            "EventStartDate:dateTime TransactionType:TransactionType! Success:boolean TransactionNumber PaymentType NameOnCard " +
            "ReferenceNumber BatchNumber Amount:decimal PaidInFull:boolean TransactionDate:dateTime Note LastModifiedDate:dateTime " +
            "ModifiedBy AuthorizationCode", extends: S1 + "CvObject"),
        Complex(S1 + "DistributionDetail", [Details("GLCodes")],
            "ProductId ProductName ProductCode ProductType OrderPrice:double AmountApplied:decimal GLCode GLDescription OrderNumber"),
        Complex(S1 + "GLCodes", [], "GLID GLName GLCode GLDescription GLCodeAllocationPercent:int"),
        Complex(S1 + "EventEmailHistory", [],
            "EventId InviteeId ContactId TargetList EmailSentDate:dateTime EmailStatus EmailType FromEmailAddress ToEmailAddress " +
            "EmailViewed:boolean EmailBounced:boolean LastModifiedDate:dateTime", extends: S1 + "CvObject"),
        Complex(S1 + "Appointment", [],
            "EventId AppointmentTitle AppointmentDescription AppointmentStatus AppointmentType AppointmentLocation StartDate:dateTime " +
            "EndDate:dateTime CreatedDate:dateTime CreatedBy LastModifiedDate:dateTime LastModifiedBy", extends: S1 + "CvObject"),
        Complex(S1 + "AppointmentAttendee", [],
            "EntityType AppointmentID IsOrganizer:boolean AppointmentAttendeeStatus AppointmentAttendeeNote CreatedDate:dateTime " +
            "CreatedBy LastModifiedDate:dateTime LastModifiedBy", extends: S1 + "CvObject"),
        Complex(S1 + "HotelRequest", [Details("TravelSurveyDetail"), Details("HotelRoomRate")],
            "RequesterId RequesterType RequesterFirstName RequesterLastName HotelName HotelCode RoomName RoomCode Quantity " +
            "RoommateRequest SpecialNeeds RewardsCode CheckinDate:dateTime CheckoutDate:dateTime Smoking:boolean Cancelled:boolean " +
            "Status ConfirmationNumber Handicap ShareRoom:boolean RoommateLeader:boolean Gender TotalAmount:decimal CurrencyCode " +
            "RoomCharge:boolean RoomTaxBillingInstructions IncidentalBillingInstructions LastModifiedBy " +
            "HotelLastModifiedDate:dateTime PlannerMemo EarliestShoulderDate:dateTime LatestShoulderDate:dateTime " +
            "RoomTaxBillingExceptions IncidentalBillingExceptions HotelAddress1 HotelAddress2 HotelAddress3 HotelCity HotelState " +
            "HotelPostalCode HotelCountry", extends: S1 + "CvObject"),
        Complex(S1 + "TravelSurveyDetail", [Many("Answer", S1 + "TravelAnswer")], "SurveyType QuestionId QuestionCode QuestionText"),
        Complex(S1 + "TravelAnswer", [], "AnswerPart AnswerColumn AnswerText AnswerOther AnswerComment"),
        Complex(S1 + "HotelRoomRate", [], "RoomNight:dateTime RoomRate:decimal"),
        Complex(S1 + "Travel", [Details("HotelRequest"), Details("CarRequest"), Details("AirRequest"), Details("AirActual")],
            "ContactId SourceId FirstName LastName Company Title EmailAddress CCEmailAddress WorkPhone EventId EventCode EventTitle " +
            "EventStartDate:dateTime Status RegistrationType", extends: S1 + "CvObject"),
        Complex(S1 + "CarRequest", [Details("TravelSurveyDetail")],
            "RequestId RequesterId RequesterType RequesterFirstName RequesterLastName PickUpDate:dateTime PickUpTime " +
            "DropOffDate:dateTime DropOffTime RentalCarType RentalCarCompany RewardsCode Cancelled:boolean Status ConfirmationNumber " +
            "LastModifiedBy CarLastModifiedDate:dateTime"),
        Complex(S1 + "AirRequest", [Details("TravelSurveyDetail")],
            "RequesterId RequesterType RequesterFirstName RequesterMiddleName RequesterLastName RequesterSuffix RedressNumber " +
            "KnownTravelerNumber Leg1Origin Leg1Destination Leg1Date:dateTime Leg1Time Leg2Origin Leg2Destination Leg2Date:dateTime " +
            "Leg2Time TicketType SeatType MealText OtherText RewardsCode1 RewardsCode2 RewardsCode3 AirlinePreference1 " +
            "AirlinePreference2 AirlinePreference3 AgeCategory Cancelled:boolean Status PlannerMemo FullName DateOfBirth Gender " +
            "LastModifiedBy AirLastModifiedDate:dateTime"),
        Complex(S1 + "AirActual", [Details("FlightDetail")],
            "RequesterId RequesterType Name ConfirmationNumber TotalAmount CurrencyCode Note GDSRecordLocator GDSNote LastModifiedBy " +
            "AirActualLastModifiedDate:dateTime JourneyType"),
        Complex(S1 + "FlightDetail", [],
            "Airline FlightNumber Origin OriginCode Destination DestinationCode Departing:dateTime Arriving:dateTime SeatNumber " +
            "TicketClass FlightConfirmationNumber FlightGDSRecordLocator JourneySegment"),
        Complex(S1 + "Budget", [Details("CategoryDetail"), Many("DefaultTaxDetail", S1 + "TaxDetail")],
            "EventCode EventTitle DefaultTax:decimal DefaultTaxType DefaultTax2:decimal DefaultTax2Type DefaultTax3:decimal " +
            "DefaultTax3Type DefaultTax4:decimal DefaultTax4Type DefaultTax5:decimal DefaultTax5Type DefaultGratuity:decimal " +
            "DefaultGratuityType ModifiedBy LastModifiedDate:dateTime", extends: S1 + "CvObject"),
        Complex(S1 + "CategoryDetail", [Details("AmountDetail")], "CategoryName HighLevelEstimate:decimal"),
        Complex(S1 + "AmountDetail", [], "AmountDetailId AmountName Amount:decimal"),
        Complex(S1 + "TaxDetail", [], "TaxId Tax:decimal TaxType TaxName"),
        Complex(S1 + "TableAssignment", [],
            "TableId TableName SeatingId SeatingCode SeatingName EventId EventTitle EntityId EntityType SeatName FirstName LastName " +
            "Company LastModifiedDate", extends: S1 + "CvObject"),
        Complex(S1 + "BudgetItem", [
            Details("CustomFieldDetail"), Details("CostDetail"), Details("SavingsDetail"), Details("BudgetPaymentDetail"),
            Details("AllocationCategoryDetail"), Details("AssociatedRegistrants")
        ],
            "ItemName ItemCode ItemType EventId EventCode RFPId RFPCode CategoryName SubCategoryId SubCategoryName Status ProductId " +
            "ProductName VendorType VendorId VendorName VendorDescription VendorAddress1 VendorAddress2 VendorAddress3 VendorCity " +
            "VendorState VendorPostalCode VendorCountry VendorURL VendorCode VendorContactFirstName VendorContactLastName " +
            "VendorContactTitle VendorContactPhone VendorContactFax VendorContactEmailAddress VendorContactAdditionalInformation " +
            "GLName GLCode Currency CurrencyCode ConversionRate:decimal TaxOnGratuity:boolean CostAvoidance:decimal " +
            "CostIncludesTax:boolean AvoidanceDescription InternalNote LastModifiedDate:dateTime ItemDate:dateTime", extends: S1 + "CvObject"),
        Complex(S1 + "CostDetail", [Details("TaxDetail")],
            "CostDetailId CostName Units:decimal Cost:decimal Tax:decimal TaxType Tax2:decimal Tax2Type Tax3:decimal Tax3Type " +
            "Tax4:decimal Tax4Type Tax5:decimal Tax5Type Gratuity:decimal GratuityType"),
        Complex(S1 + "SavingsDetail", [], "SavingsDetailId SavingsName Amount:decimal"),
        Complex(S1 + "BudgetPaymentDetail", [],
            "PaymentDetailId PaymentName PaymentType PaymentDate:dateTime Amount:decimal ReferenceNumber Currency CurrencyCode"),
        Complex(S1 + "AllocationCategoryDetail", [],
            "AllocationCategoryID AllocationCategoryName AllocationSubCategoryID AllocationSubCategoryName " +
            "AllocationPercentage:decimal"),
        Complex(S1 + "AssociatedRegistrants", [], "FirstName LastName InviteeId ContactId"),
        Complex(S1 + "EventCards", [
            Optional("ClientDefinedDetail1", S1 + "ClientDefinedDetail"), Optional("ClientDefinedDetail2", S1 + "ClientDefinedDetail")
        ],
            "CardId CardNumber CardName EventId EventCode EventTitle Status CurrencyCode ApprovedLimit AvailableBalance " +
            "EffectiveDate:dateTime ExpirationDate:dateTime Category CreatedBy LastModifiedDate:dateTime LastModifiedBy", extends: S1 + "CvObject"),
        Complex(S1 + "ClientDefinedDetail", [], "FieldName FieldType FieldValueDetail"),
        Complex(S1 + "EventParameters", [Details("CustomFieldDetail")],
            "Title Description Capacity:int EventAttendanceFormat LocationName Address1 Address2 Address3 City StateCode PostalCode " +
            "CountryCode Phone TimeZoneCode StartDate:dateTime EndDate:dateTime PlannerFirstName PlannerLastName PlannerEmailAddress " +
            "RSVPByDate:dateTime Language:EventLanguage Category:EventCategory InternalNote PublishDate:dateTime ArchiveDate:dateTime " +
            "PlannerPrefix PlannerCompany PlannerTitle StakeholderFirstName StakeholderLastName StakeholderEmailAddress " +
            "StakeholderTitle StakeholderCompany StakeholderWorkPhone StakeholderHomePhone StakeholderWorkFax StakeholderMobilePhone " +
            "StakeholderAddress1 StakeholderAddress2 StakeholderAddress3 StakeholderCity StakeholderStateCode StakeholderPostalCode " +
            "StakeholderCountryCode", extends: S1 + "CvObject"),
        Enumeration(S1 + "EventLanguage", "English", "French", "German", "Italian", "Japanese", "Portuguese", "Spanish", "Chinese"),
        Enumeration(S1 + "EventCategory", "Conference", "Meeting", "Seminar", "Training Session", "Trade Show", "Dinner", "Political Event",
            "Forum", "Fundraiser/Benefit", "Save the Date", "Celebration", "Holiday", "Reunion", "Sports Event", "Other/General",
            "Incentive Trip", "Webinar"),
        Complex(S1 + "EventQuestion", [Details("AnswerDetail"), Details("RowDetail")],
            "QuestionText QuestionCode SurveyType QuestionType EventId EventCode EventTitle ProductName ProductId InternalNote " +
            "AllowOther:boolean OtherLabel LastModifiedDate:dateTime", extends: S1 + "CvObject"),
        Complex(S1 + "EventDetail", [
            Details("PlanningStatusHistory"), Details("ProcessFormDetail"), Details("EventRoleDetail"), Details("FAQDetail"),
            Details("StaffDetail"), Details("Fees")
        ],
            "EventCode EventTitle EventDescription EventStatus EventSummaryHeader PlanningStatus TotalInvitedCount:int " +
            "RegisteredAttendeeCount:int ParticipantCount:int DeclineeCount:int CancelledCount:int RequestID RequestName " +
            "RequestStatus RequestCode RequesterFirstName RequesterLastName RequesterID RequestSubmittedDate:dateTime", extends: S1 + "CvObject"),
        Complex(S1 + "PlanningStatusHistory", [], "OldStatus NewStatus ActionDate:dateTime ModifiedBy Comments"),
        Complex(S1 + "ProcessFormDetail", [], "ID Name Status SubmittedBy SubmittedDate:dateTime LastModifiedBy LastModifiedDate:dateTime"),
        Complex(S1 + "EventRoleDetail", [],
            "AssigneeID AssigneeFirstName AssigneeLastName AssigneeEmailAddress AssignedRole AssignedBy AssignedDate:dateTime " +
            "EmailComments"),
        Complex(S1 + "FAQDetail", [], "Question Answer Sequence:int Language Active:boolean"),
        Complex(S1 + "StaffDetail", [],
            "StaffFirstName StaffLastName StaffRole StaffEmailAddress DisplayOnWebsite:boolean StaffAddress1 StaffAddress2 " +
            "StaffAddress3 StaffCity StaffState StaffStateCode StaffPostalCode StaffCountry StaffCountryCode"),
        Complex(S1 + "Fees", [Details("GLCodes")],
            "FeeID FeeName FeeAmount:double ProductID ProductName Active:boolean CreatedDate:dateTime LastModifiedDate:dateTime " +
            "GLName GLDescription GLCode GLID"),
    ];

    /// <summary>Session registration, speakers, conversion rates, campaigns, distribution lists, approvers.</summary>
    private static IEnumerable<XsdDeclaration> SessionsAndLists() =>
    [
        Complex(S1 + "SessionRegInvitee", [Details("CvInvitee")],
            "SessionRegActionType:SessionRegActionType! ProductId", extends: S1 + "CvObject"),
        Complex(S1 + "CvInvitee", [], "Id ConfirmationNumber MessageId"),
        Enumeration(S1 + "SessionRegActionType", "Register", "Unregister"),
        Complex(S1 + "Speaker", [Details("DocumentDetail"), Details("RelatedWebsitesDetail"), Details("AssignedSessions")],
            "SpeakerId FirstName LastName EmailAddress Prefix Designation Company Title SpeakerCode EventId EventTitle EventCode " +
            "FacebookURL LinkedInURL TwitterURL CategoryId Category DisplayOnWebsite:boolean ProfileImageURL Biography InternalNote " +
            "CreatedDate:dateTime CreatedBy LastModifiedDate:dateTime LastModifiedBy", extends: S1 + "CvObject"),
        Complex(S1 + "RelatedWebsitesDetail", [], "LinkName LinkURL DisplayLink:boolean"),
        Complex(S1 + "AssignedSessions", [], "SessionId SessionName SessionStartDate:dateTime SessionEndDate:dateTime"),
        Complex(S1 + "CvConversionRate", [],
            "ConversionRateId BaseCurrencyName BaseCurrencyCode CurrencyName CurrencyCode ConversionRate:decimal=-1 Current:boolean " +
            "StartDate:dateTime EndDate:dateTime CreatedDate:dateTime LastModifiedDate:dateTime", extends: S1 + "CvObject"),
        Complex(S1 + "Campaign", [Details("CustomFieldDetail")],
            "CampaignCode CampaignName Active:boolean FromFirstName FromLastName FromEmailAddress InternalNote", extends: S1 + "CvObject"),
        Complex(S1 + "DistributionList", [],
            "DistributionListName Active:boolean! Description InternalNote SecurityType:DistributionListSecurityType!", extends: S1 + "CvObject"),
        Enumeration(S1 + "DistributionListSecurityType", "Public", "Semi-Private", "Private"),
        Complex(S1 + "EMarketingEmailHistory", [],
            "CampaignID ContactId EmailSentDate:dateTime EmailStatus FromEmailAddress ToEmailAddress EmailViewed:boolean " +
            "EmailBounced:boolean LastModifiedDate:dateTime", extends: S1 + "CvObject"),
        Complex(S1 + "Approver", [], "ApproverCategoryID ApproverCategory RequestorSourceValue ApproverEmail", extends: S1 + "CvObject"),
        Complex(S1 + "DeleteApprover", [], "ApproverCategoryID RequestorSourceValue", extends: S1 + "CvObject"),
        Enumeration(S1 + "ProductType", "Event", "Session"),
        Served("ProductStatus"),
    ];
}
