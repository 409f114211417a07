import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import axe from 'axe-core';

/** WCAG 2.0 and 2.1, levels A and AA: what the issue asks the extension to pass. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const failingImpacts = new Set(['serious', 'critical']);

/**
 * The serious and critical axe violations of a page, or of a frame (the DevTools panel is an
 * iframe of the DevTools window: AxeBuilder takes only a Page, and would also judge DevTools'
 * own UI, so axe-core runs inside the frame itself), one readable line per element:
 * `color-contrast (serious) on button.primary: … contrast of 2.4 (#ffffff on #6aa8ff) …`.
 * `include`: a CSS selector to check only part of the document (a dialog).
 */
export async function seriousAxeViolations(
  target: Page | Frame,
  { include }: { include?: string } = {},
): Promise<string[]> {
  const results = isPage(target)
    ? await runInPage(target, include)
    : await runInFrame(target, include);
  return results.violations
    .filter((v) => failingImpacts.has(v.impact ?? ''))
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.id} (${v.impact}) on ${node.target.join(' ')}: ${
            node.failureSummary?.replace(/\s+/g, ' ').trim() ?? v.help
          }`,
      ),
    );
}

/**
 * Legacy mode: axe.run in the page itself. The default mode finishes its run in a new tab,
 * which takes the focus from a real popup and closes it; extension pages have no iframes to
 * lose by it.
 */
function runInPage(page: Page, include: string | undefined): Promise<axe.AxeResults> {
  const builder = new AxeBuilder({ page }).withTags(tags).setLegacyMode(true);
  return (include ? builder.include(include) : builder).analyze();
}

function isPage(target: Page | Frame): target is Page {
  return 'mainFrame' in target;
}

async function runInFrame(frame: Frame, include: string | undefined): Promise<axe.AxeResults> {
  await frame.evaluate(axe.source);
  return frame.evaluate(
    ({ include, tags }) => {
      const { axe: inFrame } = window as unknown as { axe: typeof axe };
      return inFrame.run(include ?? document, { runOnly: { type: 'tag', values: tags } });
    },
    { include, tags },
  );
}
