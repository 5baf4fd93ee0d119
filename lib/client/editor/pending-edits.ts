import { createStore, del, get, set } from "idb-keyval";
import type { Op } from "@/lib/domain/schemas";
import type { PendingStore } from "./editor-sync";

/**
 * Unacknowledged edits, kept in IndexedDB (through idb-keyval) per debate, so a dropped connection
 * followed by a reload or a closed tab loses nothing typed. Null where IndexedDB is missing (the
 * server render, tests): the editor then keeps its queue in memory only.
 */
export function browserPendingStore(): PendingStore | undefined {
  if (typeof indexedDB === "undefined") return undefined;
  const store = createStore("clash-pending-edits", "batches");
  const key = (debateId: string) => `debate:${debateId}`;
  return {
    async load(debateId) {
      const kept: unknown = await get(key(debateId), store);
      return Array.isArray(kept) ? (kept as Op[][]) : [];
    },
    save: (debateId, batches) => (batches.length ? set(key(debateId), batches, store) : del(key(debateId), store)),
  };
}

/** A PendingStore in memory, for tests: what a reload would find. */
export function memoryPendingStore(): PendingStore & { kept: Map<string, Op[][]> } {
  const kept = new Map<string, Op[][]>();
  return {
    kept,
    load: (debateId) => Promise.resolve(structuredClone(kept.get(debateId) ?? [])),
    save(debateId, batches) {
      if (batches.length) kept.set(debateId, structuredClone(batches));
      else kept.delete(debateId);
      return Promise.resolve();
    },
  };
}
