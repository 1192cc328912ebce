import { useNodesInitialized, useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { readableFit } from './readable-fit';

/**
 * Fits the cards into view, readably, once React Flow knows the pane's size and has measured
 * the cards; and again each time `request` changes (after an automatic layout).
 */
export function ReadableFit({ request }: { readonly request: number }) {
  const flow = useReactFlow();
  const measured = useNodesInitialized();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const fitted = useRef<number | null>(null);
  useEffect(() => {
    if (!measured || width === 0 || height === 0 || fitted.current === request) return;
    // After the moved cards have been drawn.
    const frame = requestAnimationFrame(() => {
      // The first fit is where the canvas opens; later ones glide.
      const duration = fitted.current === null ? 0 : 200;
      fitted.current = request;
      const nodes = flow.getNodes();
      if (nodes.length === 0) return;
      void flow.setViewport(readableFit(flow.getNodesBounds(nodes), width, height), { duration });
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, measured, width, height, request]);
  return null;
}
