"""zeep loading the WSDL Breakout serves. Usage: served_wsdl.py ENDPOINT MANIFEST soap11|soap12"""
import sys

from zeep import Client

import scenario

endpoint, manifest_path, version = sys.argv[1], sys.argv[2], sys.argv[3]
client = Client(endpoint + "?WSDL", plugins=[scenario.HISTORY])
service = client.service if version == "soap11" else client.bind("V200611", "V200611Soap12")
# The served WSDL already advertises this server, so the same proxy serves after Login.
scenario.run(service, lambda server_url: service, manifest_path)
