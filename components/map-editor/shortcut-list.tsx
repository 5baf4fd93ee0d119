export const SHORTCUTS: [string, string][] = [
  ["C", "add a claim (backs the selection)"],
  ["R", "add a rebuttal (answers the selection)"],
  ["E", "add evidence"],
  [
    "K",
    "connect the selection (or, with none, an argument you choose first) to another: type to filter, arrows, Enter, then the relation",
  ],
  ["Enter (on an argument)", "edit its title; Esc in a field returns to the argument"],
  ["← → ↑ ↓ / Alt+arrows", "move between arguments (to what it answers, its answers, siblings) / move the argument"],
  ["Delete", "delete the selection"],
  ["Ctrl+Z / Ctrl+Shift+Z", "undo / redo"],
  ["L / Shift+L", "auto-layout: tree / by speech"],
  ["B", "ballot: what still stands"],
  ["F", "fit the map"],
  ["/ or Ctrl+K", "search"],
  ["S", "open or close the sources"],
  ["Alt+S", "send the selection to the speech document chosen in the inspector (map and flow)"],
  ["H", "history: every change, with restore"],
  ["I", "hide or show this panel"],
  ["Enter", "cut a card from the text selected in the reader"],
  ["F9 / F10 / F11", "card: underline / emphasise / highlight the words selected in its quote"],
  ["Ctrl+F11", "card: highlight in the second colour"],
  ["Shift+F9 … Shift+F11", "card: clear that layer over the selection"],
  ["− / +", "collapse / expand the answers under the selection (remembered for you on this debate)"],
  ["Esc", "clear the selection"],
  ["?", "this list of keys"],
];

/** What a reader's keys do: no adding, moving, connecting or deleting to be told of. */
export const READER_SHORTCUTS: [string, string][] = [
  ["← → ↑ ↓", "move between arguments (to what it answers, its answers, siblings)"],
  ["Enter (on an argument)", "open it in this panel, with its evidence and why it stands or falls"],
  ["/ or Ctrl+K", "search"],
  ["B", "ballot: what still stands"],
  ["F", "fit the map"],
  ["S", "open or close the sources"],
  ["I", "hide or show this panel"],
  ["− / +", "collapse / expand the answers under the selection (remembered for you on this debate)"],
  ["Esc", "clear the selection"],
  ["?", "this list of keys"],
];

export function ShortcutList({ canEdit, heading = true }: { canEdit: boolean; heading?: boolean }) {
  return (
    <>
      {heading && <h3>Keyboard</h3>}
      <dl className="shortcuts">
        {(canEdit ? SHORTCUTS : READER_SHORTCUTS).map(([k, v]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
