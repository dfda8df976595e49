"""zeep loading the WSDL Breakout serves and calling CreateTransaction (#18): a payment of 0.10 as a Decimal for the
demo's first Accepted invitee, then a Retrieve of the new Transaction. Usage: create_transaction.py ENDPOINT MANIFEST.
Prints JSON."""
import json
import sys
from decimal import Decimal

from zeep import Client

endpoint, manifest_path = sys.argv[1], sys.argv[2]
with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)
event = manifest["events"][0]
invitee = next(i for i in event["invitees"] if i["status"] == "Accepted")

client = Client(endpoint + "?WSDL")
login = client.service.Login(AccountNumber=manifest["accountNumber"], UserName=manifest["userName"], Password=manifest["password"])
header = {"CventSessionHeader": {"CventSessionValue": login.CventSessionHeader}}

reply = client.service.CreateTransaction(
    Transactions={"Transaction": [{"MessageId": "zeep-1", "InviteeId": invitee["id"], "TransactionType": "Offline Charge",
                                   "Amount": Decimal("0.10"), "PaymentType": "Check"}]},
    EventId=event["id"], _soapheaders=header)
item = reply["body"]["CreateTransactionResult"]["CreateTransactionResult"][0]
created = client.service.Retrieve(ObjectType="Transaction", Ids={"Id": [item["Id"]]}, _soapheaders=header)["body"]["RetrieveResult"]["CvObject"][0]
print(json.dumps({
    "id": item["Id"],
    "referenceId": item["ReferenceId"],
    "success": bool(item["Success"]),
    "inviteeId": invitee["id"],
    "retrieved": {"type": type(created).__name__, "id": created.Id, "amount": str(created.Amount), "inviteeId": created.InviteeId},
}))
