/**
 * Which parts of a page are not article text. Pure DOM reads (no layout unless `checkVisibility` exists),
 * so the same rules run in the content script and on linkedom in the CLI.
 */

/** Elements that never hold article prose, or hold text the reader is editing. */
const SKIP_TAGS = new Set([
  'NAV',
  'FOOTER',
  'ASIDE',
  'FORM',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'LABEL',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'MATH',
  'PRE',
  'CODE',
  'RT',
  'RP',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'DIALOG',
  'MENU',
]);
/** Landmark roles that are page chrome, not content. */
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'form',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'textbox',
  'log',
  'marquee',
]);
/** Reader comments and similar: matched as whole words in id/class so "commentary" is still read. */
const SKIP_NAMES =
  /(?:^|[\s_-])(?:comments?|comment-list|disqus|replies|reply|related|recommend(?:ed|ations)?|most-read|ranking|newsletter|social|breadcrumbs?|ad|ads|advert(?:isement)?|promo|sponsored|paywall)(?:[\s_-]|$)/i;

/** Inline elements: text inside them belongs to the enclosing block (so a sentence spans `<a>`, `<em>`, ruby). */
export const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RTC',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'BR',
  'NOBR',
]);

/** True for Kensho's own elements (the layer, markers, cards): never scanned, never observed. */
export function isOwnElement(el: Element): boolean {
  return el.tagName.startsWith('KENSHO-');
}

function isEditable(el: Element): boolean {
  // contenteditable="false" is not editable, whatever linkedom's isContentEditable says (the CLI scans on linkedom).
  const ce = el.getAttribute('contenteditable');
  if (ce !== null) return ce.toLowerCase() !== 'false';
  return (el as HTMLElement).isContentEditable === true;
}

/**
 * True when `el` and everything inside it must be left alone. An article's own `<header>` (headline and
 * standfirst) is read; the site header is not.
 */
export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || isOwnElement(el)) return true;
  if (tag === 'HEADER' && !el.parentElement?.closest('article, main, [role="main"]')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('data-kensho-skip'))
    return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role.toLowerCase())) return true;
  if (isEditable(el)) return true;
  const names = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  if (names.length > 1 && SKIP_NAMES.test(names)) return true;
  // Layout-aware check where the browser has one (not on linkedom): display:none, visibility:hidden,
  // content-visibility.
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !INLINE_TAGS.has(tag) && !check.call(el, { visibilityProperty: true }))
    return true;
  return false;
}

/** True when `node` sits inside a skipped element (checked up to `root`, exclusive, or the document). */
export function isInSkippedRegion(node: Node, root?: Node): boolean {
  for (
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    el && el !== root;
    el = el.parentElement
  ) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}
