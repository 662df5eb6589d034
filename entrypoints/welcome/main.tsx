import { render } from 'preact';
import { Welcome } from '../../components/history/welcome';
import { analyze } from '../../lib/analysis/analyze';
import '../../components/common/theme.css';
import '../../components/history/welcome.css';

render(
  <Welcome analyze={analyze} now={new Date().toISOString()} />,
  document.getElementById('app') as HTMLElement,
);
