import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { grantedOrigins } from '../../sites/granted-origins';
import { feedOnlyOrigins } from '../../storage/feeds';

/** Host patterns the reader granted beyond the news list, following grants and revokes live. */
export function useGrantedOrigins(): string[] {
  const [origins, setOrigins] = useState<string[]>([]);
  useEffect(() => {
    const refresh = () =>
      void feedOnlyOrigins()
        .then(grantedOrigins)
        .then(setOrigins, () => setOrigins([]));
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  return origins;
}
