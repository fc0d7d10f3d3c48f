import type { ComponentChildren } from 'preact';

interface Props {
  kind: 'info' | 'error' | 'success';
  children: ComponentChildren;
}

/** A message the reader must not miss: errors are announced immediately (role=alert), others politely. */
export function Notice({ kind, children }: Props) {
  return (
    <div class={`k-notice k-notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
