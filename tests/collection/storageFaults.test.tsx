import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore, get, set } from 'idb-keyval';
import { mockBundleFetch, renderApp } from '../renderApp';
import { seedBundle } from '../seedFixtures';
import { toCollectionFile } from '../../src/collection/collectionEdits';
import { emptyCollection, type Collection } from '../../src/collection/collectionSchema';
import { BISHKEK_ARTICLE } from './fixtures';

// These tests drive the app as a person does and reach the storage only through idb-keyval, so
// they ran unchanged against the code before the fix, and failed there.

const raw = createStore('dushanbe-timeline', 'collection');
/** What a collection written by a later version of the app could look like. */
const NEWER = { version: 2, articles: [], knowledge: {} };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** An exported collection file holding one article, under its own id. */
function collectionFile(id: string): File {
  const collection: Collection = {
    ...emptyCollection(),
    articles: [{ id, name: `${id}.txt`, text: BISHKEK_ARTICLE, addedAt: '2026-11-23T10:00:00.000Z' }],
  };
  const json = JSON.stringify(toCollectionFile(seedBundle().bundle, collection));
  // jsdom's File cannot read itself back, as a browser's can.
  return Object.assign(new File([json], `${id}.json`, { type: 'application/json' }), { text: async () => json });
}

/** The header's button, which counts the person's articles as the tab knows them. */
const countButton = (tab: HTMLElement, yours: number) =>
  within(tab).findByRole('button', { name: yours === 0 ? 'Add articles' : `Add articles (${yours} yours)` }, { timeout: 15_000 });

/** Opens the panel of one rendered app and imports a collection file there; resolves with the panel. */
async function importIn(tab: HTMLElement, file: File) {
  await userEvent.click(await within(tab).findByRole('button', { name: /^Add articles/ }));
  const panel = await within(tab).findByRole('dialog', { name: 'Your articles' });
  await userEvent.upload(await within(panel).findByLabelText('Import a collection', {}, { timeout: 5000 }), file);
  return panel;
}

/** The notice of the page when the person's articles cannot be kept. */
const notice = () => document.querySelector('.storage-notice');

// Each case renders the whole app and runs the ingest over the imported articles.
describe('the collection when the browser’s storage fails', { timeout: 30_000 }, () => {
  // The first case: the app has not opened its storage yet, as on a page that just loaded.
  it('shows the shipped events, stops asking a storage that refuses to open, says why, and keeps an import for the visit', async () => {
    let opens = 0;
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      opens += 1;
      throw new DOMException('denied', 'InvalidStateError');
    });
    mockBundleFetch();
    const { container } = renderApp();
    const list = await screen.findByRole('list', { name: 'Events' });
    const shipped = within(list).getAllByRole('button').length;
    expect(shipped).toBe(seedBundle().bundle.events.length);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(opens).toBeLessThanOrEqual(2);
    expect(screen.getByRole('list', { name: 'Events' })).toBe(list);
    expect(notice()).toHaveTextContent(
      /^Your own articles cannot be kept in this browser: .*\(InvalidStateError: denied\)\. You can still add articles and export them during this visit/,
    );

    await importIn(container, collectionFile('mine-a'));
    expect(await within(container).findByText('Imported 1 article from mine-a.json.', {}, { timeout: 5000 })).toBeInTheDocument();
    await countButton(container, 1);
  });

  it('reads a collection a newer version wrote as unkept, says so, and never writes over it', async () => {
    await set('collection', NEWER, raw);
    mockBundleFetch();
    const { container } = renderApp();
    await screen.findByRole('list', { name: 'Events' });
    expect(notice()).toHaveTextContent(
      /written by a newer version of this app \(version 2\), which this version cannot read; it is left as it is/,
    );
    await importIn(container, collectionFile('mine-a'));
    await countButton(container, 1);
    expect(await get('collection', raw)).toEqual(NEWER);
  });

  it('keeps what two tabs import, and shows each tab the other’s without a reload', async () => {
    await set('collection', emptyCollection(), raw);
    mockBundleFetch();
    const first = renderApp().container;
    const second = renderApp().container;
    await countButton(first, 0);
    await countButton(second, 0);
    await importIn(first, collectionFile('mine-a'));
    await within(first).findByText('Imported 1 article from mine-a.json.', {}, { timeout: 5000 });
    // The second tab hears of the first's import; and its own import, from the copy it loaded
    // before, must not drop the first's.
    await countButton(second, 1);
    await importIn(second, collectionFile('mine-b'));
    await within(second).findByText('Imported 1 article from mine-b.json.', {}, { timeout: 5000 });
    expect(((await get('collection', raw)) as Collection).articles.map((a) => a.id).sort()).toEqual(['mine-a', 'mine-b']);
    await countButton(first, 2);
    await countButton(second, 2);
  });

  it('says when a removal or an import could not be saved, and leaves the collection as it was', async () => {
    const stored: Collection = {
      ...emptyCollection(),
      articles: [{ id: 'mine-a', name: 'mine-a.txt', text: BISHKEK_ARTICLE, addedAt: '2026-11-23T10:00:00.000Z' }],
    };
    await set('collection', stored, raw);
    mockBundleFetch();
    const { container } = renderApp();
    await userEvent.click(await countButton(container, 1));
    const panel = await within(container).findByRole('dialog', { name: 'Your articles' });
    const full = () =>
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
    const put = full();
    await userEvent.click(await within(panel).findByRole('button', { name: 'Remove mine-a.txt' }, { timeout: 5000 }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Remove for good' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'mine-a.txt could not be removed: this browser has no room left for this site (The quota has been exceeded.).',
    );
    expect(within(panel).getByRole('button', { name: 'Remove mine-a.txt' })).toBeInTheDocument();

    await userEvent.upload(within(panel).getByLabelText('Import a collection'), collectionFile('mine-b'));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'mine-b.json could not be imported: this browser has no room left for this site (The quota has been exceeded.).',
    );
    expect(await get('collection', raw)).toEqual(stored);
    await countButton(container, 1);

    put.mockRestore();
    await userEvent.upload(within(panel).getByLabelText('Import a collection'), collectionFile('mine-b'));
    await countButton(container, 2);
    expect(within(panel).queryByRole('alert')).toBeNull();
  });
});
