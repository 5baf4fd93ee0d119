// The demo seed's data, checked against the shipped source texts (no database).
// Every card must quote its source verbatim and unambiguously, and the offsets the seed stores
// must point at that quote, or the source reader would highlight the wrong words.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ATTACK_RELATIONS, SPEECHES } from "@/lib/domain/vocabulary";
import { demoCards } from "./seed-lib";
import * as demo from "./seed-data/tajikistan";

const SOURCES_DIR = path.join(import.meta.dirname, "seed-data", "sources");
// Read the files directly rather than through seed-lib, so the test does not trust the code it checks.
const fileText = (file: string) => readFileSync(path.join(SOURCES_DIR, file), "utf8");

function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

const evidenceNodes = demo.nodes.filter((n) => n.evidence);
const cards = demoCards();
const cardByKey = new Map(cards.map((c) => [c.key, c]));

describe("demo seed data", () => {
  it("is large enough to be a real debate", () => {
    expect(demo.nodes.length).toBeGreaterThanOrEqual(40);
    expect(evidenceNodes.length).toBeGreaterThanOrEqual(15);
    expect(cards).toHaveLength(evidenceNodes.length);
  });

  it("ships five sources, each with its file, and uses every one of them", () => {
    expect(demo.sources).toHaveLength(5);
    const shipped = new Set(readdirSync(SOURCES_DIR).filter((f) => f.endsWith(".txt")));
    for (const s of demo.sources) expect(shipped.has(s.file), `${s.key}: ${s.file} is not shipped`).toBe(true);
    const used = new Set(evidenceNodes.map((n) => n.evidence!.source));
    expect([...used].sort()).toEqual(demo.sources.map((s) => s.key).sort());
  });

  it("has unique node keys and edges between existing nodes", () => {
    const keys = demo.nodes.map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
    const known = new Set(keys);
    for (const e of demo.edges) {
      expect(known.has(e.from), `edge from unknown node ${e.from}`).toBe(true);
      expect(known.has(e.to), `edge to unknown node ${e.to}`).toBe(true);
      expect(e.from).not.toBe(e.to);
    }
  });

  describe.each(evidenceNodes.map((n) => [n.key, n] as const))("card %s", (key, node) => {
    const ev = node.evidence!;
    const source = demo.sources.find((s) => s.key === ev.source);

    it("quotes its source verbatim, exactly once", () => {
      expect(source, `unknown source ${ev.source}`).toBeDefined();
      expect(ev.quote.length).toBeGreaterThan(0);
      expect(occurrences(fileText(source!.file), ev.quote)).toHaveLength(1);
    });

    it("is stored with offsets, prefix and suffix that point at the quote", () => {
      const text = fileText(source!.file);
      const card = cardByKey.get(key);
      expect(card, "demoCards() left this card out").toBeDefined();
      const { start, end, quote, prefix, suffix } = card!.anchor;
      expect(card!.source.key).toBe(ev.source);
      expect(quote).toBe(ev.quote);
      expect(start).toBe(occurrences(text, ev.quote)[0]);
      expect(text.slice(start, end)).toBe(ev.quote);
      // The context selectors are the text right around the quote, as much as there is (up to 32 chars).
      expect(prefix.length).toBe(Math.min(32, start));
      expect(text.slice(start - prefix.length, start)).toBe(prefix);
      expect(suffix.length).toBe(Math.min(32, text.length - end));
      expect(text.slice(end, end + suffix.length)).toBe(suffix);
    });

    it("highlights only words inside its quote", () => {
      const card = cardByKey.get(key)!;
      const wanted = ev.highlights ?? [];
      expect(card.highlights).toHaveLength(wanted.length);
      card.highlights.forEach((h, i) => {
        expect(h.start).toBeGreaterThanOrEqual(0);
        expect(h.end).toBeGreaterThan(h.start);
        expect(h.end).toBeLessThanOrEqual(ev.quote.length);
        expect(ev.quote.slice(h.start, h.end)).toBe(wanted[i]);
      });
    });
  });

  it("contains a rebuttal chain at least three attacks deep", () => {
    // Longest path made only of attacking edges (rebuts, undercuts, turns): A attacks B attacks C attacks D.
    const attacks = new Map<string, string[]>();
    for (const e of demo.edges) {
      if (!ATTACK_RELATIONS.has(e.relation)) continue;
      attacks.set(e.from, [...(attacks.get(e.from) ?? []), e.to]);
    }
    const depth = (key: string, seen: Set<string>): number => {
      let best = 0;
      for (const next of attacks.get(key) ?? []) {
        if (seen.has(next)) continue; // a cycle would be a data bug, but never loop forever
        best = Math.max(best, 1 + depth(next, new Set(seen).add(next)));
      }
      return best;
    };
    const deepest = Math.max(...demo.nodes.map((n) => depth(n.key, new Set([n.key]))));
    expect(deepest).toBeGreaterThanOrEqual(3);
  });

  it("says nothing in an argument of a speech about a later speech (a seminar reveals them in order)", () => {
    const at = (s: string) => (SPEECHES as readonly string[]).indexOf(s);
    const spoilers: string[] = [];
    for (const n of demo.nodes) {
      if (!n.speech) continue;
      const text = `${n.title} ${n.body ?? ""}`;
      for (const [word, named] of text.matchAll(/\b(1AC|1NC|2AC|2NC|1NR|1AR|2NR|2AR|block)\b/g)) {
        // "the block" is the 2NC and the 1NR: known once the 1NR is revealed.
        if (at(named === "block" ? "1NR" : named!) > at(n.speech))
          spoilers.push(`${n.key} (${n.speech}) names the ${word}`);
      }
    }
    expect(spoilers).toEqual([]);
  });
});

describe("demo card markup", () => {
  it("marks up several demo cards with underline, emphasis and cite fields, each range inside its quote", () => {
    const marked = demoCards().filter((c) => c.markup?.underline?.length);
    expect(marked.length).toBeGreaterThanOrEqual(4);
    for (const c of marked) {
      for (const r of [...(c.markup!.underline ?? []), ...(c.markup!.emphasis ?? [])])
        expect(r.end).toBeLessThanOrEqual(c.anchor.quote.length);
    }
    expect(demoCards().filter((c) => c.citeFields).length).toBeGreaterThanOrEqual(3);
    expect(marked.some((c) => c.markup?.highlights2?.length)).toBe(true);
  });
});
