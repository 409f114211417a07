import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookies/cookie';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { planWake } from './plan-wake';
import { addBlockRule, emptyRules, protectCookie } from './protection-rules';

const nowMs = 1_800_000_000_000;
const sid = testCookie({
  name: 'sid',
  value: 'alice',
  session: false,
  expirationDate: nowMs / 1000 + 3600,
});
const csrf = testCookie({ name: 'csrf', value: 't', session: true });
const incognito = testCookie({ name: 'p', storeId: '1' });
let rules = emptyRules();
for (const cookie of [sid, csrf, incognito]) rules = protectCookie(rules, cookie, nowMs - 1);
rules = addBlockRule(rules, { name: 'ad', pattern: { host: 'a.test', subdomains: true } }, nowMs);

const options = { nowMs, browserStarted: false, storeIds: ['0', '1'] };
const brief = (plan: ReturnType<typeof planWake>) => ({
  restores: plan.restores.map(
    (c) => `${c.before ? `${(c.before as Cookie).value} → ` : ''}${(c.after as Cookie).value}`,
  ),
  removals: plan.removals.map((c) => c.before?.name),
  expired: plan.expired.map((r) => r.cookie.name),
  sessionEnded: plan.sessionEnded.map((r) => r.cookie.name),
  storeGone: plan.storeGone.map((r) => r.cookie.name),
});
const none = { restores: [], removals: [], expired: [], sessionEnded: [], storeGone: [] };

describe('planWake', () => {
  const cases: [string, Cookie[], Partial<typeof options>, Partial<ReturnType<typeof brief>>][] = [
    ['nothing changed while asleep', [sid, csrf, incognito], {}, {}],
    [
      'a protected cookie changed',
      [{ ...sid, value: 'bob' }, csrf, incognito],
      {},
      { restores: ['bob → alice'] },
    ],
    ['a protected cookie deleted', [csrf, incognito], {}, { restores: ['alice'] }],
    [
      'a blocked cookie set',
      [sid, csrf, incognito, testCookie({ name: 'ad', domain: 'www.a.test' })],
      {},
      { removals: ['ad'] },
    ],
    ['a session cookie gone after the worker stopped', [sid, incognito], {}, { restores: ['t'] }],
    [
      'a session cookie gone with the browser session',
      [sid, incognito],
      { browserStarted: true },
      { sessionEnded: ['csrf'] },
    ],
    [
      'a protected cookie past its expiry',
      [csrf, incognito],
      { nowMs: nowMs + 3_600_001 },
      { expired: ['sid'] },
    ],
    [
      'the store of a closed private window',
      [sid, csrf],
      { storeIds: ['0'] },
      { storeGone: ['p'] },
    ],
  ];
  it.each(cases)('%s', (_, current, extra, expected) => {
    expect(brief(planWake(rules, current, { ...options, ...extra }))).toEqual({
      ...none,
      ...expected,
    });
  });

  it('puts back the exact protected state, from the state read', () => {
    const bob = { ...sid, value: 'bob' };
    expect(planWake(rules, [bob, csrf, incognito], options).restores).toEqual([
      { before: bob, after: sid },
    ]);
  });

  it('does not remove a cookie both protected and blocked', () => {
    const both = addBlockRule(
      rules,
      { name: 'sid', pattern: { host: 'a.test', subdomains: false } },
      nowMs,
    );
    expect(planWake(both, [sid, csrf, incognito], options).removals).toEqual([]);
  });
});
