import { render } from 'preact';
import { ManagerApp } from '../../src/ui/manager/manager-app';
import { createExtensionConnector } from '../connector/extension-connector';

const root = document.getElementById('app');
if (root) {
  render(<ManagerApp connector={createExtensionConnector()} />, root);
}
