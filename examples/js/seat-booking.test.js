// Seed (cvent-seed.json), run the client code, verify the calls, inject a fault, reset before each test.
// Runs with `node --test`; with Jest the same hooks are beforeAll/beforeEach/afterAll and expect(...).toBe(...).
'use strict';
const { describe, it, before, beforeEach, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startCventDouble } = require('./cvent-double');
const { SeatBooker } = require('./seat-booking');

const WORKSHOP = 'A1B2C3D4-0000-4000-8000-000000000002';
const ADA = '10000000-0000-4000-8000-000000000001';
const GRACE = '10000000-0000-4000-8000-000000000002';
const LINUS = '10000000-0000-4000-8000-000000000003';

describe('SeatBooker', () => {
  let cvent;
  const booker = () => new SeatBooker(cvent.url, 'BREAKOUTDEMO', 'demo', 'demo-password');
  before(async () => { cvent = await startCventDouble({ seed: path.join(__dirname, '..', 'cvent-seed.json') }); });
  beforeEach(() => cvent.reset());
  after(() => cvent.stop());

  it('books until the workshop is full', async () => {
    assert.deepEqual(await booker().book(WORKSHOP, [ADA, GRACE, LINUS]), { [LINUS]: 'BO90202' });
    assert.equal(await cvent.count({ operation: 'SessionRegAction', fields: { ProductId: WORKSHOP, Id: LINUS } }), 1);
    assert.equal(await cvent.count({ operation: 'Login' }), 1);
  });

  it('logs in again when the session expired', async () => {
    await cvent.addFault({ operation: 'SessionRegAction', fault: 'CV10105', times: 1 });
    assert.deepEqual(await booker().book(WORKSHOP, [ADA]), {});
    assert.equal(await cvent.count({ operation: 'Login' }), 2);
    assert.equal(await cvent.count({ resultCode: 'CV10105' }), 1);
  });

  it('starts each test from the seed', async () => {
    assert.deepEqual(await booker().book(WORKSHOP, [ADA, GRACE]), {});
  });
});
