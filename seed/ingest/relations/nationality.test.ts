import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('nationality and place', () => {
  it('gives each company a phrase introduces its nationality', async () => {
    const found = await relationsIn('Chinese cloud providers including Alibaba, Baidu and Tencent bought both chips in large volumes.');
    for (const id of ['alibaba', 'baidu', 'tencent']) assert.ok(found.includes(`${id} HEADQUARTERED_IN china-government`), found.join('\n'));
  });

  it('reads a French phrase whose adjective follows its noun, then introduces the companies', async () => {
    const found = await relationsIn('Les géants chinois de l’internet ne s’y sont pas trompés : des groupes comme Alibaba et Tencent ont commandé des puces.');
    assert.ok(found.includes('alibaba HEADQUARTERED_IN china-government'), found.join('\n'));
    assert.ok(found.includes('tencent HEADQUARTERED_IN china-government'), found.join('\n'));
  });

  it('reads an apposition with a possessive state, and a nationality right before a name', async () => {
    assert.ok((await relationsIn('The answer was SMIC, China’s largest contract chipmaker, which makes the chips.')).includes('smic HEADQUARTERED_IN china-government'));
    assert.ok((await relationsIn('Pékin avait prononcé l’interdiction des puces de l’américain Micron.')).includes('micron HEADQUARTERED_IN us-government'));
  });

  it('reads "based in" a home city after the company, in English and in French', async () => {
    assert.ok((await relationsIn('The fund has invested in YMTC, which is based in Wuhan, and in several equipment makers.')).includes('ymtc HEADQUARTERED_IN china-government'));
    assert.ok((await relationsIn('Le fonds est entré au capital du fabricant de mémoires YMTC, basé à Wuhan, et de plusieurs équipementiers.')).includes('ymtc HEADQUARTERED_IN china-government'));
    assert.ok(!(await relationsIn('The fund has invested in YMTC and in a company based in Wuhan.')).includes('ymtc HEADQUARTERED_IN china-government'));
    assert.ok((await relationsIn('Nexperia, a chipmaker based in Nijmegen, makes simple chips for carmakers.')).includes('nexperia HEADQUARTERED_IN netherlands-government'));
    assert.ok((await relationsIn('Tata Electronics, une filiale basée à Bombay, construit une usine à Dholera.')).includes('tata-electronics HEADQUARTERED_IN india-government'));
  });

  it('reads a place before "-based"', async () => {
    assert.ok((await relationsIn('Huawei, the Shenzhen-based group, declined to comment.')).includes('huawei HEADQUARTERED_IN china-government'));
  });

  it('reads a French company word before its home city', async () => {
    const found = await relationsIn('Jensen Huang, le patron de Nvidia, plaide pour ses puces. Le groupe de Santa Clara voit dans le Golfe un relais de croissance.');
    assert.ok(found.includes('nvidia HEADQUARTERED_IN us-government'), found.join('\n'));
    assert.ok((await relationsIn('DeepSeek a publié un modèle. La jeune pousse de Hangzhou a entraîné ses modèles.')).includes('deepseek HEADQUARTERED_IN china-government'));
    assert.ok((await relationsIn('AMD a signé un accord. Le concepteur de puces de Santa Clara fournira ses MI450.')).includes('amd HEADQUARTERED_IN us-government'));
    const listed = await relationsIn('G42 a reçu le feu vert. La société d’Abou Dhabi a cédé ses équipements chinois.');
    assert.ok(listed.includes('g42 HEADQUARTERED_IN uae-government'), listed.join('\n'));
  });

  it('does not give a company the nationality of what it buys from or competes with', async () => {
    const vendors = await relationsIn('Huawei spent about $11 billion with US vendors, according to the company.');
    assert.ok(!vendors.includes('huawei HEADQUARTERED_IN us-government'), vendors.join('\n'));
    const rivals = await relationsIn('Pendant ce temps, les concurrents chinois de Nvidia progressent.');
    assert.ok(!rivals.includes('nvidia HEADQUARTERED_IN china-government'), rivals.join('\n'));
  });
});

describe('a state home to its companies', () => {
  it('pairs states and companies with "respectively"', async () => {
    const found = await relationsIn('The Netherlands and Japan, home to toolmakers ASML and Tokyo Electron respectively, did not join.');
    assert.ok(found.includes('asml HEADQUARTERED_IN netherlands-government'), found.join('\n'));
    assert.ok(found.includes('tokyo-electron HEADQUARTERED_IN japan-government'), found.join('\n'));
    assert.ok(!found.includes('asml HEADQUARTERED_IN japan-government'), found.join('\n'));
  });

  it('reads "Taïwan, qui abrite TSMC" in French', async () => {
    const found = await relationsIn('Taïwan, qui abrite TSMC, reste au centre du jeu.');
    assert.ok(found.includes('tsmc HEADQUARTERED_IN taiwan-government'), found.join('\n'));
  });

  it('does not read a company that merely follows a state as housed there', async () => {
    const found = await relationsIn('Japan, Nvidia said, will buy more chips.');
    assert.ok(!found.some((r) => r.includes('HEADQUARTERED_IN')), found.join('\n'));
  });
  it('places a compatriot of a company in that company\'s recorded home state', async () => {
    const found = await relationsIn('Chip news. Samsung Electronics, le numéro un mondial des puces mémoire, est aussi distancé par son compatriote SK Hynix.');
    assert.ok(found.includes('sk-hynix HEADQUARTERED_IN south-korea-government'), found.join('\n'));
    assert.ok(found.includes('samsung-electronics COMPETES_WITH sk-hynix'), found.join('\n'));
  });
  it('places the companies a plural nationality phrase introduces past a complement naming another company, not that company', async () => {
    const found = await relationsIn('Chip news. Pékin pousse les concurrents chinois de Nvidia, Huawei en tête, à produire davantage.');
    assert.ok(found.includes('huawei HEADQUARTERED_IN china-government'), found.join('\n'));
    assert.ok(!found.includes('nvidia HEADQUARTERED_IN china-government'), found.join('\n'));
  });
});
