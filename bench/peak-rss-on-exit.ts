/**
 * Preloaded (`node --import ./bench/peak-rss-on-exit.ts …`) into a process whose memory the
 * benchmark measures: on exit, writes the process's peak resident set (VmHWM) to stderr.
 */
import { readFileSync, writeSync } from 'node:fs';

process.on('exit', () => {
  const peak = /^VmHWM:\s*(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  if (peak) writeSync(2, `CHIPGRAPH_PEAK_RSS_KB ${peak}\n`);
});
