/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeSymmetricGroups } from './relation-groups.ts';

const detail = (id: string) => ({ edge: { id } });

describe('relationship groups in the details panel', () => {
  it('lists a symmetric relationship once, both ways together, its sizes added', () => {
    const groups = [
      { predicate: 'COMPETES_WITH', direction: 'OUT', total: 12, edges: [detail('huawei|COMPETES_WITH|nvidia'), detail('huawei|COMPETES_WITH|amd')] },
      { predicate: 'MAKES', direction: 'OUT', total: 3, edges: [detail('huawei|MAKES|ascend-910b')] },
      { predicate: 'COMPETES_WITH', direction: 'IN', total: 5, edges: [detail('cambricon|COMPETES_WITH|huawei'), detail('huawei|COMPETES_WITH|amd')] },
      { predicate: 'MAKES', direction: 'IN', total: 1, edges: [detail('x|MAKES|huawei')] },
    ];
    const merged = mergeSymmetricGroups(groups);
    assert.deepEqual(merged.map((group) => [group.predicate, group.direction, group.total]), [['COMPETES_WITH', 'OUT', 17], ['MAKES', 'OUT', 3], ['MAKES', 'IN', 1]]);
    assert.deepEqual(merged[0]?.edges.map((d) => d.edge.id), ['huawei|COMPETES_WITH|nvidia', 'huawei|COMPETES_WITH|amd', 'cambricon|COMPETES_WITH|huawei']);
  });
});
