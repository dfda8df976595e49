"""suds (Debian python3-suds) loading the WSDL Breakout serves, running the sync scenario: Login, SessionRegAction
Register (one item succeeds, one fails), Retrieve of both events and of the invitee's Registration, Search for it,
GetUpdated of Registrations in the given window. Prints one JSON object for Interop.Tests to assert on.
suds speaks SOAP 1.1 only; it takes the WSDL's first port.
Usage: scenario.py ENDPOINT MANIFEST START END"""
import datetime
import json
import sys

from suds.cache import NoCache
from suds.client import Client

TNS = "http://api.cvent.com/2006-11"
S1 = "http://schemas.cvent.com/api/2006-11"
# A well-formed ID that names no invitee: its item must fail with Errors while the other succeeds.
MISSING_INVITEE = "00000000-0000-4000-8000-000000000000"
# A last name no demo invitee has (theirs are AttendeeNNNN): a search for it must return no ID.
NO_SUCH_LAST_NAME = "NoSuchLastName"


def as_list(value):
    """suds gives a repeated element as a list, but a missing one as None or absent and an empty one as ''."""
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list) else [value]


def field(obj, name):
    """suds prefixes attribute names with '_' on the objects it builds; a field the server left out is absent."""
    return getattr(obj, name, None)


def iso(value):
    return value.isoformat() if isinstance(value, (datetime.datetime, datetime.date)) else value


def main(endpoint, manifest_path, start, end):
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    event = manifest["events"][0]
    product_id = next(s for s in event["sessions"] if s["code"] == "MTA")["id"]
    invitee = next(i for i in event["invitees"] if i["status"] == "Accepted")["id"]

    client = Client(endpoint + "?WSDL", cache=NoCache())
    login = client.service.Login(AccountNumber=manifest["accountNumber"], UserName=manifest["userName"], Password=manifest["password"])
    token = field(login, "_CventSessionHeader")
    out = {"login": {
        "success": field(login, "_LoginSuccess") is True,
        "serverUrl": field(login, "_ServerURL"),
        "session": bool(token),
        "errorMessage": field(login, "_ErrorMessage"),
    }}

    # As Cvent's clients do: post to the ServerURL Login returned, with the session in the (tns) header.
    header = client.factory.create("{%s}CventSessionHeader" % TNS)
    header.CventSessionValue = token
    client.set_options(soapheaders=header, location=field(login, "_ServerURL"))

    invitees = client.factory.create("{%s}SessionRegInvitee" % S1)
    invitees._SessionRegActionType = "Register"
    invitees._ProductId = product_id
    for n, id in enumerate([invitee, MISSING_INVITEE], 1):
        item = client.factory.create("{%s}CvInvitee" % S1)
        item._Id = id
        item._MessageId = "msg-%d" % n
        invitees.CvInvitee.append(item)
    reply = client.service.SessionRegAction(CvInvitees=invitees)
    out["register"] = [{
        "id": field(item, "_Id"),
        "referenceId": field(item, "_ReferenceId"),
        "success": field(item, "_Success") is True,
        "errors": [{"code": field(e, "_Code"), "description": field(e, "_Description")}
                   for e in as_list(field(field(item, "Errors"), "Error"))],
    } for item in as_list(field(reply, "SessionRegActionResult"))]

    def retrieve(object_type, ids):
        """suds builds each CvObject as the type its xsi:type names; the class name says which."""
        array = client.factory.create("{%s}IdArray" % S1)
        array.Id = ids
        return as_list(field(client.service.Retrieve(ObjectType=object_type, Ids=array), "CvObject"))

    out["events"] = [{
        "type": type(e).__name__,
        "id": field(e, "_Id"),
        "title": field(e, "_EventTitle"),
        "code": field(e, "_EventCode"),
        "status": field(e, "_EventStatus"),
        "startDate": iso(field(e, "_EventStartDate")),
        "sessions": [field(p, "_ProductId") for p in as_list(field(e, "ProductDetail"))],
    } for e in retrieve("Event", [e["id"] for e in manifest["events"]])]

    registration = retrieve("Registration", [invitee])[0]
    out["retrieve"] = {
        "type": type(registration).__name__,
        "id": field(registration, "_Id"),
        "inviteeId": field(registration, "_InviteeId"),
        "eventId": field(registration, "_EventId"),
        "lastName": field(registration, "_LastName"),
        "orders": [{
            "productId": field(o, "_ProductId"),
            "productType": field(o, "_ProductType"),
            "action": field(o, "_Action"),
            "actionDate": iso(field(o, "_ActionDate")),
            "participant": field(o, "_Participant") is True,
        } for o in as_list(field(registration, "OrderDetail"))],
    }

    def search(object_type, operator, last_name):
        """An AndSearch on the event and the last name."""
        criteria = client.factory.create("{%s}CvSearch" % S1)
        criteria._SearchType = "AndSearch"
        for name, op, value in [("EventId", "Equals", event["id"]), ("LastName", operator, last_name)]:
            f = client.factory.create("{%s}Filter" % S1)
            f.Field, f.Operator, f.Value = name, op, value
            criteria.Filter.append(f)
        return [str(i) for i in as_list(field(client.service.Search(ObjectType=object_type, CvSearchObject=criteria), "Id"))]

    last_name = out["retrieve"]["lastName"]
    out["search"] = {
        "invitees": search("Invitee", "Contains", last_name),
        "registrations": search("Registration", "Starts with", last_name),
        "noMatch": search("Registration", "Starts with", NO_SUCH_LAST_NAME),
    }

    # suds writes a datetime without an offset as Cvent's GMT times are given.
    updated = client.service.GetUpdated(
        ObjectType="Registration", StartDate=datetime.datetime.fromisoformat(start), EndDate=datetime.datetime.fromisoformat(end))
    out["updated"] = [str(i) for i in as_list(field(updated, "Id"))]
    out["lastRequest"] = str(client.last_sent())
    print(json.dumps(out))


if __name__ == "__main__":
    main(*sys.argv[1:5])
