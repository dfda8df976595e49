'use strict';
// node-soap loading the WSDL Breakout serves and calling CopyEvent (#18) on the demo conference: one copy with a new
// title and start date. Usage: node copy_event.js ENDPOINT MANIFEST. Prints JSON with the copy's result item.
const fs = require('fs');
const soap = require('soap');

const list = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

async function main() {
  const [endpoint, manifestPath] = process.argv.slice(2);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const client = await soap.createClientAsync(endpoint + '?WSDL');
  const [login] = await client.LoginAsync({ AccountNumber: manifest.accountNumber, UserName: manifest.userName, Password: manifest.password });
  client.addSoapHeader({ 'tns:CventSessionHeader': { 'tns:CventSessionValue': login.LoginResult.attributes.CventSessionHeader } });
  const [result] = await client.CopyEventAsync({
    EventId: manifest.events[0].id,
    EventParameters: { EventParameters: [{ attributes: { MessageId: 'node-copy', Title: 'Copied by node-soap', StartDate: '2028-06-14T09:00:00' } }] },
  });
  const item = list(result.CopyEventResult.CopyEventResult)[0];
  console.log(JSON.stringify({
    id: item.attributes.Id,
    referenceId: item.attributes.ReferenceId,
    success: item.attributes.Success === true || item.attributes.Success === 'true',
    title: 'Copied by node-soap',
  }));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
