import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CreateSourceInput, CutCardInput } from "@/lib/domain/schemas";
import { cutCard } from "@/lib/server/cards/cut-card";
import { getDebate } from "@/lib/server/debates/get-debate";
import { searchDebate } from "@/lib/server/debates/search-debate";
import { exportDebate } from "@/lib/server/exports/export-debate";
import { importDebate } from "@/lib/server/imports/import-debate";
import { openApiDocument } from "@/lib/server/openapi";
import { createSource } from "@/lib/server/sources/create-source";
import { countsOf, db, expectAppError, makeDebate, makeUser, unique, withPoisonedChangeLog } from "./helpers";
import { AIF_TRANSCRIPT_FRAGMENT } from "@/lib/domain/codecs/__fixtures__/aif-fragment";

/** The corpus of real argument maps, kept in the repository (tests/fixtures/corpus; CLASH_CORPUS overrides). */
const CORPUS = process.env.CLASH_CORPUS ?? path.resolve(import.meta.dirname, "../fixtures/corpus");
const corpus = (file: string) => readFileSync(path.join(CORPUS, file));

const DOC = readFileSync("prisma/seed-data/sources/002_42597468b928aec7.txt", "utf8");
const SENTENCE = "For starters, most recipients of U.S. training do not join ISIS or other terrorist groups.";

type ClashJson = {
  clash: string;
  debate: { title: string; resolution: string; description: string };
  nodes: {
    id: string;
    title: string;
    position: { x: number; y: number };
    evidence: { sourceId: string; start: number; end: number; quote: string; status?: string } | null;
  }[];
  edges: { id: string; source: string; target: string; relation: string }[];
  sources: { id: string; title: string; text: string }[];
};

/** A debate with a source, a card cut from it, and the fixture's claims and rebuttal. */
async function debateWithCard(o: Parameters<typeof makeDebate>[0] = {}) {
  const f = await makeDebate(o);
  const src = await createSource({
    user: f.owner,
    debateId: f.debateId,
    input: CreateSourceInput.parse({
      title: "A Misplaced Focus",
      author: "Anon",
      url: "https://example.org/a",
      text: DOC,
    }),
  });
  const start = DOC.indexOf(SENTENCE);
  await cutCard({
    user: f.owner,
    sourceId: src.id,
    input: CutCardInput.parse({
      start,
      end: start + SENTENCE.length,
      quote: SENTENCE,
      tag: "Most trainees never defect",
      cite: "Anon 15",
      targetId: f.nodes.b,
      relation: "supports",
      highlights: [{ start: 0, end: 12 }],
    }),
  });
  return f;
}

/** Clash JSON with every id replaced by its order of appearance, so two exports compare "modulo ids". */
function withoutIds(doc: ClashJson) {
  const ids = new Map<string, string>();
  const id = (x: string) => ids.get(x) ?? (ids.set(x, `#${ids.size}`), `#${ids.size - 1}`);
  for (const s of doc.sources) id(s.id);
  for (const n of doc.nodes) id(n.id);
  return {
    debate: doc.debate,
    sources: doc.sources.map((s) => ({ ...s, id: id(s.id) })),
    nodes: doc.nodes.map((n) => ({
      ...n,
      id: id(n.id),
      evidence: n.evidence && { ...n.evidence, sourceId: id(n.evidence.sourceId) },
    })),
    edges: doc.edges.map((e) => ({ ...e, id: "", source: id(e.source), target: id(e.target) })),
  };
}

describe("importing each format creates a private debate with what the file holds", () => {
  const cases = [
    { format: "argdown", file: "argdown/legalisation-softdrugs.argdown" },
    { format: "aif", file: "aif/nodeset10.json" },
    { format: "kialo", file: "kialo/should-hate-speech-be-illegal-6148.txt" },
  ] as const;
  for (const c of cases) {
    it(`${c.format}: ${c.file}`, async () => {
      const user = await makeUser("importer");
      // No format given: it is detected from the name and content.
      const { debate, report } = await importDebate({ user, text: corpus(c.file), fileName: path.basename(c.file) });
      expect(report.format).toBe(c.format);
      expect(report.counts.nodes).toBeGreaterThan(2);
      expect(debate).toMatchObject({
        ownerId: user.id,
        role: "owner",
        visibility: "private",
        nodeCount: report.counts.nodes,
      });
      const counts = await countsOf(debate.id);
      expect(counts).toMatchObject({
        debates: 1,
        nodes: report.counts.nodes,
        edges: report.counts.edges,
        sources: report.counts.sources,
        memberships: 1,
      });
      // One history row per created row, plus the debate's own.
      expect(counts.changes).toBe(1 + report.counts.nodes + report.counts.edges + report.counts.sources);
      // Every node got a position (laid out: these files have none), and not all on one spot.
      const full = await getDebate({ user, debateId: debate.id });
      expect(new Set(full.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(full.nodes.length);
    });
  }

  it("names a debate whose file has no title of its own after the file", async () => {
    const user = await makeUser("importer");
    const { debate } = await importDebate({
      user,
      text: JSON.stringify(AIF_TRANSCRIPT_FRAGMENT),
      fileName: "council_staffing-2019.json",
    });
    expect(debate.title).toBe("council staffing 2019");
  });

  it("kialo: the thesis, its pros and cons and the '-> See' links become 105 claims and their relations", async () => {
    const user = await makeUser("kialo");
    const { debate, report } = await importDebate({
      user,
      format: "kialo",
      text: corpus("kialo/should-hate-speech-be-illegal-6148.txt"),
      fileName: "hate-speech.txt",
    });
    expect(debate.title).toBe("Should hate speech be illegal?");
    expect(report.counts.nodes).toBe(105);
    const full = await getDebate({ user, debateId: debate.id });
    expect(
      full.edges.filter((e) => e.relation === "supports").length +
        full.edges.filter((e) => e.relation === "rebuts").length,
    ).toBe(full.edges.length);
  });

  it("clash-json: a debate's export imports as an equal debate, and exports again the same modulo ids", async () => {
    const f = await debateWithCard();
    const first = await exportDebate({ user: f.owner, debateId: f.debateId, format: "json" });
    expect(first.contentType).toMatch(/^application\/json/);
    const importer = await makeUser("importer");
    const { debate, report } = await importDebate({ user: importer, text: first.body, fileName: first.fileName });
    expect(report).toMatchObject({ format: "json", counts: { nodes: 4, edges: 2, sources: 1 }, skipped: [] });
    const second = await exportDebate({ user: importer, debateId: debate.id, format: "json" });
    const a = JSON.parse(first.body) as ClashJson;
    const b = JSON.parse(second.body) as ClashJson;
    expect(b.clash).toBe("debate");
    expect(withoutIds(b)).toEqual(withoutIds(a));
    // Bulk-inserted rows read back like any other: timestamps in UTC, found by search (FTS5 / tsvector).
    const row = await db.argNode.findFirstOrThrow({ where: { debateId: debate.id } });
    expect(Math.abs(row.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    const hits = await searchDebate({ user: importer, debateId: debate.id, q: "recipients training", limit: 5 });
    expect(hits.map((h) => h.type)).toEqual(expect.arrayContaining(["argument", "source"]));
    // The card is anchored in the imported source, exactly.
    const card = b.nodes.find((n) => n.evidence)!.evidence!;
    expect(b.sources[0]!.text.slice(card.start, card.end)).toBe(SENTENCE);
    expect(card.status ?? "exact").toBe("exact");
  });
});

describe("cards and connections are checked on the way in", () => {
  async function exported() {
    const f = await debateWithCard();
    return JSON.parse((await exportDebate({ user: f.owner, debateId: f.debateId, format: "json" })).body) as ClashJson;
  }

  it("a card whose offsets are off is re-found (moved); one whose words are not in the source is kept as orphaned", async () => {
    const doc = await exported();
    const card = doc.nodes.find((n) => n.evidence)!;
    const moved = structuredClone(card);
    moved.id = "moved-card";
    moved.evidence!.start += 5;
    moved.evidence!.end += 5;
    const orphan = structuredClone(card);
    orphan.id = "orphan-card";
    orphan.evidence!.quote = "Words that appear nowhere in the source text at all.";
    orphan.evidence!.end = orphan.evidence!.start + orphan.evidence!.quote.length;
    doc.nodes.push(moved, orphan);
    const user = await makeUser("anchors");
    const { debate, report } = await importDebate({ user, format: "json", text: JSON.stringify(doc) });
    const full = await getDebate({ user, debateId: debate.id });
    const byTitle = full.nodes
      .filter((n) => n.kind === "evidence")
      .map((n) => n.evidence!.status)
      .sort();
    expect(byTitle).toEqual(["exact", "moved", "orphaned"]);
    const orphaned = full.nodes.find((n) => n.evidence?.status === "orphaned")!;
    expect(orphaned.evidence!.quote).toBe("Words that appear nowhere in the source text at all.");
    const movedCard = full.nodes.find((n) => n.evidence?.status === "moved")!;
    expect(movedCard.evidence!.quote).toBe(SENTENCE);
    expect(report.warnings.join("\n")).toMatch(/orphaned/);
  });

  it("connections the graph rules forbid are skipped and reported; the rest is imported", async () => {
    const doc = await exported();
    const card = doc.nodes.find((n) => n.evidence)!;
    const claim = doc.nodes.find((n) => !n.evidence)!;
    doc.edges.push(
      { id: "bad-1", source: card.id, target: claim.id, relation: "turns" },
      { id: "bad-2", source: claim.id, target: claim.id, relation: "rebuts" },
    );
    const user = await makeUser("rules");
    const { debate, report } = await importDebate({ user, format: "json", text: JSON.stringify(doc) });
    expect(report.counts.edges).toBe(2);
    expect(report.skipped.reduce((n, s) => n + s.count, 0)).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(report.skipped)).toMatch(/evidence can only support or rebut/);
    expect((await countsOf(debate.id)).edges).toBe(2);
  });
});

describe("a failed import writes nothing", () => {
  async function nothingFor(userId: string) {
    expect(await db.debate.count({ where: { ownerId: userId } })).toBe(0);
    expect(await db.change.count({ where: { actorId: userId } })).toBe(0);
  }

  it("malformed JSON: 422 with where it broke", async () => {
    const user = await makeUser("bad-json");
    const e = await expectAppError(
      importDebate({ user, format: "json", text: '{"clash": "debate", "nodes": [', fileName: "x.json" }),
      "validation_failed",
    );
    expect(e.message).toMatch(/not valid JSON/);
    await nothingFor(user.id);
  });

  it("a 10,000-deep JSON: 422 (too deep), and the process stays up", async () => {
    const user = await makeUser("deep");
    const e = await expectAppError(
      importDebate({ user, format: "aif", text: "[".repeat(10_000) + "]".repeat(10_000) }),
      "validation_failed",
    );
    expect(e.details).toMatchObject({ kind: "too_deep" });
    await nothingFor(user.id);
  });

  it("over 20 MB: 413", async () => {
    const user = await makeUser("big");
    const e = await expectAppError(
      importDebate({ user, format: "argdown", text: new Uint8Array(20 * 1024 * 1024 + 1) }),
      "payload_too_large",
    );
    expect(e.message).toMatch(/20 MB/);
    await nothingFor(user.id);
  });

  it("an Argdown file over its own 12 MB cap (lib/domain/import-caps.ts): 413 that names that cap, not 20 MB", async () => {
    const user = await makeUser("big-argdown");
    // 13 MB: over Argdown's cap, under the 20 MB every import may send.
    const text = "[Claim]: a statement long enough to fill the file quickly.\n".repeat(235_000);
    const e = await expectAppError(importDebate({ user, format: "argdown", text }), "payload_too_large");
    expect(e.message).toMatch(/the file is 13\.\d MB; Clash imports Argdown files of up to 12 MB/);
    await nothingFor(user.id);
  });

  it("a format nobody can tell: 422 naming the formats", async () => {
    const user = await makeUser("unknown");
    const e = await expectAppError(
      importDebate({ user, text: "just some words\nand more words", fileName: "notes.txt" }),
      "validation_failed",
    );
    expect(e.message).toMatch(/Argdown.*AIF.*Kialo|clash-json.*argdown.*aif.*kialo/i);
    await nothingFor(user.id);
  });

  it("invalid UTF-8 bytes: 422", async () => {
    const user = await makeUser("latin1");
    await expectAppError(
      importDebate({ user, format: "kialo", text: new Uint8Array([0x44, 0x69, 0xff, 0xfe, 0x0a]) }),
      "validation_failed",
    );
    await nothingFor(user.id);
  });

  it("a failure in the middle of the transaction rolls back the debate, sources, nodes and edges", async () => {
    const user = await makeUser("rollback");
    const word = unique("poison").replaceAll("-", "");
    const text = `[Root claim ${word}]: The root.\n  + [Support]: A reason.\n  - [Attack]: An objection.\n`;
    // The history rows of the nodes come last: failing them must undo everything before.
    await withPoisonedChangeLog({ mentions: word }, () =>
      expect(importDebate({ user, format: "argdown", text, fileName: "plain.argdown" })).rejects.toThrow(),
    );
    await nothingFor(user.id);
    expect(await db.argNode.count({ where: { title: { contains: word } } })).toBe(0);
  });

  it("signed out: 401", async () => {
    await expectAppError(importDebate({ user: null, format: "argdown", text: "[A]: a" }), "unauthorized");
  });
});

describe("importing into an existing debate", () => {
  const file = () => corpus("argdown/legalisation-softdrugs.argdown");

  it("an editor adds the file as a new group below the existing map", async () => {
    const editor = await makeUser("editor");
    const f = await makeDebate({ members: [{ user: editor, role: "editor" }] });
    await db.argNode.update({ where: { id: f.nodes.c }, data: { x: 100, y: 400 } });
    const before = await countsOf(f.debateId);
    const { debate, report } = await importDebate({
      user: editor,
      text: file(),
      fileName: "soft-drugs.argdown",
      into: f.debateId,
    });
    expect(debate).toMatchObject({ id: f.debateId, role: "editor", nodeCount: before.nodes + report.counts.nodes });
    const after = await countsOf(f.debateId);
    expect(after.nodes - before.nodes).toBe(report.counts.nodes);
    expect(after.edges - before.edges).toBe(report.counts.edges);
    expect(after.debates).toBe(1);
    // One history row per created row (no debate row: the debate already existed).
    expect(after.changes - before.changes).toBe(report.counts.nodes + report.counts.edges + report.counts.sources);
    const old = new Set(Object.values(f.nodes));
    const added = (await getDebate({ user: editor, debateId: f.debateId })).nodes.filter((n) => !old.has(n.id));
    expect(Math.min(...added.map((n) => n.position.y))).toBeGreaterThan(400);
    expect(Math.min(...added.map((n) => n.position.x))).toBe(0);
    // The title of the existing debate is not replaced by the file's.
    expect((await db.debate.findUniqueOrThrow({ where: { id: f.debateId } })).title).toBe(`Debate ${f.debateId}`);
  });

  it("needs editor access: a viewer and a commenter are refused, a stranger too, and nothing is written", async () => {
    const viewer = await makeUser("viewer");
    const commenter = await makeUser("commenter");
    const stranger = await makeUser("stranger");
    const f = await makeDebate({
      visibility: "public",
      members: [
        { user: viewer, role: "viewer" },
        { user: commenter, role: "commenter" },
      ],
    });
    const before = await countsOf(f.debateId);
    for (const user of [viewer, commenter, stranger]) {
      await expectAppError(importDebate({ user, text: file(), fileName: "x.argdown", into: f.debateId }), "forbidden");
    }
    await expectAppError(
      importDebate({ user: null, text: file(), fileName: "x.argdown", into: f.debateId }),
      "unauthorized",
    );
    await expectAppError(
      importDebate({ user: f.owner, text: file(), fileName: "x.argdown", into: "no-such-debate" }),
      "not_found",
    );
    expect(await countsOf(f.debateId)).toEqual(before);
  });
});

describe("exporting", () => {
  it("a viewer can export every format; a stranger and an anonymous caller cannot see a private debate", async () => {
    const viewer = await makeUser("viewer");
    const stranger = await makeUser("stranger");
    const f = await debateWithCard({
      title: "Aid & Reform: Tajikistan, 2015",
      members: [{ user: viewer, role: "viewer" }],
    });
    const expected = { json: ".clash.json", argdown: ".argdown", aif: ".aif.json", markdown: ".md" } as const;
    for (const format of ["json", "argdown", "aif", "markdown"] as const) {
      const file = await exportDebate({ user: viewer, debateId: f.debateId, format });
      expect(file.fileName).toBe(`aid-reform-tajikistan-2015${expected[format]}`);
      expect(file.body.length).toBeGreaterThan(50);
    }
    const json = JSON.parse(
      (await exportDebate({ user: viewer, debateId: f.debateId, format: "json" })).body,
    ) as ClashJson;
    expect(json.sources[0]!.text).toBe(DOC); // sources travel with their text
    await expectAppError(exportDebate({ user: stranger, debateId: f.debateId, format: "json" }), "forbidden");
    await expectAppError(exportDebate({ user: null, debateId: f.debateId, format: "json" }), "unauthorized");
  });

  it("anyone can export a public debate", async () => {
    const f = await makeDebate({ visibility: "public" });
    const md = await exportDebate({ user: null, debateId: f.debateId, format: "markdown" });
    expect(md.contentType).toMatch(/^text\/markdown/);
    expect(md.body).toContain("Claim A");
  });
});

describe("the OpenAPI description", () => {
  it("documents the import and export routes", () => {
    const { paths, components } = openApiDocument() as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(paths["/api/debates/import"] ?? {})).toContain("post");
    expect(Object.keys(paths["/api/debates/{id}/import"] ?? {})).toContain("post");
    expect(Object.keys(paths["/api/debates/{id}/export"] ?? {})).toContain("get");
    expect(components.schemas).toHaveProperty("ImportReport");
    expect(components.schemas).toHaveProperty("ImportResult");
  });
});
