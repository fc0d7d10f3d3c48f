import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEWS_SITE_MATCHES } from '../../src/sites/news-sites';

const manifest = (target: string) => JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s manifest asks for the least', (target) => {
  const m = manifest(target);

  it('requests exactly storage, contextMenus, activeTab, scripting and alarms (the daily feed check)', () => {
    expect([...m.permissions].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage']);
  });

  it('has no host permissions beyond the curated news list, and never <all_urls>', () => {
    // Exactly the content-script matches (no install warning of their own): to restart Kensho in open tabs on update.
    expect(m.host_permissions).toEqual(NEWS_SITE_MATCHES);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    const matches = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect([...matches].sort()).toEqual([...NEWS_SITE_MATCHES].sort());
    expect(matches.every((p: string) => p.startsWith('https://*.'))).toBe(true);
  });

  it('exposes no file to web pages (the card script is injected by the worker, so no page can probe for Kensho)', () => {
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('asks for any other site only as an optional permission', () => {
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('sets a strict CSP for extension pages: own scripts only, connections only over https (feeds)', () => {
    const csp: string = m.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    // Widened from 'self' only as far as fetching subscribed feeds needs: https, any host the reader names.
    expect(csp).toContain("connect-src 'self' https:;");
    expect(csp.replace("connect-src 'self' https:;", '')).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('is localised in English and Japanese', () => {
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
  });
});

describe('the Firefox manifest', () => {
  const m = manifest('firefox-mv3');
  it('has a gecko id and declares that no data is collected', () => {
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
