// Real files that are not part of the corpus (tests/fixtures/heldout, plus any folder named in
// CLASH_HELDOUT), each checked against what the format's own tools say about it: Argdown against
// @argdown/core's JSON export and model, AIF against its raw nodes and edges, Kialo against its
// numbered lines. The same checks run on whatever files a reviewer drops in.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { aifStructure } from "./__fixtures__/aif-oracle";
import { argdownJson, expectedFromJson, roundTrip } from "./__fixtures__/argdown-oracle";
import { toExportable } from "./__fixtures__/helpers";
import { toAif } from "./aif";
import { importFile } from "./index";

const ROOTS = [
  path.resolve(import.meta.dirname, "../../../tests/fixtures/heldout"),
  ...(process.env.CLASH_HELDOUT ? [path.resolve(process.env.CLASH_HELDOUT)] : []),
];

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesIn(p) : [p];
  });
}
const all = ROOTS.flatMap(filesIn);
const named = (re: RegExp) =>
  all
    .filter((f) => re.test(f))
    .map((f) => ({ name: path.relative(path.dirname(ROOTS[0]!), f), text: readFileSync(f, "utf8") }));

describe("held-out Argdown files, checked against Argdown's own model", () => {
  it("has files to check", () => {
    expect(named(/\.(argdown|ad)$/).length).toBeGreaterThan(0);
  });
  for (const file of named(/\.(argdown|ad)$/)) {
    describe(file.name, () => {
      it("imports every statement, argument and relation Argdown's JSON export has", () => {
        const expected = expectedFromJson(argdownJson(file.text));
        const g = importFile("argdown", file.text);
        expect(new Set(g.nodes.map((n) => n.key))).toEqual(expected.nodes);
        const got = new Map(g.edges.map((e) => [`${e.from} -> ${e.to}`, e.relation]));
        expect(new Set(got.keys())).toEqual(new Set(expected.pairs.keys()));
        for (const [pair, relation] of got) expect([...expected.pairs.get(pair)!], pair).toContain(relation);
        for (const e of g.edges)
          expect(e.position ?? null, `${e.from} -> ${e.to}`).toBe(
            expected.positions.get(`${e.from} -> ${e.to}`) ?? null,
          );
      });
      it("Argdown → Clash → Argdown gives back the structure Argdown sees", () => {
        const { before, after } = roundTrip(file.text);
        expect(after.arguments).toEqual(before.arguments);
        expect(after.relations).toEqual(before.relations);
        expect(after.statements).toEqual(before.statements);
      });
    });
  }
});

type RawAif = { nodes: { nodeID?: unknown; type?: unknown }[]; edges?: unknown[] };

// A folder may hold only some formats: a format's checks run when it has files.
const aifFiles = named(/\.json$/);
const kialoFiles = named(/\.txt$/).filter((f) => !/LICENSE/i.test(f.name));

if (aifFiles.length > 0)
  describe("held-out AIF and OVA files, checked against their own nodes", () => {
    for (const file of aifFiles) {
      describe(file.name, () => {
        const json = JSON.parse(file.text) as Record<string, unknown>;
        const raw = (json.AIF ?? json.aif ?? json) as RawAif;
        const ofType = (t: string) => raw.nodes.filter((n) => String(n.type).toUpperCase() === t).length;

        it("imports a node for every I node and at most one card per locution", () => {
          const g = importFile("aif", file.text);
          const keys = new Set(g.nodes.map((n) => n.key));
          const iNodes = raw.nodes.filter((n) => String(n.type).toUpperCase() === "I");
          // OVA2 nodes carry `id` rather than `nodeID`.
          for (const n of iNodes)
            expect(keys, String(n.nodeID ?? (n as { id?: unknown }).id)).toContain(
              String(n.nodeID ?? (n as { id?: unknown }).id),
            );
          expect(g.nodes.filter((n) => n.kind === "evidence").length).toBeLessThanOrEqual(ofType("L"));
        });

        it("AIF → Clash → AIF gives back the same inferences, schemes, conflicts, locutions and transitions", () => {
          // OVA2 files have no nodeID: their structure is read from the import itself.
          if (raw.nodes.some((n) => n.nodeID === undefined)) return;
          const g = importFile("aif", file.text);
          // A locution's words come back as the transcript has them (its case), its speaker from the
          // file's participants when the L text names none: compared without either.
          const loose = (lines: string[]) =>
            lines.map((l) => (/^(L|TA) /.test(l) ? l.replace(/^L [^:]*: /, "L ").toLowerCase() : l)).sort();
          expect(loose(aifStructure(toAif(toExportable(g))))).toEqual(loose(aifStructure(json)));
        });
      });
    }
  });

if (kialoFiles.length > 0)
  describe("held-out Kialo exports, checked against their numbered lines", () => {
    for (const file of kialoFiles) {
      it(`${file.name}: one claim per numbered line that is not a -> See link`, () => {
        const lines = file.text.split(/\r\n|\n|\r/);
        const numbered = lines.filter((l) => /^\d+(?:\.\d+)*\.\s/.test(l));
        const links = numbered.filter((l) => /^\S+\s+[^:]+:\s*->\s*\S+\s+\d/.test(l));
        const g = importFile("kialo", file.text);
        expect(g.nodes.length).toBe(numbered.length - links.length);
        expect(g.edges.length).toBe(numbered.length - 1);
      });
    }
  });
