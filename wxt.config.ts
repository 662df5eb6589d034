import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { allMatchPatterns } from './lib/hosts/origins';
import { PANEL_SHORTCUT } from './lib/overlay/shortcut';

// The manifest is written here rather than generated from entry points alone, so every permission is a
// deliberate line that can be reviewed: Clearsend needs storage and its three hosts, nothing more.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // email-reply-parser (the backfill worker's mail reading) imports node's `module` for an optional native
    // regex engine: in the browser bundle that import gets a stand-in whose require finds nothing.
    resolve: {
      alias: [
        {
          find: /^module$/,
          replacement: fileURLToPath(new URL('./lib/exports/node-module-shim.ts', import.meta.url)),
        },
      ],
    },
  }),
  hooks: {
    // The README's first set-up command is the build: end it by saying how to load what was built.
    'build:done': (wxt) => {
      if (wxt.config.command !== 'build') return;
      const dir = wxt.config.outDir;
      const how =
        wxt.config.browser === 'firefox'
          ? `Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on… → ${dir}/manifest.json`
          : `Chrome: chrome://extensions → Developer mode → Load unpacked → ${dir}`;
      wxt.logger.info(
        `Load Clearsend: ${how}\n  Or try it on the bundled demo pages, no account needed: npm run demo`,
      );
    },
  },
  manifest: ({ browser }) => ({
    name: 'Clearsend',
    description:
      'Checks work messages as you write them in Gmail, Slack and Notion: a clear ask, an owner, a deadline, the context. Nothing leaves your device.',
    // storage: settings and history. alarms: the daily refresh of a subscribed preset. activeTab + scripting +
    // contextMenus: "Review this page" reads a page only on the user's click, with no standing access.
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: allMatchPatterns(),
    // Asked for at the moment a user subscribes to a preset URL, for that origin only.
    optional_host_permissions: ['https://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    commands: {
      'open-panel': {
        suggested_key: { default: PANEL_SHORTCUT },
        description: 'Show Clearsend suggestions for the message you are writing',
      },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Clearsend', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    ...(browser === 'firefox'
      ? {
          // Manifest V2 has no optional_host_permissions: the subscribed-preset origin is an optional permission.
          optional_permissions: ['https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'clearsend@clearsend.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
