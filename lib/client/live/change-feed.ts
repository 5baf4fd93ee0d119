import type { LiveEvent } from "@/lib/domain/changes";

type Listener = (changes: LiveEvent[]) => void;
const listeners = new Map<string, Set<Listener>>();

/**
 * Hand a batch of live changes to everyone listening on this debate. The editor's one event
 * stream publishes here, so comments and history follow it without a second connection (a second
 * EventSource per tab would count against the browser's six connections per origin).
 */
export function publishChanges(debateId: string, changes: LiveEvent[]): void {
  for (const fn of listeners.get(debateId) ?? []) fn(changes);
}

/** Listen to a debate's live changes; returns the function that stops listening. */
export function onLiveChanges(debateId: string, fn: Listener): () => void {
  const set = listeners.get(debateId) ?? new Set<Listener>();
  set.add(fn);
  listeners.set(debateId, set);
  return () => {
    set.delete(fn);
    if (set.size === 0) listeners.delete(debateId);
  };
}
