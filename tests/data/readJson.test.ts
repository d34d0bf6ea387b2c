import { describe, expect, it } from 'vitest';
import { describeProgress } from '../../src/format/describeProgress';
import { readJson, type ReadProgress } from '../../src/data/readJson';

/** A response whose body arrives in `chunks` pieces, as a slow network gives it. */
function chunkedResponse(text: string, chunks: number, headers: Record<string, string> = {}): Response {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.length / chunks);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
  return new Response(stream, { headers });
}

describe('readJson', () => {
  it('parses a body that arrives in pieces, multi-byte characters split across them included', async () => {
    const value = { title: 'Душанбе — “SCO” ✓', n: [1, 2, 3] };
    const text = JSON.stringify(value);
    const progress: ReadProgress[] = [];
    await expect(readJson(chunkedResponse(text, 7), (p) => progress.push(p))).resolves.toEqual(value);
    expect(progress.at(-1)).toEqual({ bytes: new TextEncoder().encode(text).length, total: undefined });
  });

  it('gives a total only when the server sent an uncompressed length', async () => {
    const text = JSON.stringify({ a: 'x'.repeat(1000) });
    const seen: ReadProgress[] = [];
    await readJson(chunkedResponse(text, 3, { 'content-length': String(text.length) }), (p) => seen.push(p));
    expect(seen.at(-1)).toEqual({ bytes: text.length, total: text.length });
    const gz: ReadProgress[] = [];
    await readJson(chunkedResponse(text, 3, { 'content-length': '120', 'content-encoding': 'gzip' }), (p) => gz.push(p));
    expect(gz.at(-1)?.total).toBeUndefined();
  });

  it('throws a SyntaxError for a body that is not JSON', async () => {
    await expect(readJson(chunkedResponse('<html>oops</html>', 2))).rejects.toThrow(SyntaxError);
  });

  it('describes progress in megabytes', () => {
    expect(describeProgress({ bytes: 12_345_678 })).toBe('12.3 MB read');
    expect(describeProgress({ bytes: 12_345_678, total: 58_653_870 })).toBe('12.3 of 58.7 MB read');
    expect(describeProgress({ bytes: 0, checking: 100_000 })).toBe('checking 100,000 events');
  });
});
