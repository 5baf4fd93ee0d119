"use client";
import { useShallow } from "zustand/shallow";
import { SIDES } from "@/lib/domain/vocabulary";
import { useEditor } from "@/lib/client/editor/editor-context";
import { KIND_LABEL, SIDE_LABEL } from "@/components/map-editor/labels";
import { useMissingMessage } from "@/lib/client/use-missing-message";

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Choose the claim or rebuttal a card supports or attacks, grouped by side. */
export function TargetSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const ids = useEditor(useShallow((s) => s.order.filter((id) => s.nodes[id] && s.nodes[id].kind !== "evidence")));
  // Plain strings only, so useShallow can settle.
  const labels = useEditor(
    useShallow((s) => ids.map((id) => `${KIND_LABEL[s.nodes[id]!.kind]} · ${clip(s.nodes[id]!.title || "Untitled")}`)),
  );
  const sides = useEditor(useShallow((s) => ids.map((id) => s.nodes[id]!.side)));
  const missing = useMissingMessage<HTMLSelectElement>(
    value,
    "Choose the claim or rebuttal this card answers or backs.",
  );
  if (ids.length === 0) {
    return (
      <p className="form-error" role="alert">
        There is no claim or rebuttal to link a card to yet. Add one on the map first.
      </p>
    );
  }
  return (
    <label>
      Argument it answers or backs
      <select {...missing} value={value} onChange={(e) => onChange(e.target.value)} data-testid="cut-target" required>
        <option value="">Choose a claim or rebuttal…</option>
        {SIDES.map((side) => {
          const options = ids
            .map((id, i) => ({ id, label: labels[i]!, side: sides[i] }))
            .filter((o) => o.side === side);
          if (!options.length) return null;
          return (
            <optgroup key={side} label={SIDE_LABEL[side]}>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </label>
  );
}
