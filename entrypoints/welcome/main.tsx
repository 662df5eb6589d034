import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/history/welcome';
import { analyze } from '../../lib/analysis/analyze';
import '../../components/common/theme.css';
import '../../components/history/welcome.css';

// The browser knows the shortcut in force (the manifest's Alt+Shift+K, or the user's own choice).
const commands = await browser.commands.getAll().catch(() => []);
const shortcut = commands.find((command) => command.name === 'open-panel')?.shortcut ?? '';
render(
  <Welcome analyze={analyze} now={new Date().toISOString()} shortcut={shortcut} />,
  document.getElementById('app') as HTMLElement,
);
