// Seed (cvent-seed.json), run the client code, verify the calls, inject faults, reset before each test. Runs with Jest.
'use strict';
const path = require('node:path');
const { startCventDouble } = require('./cvent-double');
const { SeatBooker } = require('./seat-booking');

const WORKSHOP = 'A1B2C3D4-0000-4000-8000-000000000002';
const ADA = '10000000-0000-4000-8000-000000000001';
const GRACE = '10000000-0000-4000-8000-000000000002';
const LINUS = '10000000-0000-4000-8000-000000000003';

let cvent;
const booker = () => new SeatBooker(cvent.url, 'BREAKOUTDEMO', 'demo', 'demo-password');

// One server for the file; starting it (dotnet) takes longer than Jest's default 5 s timeout.
beforeAll(async () => { cvent = await startCventDouble({ seed: path.join(__dirname, '..', 'cvent-seed.json') }); }, 60_000);
beforeEach(() => cvent.reset());
afterAll(() => cvent?.stop());

test('books until the workshop is full', async () => {
  expect(await booker().book(WORKSHOP, [ADA, GRACE, LINUS])).toEqual({ [LINUS]: 'BO90202' });
  expect(await cvent.count({ operation: 'SessionRegAction', fields: { ProductId: WORKSHOP, Id: LINUS } })).toBe(1);
  expect(await cvent.count({ operation: 'Login' })).toBe(1);
});

test('logs in again when the session expired', async () => {
  await cvent.addFault({ operation: 'SessionRegAction', fault: 'CV10105', times: 1 });
  expect(await booker().book(WORKSHOP, [ADA])).toEqual({});
  expect(await cvent.count({ operation: 'Login' })).toBe(2);
  expect(await cvent.count({ resultCode: 'CV10105' })).toBe(1);
});

test('reports the invitee Cvent refused, and books the others', async () => {
  await cvent.addFault({ operation: 'SessionRegAction', fields: { Id: GRACE }, itemError: 'CV90109' });
  expect(await booker().book(WORKSHOP, [ADA, GRACE])).toEqual({ [GRACE]: 'CV90109' });
  expect(await booker().book(WORKSHOP, [LINUS])).toEqual({}); // Ada took one seat of two: Linus gets the other
});

test('starts each test from the seed', async () => {
  expect(await booker().book(WORKSHOP, [ADA, GRACE])).toEqual({});
});
