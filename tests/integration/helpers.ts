// Shared fixtures for the integration suite. Every test makes its own users and debates with
// unique ids, so tests never depend on each other or on the order they run in.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { MemberRole, Visibility } from "@/lib/domain/vocabulary";
import type { SessionUser } from "@/lib/server/auth-guard";
import { db, dbReady, isPostgres } from "@/lib/server/db";
import { AppError, type ErrorCode } from "@/lib/server/errors";

export { db };

/** A short unique token for ids and titles. */
export function unique(label: string): string {
  return `${label}-${randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

/** A signed-in user, created straight in the database (as Better Auth would store them). */
export async function makeUser(label = "user"): Promise<SessionUser> {
  await dbReady();
  const id = unique(`u-${label}`);
  const user = { id, name: `Test ${label}`, email: `${id}@test.clash.local`.toLowerCase() };
  const now = new Date();
  await db.user.create({ data: { ...user, emailVerified: true, createdAt: now, updatedAt: now } });
  return user;
}

/**
 * Await a call that must fail with an AppError of `code` (exactly what the route layer would map
 * to that status). Returns the error for further checks.
 */
export async function expectAppError(p: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  let caught: unknown;
  let result: unknown;
  try {
    result = await p;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected AppError "${code}", got success: ${JSON.stringify(result)?.slice(0, 200)}`).toBeInstanceOf(
    AppError,
  );
  expect((caught as AppError).code, (caught as AppError).message).toBe(code);
  return caught as AppError;
}

export type Fixture = {
  debateId: string;
  owner: SessionUser;
  /** a: claim, b: rebuttal (b rebuts a), c: claim with no edges */
  nodes: { a: string; b: string; c: string };
  edgeId: string;
};

/**
 * A debate written directly through Prisma (not through the code under test): the owner's
 * membership, optional members, three arguments and one edge.
 */
export async function makeDebate(o: {
  owner?: SessionUser;
  visibility?: Visibility;
  members?: { user: SessionUser; role: Exclude<MemberRole, "owner"> }[];
  title?: string;
}): Promise<Fixture> {
  const owner = o.owner ?? (await makeUser("owner"));
  const debateId = unique("d");
  const nodes = { a: unique("na"), b: unique("nb"), c: unique("nc") };
  const edgeId = unique("e");
  await db.debate.create({
    data: {
      id: debateId,
      title: o.title ?? `Debate ${debateId}`,
      visibility: o.visibility ?? "private",
      ownerId: owner.id,
    },
  });
  await db.membership.createMany({
    data: [
      { debateId, userId: owner.id, role: "owner" },
      ...(o.members ?? []).map((m) => ({ debateId, userId: m.user.id, role: m.role })),
    ],
  });
  await db.argNode.createMany({
    data: [
      { id: nodes.a, debateId, kind: "claim", side: "aff", title: "Claim A" },
      { id: nodes.b, debateId, kind: "rebuttal", side: "neg", title: "Rebuttal B" },
      { id: nodes.c, debateId, kind: "claim", side: "aff", title: "Claim C" },
    ],
  });
  await db.edge.create({ data: { id: edgeId, debateId, sourceId: nodes.b, targetId: nodes.a, relation: "rebuts" } });
  return { debateId, owner, nodes, edgeId };
}

/** A source in a debate, with a text cards can quote. */
export async function makeSource(
  debateId: string,
  text = "Alpha beta gamma delta epsilon zeta eta theta.",
): Promise<{ id: string; text: string }> {
  const s = await db.source.create({ data: { id: unique("s"), debateId, title: "A source", text } });
  return { id: s.id, text };
}

/** An evidence card (as the API takes it) quoting text[start, end) of a source. */
export function card(source: { id: string; text: string }, start: number, end: number) {
  return {
    sourceId: source.id,
    quote: source.text.slice(start, end),
    start,
    end,
    prefix: source.text.slice(Math.max(0, start - 32), start),
    suffix: source.text.slice(end, end + 32),
    cite: "Test 26",
    highlights: [],
  };
}

/** How many rows of each kind a debate has. */
export async function countsOf(debateId: string) {
  const [debates, nodes, edges, sources, memberships, changes] = await Promise.all([
    db.debate.count({ where: { id: debateId } }),
    db.argNode.count({ where: { debateId } }),
    db.edge.count({ where: { debateId } }),
    db.source.count({ where: { debateId } }),
    db.membership.count({ where: { debateId } }),
    db.change.count({ where: { debateId } }),
  ]);
  return { debates, nodes, edges, sources, memberships, changes };
}

/** Everything about a debate that a refused write must leave untouched. */
export async function snapshot(debateId: string) {
  const [debate, nodes, edges, memberships, counts] = await Promise.all([
    db.debate.findUnique({ where: { id: debateId }, select: { title: true, visibility: true, version: true } }),
    db.argNode.findMany({
      where: { debateId },
      select: { id: true, title: true, version: true },
      orderBy: { id: "asc" },
    }),
    db.edge.findMany({
      where: { debateId },
      select: { id: true, relation: true, version: true },
      orderBy: { id: "asc" },
    }),
    db.membership.findMany({ where: { debateId }, select: { userId: true, role: true }, orderBy: { userId: "asc" } }),
    countsOf(debateId),
  ]);
  return { debate, nodes, edges, memberships, counts };
}

/**
 * Run `fn` while the database refuses certain history rows (a trigger): those about `entityId`,
 * or those whose JSON `mentions` a word. Failing a use case's *last* write this way proves its
 * earlier writes share the history row's transaction: they must all be rolled back.
 */
export async function withPoisonedChangeLog<T>(
  match: { entityId: string } | { mentions: string },
  fn: () => Promise<T>,
): Promise<T> {
  const word = "entityId" in match ? match.entityId : match.mentions;
  if (!/^[A-Za-z0-9_-]+$/.test(word)) throw new Error("poison on a plain word only");
  const when =
    "entityId" in match
      ? `NEW."entityId" = '${word}'`
      : `(NEW."after" LIKE '%${word}%' OR NEW."before" LIKE '%${word}%')`;
  const name = `poison_${word.replaceAll("-", "_")}`;
  if (isPostgres) {
    await db.$executeRawUnsafe(
      `CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN IF ${when} THEN RAISE EXCEPTION 'poisoned change row'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "Change" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
    );
  } else {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "Change" WHEN ${when} BEGIN SELECT RAISE(ABORT, 'poisoned change row'); END`,
    );
  }
  try {
    return await fn();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name}${isPostgres ? ` ON "Change"` : ""}`);
    if (isPostgres) await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  }
}
