/** One edit to the draft, as data: put `text` in place of `Draft.text` [start, end). The overlay applies it. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** One button on a card: what it says, and the edit it makes (one edit, so one step of the host's undo). */
export interface FixOption {
  label: string;
  edit: TextEdit;
  /**
   * A second edit, made once `edit` took, always before it in the text (so `edit` does not move its offsets, which
   * are of the text as read): moving words is a removal and an insertion (the buried ask).
   */
  also?: TextEdit;
}
