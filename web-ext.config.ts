import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would otherwise try to launch (and download) a browser of its own.
export default defineWebExtConfig({ disabled: true });
