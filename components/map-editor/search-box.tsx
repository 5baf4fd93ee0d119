"use client";
import { useReactFlow } from "@xyflow/react";
import { forwardRef } from "react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { jumpTo } from "@/lib/client/editor/node-actions";
import { focusNode } from "@/lib/client/editor/focus";
import { ArgumentSearch } from "@/components/ui/argument-search";

/**
 * The map's search: find an argument by its words and jump the canvas to it. The keyboard goes
 * with it (as in the flow view): Enter then edits it, the arrows walk on from it.
 */
export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_, ref) {
  const store = useEditorStore();
  const rf = useReactFlow();
  return (
    <ArgumentSearch
      ref={ref}
      onPick={(id) => {
        jumpTo(store, rf, id);
        focusNode(id);
      }}
    />
  );
});
