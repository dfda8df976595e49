// A mountebank stub of SessionRegAction for bench/run: an imposter on the --urls port that answers a request whose
// SOAPAction names SessionRegAction with Breakout's own single-invitee answer (--response FILE), and nothing else.
// mountebank runs as its own process (its CLI, admin API on the imposter's port + 1000, no log file); this wrapper
// writes its config file, starts it and stops it on SIGTERM.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const url = new URL(arg('--urls') ?? 'http://127.0.0.1:2526');
const port = Number(url.port);
const body = fs.readFileSync(arg('--response') ?? (() => { throw new Error('--response FILE is required'); })(), 'utf8');

const imposter = {
  protocol: 'http',
  port,
  host: url.hostname,
  stubs: [{
    predicates: [{ contains: { headers: { SOAPAction: '/SessionRegAction' } } }],
    // mountebank answers Connection: close unless told otherwise; wrk and SOAP clients keep connections open.
    responses: [{ is: { statusCode: 200, headers: { 'Content-Type': 'text/xml; charset=utf-8', Connection: 'keep-alive' }, body } }],
  }],
};
const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mb-')), 'imposters.json');
fs.writeFileSync(config, JSON.stringify({ imposters: [imposter] }));

const mb = spawn(process.execPath, [path.join(__dirname, 'node_modules', 'mountebank', 'bin', 'mb'),
  '--port', String(port + 1000), '--host', url.hostname, '--configfile', config, '--nologfile', '--loglevel', 'warn', '--localOnly'],
{ stdio: 'inherit' });
const stop = () => mb.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
mb.on('exit', (code) => process.exit(code ?? 0));
