// Fails `npm test` early, in one line, when the end-to-end suite has no browser to run in.
import { existsSync } from 'node:fs';

const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].some(
  (path) => path && existsSync(path),
);
if (!found) {
  console.error(
    'No Chromium found: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH), then run `npm test` again.',
  );
  process.exit(1);
}
