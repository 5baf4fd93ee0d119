import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoCards } from "@/prisma/seed-lib";
import {
  anchorUniqueQuote,
  type AnchorResult,
  CONTEXT_CHARS,
  describeSpan,
  type QuoteAnchor,
  reanchor,
  reanchorAll,
} from "./anchoring";

const text = "Alpha beta gamma. Delta epsilon zeta. Alpha again.";

describe("describeSpan", () => {
  it("keeps the quote, offsets and up to 32 characters of context", () => {
    const a = describeSpan(text, 18, 36);
    expect(a.quote).toBe("Delta epsilon zeta");
    expect(a.prefix).toBe("Alpha beta gamma. ");
    expect(a.suffix).toBe(". Alpha again.");
  });
  it("refuses spans outside the text or empty", () => {
    expect(() => describeSpan(text, 10, 10)).toThrow(RangeError);
    expect(() => describeSpan(text, 0, 999)).toThrow(RangeError);
  });
});

describe("anchorUniqueQuote", () => {
  it("finds a unique quote and refuses an ambiguous or missing one", () => {
    expect(anchorUniqueQuote(text, "epsilon")?.start).toBe(24);
    expect(anchorUniqueQuote(text, "Alpha")).toBeNull();
    expect(anchorUniqueQuote(text, "omega")).toBeNull();
  });
});

// --- re-anchoring, on the shipped seed documents --------------------------------------------

const SOURCES_DIR = path.join(import.meta.dirname, "..", "..", "prisma", "seed-data", "sources");
const source = (file: string) => readFileSync(path.join(SOURCES_DIR, file), "utf8");

const MISPLACED_FOCUS = source("002_42597468b928aec7.txt");
const SENTENCE = "For starters, most recipients of U.S. training do not join ISIS or other terrorist groups.";

/** The anchor a card would have stored for `quote` (which must occur once) in `doc`. */
function anchorOf(doc: string, quote: string): QuoteAnchor {
  const a = anchorUniqueQuote(doc, quote);
  if (!a) throw new Error(`"${quote}" does not occur exactly once`);
  return a;
}

/** Replace the one occurrence of `from` in `doc` by `to`. */
function edit(doc: string, from: string, to: string): string {
  const at = doc.indexOf(from);
  if (at < 0 || doc.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" does not occur exactly once`);
  return doc.slice(0, at) + to + doc.slice(at + from.length);
}

function placed(r: AnchorResult): QuoteAnchor {
  if (r.status === "orphaned") throw new Error("expected an anchor, got an orphan");
  return r.anchor;
}

/** Deterministic PRNG (mulberry32), so the "random" edits are the same on every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("reanchor on a real document", () => {
  const stored = anchorOf(MISPLACED_FOCUS, SENTENCE);

  it("finds an unchanged text's anchor exactly, re-described with the same selectors", () => {
    expect(reanchor(MISPLACED_FOCUS, stored)).toEqual({ status: "exact", anchor: stored });
  });

  it("follows the sentence when a paragraph is added at the top", () => {
    const intro = "Editor's note: this post was updated on 3 June with a correction.\n\n";
    const r = reanchor(intro + MISPLACED_FOCUS, stored);
    expect(r.status).toBe("moved");
    expect(placed(r)).toEqual({ ...stored, start: stored.start + intro.length, end: stored.end + intro.length });
  });

  it("stays exact after an edit after the span", () => {
    const edited = edit(
      MISPLACED_FOCUS,
      "Surely Russia should be named as well?",
      "Surely Russia, too, should be named?",
    );
    expect(edited).not.toBe(MISPLACED_FOCUS);
    const r = reanchor(edited, stored);
    expect(r.status).toBe("exact");
    expect(placed(r).quote).toBe(SENTENCE);
    expect(placed(r).start).toBe(stored.start);
  });

  it("moves after an edit before the span (a typo fix that changes the length)", () => {
    const broken = edit(
      MISPLACED_FOCUS,
      "It is a derpy line of reasoning.",
      "It is a derpy line of reasonning, really.",
    );
    const before = anchorOf(broken, SENTENCE);
    const r = reanchor(MISPLACED_FOCUS, before);
    expect(r.status).toBe("moved");
    expect(placed(r)).toEqual(stored);
  });

  it("matches fuzzily when a typo inside the span was fixed, pointing at the corrected sentence", () => {
    const typo = SENTENCE.replace("recipients", "recipeints").replace("terrorist", "terorist");
    const before = anchorOf(edit(MISPLACED_FOCUS, SENTENCE, typo), typo);
    const r = reanchor(MISPLACED_FOCUS, before);
    expect(r.status).toBe("fuzzy");
    expect(placed(r)).toEqual(stored);
  });

  it("matches fuzzily when the whitespace inside the span changed", () => {
    const spaced = SENTENCE.replace("U.S. training", "U.S.\n  training").replace("ISIS or", "ISIS  or");
    const edited = edit(MISPLACED_FOCUS, SENTENCE, spaced);
    const r = reanchor(edited, stored);
    expect(r.status).toBe("fuzzy");
    expect(placed(r).quote).toBe(spaced);
    expect(placed(r).start).toBe(stored.start);
  });

  it("matches fuzzily without context: the sentence and both its neighbours edited", () => {
    const typo = SENTENCE.replace("most recipients", "most of the recipients");
    const edited = edit(
      edit(
        edit(MISPLACED_FOCUS, "so what?\n\n" + SENTENCE, "so what, exactly?\n\n" + typo),
        " In fact, I’d go so far",
        " Indeed, I would go so far",
      ),
      "I’m left asking",
      "I am left asking",
    );
    const r = reanchor(edited, stored);
    expect(r.status).toBe("fuzzy");
    expect(placed(r).quote).toBe(typo);
    expect(placed(r).start).toBe(edited.indexOf(typo));
  });

  it("orphans a deleted sentence instead of jumping elsewhere", () => {
    const deleted = edit(MISPLACED_FOCUS, SENTENCE + " ", "");
    expect(reanchor(deleted, stored)).toEqual({ status: "orphaned" });
  });

  it("orphans a sentence replaced by a different one of the same length at the same place", () => {
    const other = "Most officers trained by Russia never joined ISIS or any other group, for what it's worth.";
    expect(Math.abs(other.length - SENTENCE.length)).toBeLessThan(5);
    expect(reanchor(edit(MISPLACED_FOCUS, SENTENCE, other), stored)).toEqual({ status: "orphaned" });
  });

  it("orphans everything in an empty text", () => {
    expect(reanchor("", stored)).toEqual({ status: "orphaned" });
    expect(reanchorAll("", [stored, stored])).toEqual([{ status: "orphaned" }, { status: "orphaned" }]);
  });

  it("lets the context choose between occurrences of a repeated quote", () => {
    const phrase = "U.S. training";
    const all = [...MISPLACED_FOCUS.matchAll(/U\.S\. training/g)].map((m) => m.index);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const second = all[1]!;
    const stored2 = describeSpan(MISPLACED_FOCUS, second, second + phrase.length);
    // Insert, just before the stored occurrence, a new one with other context: it is nearer the
    // old offset than the true occurrence (which moved by the insertion) but its context disagrees.
    const insert = "Critics also cite U.S. training as the cause. ";
    const paraStart = MISPLACED_FOCUS.lastIndexOf("\n\n", second) + 2;
    const edited = MISPLACED_FOCUS.slice(0, paraStart) + insert + MISPLACED_FOCUS.slice(paraStart);
    const r = reanchor(edited, stored2);
    expect(r.status).toBe("moved");
    expect(placed(r)).toEqual({
      ...stored2,
      start: second + insert.length,
      end: second + insert.length + phrase.length,
    });
    // Without any context agreement, the occurrence nearest the old place wins.
    const bare = { ...stored2, prefix: "", suffix: "", start: second + 3, end: second + 3 + phrase.length };
    expect(placed(reanchor(MISPLACED_FOCUS, bare)).start).toBe(second);
  });

  it("re-anchors hostile input (no quadratic work) to a fuzzy match", () => {
    // Hostile input finishes within the test timeout; how long it takes is measured in bench/.
    const big = "ab ".repeat(350_000); // ~1 MB
    const anchor: QuoteAnchor = {
      quote: "ab ab ab ab ab ab ab ab ab ab ab ab ab ab abX",
      start: 500_000,
      end: 500_045,
      prefix: "ab ".repeat(10),
      suffix: " ab ab ab ab ab ab ab ab ab ab",
    };
    const r = reanchor(big, anchor);
    // A run of "ab " is 97% like the quote; with its context everywhere it is a fuzzy match near the old place.
    expect(r.status).toBe("fuzzy");
    expect(Math.abs(placed(r).start - 500_000)).toBeLessThan(CONTEXT_CHARS * 2);
  });
});

describe("reanchor on every card of the demo", () => {
  const cards = demoCards();
  const random = seeded(20_240_603);

  it("has cards on all five documents", () => {
    expect(new Set(cards.map((c) => c.source.file)).size).toBe(5);
    expect(cards.length).toBeGreaterThanOrEqual(15);
  });

  it("anchors every card exactly in its unchanged document", () => {
    for (const c of cards) expect(reanchor(c.text, c.anchor), c.key).toEqual({ status: "exact", anchor: c.anchor });
  });

  it("moves every card by the length of a paragraph prepended to its document", () => {
    const intro = "Note: reproduced as demo material; see the original publication for its full text.\n\n";
    for (const c of cards) {
      const r = reanchor(intro + c.text, c.anchor);
      expect(r.status, c.key).toBe("moved");
      expect(placed(r).quote, c.key).toBe(c.anchor.quote);
      expect(placed(r).start, c.key).toBe(c.anchor.start + intro.length);
    }
  });

  it("never places a card outside its span when up to 200 characters inside it are deleted", () => {
    const statuses: string[] = [];
    for (const c of cards) {
      const { start, end } = c.anchor;
      // A 200-character cut (the whole quote when it is shorter) and a cut of seeded length 10–199.
      for (const wanted of [200, 10 + Math.floor(random() * 190)]) {
        const cut = Math.min(wanted, end - start);
        const at = start + Math.floor(random() * (end - start - cut + 1));
        const edited = c.text.slice(0, at) + c.text.slice(at + cut);
        const r = reanchor(edited, c.anchor);
        statuses.push(r.status);
        expect(["fuzzy", "orphaned"], c.key).toContain(r.status);
        if (r.status === "fuzzy") {
          // What is left of the span is [start, end - cut) in the edited text.
          expect(r.anchor.start < end - cut && r.anchor.end > start, `${c.key} landed outside its span`).toBe(true);
        }
      }
    }
    // Both outcomes occur, so both branches of the check above ran.
    expect(statuses).toContain("orphaned");
    expect(statuses).toContain("fuzzy");
  });

  it("finds every card fuzzily, at exactly the edited span, when a few characters inside it are deleted", () => {
    for (const c of cards) {
      const { start, end } = c.anchor;
      const cut = 6;
      const at = start + 1 + Math.floor(random() * (end - start - cut - 2));
      const edited = c.text.slice(0, at) + c.text.slice(at + cut);
      const r = reanchor(edited, c.anchor);
      expect(r.status, c.key).toBe("fuzzy");
      expect([placed(r).start, placed(r).end], c.key).toEqual([start, end - cut]);
    }
  });

  it("re-anchors all cards of a document at once as reanchor does one by one", () => {
    const intro = "Added paragraph.\n\n";
    for (const file of new Set(cards.map((c) => c.source.file))) {
      const own = cards.filter((c) => c.source.file === file);
      // Mix the outcomes: exact (unchanged), moved (prefix), fuzzy (typo) and orphaned (deleted).
      let doc = intro + own[0]!.text;
      const first = own[0]!.anchor.quote;
      doc = edit(doc, first, first.slice(0, 20) + first.slice(24));
      const last = own[own.length - 1]!.anchor.quote;
      if (own.length > 1) doc = edit(doc, last, "");
      const anchors = [...own.map((c) => c.anchor), { ...own[0]!.anchor, quote: "nowhere to be found in this text" }];
      const all = reanchorAll(doc, anchors);
      expect(all, file).toEqual(anchors.map((a) => reanchor(doc, a)));
      expect(all[0]!.status, file).toBe("fuzzy");
      expect(all[all.length - 1], file).toEqual({ status: "orphaned" });
    }
  });
});
