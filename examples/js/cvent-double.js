// Starts Breakout as a Cvent test double for a test run (Jest's beforeAll or globalSetup) and
// talks to its admin API. No dependencies: child_process and fetch. Set BREAKOUT_DLL to a built breakout.dll to run
// it with `dotnet`; otherwise the `breakout` tool on PATH is used.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

async function startCventDouble({ seed } = {}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'breakout-'));
  const ready = path.join(folder, 'ready');
  const [command, ...prefix] = process.env.BREAKOUT_DLL ? ['dotnet', process.env.BREAKOUT_DLL] : ['breakout'];
  const args = [...prefix, '--db', path.join(folder, 'breakout.db'), 'serve', '--test-mode', '--port', '0',
    '--ready-file', ready, '--Logging:LogLevel:Default=Warning', ...(seed ? ['--seed', seed] : [])];
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const deadline = Date.now() + 60_000;
  while (!fs.existsSync(ready)) {
    if (child.exitCode !== null) throw new Error(`breakout serve exited: ${stderr}`);
    if (Date.now() > deadline) throw new Error('breakout serve did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const baseUrl = fs.readFileSync(ready, 'utf8').trim();
  const admin = async (method, route, body) => {
    const response = await fetch(`${baseUrl}/admin/${route}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`admin ${method} ${route}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  };

  return {
    url: `${baseUrl}/soap/V200611.asmx`,
    admin,
    count: async (criteria) => (await admin('POST', 'journal/count', criteria)).count,
    addFault: (rule) => admin('POST', 'faults', rule),
    reset: async () => {
      await admin('POST', 'reset');
      await admin('DELETE', 'faults');
      await admin('DELETE', 'journal');
    },
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

module.exports = { startCventDouble };
