// Integrity checks on a card's markup. Highlighting is what a debater reads aloud, so skipping a
// negation or a hedge inside a highlighted sentence can reverse what the author said ("does not
// cause" read as "does cause"). These are warnings shown on the card, never a block.
import { mergeRanges, type TextRange } from "./card-markup";

/** Words whose omission changes what a sentence claims: negations and hedges. */
export const SKIP_WORDS = [
  "not",
  "no",
  "never",
  "nor",
  "neither",
  "none",
  "nothing",
  "cannot",
  "can't",
  "won't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "shouldn't",
  "wouldn't",
  "couldn't",
  "without",
  "may",
  "might",
  "could",
  "perhaps",
  "possibly",
  "probably",
  "unlikely",
  "likely",
  "rarely",
  "seldom",
  "hardly",
  "barely",
  "unless",
  "except",
] as const;

const SKIP = new Set<string>(SKIP_WORDS);

export type IntegrityWarning = {
  /** the skipped word as written in the quote */
  word: string;
  /** its offsets in the quote */
  start: number;
  end: number;
  message: string;
};

/** Sentence spans of a text: up to and including . ! ? (and closing quotes), or a paragraph break. */
function sentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  const re = /[^.!?\n]*(?:[.!?]+["'’”)\]]*|\n+|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0].length > 0) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/**
 * Negations and hedges left unhighlighted inside a highlighted sentence, where the reading goes on
 * after the word (so the qualifier is dropped from what is read). Both highlight colours count as read.
 */
export function highlightSkips(
  quote: string,
  highlights: readonly TextRange[],
  highlights2: readonly TextRange[] = [],
): IntegrityWarning[] {
  const read = mergeRanges([...highlights, ...highlights2], quote.length);
  if (read.length === 0) return [];
  const out: IntegrityWarning[] = [];
  for (const s of sentences(quote)) {
    const inSentence = read.filter((r) => overlaps(r, s));
    if (inSentence.length === 0) continue;
    const words = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;
    const body = quote.slice(s.start, s.end);
    let w: RegExpExecArray | null;
    while ((w = words.exec(body))) {
      const word = w[0];
      if (!SKIP.has(word.toLowerCase().replace("’", "'"))) continue;
      const start = s.start + w.index;
      const end = start + word.length;
      if (read.some((r) => r.start < end && start < r.end)) continue; // (part of) it is read
      // A qualifier governs what follows it: reading on past it without it changes the claim.
      if (inSentence.some((r) => r.end > end)) out.push({ word, start, end, message: `highlighting skips '${word}'` });
    }
  }
  return out;
}
