"use client";
import { connectionError } from "@/lib/domain/graph";
import { RELATIONS, type Relation } from "@/lib/domain/vocabulary";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { guessRelation, newClientId } from "@/lib/client/editor/node-actions";
import { Dialog } from "@/components/ui/dialog";
import { relationWarnings } from "@/lib/domain/relation-hints";
import { announce, connectStore, returnFocus } from "./connect-dialog";

const HELP: Record<Relation, string> = {
  supports: "backs it up",
  rebuts: "answers it directly",
  undercuts: "attacks the inference or evidence",
  turns: "flips it to the other side",
  extends: "carries it into a later speech",
  premise: "is one premise of this argument (all its premises must hold)",
  contradicts: "cannot be true together with it",
};

/** After a drag between two handles, or a target chosen with K: choose what the connection means. */
export function RelationPicker() {
  const store = useEditorStore();
  const pending = useEditor((s) => s.pendingConnection);
  const source = useEditor((s) => (s.pendingConnection ? s.nodes[s.pendingConnection.source] : undefined));
  const target = useEditor((s) => (s.pendingConnection ? s.nodes[s.pendingConnection.target] : undefined));
  // A connection started with K gives the keyboard back to its argument, whatever the outcome.
  const finish = (message: string) => {
    const { returnTo } = connectStore.getState();
    store.getState().setPendingConnection(null);
    connectStore.setState({ returnTo: null });
    announce(message);
    if (returnTo) returnFocus(returnTo);
  };
  const close = () => {
    if (store.getState().pendingConnection) finish("Connection cancelled");
  };
  const open = !!(pending && source && target);
  const guess = source && target ? guessRelation(source, target) : "supports";
  const warnings = source && target ? relationWarnings(source, target, RELATIONS) : new Map<Relation, string>();

  const choose = (relation: Relation) => {
    if (!source || !target) return;
    const ok = store
      .getState()
      .commit([{ op: "createEdge", edge: { id: newClientId(), source: source.id, target: target.id, relation } }]);
    finish(
      ok
        ? `Connected: “${source.title || "Untitled"}” ${relation} “${target.title || "Untitled"}”`
        : "The connection could not be made",
    );
  };

  return (
    <Dialog open={open} onClose={close} title="How does it connect?">
      {source && target && (
        <div className="stack">
          <p className="muted small">
            “{source.title}” → “{target.title}”
          </p>
          <div className="relation-options" role="group" aria-label="Relation">
            {RELATIONS.map((r) => {
              const err = connectionError(source, target, r, Object.values(store.getState().edges));
              const warning = err ? undefined : warnings.get(r);
              return (
                <button
                  key={r}
                  className={`btn relation-option rel-${r}${warning ? " has-warning" : ""}`}
                  disabled={!!err}
                  title={err ?? warning ?? HELP[r]}
                  data-autofocus={r === guess ? "" : undefined}
                  data-suggested={r === guess ? "" : undefined}
                  onClick={() => choose(r)}
                >
                  <strong>
                    {r}
                    {r === guess && !err && <span className="relation-suggested"> · suggested</span>}
                  </strong>
                  <span className="small muted">{err ?? HELP[r]}</span>
                  {warning && (
                    <span className="small relation-warning" data-testid="relation-warning">
                      ⚠ {warning}
                    </span>
                  )}
                </button>
              );
            })}
          </div>
        </div>
      )}
    </Dialog>
  );
}
