"use client";
import { fitMap } from "@/lib/client/editor/fit-map";
import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { addAndName, autoLayout, deleteSelection } from "@/lib/client/editor/node-actions";
import { useReaderStore } from "@/lib/client/reader/reader-context";
import { useMapView } from "@/lib/client/editor/map-view";
import { typing } from "@/lib/client/typing";

/** Keyboard shortcuts for the common actions; ignored while typing in a field or a dialog. */
export function useShortcuts(openSearch: () => void) {
  const store = useEditorStore();
  const reader = useReaderStore();
  const toggleBallot = useMapView((m) => m.toggleBallot);
  const setBusy = useMapView((m) => m.setBusy);
  const editTitle = useMapView((m) => m.editTitle);
  const toggleInspector = useMapView((m) => m.toggleInspector);
  const rf = useReactFlow();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === "k") {
        e.preventDefault();
        return openSearch();
      }
      if (typing(e.target)) return;
      const s = store.getState();
      if (mod && e.key.toLowerCase() === "z") {
        e.preventDefault();
        return e.shiftKey ? s.redo() : s.undo();
      }
      if (mod && e.key.toLowerCase() === "y") {
        e.preventDefault();
        return s.redo();
      }
      if (mod || e.altKey) return;
      switch (e.key) {
        case "c":
        case "C":
          if (s.canEdit) {
            e.preventDefault();
            addAndName(store, rf, "claim", editTitle);
          }
          break;
        case "r":
        case "R":
          if (s.canEdit) {
            e.preventDefault();
            addAndName(store, rf, "rebuttal", editTitle);
          }
          break;
        case "e":
        case "E":
          if (s.canEdit) {
            e.preventDefault();
            addAndName(store, rf, "evidence", editTitle);
          }
          break;
        case "Delete":
        case "Backspace":
          if (s.canEdit) {
            e.preventDefault();
            deleteSelection(store);
          }
          break;
        case "l":
        case "L":
          if (s.canEdit) {
            e.preventDefault();
            void autoLayout(store, rf, e.shiftKey ? "speech" : "tree", setBusy);
          }
          break;
        case "b":
        case "B":
          e.preventDefault();
          toggleBallot();
          break;
        case "i":
        case "I":
          e.preventDefault();
          toggleInspector();
          break;
        case "f":
        case "F":
          e.preventDefault();
          fitMap(rf, s);
          break;
        case "/":
          e.preventDefault();
          openSearch();
          break;
        case "s":
        case "S":
          e.preventDefault();
          reader.getState().toggle();
          break;
        case "Escape":
          s.select(null);
          break;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store, reader, rf, openSearch, toggleBallot, setBusy, editTitle, toggleInspector]);
}
