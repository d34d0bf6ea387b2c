import fc from 'fast-check';

// Random damage to a valid JSON value, for properties of the form "the fast shape checks never
// accept what zod refuses" (bundleShape.test.ts, packedBundle.test.ts).

/** Where a value sits inside a JSON value. */
export type Path = (string | number)[];

/** Every place in a JSON value that a mutation can hit: objects, arrays and leaves. */
export function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

/** Values of other kinds and edge values a broken bundle might hold. */
const replacements: unknown[] = [null, '', 'Not A Slug', '4 May 2018', '2018-05-04', 'x', -1, 0, 1, 1.5, 3, 91, -181, 1e300, true, false, [], {}, [{}], ['a'], 'primary', 'month', 'user'];

/** What a mutation does at its path. */
export type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'extra' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...replacements).map((value): Mutation => ({ kind: 'set', value })),
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.constant<Mutation>({ kind: 'extra' }),
);

/** Applies a mutation at a path of a copy of `base`. */
export function mutate(base: Record<string, unknown>, path: Path, m: Mutation): unknown {
  const root = structuredClone(base) as unknown;
  if (path.length === 0) return m.kind === 'set' ? m.value : root;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>).unexpected = 1;
    else parent[last] = { unexpected: 1 };
  }
  return root;
}

