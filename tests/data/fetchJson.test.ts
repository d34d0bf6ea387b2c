import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, type FetchJsonOptions } from '../../src/data/fetchJson';
import { BundleError } from '../../src/data/parseBundle';

afterEach(() => vi.unstubAllGlobals());

const URL_ = 'data/thing.json';
const options: FetchJsonOptions = { what: 'The thing', notJson: (e) => new BundleError(`not JSON (${(e as Error).message})`) };

/** Serves one answer, or fails the request as a dropped connection does. */
function serve(answer: Response | 'offline') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (answer === 'offline') throw new TypeError('Failed to fetch');
      return answer;
    }),
  );
}

/** What fetchJson threw, so a test can look at its class and message together. */
async function failure(o: FetchJsonOptions = options): Promise<Error> {
  return fetchJson(URL_, o).then(
    () => {
      throw new Error('expected a failure');
    },
    (e: Error) => e,
  );
}

describe('fetchJson', () => {
  it('parses the body', async () => {
    serve(new Response('{"a":1}'));
    await expect(fetchJson(URL_, options)).resolves.toEqual({ a: 1 });
  });

  it('words a dropped connection and a server error as plain Errors, which the queries retry', async () => {
    serve('offline');
    const offline = await failure();
    expect(offline).not.toBeInstanceOf(BundleError);
    expect(offline.message).toBe('The thing could not be loaded from data/thing.json: the network request failed.');
    serve(new Response('', { status: 503 }));
    const server = await failure();
    expect(server).not.toBeInstanceOf(BundleError);
    expect(server.message).toBe('The thing could not be loaded from data/thing.json (HTTP 503).');
  });

  it('words a missing or forbidden file and a body that is not JSON as BundleErrors, which they do not retry', async () => {
    serve(new Response('', { status: 404 }));
    await expect(failure({ ...options, notFound: 'Build the thing.' })).resolves.toEqual(new BundleError('Build the thing.'));
    serve(new Response('', { status: 403 }));
    await expect(failure()).resolves.toEqual(new BundleError('The thing could not be loaded from data/thing.json (HTTP 403).'));
    serve(new Response('<html>'));
    const notJson = await failure();
    expect(notJson).toBeInstanceOf(BundleError);
    expect(notJson.message).toMatch(/^not JSON \(/);
  });

  it('lets a caller word network and HTTP failures itself, keeping which of them are retried', async () => {
    const failed = (status: number | undefined) => (status === undefined ? 'offline' : `HTTP ${status}`);
    serve('offline');
    expect((await failure({ ...options, failed })).message).toBe('offline');
    serve(new Response('', { status: 500 }));
    const server = await failure({ ...options, failed });
    expect([server.message, server instanceof BundleError]).toEqual(['HTTP 500', false]);
    serve(new Response('', { status: 410 }));
    const gone = await failure({ ...options, failed });
    expect([gone.message, gone instanceof BundleError]).toEqual(['HTTP 410', true]);
  });

  it('passes an abort on as it is', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new DOMException('The operation was aborted.', 'AbortError');
      }),
    );
    await expect(failure()).resolves.toMatchObject({ name: 'AbortError' });
  });
});
