/** The machine a benchmark ran on, as the report names it. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  java: string;
  neo4j?: string;
}

export function describeMachine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux: keep os.cpus()'s model
  }
  const javaOutput = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const java = /version "([^"]+)"/.exec(`${javaOutput.stderr ?? ''}${javaOutput.stdout ?? ''}`)?.[1] ?? 'not found';
  return { cpu, cores: cpus().length, ramGb: Math.round(totalmem() / 2 ** 30), node: process.version, java };
}
