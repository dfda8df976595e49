"""zeep loading Cvent's own WSDL (a client generated against api.cvent.com), pointed at Breakout.
Usage: reference_wsdl.py ENDPOINT MANIFEST REFERENCE_WSDL"""
import sys

from zeep import Client

import scenario

endpoint, manifest_path, reference = sys.argv[1], sys.argv[2], sys.argv[3]
client = Client(reference, plugins=[scenario.HISTORY])
binding = "{http://api.cvent.com/2006-11}V200611Soap"
scenario.run(
    client.create_service(binding, endpoint),
    lambda server_url: client.create_service(binding, server_url),
    manifest_path,
)
