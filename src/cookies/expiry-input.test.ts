import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expiryFromInput, fromDateTimeLocal, toDateTimeLocal } from './expiry-input';

// Dates are entered in the user's zone: pin one with a daylight-saving change.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

describe('datetime-local conversion in the user time zone', () => {
  it.each([
    [Date.UTC(2026, 10, 25, 17, 30, 5) / 1000, '2026-11-25T12:30:05'], // EST, UTC-5
    [Date.UTC(2026, 6, 4, 16, 0, 0) / 1000, '2026-07-04T12:00:00'], // EDT, UTC-4
  ])('%i ⇄ %s', (epoch, local) => {
    expect(toDateTimeLocal(epoch)).toBe(local);
    expect(fromDateTimeLocal(local)).toBe(epoch);
  });

  it.each(['', 'tomorrow', '2026-02-31T10:00:00', '2026-13-01T00:00', '2026-11-25'])(
    'rejects %j',
    (value) => {
      expect(fromDateTimeLocal(value)).toBeUndefined();
    },
  );

  it('accepts a value without seconds', () => {
    expect(fromDateTimeLocal('2026-11-25T12:30')).toBe(Date.UTC(2026, 10, 25, 17, 30) / 1000);
  });
});

describe('expiryFromInput', () => {
  const original = Date.UTC(2026, 10, 25, 17, 30, 5) / 1000 + 0.731;
  it('keeps the original expiry, fraction included, when the field was not changed', () => {
    expect(expiryFromInput(toDateTimeLocal(original), original)).toBe(original);
  });
  it('uses the entered date when it was changed', () => {
    expect(expiryFromInput('2026-11-26T12:30:05', original)).toBe(
      Date.UTC(2026, 10, 26, 17, 30, 5) / 1000,
    );
  });
  it('reports an invalid entry', () => {
    expect(expiryFromInput('nonsense', original)).toBe('invalid');
  });
});
