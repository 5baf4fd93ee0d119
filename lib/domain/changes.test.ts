import { describe, expect, it } from "vitest";
import {
  CHANGE_SCHEMA_VERSION,
  encodeBuiltChange,
  encodeChange,
  readChange,
  readPresenceSignal,
  toLiveEvent,
  type ChangeColumns,
} from "./changes";
import { parseLiveEvent } from "./changes-wire";
import { parsePresence } from "./presence-wire";
import type { NodeDto, SourceSummaryDto } from "./schemas";

const node = (over: Partial<NodeDto> = {}): NodeDto => ({
  id: "n1",
  kind: "claim",
  side: "aff",
  role: null,
  speech: null,
  responseType: null,
  title: "Tariffs fund roads",
  body: "",
  position: { x: 0, y: 0 },
  version: 1,
  evidence: null,
  ...over,
});
const source: SourceSummaryDto = {
  id: "s1",
  title: "Road report",
  author: "",
  qualifications: "",
  publication: "",
  date: "",
  url: "",
  attribution: "",
  length: 5,
  cardCount: 0,
  version: 1,
};
/** A row as version 1 wrote it: no schema version, sides as the writer chose. */
const legacy = (entity: string, action: string, before: unknown, after: unknown): ChangeColumns => ({
  entity,
  entityId: "x1",
  action,
  schemaVersion: null,
  before: before === undefined ? null : JSON.stringify(before),
  after: after === undefined ? null : JSON.stringify(after),
});

describe("encodeChange / readChange", () => {
  it("round-trips a change with its before, after and restore mark, and stamps the version", () => {
    const change = {
      entity: "node",
      entityId: "n1",
      action: "update",
      before: node(),
      after: node({ title: "Tariffs fund rail", version: 2 }),
      restoredTo: 7,
    } as const;
    const row = encodeChange(change);
    expect(row.schemaVersion).toBe(CHANGE_SCHEMA_VERSION);
    expect(readChange(row)).toEqual(change);
  });

  it("writes a bulk-built change exactly as a checked one", () => {
    const change = { entity: "node", entityId: "n1", action: "create", before: null, after: node() } as const;
    expect(encodeBuiltChange(change)).toEqual(encodeChange(change));
  });

  it("refuses a change that breaks the contract (an update with no before)", () => {
    const broken = { entity: "node", entityId: "n1", action: "update", before: null, after: node() } as const;
    // @ts-expect-error: the type already says an update has a before; the runtime check says it again
    expect(() => encodeChange(broken)).toThrow();
  });

  it("drops fields that are not part of a state, such as a debate summary's reader-relative role", () => {
    const summary = {
      id: "d1",
      title: "T",
      resolution: "R",
      description: "",
      visibility: "private",
      version: 1,
      role: "owner",
      nodeCount: 3,
      ownerName: "A",
    } as const;
    const read = readChange(
      encodeChange({ entity: "debate", entityId: "d1", action: "create", before: null, after: summary }),
    );
    expect(read.after).toEqual({
      id: "d1",
      title: "T",
      resolution: "R",
      description: "",
      visibility: "private",
      version: 1,
    });
  });
});

describe("upgrading rows written before the contract", () => {
  it("reads a node update as it was written", () => {
    expect(readChange(legacy("node", "update", node(), node({ version: 2 })))).toMatchObject({
      action: "update",
      before: { version: 1 },
      after: { version: 2 },
    });
  });

  it("fills a membership update's before with the member, and drops the e-mail address the after held", () => {
    const read = readChange(
      legacy(
        "membership",
        "update",
        { role: "viewer" },
        { userId: "u2", name: "Bo", email: "bo@example.com", role: "editor" },
      ),
    );
    expect(read).toMatchObject({
      before: { userId: "u2", role: "viewer" },
      after: { userId: "u2", name: "Bo", role: "editor" },
    });
    expect(JSON.stringify(read)).not.toContain("bo@example.com");
  });

  it("keeps a debate restore row that has no before as unreadable, with the change it restored to", () => {
    expect(readChange(legacy("debate", "update", undefined, { restoredTo: 3, title: "Old title" }))).toEqual({
      entity: "debate",
      entityId: "x1",
      action: "update",
      before: null,
      after: null,
      unreadable: true,
      label: "Old title",
      restoredTo: 3,
    });
  });

  it("never throws: bad JSON, an unknown action, the seed's marker row and a source delete's {id, title}", () => {
    const bad: ChangeColumns = {
      entity: "node",
      entityId: "x1",
      action: "update",
      before: "{not json",
      after: null,
      schemaVersion: null,
    };
    expect(readChange(bad)).toMatchObject({ unreadable: true });
    expect(readChange({ ...legacy("node", "rename", node(), node()) })).toMatchObject({ unreadable: true });
    expect(readChange(legacy("debate", "create", undefined, { seeded: true }))).toMatchObject({
      unreadable: true,
      action: "create",
    });
    expect(readChange(legacy("source", "delete", { id: "s1", title: "Road report" }, undefined))).toMatchObject({
      unreadable: true,
      label: "Road report",
    });
  });

  it("treats a current-version row that does not parse as unreadable too", () => {
    expect(
      readChange({ ...legacy("edge", "create", undefined, { id: "e1" }), schemaVersion: CHANGE_SCHEMA_VERSION }),
    ).toMatchObject({ unreadable: true });
  });
});

describe("live events", () => {
  const at = { seq: 9, at: "2026-12-02T10:00:00.000Z", actorId: "u1" };

  it("carry the after without a source's text, and no after on a delete", () => {
    const edit = readChange(
      encodeChange({
        entity: "source",
        entityId: "s1",
        action: "update",
        before: { ...source, text: "roads" },
        after: { ...source, version: 2, text: "rails" },
      }),
    );
    expect(toLiveEvent(edit, at)).toEqual({
      v: CHANGE_SCHEMA_VERSION,
      ...at,
      entity: "source",
      entityId: "s1",
      action: "update",
      after: { ...source, version: 2 },
    });
    const gone = readChange(
      encodeChange({ entity: "node", entityId: "n1", action: "delete", before: node(), after: null }),
    );
    expect(toLiveEvent(gone, at)).toMatchObject({ action: "delete", after: null });
  });

  it("are not made of unreadable rows", () => {
    expect(toLiveEvent(readChange(legacy("debate", "create", undefined, { seeded: true })), at)).toBeNull();
  });

  it("parse in the browser, and anything of another version or shape is skipped", () => {
    const event = toLiveEvent(
      readChange(encodeChange({ entity: "node", entityId: "n1", action: "create", before: null, after: node() })),
      at,
    )!;
    expect(parseLiveEvent(JSON.stringify(event))).toEqual(event);
    expect(parseLiveEvent(JSON.stringify({ ...event, v: CHANGE_SCHEMA_VERSION + 1 }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...event, entity: "whiteboard" }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...event, after: { id: "n1" } }))).toBeNull();
    expect(parseLiveEvent("{oops")).toBeNull();
  });
});

describe("presence", () => {
  it("is read as ids and names, and anything else is refused", () => {
    const people = [{ id: "u1", name: "Ana" }];
    expect(parsePresence(JSON.stringify({ people }))).toEqual(people);
    expect(parsePresence(JSON.stringify({ people: [{ id: 1 }] }))).toBeNull();
    expect(parsePresence("nope")).toBeNull();
    expect(parsePresence("null")).toBeNull();
    expect(parsePresence(JSON.stringify({ people: "x" }))).toBeNull();
    expect(parsePresence(JSON.stringify({ people: [{ id: "u", name: "Ann", email: "a@b.c" }] }))).toEqual([
      { id: "u", name: "Ann" },
    ]);
    expect(readPresenceSignal(JSON.stringify({ debateId: "d", server: "s", people }))).toEqual({
      debateId: "d",
      server: "s",
      people,
    });
    expect(readPresenceSignal(JSON.stringify({ debateId: "d", people }))).toBeNull();
    expect(readPresenceSignal("{")).toBeNull();
  });
});
