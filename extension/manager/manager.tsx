import { render } from 'preact';
import { localizePage } from '../../src/i18n/localize-page';
import { t } from '../../src/i18n/t';
import { ManagerApp } from '../../src/ui/manager/manager-app';
import { createExtensionConnector } from '../connector/extension-connector';

localizePage(t('manager_pageTitle'));
const root = document.getElementById('app');
if (root) {
  render(<ManagerApp connector={createExtensionConnector()} />, root);
}
