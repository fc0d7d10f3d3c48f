/** Where a claim the reader added comes from: an imported pack or a subscribed feed, by its own bilingual title. */
export interface ClaimOrigin {
  kind: 'pack' | 'feed';
  name: { en: string; ja: string };
}
