"use client";
import type { DebateDto } from "@/lib/domain/schemas";
import { createStoreContext } from "../store-context";
import { createEditorStore, type EditorState, type EditorStore, type EditorTransport } from "./editor-store";

const editor = createStoreContext<EditorState>("Editor");

/**
 * One editor store per mounted map or flow sheet; `transport` is for tests and defaults to the API.
 * `reactFlow` false: a view without a canvas (the flow sheet), whose store builds no React Flow lists.
 */
export function EditorProvider({
  debate,
  canEdit,
  transport,
  reactFlow = true,
  children,
}: {
  debate: DebateDto;
  canEdit: boolean;
  transport?: EditorTransport;
  reactFlow?: boolean;
  children: React.ReactNode;
}) {
  return (
    <editor.Provider create={() => createEditorStore(debate, canEdit, transport, undefined, reactFlow)}>
      {children}
    </editor.Provider>
  );
}

/** Read a narrow slice of the editor state (wrap object results in useShallow). */
export const useEditor = editor.useSelect;

/** The store itself, for event handlers that read state without subscribing. */
export const useEditorStore: () => EditorStore = editor.useStoreApi;
