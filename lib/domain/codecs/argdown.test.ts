import { describe, expect, it } from "vitest";
import {
  corpusFiles,
  debateSignature,
  fixture,
  seedDebate,
  signature,
  thrown,
  toExportable,
} from "./__fixtures__/helpers";
import { argdownJson, expectedFromJson, roundTrip, stored } from "./__fixtures__/argdown-oracle";
import { ARGDOWN_MAX_BYTES, argdownTitle, escapeArgdownText, parseArgdown, toArgdown } from "./argdown";
import type { Relation } from "../vocabulary";
import { ImportError, type ExportableDebate, type ImportedGraph } from "./types";
import { userTags } from "./user-tags";
import { importFile } from "./index";

const skippedCount = (g: ImportedGraph, what: string) =>
  g.report.skipped.find((s) => s.what.startsWith(what))?.count ?? 0;

const corpus = corpusFiles("argdown", ".argdown");

describe("parseArgdown on the corpus, checked against Argdown's own JSON export", () => {
  it("has the six files", () => {
    expect(corpus.map((f) => f.name)).toHaveLength(6);
  });

  for (const file of corpus) {
    describe(file.name, () => {
      const j = argdownJson(file.text);
      const expected = expectedFromJson(j);
      const g = parseArgdown(file.text);

      it("has a node for every statement (but prose) and every argument", () => {
        expect(new Set(g.nodes.map((n) => n.key))).toEqual(expected.nodes);
        expect(new Set(g.nodes.filter((n) => n.kind === "argument").map((n) => n.key))).toEqual(
          new Set(Object.keys(j.arguments).map((t) => `a:${t}`)),
        );
        expect(new Set(g.nodes.map((n) => n.title)).size).toBe(g.nodes.length); // titles are unique
      });

      it("has an edge for every relation and premise–conclusion link, in the right direction", () => {
        const got = new Map(g.edges.map((e) => [`${e.from} -> ${e.to}`, e.relation]));
        expect(new Set(got.keys())).toEqual(new Set(expected.pairs.keys()));
        for (const [pair, relation] of got) expect([...expected.pairs.get(pair)!], pair).toContain(relation);
        expect(g.edges.length).toBeGreaterThan(0);
        // Premises and conclusions keep their number in the premise–conclusion structure.
        for (const e of g.edges)
          expect(e.position ?? null, `${e.from} -> ${e.to}`).toBe(
            expected.positions.get(`${e.from} -> ${e.to}`) ?? null,
          );
      });

      it("keeps each argument's inference rules as its scheme", () => {
        for (const n of g.nodes.filter((x) => x.kind === "argument")) {
          const steps = expected.rules.get(n.key)!;
          for (const rule of steps) expect(n.scheme, n.key).toContain(rule);
          if (steps.length === 0) expect(n.scheme ?? null, n.key).toBeNull();
        }
      });

      it("takes sides from #pro / #con and reports what it left out", () => {
        for (const n of g.nodes) {
          const source = n.key.startsWith("a:") ? j.arguments[n.key.slice(2)] : j.statements[n.key.slice(2)];
          const tags = source?.tags ?? [];
          expect(n.side, n.key).toBe(tags.includes("pro") ? "aff" : tags.includes("con") ? "neg" : "neutral");
        }
        expect(skippedCount(g, "untitled paragraphs")).toBe(expected.prose);
        expect(skippedCount(g, "data blocks")).toBe(expected.data);
        expect(g.report.warnings.filter((w) => w.startsWith("Argdown syntax"))).toEqual([]);
      });

      it("Argdown → Clash → Argdown → Clash gives the same graph", () => {
        const again = parseArgdown(toArgdown(toExportable(g)));
        expect(signature(again)).toEqual(signature(g));
        expect(again.nodes.map((n) => `${n.title}\n${n.body}`).sort()).toEqual(
          g.nodes.map((n) => `${n.title}\n${n.body}`).sort(),
        );
        expect([again.title, again.resolution, again.description]).toEqual([g.title, g.resolution, g.description]);
        expect(again.report.warnings).toEqual([]);
      });
    });
  }

  it("reads front matter, headings and premise–conclusion structures as documented", () => {
    const soft = parseArgdown(corpus.find((f) => f.name === "legalisation-softdrugs.argdown")!.text);
    expect(soft.title).toBe("Pros and Cons Legalisation of Soft Drugs");
    expect(soft.description).toBe("A Simple Analysis");
    expect(soft.report.skipped.find((s) => s.what.startsWith("front matter fields"))?.what).toContain("author");
    const thesis = soft.nodes.find((n) => n.key === "s:Legalisation of Soft Drugs")!;
    expect([thesis.title, thesis.body, thesis.kind]).toEqual([
      "Legalisation of Soft Drugs",
      "Soft drugs should be legal.",
      "claim",
    ]);
    expect(soft.edges).toContainEqual({
      from: "a:Poor reason",
      to: "a:Alcohol and tobacco analogy",
      relation: "undercuts",
    });

    const censorship = parseArgdown(corpus.find((f) => f.name === "state-censorship.argdown")!.text);
    // <Argument from Freedom of Speech>: premises support the argument, the argument its conclusion,
    // and the conclusion attacks [Censorship].
    const arg = censorship.nodes.find((n) => n.key === "a:Argument from Freedom of Speech")!;
    expect(arg.body).toMatch(/^Censorship is wrong in principle\. In a free and civilized society/);
    expect([arg.kind, arg.side, arg.tags]).toEqual(["argument", "neg", ["con"]]);
    // The premises in their order, then the conclusion, numbered as in the file.
    const pcs = censorship.edges
      .filter((e) => e.to === arg.key || e.from === arg.key)
      .filter((e) => e.position != null)
      .map((e) => [e.relation, e.position, e.relation === "premise" ? e.from : e.to]);
    expect(pcs).toEqual([
      ["premise", 1, "s:Absolute Freedom of Speech"],
      ["premise", 2, expect.stringMatching(/^s:/)],
      ["premise", 3, expect.stringMatching(/^s:/)],
      ["supports", 4, expect.stringMatching(/^s:/)],
    ]);
    expect(arg.scheme).toBe("Specification, Modus ponens");
    const conclusion = censorship.nodes.find((n) => n.title === "Censorship is wrong in principle.")!;
    expect(pcs[3]![2]).toBe(conclusion.key);
    expect(censorship.edges).toContainEqual({ from: conclusion.key, to: "s:Censorship", relation: "rebuts" });
    // Three arguments with an intermediary conclusion: an outgoing, numbered support before the main one.
    const intermediary = censorship.nodes.filter((a) => {
      const out = censorship.edges.filter((e) => e.from === a.key && e.relation === "supports" && e.position != null);
      return a.kind === "argument" && out.length > 1;
    });
    expect(intermediary).toHaveLength(3);

    const veggie = parseArgdown(corpus.find((f) => f.name === "veggie_debate.argdown")!.text);
    const groupTitle = (graph: typeof veggie, key: string) =>
      graph.groups.find((x) => x.key === graph.nodes.find((n) => n.key === key)!.groupKey)?.title;
    expect(groupTitle(veggie, "a:Klimaargument")).toBe("Klimaschutz-Erwägungen");
    expect(veggie.nodes.find((n) => n.key === "a:Natürliche Nahrungsketten")!.tags).toContain("test test");
  });
});

describe("parseArgdown relation forms", () => {
  const g = parseArgdown(fixture("argdown-relations.argdown"));
  const edge = (from: string, to: string) => g.edges.find((e) => e.from === from && e.to === to)?.relation;

  it("reads every direction of support, attack and undercut", () => {
    expect(edge("s:S1", "s:T")).toBe("supports");
    expect(edge("s:S2", "s:T")).toBe("rebuts");
    expect(edge("s:S3", "s:T")).toBe("undercuts");
    expect(edge("s:S4", "s:T")).toBe("supports");
    expect(edge("s:S5", "s:T")).toBe("rebuts");
    expect(edge("s:S6", "s:T")).toBe("undercuts");
    expect(edge("s:T", "s:O1")).toBe("supports");
    expect(edge("s:T", "s:O2")).toBe("rebuts");
    expect(edge("s:T", "s:O3")).toBe("undercuts");
  });

  it("makes a contradiction one contradicts edge and reads #turn / #extends", () => {
    expect(edge("s:T", "s:C1")).toBe("contradicts");
    expect(edge("s:C1", "s:T")).toBeUndefined();
    expect(edge("a:B", "a:A")).toBe("turns");
    expect(edge("a:E", "a:A")).toBe("extends");
    expect(edge("a:R", "a:A")).toBe("rebuts");
    expect(g.edges).toHaveLength(13);
  });

  it("takes groups from headings, sides and kinds from tags, title and description from front matter", () => {
    expect(g.title).toBe("Every relation form");
    expect(g.description).toBe("Directions of + - _ and their arrow forms");
    const n = (k: string) => g.nodes.find((x) => x.key === k)!;
    const groupTitle = (k: string) => g.groups.find((x) => x.key === n(k).groupKey)?.title;
    expect(groupTitle("s:S1")).toBe("Group A");
    expect(groupTitle("a:A")).toBe("Group B");
    expect([n("a:A").side, n("a:B").side, n("s:T").side]).toEqual(["aff", "neg", "neutral"]);
    expect([n("a:R").kind, n("a:A").kind, n("s:S1").kind]).toEqual(["argument", "argument", "claim"]);
  });

  it("does not let front matter pollute Object.prototype or reach the parser beyond Argdown's model settings", () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const fm = parseArgdown(
      "===\ntitle: X\nprocess: [parse-input]\nmodel:\n  removeTagsFromText: false\n  mode: nonsense\n===\n\n[A]: text #pro\n  - [B]: other\n",
    );
    // removeTagsFromText is Argdown's own model setting: applied. The rest is refused and reported.
    expect(fm.nodes.find((n) => n.key === "s:A")!.body).toBe("text #pro");
    expect(fm.edges).toEqual([{ from: "s:B", to: "s:A", relation: "rebuts" }]);
    expect(fm.report.skipped.find((x) => x.what.startsWith("front matter fields"))?.what).toBe(
      "front matter fields (process, model.mode)",
    );
  });
});

describe("parseArgdown refusals and reports", () => {
  it("refuses deep indentation as too_deep before the parser can overflow", () => {
    // 300 levels already overflow Argdown's recursive parser; 2,000 stay under the byte cap.
    for (const levels of [300, 2_000]) {
      let deep = "[A]: a\n";
      for (let i = 1; i < levels; i++) deep += " ".repeat(i) + `+ S${i}\n`;
      const e = thrown(() => parseArgdown(deep));
      expect(e).toBeInstanceOf(ImportError);
      expect((e as ImportError).kind).toBe("too_deep");
    }
    let ok = "[A]: a\n";
    for (let i = 1; i <= 60; i++) ok += "  ".repeat(i) + `+ S${i}\n`;
    expect(parseArgdown(ok).edges).toHaveLength(60);
  });

  it("refuses files over ARGDOWN_MAX_BYTES and over the global cap", () => {
    expect((thrown(() => parseArgdown("a".repeat(ARGDOWN_MAX_BYTES + 1))) as ImportError).kind).toBe("too_large");
    expect((thrown(() => parseArgdown("a".repeat(21 * 1024 * 1024))) as ImportError).kind).toBe("too_large");
  });

  it("imports what it can from a file with syntax errors and warns with the line", () => {
    const g = parseArgdown("[A]: an *unclosed italic\n  + [B]: fine\n");
    expect(g.nodes.map((n) => n.key).sort()).toEqual(["s:A", "s:B"]);
    expect(g.report.warnings.some((w) => /^Argdown syntax, line \d+: Incomplete italic/.test(w))).toBe(true);
  });

  it("reads #card statements back as cards, each cite a source of its quotes, and says so", () => {
    const g = parseArgdown(
      "[C]: “A **quote** here” — Someone 2024 #card #con\n  +> [D]: target\n\n[E]: Why: “More” — Someone 2024 #card\n\n[F]: no quote #card\n",
    );
    const c = g.nodes.find((n) => n.key === "s:C")!;
    expect(c.kind).toBe("evidence");
    expect(c.evidence).toMatchObject({
      quote: "A quote here",
      cite: "Someone 2024",
      highlights: [{ start: 2, end: 7 }],
    });
    const e = g.nodes.find((n) => n.key === "s:E")!;
    expect([e.kind, e.body, e.evidence?.quote]).toEqual(["evidence", "Why:", "More"]);
    expect(g.sources.map((s) => [s.title, s.text])).toEqual([["Someone 2024", "A quote here\n\nMore"]]);
    expect(e.evidence).toMatchObject({ sourceKey: c.evidence!.sourceKey, start: 14, end: 18 });
    expect(g.nodes.find((n) => n.key === "s:F")!.kind).toBe("claim");
    expect(g.report.warnings.join(" ")).toMatch(/2 statements tagged #card were imported as cards/);
    expect(g.report.warnings.join(" ")).toMatch(/1 statements tagged #card have no “quote”/);
  });
});

describe("toArgdown", () => {
  const d = seedDebate();
  const text = toArgdown(d);

  it("writes front matter, the resolution as the top statement, and relations under their target", () => {
    expect(text.startsWith(`===\ntitle: ${JSON.stringify(d.title)}\n`)).toBe(true);
    expect(text).toContain(`[Resolution]: ${escapeArgdownText(d.resolution)} #resolution`);
    expect(text).toMatch(/^ {2}\+ \[/m);
    expect(text).toMatch(/^ {2}- \[/m);
    expect(text).toMatch(/#card/);
    expect(text).toMatch(/#turn/);
  });

  it("Clash → Argdown → Clash keeps titles, sides, speeches, roles, every relation and the cards' quotes, cites and highlights", () => {
    const g = parseArgdown(text);
    expect(g.report.warnings.filter((w) => w.startsWith("Argdown syntax"))).toEqual([]);
    expect(g.title).toBe(d.title);
    expect(g.resolution).toBe(d.resolution);
    expect(g.description).toBe(d.description);
    expect(signature(g, ["side"])).toEqual(debateSignature(d, ["side"]));
    const byTitle = new Map(g.nodes.map((n) => [n.title, n]));
    for (const n of d.nodes) {
      const back = byTitle.get(n.title)!;
      expect([back.speech, back.role, back.responseType], n.title).toEqual([n.speech, n.role, n.responseType]);
      expect(back.kind, n.title).toBe(n.kind);
      if (n.evidence) {
        // A highlight ending inside a word gets a space after it (said in the export's notes).
        const flat = (t: string) => t.replace(/\s+/g, "");
        const marked = (e: { quote: string; highlights: { start: number; end: number }[] }) =>
          e.highlights.map((h) => flat(e.quote.slice(h.start, h.end)));
        expect(flat(back.evidence!.quote), n.title).toBe(flat(n.evidence.quote));
        expect(back.evidence!.cite).toBe(n.evidence.cite);
        expect(marked(back.evidence!)).toEqual(marked(n.evidence));
      } else expect(back.body.replace(/\s+/g, " "), n.title).toBe(n.body.replace(/\s+/g, " ").trim());
    }
  });

  const nasty =
    "Tags #pro and #(two words), refs [S] <A> @[S], data {a: 1}, comments // x /* y */ <!-- z -->, *bold* __b__ _i_ snake_case, a\\b, :heart: .->. U.S. e.g. 10:30:00, http://example.org/a?b=c, -- + - > <+ 50% & “quotes”";
  it("escapes text so that nothing in it is read as Argdown", () => {
    const d2: ExportableDebate = {
      id: "d",
      title: "Escapes",
      resolution: "",
      description: "",
      nodes: [
        {
          id: "a",
          kind: "claim",
          side: "aff",
          role: null,
          speech: null,
          responseType: null,
          title: "A [bracketed] title",
          body: nasty,
          position: { x: 0, y: 0 },
          version: 1,
          evidence: null,
        },
        {
          id: "b",
          kind: "rebuttal",
          side: "neg",
          role: "link",
          speech: "1NC",
          responseType: "turn",
          title: "-dash first",
          body: "",
          position: { x: 0, y: 0 },
          version: 1,
          evidence: null,
        },
        {
          id: "c",
          kind: "claim",
          side: "neutral",
          role: null,
          speech: null,
          responseType: null,
          title: "A [bracketed] title",
          body: "same title",
          position: { x: 0, y: 0 },
          version: 1,
          evidence: null,
        },
      ],
      edges: [
        { id: "e1", source: "b", target: "a", relation: "turns", version: 1 },
        { id: "e2", source: "b", target: "c", relation: "rebuts", version: 1 },
        { id: "e3", source: "c", target: "a", relation: "undercuts", version: 1 },
      ],
      sources: [],
    };
    const g = parseArgdown(toArgdown(d2));
    expect(g.report.warnings).toEqual([]);
    const a = g.nodes.find((n) => n.title === argdownTitle("A [bracketed] title"))!;
    expect(a.body).toBe(nasty);
    expect(a.side).toBe("aff");
    expect(g.nodes.map((n) => n.title).sort()).toEqual([
      "A (bracketed) title",
      "A (bracketed) title (2)",
      "–dash first",
    ]);
    const t = new Map(g.nodes.map((n) => [n.key, n.title]));
    expect(g.edges.map((e) => `${t.get(e.from)} ${e.relation} ${t.get(e.to)}`).sort()).toEqual([
      "A (bracketed) title (2) undercuts A (bracketed) title",
      "–dash first rebuts A (bracketed) title (2)",
      "–dash first turns A (bracketed) title",
    ]);
    const b = g.nodes.find((n) => n.title === "–dash first")!;
    expect([b.kind, b.side, b.role, b.speech, b.responseType]).toEqual(["rebuttal", "neg", "link", "1NC", "turn"]);
  });

  it("writes highlights as bold that Argdown closes, wherever they start and end", () => {
    const quote = "alpha beta” gamma. delta(epsilon) zeta";
    const card: ExportableDebate["nodes"][number] = {
      id: "c",
      kind: "evidence",
      side: "aff",
      role: null,
      speech: null,
      responseType: null,
      title: "Card",
      body: "",
      position: { x: 0, y: 0 },
      version: 1,
      evidence: {
        sourceId: "s",
        quote,
        start: 0,
        end: quote.length,
        prefix: "",
        suffix: "",
        cite: "Cite 2024",
        highlights: [
          { start: 6, end: 10 },
          { start: 19, end: 24 },
          { start: 25, end: 30 },
          { start: 33, end: 38 },
        ],
      },
    };
    const text = toArgdown({
      id: "d",
      title: "t",
      resolution: "",
      description: "",
      nodes: [card],
      edges: [],
      sources: [],
    });
    expect(text).toContain("**beta**");
    const g = parseArgdown(text);
    expect(g.report.warnings.filter((w) => w.startsWith("Argdown syntax"))).toEqual([]);
    const back = g.nodes[0]!.evidence!;
    expect(back.quote.replace(/\s+/g, "")).toBe(quote.replace(/\s+/g, ""));
    expect(back.cite).toBe("Cite 2024");
    expect(back.highlights.map((h) => back.quote.slice(h.start, h.end))).toEqual(["beta", "delta", "epsil", "zeta"]);
    // Line breaks in a quote do not shift its highlights.
    const broken = {
      ...card,
      evidence: { ...card.evidence!, quote: "one\r\n  two three", end: 16, highlights: [{ start: 7, end: 10 }] },
    };
    expect(
      toArgdown({ id: "d", title: "t", resolution: "", description: "", nodes: [broken], edges: [], sources: [] }),
    ).toContain("“one    **two** three”");
  });
});

describe("Argdown → Clash → Argdown keeps the structure Argdown sees", () => {
  for (const file of corpus) {
    it(`${file.name}: arguments, premise–conclusion structures, inference rules, relations, tags and headings`, () => {
      const { before, after, out } = roundTrip(file.text);
      expect(after.arguments).toEqual(before.arguments);
      expect(after.relations).toEqual(before.relations);
      expect(after.statements).toEqual(before.statements);
      expect(before.arguments.length + before.relations.length).toBeGreaterThan(0);
      expect(out).toMatch(/<!--\nExported from Clash\. What Argdown could not hold:\n- positions on the map/);
    });
  }
});

describe("Argdown constructs, each through a round trip", () => {
  const text = fixture("argdown-arguments.argdown");
  const { g, out, before, after } = roundTrip(text);
  const node = (key: string) => g.nodes.find((n) => n.key === key)!;
  const edgesOf = (key: string) =>
    g.edges.filter((e) => e.to === key || e.from === key).map((e) => [e.from, e.relation, e.to, e.position ?? null]);

  it("keeps arguments as arguments: premises and conclusions numbered, intermediary conclusions as statements", () => {
    expect(node("a:Climate")).toMatchObject({ kind: "argument", side: "aff", body: "Nuclear power is low-carbon." });
    expect(edgesOf("a:Climate")).toEqual(
      expect.arrayContaining([
        ["s:Low carbon", "premise", "a:Climate", 1],
        ["s:Climate goal", "premise", "a:Climate", 2],
        ["a:Climate", "supports", "s:Need low carbon", 3],
        ["s:Nuclear counts", "premise", "a:Climate", 4],
        ["a:Climate", "supports", "s:Build", 5],
      ]),
    );
    expect(node("s:Need low carbon").kind).toBe("claim");
    // Each inference's rules, by the number of its conclusion.
    expect(node("a:Climate").scheme).toBe("(3) Modus ponens; (5) Conjunction, Specification");
    expect(out).toContain("-- Modus ponens --\n(3) [Need low carbon]: We need every low-carbon source.");
    expect(out).toContain("-- Conjunction, Specification --\n(5) [Build]");
  });

  it("keeps attacks on arguments, undercuts of inferences, and contradictions as a relation of their own", () => {
    expect(edgesOf("a:Waste")).toEqual([["a:Waste", "rebuts", "a:Climate", null]]);
    // An undercut of a reconstructed argument attacks its inference: it undercuts the argument node.
    expect(edgesOf("s:Not scalable")).toEqual([["s:Not scalable", "undercuts", "a:Climate", null]]);
    expect(out).toMatch(/^<Climate>: .*\n(?: {2}.*\n)* {2}_ \[Not scalable\]/m);
    expect(g.edges).toContainEqual({ from: "s:Build", to: "s:Phase out", relation: "contradicts" });
    expect(out).toMatch(/\[Build\]: .*\n(?: {4}.*\n)* {4}>< \[Phase out\]/);
    // An argument without a structure attacks with itself; one with a structure through its conclusion.
    expect(g.edges).toContainEqual({ from: "a:Cheap renewables", to: "s:Build", relation: "rebuts" });
    expect(g.edges).toContainEqual({
      from: "s:Renewables not cheaper",
      to: "a:Cheap renewables",
      relation: "undercuts",
    });
  });

  it("keeps #tags as the user's tags and headings as nested groups, and writes both back", () => {
    expect(userTags(node("s:Build"))).toEqual(["energy", "long term"]);
    expect(userTags(node("a:Cheap renewables"))).toEqual(["economy"]);
    const group = (key: string) => g.groups.find((x) => x.key === node(key).groupKey)!;
    expect(group("a:Cheap renewables").title).toBe("Costs");
    expect(g.groups.find((x) => x.key === group("a:Cheap renewables").parentKey)!.title).toBe("Energy");
    expect(out).toMatch(/^# Energy\n\n## Nuclear\n/m);
    expect(out).toContain("#energy #(long term)");
  });

  it("gives back the same structure, as Argdown reads it", () => {
    expect(after).toEqual(before);
    expect(before.arguments).toHaveLength(4);
  });
});

describe("front matter settings, applied as Argdown applies them", () => {
  const body = "[A]: The claim.\n  - [B]: Its denial.\n  + [C]: A reason.\n  - <D>: An argument against it.\n";

  it("mode: strict reads - and + between statements as contrariness and entailment", () => {
    const loose = parseArgdown(body);
    const strict = parseArgdown(`===\nmodel:\n  mode: strict\n===\n\n${body}`);
    const rel = (g: ImportedGraph, from: string) => g.edges.find((e) => e.from === from && e.to === "s:A")?.relation;
    expect([rel(loose, "s:B"), rel(loose, "s:C"), rel(loose, "a:D")]).toEqual(["rebuts", "supports", "rebuts"]);
    // Contrariness is the attack the author wrote: a rebuttal, said in the report; only `><` contradicts.
    expect([rel(strict, "s:B"), rel(strict, "s:C"), rel(strict, "a:D")]).toEqual(["rebuts", "supports", "rebuts"]);
    expect(strict.report.skipped.filter((s) => s.what.startsWith("front matter"))).toEqual([]);
    expect(strict.report.warnings).toEqual([expect.stringMatching(/^1 contrary relation .* imported as a rebuttal/)]);
    // Written back as `-`, which Argdown reads as contrariness in strict mode and as an attack otherwise.
    const out = toArgdown(stored(strict));
    expect(out).toMatch(/^\[A\]: .*\n(?: {2}.*\n)* {2}- \[B\]/m);
    expect(parseArgdown(out).edges).toContainEqual({ from: "s:B", to: "s:A", relation: "rebuts" });
    const contradiction = parseArgdown(`===\nmodel:\n  mode: strict\n===\n\n[A]: a\n  >< [B]: b\n`);
    expect(contradiction.edges).toEqual([{ from: "s:A", to: "s:B", relation: "contradicts" }]);
    expect(contradiction.report.warnings).toEqual([]);
  });

  it("explodeArguments makes one argument per inference step, as Argdown does", () => {
    const pcs = "<E>: Two steps.\n\n(1) [P1]: one\n----\n(2) [I]: two\n(3) [P2]: three\n----\n(4) [C]: four\n";
    const g = parseArgdown(`===\nmodel:\n  explodeArguments: true\n===\n\n${pcs}`);
    expect(
      g.nodes
        .filter((n) => n.kind === "argument")
        .map((n) => n.title)
        .sort(),
    ).toEqual(["E - 1", "E - 2"]);
    expect(g.edges).toContainEqual({ from: "a:E - 1", to: "s:I", relation: "supports", position: 2 });
    expect(g.edges).toContainEqual({ from: "s:I", to: "a:E - 2", relation: "premise", position: 1 });
    expect(parseArgdown(pcs).nodes.filter((n) => n.kind === "argument")).toHaveLength(1);
  });
});

describe("toArgdown from Clash's own debates", () => {
  const node = (id: string, over: Partial<ExportableDebate["nodes"][number]> = {}) => ({
    id,
    kind: "claim" as const,
    side: "neutral" as const,
    role: null,
    speech: null,
    responseType: null,
    title: id,
    body: "",
    position: { x: 10, y: 20 },
    version: 1,
    evidence: null,
    ...over,
  });
  const edge = (source: string, relation: Relation, target: string, position?: number) => ({
    id: `${source}-${target}`,
    source,
    target,
    relation,
    version: 1,
    ...(position ? { position } : {}),
  });

  it("writes an inference with unnumbered premises (an AIF RA node) as a premise–conclusion structure", () => {
    const d: ExportableDebate = {
      id: "d",
      title: "AIF",
      resolution: "",
      description: "",
      nodes: [
        node("P1"),
        node("P2"),
        node("C"),
        node("RA", { kind: "argument", title: "Inference", scheme: "Argument From Expert Opinion" }),
      ],
      edges: [edge("P1", "premise", "RA"), edge("P2", "premise", "RA"), edge("RA", "supports", "C")],
      sources: [],
    };
    const out = toArgdown(d);
    expect(out).toContain("<Inference>\n\n(1) [P1]\n(2) [P2]\n-- Argument From Expert Opinion --\n(3) [C]");
    const g = parseArgdown(out);
    expect(g.nodes.find((n) => n.key === "a:Inference")).toMatchObject({
      kind: "argument",
      scheme: "Argument From Expert Opinion",
    });
    expect(g.edges.map((e) => [e.from, e.relation, e.to, e.position])).toEqual([
      ["s:P1", "premise", "a:Inference", 1],
      ["s:P2", "premise", "a:Inference", 2],
      ["a:Inference", "supports", "s:C", 3],
    ]);
  });

  it("writes a card's quote and cite in its text and ends with what Argdown could not hold", () => {
    const d = seedDebate();
    const out = toArgdown(d);
    const card = d.nodes.find((n) => n.evidence && n.evidence.highlights.length > 0)!;
    expect(out).toContain(`— ${escapeArgdownText(card.evidence!.cite)}`);
    const comment = out.slice(out.lastIndexOf("<!--"));
    expect(comment).toMatch(/^<!--\nExported from Clash\. What Argdown could not hold:\n/);
    expect(comment).toContain("- positions on the map");
    expect(comment).toMatch(/- \d+ cards: written as statements tagged #card with the quote/);
    expect(comment).toMatch(/- \d+ sources? with their full text/);
    expect(comment).toMatch(/speeches, roles and response types of \d+ arguments: kept only as tags/);
    expect(comment.trimEnd().endsWith("-->")).toBe(true);
    // The comment is a comment: reading the file back adds nothing for it.
    expect(parseArgdown(out).nodes).toHaveLength(d.nodes.length);
  });

  it("says so when premises have no conclusion to stand under and when an argument contradicts", () => {
    const d: ExportableDebate = {
      id: "d",
      title: "Loose",
      resolution: "",
      description: "",
      nodes: [node("P"), node("T"), node("A", { kind: "argument" })],
      edges: [edge("P", "premise", "A"), edge("A", "rebuts", "T"), edge("T", "contradicts", "A")],
      sources: [],
    };
    const out = toArgdown(d);
    expect(out).toContain("- 1 premise of arguments without a supported conclusion: written as supports");
    expect(out).toContain("- 1 contradiction involving an argument: written as attacks");
  });
});

describe("constructs of real Argdown files that Clash holds differently, each said in the report", () => {
  it("a statement or argument defined again with other words keeps Argdown's canonical (last) text; the others are counted", () => {
    const g = parseArgdown(
      "[S]: First wording. #a\n\n[S]: Second wording.\n\n[S]: Second wording. #b\n\n<A>: One.\n\n<A>: Two.\n  + [S]\n",
    );
    expect(g.nodes.map((n) => [n.title, n.body])).toEqual([
      ["S", "Second wording."],
      ["A", "Two."],
    ]);
    expect(g.nodes[0]!.tags).toEqual(["a", "b"]);
    expect(g.report.skipped).toEqual([
      {
        what: "other texts of statements and arguments defined more than once",
        why: "Argdown shows the last text given (its canonical one); Clash keeps that one",
        count: 2,
      },
    ]);
  });

  it("a statement standing twice in one premise–conclusion structure is linked once, at its first number", () => {
    // As in a published reconstruction: premise (3) repeats the title of premise (1).
    const text =
      "<Immigration>\n\n(1) [Destabilization]: Immigration threatens to destabilize society.\n(2) The laws do not suffice.\n(3) [Destabilization]: If society threatens to destabilize itself, it must be saved.\n----\n(4) Society must be saved.\n";
    const g = parseArgdown(text);
    expect(g.edges.filter((e) => e.to === "a:Immigration").map((e) => [e.from, e.position])).toEqual([
      ["s:Destabilization", 1],
      [expect.stringMatching(/^s:Untitled/), 2],
    ]);
    const skip = g.report.skipped.find((s) => s.what.startsWith("statements used twice"))!;
    expect(skip.what).toContain("“Destabilization” in <Immigration> (1 and 3)");
    expect(skip.count).toBe(1);
    expect(g.report.skipped.some((s) => s.what.startsWith("repeated"))).toBe(false);
  });

  it("a support and an attack between the same two statements: the first is kept and both are named", () => {
    // (Argdown itself merges the same relation written twice.)
    const g = parseArgdown("[A]: The claim.\n  + [B]: A reason.\n\n[B]\n  -> [A]\n\n[B]\n  +> [A]\n");
    expect(g.edges).toEqual([{ from: "s:B", to: "s:A", relation: "supports" }]);
    expect(g.report.skipped.map((s) => [s.what, s.count])).toEqual([
      ["second relations of another kind between the same two nodes", 1],
    ]);
    expect(g.report.warnings).toEqual([
      "“B” → “A”: the file also has a rebuts relation; Clash kept supports, the first one",
    ]);
  });
});

describe("Argdown refusals that say where the problem is", () => {
  it("front matter that is not YAML is named as such, not as an Argdown syntax error", () => {
    const e = thrown(() => parseArgdown("===\ntitle: [unclosed\n===\n\n[A]: a\n  + [B]: b\n")) as ImportError;
    expect([e.kind, e.message]).toEqual([
      "malformed",
      "the front matter (the settings between the === lines at the top) is not valid YAML: check its indentation, colons and quotes",
    ]);
  });
});

describe("Argdown files without any statement", () => {
  // Argdown's parser wants a statement or heading: alone, front matter or a comment made it fail
  // with an error on a line that is fine (or throw), where the file simply holds no argument.
  it("a file of only front matter or only comments is refused as holding no argument, not as a syntax error", () => {
    for (const text of [
      "===\ntitle: Nothing yet\n===\n",
      "\uFEFF===\r\ntitle: Nothing yet\r\n===",
      "===\ntitle: Nothing yet\n===\n\n// to do\n\n",
      "// only a comment\n",
      "<!-- only a comment -->\n",
      "/* only a comment */\n\n",
    ]) {
      expect(parseArgdown(text).nodes, JSON.stringify(text)).toEqual([]);
      const e = thrown(() => importFile("argdown", text)) as ImportError;
      expect([e.kind, e.message.split(":")[0]], JSON.stringify(text)).toEqual([
        "no_arguments",
        "no Argdown statements or arguments found",
      ]);
    }
    // A comment after a statement is still just a comment.
    expect(parseArgdown("[A]: a\n\n// later\n").nodes.map((n) => n.title)).toEqual(["A"]);
  });

  it("a file that ends in the middle of a premise–conclusion structure says so, with the line", () => {
    const e = thrown(() => parseArgdown("<A>: a\n\n(1) premise\n----\n")) as ImportError;
    expect([e.kind, e.message]).toEqual([
      "malformed",
      "this is not readable Argdown: line 4: the file ends too early: something is missing after this line (a conclusion after an inference line?)",
    ]);
  });
});

describe("constructed files in the shape of real ones, checked like the held-out files", () => {
  // Strict mode with removeTagsFromText off, #(tags), {isGroup} headings three deep, undercuts
  // from and of statements, `_>` from a premise, `><` and `-` from a conclusion, a statement
  // redefined in another heading; explodeArguments with an undercut of the exploded argument.
  for (const name of ["argdown-strict-constructs.argdown", "argdown-explode-undercut.argdown"]) {
    it(`${name}: every node and relation Argdown has, and the same structure back`, () => {
      const text = fixture(name);
      const expected = expectedFromJson(argdownJson(text));
      const g = parseArgdown(text);
      expect(new Set(g.nodes.map((n) => n.key))).toEqual(expected.nodes);
      const got = new Map(g.edges.map((e) => [`${e.from} -> ${e.to}`, e.relation]));
      expect(new Set(got.keys())).toEqual(new Set(expected.pairs.keys()));
      for (const [pair, relation] of got) expect([...expected.pairs.get(pair)!], pair).toContain(relation);
      const { before, after } = roundTrip(text);
      expect(after).toEqual(before);
      expect(before.relations.length).toBeGreaterThanOrEqual(2);
    });
  }
});
