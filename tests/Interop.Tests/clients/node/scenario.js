// node-soap (npm "soap") loading the WSDL Breakout serves, running the interop scenario: Login, then
// SessionRegAction Register (one item succeeds, one fails), ValidateInvitee of both, Retrieve of the invitee's
// Registration, Search for it, Unregister and ValidateInvitee again. Prints one JSON object.
// Usage: node scenario.js ENDPOINT MANIFEST soap11|soap12
'use strict';
const fs = require('fs');
const soap = require('soap');

// A well-formed ID that names no invitee: its item must fail with Errors while the other succeeds.
const MISSING_INVITEE = '00000000-0000-4000-8000-000000000000';
// A last name no demo invitee has (theirs are AttendeeNNNN): a search for it must return no ID.
const NO_SUCH_LAST_NAME = 'NoSuchLastName';

const list = (value) => (value == null ? [] : Array.isArray(value) ? value : [value]);
const bool = (value) => value === true || value === 'true';
// Strict: an attribute the server left out (or misspelt) becomes null, which fails the test instead of reading false.
const flag = (value) => (value === 'true' ? true : value === 'false' ? false : null);
const errors = (item) => list(item.Errors && item.Errors.Error).map((e) => ({ code: e.attributes.Code, description: e.attributes.Description }));

function items(result) {
  return list(result.SessionRegActionResult && result.SessionRegActionResult.SessionRegActionResult).map((item) => ({
    id: item.attributes.Id,
    referenceId: item.attributes.ReferenceId,
    success: bool(item.attributes.Success),
    errors: errors(item),
  }));
}

function validated(result) {
  return list(result.ValidateInviteeResult && result.ValidateInviteeResult.ValidateInviteeResult).map((item) => ({
    inviteeId: item.attributes.InviteeID ?? null,
    referenceId: item.attributes.ReferenceId ?? null,
    registered: flag(item.attributes.Registered),
    paidInFull: flag(item.attributes.PaidInFull),
    checkedIn: flag(item.attributes.CheckedIn),
    success: flag(item.attributes.Success),
    errors: errors(item),
  }));
}

// node-soap has no classes: it keeps xsi:type as attributes['xsi:type'] and reads the children by the type it names.
// OrderDetail (maxOccurs="unbounded" on Registration, unknown to the CvObject base type) is an array only when
// node-soap read the element as a Registration, so that is what tells the type it decoded.
function registration(result) {
  const object = list(result && result.RetrieveResult && result.RetrieveResult.CvObject)[0] || { attributes: {} };
  const attributes = object.attributes;
  return {
    type: Array.isArray(object.OrderDetail) ? attributes['xsi:type'] : 'CvObject',
    id: attributes.Id,
    inviteeId: attributes.InviteeId,
    eventId: attributes.EventId,
    lastName: attributes.LastName,
    orders: list(object.OrderDetail).map((order) => ({
      productId: order.attributes.ProductId,
      productType: order.attributes.ProductType,
      action: order.attributes.Action,
      actionDate: order.attributes.ActionDate ?? null,
      participant: bool(order.attributes.Participant),
    })),
  };
}

async function main() {
  const [endpoint, manifestPath, version] = process.argv.slice(2);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const event = manifest.events[0];
  const eventId = event.id;
  const productId = event.sessions.find((s) => s.code === 'MTA').id;
  const invitee = event.invitees.find((i) => i.status === 'Accepted').id;

  // node-soap posts a SOAP 1.1 envelope even on the Soap12 port unless told otherwise.
  const options = version === 'soap12' ? { forceSoap12Headers: true } : {};
  const client = await soap.createClientAsync(endpoint + '?WSDL', options);

  const [login] = await client.LoginAsync({ AccountNumber: manifest.accountNumber, UserName: manifest.userName, Password: manifest.password });
  const attributes = login.LoginResult.attributes;
  const out = {
    login: { success: bool(attributes.LoginSuccess), serverUrl: attributes.ServerURL, session: Boolean(attributes.CventSessionHeader), errorMessage: attributes.ErrorMessage ?? null },
    binding: version,
  };

  // As Cvent's clients do: after Login, post to the ServerURL it returned, with the session in the header.
  client.setEndpoint(attributes.ServerURL);
  // The tns prefix is declared on node-soap's Envelope because the WSDL root declares it.
  client.addSoapHeader({ 'tns:CventSessionHeader': { 'tns:CventSessionValue': attributes.CventSessionHeader } });

  const call = async (action, ids) => {
    const [result] = await client.SessionRegActionAsync({
      CvInvitees: {
        attributes: { SessionRegActionType: action, ProductId: productId },
        CvInvitee: ids.map((id, n) => ({ attributes: { Id: id, MessageId: `msg-${n + 1}` } })),
      },
    });
    return items(result);
  };
  // ValidateInvitee's CvInvitees is tns:ArrayOfCvInvitee, so its CvInvitee items are in tns (SessionRegAction's are s1);
  // node-soap takes the namespace from the WSDL.
  const validate = async (ids) => {
    const [result] = await client.ValidateInviteeAsync({
      ProductType: 'Session',
      ProductID: productId,
      CheckPaidInFull: false,
      CvInvitees: { CvInvitee: ids.map((id, n) => ({ attributes: { Id: id, MessageId: `val-${n + 1}` } })) },
    });
    return validated(result);
  };
  out.register = await call('Register', [invitee, MISSING_INVITEE]);
  out.validate = await validate([invitee, MISSING_INVITEE]);

  const [retrieved] = await client.RetrieveAsync({ ObjectType: 'Registration', Ids: { Id: [invitee] } });
  out.retrieve = registration(retrieved);

  // An AndSearch on the event and the last name; an empty SearchResult arrives as null.
  const search = async (objectType, operator, lastName) => {
    const [result] = await client.SearchAsync({
      ObjectType: objectType,
      CvSearchObject: {
        attributes: { SearchType: 'AndSearch' },
        Filter: [
          { Field: 'EventId', Operator: 'Equals', Value: eventId },
          { Field: 'LastName', Operator: operator, Value: lastName },
        ],
      },
    });
    return list(result && result.SearchResult && result.SearchResult.Id);
  };
  out.search = {
    invitees: await search('Invitee', 'Contains', out.retrieve.lastName),
    registrations: await search('Registration', 'Starts with', out.retrieve.lastName),
    noMatch: await search('Registration', 'Starts with', NO_SUCH_LAST_NAME),
  };
  out.unregister = await call('Unregister', [invitee]);
  out.validateAfter = await validate([invitee]);
  out.lastRequest = client.lastRequest;
  console.log(JSON.stringify(out));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  if (error && error.body) {
    console.error(error.body);
  }
  process.exit(1);
});
