// `npm run demo`: opens Chromium with the freshly built extension on the bundled Gmail, Slack and Notion fixture pages,
// served at the real host URLs, so anyone can try Clearsend without an account. Close the window to end.
import { launchWithExtension } from '../tests/e2e/harness';

const PAGES = [
  'https://mail.google.com/mail/u/0/#inbox?compose=new',
  'https://app.slack.com/client/T0CLEAR01/C0LAUNCH1',
  'https://www.notion.so/Launch-plan-0a1b2c3d',
];

const session = await launchWithExtension({ headed: true });
for (const url of PAGES) await session.openHost(url);
await session.extensionPage('popup.html');
console.log(
  `Clearsend demo running (extension id ${session.extensionId}). Close the browser window to stop.`,
);
await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
