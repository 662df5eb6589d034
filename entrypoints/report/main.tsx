import { render } from 'preact';

render(<h1>Clearsend report</h1>, document.getElementById('app') as HTMLElement);
