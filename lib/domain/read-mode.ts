// Read mode (Verbatim's "invisibility mode"): a card reduced to what the debater says aloud — its
// tag, its short cite and its highlighted words — with the word count and read time a speech
// plan needs. Pure functions. This file is the one adapter over the card markup contract
// (h3's `highlights2`, `insertions`, `citeFields` on EvidenceFields): those fields are read as
// optional here so that nothing else changes when they land.
import { shortCiteOf as citeShortOf } from "./cite";

export type ReadRange = { start: number; end: number };

/** The card fields read mode uses; markup fields beyond `highlights` are optional (see above). */
export type ReadableEvidence = {
  quote: string;
  cite: string;
  highlights: readonly ReadRange[];
  highlights2?: readonly ReadRange[];
  insertions?: readonly { at: number; text: string }[];
  citeFields?: { shortCite?: string; authors?: string; date?: string } | null;
};

/** Any node: a card (with evidence) or an analytic (a claim or rebuttal, no evidence). */
export type ReadableNode = {
  id: string;
  title: string;
  body?: string;
  evidence?: ReadableEvidence | null;
};

/** One run of read text: quoted words (layer 1 or 2 highlight) or a bracketed insertion. */
export type ReadSegment = { text: string; layer: 1 | 2 | "insertion" };

export type ReadableCard = {
  id: string;
  tag: string;
  /** "Swerdlow 15": read aloud after the tag; "" for an analytic */
  shortCite: string;
  /** groups of adjacent segments: a gap in the highlighting starts a new group (shown with " … ") */
  groups: ReadSegment[][];
  /** true when a card has no highlighting: the whole quote is read */
  unhighlighted: boolean;
  isAnalytic: boolean;
  /** words read aloud: tag, short cite and the highlighted (or, unhighlighted, all) card words */
  words: number;
  /** 'marked at "…the last words read"' when reading stopped inside the card; null otherwise */
  mark: string | null;
};

export const DEFAULT_WPM = 250;
export const MIN_WPM = 50;
export const MAX_WPM = 600;

/** Words in a text, as a debater counts them: runs of non-space characters. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** Sort and merge overlapping or touching ranges inside [0, length], remembering each piece's layer. */
function layered(ev: ReadableEvidence): { start: number; end: number; layer: 1 | 2 }[] {
  const len = ev.quote.length;
  // Layer 2 ("highlighting down") wins where both cover a character: it is the later, narrower read.
  const marks = new Array<0 | 1 | 2>(len).fill(0);
  for (const [ranges, layer] of [
    [ev.highlights, 1],
    [ev.highlights2 ?? [], 2],
  ] as const)
    for (const r of ranges)
      for (let i = Math.max(0, r.start); i < Math.min(len, r.end); i++) if (marks[i]! < layer) marks[i] = layer;
  const out: { start: number; end: number; layer: 1 | 2 }[] = [];
  for (let i = 0; i < len; i++) {
    const m = marks[i]!;
    if (m === 0) continue;
    const last = out.at(-1);
    if (last && last.end === i && last.layer === m) last.end = i + 1;
    else out.push({ start: i, end: i + 1, layer: m });
  }
  return out;
}

/** The short cite read aloud, as the map shows it (cite.ts): the cut's own, else from its fields or its one-line cite. */
export function shortCiteOf(ev: ReadableEvidence): string {
  return citeShortOf(ev);
}

/** A card or analytic as read mode shows it. */
export function readableCard(node: ReadableNode, opts: { markedAt?: number | null } = {}): ReadableCard {
  const ev = node.evidence ?? null;
  const tag = node.title.trim() || (ev ? "" : (node.body ?? "").trim().split("\n")[0]!.trim());
  if (!ev) {
    return {
      id: node.id,
      tag,
      shortCite: "",
      groups: [],
      unhighlighted: false,
      isAnalytic: true,
      words: countWords(tag),
      mark: null,
    };
  }
  const shortCite = shortCiteOf(ev);
  const runs = layered(ev);
  const unhighlighted = runs.length === 0;
  const all = unhighlighted ? [{ start: 0, end: ev.quote.length, layer: 1 as const }] : runs;
  // A marked copy reads only up to the mark: what was actually said in the round.
  const markedAt = opts.markedAt ?? null;
  const read =
    markedAt === null
      ? all
      : all.filter((r) => r.start < markedAt).map((r) => ({ ...r, end: Math.min(r.end, markedAt) }));
  const insertions = [...(ev.insertions ?? [])].sort((a, b) => a.at - b.at);
  const groups: ReadSegment[][] = [];
  let prevEnd = -1;
  for (const r of read) {
    const seg: ReadSegment[] = [];
    // An insertion is read when it sits inside or at either edge of a read run.
    const inside = insertions.filter((x) => x.at >= r.start && x.at <= r.end);
    let at = r.start;
    for (const x of inside) {
      if (x.at > at) seg.push({ text: ev.quote.slice(at, x.at), layer: r.layer });
      seg.push({ text: `[${x.text}]`, layer: "insertion" });
      at = x.at;
    }
    if (r.end > at) seg.push({ text: ev.quote.slice(at, r.end), layer: r.layer });
    // Runs of two layers that touch read on without a break.
    if (prevEnd === r.start && groups.length > 0) groups.at(-1)!.push(...seg);
    else groups.push(seg);
    prevEnd = r.end;
  }
  const cardText = groups.map((g) => g.map((s) => s.text).join("")).join(" ");
  return {
    id: node.id,
    tag,
    shortCite,
    groups,
    unhighlighted,
    isAnalytic: false,
    words: countWords(tag) + countWords(shortCite) + countWords(cardText),
    mark: markedAt === null ? null : markLabel(ev.quote, markedAt),
  };
}

/** 'marked at "…the last five words before the mark"': how a marked copy says where reading stopped. */
export function markLabel(quote: string, markedAt: number, words = 5): string {
  const before = quote
    .slice(0, Math.max(0, Math.min(quote.length, markedAt)))
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (before.length === 0) return "marked at the start";
  return `marked at "${before.length > words ? "…" : ""}${before.slice(-words).join(" ")}"`;
}

/** Seconds to read `words` aloud at `wpm` words per minute. */
export function readSeconds(words: number, wpm: number = DEFAULT_WPM): number {
  return Math.round((words * 60) / clampWpm(wpm));
}

/** A words-per-minute rate the user typed, kept within sane bounds (default when unreadable). */
export function clampWpm(wpm: unknown): number {
  const n = typeof wpm === "string" ? Number(wpm) : wpm;
  if (typeof n !== "number" || !Number.isFinite(n) || n <= 0) return DEFAULT_WPM;
  return Math.min(MAX_WPM, Math.max(MIN_WPM, Math.round(n)));
}

/** "1:05" for 65 seconds; "0:00" for none. */
export function formatReadTime(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** Word count and read time of a block or a whole speech (the sum of its cards and analytics). */
export function readTotals(cards: readonly Pick<ReadableCard, "words">[], wpm: number = DEFAULT_WPM) {
  const words = cards.reduce((n, c) => n + c.words, 0);
  return { words, seconds: readSeconds(words, wpm), time: formatReadTime(readSeconds(words, wpm)) };
}
