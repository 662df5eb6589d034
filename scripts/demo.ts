// `npm run demo`: opens Chromium with the freshly built extension on the bundled Gmail, Slack and Notion fixture pages,
// served at the real host URLs, so anyone can try Clearsend without an account. Close the window to end.

import { launchWithExtension } from '../tests/e2e/harness';
import { HOST_URLS } from '../tests/fixtures/routes';

const session = await launchWithExtension({ headed: true });
for (const url of [HOST_URLS.gmailInbox, HOST_URLS.slackChannel, HOST_URLS.notionPage])
  await session.openHost(url);
await session.extensionPage('popup.html');
console.log(
  `Clearsend demo running (extension id ${session.extensionId}). Close the browser window to stop.`,
);
await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
