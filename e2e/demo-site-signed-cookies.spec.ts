import { expect, openWorkbench, test } from './demo-fixtures';

const cases: { label: string; tamper: (raw: string) => string; status: string }[] = [
  {
    // s%3Ahello.<signature> → s%3Ajello.<signature>: the signature no longer matches.
    label: 'a changed message under the old signature',
    tamper: (raw) => raw.replace('hello', 'jello'),
    status: 'tampered',
  },
  {
    label: 'the signature stripped off',
    tamper: () => 'jello',
    status: 'unsigned',
  },
];

for (const { label, tamper, status } of cases) {
  test(`the server refuses ${label} edited in the popup`, async ({
    context,
    page,
    extensionId,
    demoSite,
    cookies,
  }) => {
    await page.goto(demoSite.url('/signed/'));
    await page.locator('#signed-form [name="value"]').fill('hello');
    await page.locator('#signed-form').getByRole('button').click();
    await expect(page.locator('#tamper-status')).toHaveAttribute('data-status', 'set');
    await page.goto(demoSite.url('/signed/'));
    await expect(page.locator('#tamper-status')).toHaveAttribute('data-status', 'verified');
    await expect(page.locator('#tamper-status')).toContainText('hello');

    const { popup, ui } = await openWorkbench(context, extensionId, page);
    const row = ui.row('signed_message');
    await ui.openEditor(row);
    const raw = await ui.form.locator('[name="value"]').inputValue();
    expect(raw).toMatch(/^s%3Ahello\.[\w%+/-]+$/);
    const edited = tamper(raw);
    await ui.fill({ value: edited });
    await ui.save();
    await expect(row.getByTestId('cookie-value')).toHaveText(edited);
    await popup.close();

    await page.goto(demoSite.url('/signed/'));
    await expect(page.locator('#tamper-status')).toHaveAttribute('data-status', status);
    await expect(page.locator('#tamper-status')).toContainText('refuses it');
    await expect(page.locator('#received-cookies tr[data-name="signed_message"]')).toHaveCount(1);
    // Refused means deleted: the server's Set-Cookie removed it from the browser.
    expect(await cookies.all({ name: 'signed_message' })).toEqual([]);
    await page.goto(demoSite.url('/signed/'));
    await expect(page.locator('#tamper-status')).toHaveAttribute('data-status', 'absent');
  });
}

test("Django's timestamped signed cookie edited in the popup reads as None and stays", async ({
  context,
  page,
  extensionId,
  demoSite,
  cookies,
}) => {
  await page.goto(demoSite.url('/signed/django/'));
  await page.locator('#django-signed-form [name="value"]').fill('hello');
  await page.locator('#django-signed-form').getByRole('button').click();
  await expect(page.locator('#django-signed-status')).toHaveAttribute('data-status', 'set');
  await page.goto(demoSite.url('/signed/django/'));
  const status = page.locator('#django-signed-status');
  await expect(status).toHaveAttribute('data-status', 'verified');

  const { popup, ui } = await openWorkbench(context, extensionId, page);
  const row = ui.row('signed_greeting');
  await ui.openEditor(row);
  const raw = await ui.form.locator('[name="value"]').inputValue();
  // Django's shape, not percent-encoded: value:base62 seconds:base64url SHA-256 HMAC.
  expect(raw).toMatch(/^hello:[0-9A-Za-z]{6}:[\w-]{43}$/);
  const edited = raw.replace('hello', 'jello');
  await ui.fill({ value: edited });
  await ui.save();
  await expect(row.getByTestId('cookie-value')).toHaveText(edited);
  await popup.close();

  await page.goto(demoSite.url('/signed/django/'));
  await expect(status).toHaveAttribute('data-status', 'tampered');
  await expect(status).toContainText('returns None');
  // Django reads a bad signature as the default and leaves the cookie where it is.
  expect(await cookies.all({ name: 'signed_greeting' })).toMatchObject([{ value: edited }]);
});
