/**
 * Runs `fn` once the next frame has been painted, and returns a function that cancels it. A
 * task posted from an animation frame runs after that frame's paint; a hidden page paints no
 * frames, so there a task alone will do.
 */
export function afterPaint(fn: () => void): () => void {
  if (typeof requestAnimationFrame === 'undefined' || document.hidden) {
    const timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
