import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LinkNotices } from '../../src/app/LinkNotices';
import { StoreProvider } from '../../src/state/StoreProvider';
import { createAppStore } from '../../src/state/store';
import { decodeViewState } from '../../src/state/urlCodec';
import { seedBundle } from '../seedFixtures';

const { bundle } = seedBundle();

/** Renders the notices of a store that opened `search`, as the URL sync fills it. */
function renderNotices(search: string) {
  const store = createAppStore();
  store.getState().setNotices(decodeViewState(search).notices);
  render(
    <StoreProvider store={store}>
      <LinkNotices bundle={bundle} />
    </StoreProvider>,
  );
  return store;
}

describe('LinkNotices', () => {
  it('shows a short notice for a link with 40,000 ids: the first few by name, then how many more', () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => `person-${i}`);
    renderNotices(`actors=${ids.join(',')}`);
    const text = screen.getByRole('alert').textContent!;
    expect(text.length).toBeLessThan(2000);
    expect(text).toContain('39,950 parts of this link were ignored');
    expect(text).toContain('actors=person-50 (more than 50 ids)');
    expect(text).toMatch(/and 39,945 more/);
  });

  it('lists a few dropped parts in full and dismisses them', async () => {
    const store = renderNotices('lanes=up&from=soon');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '2 parts of this link were ignored: from=soon (not a date (YYYY-MM-DD)); lanes=up (lanes is "place" or "kind")',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().notices).toEqual([]);
  });
});
