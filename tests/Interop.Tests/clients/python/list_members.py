"""zeep loading the WSDL Breakout serves and calling ManageDistributionListMembers: Add two items (the second a contact
already on the list), Add as Pending, then Remove. Usage: list_members.py ENDPOINT MANIFEST LIST_ID CONTACT1 CONTACT2.
Prints JSON: one list of results per call, each result {id, referenceId, success, code}."""
import json
import sys

from zeep import Client

endpoint, manifest_path, list_id, first, second = sys.argv[1:6]
with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

client = Client(endpoint + "?WSDL")
login = client.service.Login(AccountNumber=manifest["accountNumber"], UserName=manifest["userName"], Password=manifest["password"])
header = {"CventSessionHeader": {"CventSessionValue": login.CventSessionHeader}}


def manage(action, *items):
    reply = client.service.ManageDistributionListMembers(
        Action=action, DistListId=list_id, CvObjects={"CvObject": [{"Id": i, "MessageId": m} for i, m in items]}, _soapheaders=header)
    return [
        {"id": r.Id, "referenceId": r.ReferenceId, "success": r.Success, "code": r.Errors.Error[0].Code if r.Errors else None}
        for r in reply["body"]["ManageDistributionListMembersResult"]["ManageDistributionListResult"]
    ]


print(json.dumps([
    manage("Add", (first, "m1"), (first, "m2")),
    manage("Add as Pending", (second, "m3")),
    manage("Remove", (first, "m4"), (second, "m5")),
]))
