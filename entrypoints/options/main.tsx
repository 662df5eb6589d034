import { render } from 'preact';

render(<h1>Clearsend options</h1>, document.getElementById('app') as HTMLElement);
