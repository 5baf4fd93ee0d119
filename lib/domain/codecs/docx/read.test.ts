import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { handVerbatimDocx, ooxmlDocx, para, plainWordDocx, refusal, run } from "./fixtures";
import { readVerbatimDocx } from "./read";
import type { VerbatimCard } from "./types";

const at = (body: string, word: string) => ({ start: body.indexOf(word), end: body.indexOf(word) + word.length });

describe("readVerbatimDocx on a hand-written Verbatim file", () => {
  const doc = readVerbatimDocx(handVerbatimDocx());
  const cards = doc.items.filter((i): i is VerbatimCard => i.type === "card");

  it("finds headings, cards and analytics in order, by style name, alias, outline level and basedOn", () => {
    expect(doc.items.map((i) => i.type)).toEqual(["pocket", "hat", "block", "card", "analytic", "card"]);
    expect(doc.items[0]).toMatchObject({ text: "Aff", paragraph: 2 });
    expect(doc.items[1]).toMatchObject({ text: "Warming" });
    expect(doc.items[2]).toMatchObject({ text: "Impact block" });
    expect(doc.items[4]).toMatchObject({ type: "analytic", text: "They concede the link", paragraph: 10 });
    expect(doc.report.counts).toEqual({ pockets: 1, hats: 1, blocks: 1, cards: 2, analytics: 1 });
  });

  it("reads the tag, the full cite and the short cite in the Cite style", () => {
    expect(cards[0]).toMatchObject({
      tag: "Warming causes extinction",
      shortCite: "Swerdlow 15",
      cite: "Swerdlow 15 [Jeffrey, prof of ecology, 2015, “Title”, https://x.test/a]",
      paragraph: 5,
    });
  });

  it("keeps paragraph breaks (an empty one too), drops deleted text, takes [brackets] out as insertions", () => {
    const body = cards[0]!.body;
    expect(body).toBe("The planet will not survive  linked end\n\nSecond para cyan\u00a0tail");
    expect(cards[0]!.insertions).toEqual([{ at: "The planet will not survive ".length, text: "warming" }]);
  });

  it("reads underline (bold underline style is not emphasis), emphasis, and highlights with their colours", () => {
    const c = cards[0]!;
    expect(c.underline).toEqual([
      { start: at(c.body, "will ").start, end: at(c.body, " survive").end },
      at(c.body, "linked"),
      at(c.body, "cyan"),
    ]);
    expect(c.emphasis).toEqual([at(c.body, " survive")]);
    expect(c.highlights).toEqual([
      { start: at(c.body, "not").start, end: at(c.body, " survive").end, color: "yellow" },
      { ...at(c.body, " end"), color: "00FFFF" },
      { ...at(c.body, "cyan"), color: "cyan" },
    ]);
  });

  it("reads paragraphs inside tables as card text", () => {
    expect(cards[1]).toMatchObject({ tag: "Another card", shortCite: "Doe 20", body: "in a table" });
    expect(cards[1]!.underline).toEqual([{ start: 0, end: 10 }]);
  });

  it("reports text it could not place with its paragraph number", () => {
    expect(doc.report.notUnderstood).toEqual([
      { paragraph: 1, text: "Stray text before any tag", why: "text outside a card (no tag above it)" },
    ]);
  });
});

describe("readVerbatimDocx on a plain Word file", () => {
  const doc = readVerbatimDocx(plainWordDocx());
  it("takes bold lines as tags, the leading bold words of the cite as the short cite, direct formatting as layers", () => {
    expect(doc.items.map((i) => i.type)).toEqual(["pocket", "card", "analytic"]);
    const c = doc.items[1] as VerbatimCard;
    expect(c).toMatchObject({
      tag: "Plain tag in bold",
      shortCite: "Smith 19",
      cite: "Smith 19, Professor, Some Journal",
    });
    expect(c.body).toBe("Body with underlined and bold and lit");
    expect(c.underline).toEqual([at(c.body, "underlined")]);
    expect(c.emphasis).toEqual([at(c.body, "bold")]);
    expect(c.highlights).toEqual([{ ...at(c.body, "lit"), color: "green" }]);
  });
  it("reads a file without a styles part", () => {
    const d = readVerbatimDocx(
      ooxmlDocx(para(run("Tag", "<w:b/>")) + para(run("Cite")) + para(run("text", `<w:u/>`)), null),
    );
    expect(d.items).toMatchObject([
      { type: "card", tag: "Tag", cite: "Cite", body: "text", underline: [{ start: 0, end: 4 }] },
    ]);
  });
});

describe("readVerbatimDocx refusals", () => {
  it("refuses what is not a zip, an old or encrypted Word file, a zip without a document", () => {
    expect(refusal(() => readVerbatimDocx(strToU8("hello"))).kind).toBe("malformed");
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(refusal(() => readVerbatimDocx(ole)).message).toMatch(/password-protected/);
    const noDoc = zipSync({ "a.txt": strToU8("x") });
    expect(refusal(() => readVerbatimDocx(noDoc)).message).toMatch(/no word\/document.xml/);
  });

  it("refuses a cut-short or damaged file and malformed XML with kind malformed (422)", () => {
    const good = handVerbatimDocx();
    expect(refusal(() => readVerbatimDocx(good.slice(0, good.length - 40))).kind).toBe("malformed");
    const bad = zipSync({ "word/document.xml": strToU8("<w:document><w:body>") });
    expect(refusal(() => readVerbatimDocx(bad)).message).toMatch(/not well-formed/);
    const dtd = zipSync({ "word/document.xml": strToU8(`<!DOCTYPE x [<!ENTITY a "b">]><x/>`) });
    expect(refusal(() => readVerbatimDocx(dtd)).message).toMatch(/DTD/);
  });

  it("refuses an encrypted zip entry", () => {
    const z = zipSync({ "word/document.xml": strToU8("<x/>") });
    // Set the "encrypted" bit in the central directory record.
    for (let i = z.length - 22; i >= 0; i--) {
      if (z[i] === 0x50 && z[i + 1] === 0x4b && z[i + 2] === 0x01 && z[i + 3] === 0x02) {
        z[i + 8]! |= 1;
        break;
      }
    }
    expect(refusal(() => readVerbatimDocx(z)).message).toMatch(/encrypted/);
  });

  it("stops a zip bomb with kind too_large (413) before inflating it whole", () => {
    const huge = new Uint8Array(8 * 1024 * 1024).fill(0x20);
    const bomb = zipSync({ "word/document.xml": huge }, { level: 9 });
    expect(bomb.length).toBeLessThan(huge.length / 100);
    const e = refusal(() => readVerbatimDocx(bomb, { maxDecompressedBytes: 1024 * 1024 }));
    expect(e.kind).toBe("too_large");
  });

  it("never reads the macros of a .docm (vbaProject.bin is ignored)", () => {
    // handVerbatimDocx carries a vbaProject.bin; it reads like any other file.
    expect(readVerbatimDocx(handVerbatimDocx()).report.counts.cards).toBe(2);
  });
});
