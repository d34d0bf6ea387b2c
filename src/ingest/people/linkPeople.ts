import type { Knowledge } from '../../data/knowledgeSchema';
import type { DocumentAnalysis } from '../documentAnalysis';
import type { NameMatch } from '../matcher';
import { clusterPeople, type PeopleClusters } from './clusterPeople';

/** The documents with every person under their final id, the people added and the merges made. */
export interface LinkedPeople {
  docs: DocumentAnalysis[];
  added: PeopleClusters['added'];
  merges: PeopleClusters['merges'];
}

/**
 * Gives the people found in each document their final ids across the corpus: one id per
 * person however the documents spell them, the knowledge file's id where it knows them. Names,
 * roles and quotation speakers are rewritten; nothing else in a document changes.
 */
export function linkPeople(docs: DocumentAnalysis[], knowledge: Knowledge): LinkedPeople {
  const known = knowledge.entities.filter((e) => e.type === 'person').map((e) => ({ id: e.id, names: [e.name, ...e.aliases] }));
  const found = docs.flatMap((d) => d.people.map((person) => ({ documentId: d.id, person })));
  const takenIds = new Set([...knowledge.entities.map((e) => e.id), ...knowledge.places.map((p) => p.id)]);
  const { idOf, added, merges } = clusterPeople(found, known, takenIds);
  const final = (id: string) => idOf.get(id) ?? id;
  const relink = (doc: DocumentAnalysis): DocumentAnalysis => ({
    ...doc,
    names: doc.names.map((n) => (n.type === 'person' ? { ...n, id: final(n.id) } : n)),
    roles: doc.roles.map((r) => ({ ...r, personId: final(r.personId) })),
    quotes: doc.quotes.map((q) => (q.speakerId ? { ...q, speakerId: final(q.speakerId) } : q)),
  });
  return { docs: docs.map(relink), added, merges };
}

/** Known names with the people found added; a place word inside a person's name ("Nursultan Nazarbayev") gives way. */
export function withPeople(names: NameMatch[], people: NameMatch[]): NameMatch[] {
  const kept = names.filter((n) => !people.some((p) => n.start < p.end && p.start < n.end));
  return [...kept, ...people].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Every spelling of each person as the documents write it, for the entity's aliases. */
export function spellingsOf(docs: DocumentAnalysis[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const n of d.names) {
      if (n.type !== 'person') continue;
      const spelling = d.text.slice(n.start, n.end).replace(/\s+/g, ' ');
      out.set(n.id, (out.get(n.id) ?? new Set()).add(spelling));
    }
  }
  return out;
}
