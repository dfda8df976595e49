// Apache Axis 1.4 (Debian libaxis-java) driving the proxy "WSDL2Java --wrapArrays" generated from a V200611 WSDL, as
// a Java integration written for Cvent does: Login, re-point the stub at ServerURL, then SessionRegAction, Retrieve,
// Search and GetUpdated with CventSessionHeader, and AddAdvancedLogic, which Breakout declares but does not implement. Prints one "key=value" line per fact for Interop.Tests to assert on.
// --wrapArrays keeps types such as OrderDetail (detail items plus attributes) as beans; without it Axis reduces them
// to arrays of their items, drops their attributes and fails to decode a Registration or an Event with details.
// Usage: AxisScenario ENDPOINT ACCOUNT USER PASSWORD EVENT_ID SESSION_ID INVITEE_ID MISSING_INVITEE_ID

import com.cvent.api._2006_11.ArrayOfAdvancedLogic;
import com.cvent.api._2006_11.V200611Locator;
import com.cvent.api._2006_11.V200611Soap;
import com.cvent.schemas.api._2006_11.AdvancedLogic;
import com.cvent.schemas.api._2006_11.CvInvitee;
import com.cvent.schemas.api._2006_11.CvObject;
import com.cvent.schemas.api._2006_11.CvObjectType;
import com.cvent.schemas.api._2006_11.CvSearch;
import com.cvent.schemas.api._2006_11.CvSearchOperatorType;
import com.cvent.schemas.api._2006_11.CvSearchType;
import com.cvent.schemas.api._2006_11.Error;
import com.cvent.schemas.api._2006_11.Event;
import com.cvent.schemas.api._2006_11.Filter;
import com.cvent.schemas.api._2006_11.IdArray;
import com.cvent.schemas.api._2006_11.LoginResult;
import com.cvent.schemas.api._2006_11.OrderDetail;
import com.cvent.schemas.api._2006_11.Registration;
import com.cvent.schemas.api._2006_11.SessionRegActionResult;
import com.cvent.schemas.api._2006_11.SessionRegActionType;
import com.cvent.schemas.api._2006_11.SessionRegInvitee;
import java.net.URL;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.axis.AxisFault;
import org.apache.axis.client.Stub;
import org.apache.axis.message.MessageElement;
import org.apache.axis.message.SOAPHeaderElement;

public final class AxisScenario {
    private static final String TNS = "http://api.cvent.com/2006-11";

    public static void main(String[] args) throws Exception {
        String endpoint = args[0], account = args[1], user = args[2], password = args[3];
        String eventId = args[4], sessionId = args[5], invitee = args[6], missing = args[7];
        V200611Locator locator = new V200611Locator();

        LoginResult login = locator.getV200611Soap(new URL(endpoint)).login(account, user, password);
        print("login.success", login.isLoginSuccess());
        print("login.serverUrl", login.getServerURL());
        print("login.errorMessage", login.getErrorMessage());

        // Cvent's clients post every later call to ServerURL, with the session in an implicit header (WSDL2Java
        // leaves headers bound from another message out of the method signatures).
        V200611Soap port = locator.getV200611Soap(new URL(login.getServerURL()));
        SOAPHeaderElement header = new SOAPHeaderElement(TNS, "CventSessionHeader");
        MessageElement value = new MessageElement(TNS, "CventSessionValue");
        value.setValue(login.getCventSessionHeader());
        header.addChild(value);
        ((Stub) port).setHeader(header);

        SessionRegInvitee request = new SessionRegInvitee();
        request.setSessionRegActionType(SessionRegActionType.fromString("Register"));
        request.setProductId(sessionId);
        request.setCvInvitee(new CvInvitee[] {invitee(invitee, "msg-1"), invitee(missing, "msg-2")});
        for (SessionRegActionResult result : port.sessionRegAction(request).getSessionRegActionResult()) {
            StringBuilder errors = new StringBuilder();
            for (Error error : result.getErrors() == null ? new Error[0] : result.getErrors().getError()) {
                errors.append(error.getCode()).append(':').append(error.getDescription()).append(';');
            }
            print("register", result.getId() + "|" + result.getReferenceId() + "|" + result.isSuccess() + "|" + errors);
        }

        for (CvObject found : port.retrieve(CvObjectType.fromString("Registration"), new IdArray(new String[] {invitee})).getCvObject()) {
            print("registration.class", found.getClass().getSimpleName());
            Registration registration = (Registration) found;
            print("registration.id", registration.getId());
            print("registration.inviteeId", registration.getInviteeId());
            print("registration.eventId", registration.getEventId());
            print("registration.eventTitle", registration.getEventTitle());
            for (OrderDetail order : registration.getOrderDetail() == null ? new OrderDetail[0] : registration.getOrderDetail()) {
                print("registration.order", order.getProductId() + "|" + order.getProductType() + "|" + order.getAction());
            }
        }

        for (CvObject found : port.retrieve(CvObjectType.fromString("Event"), new IdArray(new String[] {eventId})).getCvObject()) {
            print("event.class", found.getClass().getSimpleName());
            print("event.title", ((Event) found).getEventTitle());
        }

        Filter byEvent = new Filter();
        byEvent.setField("EventId");
        byEvent.setOperator(CvSearchOperatorType.fromString("Equals"));
        byEvent.setValue(eventId);
        CvSearch search = new CvSearch();
        search.setSearchType(CvSearchType.fromString("AndSearch"));
        search.setFilter(new Filter[] {byEvent});
        String[] ids = port.search(CvObjectType.fromString("Registration"), search).getId();
        for (String id : ids == null ? new String[0] : ids) {
            print("search", id);
        }

        Calendar start = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        start.add(Calendar.HOUR, -1);
        Calendar end = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        end.add(Calendar.HOUR, 1);
        String[] updated = port.getUpdated(CvObjectType.fromString("Registration"), start, end).getId();
        for (String id : updated == null ? new String[0] : updated) {
            print("updated", id);
        }

        try {
            port.addAdvancedLogic(new ArrayOfAdvancedLogic(new AdvancedLogic[] {new AdvancedLogic()}));
            print("addAdvancedLogic", "answered");
        } catch (AxisFault fault) {
            print("addAdvancedLogic", fault.getFaultCode().getLocalPart() + "|" + fault.getFaultString());
        }
    }

    private static CvInvitee invitee(String id, String messageId) {
        CvInvitee item = new CvInvitee();
        item.setId(id);
        item.setMessageId(messageId);
        return item;
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
    }
}
