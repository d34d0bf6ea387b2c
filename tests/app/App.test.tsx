import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockBundleFetch, renderApp } from '../renderApp';
import { seedBundle } from '../seedFixtures';

afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('shows a loading state, then the events of the bundle in date order', async () => {
    mockBundleFetch();
    renderApp();
    expect(screen.getByText('Loading events…')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Events' });
    const titles = within(list)
      .getAllByRole('button')
      .map((b) => b.querySelector('.event-title')!.textContent);
    expect(titles[0]).toMatch(/Dushanbe Declaration of the Heads of State/);
    expect(titles).toContain('High-level Dushanbe conference on countering terrorism and preventing violent extremism');
    expect(screen.getByText(`${titles.length} events`)).toBeInTheDocument();
  });

  it('says how much of the bundle has arrived while it loads', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(seedBundle().bundle));
    const half = Math.floor(bytes.length / 2);
    let finish!: () => void;
    const rest = new Promise<void>((resolve) => (finish = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(bytes.slice(0, half));
        await rest;
        controller.enqueue(bytes.slice(half));
        controller.close();
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body)),
    );
    renderApp();
    await waitFor(() =>
      expect(screen.getByText(/^Loading events…/)).toHaveTextContent(`Loading events… ${(half / 1e6).toFixed(1)} MB read`),
    );
    finish();
    await screen.findByRole('list', { name: 'Events' });
  });

  it('says what is wrong with a bundle that is not JSON, with a Retry button', async () => {
    mockBundleFetch('<html>oops</html>');
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/not valid JSON/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says so when the bundle is missing', async () => {
    mockBundleFetch('not found', 404);
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/not found at data\/bundle\.json.*npm run build:data/);
  });

  it('reports a bundle of the wrong shape, naming the field', async () => {
    mockBundleFetch(
      JSON.stringify({ version: 1, documents: [], events: [{ id: 'x' }], entities: [], places: [], topics: [], mentions: [] }),
    );
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/events\.0\./);
  });

  it('opens the source from the list and closes it with Escape', async () => {
    mockBundleFetch();
    const { store } = renderApp();
    const list = await screen.findByRole('list', { name: 'Events' });
    await userEvent.click(within(list).getByRole('button', { name: /16th meeting of SCO Security Council Secretaries/ }));
    const reader = screen.getByRole('complementary', { name: 'Source' });
    expect(within(reader).getByRole('heading', { level: 2 })).toHaveTextContent('Dushanbe Hosts SCO Security Council Secretaries Meeting');
    expect(store.getState().event).toBe('2021-06-23-dushanbe-meeting');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Source' })).toBeNull();
    expect(store.getState().event).toBeUndefined();
  });

  it('renders source text as text, never as HTML', async () => {
    const { seedBundle } = await import('../seedFixtures');
    const bundle = structuredClone(seedBundle().bundle);
    const doc = bundle.documents[4]!;
    const injected = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    doc.text = doc.text + '\n' + injected;
    doc.paragraphs.push({ start: doc.text.length - injected.length, end: doc.text.length });
    mockBundleFetch(JSON.stringify(bundle));
    renderApp({ event: '2021-06-23-dushanbe-meeting' });
    const reader = await screen.findByRole('complementary', { name: 'Source' });
    expect(reader).toHaveTextContent('<script>window.__pwned = 1</script>');
    expect(reader.querySelector('script, img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('loading the bundle', () => {
  it('retries a failed request, then offers Retry, which loads it', async () => {
    const { bundleQueryOptions } = await import('../../src/data/bundleQuery');
    const { BundleError } = await import('../../src/data/parseBundle');
    const retry = bundleQueryOptions().retry as (n: number, e: Error) => boolean;
    expect(retry(0, new Error('network'))).toBe(true);
    expect(retry(2, new Error('network'))).toBe(false);
    expect(retry(0, new BundleError('bad JSON'))).toBe(false);

    const { seedBundle } = await import('../seedFixtures');
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => (++calls <= 3 ? new Response('busy', { status: 503 }) : new Response(JSON.stringify(seedBundle().bundle)))),
    );
    renderApp();
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    // The first request and its two retries all failed before the message appeared.
    expect(calls).toBe(3);
    expect(alert).toHaveTextContent(/HTTP 503/);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Events' })).toBeInTheDocument();
  });

  it('shows what is valid in a bundle with broken references, and says what was wrong', async () => {
    const { seedBundle } = await import('../seedFixtures');
    const bundle = structuredClone(seedBundle().bundle);
    bundle.events[0]!.placeId = 'atlantis';
    mockBundleFetch(JSON.stringify(bundle));
    renderApp();
    const list = await screen.findByRole('list', { name: 'Events' });
    expect(within(list).getAllByRole('button')).toHaveLength(bundle.events.length);
    expect(screen.getByRole('alert')).toHaveTextContent(/places named by events did not exist and were left out: atlantis/);
  });
});
