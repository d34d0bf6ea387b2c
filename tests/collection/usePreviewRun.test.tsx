import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ViewBundle } from '../../src/data/bundleSchema';
import { emptyCollection } from '../../src/collection/collectionSchema';
import type { PreviewResult } from '../../src/collection/previewArticles';
import { runPreview } from '../../src/collection/runPreview';
import { usePreviewRun } from '../../src/collection/usePreviewRun';
import { loadKnowledge } from '../seedFixtures';
import { fileOf } from './fixtures';

// The ingest is replaced by promises each test settles itself, so it decides which check finishes first.
vi.mock('../../src/collection/runPreview', async (importActual) => ({
  ...(await importActual<typeof import('../../src/collection/runPreview')>()),
  runPreview: vi.fn(),
}));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(runPreview).mockReset();
});

/** A promise with its resolve and reject at hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A result the tests can tell apart by the one file it refuses. */
const resultFor = (name: string): PreviewResult => ({ previews: [], rejected: [{ name, message: 'checked' }] });

/** Renders the hook with its own query client; the mocked ingest never reads the corpus bundle. */
function renderPreviewRun() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return renderHook(() => usePreviewRun({} as ViewBundle, emptyCollection(), loadKnowledge()), { wrapper });
}

/** Serves a missing gazetteer, so a check goes straight on to the ingest. */
async function withoutGazetteer() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('not found', { status: 404 })),
  );
  const hook = renderPreviewRun();
  await waitFor(() => expect(hook.result.current.gazetteerError).toBeDefined());
  return hook;
}

describe('usePreviewRun', () => {
  it('keeps the result of the later of two checks when the earlier one finishes last', async () => {
    const { result } = await withoutGazetteer();
    const first = deferred<PreviewResult>();
    const second = deferred<PreviewResult>();
    vi.mocked(runPreview).mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    act(() => {
      void result.current.check([fileOf('first.txt', 'First')], []);
      void result.current.check([fileOf('second.txt', 'Second')], []);
    });
    await act(async () => second.resolve(resultFor('second.txt')));
    await act(async () => first.resolve(resultFor('first.txt')));
    expect(result.current.result).toEqual(resultFor('second.txt'));
    expect(result.current.sources.map((s) => s.name)).toEqual(['second.txt']);
    expect(result.current.status).toEqual({ kind: 'idle' });
  });

  it('shows no error from an earlier check that fails after a later one has started', async () => {
    const { result } = await withoutGazetteer();
    const first = deferred<PreviewResult>();
    const second = deferred<PreviewResult>();
    vi.mocked(runPreview).mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    act(() => {
      void result.current.check([fileOf('first.txt', 'First')], []);
      void result.current.check([fileOf('second.txt', 'Second')], []);
    });
    await act(async () => first.reject(new Error('the first check failed')));
    expect(result.current.status).toEqual({ kind: 'checking' });
    await act(async () => second.resolve(resultFor('second.txt')));
    expect(result.current.status).toEqual({ kind: 'idle' });
    expect(result.current.result).toEqual(resultFor('second.txt'));
  });

  it('ends "checking" when a later check is refused at once, and keeps its refusal over the earlier result', async () => {
    const { result } = await withoutGazetteer();
    const first = deferred<PreviewResult>();
    vi.mocked(runPreview).mockReturnValueOnce(first.promise);
    act(() => void result.current.check([fileOf('first.txt', 'First')], []));
    expect(result.current.status).toEqual({ kind: 'checking' });
    act(() => void result.current.check([], [{ name: 'Pasted text', message: 'too long' }]));
    await act(async () => first.resolve(resultFor('first.txt')));
    expect(result.current.status).toEqual({ kind: 'idle' });
    expect(result.current.result).toEqual({ previews: [], rejected: [] });
    expect(result.current.early).toEqual([{ name: 'Pasted text', message: 'too long' }]);
  });

  it('does not run the ingest for a check whose form closed while it waited for the gazetteer', async () => {
    const gazetteer = deferred<Response>();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => gazetteer.promise),
    );
    const { result, unmount } = renderPreviewRun();
    let checked: Promise<void> | undefined;
    act(() => {
      checked = result.current.check([fileOf('first.txt', 'First')], []);
    });
    unmount();
    gazetteer.resolve(new Response('not found', { status: 404 }));
    await checked;
    expect(runPreview).not.toHaveBeenCalled();
  });
});
