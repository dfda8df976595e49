// A hand-built client as gatsby_cvent writes one: SOAP 1.2 envelopes posted as text/xml;charset=UTF-8 with no
// SOAPAction to …/V200611.ASMX?op=<Operation>, answers read with xml-js (compact) by their literal prefixed keys
// (soap:Envelope, soap:Body, xsi:type), array items joined with commas (<Id>A</Id>,<Id>B</Id>, </Filter>,<Filter>).
// Runs the sync scenario: Login, SessionRegAction Register (one item succeeds, one fails), Retrieve of both events
// and of the invitee's Registration, Search for it, GetUpdated of Registrations in the given window.
// Prints one JSON object. Usage: node raw.js ENDPOINT MANIFEST START END
'use strict';
const fs = require('fs');
const convert = require('xml-js');

// A well-formed ID that names no invitee: its item must fail with Errors while the other succeeds.
const MISSING_INVITEE = '00000000-0000-4000-8000-000000000000';
// A last name no demo invitee has (theirs are AttendeeNNNN): a search for it must return no ID.
const NO_SUCH_LAST_NAME = 'NoSuchLastName';

const list = (value) => (value == null ? [] : Array.isArray(value) ? value : [value]);
const text = (element) => (element && element._text != null ? String(element._text) : null);

let lastRequest = null;

function envelope(session, body) {
  const header = session == null ? '' :
    `<soap:Header><ns:CventSessionHeader><ns:CventSessionValue>${session}</ns:CventSessionValue></ns:CventSessionHeader></soap:Header>`;
  return '<?xml version="1.0" encoding="utf-8"?>' +
    '<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" ' +
    'xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:ns="http://api.cvent.com/2006-11" xmlns:s1="http://schemas.cvent.com/api/2006-11">' +
    `${header}<soap:Body>${body}</soap:Body></soap:Envelope>`;
}

// Posts one operation and returns the element under soap:Body (e.g. LoginResponse), read by its literal keys.
async function call(url, operation, session, body) {
  lastRequest = envelope(session, body);
  const response = await fetch(`${url}?op=${operation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml;charset=UTF-8' },
    body: lastRequest,
  });
  const answer = await response.text();
  if (!response.ok) {
    throw new Error(`${operation} answered HTTP ${response.status}: ${answer}`);
  }
  const json = convert.xml2js(answer, { compact: true });
  const soapBody = json['soap:Envelope'] && json['soap:Envelope']['soap:Body'];
  if (!soapBody) {
    throw new Error(`${operation}: no soap:Envelope/soap:Body in the answer: ${answer}`);
  }
  return soapBody[`${operation}Response`];
}

async function main() {
  const [endpoint, manifestPath, start, end] = process.argv.slice(2);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const event = manifest.events[0];
  const productId = event.sessions.find((s) => s.code === 'MTA').id;
  const invitee = event.invitees.find((i) => i.status === 'Accepted').id;

  // gatsby_cvent spells the path as Cvent publishes it.
  const login = (await call(endpoint.replace(/\.asmx$/i, '.ASMX'), 'Login', null,
    `<ns:Login><ns:AccountNumber>${manifest.accountNumber}</ns:AccountNumber><ns:UserName>${manifest.userName}</ns:UserName>` +
    `<ns:Password>${manifest.password}</ns:Password></ns:Login>`)).LoginResult._attributes;
  const out = {
    login: { success: login.LoginSuccess === 'true', serverUrl: login.ServerURL, session: Boolean(login.CventSessionHeader), errorMessage: login.ErrorMessage ?? null },
  };
  const url = login.ServerURL;
  const session = login.CventSessionHeader;

  const registered = await call(url, 'SessionRegAction', session,
    `<ns:SessionRegAction><ns:CvInvitees SessionRegActionType="Register" ProductId="${productId}">` +
    `<s1:CvInvitee Id="${invitee}" MessageId="msg-1"/><s1:CvInvitee Id="${MISSING_INVITEE}" MessageId="msg-2"/>` +
    '</ns:CvInvitees></ns:SessionRegAction>');
  out.register = list(registered.SessionRegActionResult.SessionRegActionResult).map((item) => ({
    id: item._attributes.Id,
    referenceId: item._attributes.ReferenceId,
    success: item._attributes.Success === 'true',
    errors: list(item.Errors && item.Errors.Error).map((e) => ({ code: e._attributes.Code, description: e._attributes.Description })),
  }));

  // As gatsby_cvent builds Ids: ids.map(...).join(','), so the Ids element holds commas between its Id children.
  const retrieve = async (type, ids) => list((await call(url, 'Retrieve', session,
    `<ns:Retrieve><ns:ObjectType>${type}</ns:ObjectType><s1:Ids>${ids.map((id) => `<s1:Id>${id}</s1:Id>`).join(',')}</s1:Ids></ns:Retrieve>`))
    .RetrieveResult.CvObject);

  out.events = (await retrieve('Event', manifest.events.map((e) => e.id))).map((e) => ({
    type: e._attributes['xsi:type'] ?? null,
    id: e._attributes.Id,
    title: e._attributes.EventTitle ?? null,
    code: e._attributes.EventCode ?? null,
    status: e._attributes.EventStatus ?? null,
    startDate: e._attributes.EventStartDate ?? null,
    sessions: list(e.ProductDetail).map((p) => p._attributes.ProductId),
  }));

  const registration = (await retrieve('Registration', [invitee]))[0];
  out.retrieve = {
    type: registration._attributes['xsi:type'] ?? null,
    id: registration._attributes.Id,
    inviteeId: registration._attributes.InviteeId ?? null,
    eventId: registration._attributes.EventId ?? null,
    lastName: registration._attributes.LastName ?? null,
    orders: list(registration.OrderDetail).map((o) => ({
      productId: o._attributes.ProductId,
      productType: o._attributes.ProductType,
      action: o._attributes.Action,
      actionDate: o._attributes.ActionDate ?? null,
      participant: o._attributes.Participant === 'true',
    })),
  };

  // An AndSearch on the event and the last name, its filters joined with a comma as a raw Search body does.
  const search = async (type, operator, lastName) => {
    const filters = [['EventId', 'Equals', event.id], ['LastName', operator, lastName]]
      .map(([field, op, value]) => `<s1:Filter><s1:Field>${field}</s1:Field><s1:Operator>${op}</s1:Operator><s1:Value>${value}</s1:Value></s1:Filter>`);
    const result = (await call(url, 'Search', session,
      `<ns:Search><ns:ObjectType>${type}</ns:ObjectType><s1:CvSearchObject SearchType="AndSearch">${filters.join(',')}</s1:CvSearchObject></ns:Search>`)).SearchResult;
    return list(result && result.Id).map(text);
  };
  out.search = {
    invitees: await search('Invitee', 'Contains', out.retrieve.lastName),
    registrations: await search('Registration', 'Starts with', out.retrieve.lastName),
    noMatch: await search('Registration', 'Starts with', NO_SUCH_LAST_NAME),
  };

  const updated = await call(url, 'GetUpdated', session,
    `<ns:GetUpdated><ns:ObjectType>Registration</ns:ObjectType><ns:StartDate>${start}</ns:StartDate><ns:EndDate>${end}</ns:EndDate></ns:GetUpdated>`);
  out.updated = list(updated.GetUpdatedResult && updated.GetUpdatedResult.Id).map(text);
  out.lastRequest = lastRequest;
  console.log(JSON.stringify(out));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
