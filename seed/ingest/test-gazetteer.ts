/** A small gazetteer for the stage tests: the smallest set of entries that shows each behaviour. */
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './build-gazetteer.ts';

export const TEST_ENTRIES: GazetteerEntry[] = [
  { id: 'nvidia', type: 'Company', name: 'NVIDIA', aliases: ['Nvidia', 'Team Green'] },
  { id: 'amd', type: 'Company', name: 'AMD', aliases: ['Advanced Micro Devices'] },
  { id: 'cambricon', type: 'Company', name: 'Cambricon Technologies', aliases: ['Cambricon'] },
  { id: 'huawei', type: 'Company', name: 'Huawei Technologies', aliases: ['Huawei'] },
  { id: 'arm', type: 'Company', name: 'Arm Holdings', aliases: ['Arm'] },
  { id: 'h20', type: 'Chip', name: 'NVIDIA H20', aliases: ['H20'] },
  { id: 'mi308', type: 'Chip', name: 'AMD Instinct MI308', aliases: ['MI308'] },
  { id: 'blackwell', type: 'Chip', name: 'NVIDIA Blackwell', aliases: ['Blackwell', 'architecture Blackwell'] },
  { id: 'rtx-pro-6000d', type: 'Chip', name: 'NVIDIA RTX Pro 6000D', aliases: ['RTX Pro 6000D'] },
  { id: 'china-government', type: 'Government', name: 'China (PRC government)', aliases: ['Chine', 'Beijing', 'Pékin', 'gouvernement chinois'], kind: 'STATE', country: 'CN' },
  { id: 'us-government', type: 'Government', name: 'United States (federal government)', aliases: ['US', 'U.S.', 'Washington', 'États-Unis', 'the Trump administration'], kind: 'STATE', country: 'US' },
  { id: 'cac', type: 'Government', name: 'Cyberspace Administration of China (CAC)', aliases: ['CAC', 'Administration du cyberespace de Chine'], kind: 'REGULATOR', country: 'CN' },
  { id: 'us-commerce-department', type: 'Government', name: 'US Department of Commerce', aliases: ['Commerce Department'], kind: 'MINISTRY', country: 'US' },
  { id: 'jensen-huang', type: 'Person', name: 'Jensen Huang', aliases: [] },
  { id: 'xi-jinping', type: 'Person', name: 'Xi Jinping', aliases: ['Xi'] },
  { id: 'us-h20-licence', type: 'Policy', name: 'US licence requirement for H20 exports', aliases: ["contrôles à l'exportation", 'H20 ban'], kind: 'LICENCE_REQUIREMENT', actors: ['us-government', 'h20', 'nvidia', 'china-government'], dates: ['2025-04-09'] },
  { id: 'cac-h20-inquiry', type: 'Policy', name: 'CAC security inquiry over the H20', aliases: ['enquête', 'CAC summons'], kind: 'INVESTIGATION', actors: ['cac', 'h20', 'nvidia'], dates: ['2025-07-31'] },
];

export function testGazetteer(): Gazetteer {
  return buildGazetteer(TEST_ENTRIES);
}
