"""zeep loading the WSDL Breakout serves, retrieving a Speaker, a Transaction and a Response of the demo tenant: zeep builds each
from its xsi:type (the served WSDL declares both types). Usage: declared_objects.py ENDPOINT MANIFEST. Prints JSON."""
import json
import sys

from zeep import Client

endpoint, manifest_path = sys.argv[1], sys.argv[2]
with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

client = Client(endpoint + "?WSDL")
login = client.service.Login(AccountNumber=manifest["accountNumber"], UserName=manifest["userName"], Password=manifest["password"])
header = {"CventSessionHeader": {"CventSessionValue": login.CventSessionHeader}}


def first(object_type):
    return next(o["id"] for o in manifest["objects"] if o["type"] == object_type)


def retrieve(object_type):
    reply = client.service.Retrieve(ObjectType=object_type, Ids={"Id": [first(object_type)]}, _soapheaders=header)
    return reply["body"]["RetrieveResult"]["CvObject"][0]


speaker = retrieve("Speaker")
transaction = retrieve("Transaction")
response = retrieve("Response")  # 17 part B: element-content SurveyDetail with nested Answer elements
print(json.dumps({
    "response": {
        "type": type(response).__name__,
        "id": response.Id,
        "status": getattr(response, "Status", None),
        "details": [
            {"code": d.QuestionCode, "type": d.QuestionType, "score": str(d.QuestionScore),
             "answers": [a.AnswerText for a in (d.Answer or [])], "comments": [a.AnswerComment for a in (d.Answer or [])]}
            for d in (getattr(response, "SurveyDetail", None) or [])
        ],
    },
    "speaker": {
        "type": type(speaker).__name__,
        "id": speaker.Id,
        "firstName": getattr(speaker, "FirstName", None),
        "eventId": getattr(speaker, "EventId", None),
        "displayOnWebsite": getattr(speaker, "DisplayOnWebsite", None),
        "sessions": [s.SessionId for s in (getattr(speaker, "AssignedSessions", None) or [])],
    },
    "transaction": {
        "type": type(transaction).__name__,
        "id": transaction.Id,
        "transactionType": getattr(transaction, "TransactionType", None),
        "amount": str(getattr(transaction, "Amount", None)),
        "paidInFull": getattr(transaction, "PaidInFull", None),
    },
}))
