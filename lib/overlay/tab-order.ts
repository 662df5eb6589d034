/** A plain Tab: no Shift, and no modifier that makes it another command. */
export const isPlainTab = (event: KeyboardEvent) =>
  event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
