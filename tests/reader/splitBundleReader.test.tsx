import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { splitBundle } from '../../src/data/splitBundle';
import { renderApp } from '../renderApp';
import { loadKnowledge, seedBundle } from '../seedFixtures';

afterEach(() => vi.unstubAllGlobals());

/** Serves the seed bundle split into body files of two articles; `broken` files answer 404. */
function serveSplitSeed(broken: string[] = []) {
  const { index, bodies } = splitBundle(seedBundle().bundle, 2);
  // Body files wait for `release`, so a test can see the reader before the text arrives.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const fetchMock = vi.fn(async (url: string | URL | Request) => {
    const u = String(url);
    if (u.endsWith('knowledge.json')) return new Response(JSON.stringify(loadKnowledge()));
    const body = bodies.find((b) => u.endsWith(`/data/${b.url}`));
    if (body) await gate;
    if (body) return broken.includes(body.url) ? new Response('gone', { status: 404 }) : new Response(JSON.stringify(body.file));
    if (u.endsWith('data/bundle.json')) return new Response(JSON.stringify(index));
    return new Response('unexpected', { status: 500 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, index, release };
}

describe('the reader on a split bundle', () => {
  it('draws the events without any body file, and reads the article’s file when it is opened', async () => {
    const { fetchMock, index, release } = serveSplitSeed();
    renderApp();
    const list = await screen.findByRole('list', { name: 'Events' });
    expect(fetchMock.mock.calls.some(([u]) => String(u).includes('/bodies/'))).toBe(false);
    await userEvent.click(within(list).getByRole('button', { name: /16th meeting of SCO Security Council Secretaries/ }));
    const reader = screen.getByRole('complementary', { name: 'Source' });
    expect(await within(reader).findByRole('status')).toHaveTextContent('Loading the article’s text…');
    release();
    // The evidence is marked in the text once the body file is in.
    const evidence = await within(reader).findAllByText((_, el) => el?.tagName === 'MARK' && el.classList.contains('evidence'));
    expect(evidence.length).toBeGreaterThan(0);
    expect(reader).toHaveTextContent(/Dushanbe/);
    const doc = index.documents.find((d) => d.title === 'Dushanbe Hosts SCO Security Council Secretaries Meeting')!;
    const file = index.bodies.find((b) => b.documentIds.includes(doc.id))!;
    const bodyCalls = fetchMock.mock.calls.map(([u]) => String(u)).filter((u) => u.includes('/bodies/'));
    expect(bodyCalls).toEqual([expect.stringMatching(new RegExp(`/data/${file.url}$`))]);
  });

  it('says the text could not be loaded, with Retry, when its body file is missing', async () => {
    const { index, release } = serveSplitSeed(['bodies/0.json', 'bodies/1.json', 'bodies/2.json']);
    release();
    renderApp();
    const list = await screen.findByRole('list', { name: 'Events' });
    await userEvent.click(within(list).getAllByRole('button')[0]!);
    const reader = screen.getByRole('complementary', { name: 'Source' });
    const alert = await within(reader).findByRole('alert');
    expect(alert).toHaveTextContent(/could not be loaded from .*\/data\/bodies\/\d\.json \(HTTP 404\)/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(index.bodies.length).toBe(3);
  });
});
