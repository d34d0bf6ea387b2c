import { BODY_KEYS, type BodyFile, type Bundle, type DocumentMeta, type Mention, type SplitBundle } from './bundleSchema';

/** How many documents share one body file by default: about a megabyte of text and mentions. */
export const DOCUMENTS_PER_BODY_FILE = 256;

/** A split bundle and the body files it names, each with the path it is to be written to (relative to the bundle file). */
export interface SplitFiles {
  index: SplitBundle;
  bodies: { url: string; file: BodyFile }[];
}

/**
 * Splits a bundle into the file the app draws from (everything but the document texts and
 * mentions) and body files of `perFile` documents each, read only when an article is opened
 * or searched. Joining them back gives the same bundle (see tests/data/splitBundle.test.ts).
 */
export function splitBundle(bundle: Bundle, perFile: number = DOCUMENTS_PER_BODY_FILE, dir = 'bodies'): SplitFiles {
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of bundle.mentions) {
    const list = mentionsOf.get(m.documentId);
    if (list) list.push(m);
    else mentionsOf.set(m.documentId, [m]);
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
      },
    });
  }
  const index: SplitBundle = {
    ...bundle,
    documents,
    mentions: [],
    bodies: bodies.map((b) => ({ url: b.url, documentIds: b.file.documents.map((d) => d.id) })),
  };
  return { index, bodies };
}

/** The whole bundle again from a split bundle and its body files (for tools, and to test the split). */
export function joinBundle(index: SplitBundle, files: BodyFile[]): Bundle {
  const bodies = new Map(files.flatMap((f) => f.documents.map((d) => [d.id, d] as const)));
  const { bodies: _refs, ...rest } = index;
  return {
    ...rest,
    documents: index.documents.map((d) => {
      const body = bodies.get(d.id);
      if (!body) throw new Error(`no body file holds document ${d.id}`);
      return { ...d, ...body };
    }),
    mentions: files.flatMap((f) => f.mentions),
  };
}
