import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockBundleFetch, renderApp } from '../renderApp';
import { seedBundle } from '../seedFixtures';

describe('the number of sources', () => {
  it('keeps the events several articles report or mention, says so as a chip, and lets it go', async () => {
    mockBundleFetch();
    renderApp({ minSources: 2 });
    const list = await screen.findByRole('list', { name: 'Events' });
    // Seed events with two sources: the 2018 conference (seed 000, recalled by 003), and the conventions the seeds recall.
    const several = seedBundle().bundle.events.filter((e) => e.sources.length >= 2);
    await vi.waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(several.length));
    for (const row of within(list).getAllByRole('button')) expect(row).toHaveAccessibleName(/, [2-9] sources/);
    await userEvent.click(screen.getByRole('button', { name: 'Remove reported by at least 2 sources' }));
    await vi.waitFor(() => expect(within(list).getAllByRole('button').length).toBeGreaterThan(several.length));
  });
});
