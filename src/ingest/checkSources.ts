import { findDateExpressions } from './dates';
import { mentionsMeeting } from './eventSentence';
import type { SourceText } from './buildBundle';

/** A file as read from disk or dropped in the browser. */
export interface RawSource {
  /** File name, e.g. "000_a629d553c455d77e.txt". */
  name: string;
  bytes: Uint8Array;
}

/** A file the ingest will not use, and why, in words for the person who supplied it. */
export interface Rejection {
  name: string;
  message: string;
}

/** Largest article the ingest accepts; longer texts are almost certainly not one article. */
export const MAX_ARTICLE_BYTES = 2_000_000;

/** Why a file is refused for its size, from its byte count alone (so a huge file need not be read). */
export const tooLargeMessage = (bytes: number) =>
  `the file is ${(bytes / 1e6).toFixed(1)} MB; an article is expected to be under ${MAX_ARTICLE_BYTES / 1e6} MB`;

/** An article already in a collection, so that a copy of it is refused, and how to name it. */
export interface KnownText {
  text: string;
  label: string;
}

/** An accepted article with the name of the file it came from. */
export interface AcceptedSource extends SourceText {
  name: string;
}

/** A document id from a file name: the name without its extension. */
export const documentIdOf = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

/** The text with white space collapsed: two files equal in this form are one article. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Decides which files are usable articles: UTF-8 text, not empty, not too large, with a date
 * or a meeting in it, and not a copy of a file already accepted or of an article already in the
 * collection (`known`). Every other file gets a message that names it; the good files still go
 * through.
 */
export function checkSources(files: RawSource[], known: KnownText[] = []): { accepted: AcceptedSource[]; rejected: Rejection[] } {
  const accepted: AcceptedSource[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, string>();
  const present = new Map(known.map((k) => [normalise(k.text), k.label]));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const reject = (message: string) => rejected.push({ name: file.name, message });
    if (file.bytes.length === 0) {
      reject('the file is empty');
      continue;
    }
    if (file.bytes.length > MAX_ARTICLE_BYTES) {
      reject(tooLargeMessage(file.bytes.length));
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(file.bytes);
    } catch {
      reject('the file is not UTF-8 text (is it a binary file?)');
      continue;
    }
    if (text.includes('\u0000')) {
      reject('the file contains NUL bytes, so it is a binary file, not an article');
      continue;
    }
    // Drop a byte-order mark so offsets count characters of the article itself.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (!text.trim()) {
      reject('the file holds only white space');
      continue;
    }
    const normalised = normalise(text);
    const twin = seen.get(normalised);
    if (twin) {
      reject(`the file repeats ${twin} word for word`);
      continue;
    }
    const there = present.get(normalised);
    if (there) {
      reject(`this article is already in your collection as ${there}`);
      continue;
    }
    // An undated report of a meeting is kept (its event is shown as undated); a text with
    // neither a date nor a meeting is not a report of one.
    if (findDateExpressions(text).length === 0 && !mentionsMeeting(text)) {
      reject('no date and no meeting anywhere in the text, so it is not a report of a meeting');
      continue;
    }
    seen.set(normalised, file.name);
    accepted.push({ id: documentIdOf(file.name), name: file.name, text });
  }
  return { accepted, rejected };
}
