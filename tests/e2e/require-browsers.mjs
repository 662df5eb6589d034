// Fails `npm test` early, in one line, when the end-to-end suites have a browser missing (they run in both).
import { existsSync } from 'node:fs';

const found = (paths) => paths.some((path) => path && existsSync(path));
const missing = [
  !found([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) && [
    'Chromium',
    'chromium',
    'CHROMIUM_PATH',
  ],
  !found([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) && [
    'Firefox',
    'firefox-esr',
    'FIREFOX_PATH',
  ],
].filter(Boolean);
if (missing.length > 0) {
  const names = missing.map(([name]) => name).join(' and ');
  const packages = missing.map(([, pkg]) => pkg).join(' ');
  const variables = missing.map(([, , variable]) => variable).join(' / ');
  console.error(
    `No ${names} found: install with \`sudo apt-get install -y ${packages}\` (or set ${variables}), then run \`npm test\` again.`,
  );
  process.exit(1);
}
