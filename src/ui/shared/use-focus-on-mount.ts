import { useEffect, useRef } from 'preact/hooks';

/** A ref that focuses its element once it mounts (the autofocus attribute is ignored after page load). */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
