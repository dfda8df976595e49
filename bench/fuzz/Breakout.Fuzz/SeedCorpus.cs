using System.Text;
using Breakout.Admin;

namespace Breakout.Fuzz;

/// <summary>
/// The committed seed corpus (bench/fuzz/corpus): a valid request of every operation in SOAP 1.1 and 1.2, with the
/// demo tenant's real IDs so mutations start deep in the operations, plus a few broken requests.
/// </summary>
internal static class SeedCorpus
{
    private const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";

    public static string Login(string account, string user, string password) => Envelope(Soap11, null,
        $"<Login xmlns=\"http://api.cvent.com/2006-11\"><AccountNumber>{account}</AccountNumber><UserName>{user}</UserName><Password>{password}</Password></Login>");

    public static async Task WriteAsync(string directory)
    {
        Directory.CreateDirectory(directory);
        var demo = DemoTenant.Manifest(DemoTenant.Build(), "http://127.0.0.1/soap/V200611.asmx").Events[0];
        var invitees = demo.Invitees.Where(i => i.Status == "Accepted").Take(3).ToList();
        var session = demo.Sessions.Single(s => s.Code == "NET").Id;
        var workshop = demo.Sessions.Single(s => s.Code == "WKS").Id;
        const string Text11 = "#text/xml; charset=utf-8\n";
        const string Text12 = "#application/soap+xml; charset=utf-8\n";
        string Items(string element) => string.Concat(invitees.Select((i, n) => $"<{element} Id=\"{i.Id}\" MessageId=\"m{n}\" xmlns=\"http://schemas.cvent.com/api/2006-11\"/>"));
        string SessionReg(string action, string product) =>
            $"<SessionRegAction xmlns=\"http://api.cvent.com/2006-11\"><CvInvitees SessionRegActionType=\"{action}\" ProductId=\"{product}\">" +
            Items("CvInvitee") + $"<CvInvitee ConfirmationNumber=\"{invitees[0].ConfirmationNumber}\" xmlns=\"http://schemas.cvent.com/api/2006-11\"/></CvInvitees></SessionRegAction>";
        var objects = "<CvObjects>" + Items("CvObject") + "</CvObjects>";
        var validate = "<ValidateInvitee xmlns=\"http://api.cvent.com/2006-11\"><ProductType>Session</ProductType>" +
            $"<ProductID>{session}</ProductID><CheckPaidInFull>true</CheckPaidInFull><CvInvitees>{Items("CvInvitee")}</CvInvitees></ValidateInvitee>";
        var sessionAttributes = "ProductName=\"Evening Panel\" ProductCode=\"EVP\" ProductType=\"Session\" StartTime=\"2027-06-14T18:00:00\" " +
            "EndTime=\"2027-06-14T19:00:00\" Status=\"OpenForRegistration\" Capacity=\"40\" EnableWaitlist=\"true\"";

        var seeds = new Dictionary<string, string>
        {
            ["login-11.xml"] = Text11 + Login(DemoTenant.AccountNumber, DemoTenant.UserName, DemoTenant.Password),
            ["login-12.xml"] = Text12 + Envelope(Soap12, null,
                $"<Login xmlns=\"http://api.cvent.com/2006-11\"><AccountNumber>{DemoTenant.AccountNumber}</AccountNumber><UserName>{DemoTenant.UserName}</UserName><Password>wrong</Password></Login>"),
            ["sessionreg-register-11.xml"] = Text11 + Envelope(Soap11, "http://api.cvent.com/2006-11", SessionReg("Register", session)),
            ["sessionreg-unregister-12.xml"] = "#application/soap+xml; charset=utf-8; action=\"http://api.cvent.com/2006-11/SessionRegAction\"\n" +
                Envelope(Soap12, "http://api.cvent.com/2006-11", SessionReg("Unregister", workshop)),
            ["sessionreg-s1-header-12.xml"] = Envelope(Soap12, "http://schemas.cvent.com/api/2006-11", SessionReg("Register", workshop)),
            ["validateinvitee-11.xml"] = Text11 + Envelope(Soap11, "http://api.cvent.com/2006-11", validate),
            ["checkin-session-11.xml"] = Text11 + Envelope(Soap11, "http://api.cvent.com/2006-11",
                $"<CheckIn xmlns=\"http://api.cvent.com/2006-11\">{objects}<AttendeeType>Session</AttendeeType><ProductId>{session}</ProductId><UndoCheckIn>false</UndoCheckIn><SendPlannerAlert>false</SendPlannerAlert></CheckIn>"),
            ["checkin-event-12.xml"] = Envelope(Soap12, "http://api.cvent.com/2006-11",
                $"<CheckIn xmlns=\"http://api.cvent.com/2006-11\">{objects}<AttendeeType>Event</AttendeeType><UndoCheckIn>true</UndoCheckIn><SendPlannerAlert>false</SendPlannerAlert></CheckIn>"),
            ["simpleeventregistration-11.xml"] = Text11 + Envelope(Soap11, "http://api.cvent.com/2006-11",
                $"<SimpleEventRegistration xmlns=\"http://api.cvent.com/2006-11\">{objects}<RegAction>Register</RegAction><EventId>{demo.Id}</EventId></SimpleEventRegistration>"),
            ["createsession-11.xml"] = Text11 + Envelope(Soap11, "http://api.cvent.com/2006-11",
                $"<CreateSession xmlns=\"http://api.cvent.com/2006-11\"><EventId>{demo.Id}</EventId><sessions><Session xmlns=\"http://schemas.cvent.com/api/2006-11\" MessageId=\"s1\" {sessionAttributes}>" +
                "<CustomFieldDetail FieldName=\"SessionGroup\" FieldValue=\"Evening\"/></Session></sessions></CreateSession>"),
            ["updatesession-11.xml"] = Text11 + Envelope(Soap11, "http://api.cvent.com/2006-11",
                $"<UpdateSession xmlns=\"http://api.cvent.com/2006-11\"><sessions><Session xmlns=\"http://schemas.cvent.com/api/2006-11\" Id=\"{workshop}\" Capacity=\"7\" EnableWaitlist=\"false\"/></sessions></UpdateSession>"),
            ["broken-truncated.xml"] = Text11 + Envelope(Soap11, "http://api.cvent.com/2006-11", SessionReg("Register", session))[..300],
            ["broken-doctype.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>" +
                Envelope(Soap11, null, "<Login xmlns=\"http://api.cvent.com/2006-11\"><AccountNumber>&b;</AccountNumber></Login>"),
            ["broken-bad-enum-and-guids.xml"] = Text11 + Envelope(Soap11, "http://api.cvent.com/2006-11",
                "<SessionRegAction xmlns=\"http://api.cvent.com/2006-11\"><CvInvitees SessionRegActionType=\"Delete\" ProductId=\"not-a-guid\">" +
                "<CvInvitee Id=\"\" xmlns=\"http://schemas.cvent.com/api/2006-11\" xsi:nil=\"true\"/></CvInvitees></SessionRegAction>"),
            ["broken-version-mismatch.xml"] = Text12 + Login("A", "B", "C"),
            ["broken-two-bodies.xml"] = $"<soap:Envelope xmlns:soap=\"{Soap11}\"><soap:Body/><soap:Body/></soap:Envelope>",
            ["broken-not-xml.txt"] = "{\"Login\":{\"AccountNumber\":\"x\"}}",
        };
        foreach (var (name, text) in seeds)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    /// <summary>An envelope with a session header in <paramref name="headerNamespace"/> (none when null) whose value is the token placeholder.</summary>
    private static string Envelope(string soapNamespace, string? headerNamespace, string body)
    {
        var header = headerNamespace is null ? "" :
            $"<soap:Header><CventSessionHeader xmlns=\"{headerNamespace}\"><CventSessionValue>$TOKEN</CventSessionValue></CventSessionHeader></soap:Header>";
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
            $"<soap:Envelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:soap=\"{soapNamespace}\">" +
            $"{header}<soap:Body>{body}</soap:Body></soap:Envelope>";
    }
}
