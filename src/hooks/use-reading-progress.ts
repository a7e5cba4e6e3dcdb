import { useEffect, useRef } from 'react';

/**
 * Scales the referenced bar with how far the reader has scrolled through
 * `target`. Writes the style through the CSSOM after hydration, so the
 * prerendered HTML carries no style attribute (strict CSP).
 */
export function useReadingProgress<T extends HTMLElement>(targetId: string) {
  const barRef = useRef<T>(null);
  useEffect(() => {
    const bar = barRef.current;
    const target = document.getElementById(targetId);
    if (!bar || !target) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const rect = target.getBoundingClientRect();
      const total = rect.height - window.innerHeight;
      const read = total <= 0 ? 1 : Math.min(1, Math.max(0, -rect.top / total));
      bar.style.transform = `scaleX(${read})`;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [targetId]);
  return barRef;
}
