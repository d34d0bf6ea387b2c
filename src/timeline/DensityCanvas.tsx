import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { DensityModel } from './densityModel';
import { paintDensity } from './paintDensity';

/** Props of the density layer. */
export interface DensityCanvasProps {
  model: DensityModel;
  width: number;
  /** Offset of the plot inside the timeline body. */
  left: number;
  top: number;
  /** The canvas element, for a zoom gesture that paints frames without a React render. */
  ref?: Ref<HTMLCanvasElement>;
}

/**
 * The density drawing on a canvas, the excalidraw way: React owns the element, an effect paints
 * the pure model through `paintDensity`. It takes no pointer events; the SVG beneath does the
 * hit-testing.
 */
export function DensityCanvas({ model, width, left, top, ref }: DensityCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useImperativeHandle(ref, () => canvasRef.current!, []);
  useEffect(() => {
    if (canvasRef.current) paintDensity(canvasRef.current, model, width);
  }, [model, width]);
  useEffect(() => {
    if (canvasRef.current) {
      canvasRef.current.style.left = `${left}px`;
      canvasRef.current.style.top = `${top}px`;
    }
  }, [left, top]);
  return <canvas ref={canvasRef} className="density-canvas" aria-hidden="true" />;
}
