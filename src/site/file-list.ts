// Lists of output files as sorted arrays of names. A full build's files are
// a million names at 100,000 printed pages: as a sorted array they cost
// their strings and 8 bytes each, where a set adds its table, and the
// manifest, which lists them sorted, takes them as they are.

/** `names` sorted (as strings compare), each once. */
export function sortedUnique(names: Iterable<string>): string[] {
  const out = [...names].sort();
  let kept = 0;
  for (const name of out) if (kept === 0 || out[kept - 1] !== name) out[kept++] = name;
  out.length = kept;
  return out;
}

/** Whether the sorted list `sorted` holds `name`. */
export function includes(sorted: readonly string[], name: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < name) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === name;
}

/** The names of sorted lists, merged in order, each once: their union, without making it. */
export function* mergeUnique(lists: readonly (readonly string[])[]): Generator<string> {
  const at = lists.map(() => 0);
  let last: string | undefined;
  for (;;) {
    let next: string | undefined;
    for (let i = 0; i < lists.length; i++) {
      const name = lists[i]![at[i]!];
      if (name !== undefined && (next === undefined || name < next)) next = name;
    }
    if (next === undefined) return;
    // Every list at `next` moves past it.
    for (let i = 0; i < lists.length; i++) if (lists[i]![at[i]!] === next) at[i]!++;
    if (next !== last) yield next;
    last = next;
  }
}
