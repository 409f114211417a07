import { describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { formFromCookie } from '../cookie-form';
import { rebaseForm } from './rebase-form';

const now = 1_800_000_000;
const opened = testCookie({ value: 'v1', session: false, expirationDate: now + 3600 });
const openedForm = formFromCookie(opened, now);

describe('rebaseForm', () => {
  it('moves untouched inputs to the browser cookie and keeps what the user typed', () => {
    const typed = { ...openedForm, httpOnly: true };
    const site = { ...opened, value: 'v2', expirationDate: now + 7200 };
    const { form, changed, conflicts } = rebaseForm(typed, opened, site, now);
    expect(changed).toEqual(['value', 'expirationDate']);
    expect(conflicts).toEqual([]);
    expect(form).toEqual({ ...formFromCookie(site, now), httpOnly: true });
  });

  it('names a field both changed, differently, and leaves the user value in it', () => {
    const typed = { ...openedForm, value: 'mine' };
    const { form, conflicts } = rebaseForm(typed, opened, { ...opened, value: 'site' }, now);
    expect(conflicts).toEqual(['value']);
    expect(form.value).toBe('mine');
  });

  it('sees no conflict when both made the same change', () => {
    const typed = { ...openedForm, sameSite: 'strict' as const };
    const result = rebaseForm(typed, opened, { ...opened, sameSite: 'strict' }, now);
    expect(result).toMatchObject({ changed: ['sameSite'], conflicts: [] });
  });

  it('treats the expiry as one field with the session box', () => {
    const typed = { ...openedForm, session: true };
    const site = { ...opened, expirationDate: now + 60 };
    expect(rebaseForm(typed, opened, site, now).conflicts).toEqual(['expirationDate']);
    const sessionSite = { ...opened, session: true, expirationDate: undefined };
    const followed = rebaseForm(openedForm, opened, sessionSite, now);
    expect(followed.form.session).toBe(true);
  });
});
