import { slugify } from '../text';
import type { FoundPerson } from './findPeople';
import { nameParts, samePersonReason, sameWord } from './sameName';

/** A person the knowledge file knows, with every spelling it has for them. */
export interface KnownPerson {
  id: string;
  names: string[];
}

/** A merge of one spelling into a person, with its reason, for the review report. */
export interface PersonMerge {
  documentId: string;
  spelling: string;
  into: string;
  reason: string;
}

/** The people of a corpus: each provisional id's final id, the new people, and the merges made. */
export interface PeopleClusters {
  idOf: Map<string, string>;
  /** People not in the knowledge file, with their final id and the name they are shown under. */
  added: { id: string; name: string }[];
  merges: PersonMerge[];
}

interface Cluster {
  id?: string;
  names: string[];
  /** The spelling the person is shown under: a known name, else the most used spelling. */
  name: string;
  known: boolean;
}

/**
 * Groups the people found in every document with each other and with the knowledge file's:
 * spellings that are one name in two transliterations join (the knowledge file's id wins); a
 * lone surname joins the one person of that surname, when there is exactly one. Deterministic:
 * spellings are taken most used first, then alphabetically.
 */
export function clusterPeople(
  found: { documentId: string; person: FoundPerson }[],
  known: KnownPerson[],
  takenIds: Set<string>,
): PeopleClusters {
  const clusters: Cluster[] = known.map((k) => ({ id: k.id, names: k.names, name: k.names[0]!, known: true }));
  const uses = new Map<string, { person: FoundPerson; documents: string[] }>();
  for (const f of found) {
    const u = uses.get(f.person.id) ?? { person: f.person, documents: [] };
    u.documents.push(f.documentId);
    uses.set(f.person.id, u);
  }
  const order = [...uses.values()].sort(
    (a, b) =>
      Number(a.person.surnameOnly) - Number(b.person.surnameOnly) ||
      b.documents.length - a.documents.length ||
      a.person.name.localeCompare(b.person.name),
  );
  const clusterOf = new Map<string, Cluster>();
  const merges: PersonMerge[] = [];
  for (const { person, documents } of order) {
    const documentId = [...documents].sort()[0]!;
    const exact = clusters.find((c) => c.names.some((n) => slugify(n) === person.id));
    let into = exact;
    let reason: string | undefined;
    if (!into && !person.surnameOnly) {
      const candidates = clusters.filter((c) => c.names.some((n) => samePersonReason(n, person.name)));
      if (candidates.length === 1) {
        into = candidates[0]!;
        reason = samePersonReason(
          into.names.find((n) => samePersonReason(n, person.name))!,
          person.name,
        );
      }
    } else if (!into) {
      const candidates = clusters.filter((c) =>
        c.names.some((n) => nameParts(n).given.length > 0 && sameWord(nameParts(n).surname, person.name)),
      );
      if (candidates.length === 1) {
        into = candidates[0]!;
        reason = `only the surname is given, and one person of that surname is named`;
      }
    }
    if (into) {
      if (!into.names.includes(person.name)) into.names.push(person.name);
      if (reason) merges.push({ documentId, spelling: person.name, into: into.name, reason });
    } else {
      into = { names: [person.name], name: person.name, known: false };
      clusters.push(into);
    }
    clusterOf.set(person.id, into);
  }
  const added: PeopleClusters['added'] = [];
  const used = new Set(takenIds);
  for (const c of clusters) {
    if (c.known) continue;
    let id = slugify(c.name);
    for (let n = 2; used.has(id); n++) id = `${slugify(c.name)}-${n}`;
    used.add(id);
    c.id = id;
    added.push({ id, name: c.name });
  }
  const idOf = new Map([...clusterOf].map(([provisional, c]) => [provisional, c.id!]));
  return { idOf, added, merges };
}
