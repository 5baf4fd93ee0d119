// A debate of n arguments written straight through Prisma: a binary tree of rebuttals over one
// claim, with speeches by depth (for the tests of the worker paths that only big debates take).
import { db, makeDebate, unique } from "./helpers";

export async function bigDebate(n: number) {
  const f = await makeDebate({ title: unique("Big debate") });
  const ids = Array.from({ length: n }, (_, i) => `${f.debateId}-n${i}`);
  await db.argNode.createMany({
    data: ids.map((id, i) => ({
      id,
      debateId: f.debateId,
      kind: i === 0 ? "claim" : "rebuttal",
      side: i % 2 ? "neg" : "aff",
      speech: ["1AC", "1NC", "2AC", "2NC"][Math.min(3, Math.floor(Math.log2(i + 1)))]!,
      title: `Argument ${i}`,
    })),
  });
  await db.edge.createMany({
    data: ids.slice(1).map((id, i) => ({
      id: `${id}-e`,
      debateId: f.debateId,
      sourceId: id,
      targetId: ids[Math.floor(i / 2)]!,
      relation: "rebuts",
    })),
  });
  return f;
}
