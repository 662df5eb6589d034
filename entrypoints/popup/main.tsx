import { render } from 'preact';

render(<h1>Clearsend popup</h1>, document.getElementById('app') as HTMLElement);
