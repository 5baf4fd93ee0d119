"use client";
import { useEditor } from "@/lib/client/editor/editor-context";
import { useReader, useReaderStore } from "@/lib/client/reader/reader-context";
import { AnchorNote, StatusBadge } from "./anchor-status";
import { CardQuote } from "./card-quote";
import { CiteFieldsEditor } from "@/components/card/cite-fields-editor";
import { citeAfterShort, shortCiteOf } from "@/lib/domain/cite";

/** The card of an evidence node in the inspector: cite, source, anchor status, quote and highlights. */
export function CardView({ id }: { id: string }) {
  const reader = useReaderStore();
  const evidence = useEditor((s) => s.nodes[id]?.evidence);
  const canEdit = useEditor((s) => s.canEdit);
  const sourceTitle = useReader((s) => (evidence ? s.sources[evidence.sourceId]?.title : undefined));
  if (!evidence) return null;
  const short = shortCiteOf(evidence);
  return (
    <section className="card-view stack" data-testid="card-view">
      <div className="row spread">
        <h3>Card</h3>
        <StatusBadge status={evidence.status} />
      </div>
      <p className="cite small">
        <b className="short-cite" data-testid="card-short-cite">
          {short}
        </b>{" "}
        {evidence.cite ? citeAfterShort(evidence.cite, short) : <span className="muted">No cite yet.</span>}
      </p>
      <CiteFieldsEditor id={id} citeFields={evidence.citeFields} canEdit={canEdit} />
      <div className="row spread small">
        <span className="muted">
          {sourceTitle ? (
            <>
              From <b>{sourceTitle}</b>
            </>
          ) : (
            "Source not in the library"
          )}
        </span>
        <button
          type="button"
          className="btn small"
          onClick={() => reader.getState().openSource(evidence.sourceId, { nodeId: id })}
          disabled={!sourceTitle}
          data-testid="show-in-source"
        >
          Show in source
        </button>
      </div>
      <AnchorNote status={evidence.status} quote={evidence.quote} withQuote={false} />
      <CardQuote id={id} evidence={evidence} canEdit={canEdit} />
    </section>
  );
}
