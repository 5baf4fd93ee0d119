// The demo seed as a function, so the CLI seed and the integration tests share it.
import { readFileSync } from "node:fs";
import { z } from "zod";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "@/lib/db/create-client";
import { anchorUniqueQuote } from "@/lib/domain/anchoring";
import { layoutCompact } from "@/lib/domain/compact-layout";
import { markupOf } from "@/lib/domain/card-markup";
import type { NodeDto } from "@/lib/domain/schemas";
import * as demo from "./seed-data/tajikistan";

export const DEMO_DEBATE_ID = "tajikistan-demo";
/**
 * The demo's version. Version 1 (no version in its seed record) predates the coach's review;
 * version 2 is the model round; version 4 moves the coach's notes to the speeches after what they
 * describe (a seminar revealing the round speech by speech showed "the 1NC drops this" with the
 * 1AC); version 5 adds the note on CEP's conflicting figures its source's description points to.
 * A database holding an older, unedited demo gets the new one.
 */
export const DEMO_SEED_VERSION = 5;
export const DEMO_USER = {
  id: "demo-owner",
  email: "demo@clash.local",
  name: "Demo Coach",
  password: "clash-demo-2026",
};

const SOURCES_DIR = path.join(import.meta.dirname, "seed-data", "sources");

export function readSeedSource(file: string): string {
  return readFileSync(path.join(SOURCES_DIR, file), "utf8");
}

/** Every card of the demo with its offsets, computed from the shipped source texts. */
export function demoCards() {
  return demo.nodes.flatMap((n) => {
    if (!n.evidence) return [];
    const src = demo.sources.find((s) => s.key === n.evidence!.source);
    if (!src) throw new Error(`card ${n.key}: unknown source ${n.evidence.source}`);
    const text = readSeedSource(src.file);
    const anchor = anchorUniqueQuote(text, n.evidence.quote);
    if (!anchor) throw new Error(`card ${n.key}: quote not found exactly once in ${src.file}`);
    const ranges = (layer: string, passages: string[] = []) =>
      passages.map((h) => {
        const at = anchor.quote.indexOf(h);
        if (at < 0) throw new Error(`card ${n.key}: ${layer} "${h}" is not in its quote`);
        return { start: at, end: at + h.length };
      });
    const highlights = ranges("highlight", n.evidence.highlights);
    const markup = markupOf({
      highlights,
      underline: ranges("underline", n.evidence.underline),
      emphasis: ranges("emphasis", n.evidence.emphasis),
      highlights2: ranges("second highlight", n.evidence.highlights2),
    });
    const citeFields = n.evidence.citeFields ?? null;
    return [{ key: n.key, source: src, text, anchor, highlights, markup, citeFields, cite: n.evidence.cite }];
  });
}

/** The seed's own history row: `{ seeded: true, version }` (version 1 wrote no version). */
const SeedRecord = z.object({ seeded: z.literal(true), version: z.number().int().positive().default(1) });

export type SeedResult = {
  created: boolean;
  /** an older, unedited demo was replaced by this version */
  upgraded?: boolean;
  /** an older demo was left alone because a user edited it */
  keptEdited?: boolean;
  /** the version now in the database (the old one when an edited demo was kept) */
  version: number;
  nodes: number;
  edges: number;
};

/** The demo's seed version, and whether anyone has touched it since it was seeded. */
async function existingDemo(db: Db): Promise<{ version: number; edited: boolean } | null> {
  if (!(await db.debate.findUnique({ where: { id: DEMO_DEBATE_ID }, select: { id: true } }))) return null;
  const changes = await db.change.findMany({
    where: { debateId: DEMO_DEBATE_ID },
    orderBy: { seq: "asc" },
    select: { entity: true, action: true, after: true },
  });
  const seedRow = changes.find((c) => c.entity === "debate" && c.action === "create");
  const parsed = SeedRecord.safeParse(seedRow?.after ? safeJson(seedRow.after) : null);
  const [comments, seminars] = await Promise.all([
    db.comment.count({ where: { debateId: DEMO_DEBATE_ID } }),
    db.seminar.count({ where: { debateId: DEMO_DEBATE_ID } }),
  ]);
  // Any history row besides the seed's own, a comment or a seminar means a person has used it.
  const edited = !parsed.success || changes.length > 1 || comments > 0 || seminars > 0;
  return { version: parsed.success ? parsed.data.version : 0, edited };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Create the demo owner and the Tajikistan debate with its sources, arguments and cards.
 * Idempotent and versioned: when the current version is present nothing is written; an older
 * version nobody has edited is replaced (in one transaction); an older version a user edited is
 * left alone, and the result says so (`keptEdited`).
 */
export async function seedDemo(db: Db): Promise<SeedResult> {
  const existing = await existingDemo(db);
  if (existing && existing.version >= DEMO_SEED_VERSION)
    return { created: false, version: existing.version, nodes: 0, edges: 0 };
  if (existing?.edited) return { created: false, keptEdited: true, version: existing.version, nodes: 0, edges: 0 };
  const cards = new Map(demoCards().map((c) => [c.key, c]));
  const nodeId = (key: string) => `tj-${key}`;
  const sourceId = (key: string) => `tj-src-${key}`;
  // The compact layout: the resolution's answers beside it, the sides apart (the map opens there).
  const positions = layoutCompact(
    demo.nodes.map((n) => ({
      id: n.key,
      kind: n.kind,
      side: n.side,
      title: n.title,
      evidence: n.evidence ? ({ quote: n.evidence.quote } as NodeDto["evidence"]) : null,
      // The badges' text sizes the cards (estimateSize), as the map will draw them.
      speech: n.speech ?? null,
      role: n.role ?? null,
      responseType: n.responseType ?? null,
    })),
    demo.edges.map((e) => ({ source: e.from, target: e.to, relation: e.relation })),
  );
  const password = await hashPassword(DEMO_USER.password);

  await db.$transaction(
    async (tx) => {
      if (existing) {
        // Replace the old, unedited demo: cards before their sources (a card's source is restricted).
        await tx.edge.deleteMany({ where: { debateId: DEMO_DEBATE_ID } });
        await tx.argNode.deleteMany({ where: { debateId: DEMO_DEBATE_ID } });
        await tx.debate.delete({ where: { id: DEMO_DEBATE_ID } });
      }
      const now = new Date();
      await tx.user.upsert({
        where: { email: DEMO_USER.email },
        update: {},
        create: {
          id: DEMO_USER.id,
          email: DEMO_USER.email,
          name: DEMO_USER.name,
          emailVerified: true,
          createdAt: now,
          updatedAt: now,
        },
      });
      const owner = await tx.user.findUniqueOrThrow({ where: { email: DEMO_USER.email } });
      if (!(await tx.account.findFirst({ where: { userId: owner.id, providerId: "credential" } }))) {
        await tx.account.create({
          data: {
            id: `${owner.id}-credential`,
            accountId: owner.id,
            providerId: "credential",
            userId: owner.id,
            password,
            createdAt: now,
            updatedAt: now,
          },
        });
      }
      await tx.debate.create({ data: { id: DEMO_DEBATE_ID, ...demo.debate, visibility: "public", ownerId: owner.id } });
      await tx.membership.create({ data: { debateId: DEMO_DEBATE_ID, userId: owner.id, role: "owner" } });
      for (const s of demo.sources) {
        await tx.source.create({
          data: {
            id: sourceId(s.key),
            debateId: DEMO_DEBATE_ID,
            title: s.title,
            author: s.author,
            qualifications: s.qualifications,
            publication: s.publication,
            date: s.date,
            url: s.url,
            attribution: s.attribution,
            text: readSeedSource(s.file),
          },
        });
      }
      for (const n of demo.nodes) {
        const card = cards.get(n.key);
        const pos = positions.get(n.key)!;
        await tx.argNode.create({
          data: {
            id: nodeId(n.key),
            debateId: DEMO_DEBATE_ID,
            kind: n.kind,
            side: n.side,
            role: n.role ?? null,
            speech: n.speech ?? null,
            responseType: n.responseType ?? null,
            title: n.title,
            body: n.body ?? "",
            x: pos.x,
            y: pos.y,
            createdById: owner.id,
            ...(card
              ? {
                  sourceId: sourceId(card.source.key),
                  quote: card.anchor.quote,
                  quoteStart: card.anchor.start,
                  quoteEnd: card.anchor.end,
                  prefix: card.anchor.prefix,
                  suffix: card.anchor.suffix,
                  cite: card.cite,
                  highlights: JSON.stringify(card.highlights),
                  markup: card.markup ? JSON.stringify(card.markup) : null,
                  citeFields: card.citeFields ? JSON.stringify(card.citeFields) : null,
                  anchorStatus: "exact",
                }
              : {}),
          },
        });
      }
      for (const [i, e] of demo.edges.entries()) {
        await tx.edge.create({
          data: {
            id: `tj-edge-${i}`,
            debateId: DEMO_DEBATE_ID,
            sourceId: nodeId(e.from),
            targetId: nodeId(e.to),
            relation: e.relation,
          },
        });
      }
      await tx.change.create({
        data: {
          debateId: DEMO_DEBATE_ID,
          actorId: owner.id,
          entity: "debate",
          entityId: DEMO_DEBATE_ID,
          action: "create",
          after: JSON.stringify({ seeded: true, version: DEMO_SEED_VERSION }),
        },
      });
    },
    { timeout: 60_000 },
  );
  return {
    created: true,
    ...(existing ? { upgraded: true } : {}),
    version: DEMO_SEED_VERSION,
    nodes: demo.nodes.length,
    edges: demo.edges.length,
  };
}
