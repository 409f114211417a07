import { render } from 'preact';
import { t } from '../../src/i18n/t';
import { ManagerApp } from '../../src/ui/manager/manager-app';
import { createExtensionConnector } from '../connector/extension-connector';

// The page's <title> stays as the fallback until this runs; the tab then reads the user's language.
document.title = t('manager_pageTitle');
const root = document.getElementById('app');
if (root) {
  render(<ManagerApp connector={createExtensionConnector()} />, root);
}
