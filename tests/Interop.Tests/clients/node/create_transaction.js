'use strict';
// node-soap loading the WSDL Breakout serves and calling CreateTransaction (#18): a payment of "0.10" for the demo's
// first Accepted invitee, then a Retrieve of the new Transaction. Usage: node create_transaction.js ENDPOINT MANIFEST.
// Prints JSON.
const fs = require('fs');
const soap = require('soap');

const list = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

async function main() {
  const [endpoint, manifestPath] = process.argv.slice(2);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const event = manifest.events[0];
  const invitee = event.invitees.find((i) => i.status === 'Accepted');
  const client = await soap.createClientAsync(endpoint + '?WSDL');
  const [login] = await client.LoginAsync({ AccountNumber: manifest.accountNumber, UserName: manifest.userName, Password: manifest.password });
  client.addSoapHeader({ 'tns:CventSessionHeader': { 'tns:CventSessionValue': login.LoginResult.attributes.CventSessionHeader } });

  const [reply] = await client.CreateTransactionAsync({
    Transactions: {
      Transaction: [{ attributes: { MessageId: 'node-1', InviteeId: invitee.id, TransactionType: 'Offline Charge', Amount: '0.10', PaymentType: 'Check' } }],
    },
    EventId: event.id,
  });
  const item = list(reply.CreateTransactionResult.CreateTransactionResult)[0].attributes;
  const [retrieved] = await client.RetrieveAsync({ ObjectType: 'Transaction', Ids: { Id: [item.Id] } });
  const created = list(retrieved.RetrieveResult.CvObject)[0].attributes;
  console.log(JSON.stringify({
    id: item.Id,
    referenceId: item.ReferenceId,
    success: item.Success === true || item.Success === 'true',
    inviteeId: invitee.id,
    retrieved: { type: created['xsi:type'], id: created.Id, amount: String(created.Amount), inviteeId: created.InviteeId },
  }));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
