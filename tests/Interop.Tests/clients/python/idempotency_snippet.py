"""Runs docs/idempotency.md's zeep snippet (SNIPPET: taken from the page by the test, pointed at ENDPOINT) with
`args` registering INVITEE for PRODUCT, then sends the call again with the same key, as the snippet's retry does.
Usage: idempotency_snippet.py ENDPOINT MANIFEST SNIPPET PRODUCT INVITEE. Prints JSON: the key and each call's Success."""
import json
import sys

from zeep import Client

endpoint, manifest_path, snippet_path, product_id, invitee = sys.argv[1:6]
with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

login = Client(endpoint + "?WSDL").service.Login(AccountNumber=manifest["accountNumber"], UserName=manifest["userName"], Password=manifest["password"])
args = {
    "CvInvitees": {"SessionRegActionType": "Register", "ProductId": product_id, "CvInvitee": [{"Id": invitee, "MessageId": "zeep-1"}]},
    "_soapheaders": {"CventSessionHeader": {"CventSessionValue": login.CventSessionHeader}},
}

with open(snippet_path, encoding="utf-8") as f:
    exec(compile(f.read(), "docs/idempotency.md (zeep)", "exec"))  # defines session, client and results


def success(reply):
    return bool(reply["body"]["SessionRegActionResult"]["SessionRegActionResult"][0]["Success"])


first = results
results = client.service.SessionRegAction(**args)  # the retry: same key, same body
print(json.dumps({"key": session.headers["Idempotency-Key"], "first": success(first), "retry": success(results)}))
