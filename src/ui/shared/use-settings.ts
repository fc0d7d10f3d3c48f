import { useEffect, useState } from 'preact/hooks';
import { settingsItem, type Settings } from '../../storage/settings';

/**
 * The current settings, following every change (from this page, another page or another device's tab); null while
 * loading.
 */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void settingsItem.getValue().then((s) => live && setSettings(s));
    const unwatch = settingsItem.watch((next) => setSettings(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
