/**
 * The always-on content script's probe (src/core/probe.ts) over the bundled claims' keys, made at build time
 * (build/probe-plugin.ts), run on exactly the texts the engine would be given (a block's pieces, match-blocks.ts).
 */
import probeData from 'virtual:kensho/probe';
import { makeProbe, type Probe } from '../core/probe';
import type { TextBlock } from './extract';
import { splitLongText } from './match-blocks';
import { pageTimings, type PageTimings } from './page-timings';

/** Whether a block may hold a match: `probe` fires on one of the pieces the engine would scan. */
export function blockMayMatch(block: TextBlock, probe: Probe): boolean {
  const { text } = block;
  return splitLongText(text, block.lang).some(([from, to]) =>
    probe(from === 0 && to === text.length ? text : text.slice(from, to)),
  );
}

/** The frame's probe over the bundled keys, its time and whether it fired recorded for the e2e budget test. */
export function pageProbe(timings: PageTimings = pageTimings()): (block: TextBlock) => boolean {
  const probe = makeProbe(probeData);
  timings.probeMs = 0;
  timings.probeFired = false;
  return (block) => {
    const t0 = performance.now();
    const fired = blockMayMatch(block, probe);
    timings.probeMs! += performance.now() - t0;
    if (fired) timings.probeFired = true;
    return fired;
  };
}
