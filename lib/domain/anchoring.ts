/** How much context a quote selector keeps on each side (as the hypothesis client does). */
export const CONTEXT_CHARS = 32;

export type QuoteAnchor = { quote: string; start: number; end: number; prefix: string; suffix: string };

/** Describe the span [start, end) of `text` with both a position and a quote selector. */
export function describeSpan(text: string, start: number, end: number): QuoteAnchor {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`span ${start}–${end} is outside a text of ${text.length} characters`);
  }
  return {
    quote: text.slice(start, end),
    start,
    end,
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Anchor a quote by exact search; null when it is absent or ambiguous (found more than once). */
export function anchorUniqueQuote(text: string, quote: string): QuoteAnchor | null {
  const start = text.indexOf(quote);
  if (start < 0 || quote.length === 0 || text.indexOf(quote, start + 1) >= 0) return null;
  return describeSpan(text, start, start + quote.length);
}

// ---------------------------------------------------------------------------------------------
// Re-anchoring: find a stored anchor's place in a (possibly edited) text.
//
// The order is the hypothesis client's: trust the position selector when the quote is still
// there; otherwise search for the exact quote and let the context choose between occurrences;
// otherwise match fuzzily, first between the stored prefix and suffix, then by an approximate
// search near the old position. When none of that is convincing the anchor is an orphan: a
// card that points at the wrong words is worse than a card that says it lost its place.
// ---------------------------------------------------------------------------------------------

export type AnchorResult =
  | { status: "exact" | "moved" | "fuzzy"; anchor: QuoteAnchor } // anchor re-described against the new text via describeSpan
  | { status: "orphaned" };

/** How many characters of the stored prefix (its end) and suffix (its start) locate a fuzzy region. */
const CONTEXT_KEY_CHARS = 16;
/** A fuzzy match may be this much shorter or longer than the stored quote. */
const LENGTH_TOLERANCE = 0.3;
/** Minimum similarity of the text between the stored prefix and suffix to the stored quote. */
const CONTEXT_MIN_SIMILARITY = 0.75;
/** Minimum similarity for an approximate search without context: stricter, since nothing else vouches for it. */
const SEARCH_MIN_SIMILARITY = 0.85;
/** How far (characters of the new text) from the old start the approximate search looks. */
const SEARCH_RADIUS = 2000;
/** Bounds on the context search: occurrences kept per side (nearest the old place) and regions compared. */
const MAX_CONTEXT_OCCURRENCES = 64;
const MAX_REGION_COMPARISONS = 256;

const ORPHANED: AnchorResult = Object.freeze({ status: "orphaned" });

/** Find a stored anchor's place in (possibly edited) text, as the hypothesis client does. */
export function reanchor(text: string, stored: QuoteAnchor): AnchorResult {
  return reanchorIn(new IndexedText(text), stored);
}

/** Re-anchor many anchors against one text (the same result as calling reanchor for each). */
export function reanchorAll(text: string, stored: readonly QuoteAnchor[]): AnchorResult[] {
  // The normalised form of the text (for fuzzy matching) is built at most once for all anchors.
  const indexed = new IndexedText(text);
  return stored.map((a) => reanchorIn(indexed, a));
}

function reanchorIn(indexed: IndexedText, stored: QuoteAnchor): AnchorResult {
  const { text } = indexed;
  const { quote } = stored;
  if (text.length === 0 || quote.length === 0) return ORPHANED;

  // 1. Position selector, verified by the quote.
  if (
    Number.isInteger(stored.start) &&
    Number.isInteger(stored.end) &&
    stored.start >= 0 &&
    text.slice(stored.start, stored.end) === quote
  ) {
    return { status: "exact", anchor: describeSpan(text, stored.start, stored.end) };
  }

  // 2. Exact search; the context decides between occurrences, then the distance to the old place.
  const moved = bestExactOccurrence(text, stored);
  if (moved >= 0) return { status: "moved", anchor: describeSpan(text, moved, moved + quote.length) };

  // 3. Fuzzy: between the stored prefix and suffix, then an approximate search near the old place.
  const target = new Bigrams(normalize(quote));
  if (target.size === 0) return ORPHANED; // a one-character quote cannot be matched approximately
  const span = fuzzyBetweenContext(text, stored, target) ?? approximateSearch(indexed, stored, target);
  return span ? { status: "fuzzy", anchor: describeSpan(text, span[0], span[1]) } : ORPHANED;
}

function bestExactOccurrence(text: string, stored: QuoteAnchor): number {
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(stored.quote); at >= 0; at = text.indexOf(stored.quote, at + 1)) {
    const score = agreeBefore(text, at, stored.prefix) + agreeAfter(text, at + stored.quote.length, stored.suffix);
    const distance = Math.abs(at - stored.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/** How many characters of `prefix`, read backwards from its end, match the text just before `at`. */
function agreeBefore(text: string, at: number, prefix: string): number {
  let k = 0;
  while (
    k < prefix.length &&
    at - 1 - k >= 0 &&
    prefix.charCodeAt(prefix.length - 1 - k) === text.charCodeAt(at - 1 - k)
  )
    k++;
  return k;
}

/** How many characters of `suffix` match the text from `at` on. */
function agreeAfter(text: string, at: number, suffix: string): number {
  let k = 0;
  while (k < suffix.length && at + k < text.length && suffix.charCodeAt(k) === text.charCodeAt(at + k)) k++;
  return k;
}

/**
 * The region between an occurrence of the stored prefix's end and a following occurrence of the
 * stored suffix's start, of about the quote's length and similar enough to it. Work is bounded:
 * at most MAX_CONTEXT_OCCURRENCES positions per side and MAX_REGION_COMPARISONS comparisons,
 * each linear in the quote's length.
 */
function fuzzyBetweenContext(text: string, stored: QuoteAnchor, target: Bigrams): [number, number] | null {
  const length = stored.quote.length;
  const minLength = Math.max(1, Math.ceil(length * (1 - LENGTH_TOLERANCE)));
  const maxLength = Math.floor(length * (1 + LENGTH_TOLERANCE));

  // An empty prefix (suffix) means the quote began (ended) the document.
  const prefixKey = stored.prefix.slice(-CONTEXT_KEY_CHARS);
  const starts = prefixKey ? occurrences(text, prefixKey).map((i) => i + prefixKey.length) : [0];
  const suffixKey = stored.suffix.slice(0, CONTEXT_KEY_CHARS);
  const ends = suffixKey ? occurrences(text, suffixKey) : [text.length];
  const oldEnd = stored.start + length;
  const nearStarts = nearest(starts, stored.start);
  const nearEnds = nearest(ends, oldEnd).sort((a, b) => a - b);

  let best: [number, number] | null = null;
  let bestSimilarity = 0;
  let bestDistance = Infinity;
  let comparisons = 0;
  for (const start of nearStarts) {
    for (
      let k = lowerBound(nearEnds, start + minLength);
      k < nearEnds.length && nearEnds[k]! <= start + maxLength;
      k++
    ) {
      if (++comparisons > MAX_REGION_COMPARISONS) return best;
      const end = nearEnds[k]!;
      const similarity = target.dice(normalize(text.slice(start, end)));
      const distance = Math.abs(start - stored.start);
      if (similarity < CONTEXT_MIN_SIMILARITY) continue;
      if (similarity > bestSimilarity || (similarity === bestSimilarity && distance < bestDistance)) {
        best = [start, end];
        bestSimilarity = similarity;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/**
 * Slide a window of the (normalised) quote's length over the normalised text within
 * SEARCH_RADIUS of the old place, keeping the bigram intersection up to date in O(1) per step;
 * then adjust the best window's end and start within the length tolerance. O(radius + quote).
 */
function approximateSearch(indexed: IndexedText, stored: QuoteAnchor, target: Bigrams): [number, number] | null {
  const { norm, origin } = indexed.normalized();
  const q = target.source.length;
  const minLength = Math.max(2, Math.ceil(q * (1 - LENGTH_TOLERANCE)));
  const maxLength = Math.floor(q * (1 + LENGTH_TOLERANCE));
  const width = Math.min(q, norm.length);
  if (width < minLength) return null;

  const from = lowerBound(origin, stored.start - SEARCH_RADIUS);
  const to = Math.min(norm.length - width, lowerBound(origin, stored.start + SEARCH_RADIUS)); // last window start
  if (to < from) return null;

  const window = target.counter();
  for (let i = from; i < from + width - 1; i++) window.add(bigramAt(norm, i));
  let bestStart = -1;
  let bestSimilarity = 0;
  let bestDistance = Infinity;
  for (let s = from; ; s++) {
    const similarity = window.dice(width - 1);
    const distance = Math.abs(origin[s]! - stored.start);
    if (similarity > bestSimilarity || (similarity === bestSimilarity && distance < bestDistance)) {
      bestStart = s;
      bestSimilarity = similarity;
      bestDistance = distance;
    }
    if (s >= to) break;
    window.remove(bigramAt(norm, s));
    window.add(bigramAt(norm, s + width - 1));
  }
  if (bestStart < 0 || bestSimilarity === 0) return null;

  // Best end for that start, then best start for that end (ties: the length closest to the quote's).
  let end = bestStart + width;
  {
    const grow = target.counter();
    let best = -1;
    for (let e = bestStart + 2; e <= Math.min(norm.length, bestStart + maxLength); e++) {
      grow.add(bigramAt(norm, e - 2));
      if (e - bestStart < minLength) continue;
      const similarity = grow.dice(e - bestStart - 1);
      if (similarity > best || (similarity === best && Math.abs(e - bestStart - q) < Math.abs(end - bestStart - q))) {
        best = similarity;
        end = e;
      }
    }
  }
  let start = bestStart;
  let similarity = -1;
  {
    const grow = target.counter();
    for (let s = end - 2; s >= Math.max(0, end - maxLength); s--) {
      grow.add(bigramAt(norm, s));
      if (end - s < minLength) continue;
      const sim = grow.dice(end - s - 1);
      if (sim > similarity || (sim === similarity && Math.abs(end - s - q) < Math.abs(end - start - q))) {
        similarity = sim;
        start = s;
      }
    }
  }
  if (similarity < SEARCH_MIN_SIMILARITY) return null;

  // Back to offsets in the original text, without whitespace the quote does not have at its edges.
  const text = indexed.text;
  let a = origin[start]!;
  let b = origin[end - 1]! + 1;
  if (!isSpace(stored.quote.charCodeAt(0))) while (a < b && isSpace(text.charCodeAt(a))) a++;
  if (!isSpace(stored.quote.charCodeAt(stored.quote.length - 1))) while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return b > a ? [a, b] : null;
}

// --- helpers ----------------------------------------------------------------------------------

/** A text with its normalised form (for fuzzy matching), built lazily and at most once. */
class IndexedText {
  private cache: { norm: string; origin: Int32Array } | null = null;
  constructor(readonly text: string) {}
  /** The text lower-cased with whitespace runs collapsed to one space, and each character's offset in the original. */
  normalized(): { norm: string; origin: Int32Array } {
    this.cache ??= normalizeWithOrigin(this.text);
    return this.cache;
  }
}

function normalizeWithOrigin(text: string): { norm: string; origin: Int32Array } {
  const lower = lowerSameLength(text);
  const origin = new Int32Array(text.length);
  const parts: string[] = [];
  let n = 0;
  let runStart = -1; // start of the chunk of non-space characters being copied
  for (let i = 0; i <= text.length; i++) {
    const space = i < text.length && isSpace(text.charCodeAt(i));
    if (i === text.length || space) {
      if (runStart >= 0) {
        parts.push(lower.slice(runStart, i));
        for (let j = runStart; j < i; j++) origin[n++] = j;
        runStart = -1;
      }
      if (space && (i === 0 || !isSpace(text.charCodeAt(i - 1)))) {
        parts.push(" ");
        origin[n++] = i;
      }
    } else if (runStart < 0) runStart = i;
  }
  return { norm: parts.join(""), origin: origin.subarray(0, n) };
}

/** Lower-cased and whitespace-collapsed, as normalizeWithOrigin does. */
function normalize(s: string): string {
  return lowerSameLength(s).replace(/\s+/g, " ");
}

/** toLowerCase, unless it changes the length (a few characters do), in which case character by character. */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!.toLowerCase();
    out += c.length === 1 ? c : s[i]!;
  }
  return out;
}

/** Whitespace as JavaScript's \s defines it. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function bigramAt(s: string, i: number): number {
  return s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
}

/** The bigram multiset of a string, for Dice coefficients against it. */
class Bigrams {
  readonly counts = new Map<number, number>();
  readonly size: number;
  constructor(readonly source: string) {
    this.size = Math.max(0, source.length - 1);
    for (let i = 0; i + 1 < source.length; i++) {
      const g = bigramAt(source, i);
      this.counts.set(g, (this.counts.get(g) ?? 0) + 1);
    }
  }
  /** Sørensen–Dice coefficient of the two bigram multisets, in [0, 1]. */
  dice(other: string): number {
    const c = this.counter();
    for (let i = 0; i + 1 < other.length; i++) c.add(bigramAt(other, i));
    return c.dice(Math.max(0, other.length - 1));
  }
  counter(): BigramCounter {
    return new BigramCounter(this);
  }
}

/** A multiset of bigrams that keeps its intersection with a target up to date as bigrams come and go. */
class BigramCounter {
  private readonly counts = new Map<number, number>();
  private shared = 0;
  constructor(private readonly target: Bigrams) {}
  add(g: number): void {
    const have = this.counts.get(g) ?? 0;
    if (have < (this.target.counts.get(g) ?? 0)) this.shared++;
    this.counts.set(g, have + 1);
  }
  remove(g: number): void {
    const have = (this.counts.get(g) ?? 0) - 1;
    if (have < 0) return;
    this.counts.set(g, have);
    if (have < (this.target.counts.get(g) ?? 0)) this.shared--;
  }
  dice(size: number): number {
    const total = this.target.size + size;
    return total === 0 ? 0 : (2 * this.shared) / total;
  }
}

/** Start offsets of every (possibly overlapping) occurrence of `needle`, ascending. */
function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** The MAX_CONTEXT_OCCURRENCES positions nearest to `to`, nearest first. */
function nearest(positions: number[], to: number): number[] {
  return positions
    .map((p) => [p, Math.abs(p - to)] as const)
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, MAX_CONTEXT_OCCURRENCES)
    .map(([p]) => p);
}

/** First index whose value is ≥ x in an ascending array (its length when none is). */
function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
