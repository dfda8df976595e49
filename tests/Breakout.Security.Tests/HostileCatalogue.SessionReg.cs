using static Breakout.Security.Tests.HostileEnvelopes;

namespace Breakout.Security.Tests;

internal static partial class HostileCatalogue
{
    /// <summary>Unregistering an invitee that is not registered: proof the request was read and executed.</summary>
    private const string NotRegistered = "CV90106";

    private static IEnumerable<HostileCase> SessionRegCases()
    {
        yield return new("SessionReg_Valid_IsExecuted", c => Soap11(SessionReg11(c)), Expectation.Items(NotRegistered));
        yield return new("SessionRegActionType_Missing_IsRefused",
            c => Soap11(Envelope11(SessionRegBody(Invitees(c, Item(c.InviteeId), "")), SessionHeader(c.Token))), Expectation.Fault(Cv10001));
        yield return new("SessionRegActionType_Delete_IsRefused",
            c => Soap11(Envelope11(SessionRegBody(Invitees(c, Item(c.InviteeId), " SessionRegActionType=\"Delete\"")), SessionHeader(c.Token))), Expectation.Fault(Cv10001));
        yield return new("SessionRegActionType_LowerCase_IsRefused",
            c => Soap11(Envelope11(SessionRegBody(Invitees(c, Item(c.InviteeId), " SessionRegActionType=\"register\"")), SessionHeader(c.Token))), Expectation.Fault(Cv10001));
        yield return new("ItemId_MalformedGuid_IsMalformedId", c => Soap11(SessionReg11(c, Item("not-a-guid"))), Expectation.Items("CV20001"));
        yield return new("ItemId_EmptyGuid_IsMalformedId", c => Soap11(SessionReg11(c, Item(Guid.Empty.ToString()))), Expectation.Items("CV20001"));
        yield return new("ItemId_InBraces_IsAccepted", c => Soap11(SessionReg11(c, Item("{" + c.InviteeId.ToLowerInvariant() + "}"))), Expectation.Items(NotRegistered));
        yield return new("Item_WithoutIdOrConfirmation_IsNoIdProvided",
            c => Soap11(SessionReg11(c, $"""<CvInvitee xmlns="{S1}" MessageId="m"/>""")), Expectation.Items("CV20018"));
        yield return new("ProductId_Malformed_IsInvalidProductId",
            c => Soap11(SessionReg11(c).Replace(c.SessionId, "123", StringComparison.Ordinal)), Expectation.Items("CV90103"));
        yield return new("Items_200_AreAllExecuted", c => Soap11(SessionReg11(c, Items(c.InviteeId, 200))), Expectation.Items(NotRegistered, 200));
        yield return new("Items_201_AreTooMany", c => Soap11(SessionReg11(c, Items(c.InviteeId, 201))), Expectation.Fault("CV20021"));
        yield return new("Items_None_IsNoIdProvided", c => Soap11(SessionReg11(c, "")), Expectation.Fault("CV20018"));
        yield return new("CvInvitees_Missing_IsNoIdProvided",
            c => Soap11(Envelope11(SessionRegBody(""), SessionHeader(c.Token))), Expectation.Fault("CV20018"));
        yield return new("CvInvitees_XsiNil_IsNoIdProvided",
            c => Soap11(Envelope11(SessionRegBody("""<CvInvitees xsi:nil="true"/>"""), SessionHeader(c.Token))), Expectation.Fault("CV20018"));
        yield return new("MessageId_OfOneMegabyte_IsEchoed",
            c => Soap11(SessionReg11(c, Item(c.InviteeId, $" MessageId=\"{new string('m', 1024 * 1024)}\""))), Expectation.Items(NotRegistered));
        yield return new("CvInvitees_With10000UnknownAttributes_IsExecuted",
            c => Soap11(SessionReg11(c).Replace("<CvInvitees ", "<CvInvitees " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}=\"{i}\" ")), StringComparison.Ordinal)),
            Expectation.Items(NotRegistered));
        yield return new("ItemAttributes_InAnyOrder_WithExtras_AreExecuted",
            c => Soap11(SessionReg11(c, $"""<CvInvitee Extra="1" MessageId="m-1" xmlns="{S1}" Id="{c.InviteeId}" ConfirmationNumber=""/>""")), Expectation.Items(NotRegistered));
        yield return new("CvInvitees_AfterUnknownSiblings_IsExecuted",
            c => Soap11(Envelope11(SessionRegBody("<Junk><More/></Junk>" + Invitees(c, Item(c.InviteeId))), SessionHeader(c.Token))), Expectation.Items(NotRegistered));
    }
}
