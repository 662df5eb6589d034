/**
 * Where the settings live in `storage.local`. Its own file so a content script can follow changes to the key
 * without bundling the storage library that reads and migrates it (the background does that: settings/background.ts).
 */
export const SETTINGS_KEY = 'settings';
