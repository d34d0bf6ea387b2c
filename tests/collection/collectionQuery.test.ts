import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchGazetteer, fetchKnowledge, gazetteerQueryOptions, knowledgeQueryOptions } from '../../src/collection/collectionQuery';
import { loadKnowledge } from '../seedFixtures';

afterEach(() => vi.unstubAllGlobals());

/** Serves one answer to every request, or fails them as a dropped connection does. */
function serve(answer: () => Response | 'offline') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      const a = answer();
      if (a === 'offline') throw new TypeError('Failed to fetch');
      return a;
    }),
  );
}

/** What a fetch threw. */
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: Error) => e,
  );

type Retry = (failures: number, error: Error) => boolean;

/** How many times the query would ask again after this error: the first failure is number 0. */
function retries(retry: unknown, error: Error): number {
  let n = 0;
  while (n < 5 && (retry as Retry)(n, error)) n++;
  return n;
}

describe('fetchKnowledge', () => {
  const retry = knowledgeQueryOptions().retry;

  it('loads and checks the knowledge file', async () => {
    serve(() => new Response(JSON.stringify(loadKnowledge())));
    await expect(fetchKnowledge()).resolves.toEqual(loadKnowledge());
  });

  it('says how to build a missing file, and does not ask again', async () => {
    serve(() => new Response('', { status: 404 }));
    const e = await failure(fetchKnowledge());
    expect(e.message).toBe(
      'The knowledge file could not be loaded from data/knowledge.json (HTTP 404). Build it with "npm run build:data".',
    );
    expect(retries(retry, e)).toBe(0);
  });

  it('asks once more after a server error or a dropped connection', async () => {
    serve(() => new Response('', { status: 503 }));
    const server = await failure(fetchKnowledge());
    expect(server.message).toBe('The knowledge file could not be loaded from data/knowledge.json (HTTP 503).');
    expect(retries(retry, server)).toBe(1);
    serve(() => 'offline');
    const offline = await failure(fetchKnowledge());
    expect(offline.message).toBe('The knowledge file could not be loaded from data/knowledge.json: the network request failed.');
    expect(retries(retry, offline)).toBe(1);
  });

  it('names a file that is not JSON or not knowledge, and does not ask again', async () => {
    serve(() => new Response('<html>'));
    const notJson = await failure(fetchKnowledge());
    expect(notJson.message).toMatch(/^The knowledge file at data\/knowledge\.json is not valid JSON \(/);
    expect(retries(retry, notJson)).toBe(0);
    serve(() => new Response('{"entities": 3}'));
    const invalid = await failure(fetchKnowledge());
    expect(invalid.message).toMatch(/^The knowledge file at data\/knowledge\.json is invalid: /);
    expect(retries(retry, invalid)).toBe(0);
  });
});

describe('fetchGazetteer', () => {
  const retry = gazetteerQueryOptions().retry;

  it('words its failures as phrases for the form’s sentence, and asks again only after network or server trouble', async () => {
    serve(() => new Response('', { status: 404 }));
    const missing = await failure(fetchGazetteer());
    expect(missing.message).toBe('HTTP 404 for data/gazetteer.json; build it with "npm run build:gazetteer"');
    expect(retries(retry, missing)).toBe(0);
    serve(() => new Response('', { status: 502 }));
    const server = await failure(fetchGazetteer());
    expect(server.message).toBe('HTTP 502 for data/gazetteer.json');
    expect(retries(retry, server)).toBe(1);
    serve(() => 'offline');
    const offline = await failure(fetchGazetteer());
    expect(offline.message).toBe('the network request for data/gazetteer.json failed');
    expect(retries(retry, offline)).toBe(1);
  });

  it('names a table that is not JSON or not a gazetteer, and does not ask again', async () => {
    serve(() => new Response('<html>'));
    const notJson = await failure(fetchGazetteer());
    expect(notJson.message).toMatch(/^data\/gazetteer\.json is not JSON \(/);
    expect(retries(retry, notJson)).toBe(0);
    serve(() => new Response('{"places": 1}'));
    const invalid = await failure(fetchGazetteer());
    expect(invalid.message).toMatch(/^data\/gazetteer\.json is invalid: /);
    expect(retries(retry, invalid)).toBe(0);
  });
});
