import type { DensityModel } from './densityModel';
import { densityPixels, type Rgba } from './densityPixels';

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
  if (cached?.scheme !== scheme)
    cached = { scheme, fill: toRgba(cssVar('--primary', '#0b5cad')), lane: toRgba(cssVar('--lane', '#f3f1ec')) };
  return cached;
}

/** Each canvas's pixel buffer, kept between frames so a zoom frame allocates none. */
const buffers = new WeakMap<HTMLCanvasElement, ImageData>();

/**
 * Paints a density model on a canvas: the pixels are computed by `densityPixels` and put in
 * one call. Both the React effect and a zoom gesture's frames paint through it, so the two
 * never disagree about sizes or colours.
 */
export function paintDensity(canvas: HTMLCanvasElement, model: DensityModel, width: number) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
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
  let pixels = buffers.get(canvas);
  if (pixels?.width !== w || pixels.height !== h) {
    pixels = ctx.createImageData(w, h);
    buffers.set(canvas, pixels);
  }
  const { fill, lane } = densityColours();
  densityPixels(model, width, ratio, fill, lane, pixels.data, w, h);
  ctx.putImageData(pixels, 0, 0);
}
