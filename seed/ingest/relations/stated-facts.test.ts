/**
 * What a new user pasted, in English and French: a listing, two companies referred to together,
 * and a stopped shipment that must not be read as a sale.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

const ENGLISH = 'Washington, 3 March 2026 — The U.S. Commerce Department added Biren Technology and Moore Threads to the Entity List on Tuesday, barring them from buying chips made with American tools. Both Shanghai-based firms design GPUs that compete with NVIDIA\'s H20. TSMC said it had stopped shipping wafers to Biren in 2024.';
const FRENCH = 'Washington, 3 mars 2026 — Le département américain du Commerce a ajouté mardi Biren Technology et Moore Threads à l\'Entity List, leur interdisant d\'acheter des puces fabriquées avec des outils américains. Les deux sociétés shanghaïennes conçoivent des GPU qui concurrencent le H20 de NVIDIA. TSMC a indiqué avoir cessé de livrer des plaquettes à Biren en 2024.';

for (const [language, text] of [['English', ENGLISH], ['French', FRENCH]] as const) {
  describe(`a wire story in ${language}`, () => {
    it('reads both companies as targets of the Entity List', async () => {
      const found = await relationsIn(text);
      assert.ok(found.includes('us-entity-list TARGETS biren'), found.join('\n'));
      assert.ok(found.includes('us-entity-list TARGETS moore-threads'), found.join('\n'));
    });

    it('gives "both firms" / "les deux sociétés" the place and the rival of the two companies named before', async () => {
      const found = await relationsIn(text);
      for (const id of ['biren', 'moore-threads']) {
        assert.ok(found.includes(`${id} HEADQUARTERED_IN china-government`), found.join('\n'));
        assert.ok(found.includes(`${id} COMPETES_WITH nvidia`), found.join('\n'));
      }
    });

    it('does not read a stopped shipment as a sale or a supply', async () => {
      const found = await relationsIn(text);
      assert.ok(!found.some((r) => r.startsWith('tsmc SELLS_TO') || r.startsWith('tsmc SUPPLIES')), found.join('\n'));
    });
  });
}
