import { useEffect, useRef } from 'react';
import type { DensityModel } from './densityModel';
import { densityPixels, type Rgba } from './densityPixels';

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

/** Any CSS colour as RGBA, by painting it on a one-pixel canvas. */
function toRgba(colour: string): Rgba {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!ctx) return [0, 0, 0, 1];
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

let cached: { scheme: string; fill: Rgba; lane: Rgba } | undefined;

/**
 * The canvas colours, read again only when the colour scheme may have changed: reading a
 * computed style after a zoom frame's DOM changes forces a style recalculation in the middle
 * of the frame.
 */
function densityColours(): { fill: Rgba; lane: Rgba } {
  const scheme = `${document.documentElement.dataset.theme ?? ''}|${window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? ''}`;
  if (cached?.scheme !== scheme) cached = { scheme, fill: toRgba(cssVar('--primary', '#0b5cad')), lane: toRgba(cssVar('--lane', '#f3f1ec')) };
  return cached;
}

/**
 * The density drawing on a canvas, the excalidraw way: React owns the element, an effect draws
 * the pure model. The pixels are computed by `densityPixels` and put in one call. It takes no
 * pointer events; the SVG beneath does the hit-testing.
 */
export function DensityCanvas({ model, width, left, top }: DensityCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const pixels = useRef<ImageData | undefined>(undefined);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(width * ratio);
    const h = Math.round(model.height * ratio);
    if (w === 0 || h === 0) return;
    // Setting a canvas's size reallocates it even when unchanged; a zoom frame keeps the size,
    // and the pixel buffer with it.
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${model.height}px`;
    }
    if (pixels.current?.width !== w || pixels.current.height !== h) pixels.current = ctx.createImageData(w, h);
    const { fill, lane } = densityColours();
    densityPixels(model, width, ratio, fill, lane, pixels.current.data, w, h);
    ctx.putImageData(pixels.current, 0, 0);
  }, [model, width]);
  useEffect(() => {
    if (ref.current) {
      ref.current.style.left = `${left}px`;
      ref.current.style.top = `${top}px`;
    }
  }, [left, top]);
  return <canvas ref={ref} className="density-canvas" aria-hidden="true" />;
}
