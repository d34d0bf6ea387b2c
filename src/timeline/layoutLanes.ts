/** An item to place: its horizontal extent in pixels (mark plus label) and its group. */
export interface LaneInput {
  id: string;
  group: string;
  x0: number;
  x1: number;
}

/** A placed item: its group, its row within the group, and its row across all groups. */
export interface LanePlacement {
  id: string;
  group: string;
  row: number;
  /** Row counted from the top of the whole timeline. */
  globalRow: number;
}

/** Rows per group and the placement of every item. */
export interface LaneLayout {
  placements: Map<string, LanePlacement>;
  groups: { group: string; firstRow: number; rows: number }[];
  totalRows: number;
}

/**
 * Packs items into rows so that no two items in one row overlap (with `gap` pixels between),
 * group by group, greedily in order of start then id, which keeps the layout stable: the same
 * input always gives the same rows. Groups keep the order given in `groupOrder`.
 */
export function layoutLanes(items: LaneInput[], groupOrder: string[], gap = 6): LaneLayout {
  const byGroup = new Map<string, LaneInput[]>();
  for (const item of items) byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), item]);
  const order = [...groupOrder.filter((g) => byGroup.has(g)), ...[...byGroup.keys()].filter((g) => !groupOrder.includes(g)).sort()];
  const placements = new Map<string, LanePlacement>();
  const groups: LaneLayout['groups'] = [];
  let firstRow = 0;
  for (const group of order) {
    const list = [...byGroup.get(group)!].sort((a, b) => a.x0 - b.x0 || a.id.localeCompare(b.id));
    const rowEnds: number[] = [];
    for (const item of list) {
      let row = rowEnds.findIndex((end) => end + gap <= item.x0);
      if (row < 0) {
        row = rowEnds.length;
        rowEnds.push(item.x1);
      } else {
        rowEnds[row] = item.x1;
      }
      placements.set(item.id, { id: item.id, group, row, globalRow: firstRow + row });
    }
    groups.push({ group, firstRow, rows: Math.max(1, rowEnds.length) });
    firstRow += Math.max(1, rowEnds.length);
  }
  return { placements, groups, totalRows: firstRow };
}
