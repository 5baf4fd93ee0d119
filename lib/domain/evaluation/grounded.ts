// The core: grounded semantics over the attack edges. Every judging rule sits on top of it by
// choosing which attacks count (late, kicked, unsupported and mitigating attacks do not) and by
// merging an extension chain into one argument.

export const UNDEC = 0;
export const IN = 1;
export const OUT = 2;
export type Label = typeof UNDEC | typeof IN | typeof OUT;

/** An attack between two arguments (argument = a node, or an extension chain merged into one). */
export type Attack = { from: number; to: number };

/**
 * The grounded labelling of n arguments, by the standard linear algorithm: an argument is IN once
 * every attacker is OUT, OUT as soon as one attacker is IN; what the propagation never reaches is
 * UNDEC (contested). O(arguments + attacks); no recursion.
 */
export function groundedLabels(n: number, attacks: readonly Attack[]): Uint8Array {
  const incoming: number[][] = Array.from({ length: n }, () => []);
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  const seen = new Set<string>();
  for (const a of attacks) {
    const key = `${a.from} ${a.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    incoming[a.to]!.push(a.from);
    outgoing[a.from]!.push(a.to);
  }
  const label = new Uint8Array(n);
  const live = new Int32Array(n); // attackers not (yet) OUT
  const queue: number[] = [];
  for (let i = 0; i < n; i++) {
    live[i] = incoming[i]!.length;
    if (live[i] === 0) queue.push(i);
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (label[v] !== UNDEC) continue;
    label[v] = IN;
    for (const t of outgoing[v]!) {
      if (label[t] !== UNDEC) continue;
      label[t] = OUT;
      for (const u of outgoing[t]!) if (--live[u]! === 0 && label[u] === UNDEC) queue.push(u);
    }
  }
  return label;
}
