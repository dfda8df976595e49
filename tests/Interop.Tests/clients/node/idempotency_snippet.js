'use strict';
// Runs docs/idempotency.md's node-soap snippet (SNIPPET: taken from the page by the test) with a logged-in client and
// args registering INVITEE for PRODUCT, then sends the call again with the same args and key, as the snippet's retry
// does. Usage: node idempotency_snippet.js ENDPOINT MANIFEST SNIPPET PRODUCT INVITEE. Prints JSON: the key and each
// call's Success.
const crypto = require('crypto');
const fs = require('fs');
const soap = require('soap');

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
const success = (result) => {
  const items = result.SessionRegActionResult.SessionRegActionResult;
  const item = Array.isArray(items) ? items[0] : items;
  return item.attributes.Success === true || item.attributes.Success === 'true';
};

async function main() {
  const [endpoint, manifestPath, snippetPath, productId, invitee] = process.argv.slice(2);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const client = await soap.createClientAsync(endpoint + '?WSDL');
  const [login] = await client.LoginAsync({ AccountNumber: manifest.accountNumber, UserName: manifest.userName, Password: manifest.password });
  client.addSoapHeader({ 'tns:CventSessionHeader': { 'tns:CventSessionValue': login.LoginResult.attributes.CventSessionHeader } });
  const args = {
    CvInvitees: {
      attributes: { SessionRegActionType: 'Register', ProductId: productId },
      CvInvitee: [{ attributes: { Id: invitee, MessageId: 'node-1' } }],
    },
  };

  const snippet = new AsyncFunction('client', 'args', 'crypto', fs.readFileSync(snippetPath, 'utf8') + '\nreturn { key, result };');
  const { key, result } = await snippet(client, args, crypto);
  const [retry] = await client.SessionRegActionAsync(args, {}, { 'Idempotency-Key': key }); // the retry: the same args, the same key
  console.log(JSON.stringify({ key, first: success(result), retry: success(retry) }));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
