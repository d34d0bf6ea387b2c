import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockBundleFetch, renderApp } from '../renderApp';
import { changeCollection, readCollection } from '../../src/collection/collectionDb';
import { emptyCollection } from '../../src/collection/collectionSchema';
import { BISHKEK_ARTICLE } from './fixtures';
import { sliceTable } from '../gazetteerFixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
beforeEach(() => changeCollection(() => emptyCollection()));

async function openPanelAndPaste(text: string) {
  await userEvent.click(await screen.findByRole('button', { name: 'Add articles' }));
  const panel = await screen.findByRole('dialog', { name: 'Your articles' });
  // The form shows once the knowledge file has loaded and been checked, which on a busy 2-core
  // machine running the whole suite can take more than findBy's default second.
  const input = await within(panel).findByLabelText('Article text', {}, { timeout: 5000 });
  // fireEvent sets the whole text at once; typing an article key by key would take seconds.
  fireEvent.change(input, { target: { value: text } });
  await userEvent.click(within(panel).getByRole('button', { name: 'Check pasted text' }));
  return panel;
}

// Each case runs the ingest and renders the whole app several times over.
describe('Add articles', { timeout: 30_000 }, () => {
  it('previews a pasted article with its evidence and warnings, takes corrections, and adds it to the view and the store', async () => {
    mockBundleFetch();
    renderApp();
    const panel = await openPanelAndPaste(BISHKEK_ARTICLE);
    const preview = await within(panel).findByRole('article', { name: 'Preview of Pasted text.txt' });
    expect(preview).toHaveTextContent(
      /Found: Meeting of the heads of security agencies of the CIS member states, 11 April 2024 in Bishkek/,
    );
    expect(preview).toHaveTextContent(/new person "Zarina Tokoeva": not in the knowledge file/);
    const evidence = [...preview.querySelectorAll('mark.evidence')].map((m) => m.textContent);
    expect(evidence).toContain('On 11 April 2024');
    expect(preview.querySelector('script')).toBeNull();
    // The adviser who spoke for the delegation is an actor now, shown by her name, not her id.
    expect(within(preview).getByRole('button', { name: 'Remove actor Zarina Tokoeva' })).toBeInTheDocument();

    const title = within(preview).getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'CIS security chiefs meet in Bishkek');
    // The CIS is only the frame of its members' meeting, so a person who counts it as taking part adds it.
    await userEvent.selectOptions(within(preview).getByLabelText('Add an actor'), 'cis');
    await userEvent.click(within(panel).getByRole('button', { name: 'Add this article' }));

    expect(await screen.findByText(/Added 1 article to your collection: CIS security chiefs meet in Bishkek/)).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Events' });
    const row = await within(list).findByRole('button', { name: /CIS security chiefs meet in Bishkek/ });
    expect(row).toHaveAccessibleName(/from your articles/);
    expect(screen.queryByRole('dialog', { name: 'Your articles' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add articles (1 yours)' })).toHaveFocus();
    const stored = await readCollection();
    expect(stored.articles.map((a) => a.name)).toEqual(['Pasted text.txt']);
    expect(stored.knowledge.curations[0]).toMatchObject({
      title: 'CIS security chiefs meet in Bishkek',
      actorIds: ['cis', 'kyrgyzstan', 'zarina-tokoeva'],
    });
    expect(screen.getByRole('button', { name: 'Add articles (1 yours)' })).toBeInTheDocument();

    // Removing takes two clicks, and the event leaves the view.
    await userEvent.click(screen.getByRole('button', { name: 'Add articles (1 yours)' }));
    const again = await screen.findByRole('dialog', { name: 'Your articles' });
    await userEvent.click(within(again).getByRole('button', { name: 'Remove Pasted text.txt' }));
    await userEvent.click(within(again).getByRole('button', { name: 'Remove for good' }));
    await vi.waitFor(() => expect(within(list).queryByRole('button', { name: /CIS security chiefs meet in Bishkek/ })).toBeNull());
    expect((await readCollection()).articles).toEqual([]);
  });

  it('lists every name with its decision, adds a new person with a role, and takes a corrected kind', async () => {
    mockBundleFetch();
    renderApp();
    const panel = await openPanelAndPaste(BISHKEK_ARTICLE);
    const preview = await within(panel).findByRole('article', { name: 'Preview of Pasted text.txt' });
    const names = within(preview).getByRole('table');
    // "Zarina Tokoeva, an adviser to the Kyrgyz delegation, said ...": found by the patterns, with her part and title.
    const zarina = within(names).getByRole('row', { name: /Zarina Tokoeva/ });
    expect(zarina).toHaveTextContent(/new person/);
    expect(zarina).toHaveTextContent(/adviser to the Kyrgyz delegation/);
    expect(zarina).toHaveTextContent(/speaker/);
    // The CIS is known, and only named: its members meet.
    expect(within(names).getByRole('row', { name: /^CIS/ })).toHaveTextContent(
      /known organisation: Commonwealth of Independent States.*only named/,
    );

    await userEvent.click(within(zarina).getByRole('button', { name: 'Rename Zarina Tokoeva' }));
    const form = within(preview).getByRole('form', { name: 'New entity for Zarina Tokoeva' });
    await userEvent.clear(within(form).getByLabelText('Role'));
    await userEvent.type(within(form).getByLabelText('Role'), 'Adviser to the Kyrgyz delegation');
    await userEvent.click(within(form).getByRole('button', { name: 'Add person' }));
    // Kept at once, and the article checked again against it: she is known now.
    await vi.waitFor(async () => expect((await readCollection()).knowledge.entities.map((e) => e.id)).toEqual(['zarina-tokoeva']));
    const stored = (await readCollection()).knowledge.entities[0]!;
    expect(stored).toMatchObject({ name: 'Zarina Tokoeva', type: 'person', roles: [{ title: 'Adviser to the Kyrgyz delegation' }] });
    const again = await within(panel).findByRole('article', { name: 'Preview of Pasted text.txt' });
    // The check runs again in the background, and the form closes once the entity is kept: on
    // a busy machine both can take longer than waitFor's default second.
    await vi.waitFor(
      () => expect(within(within(again).getByRole('table')).getByRole('row', { name: /Zarina Tokoeva/ })).toHaveTextContent(/known person/),
      { timeout: 5000 },
    );

    const kind = within(again).getByLabelText('Kind');
    expect(kind).toHaveValue('meeting');
    await userEvent.clear(kind);
    await userEvent.type(kind, 'summit');
    await userEvent.click(within(panel).getByRole('button', { name: 'Add this article' }));
    await screen.findByText(/Added 1 article to your collection/);
    expect((await readCollection()).knowledge.curations[0]).toMatchObject({ kind: 'summit' });
  });

  it('says when the articles or a taught place could not be saved, and keeps the preview, the text and what was typed', async () => {
    mockBundleFetch();
    renderApp();
    const panel = await openPanelAndPaste(BISHKEK_ARTICLE);
    await within(panel).findByRole('article', { name: 'Preview of Pasted text.txt' });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await userEvent.click(within(panel).getByRole('button', { name: 'Add this article' }));
    expect(await within(panel).findByText(/could not be saved/)).toHaveTextContent(
      'The article could not be saved in this browser: this browser has no room left for this site (The quota has been exceeded.). Nothing was added; the articles and your corrections are still here, so you can try again.',
    );
    expect(within(panel).getByRole('article', { name: 'Preview of Pasted text.txt' })).toBeInTheDocument();
    expect(within(panel).getByLabelText('Article text')).toHaveValue(BISHKEK_ARTICLE);
    expect(screen.getByRole('button', { name: 'Add articles' })).toBeInTheDocument();

    const place = within(panel).getByRole('form', { name: 'Add a place' });
    fireEvent.change(within(place).getByLabelText('New place'), { target: { value: 'Balykchy' } });
    await userEvent.selectOptions(within(place).getByLabelText('in'), 'kyrgyzstan');
    fireEvent.change(within(place).getByLabelText('latitude'), { target: { value: '42.46' } });
    fireEvent.change(within(place).getByLabelText('longitude'), { target: { value: '76.19' } });
    await userEvent.click(within(place).getByRole('button', { name: 'Add place' }));
    expect(await within(panel).findByText(/Balykchy could not be kept/)).toHaveTextContent(
      /this browser has no room left for this site.*What you entered is still here/,
    );
    expect(within(place).getByLabelText('New place')).toHaveValue('Balykchy');
    expect(within(place).getByLabelText('latitude')).toHaveValue(42.46);

    put.mockRestore();
    await userEvent.click(within(panel).getByRole('button', { name: 'Add this article' }));
    expect(await screen.findByText(/Added 1 article to your collection/)).toBeInTheDocument();
    expect((await readCollection()).articles).toHaveLength(1);
  });

  it('checks with the gazetteer, loaded when the panel opens, so the places the knowledge file lacks can be chosen', async () => {
    const fetchMock = mockBundleFetch(undefined, 200, sliceTable(['Karakol']));
    renderApp();
    await screen.findByRole('list', { name: 'Events' });
    expect(fetchMock.mock.calls.map(([url]) => String(url)).filter((u) => u.endsWith('gazetteer.json'))).toEqual([]);
    const panel = await openPanelAndPaste(BISHKEK_ARTICLE);
    const preview = await within(panel).findByRole('article', { name: 'Preview of Pasted text.txt' });
    expect(within(preview).getByRole('option', { name: 'Karakol' })).toBeInTheDocument();
    expect(within(panel).queryByText(/may be missing/)).toBeNull();
  });

  it('still checks articles when the gazetteer cannot be loaded, and says places may be missing', async () => {
    mockBundleFetch();
    renderApp();
    const panel = await openPanelAndPaste(BISHKEK_ARTICLE);
    expect(await within(panel).findByText(/places it does not list may be missing/)).toHaveTextContent(/HTTP 404/);
    const preview = await within(panel).findByRole('article', { name: 'Preview of Pasted text.txt' });
    expect(preview).toHaveTextContent(
      /Found: Meeting of the heads of security agencies of the CIS member states, 11 April 2024 in Bishkek/,
    );
    expect(within(preview).queryByRole('option', { name: 'Karakol' })).toBeNull();
  });

  it('asks for the publication date of an article that has none, and dates "on Friday" from it', async () => {
    mockBundleFetch();
    renderApp();
    const panel = await openPanelAndPaste(
      'CIS border chiefs meet\n\nThe commanders of the CIS border troops met in Bishkek on Friday and discussed border security.',
    );
    const preview = await within(panel).findByRole('article', { name: 'Preview of Pasted text.txt' });
    expect(preview).toHaveTextContent(/undated/);
    fireEvent.change(within(preview).getByLabelText(/No publication date was found in Pasted text\.txt/), {
      target: { value: '2024-04-12' },
    });
    await userEvent.click(within(preview).getByRole('button', { name: 'Use this date' }));
    // 12 April 2024 was a Friday: the meeting is that day, inferred from the date the person gave.
    const dated = await within(panel).findByRole('article', { name: 'Preview of Pasted text.txt' });
    await vi.waitFor(() =>
      expect(dated).toHaveTextContent(
        /Found: .*, 12 April 2024 in Bishkek \(date inferred: "on Friday" counted from the publication date given/,
      ),
    );
    expect(within(dated).queryByLabelText(/No publication date was found/)).toBeNull();
  });

  it('refuses text with neither a date nor a meeting, and a paste of more than 2 MB, with a message each', async () => {
    mockBundleFetch();
    renderApp();
    const panel = await openPanelAndPaste('Just a title\nSome words without any time in them.');
    expect(await within(panel).findByRole('alert')).toHaveTextContent(/Pasted text\.txt: no date and no meeting anywhere in the text/);
    fireEvent.change(within(panel).getByLabelText('Article text'), { target: { value: 'a'.repeat(2_100_000) } });
    await userEvent.click(within(panel).getByRole('button', { name: 'Check pasted text' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(/2\.1 million characters; an article is expected to be under 2 MB/);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Your articles' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add articles' })).toHaveFocus();
  });
});
