import { whenLabel, whoLabel } from '../../lib/review/export';
import type { ActionItem } from '../../lib/review/types';

interface Props {
  items: ActionItem[];
  onJump: (item: ActionItem) => void;
}

/** Every ask of the document as a line: what, who, when, and a link back to where it was asked. */
export function ActionItemList({ items, onJump }: Props) {
  if (items.length === 0) {
    return (
      <p class="empty">No asks found: nothing in this document asks anyone to do or answer something.</p>
    );
  }
  return (
    <ol class="items">
      {items.map((item) => (
        <li key={item.start} class="item" data-kind={item.kind}>
          <p class="what">{item.what}</p>
          <dl>
            <dt>Who</dt>
            <dd class={item.who ? 'who' : 'who missing'}>{whoLabel(item)}</dd>
            <dt>When</dt>
            <dd class={item.when.state === 'date' ? 'when' : 'when missing'}>
              {whenLabel(item.when)}
              {item.when.state === 'date' && <span class="words"> ({item.when.words})</span>}
            </dd>
          </dl>
          <button type="button" class="jump" onClick={() => onJump(item)}>
            Show in page
          </button>
        </li>
      ))}
    </ol>
  );
}
