// The demo seed against a real database: the debate is complete, every stored card points at its
// quote inside the stored source text, and seeding again writes nothing.
import { describe, expect, it } from "vitest";
import { DEMO_DEBATE_ID, DEMO_SEED_VERSION, DEMO_USER, seedDemo } from "@/prisma/seed-lib";
import { getDebate } from "@/lib/server/debates/get-debate";
import { db } from "./helpers";

async function demoCounts() {
  const owner = await db.user.findUnique({ where: { email: DEMO_USER.email } });
  const [debates, nodes, edges, sources, memberships, changes, users, accounts] = await Promise.all([
    db.debate.count({ where: { id: DEMO_DEBATE_ID } }),
    db.argNode.count({ where: { debateId: DEMO_DEBATE_ID } }),
    db.edge.count({ where: { debateId: DEMO_DEBATE_ID } }),
    db.source.count({ where: { debateId: DEMO_DEBATE_ID } }),
    db.membership.count({ where: { debateId: DEMO_DEBATE_ID } }),
    db.change.count({ where: { debateId: DEMO_DEBATE_ID } }),
    db.user.count({ where: { email: DEMO_USER.email } }),
    db.account.count({ where: { userId: owner?.id ?? "" } }),
  ]);
  return { debates, nodes, edges, sources, memberships, changes, users, accounts };
}

describe("seedDemo", () => {
  it("creates the demo debate, with cards anchored in their sources, exactly once", { timeout: 60_000 }, async () => {
    // The global setup prepared an empty database, so the first call must create everything.
    const before = await demoCounts();
    expect(before.debates).toBe(0);

    const first = await seedDemo(db);
    expect(first.created).toBe(true);

    const after = await demoCounts();
    expect(after).toMatchObject({
      debates: 1,
      nodes: first.nodes,
      edges: first.edges,
      sources: 5,
      memberships: 1,
      users: 1,
      accounts: 1,
    });
    expect(after.nodes).toBeGreaterThanOrEqual(40);
    expect(after.edges).toBeGreaterThan(0);

    // Every stored card quotes its stored source text at its stored offsets.
    const cards = await db.argNode.findMany({
      where: { debateId: DEMO_DEBATE_ID, kind: "evidence" },
      include: { source: true },
    });
    expect(cards.length).toBeGreaterThanOrEqual(15);
    for (const c of cards) {
      expect(c.source, `card ${c.id} has no source`).not.toBeNull();
      expect(c.source!.debateId).toBe(DEMO_DEBATE_ID);
      const text = c.source!.text;
      expect(c.quote, `card ${c.id}`).toBe(text.slice(c.quoteStart!, c.quoteEnd!));
      expect(c.quote!.length).toBeGreaterThan(0);
      expect(text.slice(c.quoteStart! - c.prefix!.length, c.quoteStart!)).toBe(c.prefix);
      expect(text.slice(c.quoteEnd!, c.quoteEnd! + c.suffix!.length)).toBe(c.suffix);
      for (const h of JSON.parse(c.highlights ?? "[]") as { start: number; end: number }[]) {
        expect(h.start).toBeGreaterThanOrEqual(0);
        expect(h.end).toBeLessThanOrEqual(c.quote!.length);
        expect(h.end).toBeGreaterThan(h.start);
      }
    }

    // The public demo is readable without signing in, through the same use case the app uses.
    const shown = await getDebate({ user: null, debateId: DEMO_DEBATE_ID });
    expect(shown.visibility).toBe("public");
    expect(shown.role).toBe("viewer");
    expect(shown.nodes).toHaveLength(after.nodes);
    expect(shown.edges).toHaveLength(after.edges);
    const nodeIds = new Set(shown.nodes.map((n) => n.id));
    for (const e of shown.edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);

    // Seeding again is a no-op: no row added, none changed.
    const debateRow = await db.debate.findUniqueOrThrow({ where: { id: DEMO_DEBATE_ID } });
    const second = await seedDemo(db);
    expect(second.created).toBe(false);
    expect(await demoCounts()).toEqual(after);
    const debateAgain = await db.debate.findUniqueOrThrow({ where: { id: DEMO_DEBATE_ID } });
    expect(debateAgain.version).toBe(debateRow.version);
    expect(debateAgain.updatedAt.getTime()).toBe(debateRow.updatedAt.getTime());
  });

  it(
    "replaces a demo seeded by an earlier version when nobody edited it, and keeps an edited one",
    { timeout: 120_000 },
    async () => {
      // The first test left the current demo in place. Make it look like version 1 (which wrote no
      // version into its seed record), and change a title the way the old seed had it.
      const seedRow = async () =>
        db.change.findFirstOrThrow({ where: { debateId: DEMO_DEBATE_ID, entity: "debate", action: "create" } });
      const asVersion1 = async () => {
        await db.change.update({
          where: { seq: (await seedRow()).seq },
          data: { after: JSON.stringify({ seeded: true }) },
        });
        await db.argNode.update({
          where: { id: "tj-aff2-russia-turn" },
          data: { title: "Turn: Russia's no-strings aid is exactly why U.S. conditions matter", responseType: "turn" },
        });
      };
      await asVersion1();
      const upgraded = await seedDemo(db);
      expect(upgraded).toMatchObject({ created: true, upgraded: true, version: DEMO_SEED_VERSION });
      const fixed = await db.argNode.findUniqueOrThrow({ where: { id: "tj-aff2-russia-turn" } });
      expect(fixed.responseType).toBe("answer");
      expect(JSON.parse((await seedRow()).after ?? "{}")).toEqual({ seeded: true, version: DEMO_SEED_VERSION });
      const counts = await demoCounts();
      expect(counts).toMatchObject({
        debates: 1,
        nodes: upgraded.nodes,
        edges: upgraded.edges,
        sources: 5,
        memberships: 1,
        changes: 1,
        users: 1,
        accounts: 1,
      });
      // Idempotent again at the new version.
      expect(await seedDemo(db)).toMatchObject({ created: false, version: DEMO_SEED_VERSION });
      expect(await demoCounts()).toEqual(counts);

      // An old demo a user has edited (any history row besides the seed's) is left alone, and the result says so.
      await asVersion1();
      await db.change.create({
        data: {
          debateId: DEMO_DEBATE_ID,
          actorId: null,
          entity: "node",
          entityId: "tj-aff2-russia-turn",
          action: "update",
          after: "{}",
        },
      });
      const kept = await seedDemo(db);
      expect(kept).toMatchObject({ created: false, keptEdited: true, version: 1 });
      expect((await db.argNode.findUniqueOrThrow({ where: { id: "tj-aff2-russia-turn" } })).responseType).toBe("turn");
    },
  );
});
