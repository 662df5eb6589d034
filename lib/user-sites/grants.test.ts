import { describe, expect, it } from 'vitest';
import { sitesOfGrants } from './grants';

// One permission, two uses: a site the user turned on and a preset subscribed from the same host both hold
// https://host/*. What the grants say about sites.

describe('sitesOfGrants', () => {
  it('is each granted https host, but the built-in hosts, the hosts presets come from and wider grants', () => {
    const granted = [
      'https://mail.google.com/*',
      'https://www.notion.so/*',
      'https://github.com/*',
      'https://outlook.cloud.microsoft/*',
      'https://presets.acme.example/*',
      'https://*/*',
      'https://*.atlassian.net/*',
      'http://localhost/*',
      'https://github.com/*',
    ];
    expect(sitesOfGrants(granted, ['https://presets.acme.example/team.json'])).toEqual([
      'https://github.com',
      'https://outlook.cloud.microsoft',
    ]);
    expect(sitesOfGrants([], [])).toEqual([]);
  });
});
