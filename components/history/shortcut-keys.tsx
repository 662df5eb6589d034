/** "Alt+Shift+K" as keys on a keyboard: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd>. */
export function ShortcutKeys({ shortcut }: { shortcut: string }) {
  return (
    <span class="shortcut">
      {shortcut.split('+').map((key, i) => (
        <span key={key}>
          {i > 0 && '+'}
          <kbd>{key}</kbd>
        </span>
      ))}
    </span>
  );
}
