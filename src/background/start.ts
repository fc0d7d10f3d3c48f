/** Composition root of the service worker: wires every background service. */
export function startBackground(): void {
  // Services are registered here as they land (messaging, badge, context menu, migrations).
}
