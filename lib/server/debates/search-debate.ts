import "server-only";
import { sqliteConnection, statementsOf } from "@/lib/db/create-client";
import { MATCH_END, MATCH_START, snippetParts, toFts5Query } from "@/lib/domain/search-snippet";
import { SearchHitDto } from "@/lib/domain/schemas";
import { MEMBER_COLUMNS, memberJoins } from "../access";
import type { SessionUser } from "../auth-guard";
import { isPostgres, sqlParam, type Db } from "../db";
import { notFound } from "../errors";
import { withRead } from "../tx";
import { readerOf, SEMINAR_OPEN, seminarChangeFilter, type ReaderRow } from "../seminars/reader-view";

type Row = { id: string; title: string; kind: string | null; snip: string | null };

// The caller's role and whether a seminar is open, in one statement (as the map's head reads them).
const ACCESS_SQL = `SELECT d."ownerId", d."visibility", ${SEMINAR_OPEN}, ${MEMBER_COLUMNS}
FROM "Debate" d
${memberJoins(`d."id"`, sqlParam(1))}
WHERE d."id" = ${sqlParam(2)}`;

/**
 * Full-text search of a debate's arguments (with their cards' quotes and cites) and sources, with
 * the matching words in context. Uses the database's own index: FTS5 on SQLite, GIN on PostgreSQL.
 */
export async function searchDebate({
  debateId,
  limit,
  q,
  user,
}: {
  user: SessionUser | null;
  debateId: string;
  q: string;
  limit: number;
}): Promise<SearchHitDto[]> {
  return withRead(async (db) => {
    const direct = directReads(db);
    const who = [user?.id ?? null, debateId];
    const access = direct
      ? (direct(ACCESS_SQL).get(...who) as ReaderRow | undefined)
      : (await db.$queryRawUnsafe<ReaderRow[]>(ACCESS_SQL, ...who))[0];
    if (!access) throw notFound("debate");
    const { view } = await readerOf(db, debateId, access, user);
    // A seminar's unrevealed speeches are not found either (filtered after the limit: fewer hits, never more).
    const shows = await seminarChangeFilter(db, debateId, view);
    const [found, sources] = isPostgres
      ? await searchPg(db, debateId, q, limit)
      : await searchSqlite(db, debateId, q, limit);
    const args = shows ? found.filter((r) => shows({ entity: "node", entityId: r.id })) : found;
    const hit = (type: "argument" | "source") => (r: Row) =>
      SearchHitDto.parse({ type, id: r.id, title: r.title, kind: r.kind, parts: snippetParts(r.snip ?? r.title) });
    return [...args.map(hit("argument")), ...sources.map(hit("source"))];
  });
}

/**
 * The reading client's SQLite connection, for statements run on it directly and prepared once
 * (Prisma's encoding of a query and mapping of its rows cost about a millisecond a query here);
 * null on PostgreSQL, or if a transaction is open on it (none opens on the reading connection;
 * one would be read half done), when reads go through Prisma with the same answers.
 */
function directReads(db: Db): ReturnType<typeof statementsOf> | null {
  const conn = isPostgres ? null : sqliteConnection(db);
  return conn && !conn.inTransaction ? statementsOf(conn) : null;
}

const ARGS_FTS = `
  SELECT n."id", n."title", n."kind", snippet("ArgNodeSearch", -1, ?, ?, '…', 24) AS "snip"
  FROM "ArgNodeSearch" JOIN "ArgNode" n ON n.rowid = "ArgNodeSearch".rowid
  WHERE "ArgNodeSearch" MATCH ? AND n."debateId" = ?
  ORDER BY rank LIMIT ?`;
const SOURCES_FTS = `
  SELECT s."id", s."title", NULL AS "kind", snippet("SourceSearch", 1, ?, ?, '…', 24) AS "snip"
  FROM "SourceSearch" JOIN "Source" s ON s.rowid = "SourceSearch".rowid
  WHERE "SourceSearch" MATCH ? AND s."debateId" = ?
  ORDER BY rank LIMIT ?`;

/** Both queries on the connection directly when they can be (directReads), else through Prisma. */
async function searchSqlite(db: Db, debateId: string, q: string, limit: number): Promise<[Row[], Row[]]> {
  const match = toFts5Query(q);
  if (!match) return [[], []];
  const args = [MATCH_START, MATCH_END, match, debateId, limit];
  const direct = directReads(db);
  if (direct) return [direct(ARGS_FTS).all(...args) as Row[], direct(SOURCES_FTS).all(...args) as Row[]];
  return Promise.all([db.$queryRawUnsafe<Row[]>(ARGS_FTS, ...args), db.$queryRawUnsafe<Row[]>(SOURCES_FTS, ...args)]);
}

async function searchPg(db: Db, debateId: string, q: string, limit: number): Promise<[Row[], Row[]]> {
  const opts = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=10, MaxFragments=1, FragmentDelimiter=…`;
  // "searchVector" columns are stored, GIN-indexed tsvectors (see the search_vectors migration).
  // The headline, the costly part, is computed only for the rows that survive the limit.
  return Promise.all([
    db.$queryRaw<Row[]>`
      SELECT h."id", h."title", h."kind",
        ts_headline('english', h."title" || ' ' || h."body" || ' ' || coalesce(h."quote", '') || ' ' || coalesce(h."cite", ''), h.q, ${opts}) AS "snip"
      FROM (
        SELECT n."id", n."title", n."kind", n."body", n."quote", n."cite", q
        FROM "ArgNode" n, websearch_to_tsquery('english', ${q}) q
        WHERE n."debateId" = ${debateId} AND n."searchVector" @@ q
        ORDER BY ts_rank(n."searchVector", q) DESC
        LIMIT ${limit}
      ) h`,
    db.$queryRaw<Row[]>`
      SELECT h."id", h."title", NULL AS "kind", ts_headline('english', h."text", h.q, ${opts}) AS "snip"
      FROM (
        SELECT s."id", s."title", s."text", q
        FROM "Source" s, websearch_to_tsquery('english', ${q}) q
        WHERE s."debateId" = ${debateId} AND s."searchVector" @@ q
        ORDER BY ts_rank(s."searchVector", q) DESC
        LIMIT ${limit}
      ) h`,
  ]);
}
