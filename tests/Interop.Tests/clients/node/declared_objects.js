'use strict';
// node-soap loading the WSDL Breakout serves, retrieving a Speaker, a Transaction and a Response of the demo tenant.
// node-soap has no classes: it keeps xsi:type in attributes['xsi:type'] and reads children by the type it names, so
// AssignedSessions is an array only when it read the element as a Speaker, and a SurveyDetail's QuestionType is a number
// only when it read the element as a ResponseSurveyDetail (which extends SurveyDetail). Decimals are kept as the text
// on the wire (node-soap's customDeserializer), as a client that cares about "4.00" does; a nil Answer part is left out
// (node-soap's default, handleNilAsNull off). Usage: node declared_objects.js ENDPOINT MANIFEST. Prints JSON.
const fs = require('fs');
const soap = require('soap');

const list = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

async function main() {
  const [endpoint, manifestPath] = process.argv.slice(2);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const first = (type) => manifest.objects.find((o) => o.type === type).id;
  const client = await soap.createClientAsync(endpoint + '?WSDL', { customDeserializer: { decimal: (text) => text } });
  const [login] = await client.LoginAsync({ AccountNumber: manifest.accountNumber, UserName: manifest.userName, Password: manifest.password });
  client.addSoapHeader({ 'tns:CventSessionHeader': { 'tns:CventSessionValue': login.LoginResult.attributes.CventSessionHeader } });
  const retrieve = async (type) => {
    const [result] = await client.RetrieveAsync({ ObjectType: type, Ids: { Id: [first(type)] } });
    return list(result.RetrieveResult.CvObject)[0];
  };

  const speaker = await retrieve('Speaker');
  const transaction = await retrieve('Transaction');
  const response = await retrieve('Response');
  const text = (value) => (value === undefined ? null : value);
  console.log(JSON.stringify({
    response: {
      type: response.attributes['xsi:type'],
      id: response.attributes.Id,
      status: response.attributes.Status,
      details: list(response.SurveyDetail).map((d) => ({
        code: d.QuestionCode,
        type: d.QuestionType,
        score: d.QuestionScore,
        answers: list(d.Answer).map((a) => text(a.AnswerText)),
        comments: list(d.Answer).map((a) => text(a.AnswerComment)),
      })),
    },
    speaker: {
      type: speaker.attributes['xsi:type'],
      id: speaker.attributes.Id,
      firstName: speaker.attributes.FirstName,
      eventId: speaker.attributes.EventId,
      displayOnWebsite: speaker.attributes.DisplayOnWebsite === true || speaker.attributes.DisplayOnWebsite === 'true',
      sessions: list(speaker.AssignedSessions).map((s) => s.attributes.SessionId),
    },
    transaction: {
      type: transaction.attributes['xsi:type'],
      id: transaction.attributes.Id,
      transactionType: transaction.attributes.TransactionType,
      amount: String(transaction.attributes.Amount),
      paidInFull: transaction.attributes.PaidInFull === true || transaction.attributes.PaidInFull === 'true',
    },
  }));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
