"use client";
import { createContext, useContext, useState } from "react";
import { useStore } from "zustand";
import type { DebateDto } from "@/lib/domain/schemas";
import { createEditorStore, type EditorState, type EditorStore } from "./editor-store";

const EditorContext = createContext<EditorStore | null>(null);

export function EditorProvider({ debate, canEdit, children }: { debate: DebateDto; canEdit: boolean; children: React.ReactNode }) {
  const [store] = useState(() => createEditorStore(debate, canEdit));
  return <EditorContext.Provider value={store}>{children}</EditorContext.Provider>;
}

/** Read a narrow slice of the editor state (wrap object results in useShallow). */
export function useEditor<T>(selector: (s: EditorState) => T): T {
  const store = useContext(EditorContext);
  if (!store) throw new Error("useEditor outside <EditorProvider>");
  return useStore(store, selector);
}

/** The store itself, for event handlers that read state without subscribing. */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error("useEditorStore outside <EditorProvider>");
  return store;
}
