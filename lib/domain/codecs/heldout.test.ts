// Real files that are not part of the corpus (tests/fixtures/heldout, plus any folder named in
// CLASH_HELDOUT), each checked against what the format's own tools say about it: Argdown against
// @argdown/core's JSON export and model, AIF against its raw nodes and edges, Kialo against its
// numbered lines. The same checks run on whatever files a reviewer drops in.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { argdownJson, expectedFromJson, roundTrip } from "./__fixtures__/argdown-oracle";
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
