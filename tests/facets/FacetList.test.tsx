import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FacetList } from '../../src/facets/FacetList';

const items = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, label: `Person ${String.fromCharCode(65 + i)}`, count: i }));

describe('FacetList', () => {
  it('names each checkbox by label and count, sorted by count, and hides values past the first few', async () => {
    render(<FacetList items={items} selected={[]} onToggle={() => {}} noun="people" initial={4} />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual(['Person L (11)', 'Person K (10)', 'Person J (9)', 'Person I (8)']);
    await userEvent.click(screen.getByRole('button', { name: 'Show 7 more' }));
    // The value with no events in view is left out.
    expect(screen.getAllByRole('checkbox')).toHaveLength(11);
  });

  it('filters as you type and keeps selected values first', async () => {
    const onToggle = vi.fn();
    render(<FacetList items={items} selected={['p1']} onToggle={onToggle} noun="people" initial={4} />);
    expect(screen.getAllByRole('checkbox')[0]).toHaveAccessibleName('Person B (1)');
    expect(screen.getAllByRole('checkbox')[0]).toBeChecked();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter people' }), 'person c');
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('checkbox')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Person C (2)']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Person C (2)' }));
    expect(onToggle).toHaveBeenCalledWith('p2');
  });
});
