import { memo } from 'react';
import type { ViewBundle, DocumentRecord, Evidence, Mention } from '../data/bundleSchema';
import { describeRoles } from '../facets/facetItems';
import type { FacetKey } from '../state/viewState';
import { findTermRanges, segmentParagraph } from './highlightSegments';

/** Props of the highlighted article text. */
export interface SourceTextProps {
  bundle: ViewBundle;
  doc: DocumentRecord;
  /** The document's mentions, marked by type. */
  mentions: Mention[];
  /** The passages that support the selected event; they stand out most. */
  evidence: Evidence[];
  /** Words of the current search to highlight. */
  searchTerms: string[];
  onFilter: (key: FacetKey, id: string) => void;
}

type Range = { start: number; end: number; layer: 'evidence' | 'search' | 'mention'; mention?: Mention };

/** What a highlight refers to, in words: "Rashid Alimov, SCO Secretary General (2018)". */
export function describeMention(bundle: ViewBundle, m: Mention): string {
  if (m.type === 'person' || m.type === 'organisation' || m.type === 'state') {
    const e = bundle.entities.find((x) => x.id === m.id);
    if (!e) return m.id;
    const role = e.type === 'person' ? describeRoles(e) : undefined;
    return role ? `${e.name}, ${role}` : `${e.name} (${e.type})`;
  }
  if (m.type === 'place') {
    const p = bundle.places.find((x) => x.id === m.id);
    const country = p && bundle.entities.find((e) => e.id === p.country)?.name;
    return p ? `${p.name}${country ? `, ${country}` : ''} (place)` : m.id;
  }
  if (m.type === 'topic') return `Topic: ${bundle.topics.find((t) => t.id === m.id)?.label ?? m.id}`;
  if (m.type === 'date') return `Date: ${m.id.startsWith('--') ? `${m.id.slice(2)} (no year)` : m.id}`;
  return 'A figure the article reports';
}

const FILTER_KEY: Partial<Record<Mention['type'], FacetKey>> = {
  person: 'actors',
  organisation: 'actors',
  state: 'actors',
  place: 'places',
  topic: 'topics',
};

/**
 * The article in its paragraphs, as text (never HTML), with mentions marked by type, the
 * event's evidence marked strongest and search words marked too. Clicking a marked name adds
 * it as a filter.
 */
export const SourceText = memo(function SourceText({
  bundle,
  doc,
  mentions: docMentions,
  evidence,
  searchTerms,
  onFilter,
}: SourceTextProps) {
  const ranges: Range[] = [
    ...evidence.map((e) => ({ start: e.start, end: e.end, layer: 'evidence' as const })),
    ...findTermRanges(doc.text, searchTerms).map((r) => ({ ...r, layer: 'search' as const })),
    ...docMentions.map((m) => ({ start: m.start, end: m.end, layer: 'mention' as const, mention: m })),
  ];
  return (
    <div className="source-text">
      {doc.paragraphs.map((p) => (
        <p key={p.start}>
          {segmentParagraph(doc.text, p, ranges).map((seg) => {
            if (seg.covering.length === 0) return <span key={seg.start}>{seg.text}</span>;
            const mentions = seg.covering.filter((r) => r.mention).map((r) => r.mention!);
            // The most specific mention names the piece: a person inside a topic passage is the person.
            const main = mentions.find((m) => m.type !== 'topic') ?? mentions[0];
            const classes = [
              seg.covering.some((r) => r.layer === 'evidence') ? 'evidence' : '',
              seg.covering.some((r) => r.layer === 'search') ? 'search-hit' : '',
              main ? `m-${main.type}` : '',
              mentions.some((m) => m.type === 'topic') ? 'm-topic-word' : '',
            ].filter(Boolean);
            const key = main && FILTER_KEY[main.type];
            return (
              <mark
                key={seg.start}
                className={classes.join(' ')}
                title={mentions.map((m) => describeMention(bundle, m)).join(' · ') || undefined}
                data-mention-type={main?.type}
                data-mention-id={main?.id}
                onClick={key && main ? () => onFilter(key, main.id) : undefined}
              >
                {seg.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});
