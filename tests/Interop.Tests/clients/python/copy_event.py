"""zeep loading the WSDL Breakout serves and calling CopyEvent (#18) on the demo conference: one copy with a new title
and start date. Usage: copy_event.py ENDPOINT MANIFEST. Prints JSON with the copy's result item."""
import datetime
import json
import sys

from zeep import Client

endpoint, manifest_path = sys.argv[1], sys.argv[2]
with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

client = Client(endpoint + "?WSDL")
login = client.service.Login(AccountNumber=manifest["accountNumber"], UserName=manifest["userName"], Password=manifest["password"])
header = {"CventSessionHeader": {"CventSessionValue": login.CventSessionHeader}}
parameters = {"EventParameters": [{"MessageId": "zeep-copy", "Title": "Copied by zeep", "StartDate": datetime.datetime(2028, 6, 14, 9, 0, 0)}]}
reply = client.service.CopyEvent(EventId=manifest["events"][0]["id"], EventParameters=parameters, _soapheaders=header)
item = reply["body"]["CopyEventResult"]["CopyEventResult"][0]
print(json.dumps({"id": item.Id, "referenceId": item.ReferenceId, "success": item.Success, "title": "Copied by zeep"}))
