import { describe, expect, it } from "vitest";
import {
  corpusFiles,
  fixture,
  seedDebate,
  signature,
  debateSignature,
  thrown,
  toExportable,
} from "./__fixtures__/helpers";
import { CLASH_SCHEMES, parseAif, toAif } from "./aif";
import { detectFormat } from "./detect";
import { importFile } from "./index";
import { aifStructure } from "./__fixtures__/aif-oracle";
import { parseJsonGuarded } from "./guard";
import { ImportError, type ImportedGraph } from "./types";
import { AIF_TRANSCRIPT_FRAGMENT } from "./__fixtures__/aif-fragment";

const corpus = corpusFiles("aif", ".json");
type RawNode = { nodeID: string | number; type: string; text: string };
type RawEdge = { fromID: string | number; toID: string | number };

/** Supports and attacks counted straight from the raw JSON, as the AIF spec describes them. */
function countRaw(raw: { nodes: RawNode[]; edges: RawEdge[] }) {
  const type = new Map(raw.nodes.map((n) => [String(n.nodeID), n.type]));
  const into = (id: string) => raw.edges.filter((e) => String(e.toID) === id).map((e) => String(e.fromID));
  const outOf = (id: string) => raw.edges.filter((e) => String(e.fromID) === id).map((e) => String(e.toID));
  const pairs = (t: string) => {
    const all: string[] = [];
    for (const n of raw.nodes.filter((x) => x.type === t)) {
      for (const a of into(String(n.nodeID)).filter((id) => type.get(id) === "I")) {
        for (const b of outOf(String(n.nodeID)).filter((id) => type.get(id) === "I")) all.push(`${a}->${b}`);
      }
    }
    return all;
  };
  const count = (t: string) => raw.nodes.filter((n) => n.type === t).length;
  // A locution asserts what its YA nodes point at: L → YA → I.
  const asserts: string[] = [];
  for (const l of raw.nodes.filter((x) => x.type === "L")) {
    for (const ya of outOf(String(l.nodeID)).filter((id) => type.get(id) === "YA"))
      for (const i of outOf(ya).filter((id) => type.get(id) === "I")) asserts.push(`${l.nodeID}->${i}`);
  }
  return {
    iNodes: count("I"),
    asserts,
    supports: pairs("RA"),
    attacks: pairs("CA"),
    L: count("L"),
    YA: count("YA"),
    TA: count("TA"),
    MA: count("MA"),
  };
}

const edgeSet = (g: ImportedGraph, relation: string, from: "claim" | "evidence" = "claim") => {
  const kind = new Map(g.nodes.map((n) => [n.key, n.kind]));
  return new Set(
    g.edges.filter((e) => e.relation === relation && kind.get(e.from) === from).map((e) => `${e.from}->${e.to}`),
  );
};
const skipped = (g: ImportedGraph, what: string) => g.report.skipped.find((s) => s.what.startsWith(what))?.count ?? 0;

describe("parseAif on the AraucariaDB corpus", () => {
  it("has the corpus maps (the corpus README says 68; the folder holds 66)", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(66);
  });

  let linked = 0;
  let named = 0;
  let totalDialogue = 0;
  for (const file of corpus) {
    it(`${file.name}: I nodes are claims, linked or named RA nodes arguments with numbered premises, plain RA supports, CA attacks`, () => {
      const raw = JSON.parse(file.text) as { nodes: (RawNode & { scheme?: string })[]; edges: RawEdge[] };
      const expected = countRaw(raw);
      const g = parseAif(parseJsonGuarded(file.text));
      const type = new Map(raw.nodes.map((n) => [String(n.nodeID), n.type]));
      const into = (id: string) => raw.edges.filter((e) => String(e.toID) === id).map((e) => String(e.fromID));
      const outOf = (id: string) => raw.edges.filter((e) => String(e.fromID) === id).map((e) => String(e.toID));
      const attacked = new Set(raw.nodes.filter((n) => n.type === "CA").flatMap((n) => outOf(String(n.nodeID))));

      expect(g.nodes.filter((n) => n.kind === "claim")).toHaveLength(expected.iNodes);
      const want: string[] = [];
      let arguments_ = 0;
      for (const ra of raw.nodes.filter((n) => n.type === "RA")) {
        const id = String(ra.nodeID);
        const premises = into(id).filter((x) => type.get(x) === "I");
        const conclusions = outOf(id).filter((x) => type.get(x) === "I");
        const scheme = ra.scheme ?? "";
        if (premises.length > 1 || scheme || attacked.has(id)) {
          arguments_++;
          const node = g.nodes.find((n) => n.key === id)!;
          expect(node.kind).toBe("argument");
          expect(node.scheme ?? "").toBe(scheme);
          premises.forEach((p, i) => want.push(`${p} premise#${i + 1} ${id}`));
          for (const c of conclusions) want.push(`${id} supports ${c}`);
          if (premises.length > 1) linked++;
          if (scheme) named++;
        } else for (const p of premises) for (const c of conclusions) want.push(`${p} supports ${c}`);
      }
      for (const ca of raw.nodes.filter((n) => n.type === "CA")) {
        const id = String(ca.nodeID);
        for (const a of into(id).filter((x) => type.get(x) === "I"))
          for (const t of outOf(id)) want.push(`${a} ${type.get(t) === "RA" ? "undercuts" : "rebuts"} ${t}`);
      }
      const got = g.edges
        .filter((e) => g.nodes.find((n) => n.key === e.from)!.kind !== "evidence")
        .map((e) => `${e.from} ${e.relation}${e.position ? `#${e.position}` : ""} ${e.to}`);
      expect(new Set(got)).toEqual(new Set(want));
      expect(g.nodes.filter((n) => n.kind === "argument")).toHaveLength(arguments_);

      // Every locution is a card anchored in the transcript, supporting what it asserts.
      const cards = g.nodes.filter((n) => n.kind === "evidence");
      expect(cards).toHaveLength(expected.L);
      expect(edgeSet(g, "supports", "evidence")).toEqual(new Set(expected.asserts));
      expect(g.sources).toHaveLength(expected.L > 0 ? 1 : 0);
      for (const c of cards)
        expect(g.sources[0]!.text.slice(c.evidence!.start, c.evidence!.end)).toBe(c.evidence!.quote);
      expect(skipped(g, "rephrases")).toBe(expected.MA);
      expect(g.report.counts).toEqual({ nodes: g.nodes.length, edges: g.edges.length, sources: g.sources.length });
      totalDialogue += cards.length;
    });
  }

  it("exercised linked premises, scheme names and dialogue somewhere in the corpus", () => {
    expect(linked).toBeGreaterThanOrEqual(100);
    expect(named).toBeGreaterThanOrEqual(40);
    expect(totalDialogue).toBeGreaterThanOrEqual(2);
  });

  for (const file of corpus) {
    it(`${file.name}: AIF → Clash → AIF has the same inferences, schemes, conflicts and locutions`, () => {
      const g1 = parseAif(parseJsonGuarded(file.text));
      const aif = toAif(toExportable(g1));
      expect(aifStructure(aif)).toEqual(aifStructure(JSON.parse(file.text)));
      const g2 = parseAif(parseJsonGuarded(JSON.stringify(aif)));
      expect(signature(g2)).toEqual(signature(g1));
      expect(g2.nodes.map((n) => `${n.title}\n${n.body}\n${n.scheme ?? ""}`).sort()).toEqual(
        g1.nodes.map((n) => `${n.title}\n${n.body}\n${n.scheme ?? ""}`).sort(),
      );
      expect(g2.edges.filter((e) => e.relation === "premise").map((e) => e.position)).toEqual(
        g1.edges.filter((e) => e.relation === "premise").map((e) => e.position),
      );
      expect(g2.title).toBe(g1.title);
    });
  }
});

describe("parseAif on an OVA file with every node type", () => {
  const g = parseAif(parseJsonGuarded(fixture("aif-ova-small.json")));

  it("keeps I-nodes as claims with OVA positions where given", () => {
    expect(
      g.nodes
        .filter((n) => n.kind === "claim")
        .map((n) => n.key)
        .sort(),
    ).toEqual(["1", "2", "4", "6", "8"]);
    expect(g.nodes.find((n) => n.key === "1")!.position).toEqual({ x: 400, y: 50 });
    expect(g.nodes.find((n) => n.key === "2")!.position).toEqual({ x: 100, y: 300 });
    expect(g.nodes.find((n) => n.key === "4")!.position).toBeNull();
    expect(g.nodes.find((n) => n.key === "2")!.title).toBe("Air pollution in city centres harms health.");
  });

  it("makes a named (or undercut) RA an argument node with its scheme, a CA on it an undercut of that argument, a plain RA a support", () => {
    const argument = g.nodes.find((n) => n.key === "3")!;
    expect(argument).toMatchObject({ kind: "argument", scheme: "Argument From Consequences" });
    expect(argument.title).toBe("Argument From Consequences for: Cities should ban cars from the centre.");
    expect(g.edges).toEqual(
      expect.arrayContaining([
        { from: "2", to: "3", relation: "premise", position: 1 },
        { from: "3", to: "1", relation: "supports" },
        { from: "4", to: "1", relation: "rebuts" },
        { from: "6", to: "3", relation: "undercuts" },
        { from: "8", to: "1", relation: "extends" },
        { from: "10", to: "1", relation: "supports" },
      ]),
    );
    expect(g.edges).toHaveLength(6);
  });

  it("OVA → Clash → AIF gives the same inferences, schemes, the CA → RA undercut and the locutions back", () => {
    const out = toAif(toExportable(g));
    const before = aifStructure(JSON.parse(fixture("aif-ova-small.json")));
    const after = aifStructure(out);
    // The second locution asserted nothing and had one transition; everything else is as it was.
    expect(after).toEqual(before);
    expect(after).toContain(
      "CA (Pollution mostly comes from heating, not cars.) x [Argument From Consequences(Air pollution in city centres harms health.) => Cities should ban cars from the centre.]",
    );
    const ra = out.AIF.nodes.find((n) => n.type === "RA" && n.text === "Argument From Consequences")!;
    expect(ra.scheme).toBe("Argument From Consequences");
  });

  it("reports everything it left out, with counts and reasons", () => {
    // The two locutions are cards in the transcript (the file's text holds only the first one).
    expect(
      g.nodes.filter((n) => n.kind === "evidence").map((n) => [n.key, n.evidence!.cite, n.evidence!.quote]),
    ).toEqual([
      ["10", "Alice", "cities should ban cars"],
      ["12", "Bob", "but deliveries"],
    ]);
    expect(g.report.warnings).toContain(
      "1 locutions were not found in the file's text; they were added at the end of the transcript",
    );
    expect(skipped(g, "rephrases")).toBe(1);
    expect(skipped(g, "preferences")).toBe(1);
    expect(skipped(g, "repeated nodeIDs")).toBe(1);
    const missing = g.report.skipped.find((s) => s.what.startsWith("AIF edges to a node that is not in the file"))!;
    expect(missing.count).toBe(1);
    expect(missing.why).toContain("99 → 1");
  });

  it("names the map after its one root", () => {
    expect(g.title).toBe("Cities should ban cars from the centre.");
    expect(g.resolution).toBe("Cities should ban cars from the centre.");
  });

  it("leaves the title to the file's name when the root is a fragment of a transcript", () => {
    const f = parseAif(parseJsonGuarded(JSON.stringify(AIF_TRANSCRIPT_FRAGMENT)));
    expect(f.title).toBe("");
    expect(f.resolution).toBe("involve an enormous amount of work a");
  });
});

describe("parseAif refusals", () => {
  it("refuses what is not AIF, and names the field that is wrong", () => {
    expect((thrown(() => parseAif({ hello: 1 })) as ImportError).kind).toBe("malformed");
    const e = thrown(() => parseAif({ nodes: [{ nodeID: "1", text: "x" }], edges: [] })) as ImportError;
    expect(e.kind).toBe("malformed");
    expect(e.message).toMatch(/nodes\[0\]\.type/);
  });

  it("refuses ids too long for a JSON number when two of them read as one, and reads long ids as strings", () => {
    // Both ids round to 1.2345678901234568e+29: silently merged, the second node and its edges were lost.
    const numbers =
      '{"nodes":[{"nodeID":123456789012345678901234567890,"text":"A","type":"I"},' +
      '{"nodeID":123456789012345678901234567891,"text":"B","type":"I"},{"nodeID":3,"text":"","type":"RA"}],' +
      '"edges":[{"fromID":123456789012345678901234567891,"toID":3},{"fromID":3,"toID":123456789012345678901234567890}]}';
    const e = thrown(() => importFile("aif", numbers)) as ImportError;
    expect(e.kind).toBe("malformed");
    expect(e.message).toMatch(
      /^two nodes read as the same nodeID \(1\.2345678901234568e\+29\).*write the ids as strings/,
    );
    const g = importFile("aif", numbers.replace(/(\d{20,})/g, '"$1"'));
    expect(g.nodes.map((n) => n.title)).toEqual(["A", "B"]);
    expect(g.edges.map((e) => [e.from, e.relation, e.to])).toEqual([
      ["123456789012345678901234567891", "supports", "123456789012345678901234567890"],
    ]);
    // A long id that is alone stays one node; a plain repeat is still only reported.
    const one = importFile(
      "aif",
      '{"nodes":[{"nodeID":123456789012345678901234567890,"text":"A","type":"I"},{"nodeID":7,"text":"B","type":"I"},{"nodeID":7,"text":"B again","type":"I"}],"edges":[]}',
    );
    expect(one.nodes).toHaveLength(2);
    expect(one.report.skipped.map((s) => s.what)).toEqual(["repeated nodeIDs"]);
  });

  it("refuses 60,000 propositions as too_many", () => {
    const nodes = Array.from({ length: 60_000 }, (_, i) => ({ nodeID: String(i), text: `claim ${i}`, type: "I" }));
    const e = thrown(() => parseAif(parseJsonGuarded(JSON.stringify({ nodes, edges: [] })))) as ImportError;
    expect(e).toBeInstanceOf(ImportError);
    expect(e.kind).toBe("too_many");
  });
});

describe("toAif", () => {
  const d = seedDebate();
  const aif = toAif(d, { now: new Date("2026-01-02T03:04:05Z") });

  it("writes an I-node per argument, an RA per support and a CA per attack, in OVA's wrapping", () => {
    const types = (t: string) => aif.AIF.nodes.filter((n) => n.type === t).length;
    expect(types("I")).toBe(d.nodes.length);
    expect(types("RA")).toBe(d.edges.filter((e) => e.relation === "supports" || e.relation === "extends").length);
    expect(types("CA")).toBe(d.edges.filter((e) => ["rebuts", "undercuts", "turns"].includes(e.relation)).length);
    expect(aif.AIF.edges).toHaveLength(2 * d.edges.length);
    expect(aif.OVA.nodes).toHaveLength(aif.AIF.nodes.length);
    expect(aif.AIF.nodes[0]!.timestamp).toBe("2026-01-02 03:04:05");
    const ids = new Set(aif.AIF.nodes.map((n) => n.nodeID));
    expect(aif.AIF.edges.every((e) => ids.has(e.fromID) && ids.has(e.toID))).toBe(true);
    expect(aif.AIF.nodes.filter((n) => n.scheme === CLASH_SCHEMES.turns)).toHaveLength(
      d.edges.filter((e) => e.relation === "turns").length,
    );
  });

  it("Clash → AIF → Clash keeps the arguments, every relation (turns and extends too) and the positions", () => {
    const g = parseAif(parseJsonGuarded(JSON.stringify(aif)));
    expect(signature(g, [])).toEqual(debateSignature(d, []));
    expect(g.title).toBe(d.title);
    expect(g.resolution).toBe(d.resolution);
    expect(g.description).toBe(d.description);
    expect(g.nodes.map((n) => n.position)).toEqual(d.nodes.map((n) => n.position));
    // Claims and rebuttals keep their body; a card is a card again: its quote, cite, parts and layers.
    for (const [i, n] of d.nodes.entries()) {
      const back = g.nodes[i]!;
      expect(back.kind, n.title).toBe(n.kind);
      expect(back.body).toBe(n.body);
      if (n.evidence) {
        const { quote, cite, highlights, underline, emphasis, highlights2, insertions, citeFields } = n.evidence;
        expect(back.evidence).toMatchObject({
          quote,
          cite,
          highlights,
          underline: underline ?? [],
          emphasis: emphasis ?? [],
          highlights2: highlights2 ?? [],
          insertions: insertions ?? [],
          citeFields: citeFields ?? {},
        });
        const source = g.sources.find((s) => s.key === back.evidence!.sourceKey)!;
        expect(source.text.slice(back.evidence!.start, back.evidence!.end)).toBe(quote);
      }
    }
  });

  it("keeps side, kind, speech, role and response type beside each I node, and reads them back", () => {
    const iNodes = aif.AIF.nodes.filter((n) => n.type === "I");
    expect(iNodes.map((n) => n.clash!.side)).toEqual(d.nodes.map((n) => n.side));
    expect(iNodes.map((n) => n.clash!.speech ?? null)).toEqual(d.nodes.map((n) => n.speech));
    expect(iNodes.map((n) => n.clash!.role ?? null)).toEqual(d.nodes.map((n) => n.role));
    expect(iNodes.map((n) => n.clash!.responseType ?? null)).toEqual(d.nodes.map((n) => n.responseType));
    const g = parseAif(parseJsonGuarded(JSON.stringify(aif)));
    const strip = (n: { side: string; speech: string | null; role: string | null; responseType: string | null }) =>
      [n.side, n.speech, n.role, n.responseType].join("|");
    expect(g.nodes.map(strip)).toEqual(d.nodes.map(strip));
    // A card cannot come back as a card without its source: it returns as a claim carrying its words.
    expect(g.nodes.filter((n) => n.kind === "rebuttal").length).toBe(
      d.nodes.filter((n) => n.kind === "rebuttal").length,
    );
  });

  it("writes the text as a string, as OVA3 and AIFdb do", () => {
    expect(typeof aif.text).toBe("string");
    expect(aif.AIF.nodes.every((n) => typeof n.text === "string" && n.text.length > 0)).toBe(true);
  });

  it("ends with what AIF could not hold: sources, the places of card quotes in them", () => {
    const note = (what: string) => aif.clashNotExported.find((n) => n.what.startsWith(what));
    expect(note("sources")!.count).toBe(d.sources.length);
    expect(note("places of card quotes")!.count).toBe(d.nodes.filter((n) => n.evidence).length);
    expect(aif.clashNotExported.every((n) => n.count > 0 && n.why.length > 0)).toBe(true);
  });
});

describe("reading AIF's scheme names and bare edges", () => {
  it("reads OVA's scheme name from the RA text and AIFdb's from schemefulfillments, and reports I → I edges", () => {
    const g = parseAif({
      nodes: [
        { nodeID: "1", text: "Conclusion", type: "I" },
        { nodeID: "2", text: "Premise", type: "I" },
        { nodeID: "3", text: "Argument From Expert Opinion", type: "RA" },
        { nodeID: "4", text: "Other premise", type: "I" },
        { nodeID: "5", text: "RA", type: "RA" },
        { nodeID: "6", text: "Loose", type: "I" },
      ],
      edges: [
        { fromID: "2", toID: "3" },
        { fromID: "3", toID: "1" },
        { fromID: "4", toID: "5" },
        { fromID: "5", toID: "1" },
        { fromID: "6", toID: "1" },
      ],
      schemefulfillments: [{ nodeID: "5", schemeID: "Argument From Analogy" }],
    });
    expect(g.nodes.filter((n) => n.kind === "argument").map((n) => [n.key, n.scheme])).toEqual([
      ["3", "Argument From Expert Opinion"],
      ["5", "Argument From Analogy"],
    ]);
    expect(skipped(g, "direct edges between propositions (I → I)")).toBe(1);
    expect(g.edges.some((e) => e.from === "6")).toBe(false);
  });
});

describe("parseAif on an OVA2 analysis (nodes with id, edges holding whole nodes, analysis.txt)", () => {
  // OVA2 saves its canvas: every node with id, position, scheme id and visibility; each edge with
  // its two node objects; hidden "Analysing" bookkeeping that names the analyst.
  const raw = JSON.parse(fixture("ova2-analysis.json")) as {
    nodes: { id: number; text: string; type: string; visible: boolean }[];
    edges: { from: { id: number }; to: { id: number } }[];
  };
  const g = importFile("aif", fixture("ova2-analysis.json"));

  it("reads the argument the analysis holds, with positions, and leaves OVA's bookkeeping out (said)", () => {
    expect(g.nodes.filter((n) => n.kind === "claim").map((n) => n.key)).toEqual(["1", "2", "3", "5"]);
    expect(g.nodes.find((n) => n.key === "4")).toMatchObject({
      kind: "argument",
      scheme: "Argument From Positive Consequences",
      position: { x: 200, y: 200 },
    });
    expect(g.edges).toEqual(
      expect.arrayContaining([
        { from: "1", to: "4", relation: "premise", position: 1 },
        { from: "2", to: "4", relation: "premise", position: 2 },
        { from: "4", to: "3", relation: "supports" },
        { from: "5", to: "3", relation: "rebuts" },
      ]),
    );
    expect(g.report.skipped.find((s) => s.what.startsWith("OVA2 bookkeeping"))?.count).toBe(2);
    expect(g.nodes.some((n) => /Chris Analyst|Analysing/.test(`${n.title} ${n.evidence?.cite ?? ""}`))).toBe(false);
  });

  it("makes the analysed text a transcript and each locution a card with its speaker", () => {
    expect(g.sources).toHaveLength(1);
    expect(g.sources[0]!.text).toBe("Ann Lee: Nuclear power is low-carbon.\nBob Ray: Plants take decades to build.");
    expect(
      g.nodes.filter((n) => n.kind === "evidence").map((n) => [n.evidence!.cite, n.evidence!.quote, n.evidence!.start]),
    ).toEqual([
      ["Ann Lee", "Nuclear power is low-carbon.", 9],
      ["Bob Ray", "Plants take decades to build.", 47],
    ]);
  });

  it("OVA2 → Clash → AIF gives back the same inferences, schemes, conflicts, locutions and transitions", () => {
    const shown = new Set(raw.nodes.filter((n) => n.visible).map((n) => n.id));
    const asAif = {
      nodes: raw.nodes.filter((n) => shown.has(n.id)).map((n) => ({ nodeID: n.id, text: n.text, type: n.type })),
      edges: raw.edges
        .filter((e) => shown.has(e.from.id) && shown.has(e.to.id))
        .map((e) => ({ fromID: e.from.id, toID: e.to.id })),
    };
    const before = aifStructure(asAif);
    expect(before).toContain(
      "RA Argument From Positive Consequences(Nuclear power is low-carbon. & We must cut emissions fast.) => We should build nuclear plants.",
    );
    expect(aifStructure(toAif(toExportable(g)))).toEqual(before);
  });
});

describe("parseAif on xAIF as argument-mining pipelines write it", () => {
  // Number ids, `"aif"` in lower case or OVA3's `"AIF"`, null fulfilment lists, the text as `{txt}`.
  const xaif = (key: "AIF" | "aif") =>
    JSON.stringify({
      [key]: {
        descriptorfulfillments: null,
        nodes: [
          { nodeID: 0, text: "disagreements are to be expected.", type: "L" },
          { nodeID: 1, text: "the SNP has disagreements.", type: "L" },
          { nodeID: 3, text: "disagreements are to be expected.", type: "I" },
          { nodeID: 4, text: "Default Illocuting", type: "YA" },
          { nodeID: 5, text: "the SNP has disagreements.", type: "I" },
          { nodeID: 6, text: "Default Illocuting", type: "YA" },
          { nodeID: 9, text: "Default Inference", type: "RA" },
        ],
        edges: [
          { edgeID: 0, fromID: 0, toID: 4 },
          { edgeID: 1, fromID: 4, toID: 3 },
          { edgeID: 2, fromID: 1, toID: 6 },
          { edgeID: 3, fromID: 6, toID: 5 },
          { edgeID: 4, fromID: 5, toID: 9 },
          { edgeID: 5, fromID: 9, toID: 3 },
        ],
        locutions: [
          { nodeID: 0, personID: 0 },
          { nodeID: 1, personID: 1 },
        ],
        participants: [
          { firstname: "Speaker", participantID: 0, surname: "1" },
          { firstname: "Speaker", participantID: 1, surname: "2" },
        ],
        schemefulfillments: null,
      },
      dialog: true,
      ova: [],
      text: {
        txt: ' Speaker 1 <span class="highlighted" id="0">disagreements are to be expected.</span><br><br> Speaker 2 <span class="highlighted" id="1">the SNP has disagreements.</span><br><br>',
      },
    });

  for (const key of ["AIF", "aif"] as const) {
    it(`reads "${key}": claims, the support, the transcript and each locution's speaker`, () => {
      expect(detectFormat("x.json", xaif(key))).toBe("aif");
      const g = importFile("aif", xaif(key));
      expect(g.edges).toContainEqual({ from: "5", to: "3", relation: "supports" });
      expect(g.sources).toHaveLength(1);
      expect(g.sources[0]!.text).toContain("Speaker 2 the SNP has disagreements.");
      expect(g.nodes.filter((n) => n.kind === "evidence").map((n) => n.evidence!.cite)).toEqual([
        "Speaker 1",
        "Speaker 2",
      ]);
    });
  }
});

describe("OVA positions as OVA versions write them", () => {
  it("reads numeric strings and keeps the others' positions when one node has none", () => {
    const file = {
      AIF: {
        nodes: [
          { nodeID: "1", text: "a", type: "I" },
          { nodeID: "2", text: "b", type: "I" },
          { nodeID: "3", text: "c", type: "I" },
        ],
        edges: [],
      },
      OVA: {
        nodes: [
          { nodeID: "1", visible: true, x: "94.045", y: "428.08" },
          { nodeID: "2", visible: true, x: 10, y: 20 },
          { nodeID: "3", visible: true, x: "left", y: null },
        ],
      },
    };
    const g = importFile("aif", JSON.stringify(file));
    expect(g.nodes.map((n) => n.position)).toEqual([{ x: 94.045, y: 428.08 }, { x: 10, y: 20 }, null]);
  });
});

describe("AIF without edges", () => {
  it('reads "edges": null as no edges', () => {
    const g = importFile("aif", JSON.stringify({ nodes: [{ nodeID: 1, text: "A claim.", type: "I" }], edges: null }));
    expect([g.nodes.map((n) => n.title), g.edges]).toEqual([["A claim."], []]);
  });
});

describe("AIF with debris, as real files have it: the bad elements are left out and said", () => {
  const I = (nodeID: unknown, text: unknown, type: unknown = "I") => ({ nodeID, text, type });
  const RA = (nodeID: unknown) => ({ nodeID, text: "Default Inference", type: "RA" });
  const read = (file: unknown) => importFile("aif", JSON.stringify(file));
  const relations = (g: ImportedGraph) => g.edges.map((e) => `${e.from} ${e.relation} ${e.to}`);
  const report = (g: ImportedGraph) => Object.fromEntries(g.report.skipped.map((s) => [s.what, s.count]));

  it("reads a text written as a number or a boolean as that text, and a null text as none", () => {
    const g = read({ nodes: [I("1", 42), I("2", null), I("3", true), RA("4")], edges: [] });
    expect(g.nodes.map((n) => n.title)).toEqual(["42", "(empty proposition)", "true"]);
    const linked = read({
      nodes: [I("1", 2024), I("2", "Claim"), RA("3")],
      edges: [
        { fromID: "1", toID: "3" },
        { fromID: "3", toID: "2" },
      ],
    });
    expect(relations(linked)).toEqual(["1 supports 2"]);
  });

  it("leaves out a node without a usable nodeID or type, and the edges that join it", () => {
    const g = read({
      nodes: [
        I("1", "A"),
        { nodeID: "2", text: "B" },
        I("3", "C"),
        { text: "D", type: "I" },
        I(null, "E"),
        I("  ", "F"),
        I("7", "G", ""),
        I("8", "H", null),
        null,
        "junk",
        RA("9"),
      ],
      edges: [
        { fromID: "1", toID: "9" },
        { fromID: "2", toID: "9" },
        { fromID: "9", toID: "3" },
      ],
    });
    expect(g.nodes.map((n) => n.title)).toEqual(["A", "C"]);
    // The RA keeps one premise: a plain support.
    expect(relations(g)).toEqual(["1 supports 3"]);
    expect(report(g)).toEqual({
      "AIF nodes without a type": 3,
      "AIF nodes without a nodeID": 3,
      "AIF nodes that are not objects": 2,
      "AIF edges to a node that was left out": 1,
    });
  });

  it("leaves out an edge with a null or missing end, or that is not an object", () => {
    const g = read({
      nodes: [I("1", "A"), I("2", "B"), RA("3"), I("4", "C")],
      edges: [
        { fromID: "1", toID: "3" },
        { fromID: "3", toID: "2" },
        { fromID: "4", toID: null },
        { fromID: null, toID: "3" },
        { toID: "3" },
        { fromID: "4" },
        { fromID: {}, toID: "3" },
        null,
        7,
      ],
    });
    expect(relations(g)).toEqual(["1 supports 2"]);
    expect(report(g)).toEqual({ "AIF edges without both ends": 5, "AIF edges that are not objects": 2 });
  });

  it("matches ids written as numbers against ids written as strings, either way round", () => {
    const g = read({
      nodes: [I(1, "A"), I("2", "B"), RA(3)],
      edges: [
        { fromID: "1", toID: "3" },
        { fromID: 3, toID: 2 },
      ],
    });
    expect(relations(g)).toEqual(["1 supports 2"]);
    expect(g.report.skipped).toEqual([]);
  });

  it("reads node types in any case, and names the unknown ones in the report", () => {
    const g = read({
      nodes: [
        I("1", "A", "i"),
        I("2", "B", " I "),
        { nodeID: "3", text: "Default Inference", type: "ra" },
        I("4", "?", "x"),
      ],
      edges: [
        { fromID: "1", toID: "3" },
        { fromID: "3", toID: "2" },
        { fromID: "4", toID: "2" },
      ],
    });
    expect(g.nodes.map((n) => n.title)).toEqual(["A", "B"]);
    expect(relations(g)).toEqual(["1 supports 2"]);
    expect(report(g)).toEqual({ "AIF nodes of type X": 1 });
    const long = read({ nodes: [I("1", "A"), I("2", "?", "Y".repeat(300))], edges: [] });
    expect(long.report.skipped.map((s) => s.what)).toEqual([`AIF nodes of type ${"Y".repeat(39)}…`]);
  });

  it("reads a repeated edge once, so a plain inference stays a support, and leaves out an edge to itself", () => {
    const g = read({
      nodes: [I("1", "A"), I("2", "B"), RA("3")],
      edges: [
        { edgeID: 1, fromID: "1", toID: "3" },
        { edgeID: 2, fromID: "1", toID: "3" },
        { edgeID: 3, fromID: 3, toID: "2" },
        { edgeID: 4, fromID: "3", toID: 3 },
      ],
    });
    expect(g.nodes.map((n) => n.kind)).toEqual(["claim", "claim"]);
    expect(relations(g)).toEqual(["1 supports 2"]);
    expect(report(g)).toEqual({ "repeated AIF edges": 1, "AIF edges from a node to itself": 1 });
  });

  it("reads a file whose edges are not a list as one without edges, and says so", () => {
    const g = read({ nodes: [I("1", "A"), I("2", "B")], edges: { fromID: "1", toID: "2" } });
    expect(g.nodes).toHaveLength(2);
    expect(g.report.warnings).toContain('the file\'s "edges" is not a list: its nodes were read without edges');
  });

  it("cuts a text longer than 200,000 characters, and says so", () => {
    const g = read({ nodes: [I("1", "A claim. " + "x".repeat(250_000))], edges: [] });
    expect(g.nodes).toHaveLength(1);
    expect(g.report.warnings).toContain("1 node texts were longer than 200,000 characters and were cut");
  });

  it("refuses a file none of whose nodes can be read, naming each field that is wrong", () => {
    const e = thrown(() =>
      read({ nodes: [I(null, "A"), { nodeID: "2", text: "B" }, 5, I("4", "C", 3)], edges: [] }),
    ) as ImportError;
    expect(e.kind).toBe("malformed");
    expect(e.message).toBe(
      "no node of this AIF file can be read (each needs a nodeID and a type): nodes[0].nodeID is null; nodes[1].type is missing; nodes[2] is not an object (and 1 more)",
    );
  });

  it("reads an OVA2 analysis with a node without an id and an edge without an end", () => {
    const g = read({
      nodes: [
        { id: 1, text: "A", type: "I", x: 10, y: 20, visible: true },
        { id: 2, text: "B", type: "I", x: 10, y: 90, visible: true },
        { id: 3, text: "Default Inference", type: "RA", x: 10, y: 50, visible: true },
        { id: null, text: "stray", type: "I", visible: true },
      ],
      edges: [
        { from: { id: 1 }, to: { id: 3 } },
        { from: { id: 3 }, to: { id: 2 } },
        { from: { id: 2 }, to: null },
      ],
      participants: [],
      analysis: { txt: "" },
    });
    expect(g.nodes.map((n) => [n.title, n.position])).toEqual([
      ["A", { x: 10, y: 20 }],
      ["B", { x: 10, y: 90 }],
    ]);
    expect(relations(g)).toEqual(["1 supports 2"]);
    expect(report(g)).toMatchObject({ "AIF nodes without a nodeID": 1, "AIF edges without both ends": 1 });
  });
});
