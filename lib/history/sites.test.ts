import { describe, expect, it } from 'vitest';
import { siteLabel } from './sites';

describe('siteLabel', () => {
  it('names a built-in site, a known site by the name people use, and any other site by its host', () => {
    expect(siteLabel('gmail')).toBe('Gmail');
    expect(siteLabel('https://outlook.office.com')).toBe('Outlook');
    expect(siteLabel('https://outlook.live.com')).toBe('Outlook');
    expect(siteLabel('https://teams.microsoft.com')).toBe('Teams');
    expect(siteLabel('https://teams.cloud.microsoft')).toBe('Teams');
    expect(siteLabel('https://github.com')).toBe('github.com');
  });
});
