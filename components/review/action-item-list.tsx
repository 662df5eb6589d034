import { whenLabel, whoLabel } from '../../lib/review/export';
import type { ActionItem } from '../../lib/review/types';

interface Props {
  items: ActionItem[];
  /** The `start` of each ask the user has ticked off. */
  done: ReadonlySet<number>;
  /** The year the document was read in: dates in it are written without the year. */
  year: number;
  onToggle: (item: ActionItem, done: boolean) => void;
  onJump: (item: ActionItem) => void;
}

/** Every ask of the document as a checklist line: what, who, when, and a link back to where it was asked. */
export function ActionItemList({ items, done, year, onToggle, onJump }: Props) {
  if (items.length === 0) {
    return (
      <p class="empty">No asks found: nothing in this document asks anyone to do or answer something.</p>
    );
  }
  return (
    <ul class="items">
      {items.map((item) => {
        const id = `item-${item.start}`;
        const ticked = done.has(item.start);
        return (
          <li key={item.start} class={ticked ? 'item done' : 'item'} data-kind={item.kind}>
            <input
              id={id}
              type="checkbox"
              checked={ticked}
              onChange={(e) => onToggle(item, e.currentTarget.checked)}
            />
            <div>
              <label for={id} class="what">
                {item.what}
              </label>
              <dl>
                <dt>Who</dt>
                <dd class={item.who ? 'who' : 'who missing'}>{whoLabel(item)}</dd>
                <dt>When</dt>
                <dd class={item.when.state === 'date' ? 'when' : 'when missing'}>
                  {whenLabel(item.when, year)}
                </dd>
              </dl>
              <button type="button" class="jump" onClick={() => onJump(item)}>
                Show in page
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
