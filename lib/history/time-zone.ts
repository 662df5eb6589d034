import type { Settings } from '../settings';
import { userTimeZone } from './calendar';

/** Weeks follow the timezone the user set in Clearsend, else the browser's. */
export function historyTimeZone(settings: Pick<Settings, 'timezone'>): string {
  return settings.timezone || userTimeZone();
}
