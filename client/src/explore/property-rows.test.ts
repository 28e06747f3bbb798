/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityDetail } from '../api/explorer-api.ts';
import { codedValue, propertyRows } from './property-rows.ts';

const none = {
  asOf: null, sector: null, ticker: null, kind: null, country: null, vendor: null, family: null, architecture: null, processNode: null, memory: null,
  performance: null, announced: null, status: null, isFamily: null, effective: null, ended: null, summary: null, roles: null, createdBy: null,
  createdAt: null, learnedAliases: null,
} satisfies EntityDetail['properties'];

describe('an entity’s properties in the details panel', () => {
  it('names them and writes their values in the language, coded values in words', () => {
    const policy = { ...none, kind: 'EXPORT_CONTROL', status: 'IN_FORCE', effective: '2025-04-09', asOf: '2025-10-01T00:00:00Z' };
    assert.deepEqual(propertyRows(policy, 'en'), [
      ['Kind', 'export control'],
      ['Status', 'in force'],
      ['In force from', '9 Apr 2025'],
      ['Checked on', '1 Oct 2025'],
    ]);
    assert.deepEqual(propertyRows(policy, 'fr'), [
      ['Nature', 'contrôle des exportations'],
      ['Statut', 'en vigueur'],
      ['Entrée en vigueur', '9 avr. 2025'],
      ['Vérifié le', '1 oct. 2025'],
    ]);
  });

  it('leaves out empty values, writes yes/no, and lists learned names once without their article', () => {
    const chip = { ...none, vendor: 'nvidia', isFamily: false, ticker: '', roles: [], learnedAliases: ['H20 chip|article-1', 'H20 chip|article-2', 'la H20|article-3'] };
    assert.deepEqual(propertyRows(chip, 'fr'), [
      ['Fabricant', 'nvidia'],
      ['Famille de puces', 'non'],
      ['Noms lus dans les articles', 'H20 chip, la H20'],
    ]);
  });

  it('writes a month alone as a month', () => {
    const chip = { ...none, announced: '2023-11', status: 'SHIPPING' };
    assert.deepEqual(propertyRows(chip, 'en'), [['Status', 'shipping'], ['Announced', 'Nov 2023']]);
    assert.deepEqual(propertyRows(chip, 'fr'), [['Statut', 'livrée'], ['Annonce', 'nov. 2023']]);
  });

  it('keeps a code the catalogue has no words for as it is stored', () => {
    assert.equal(codedValue('SOMETHING_NEW', 'en'), 'SOMETHING_NEW');
    assert.equal(codedValue('STATE', 'fr'), 'État');
    assert.equal(codedValue('constructor', 'en'), 'constructor');
  });
});
