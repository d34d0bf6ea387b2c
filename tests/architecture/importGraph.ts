import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every .ts and .tsx file under a folder, as paths relative to it. */
export function sourceFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(root, path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [relative(root, path)] : [];
  });
}

// Import and export-from statements (over several lines too), side-effect imports and dynamic
// import()s. TypeScript 7, which the project uses, has no JavaScript API to parse with, and the
// project's sources keep these statements plain, so a pattern reads them.
const IMPORTS =
  /(?:^|[\n;])\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module names a source text imports. */
export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORTS)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/**
 * The files each file imports, relative to root: every static import and export-from,
 * type-only ones included, and dynamic `import()`s (a cycle through a lazy chunk is still a
 * cycle to read). Imports of packages are left out.
 */
export function importGraph(root: string): Map<string, string[]> {
  const files = sourceFiles(root);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(readFileSync(join(root, file), 'utf8'))
      .filter((name) => name.startsWith('.'))
      .map((name) => {
        const base = relative(root, resolve(root, dirname(file), name)).replace(/\.(js|ts|tsx)$/, '');
        return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => known.has(c));
      })
      .filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The graph between folders: folder a imports folder b when a file of a imports a file of b. */
export function folderGraph(files: Map<string, string[]>): Map<string, string[]> {
  const folderOf = (f: string) => dirname(f).split('/')[0]!;
  const graph = new Map<string, Set<string>>();
  for (const [file, targets] of files) {
    const from = folderOf(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const t of targets) if (folderOf(t) !== from) graph.get(from)!.add(folderOf(t));
  }
  return new Map([...graph].map(([k, v]) => [k, [...v].sort()]));
}

/** The strongly connected groups of more than one node, or a node that imports itself: each is a cycle. */
export function cycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's algorithm.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}
