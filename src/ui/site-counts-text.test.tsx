// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fill, slot } from '../i18n/fill-message';
import { t } from '../i18n/t';
import { useMessages } from '../i18n/testing/use-messages';
import { renderInDom } from './testing/render-in-dom';
import { undoReportText } from './undo-report-text';

afterEach(() => {
  useMessages('en');
  document.body.replaceChildren();
});

const counts = () => (
  <p>
    {fill(
      t('list_counts', slot(0), slot(1)),
      <span data-testid="count-session">2</span>,
      <span data-testid="count-persistent">3</span>,
    )}
  </p>
);

describe('the site counts', () => {
  it('puts each element where the translation puts its substitution', () => {
    const page = renderInDom(counts());
    expect(page.root.textContent).toBe('2 session, 3 persistent');
    expect(page.byTestId('count-session').textContent).toBe('2');
    expect(page.byTestId('count-persistent').textContent).toBe('3');
  });

  it('follows the German sentence', () => {
    useMessages('de');
    const page = renderInDom(counts());
    expect(page.root.textContent).toBe('2 Sitzung, 3 dauerhaft');
    expect(page.byTestId('count-persistent').textContent).toBe('3');
  });
});

describe('undoReportText', () => {
  const report = { restored: 1, failures: ['"a" failed.'], remaining: 2 };

  it('says in English what it said before translation', () => {
    expect(undoReportText(report)).toBe(
      'Undone: 1 cookie restored. Not restored: "a" failed. Undo again to retry 2 cookies.',
    );
  });

  it('speaks German', () => {
    useMessages('de');
    expect(undoReportText({ restored: 3, failures: [], remaining: 0 })).toBe(
      'Rückgängig gemacht: 3 Cookies wiederhergestellt.',
    );
  });
});
