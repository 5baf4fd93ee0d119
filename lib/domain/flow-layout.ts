import type { EdgeDto, NodeDto } from "./schemas";
import { ATTACK_RELATIONS, SPEECH_SIDE, SPEECHES, type Relation, type Speech } from "./vocabulary";

/**
 * The flow sheet of a debate: one column per speech, one band of rows per thread. A thread starts
 * at an argument that answers nothing from an earlier speech (a 1AC contention, a 1NC off-case
 * position); every answer sits in its own speech's column on the row of what it answers, and when
 * several answers share a target they stack downward, each with its own sub-thread beside it.
 * Evidence cards that support an argument ride in that argument's cell instead of taking a row.
 */

/** The fields the layout reads; a full NodeDto / EdgeDto fits. */
export type FlowNode = Pick<NodeDto, "id" | "kind" | "side" | "speech">;
export type FlowEdge = Pick<EdgeDto, "source" | "target" | "relation">;

export type FlowColumn = {
  /** the speech, or "unassigned" for arguments without one */
  key: Speech | "unassigned";
  speech: Speech | null;
  /** who gives the speech (the side asking, for a cross-examination) */
  side: "aff" | "neg" | null;
  cx: boolean;
};

export type FlowCell = {
  id: string;
  col: number;
  row: number;
  /** the argument this one answers (on the same row or above it, in an earlier column), if any */
  parent: string | null;
  /** how it answers its parent */
  relation: Relation | null;
  /** the thread (0-based, top to bottom) the cell belongs to */
  thread: number;
  /** evidence cards shown inside this cell (cards that support it), in edge order */
  cards: string[];
  /** the cells that answer this one, in the order they are laid out */
  answers: string[];
};

export type FlowLayout = {
  columns: FlowColumn[];
  cells: FlowCell[];
  byId: Map<string, FlowCell>;
  /** ids per column, top to bottom */
  byColumn: string[][];
  /** ids per row, left to right */
  byRow: string[][];
  /** the first row of each thread */
  threadStarts: number[];
  rowCount: number;
};

export type FlowOptions = {
  /** show the cross-examinations as columns (otherwise their arguments are left out) */
  includeCx?: boolean;
};

const isCx = (s: Speech) => s.startsWith("CX");
const SPEECH_INDEX = new Map<string, number>(SPEECHES.map((s, i) => [s, i]));
/** Arguments without a speech come after every speech. */
const UNASSIGNED = SPEECHES.length;
const timeOf = (n: FlowNode) => (n.speech ? SPEECH_INDEX.get(n.speech)! : UNASSIGNED);

/** Which edge names a node's place on the flow: attacks first, then extensions, then support. */
function relationRank(r: Relation): number {
  return ATTACK_RELATIONS.has(r) ? 0 : r === "extends" ? 1 : 2;
}

/**
 * The next constructive or rebuttal speech of `side` after `speech` (cross-examinations are not
 * answered in), or its first speech when `speech` is null; undefined when that side has none left.
 */
export function nextSpeech(speech: Speech | null, side: "aff" | "neg"): Speech | undefined {
  const from = speech ? SPEECH_INDEX.get(speech)! + 1 : 0;
  return SPEECHES.slice(from).find((s) => !isCx(s) && SPEECH_SIDE[s] === side);
}

/**
 * Lay a debate out as a flow sheet. Linear in nodes + edges (times the number of columns).
 * Every claim and rebuttal gets exactly one cell; an evidence card goes inside the first
 * argument it supports, or gets a cell of its own when it supports none.
 */
export function flowLayout(
  nodes: readonly FlowNode[],
  edges: readonly FlowEdge[],
  options: FlowOptions = {},
): FlowLayout {
  const includeCx = options.includeCx ?? true;
  const byNodeId = new Map<string, FlowNode>();
  for (const n of nodes) if (!byNodeId.has(n.id)) byNodeId.set(n.id, n);
  const shown = (n: FlowNode) => includeCx || !n.speech || !isCx(n.speech);

  // Cards ride inside the first shown argument they support.
  const host = new Map<string, string>();
  for (const e of edges) {
    if (e.relation !== "supports" || host.has(e.source)) continue;
    const s = byNodeId.get(e.source);
    const t = byNodeId.get(e.target);
    if (s?.kind === "evidence" && t && t.kind !== "evidence" && shown(t)) host.set(e.source, e.target);
  }
  const cellNodes = [...byNodeId.values()].filter((n) => !host.has(n.id) && shown(n));
  const inCell = new Set(cellNodes.map((n) => n.id));

  const speeches = SPEECHES.filter((s) => includeCx || !isCx(s));
  const columns: FlowColumn[] = speeches.map((s) => ({ key: s, speech: s, side: SPEECH_SIDE[s], cx: isCx(s) }));
  if (cellNodes.some((n) => !n.speech)) columns.push({ key: "unassigned", speech: null, side: null, cx: false });
  const colOf = new Map<string, number>(speeches.map((s, i) => [s, i]));
  const columnOf = (n: FlowNode) => (n.speech ? colOf.get(n.speech)! : columns.length - 1);

  // Each argument's parent: what it answers from an earlier speech, the closest and most direct.
  const parent = new Map<string, { id: string; relation: Relation; rank: number; time: number }>();
  for (const e of edges) {
    // An answer to a card inside a cell answers that cell.
    const target = host.get(e.target) ?? e.target;
    if (!inCell.has(e.source) || !inCell.has(target) || e.source === target) continue;
    const s = byNodeId.get(e.source)!;
    const t = byNodeId.get(target)!;
    if (timeOf(t) >= timeOf(s)) continue;
    const cand = { id: t.id, relation: e.relation, rank: relationRank(e.relation), time: timeOf(t) };
    const cur = parent.get(s.id);
    if (!cur || cand.rank < cur.rank || (cand.rank === cur.rank && cand.time > cur.time)) parent.set(s.id, cand);
  }

  const cells: FlowCell[] = [];
  const byId = new Map<string, FlowCell>();
  for (const n of cellNodes) {
    const p = parent.get(n.id);
    const cell: FlowCell = {
      id: n.id,
      col: columnOf(n),
      row: -1,
      parent: p?.id ?? null,
      relation: p?.relation ?? null,
      thread: -1,
      cards: [],
      answers: [],
    };
    cells.push(cell);
    byId.set(n.id, cell);
  }
  for (const [card, arg] of host) byId.get(arg)!.cards.push(card);
  for (const c of cells) if (c.parent) byId.get(c.parent)!.answers.push(c.id);
  // Answers in speech order, then in the order they were made (a stable sort keeps the latter).
  for (const c of cells) if (c.answers.length > 1) c.answers.sort((a, b) => byId.get(a)!.col - byId.get(b)!.col);
  const roots = cells.filter((c) => !c.parent).sort((a, b) => a.col - b.col);

  // Place each thread below everything before it; inside a thread, each answer goes on its
  // target's row unless an earlier sibling's sub-thread already reaches that far down.
  const nextFree = new Int32Array(columns.length);
  const bandTop = (col: number) => {
    let top = 0;
    for (let c = col; c < nextFree.length; c++) top = Math.max(top, nextFree[c]!);
    return top;
  };
  const threadStarts: number[] = [];
  const stack: { cell: FlowCell; min: number }[] = [];
  for (const root of roots) {
    const thread = threadStarts.length;
    const start = bandTop(0);
    threadStarts.push(start);
    stack.push({ cell: root, min: start });
    while (stack.length > 0) {
      const { cell, min } = stack.pop()!;
      cell.row = Math.max(min, bandTop(cell.col));
      cell.thread = thread;
      nextFree[cell.col] = cell.row + 1;
      for (let i = cell.answers.length - 1; i >= 0; i--)
        stack.push({ cell: byId.get(cell.answers[i]!)!, min: cell.row });
    }
  }

  const rowCount = bandTop(0);
  const byColumn: string[][] = columns.map(() => []);
  const byRow: string[][] = Array.from({ length: rowCount }, () => []);
  for (const c of [...cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    byColumn[c.col]!.push(c.id);
    byRow[c.row]!.push(c.id);
  }
  return { columns, cells, byId, byColumn, byRow, threadStarts, rowCount };
}

/** Whether the Unassigned column is the only one with arguments in it (a map whose arguments have no speech). */
export function unassignedAlone(layout: Pick<FlowLayout, "columns" | "byColumn">): boolean {
  const last = layout.columns.length - 1;
  if (last < 0 || layout.columns[last]!.speech !== null || layout.byColumn[last]!.length === 0) return false;
  return layout.byColumn.every((ids, i) => i === last || ids.length === 0);
}

export type FlowDirection = "up" | "down" | "left" | "right";

/**
 * The cell the selection moves to from `id`: up and down within the column, left and right along
 * the row. Off the row's end, left goes to what the argument answers and right to its first answer.
 * Cells for which `visible` says false are skipped.
 */
export function flowNeighbour(
  layout: FlowLayout,
  id: string,
  dir: FlowDirection,
  visible: (id: string) => boolean = () => true,
): string | null {
  const cell = layout.byId.get(id);
  if (!cell) return null;
  const scan = (list: readonly string[], step: 1 | -1): string | null => {
    for (let i = list.indexOf(id) + step; i >= 0 && i < list.length; i += step) if (visible(list[i]!)) return list[i]!;
    return null;
  };
  const column = layout.byColumn[cell.col]!;
  const row = layout.byRow[cell.row]!;
  switch (dir) {
    case "up":
      return scan(column, -1);
    case "down":
      return scan(column, 1);
    case "left": {
      const found = scan(row, -1);
      if (found) return found;
      for (let p = cell.parent; p; p = layout.byId.get(p)?.parent ?? null) if (visible(p)) return p;
      return null;
    }
    case "right":
      return scan(row, 1) ?? cell.answers.find(visible) ?? null;
  }
}
