import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { knowledgeQueryOptions } from './collectionQuery';
import { extendKnowledge } from './extendKnowledge';
import { useCollection } from './useCollection';

/** How long a message stays in the header after it is announced. */
const MESSAGE_MS = 12_000;

/** Holds whether the collection panel is open and its message, loads what the panel shows, and moves focus with it. */
export function useCollectionPanelModel() {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const { collection, unkept, save } = useCollection();
  const knowledge = useQuery({ ...knowledgeQueryOptions(), enabled: open });
  const extended = useMemo(
    () => collection && knowledge.data && extendKnowledge(knowledge.data, collection.knowledge),
    [collection, knowledge.data],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus goes into the panel when it opens and back to its button when it closes.
  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  // The message is also announced; it leaves the header after a while so the header stays tidy.
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  const count = collection?.articles.length ?? 0;
  return { open, setOpen, message, setMessage, collection, unkept, save, knowledge, extended, headingRef, buttonRef, count };
}

/** What the collection panel's render reads from its model. */
export type CollectionPanelModel = ReturnType<typeof useCollectionPanelModel>;
