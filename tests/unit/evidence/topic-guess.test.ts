import { describe, expect, it } from 'vitest';
import { guessTopic } from '../../../src/evidence/topic-guess';

describe('guessTopic', () => {
  it('matches Latin keywords as whole words, Japanese ones anywhere', () => {
    expect(guessTopic('Alphabet sells bonds to fund data centres')).toBe('ai-debt-financing');
    expect(guessTopic('Android phones get a new launcher')).toBeUndefined();
    expect(guessTopic('Citadel says AI cannot find alpha')).toBe('genai-alpha');
    expect(guessTopic('エヌビディアの出資は資金の還流だ')).toBe('nvidia-openai-circular');
  });

  it('gives no guess on a tie or without any keyword', () => {
    expect(guessTopic('bonds and nasdaq')).toBeUndefined();
    expect(guessTopic('the weather is fine')).toBeUndefined();
  });
});
