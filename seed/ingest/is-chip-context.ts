/**
 * Whether the words around a token speak of chips ("GPU H2O", "puces H2O", "the H20 accelerator"):
 * the condition for reading a model code with O/0 or l/1 swapped, and for proposing an unknown
 * model code as a new chip.
 */
import type { Token } from './tokenize.ts';

/** Folded words that announce a chip nearby. */
export const CHIP_CUES: ReadonlySet<string> = new Set([
  'gpu', 'gpus', 'chip', 'chips', 'puce', 'puces', 'accelerator', 'accelerators', 'accelerateur', 'accelerateurs',
  'processor', 'processors', 'processeur', 'processeurs', 'card', 'cards', 'carte', 'cartes', 'semiconductor',
  'semiconductors', 'semi-conducteur', 'semi-conducteurs', 'semiconducteur', 'semiconducteurs', 'npu', 'npus', 'tpu',
  'asic', 'asics', 'superchip', 'silicon', 'die', 'wafer', 'wafers', 'hbm', 'nvidia', 'amd', 'huawei', 'intel', 'model',
]);

/** Tokens looked at before and after. */
const BEFORE = 4;
const AFTER = 3;

export function isChipContext(tokens: readonly Token[], index: number, from = 0, to = tokens.length): boolean {
  for (let i = Math.max(from, index - BEFORE); i < Math.min(to, index + AFTER + 1); i++) {
    if (i !== index && CHIP_CUES.has(tokens[i]?.folded ?? '')) return true;
  }
  return false;
}
