import { render } from 'preact';
import { OptionsApp } from '../../components/options/options-app';
import '../../components/common/theme.css';
import './style.css';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
