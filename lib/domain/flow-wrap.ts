/**
 * How a flow cell's title wraps. Words wrap at spaces (and after hyphens), never inside: the
 * column grows to hold the longest word instead (app/flow-view.css, the columns' min-content).
 * Only a run that no column should have to hold (a URL, a path, a word longer than
 * LONGEST_WORD characters between its hyphens) may break anywhere.
 */
export const LONGEST_WORD = 24;

export type TitleSegment = { text: string; anywhere: boolean };

const URLISH = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|[/\\?=&@#_|]/i;

/** Whether a run without spaces may break anywhere: a long URL or path, or a long word without hyphens. */
export function breaksAnywhere(word: string): boolean {
  if (word.length <= LONGEST_WORD) return false;
  if (URLISH.test(word)) return true;
  return word.split(/[-‐‑–—]/).some((piece) => piece.length > LONGEST_WORD);
}

/**
 * A title cut into segments: runs of ordinary words (and the spaces between them), and each run
 * that may break anywhere on its own. Joined, the segments give the title back.
 */
export function titleSegments(title: string): TitleSegment[] {
  const out: TitleSegment[] = [];
  for (const part of title.split(/(\s+)/)) {
    if (part === "") continue;
    const anywhere = breaksAnywhere(part);
    const last = out.at(-1);
    if (last && !last.anywhere && !anywhere) last.text += part;
    else out.push({ text: part, anywhere });
  }
  return out;
}
