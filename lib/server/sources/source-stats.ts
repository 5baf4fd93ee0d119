import "server-only";
import { readDb } from "../db";

/** Text length and card count per source of a debate, without reading the texts into memory. */
export async function sourceStats(debateId: string): Promise<Map<string, { length: number; cardCount: number }>> {
  const [lengths, cards] = await Promise.all([
    readDb.$queryRaw<
      { id: string; length: number | bigint }[]
    >`SELECT "id", LENGTH("text") AS "length" FROM "Source" WHERE "debateId" = ${debateId}`,
    readDb.argNode.groupBy({ by: ["sourceId"], where: { debateId, sourceId: { not: null } }, _count: { _all: true } }),
  ]);
  const counts = new Map(cards.map((c) => [c.sourceId!, c._count._all]));
  return new Map(lengths.map((r) => [r.id, { length: Number(r.length), cardCount: counts.get(r.id) ?? 0 }]));
}
