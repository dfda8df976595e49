'use strict';
// node-soap loading the WSDL Breakout serves and calling ManageDistributionListMembers: Add two items (the second a
// contact already on the list), Add as Pending, then Remove. Usage: node list_members.js ENDPOINT MANIFEST LIST_ID
// CONTACT1 CONTACT2. Prints JSON: one list of results per call, each result {id, referenceId, success, code}.
const fs = require('fs');
const soap = require('soap');

const list = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

async function main() {
  const [endpoint, manifestPath, listId, first, second] = process.argv.slice(2);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const client = await soap.createClientAsync(endpoint + '?WSDL');
  const [login] = await client.LoginAsync({ AccountNumber: manifest.accountNumber, UserName: manifest.userName, Password: manifest.password });
  client.addSoapHeader({ 'tns:CventSessionHeader': { 'tns:CventSessionValue': login.LoginResult.attributes.CventSessionHeader } });
  const manage = async (action, ...items) => {
    const [result] = await client.ManageDistributionListMembersAsync({
      Action: action,
      DistListId: listId,
      CvObjects: { CvObject: items.map(([id, messageId]) => ({ attributes: { Id: id, MessageId: messageId } })) },
    });
    return list(result.ManageDistributionListMembersResult.ManageDistributionListResult).map((r) => ({
      id: r.attributes.Id,
      referenceId: r.attributes.ReferenceId,
      success: r.attributes.Success === true || r.attributes.Success === 'true',
      code: r.Errors ? list(r.Errors.Error)[0].attributes.Code : null,
    }));
  };

  console.log(JSON.stringify([
    await manage('Add', [first, 'm1'], [first, 'm2']),
    await manage('Add as Pending', [second, 'm3']),
    await manage('Remove', [first, 'm4'], [second, 'm5']),
  ]));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
