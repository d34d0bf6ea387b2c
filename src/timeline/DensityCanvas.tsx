import { useEffect, useRef } from 'react';
import type { DensityModel } from './densityModel';
import { drawDensity, type DensityColours } from './drawDensity';

/** Props of the density layer. */
export interface DensityCanvasProps {
  model: DensityModel;
  width: number;
  /** Offset of the plot inside the timeline body. */
  left: number;
  top: number;
}

/** Reads a CSS variable of the page, for colours the canvas cannot take from a stylesheet. */
const cssVar = (name: string, fallback: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

let cached: { scheme: string; colours: DensityColours } | undefined;

/**
 * The canvas colours, read again only when the colour scheme may have changed: reading a
 * computed style after a zoom frame's DOM changes forces a style recalculation in the middle
 * of the frame.
 */
function densityColours(): DensityColours {
  const scheme = `${document.documentElement.dataset.theme ?? ''}|${window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? ''}`;
  if (cached?.scheme !== scheme) cached = { scheme, colours: { fill: cssVar('--primary', '#0b5cad'), lane: cssVar('--lane', '#f3f1ec') } };
  return cached.colours;
}

/**
 * The density drawing on a canvas, the excalidraw way: React owns the element, an effect draws
 * the pure model. It takes no pointer events; the SVG beneath does the hit-testing.
 */
export function DensityCanvas({ model, width, left, top }: DensityCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(width * ratio);
    const h = Math.round(model.height * ratio);
    // Setting a canvas's size reallocates it even when unchanged; a zoom frame keeps the size.
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${model.height}px`;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawDensity(ctx, model, densityColours(), width);
  }, [model, width]);
  useEffect(() => {
    if (ref.current) {
      ref.current.style.left = `${left}px`;
      ref.current.style.top = `${top}px`;
    }
  }, [left, top]);
  return <canvas ref={ref} className="density-canvas" aria-hidden="true" />;
}
