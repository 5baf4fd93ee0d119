// The demo seed as a function, so the CLI seed and the integration tests share it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "@/lib/db/create-client";
import { anchorUniqueQuote } from "@/lib/domain/anchoring";
import { layoutGraph } from "@/lib/domain/layout";
import type { NodeDto } from "@/lib/domain/schemas";
import * as demo from "./seed-data/tajikistan";

export const DEMO_DEBATE_ID = "tajikistan-demo";
export const DEMO_USER = { id: "demo-owner", email: "demo@clash.local", name: "Demo Coach", password: "clash-demo-2026" };

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
    const highlights = (n.evidence.highlights ?? []).map((h) => {
      const at = anchor.quote.indexOf(h);
      if (at < 0) throw new Error(`card ${n.key}: highlight "${h}" is not in its quote`);
      return { start: at, end: at + h.length };
    });
    return [{ key: n.key, source: src, text, anchor, highlights, cite: n.evidence.cite }];
  });
}

/**
 * Create the demo owner and the Tajikistan debate with its sources, arguments and cards.
 * Idempotent: when the debate exists nothing is written (a user's edits to it are kept).
 */
export async function seedDemo(db: Db): Promise<{ created: boolean; nodes: number; edges: number }> {
  if (await db.debate.findUnique({ where: { id: DEMO_DEBATE_ID } })) return { created: false, nodes: 0, edges: 0 };
  const cards = new Map(demoCards().map((c) => [c.key, c]));
  const nodeId = (key: string) => `tj-${key}`;
  const sourceId = (key: string) => `tj-src-${key}`;
  const positions = layoutGraph(
    demo.nodes.map((n) => ({ id: n.key, kind: n.kind, title: n.title, evidence: n.evidence ? ({ quote: n.evidence.quote } as NodeDto["evidence"]) : null })),
    demo.edges.map((e) => ({ source: e.from, target: e.to, relation: e.relation })),
  );
  const password = await hashPassword(DEMO_USER.password);

  await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.user.upsert({
      where: { email: DEMO_USER.email },
      update: {},
      create: { id: DEMO_USER.id, email: DEMO_USER.email, name: DEMO_USER.name, emailVerified: true, createdAt: now, updatedAt: now },
    });
    const owner = await tx.user.findUniqueOrThrow({ where: { email: DEMO_USER.email } });
    if (!(await tx.account.findFirst({ where: { userId: owner.id, providerId: "credential" } }))) {
      await tx.account.create({ data: { id: `${owner.id}-credential`, accountId: owner.id, providerId: "credential", userId: owner.id, password, createdAt: now, updatedAt: now } });
    }
    await tx.debate.create({ data: { id: DEMO_DEBATE_ID, ...demo.debate, visibility: "public", ownerId: owner.id } });
    await tx.membership.create({ data: { debateId: DEMO_DEBATE_ID, userId: owner.id, role: "owner" } });
    for (const s of demo.sources) {
      await tx.source.create({
        data: {
          id: sourceId(s.key), debateId: DEMO_DEBATE_ID, title: s.title, author: s.author, qualifications: s.qualifications,
          publication: s.publication, date: s.date, url: s.url, attribution: s.attribution, text: readSeedSource(s.file),
        },
      });
    }
    for (const n of demo.nodes) {
      const card = cards.get(n.key);
      const pos = positions.get(n.key)!;
      await tx.argNode.create({
        data: {
          id: nodeId(n.key), debateId: DEMO_DEBATE_ID, kind: n.kind, side: n.side, role: n.role ?? null, speech: n.speech ?? null,
          responseType: n.responseType ?? null, title: n.title, body: n.body ?? "", x: pos.x, y: pos.y, createdById: owner.id,
          ...(card
            ? {
                sourceId: sourceId(card.source.key), quote: card.anchor.quote, quoteStart: card.anchor.start, quoteEnd: card.anchor.end,
                prefix: card.anchor.prefix, suffix: card.anchor.suffix, cite: card.cite, highlights: JSON.stringify(card.highlights),
                anchorStatus: "exact",
              }
            : {}),
        },
      });
    }
    for (const [i, e] of demo.edges.entries()) {
      await tx.edge.create({ data: { id: `tj-edge-${i}`, debateId: DEMO_DEBATE_ID, sourceId: nodeId(e.from), targetId: nodeId(e.to), relation: e.relation } });
    }
    await tx.change.create({ data: { debateId: DEMO_DEBATE_ID, actorId: owner.id, entity: "debate", entityId: DEMO_DEBATE_ID, action: "create", after: JSON.stringify({ seeded: true }) } });
  }, { timeout: 60_000 });
  return { created: true, nodes: demo.nodes.length, edges: demo.edges.length };
}
