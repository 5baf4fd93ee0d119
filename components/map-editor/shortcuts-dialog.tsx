"use client";
import { useEffect, useState } from "react";
import { useEditor } from "@/lib/client/editor/editor-context";
import { Dialog } from "@/components/ui/dialog";
import { ShortcutList } from "./shortcut-list";
import { typing } from "@/lib/client/typing";

/**
 * `?` anywhere on the map lists its keys (as in Gmail or GitHub): the panel lists them too, but
 * only while nothing is selected, and a new user looks for them by pressing `?`.
 */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  const canEdit = useEditor((s) => s.canEdit);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "?" || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <Dialog open={open} onClose={() => setOpen(false)} title="Keyboard shortcuts">
      <div className="shortcuts-dialog">
        <ShortcutList canEdit={canEdit} heading={false} />
      </div>
    </Dialog>
  );
}
