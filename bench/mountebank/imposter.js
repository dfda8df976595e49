// Prints the mountebank config for bench/run's stub (see ./stub): one imposter on PORT that answers a request whose
// SOAPAction names SessionRegAction with Breakout's own single-invitee answer (the file RESPONSE), and nothing else.
// Usage: node imposter.js RESPONSE HOST PORT
'use strict';
const fs = require('node:fs');

const [response, host, port] = process.argv.slice(2);
const imposter = {
  protocol: 'http',
  port: Number(port),
  host,
  stubs: [{
    predicates: [{ contains: { headers: { SOAPAction: '/SessionRegAction' } } }],
    // mountebank answers Connection: close unless told otherwise; wrk and SOAP clients keep connections open.
    responses: [{ is: { statusCode: 200, headers: { 'Content-Type': 'text/xml; charset=utf-8', Connection: 'keep-alive' }, body: fs.readFileSync(response, 'utf8') } }],
  }],
};
process.stdout.write(JSON.stringify({ imposters: [imposter] }));
