import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, importGraph, importsOf } from './importGraph';

const SRC = join(import.meta.dirname, '..', '..', 'src');

describe('the import graph of src/', () => {
  it('has no cycle between files, type-only imports included', () => {
    const graph = importGraph(SRC);
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const folders = folderGraph(importGraph(SRC));
    expect(folders.get('app')).toContain('timeline');
    expect(cycles(folders)).toEqual([]);
  });
});

describe('the import graph reader', () => {
  it('reads multi-line, type-only, re-exported, side-effect and dynamic imports', () => {
    const text = [
      "import {\n  a,\n  type B,\n} from './a';",
      "import type { C } from '../c';",
      "export type { D } from './d';",
      "import './e.css';",
      "const F = lazy(() => import('./f'));",
      "import React from 'react';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', '../c', './d', './e.css', './f', 'react']);
  });

  it('finds a cycle of three, a file that imports itself, and none in a chain', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(
      cycles(
        new Map([
          ['x', ['y']],
          ['y', []],
        ]),
      ),
    ).toEqual([]);
  });
});
