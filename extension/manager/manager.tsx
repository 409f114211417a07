import { render } from 'preact';
import { ManagerApp } from '../../src/ui/manager/manager-app';
import { TransferActions } from '../../src/ui/transfer/transfer-actions';
import { createExtensionConnector } from '../connector/extension-connector';

const root = document.getElementById('app');
if (root) {
  const connector = createExtensionConnector();
  render(
    <ManagerApp
      connector={connector}
      toolbarExtras={(scope) => <TransferActions connector={connector} scope={scope} />}
    />,
    root,
  );
}
