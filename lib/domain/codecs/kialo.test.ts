import { describe, expect, it } from "vitest";
import { corpusFiles, fixture } from "./__fixtures__/helpers";
import { parseKialo, unescapeKialo } from "./kialo";
import { detectFormat } from "./detect";
import { importFile } from "./index";

const corpus = corpusFiles("kialo", ".txt").filter((f) => !f.name.startsWith("LICENSE"));

describe("parseKialo on the corpus", () => {
  it("has a file to read", () => {
    expect(corpus.length).toBeGreaterThan(0);
  });

  for (const file of corpus) {
    describe(file.name, () => {
      const g = parseKialo(file.text);
      const lines = file.text.split(/\r?\n/);
      // Counted from the raw text, independently of the importer.
      const claimLines = lines.filter((l) => /^\d+(\.\d+)+\.\s+(Pro|Con):/.test(l));
      const linkLines = claimLines.filter((l) => /(Pro|Con):\s*->\s*See\s+[\d.]+/.test(l));
      const pros = claimLines.filter((l) => /\s+Pro:/.test(l)).length;
      const cons = claimLines.length - pros;

      it("makes one node per claim (links are not copies) and one edge per Pro/Con line", () => {
        expect(claimLines.length).toBeGreaterThan(50);
        expect(linkLines.length).toBeGreaterThan(0);
        expect(g.nodes).toHaveLength(1 + claimLines.length - linkLines.length);
        expect(g.edges).toHaveLength(claimLines.length);
        expect(g.edges.filter((e) => e.relation === "supports")).toHaveLength(pros);
        expect(g.edges.filter((e) => e.relation === "rebuts")).toHaveLength(cons);
        expect(g.report.counts).toEqual({ nodes: g.nodes.length, edges: g.edges.length, sources: g.sources.length });
        expect(g.report.skipped).toEqual([]);
      });

      it("reads the title, the thesis and every -> See link as an edge to the existing claim", () => {
        const title = /^Discussion Title:\s*(.*)$/m.exec(file.text)![1]!.trim();
        expect(g.title).toBe(title);
        const thesis = g.nodes.find((n) => n.role === "thesis")!;
        expect(thesis.side).toBe("neutral");
        expect(g.resolution).toBe(/^1\.\s+(.*)$/m.exec(file.text)![1]!.trim());
        for (const l of linkLines) {
          const [, id, stance, target] = /^([\d.]+)\.\s+(Pro|Con):\s*->\s*See\s+([\d.]+?)\.?\s*$/.exec(l.trim())!;
          const parent = id!.split(".").slice(0, -1).join(".");
          expect(g.nodes.some((n) => n.key === id)).toBe(false);
          expect(g.edges).toContainEqual({
            from: target,
            to: parent,
            relation: stance === "Pro" ? "supports" : "rebuts",
          });
        }
      });

      it("gives sides by the rule: thesis neutral, its Pros aff and Cons neg, Pros keep and Cons flip below", () => {
        const byKey = new Map(g.nodes.map((n) => [n.key, n]));
        for (const n of g.nodes) {
          if (n.role === "thesis") continue;
          const parentKey = n.key.split(".").slice(0, -1).join(".");
          const parent = byKey.get(parentKey)!;
          const pro = g.edges.some((e) => e.from === n.key && e.to === parentKey && e.relation === "supports");
          const expected =
            parent.side === "neutral"
              ? pro
                ? "aff"
                : "neg"
              : pro
                ? parent.side
                : parent.side === "aff"
                  ? "neg"
                  : "aff";
          expect(n.side, n.key).toBe(expected);
          expect(n.kind, n.key).toBe(pro ? "claim" : "rebuttal");
        }
      });

      it("turns Markdown links into sources and keeps only the link text in the claim", () => {
        const urls = new Set([...file.text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => unescapeKialo(m[1]!)));
        expect(g.sources.map((s) => s.url).sort()).toEqual([...urls].sort());
        for (const s of g.sources) expect(s.text.length).toBeGreaterThan(0);
        const withLink = g.nodes.find((n) => n.key === "1.1.6")!;
        expect(`${withLink.title} ${withLink.body}`).toContain("platforms like Kialo, will");
        for (const n of g.nodes) {
          const text = `${n.title}\n${n.body}`;
          expect(text).not.toMatch(/\]\(|\\[()]|\r/);
        }
      });

      it("reads the same graph from LF line ends", () => {
        const lf = parseKialo(file.text.replace(/\r\n/g, "\n"));
        expect(lf.nodes).toEqual(g.nodes);
        expect(lf.edges).toEqual(g.edges);
      });
    });
  }
});

describe("parseKialo details", () => {
  const g = parseKialo(fixture("kialo-small.txt"));
  const node = (key: string) => g.nodes.find((n) => n.key === key)!;

  it("undoes backslash escapes in the title and claims", () => {
    expect(g.title).toBe("Should schools (public ones) ban phones?");
    expect(node("1.1.1.1").title).toBe("They have tried for years - and failed.");
    expect(node("1.1.1.2").title).toBe("Classroom rules already work in many schools [citation needed].");
  });

  it("joins continuation lines (paragraphs kept) and gives a long claim a short title", () => {
    const n = node("1.1");
    expect(n.title).toBe("Phones distract students.");
    expect(n.body).toBe(
      "Phones distract students.\nA second line of the same claim, with a study cited.\n\nA third paragraph.",
    );
  });

  it("resolves a forward -> See link, reports a link to a missing claim, skips an empty claim", () => {
    expect(g.nodes.map((n) => n.key).sort()).toEqual(["1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.2", "1.2", "1.3", "1.4"]);
    expect(g.edges).toContainEqual({ from: "1.3", to: "1.2", relation: "supports" });
    expect(g.edges).toContainEqual({ from: "1.1.1", to: "1.3", relation: "rebuts" });
    const whats = g.report.skipped.map((s) => s.what);
    expect(whats).toContain('"-> See" links to a claim that is not in the file');
    expect(g.report.skipped.find((s) => s.what === "empty claims")?.count).toBe(1);
  });

  it("keeps one source per http(s) address and refuses other schemes", () => {
    expect(g.sources).toHaveLength(1);
    expect(g.sources[0]).toMatchObject({ title: "study", url: "https://example.org/study?a=1(b)" });
    const wiki = parseKialo(
      "1. Thesis\n1.1. Pro: See [Foo](https://en.wikipedia.org/wiki/Foo_(bar)) and [Bar\\]](https://x.org/a).\n",
    );
    expect(wiki.sources.map((s) => [s.title, s.url])).toEqual([
      ["Foo", "https://en.wikipedia.org/wiki/Foo_(bar)"],
      ["Bar]", "https://x.org/a"],
    ]);
    expect(wiki.nodes[1]!.title).toBe("See Foo and Bar].");
    expect(g.report.skipped.find((s) => s.what === "links without an http(s) address")?.count).toBe(1);
    expect(node("1.4").title).toBe("A link that is not a web address: local and same study.");
  });

  it("sides and kinds", () => {
    expect(
      ["1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.2", "1.2", "1.3", "1.4"].map((k) => `${node(k).side}/${node(k).kind}`),
    ).toEqual([
      "neutral/claim",
      "aff/claim",
      "neg/rebuttal",
      "aff/rebuttal",
      "neg/claim",
      "neg/rebuttal",
      "neg/rebuttal",
      "aff/claim",
    ]);
  });

  // A quadratic scan would not finish within the test timeout; the time itself is bench/'s business.
  it("reads a line of millions of unclosed brackets", () => {
    for (const junk of [
      "[".repeat(2_000_000),
      "\\[".repeat(1_000_000),
      "[a](".repeat(500_000),
      "[a](b(".repeat(300_000),
    ]) {
      const h = parseKialo(`Discussion Title: T\n1. ${junk}(x\n1.1. Pro: ok\n`);
      expect(h.nodes).toHaveLength(2);
    }
  });

  it("treats a numbered line that cannot be a claim as text of the claim before it", () => {
    const h = parseKialo(
      "Discussion Title: T\n1. Thesis\n1.1. Pro: Reasons:\n2. a numbered list item\n1.1.1. Con: Answer\n",
    );
    expect(h.nodes).toHaveLength(3);
    expect(h.nodes[1]!.body).toBe("Reasons:\n2. a numbered list item");
  });
});

describe("Kialo exports in other languages", () => {
  it("reads a German export: its title line and Contra as Con, detected as Kialo", () => {
    const text =
      "Diskussionstitel: Sollen Städte Autos verbieten?\n\n1. Städte sollen Autos verbieten.\n1.1. Pro: Die Luft wird sauberer.\n1.1.1. Contra: Der Verkehr verlagert sich nur.\n1.2. Contra: Handwerker brauchen Autos.\n1.2.1. Pro: -> Siehe 1.1.1.\n";
    expect(detectFormat(null, text)).toBe("kialo");
    const g = importFile("kialo", text);
    expect(g.title).toBe("Sollen Städte Autos verbieten?");
    expect(g.nodes.map((n) => [n.key, n.kind, n.side])).toEqual([
      ["1", "claim", "neutral"],
      ["1.1", "claim", "aff"],
      ["1.1.1", "rebuttal", "neg"],
      ["1.2", "rebuttal", "neg"],
    ]);
    // The link is an edge from the claim it names, not a copy.
    expect(g.edges.map((e) => [e.from, e.relation, e.to])).toEqual([
      ["1.1", "supports", "1"],
      ["1.1.1", "rebuts", "1.1"],
      ["1.2", "rebuts", "1"],
      ["1.1.1", "supports", "1.2"],
    ]);
    expect(g.report.skipped).toEqual([]);
    expect(g.report.warnings).toEqual([]);
  });

  it("reads side words written with a space before the colon, as French typography does", () => {
    const text =
      "Titre de la discussion : Faut-il interdire les voitures ?\n\n1. Oui.\n1.1. Pour : L'air est plus pur.\n1.2. Contre\u00a0: Les artisans en ont besoin.\n";
    expect(detectFormat(null, text)).toBe("kialo");
    const g = importFile("kialo", text);
    expect(g.title).toBe("Faut-il interdire les voitures ?");
    expect(g.nodes.map((n) => [n.kind, n.title])).toEqual([
      ["claim", "Oui."],
      ["claim", "L'air est plus pur."],
      ["rebuttal", "Les artisans en ont besoin."],
    ]);
    expect(g.report.skipped).toEqual([]);
  });

  it("reads French side words and takes an unknown title label's text as the title, saying so", () => {
    const g = importFile(
      "kialo",
      "Rubrik: Faut-il interdire les voitures ?\n\n1. Oui.\n1.1. Pour: L'air est plus pur.\n1.2. Contre: Les artisans en ont besoin.\n",
    );
    expect(g.title).toBe("Faut-il interdire les voitures ?");
    expect(g.nodes.map((n) => n.kind)).toEqual(["claim", "claim", "rebuttal"]);
    expect(g.report.warnings).toEqual(["the first line was read as the discussion's title (“Rubrik:”)"]);
  });
});

// Newer exports (as research code that reads Kialo's exports expects them): "Discussion Name:"
// with the title on the next line, "1. Thesis:" and "1.1. Con:" with the claim's text on the
// line below, two spaces of indentation per level, a blank line between claims, footnotes "[1]"
// and a closing "Sources:" list with each source's address and the passage quoted.
const NEWER_LAYOUT = [
  "Discussion Name:",
  "Should governments provide a universal basic income?",
  "",
  "1. Thesis:",
  "Governments should provide a universal basic income (UBI).",
  "",
  "  1.1. Con:",
  "  Economic growth is likely to slow if a UBI is implemented.",
  "",
  "    1.1.1. Con:",
  "    Economic growth in and of itself is not good. Consumerism comes with",
  "    a number of associated harms [1].",
  "",
  "      1.1.1.1. Pro:",
  "      The present system is replete with negative externalities [2].",
  "",
  "  1.2. Pro:",
  "  A UBI is a more efficient form of welfare [1].",
  "",
  "    1.2.1. Con:",
  "    -> See 1.1.1.",
  "",
  "Sources:",
  "[1] https://example.org/harms",
  '"Mindless consumerism comes with harms."',
  "[2] https://example.org/externalities",
  "",
].join("\r\n");

describe("Kialo exports in the newer layout", () => {
  it("is detected as Kialo by its content", () => {
    expect(detectFormat("export.txt", NEWER_LAYOUT)).toBe("kialo");
    expect(detectFormat(null, NEWER_LAYOUT)).toBe("kialo");
  });

  it("reads the title below its label, the indented claims with their text on the next lines, and -> See links", () => {
    const g = importFile("kialo", NEWER_LAYOUT);
    expect(g.title).toBe("Should governments provide a universal basic income?");
    expect(g.resolution).toBe("Governments should provide a universal basic income (UBI).");
    expect(g.nodes.map((n) => [n.key, n.kind, n.side, n.role])).toEqual([
      ["1", "claim", "neutral", "thesis"],
      ["1.1", "rebuttal", "neg", null],
      ["1.1.1", "rebuttal", "aff", null],
      ["1.1.1.1", "claim", "aff", null],
      ["1.2", "claim", "aff", null],
    ]);
    // A text over two lines is one claim, without the indentation.
    expect(g.nodes[2]!.title).toBe("Economic growth in and of itself is not good. Consumerism comes with");
    expect(g.nodes[2]!.body).toBe(
      "Economic growth in and of itself is not good. Consumerism comes with\na number of associated harms [1].",
    );
    expect(g.edges.map((e) => [e.from, e.relation, e.to])).toEqual([
      ["1.1", "rebuts", "1"],
      ["1.1.1", "rebuts", "1.1"],
      ["1.1.1.1", "supports", "1.1.1"],
      ["1.2", "supports", "1"],
      ["1.1.1", "rebuts", "1.2"],
    ]);
    expect(g.report.skipped).toEqual([]);
    expect(g.report.warnings).toEqual([]);
  });

  it("makes a source of each footnote of the Sources list, not text of the last claim", () => {
    const g = importFile("kialo", NEWER_LAYOUT);
    expect(g.nodes.find((n) => n.key === "1.2")!.title).toBe("A UBI is a more efficient form of welfare [1].");
    expect(g.sources.map((s) => [s.key, s.url, s.text])).toEqual([
      ["footnote-1", "https://example.org/harms", '"Mindless consumerism comes with harms."'],
      [
        "footnote-2",
        "https://example.org/externalities",
        "https://example.org/externalities\n\nThis source was a footnote in a Kialo discussion; the export holds no passage of it.",
      ],
    ]);
    expect(g.sources[0]!.attribution).toBe("Footnote [1] of a Kialo discussion, cited in claim 1.1.1, 1.2");
    // A footnote without an address keeps its words as the title.
    const h = importFile(
      "kialo",
      "Discussion Title: T\n\n1. Thesis [1]\n1.1. Pro: ok\n\nSources:\n[1] A book, 2001.\n",
    );
    expect(h.sources.map((s) => [s.title, s.url])).toEqual([["A book, 2001.", ""]]);
    expect(h.nodes).toHaveLength(2);
  });

  it("reads a multi-thesis discussion: the question is the resolution, each thesis a root claim", () => {
    const g = importFile(
      "kialo",
      [
        "Discussion Name:",
        "Which energy source should we favour?",
        "",
        "1. Question:",
        "Which energy source should we favour?",
        "",
        "  1.1. Thesis:",
        "  Nuclear power.",
        "",
        "    1.1.1. Pro:",
        "    It emits little CO2.",
        "",
        "  1.2. Thesis:",
        "  Solar power.",
        "",
        "    1.2.1. Con:",
        "    It needs storage.",
        "",
      ].join("\n"),
    );
    expect(g.resolution).toBe("Which energy source should we favour?");
    expect(g.nodes.map((n) => [n.key, n.role, n.side])).toEqual([
      ["1.1", "thesis", "neutral"],
      ["1.1.1", null, "aff"],
      ["1.2", "thesis", "neutral"],
      ["1.2.1", null, "neg"],
    ]);
    expect(g.edges.map((e) => [e.from, e.relation, e.to])).toEqual([
      ["1.1.1", "supports", "1.1"],
      ["1.2.1", "rebuts", "1.2"],
    ]);
    expect(g.report.skipped).toEqual([]);
  });

  it("reads theses numbered 1., 2., … as several roots, and a numbered list in a claim as its text", () => {
    const g = importFile(
      "kialo",
      "Discussion Title: Two theses\n\n1. First thesis\n1.1. Pro: Reasons:\n2. a list item\n2. Second thesis\n2.1. Con: Against it\n",
    );
    expect(g.nodes.map((n) => [n.key, n.role, n.body])).toEqual([
      ["1", "thesis", ""],
      ["1.1", null, "Reasons:\n2. a list item"],
      ["2", "thesis", ""],
      ["2.1", null, ""],
    ]);
    expect(g.edges.map((e) => [e.from, e.relation, e.to])).toEqual([
      ["1.1", "supports", "1"],
      ["2.1", "rebuts", "2"],
    ]);
  });
});
