import { shortCiteOf, type CardCiteFields } from "./cite";
import { isTermOrRecord } from "./evaluation/cx";
import { STATUS_MARK, type Status } from "./evaluation/evaluate";
import type { NodeDto } from "./schemas";
import { lineCount, textWidth } from "./text-width";

/** What a card's height depends on: its title, kind, badges' text, scheme and card, when known. */
export type SizedNode = Pick<NodeDto, "title" | "kind"> & {
  evidence: { quote: string; cite?: string; citeFields?: CardCiteFields } | null;
} & Partial<Pick<NodeDto, "side" | "speech" | "role" | "responseType" | "scheme">>;

export const SIDE_LABEL: Record<NodeDto["side"], string> = { aff: "Aff", neg: "Neg", neutral: "Neutral" };
export const KIND_LABEL: Record<NodeDto["kind"], string> = {
  claim: "Claim",
  rebuttal: "Rebuttal",
  evidence: "Evidence",
  argument: "Argument",
};
/** "internal-link" → "internal link". */
export const humanize = (v: string) => v.replaceAll("-", " ");

// The full card's box (globals.css `.arg` and its parts), in CSS pixels. Every length below is one
// the stylesheet sets; e2e/specs/card-size.spec.ts checks the sum against the browser's layout.
export const CARD_WIDTH = 280;
const TEXT_WIDTH = CARD_WIDTH - 5 - 1 - 2 * 10; // left and right borders, padding
const CARD_CHROME = 2 * 1 + 2 * 8; // top and bottom borders, padding
const BADGE_HEIGHT = 16; // `.badge` line-height
const BORDERED_BADGE_HEIGHT = 18; // a dashed live or turn badge
const BADGE_GAP = 3;
const BADGES_BELOW = 4;
const TITLE_LINE = 13 * 1.3;
const SCHEME_ABOVE = 2;
const SMALL_LINE = 12 * 1.4; // the scheme and the quote
const CITE_LINE = 11 * 1.4;
const QUOTE_ABOVE = 4; // the quote's margin
const EVIDENCE_CHROME = 6 + 1 + 4 + QUOTE_ABOVE; // the card's margin, dashed rule and padding; the quote's margin
const QUOTE_LINES = 3; // `.quote.clamp`
/** One width for every status chip (`.arg-badges > .status-badge`'s min-width: 9.3em of 11 px). */
export const STATUS_WIDTH = 9.3 * 11;

// A badge as the row lays it out: its width. The labels are few (sides, kinds, speeches, roles):
// each one's width is worked out once, looked up by the value the card shows it for.
const regular = new Map<string, number>();
const bold = new Map<string, number>();
function badge(value: string, face: "sans" | "sansBold" = "sans"): number {
  const known = face === "sans" ? regular : bold;
  let w = known.get(value);
  if (w === undefined) known.set(value, (w = textWidth(humanize(value), face, 11) + 12));
  return w;
}
const STATUS = () => Math.max(STATUS_WIDTH, badge(`${STATUS_MARK.standing} standing`, "sansBold"));
const NOT_EXTENDED = () => badge("not extended") + 2; // and its dashed border

/**
 * The badges a card is laid out for, in order (their widths; "not extended" is dashed, 18 px tall):
 * its side, kind, speech, role and response type, then room for the status the evaluation adds
 * after the layout (one chip width for every status) and, once speeches are assigned, for "not
 * extended" (on an argument the evaluation can find not carried: not a card, the resolution, a
 * plan text or a CX answer). A status that arrives later then changes words, not the card's size;
 * a card that is also dropped may need a row more, and grows (argument-node.tsx).
 */
function badgesOf(node: SizedNode, out: number[]): boolean {
  out.length = 0;
  out.push(badge(SIDE_LABEL[node.side ?? "neutral"]), badge(KIND_LABEL[node.kind]));
  if (node.speech) out.push(badge(node.speech));
  if (node.role) out.push(badge(node.role));
  if (node.responseType && node.kind !== "evidence") out.push(badge(node.responseType));
  out.push(STATUS());
  const { title, kind, side = "neutral", speech = null, role } = node;
  const live = !!speech && !isTermOrRecord({ id: "", title, kind, side, speech, role });
  if (live) out.push(NOT_EXTENDED());
  return live;
}

const scratch: number[] = [];
type Rows = { rows: number; height: number };
// The year a short cite is derived against ("Smith 24"): its width, not its truth, matters here.
const NOW = new Date();

// Cards share a few combinations of badges (side, kind, speech, role, response type): each is
// wrapped once, found by its values level by level (no key string built per card).
type Memo = Map<unknown, Memo | Rows>;
const wrapped: Memo = new Map();

/** The rows `.arg-badges` wraps its badges into: how many, and their height with the gaps between. */
function badgeRowsOf(node: SizedNode): Rows {
  let level = wrapped;
  const keys = [node.side, node.kind, node.speech, node.role, node.responseType];
  for (let i = 0; i < keys.length - 1; i++) {
    let next = level.get(keys[i]) as Memo | undefined;
    if (!next) level.set(keys[i], (next = new Map()));
    level = next;
  }
  let rows = level.get(keys[keys.length - 1]) as Rows | undefined;
  if (!rows) level.set(keys[keys.length - 1], (rows = wrap(node)));
  return rows;
}

function wrap(node: SizedNode): Rows {
  const live = badgesOf(node, scratch);
  let rows = 0;
  let used = 0;
  let height = 0;
  let rowHeight = 0;
  for (let i = 0; i < scratch.length; i++) {
    const w = scratch[i]!;
    const h = live && i === scratch.length - 1 ? BORDERED_BADGE_HEIGHT : BADGE_HEIGHT;
    if (rows === 0 || used + BADGE_GAP + w > TEXT_WIDTH) {
      height += rowHeight + (rows > 0 ? BADGE_GAP : 0);
      rows++;
      used = w;
      rowHeight = h;
    } else {
      used += BADGE_GAP + w;
      rowHeight = Math.max(rowHeight, h);
    }
  }
  return { rows, height: height + rowHeight };
}

/** How many rows the badges take on a full card (they wrap). */
export function badgeRows(node: SizedNode): number {
  return badgeRowsOf(node).rows;
}

/** Every status a chip can show, at the one width they share (the room the estimate reserves). */
export function statusFits(status: Status): boolean {
  return badge(`${STATUS_MARK[status]} ${status}`, "sansBold") <= STATUS_WIDTH;
}

/**
 * A full card's height as the browser lays it out (argument-node.tsx, globals.css): the badges'
 * rows, the title's lines (wrapped with the font's widths), the scheme and the card (its short
 * cite and at most three lines of quote, or the line that says it has no quote yet). On a machine with other fonts than DejaVu the text is
 * narrower, and the estimate a little more than the card needs.
 */
export function cardHeight(node: SizedNode): number {
  let h = CARD_CHROME + badgeRowsOf(node).height + BADGES_BELOW;
  h += lineCount(node.title || "Untitled", "sansBold", 13, TEXT_WIDTH) * TITLE_LINE;
  if (node.scheme) h += SCHEME_ABOVE + lineCount(node.scheme, "sans", 12, TEXT_WIDTH) * SMALL_LINE;
  if (node.kind === "evidence" && node.evidence) {
    const e = node.evidence;
    const cite = e.cite !== undefined ? shortCiteOf({ cite: e.cite, citeFields: e.citeFields }, NOW) : "";
    const quote = e.quote ? lineCount(e.quote, "serif", 12, TEXT_WIDTH, QUOTE_LINES) : 0;
    h += EVIDENCE_CHROME + lineCount(cite, "sans", 11, TEXT_WIDTH) * CITE_LINE + quote * SMALL_LINE;
  } else if (node.kind === "evidence") h += EVIDENCE_CHROME - QUOTE_ABOVE + CITE_LINE; // "no quote yet"
  return Math.ceil(h);
}
