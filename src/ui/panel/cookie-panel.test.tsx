// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { createMemoryConnector } from '../testing/memory-connector';
import { eventually, renderInDom } from '../testing/render-in-dom';
import { CookiePanel } from './cookie-panel';
import type { InspectedPage, InspectedPageState } from './inspected-page';
import { describeInspectedTab } from './use-frame-sites';

let cleanup = () => {};
afterEach(() => cleanup());

/** An inspected page whose frames are told only when the test says so. */
function inspectedPage() {
  let listener: ((state: InspectedPageState) => void) | undefined;
  const page: InspectedPage = {
    tabId: 1,
    canAttribute: false,
    watch(l) {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
    watchRequests: () => () => {},
  };
  return { page, publish: (state: InspectedPageState) => listener?.(state) };
}

describe('CookiePanel', () => {
  it("shows the top site's rows from the first answer, before the frames are known, then adds the frames' sites", async () => {
    const memory = createMemoryConnector({
      cookies: [
        testCookie({ name: 'top', domain: 'a.test' }),
        testCookie({ name: 'framed', domain: 'b.test' }),
      ],
    });
    const inspected = inspectedPage();
    const described = describeInspectedTab(memory.connector, 1);
    const view = renderInDom(
      <CookiePanel connector={memory.connector} inspected={inspected.page} described={described} />,
    );
    cleanup = view.unmount;
    await eventually(() =>
      expect(view.allByTestId('cookie-name').map((n) => n.textContent)).toEqual(['top']),
    );
    inspected.publish({ url: 'https://a.test/', frameUrls: ['https://b.test/frame'] });
    await eventually(() =>
      expect(view.allByTestId('cookie-name').map((n) => n.textContent)).toEqual(['top', 'framed']),
    );
    // The top site's section was kept, not rebuilt.
    expect(view.allByTestId('site-section')).toHaveLength(2);
  });
});
