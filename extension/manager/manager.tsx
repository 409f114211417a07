import { render } from 'preact';

const root = document.getElementById('app');
if (root) render(<p data-testid="manager-stub">Cookie manager</p>, root);
