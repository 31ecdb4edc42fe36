/**
 * When a chart below the fan chart draws a new result (drawing is the page's costliest work:
 * Observable Plot, then the markup parsed into the page, tens of ms a chart).
 *
 *   - near the screen (within one screen height of it): one frame after the result came, so
 *     the fan chart and the answer are painted first;
 *   - elsewhere: only the full count's result, when the page is idle (requestIdleCallback), so
 *     a first estimate never makes the page redraw charts nobody sees, and the main thread
 *     leaves the cores to the model's workers while they compute.
 *
 * Returns the value to draw: `value` once it is due, the last one drawn until then (null at
 * first). With `lazy` false it is `value` at once.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Distance from the screen, as a share of its height, within which a chart counts as near. */
const NEAR_MARGIN = '100% 0px';
/** Longest wait for an idle moment before drawing anyway [ms]. */
const IDLE_TIMEOUT_MS = 2000;

export function useLazyValue<T>(
  ref: RefObject<Element | null>,
  value: T,
  opts: { readonly lazy: boolean; readonly settled: boolean },
): T | null {
  const { lazy, settled } = opts;
  const [near, setNear] = useState(false);
  const [shown, setShown] = useState<T | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!lazy || !el) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      rootMargin: NEAR_MARGIN,
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [lazy, ref]);

  useEffect(() => {
    if (!lazy || shown === value) return;
    if (near) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setShown(value), 0);
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    }
    if (!settled) return;
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(() => setShown(value), 0);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(() => setShown(value), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(idle);
  }, [lazy, near, settled, value, shown]);

  return lazy ? shown : value;
}
