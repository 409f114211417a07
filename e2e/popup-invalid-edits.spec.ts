import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { type FormFields, WorkbenchUi } from './pages/workbench-ui';
import { setCookiesViaServer } from './support/site-cookies';

const invalidEdits: { label: string; fields: FormFields; field: string; reason: RegExp }[] = [
  {
    label: 'a value with ";"',
    fields: { value: 'a;b' },
    field: 'value',
    reason: /cannot contain ";"/,
  },
  {
    label: '__Host- with a domain',
    fields: { name: '__Host-sid', hostOnly: false, secure: true },
    field: 'domain',
    reason: /__Host- cookie must be host-only/,
  },
  {
    label: 'SameSite=None without Secure',
    fields: { sameSite: 'no_restriction', secure: false },
    field: 'sameSite',
    reason: /SameSite=None requires the Secure flag/,
  },
  {
    label: '4,097 bytes of name and value',
    fields: { value: 'v'.repeat(4097 - 'sid'.length) },
    field: 'value',
    reason: /4,097 bytes in UTF-8; the browser allows 4,096/,
  },
  {
    label: 'a domain cookie on a public suffix (checked by the background)',
    fields: { domain: 'github.io', hostOnly: false },
    field: 'domain',
    reason: /public suffix/,
  },
  {
    label: 'an expiry in the past',
    fields: { session: false, expires: '2001-01-01T00:00:00' },
    field: 'expirationDate',
    reason: /in the past/,
  },
];

for (const { label, fields, field, reason } of invalidEdits) {
  test(`an invalid edit (${label}) is explained beside the field and changes nothing`, async ({
    context,
    page,
    extensionId,
    servers,
    cookies,
  }) => {
    await setCookiesViaServer(page, servers, 'a.test', ['sid=original; Max-Age=3600; HttpOnly']);
    const before = await cookies.all({ domain: 'a.test' });
    await page.goto(servers.url('a.test', '/'));
    const popup = await PopupPage.open(context, extensionId, page);
    const ui = new WorkbenchUi(popup.page);
    await ui.openEditor(ui.row('sid'));
    await ui.fill(fields);
    expect(await ui.saveExpectingError(field)).toMatch(reason);
    // The form stays open with the user's input, and the cookie is byte-identical.
    await expect(ui.form).toBeVisible();
    expect(await cookies.all({ domain: 'a.test' })).toEqual(before);
    await popup.close();
  });
}

test('a name that another cookie already has is refused instead of overwriting it', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['first=1', 'second=2']);
  const before = await cookies.all({ domain: 'a.test' });
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.openEditor(ui.row('first'));
  await ui.fill({ name: 'second' });
  expect(await ui.saveExpectingError('name')).toMatch(/already has this name/);
  await expect(ui.form.getByTestId('form-error')).toContainText('nothing was saved');
  expect(await cookies.all({ domain: 'a.test' })).toEqual(before);
  await popup.close();
});
