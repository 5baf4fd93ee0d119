"use client";
import { useShallow } from "zustand/shallow";
import { ATTACK_RELATIONS, type Relation } from "@/lib/domain/vocabulary";
import { edgesOf } from "@/lib/client/editor/adjacency";
import { useEditor } from "@/lib/client/editor/editor-context";
import { useReaderStore } from "@/lib/client/reader/reader-context";
import { EvidenceRow } from "./evidence-row";

/** A claim's or rebuttal's cards: those for it (supports, extends) and those against it (rebuts, undercuts, turns). */
export function ClaimEvidence({ id }: { id: string }) {
  const reader = useReaderStore();
  const canEdit = useEditor((s) => s.canEdit);
  // "relation id" strings, so useShallow can settle.
  const rows = useEditor(
    useShallow((s) =>
      edgesOf(s.edges, id)
        .filter((e) => e.target === id && s.nodes[e.source]?.evidence)
        .map((e) => `${e.relation} ${e.source}`),
    ),
  );
  const split = rows.map((r) => r.split(" ") as [Relation, string]);
  const against = split.filter(([rel]) => ATTACK_RELATIONS.has(rel)).map(([, nid]) => nid);
  const forIt = split.filter(([rel]) => !ATTACK_RELATIONS.has(rel)).map(([, nid]) => nid);
  return (
    <section className="stack claim-evidence" data-testid="claim-evidence" aria-label="Evidence">
      <h3>Evidence</h3>
      {rows.length === 0 ? (
        <p className="muted small">
          No cards yet. {/* A reader cannot cut one: the sources are still theirs to read. */}
          <button type="button" className="link-button" onClick={() => reader.getState().toggle(true)}>
            {canEdit ? "Open the sources" : "Read the sources"}
          </button>
          {canEdit && " to read a document and cut one."}
        </p>
      ) : (
        <>
          <EvidenceGroup label="For" ids={forIt} />
          <EvidenceGroup label="Against" ids={against} />
        </>
      )}
    </section>
  );
}

function EvidenceGroup({ label, ids }: { label: string; ids: string[] }) {
  return (
    <div className="evidence-group">
      <h4>
        {label} <span className="badge">{ids.length}</span>
      </h4>
      {ids.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <ul>
          {ids.map((nid) => (
            <EvidenceRow key={nid} id={nid} />
          ))}
        </ul>
      )}
    </div>
  );
}
