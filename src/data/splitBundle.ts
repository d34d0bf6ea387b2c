import { BODY_KEYS, type BodyEvidence, type BodyFile, type Bundle, type DocumentMeta, type EventRecord, type Mention, type SplitBundle } from './bundleSchema';

/** How many documents share one body file by default: about a megabyte of text and mentions. */
export const DOCUMENTS_PER_BODY_FILE = 256;

/** A split bundle and the body files it names, each with the path it is to be written to (relative to the bundle file). */
export interface SplitFiles {
  index: SplitBundle;
  bodies: { url: string; file: BodyFile }[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** An event as the split bundle lists it: its evidence (and its date's) left to the body files. */
function withoutEvidence(e: EventRecord): EventRecord {
  const { evidence: _dateEvidence, ...date } = e.date;
  return { ...e, date, sources: e.sources.map((s) => ({ ...s, evidence: [] })) };
}

/**
 * Splits a bundle into the file the app draws from (everything but the document texts, the
 * mentions and the evidence passages) and body files of `perFile` documents each, read only
 * when an article is opened or searched. An event's evidence goes to the file of the document
 * it is in; its date's evidence to that of its first source. Joining them back gives the same
 * bundle (see tests/data/splitBundle.test.ts).
 */
export function splitBundle(bundle: Bundle, perFile: number = DOCUMENTS_PER_BODY_FILE, dir = 'bodies'): SplitFiles {
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of bundle.mentions) push(mentionsOf, m.documentId, m);
  const evidenceOf = new Map<string, BodyEvidence[]>();
  for (const e of bundle.events) {
    e.sources.forEach((s, i) => {
      const dateEvidence = i === 0 ? e.date.evidence : undefined;
      push(evidenceOf, s.documentId, { eventId: e.id, documentId: s.documentId, evidence: s.evidence, ...(dateEvidence ? { date: dateEvidence } : {}) });
    });
  }
  const documents: DocumentMeta[] = bundle.documents.map((d) => {
    const meta: Record<string, unknown> = { ...d };
    for (const k of BODY_KEYS) delete meta[k];
    return meta as DocumentMeta;
  });
  const bodies: SplitFiles['bodies'] = [];
  const width = String(Math.max(0, Math.ceil(bundle.documents.length / perFile) - 1)).length;
  for (let i = 0; i < bundle.documents.length; i += perFile) {
    const docs = bundle.documents.slice(i, i + perFile);
    const url = `${dir}/${String(i / perFile).padStart(width, '0')}.json`;
    bodies.push({
      url,
      file: {
        version: bundle.version,
        documents: docs.map(({ id, text, paragraphs, quotes, figures }) => ({ id, text, paragraphs, quotes, figures })),
        mentions: docs.flatMap((d) => mentionsOf.get(d.id) ?? []),
        evidence: docs.flatMap((d) => evidenceOf.get(d.id) ?? []),
      },
    });
  }
  const index: SplitBundle = {
    ...bundle,
    documents,
    events: bundle.events.map(withoutEvidence),
    mentions: [],
    bodies: bodies.map((b) => ({ url: b.url, documentIds: b.file.documents.map((d) => d.id) })),
  };
  return { index, bodies };
}

/** The whole bundle again from a split bundle and its body files (for tools, and to test the split). */
export function joinBundle(index: SplitBundle, files: BodyFile[]): Bundle {
  const bodies = new Map(files.flatMap((f) => f.documents.map((d) => [d.id, d] as const)));
  const evidence = new Map(files.flatMap((f) => f.evidence.map((e) => [`${e.eventId}\n${e.documentId}`, e] as const)));
  const { bodies: _refs, ...rest } = index;
  return {
    ...rest,
    documents: index.documents.map((d) => {
      const body = bodies.get(d.id);
      if (!body) throw new Error(`no body file holds document ${d.id}`);
      return { ...d, ...body };
    }),
    events: index.events.map((e) => {
      const found = e.sources.map((s) => evidence.get(`${e.id}\n${s.documentId}`));
      const dateEvidence = found[0]?.date;
      return {
        ...e,
        date: dateEvidence ? { ...e.date, evidence: dateEvidence } : e.date,
        sources: e.sources.map((s, i) => ({ ...s, evidence: found[i]?.evidence ?? s.evidence })),
      };
    }),
    mentions: files.flatMap((f) => f.mentions),
  };
}
