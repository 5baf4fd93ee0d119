// No lost updates: concurrent read-modify-write editors of one argument, each sending the version
// it read and retrying on conflict. Every acknowledged edit must survive, in version order.
import { describe, expect, it } from "vitest";
import { UpdateNodeInput } from "@/lib/domain/schemas";
import { AppError } from "@/lib/server/errors";
import { updateNode } from "@/lib/server/nodes/update-node";
import { db, makeDebate, makeUser } from "./helpers";

const WRITERS = 8;
const EDITS_EACH = 25;
const MAX_ATTEMPTS_PER_EDIT = 1_000;

describe("concurrent edits of one argument", () => {
  it(
    `${WRITERS} writers × ${EDITS_EACH} edits: versions and the change log account for every acknowledged edit`,
    { timeout: 120_000 },
    async () => {
      const editors = await Promise.all(Array.from({ length: WRITERS }, (_, w) => makeUser(`writer${w}`)));
      const f = await makeDebate({ members: editors.map((user) => ({ user, role: "editor" as const })) });
      const nodeId = f.nodes.a;
      await db.argNode.update({ where: { id: nodeId }, data: { body: "" } });

      const acknowledged: { token: string; version: number }[] = [];
      let conflicts = 0;

      async function writer(w: number): Promise<void> {
        const user = editors[w]!;
        for (let i = 0; i < EDITS_EACH; i++) {
          const token = `[w${w}e${i}]`;
          for (let attempt = 1; ; attempt++) {
            if (attempt > MAX_ATTEMPTS_PER_EDIT) throw new Error(`writer ${w} starved on edit ${i}`);
            // Read, modify, write back with the version that was read.
            const seen = await db.argNode.findUniqueOrThrow({
              where: { id: nodeId },
              select: { version: true, body: true },
            });
            try {
              const saved = await updateNode({
                user,
                nodeId,
                input: UpdateNodeInput.parse({ version: seen.version, body: seen.body + token }),
              });
              acknowledged.push({ token, version: saved.version });
              break;
            } catch (err) {
              if (err instanceof AppError && err.code === "conflict") {
                conflicts++;
                continue;
              }
              throw err;
            }
          }
        }
      }

      await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

      // Every edit was eventually acknowledged, and the writers really did collide.
      expect(acknowledged).toHaveLength(WRITERS * EDITS_EACH);
      expect(conflicts).toBeGreaterThan(0);

      const final = await db.argNode.findUniqueOrThrow({ where: { id: nodeId } });
      expect(final.version).toBe(1 + acknowledged.length);

      // Each acknowledged edit produced its own version: 2, 3, …, N + 1, no two the same.
      const inOrder = [...acknowledged].sort((a, b) => a.version - b.version);
      expect(inOrder.map((a) => a.version)).toEqual(Array.from({ length: acknowledged.length }, (_, i) => i + 2));
      // The body holds every acknowledged token exactly once, in version order: nothing overwritten.
      expect(final.body).toBe(inOrder.map((a) => a.token).join(""));

      // The change log holds exactly one update row per acknowledged edit, chained version to version.
      const rows = await db.change.findMany({
        where: { entity: "node", entityId: nodeId, action: "update" },
        orderBy: { seq: "asc" },
      });
      expect(rows).toHaveLength(acknowledged.length);
      rows.forEach((row, i) => {
        const before = JSON.parse(row.before!) as { version: number; body: string };
        const after = JSON.parse(row.after!) as { version: number; body: string };
        expect(before.version).toBe(i + 1);
        expect(after.version).toBe(i + 2);
        expect(after.body).toBe(before.body + inOrder[i]!.token);
      });
    },
  );
});
