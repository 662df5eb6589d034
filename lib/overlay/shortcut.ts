/**
 * The keyboard command that opens the suggestions of the box being written in: the manifest suggests it
 * (wxt.config.ts) and the badge and panel name it, so a keyboard user learns it where they meet Clearsend.
 * A content script cannot read the user's own rebinding (no `commands` API there); the welcome page shows that.
 */
export const PANEL_SHORTCUT = 'Alt+Shift+K';
