/** True inside a frame. Sandboxed frames may throw on `window.parent`; treat that as framed. */
export function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

/** The window framing this one, or null when there is none we can reach. */
export function hostWindow(): Window | null {
  try {
    return window.parent !== window ? window.parent : null;
  } catch {
    return null;
  }
}
