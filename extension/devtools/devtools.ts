import { t } from '../../src/i18n/t';
import { browser } from '../page-api';

// The DevTools page lives only to add the panel; the panel page does the work.
void browser.devtools.panels.create(
  t('panel_devtoolsTitle'),
  '/icons/icon-32.png',
  '/extension/devtools/panel.html',
);
