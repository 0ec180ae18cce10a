// A list that shows its first few items and a "ดูทั้งหมด" button for the rest (free-text answers, people, schools).
import { useId, useState, type ReactNode } from 'react';
import { th } from '../../../i18n/th-staff';
import { visibleItems } from '../summary-view';

interface ShowMoreListProps<T> {
  items: readonly T[];
  keyOf: (item: T, index: number) => string;
  render: (item: T) => ReactNode;
  limit?: number;
  /** The button's text with the number of items in all (default: answers). */
  moreLabel?: ((n: number) => string) | undefined;
  className?: string;
}

export function ShowMoreList<T>({ items, keyOf, render, limit = 5, moreLabel = th.formRounds.showAll, className }: ShowMoreListProps<T>) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const shown = visibleItems(items, expanded, limit);
  return (
    <>
      <ul id={id} className={className}>
        {shown.map((item, i) => (
          <li key={keyOf(item, i)}>{render(item)}</li>
        ))}
      </ul>
      {items.length > limit ? (
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? th.formRounds.showLess : moreLabel(items.length)}
        </button>
      ) : null}
    </>
  );
}
