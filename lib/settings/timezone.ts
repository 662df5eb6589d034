/** True when the browser knows this IANA timezone name ("Europe/Berlin"); empty means "the browser's own". */
export function isKnownTimezone(name: string): boolean {
  if (name === '') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
