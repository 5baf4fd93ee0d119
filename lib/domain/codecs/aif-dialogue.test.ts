import { describe, expect, it } from "vitest";
import { fixture, toExportable } from "./__fixtures__/helpers";
import { parseAif, toAif, type AifJson } from "./aif";
import { DIALOGUE_ATTRIBUTION, splitLocution, transcriptHtml, transcriptText } from "./aif-dialogue";
import { parseJsonGuarded } from "./guard";
import type { ImportedGraph } from "./types";

const read = (name: string) => parseAif(parseJsonGuarded(fixture(name)));

/** The dialogue of an AIF file by texts: L nodes, what each asserts, transitions, YA on relations. */
function dialogueOf(json: unknown) {
  const root = json as { AIF?: AifJson["AIF"] } & AifJson["AIF"];
  const aif = root.AIF ?? root;
  const byId = new Map(aif.nodes.map((n) => [String(n.nodeID), n]));
  const outs = (id: string) => aif.edges.filter((e) => String(e.fromID) === id).map((e) => String(e.toID));
  const ins = (id: string) => aif.edges.filter((e) => String(e.toID) === id).map((e) => String(e.fromID));
  const type = (id: string) => byId.get(id)!.type;
  const words = (id: string) =>
    splitLocution(byId.get(id)!.text)
      .words.toLowerCase()
      .replace(/[.?!,]$/, "");
  const claim = (id: string) => byId.get(id)!.text.split("\n")[0]!;
  const ls = aif.nodes.filter((n) => n.type === "L").map((n) => String(n.nodeID));
  return {
    locutions: ls.map((l) => `${splitLocution(byId.get(l)!.text).speaker}: ${words(l)}`).sort(),
    asserts: ls
      .flatMap((l) =>
        outs(l)
          .filter((y) => type(y) === "YA")
          .flatMap((y) =>
            outs(y)
              .filter((i) => type(i) === "I")
              .map((i) => `${words(l)} => ${claim(i)}`),
          ),
      )
      .sort(),
    transitions: aif.nodes
      .filter((n) => n.type === "TA")
      .map(
        (t) =>
          `${ins(String(t.nodeID)).map(words).join()} -> ${outs(String(t.nodeID))
            .filter((x) => type(x) === "L")
            .map(words)
            .join()}`,
      )
      .sort(),
    anchoredRelations: aif.nodes
      .filter((n) => n.type === "YA" && ins(String(n.nodeID)).some((x) => type(x) === "TA"))
      .flatMap((y) =>
        outs(String(y.nodeID)).map((r) => {
          const rel = String(r);
          const premise = ins(rel)
            .filter((x) => type(x) === "I")
            .map(claim)
            .join();
          const conclusion = outs(rel)
            .filter((x) => type(x) === "I")
            .map(claim)
            .join();
          return `${type(rel)}: ${premise} -> ${conclusion}`;
        }),
      )
      .sort(),
  };
}

const cardsOf = (g: ImportedGraph) => g.nodes.filter((n) => n.kind === "evidence");

describe("an OVA3 file with a dialogue", () => {
  const g = read("aif-ova3-dialogue.json");
  const transcript = g.sources[0]!;

  it("makes the file's text a transcript source (HTML read as plain text)", () => {
    expect(g.sources).toHaveLength(1);
    expect(transcript.attribution).toBe(DIALOGUE_ATTRIBUTION);
    expect(transcript.author).toBe("Bob, Alice");
    expect(transcript.text).toBe(
      "Bob: We should lower the voting age to sixteen. Sixteen-year-olds already pay taxes, after all.\n\n" +
        "Alice: But most of them are not mature enough to vote & that matters.\n\nBob: Is that so?",
    );
  });

  it("makes each locution a card anchored on its words in the transcript, its speaker the cite, in the order said", () => {
    const cards = cardsOf(g);
    expect(cards.map((c) => [c.evidence!.cite, c.evidence!.quote])).toEqual([
      ["Bob", "We should lower the voting age to sixteen"],
      ["Bob", "Sixteen-year-olds already pay taxes"],
      ["Alice", "But most of them are not mature enough to vote"],
      ["Bob", "Is that so?"],
    ]);
    for (const c of cards) {
      const e = c.evidence!;
      expect(e.sourceKey).toBe("aif-transcript");
      expect(transcript.text.slice(e.start, e.end)).toBe(e.quote);
      expect(transcript.text.slice(0, e.start).endsWith(e.prefix)).toBe(true);
      expect(transcript.text.slice(e.end).startsWith(e.suffix)).toBe(true);
    }
    expect(cards[0]!.position).toEqual({ x: 50, y: 40 });
  });

  it("links each card to the claims its YA nodes connect, and keeps the argument between the claims", () => {
    expect(g.edges).toEqual(
      expect.arrayContaining([
        { from: "101", to: "102", relation: "supports" },
        { from: "104", to: "105", relation: "supports" },
        { from: "110", to: "111", relation: "supports" },
        { from: "116", to: "111", relation: "supports" },
        { from: "105", to: "102", relation: "supports" },
        { from: "111", to: "102", relation: "rebuts" },
      ]),
    );
    expect(g.edges).toHaveLength(6);
  });

  it("says what it kept only as a link: the questioning force and the transition-anchored illocutions", () => {
    const entry = (what: string) => g.report.skipped.find((s) => s.what.startsWith(what));
    expect(entry("illocutionary forces (Pure Questioning)")!.count).toBe(1);
    expect(entry("illocutions anchored in transitions")!.count).toBe(2);
    expect(g.report.counts).toEqual({ nodes: 7, edges: 6, sources: 1 });
  });

  it("OVA → Clash → AIF gives the L, YA and TA nodes back, with the speakers and the order said", () => {
    const original = JSON.parse(fixture("aif-ova3-dialogue.json")) as unknown;
    const out = toAif(toExportable(g));
    const before = dialogueOf(original);
    const after = dialogueOf(out);
    expect(after.locutions).toEqual(before.locutions);
    expect(after.asserts).toEqual(before.asserts);
    expect(after.transitions).toEqual(before.transitions);
    expect(after.anchoredRelations).toEqual(before.anchoredRelations);
    expect(after.anchoredRelations).toEqual([
      "CA: Most sixteen-year-olds are not mature enough to vote -> We should lower the voting age to sixteen",
      "RA: Sixteen-year-olds already pay taxes -> We should lower the voting age to sixteen",
    ]);
    // The questioning force comes back as Asserting (reported on import); every other YA keeps its kind.
    expect(out.AIF.participants.map((p) => p.firstname).sort()).toEqual(["Alice", "Bob"]);
    expect(out.AIF.locutions).toHaveLength(4);
    expect(typeof out.text).toBe("string");
    expect(transcriptText(out.text)).toBe(transcript.text);
    // Cards that only assert are locutions, not propositions too.
    expect(out.AIF.nodes.filter((n) => n.type === "I")).toHaveLength(3);
    expect(out.clashNotExported).toEqual([]);
  });

  it("Clash → AIF → Clash keeps the cards, their anchors and links", () => {
    const again = parseAif(parseJsonGuarded(JSON.stringify(toAif(toExportable(g)))));
    expect(cardsOf(again).map((c) => [c.evidence!.cite, c.evidence!.quote, c.evidence!.start])).toEqual(
      cardsOf(g).map((c) => [c.evidence!.cite, c.evidence!.quote, c.evidence!.start]),
    );
    expect(again.sources[0]!.text).toBe(transcript.text);
    const sig = (x: ImportedGraph) => {
      const title = new Map(x.nodes.map((n) => [n.key, n.title]));
      return x.edges.map((e) => `${title.get(e.from)} ${e.relation} ${title.get(e.to)}`).sort();
    };
    expect(sig(again)).toEqual(sig(g));
  });
});

describe("an AIFdb nodeset with locutions and participants but no text", () => {
  const g = read("aifdb-dialogue.json");

  it("names speakers from participants and writes the transcript from the locutions in order", () => {
    expect(cardsOf(g).map((c) => [c.evidence!.cite, c.evidence!.quote])).toEqual([
      ["Claire Fox", "Tuition fees put poorer students off university"],
      ["David", "Applications from poorer students rose after fees came in"],
    ]);
    expect(g.sources[0]!.text).toBe(
      "Claire Fox: Tuition fees put poorer students off university\n\n" +
        "David: Applications from poorer students rose after fees came in",
    );
    for (const c of cardsOf(g))
      expect(g.sources[0]!.text.slice(c.evidence!.start, c.evidence!.end)).toBe(c.evidence!.quote);
    expect(g.report.warnings.some((w) => w.includes("written from its locutions"))).toBe(true);
  });

  it("AIF → Clash → AIF keeps the locutions, the assertions, the transition and the disagreement anchored in it", () => {
    const before = dialogueOf(JSON.parse(fixture("aifdb-dialogue.json")));
    const after = dialogueOf(toAif(toExportable(g)));
    expect(after.asserts).toEqual(before.asserts);
    expect(after.transitions).toEqual(before.transitions);
    expect(after.anchoredRelations).toEqual(before.anchoredRelations);
    expect(after.locutions).toEqual([
      "Claire Fox: tuition fees put poorer students off university",
      "David: applications from poorer students rose after fees came in",
    ]);
  });
});

describe("splitLocution and the transcript's text", () => {
  it("reads the speaker conventions of OVA and AIFdb", () => {
    expect(splitLocution("Bob : we should go")).toEqual({ speaker: "Bob", words: "we should go" });
    expect(splitLocution("Fiona Bruce: What about the logistics?")).toEqual({
      speaker: "Fiona Bruce",
      words: "What about the logistics?",
    });
    expect(splitLocution("xvcvbb says 'involve an enormous amount of work'")).toEqual({
      speaker: "xvcvbb",
      words: "involve an enormous amount of work",
    });
    expect(splitLocution("CLAIRE : fees", "Claire")).toEqual({ speaker: "Claire", words: "fees" });
    // Not a speaker: a sentence before the colon, or a URL.
    expect(splitLocution("He said it plainly. Then: nothing").speaker).toBe("");
    expect(splitLocution("see https://example.org").speaker).toBe("");
    expect(splitLocution("no speaker here")).toEqual({ speaker: "", words: "no speaker here" });
  });

  it("reads OVA's HTML text pane and writes it back", () => {
    expect(transcriptText('<span class="highlighted" id="0">A &amp; B</span><br>C&#39;s &lt;x&gt;')).toBe(
      "A & B\nC's <x>",
    );
    expect(transcriptText({ txt: "plain text" })).toBe("plain text");
    expect(transcriptText(null)).toBe("");
    const text = "Bob: a < b & c\n\nAlice: no";
    expect(transcriptText(transcriptHtml(text))).toBe(text);
  });
});

describe("a dialogue with debris, as real files have it", () => {
  it("reads lower-case L, YA and TA nodes, a locution written as a number, a repeated edge once, and says which locution records it could not use", () => {
    const g = parseAif({
      nodes: [
        { nodeID: 1, text: "Bob : We should vote at sixteen.", type: "l" },
        { nodeID: 2, text: "Asserting", type: "ya" },
        { nodeID: 3, text: "We should vote at sixteen.", type: "i" },
        { nodeID: 4, text: 16, type: "L" },
        { nodeID: 5, text: "Default Transition", type: "ta" },
        { nodeID: 6, text: "Asserting", type: "YA" },
        { nodeID: 7, text: "Sixteen.", type: "I" },
        { nodeID: 8, text: "Asserting" },
      ],
      edges: [
        { fromID: 1, toID: 2 },
        { fromID: "1", toID: "2" },
        { fromID: 2, toID: 3 },
        { fromID: 1, toID: 5 },
        { fromID: 5, toID: 4 },
        { fromID: 4, toID: 6 },
        { fromID: 6, toID: 7 },
        { fromID: 4, toID: 8 },
        { fromID: 8, toID: null },
      ],
      locutions: [{ nodeID: 1, personID: 1 }, { nodeID: null, personID: 2 }, "4"],
      participants: [{ participantID: 1, firstname: "Bob", surname: "Smith" }],
    });
    expect(cardsOf(g).map((c) => [c.evidence!.cite, c.evidence!.quote])).toEqual([
      ["Bob Smith", "We should vote at sixteen."],
      ["", "16"],
    ]);
    expect(g.sources[0]!.attribution).toBe(DIALOGUE_ATTRIBUTION);
    expect(g.edges).toEqual([
      { from: "1", to: "3", relation: "supports" },
      { from: "4", to: "7", relation: "supports" },
    ]);
    expect(g.report.skipped.map((s) => [s.what, s.count])).toEqual([
      ["AIF nodes without a type", 1],
      ["repeated AIF edges", 1],
      ["AIF edges to a node that was left out", 1],
      ["AIF edges without both ends", 1],
      ["locution records without a nodeID or a personID", 2],
    ]);
  });
});
