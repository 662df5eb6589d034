import { render } from 'preact';
import { PopupApp } from '../../components/history/popup-app';
import '../../components/common/theme.css';
import '../../components/charts/charts.css';
import '../../components/history/popup.css';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
