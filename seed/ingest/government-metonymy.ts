/**
 * Words that name a state without naming it: nationality adjectives ("chinese", "américaines")
 * and the presidents whose name stands for an administration ("the Trump administration"). Used
 * with the heads below to read "<adjective> government" / "gouvernement <adjective>" and
 * "<President> administration" / "administration <President>" as the state's government.
 */

/** Folded nationality adjective (any gender or number) -> ISO 3166 alpha-2 code (EU for the Union). */
export const NATIONALITY_ADJECTIVES: ReadonlyMap<string, string> = new Map(Object.entries({
  chinese: 'CN', chinois: 'CN', chinoise: 'CN', chinoises: 'CN',
  american: 'US', americain: 'US', americaine: 'US', americains: 'US', americaines: 'US', us: 'US',
  japanese: 'JP', japonais: 'JP', japonaise: 'JP', japonaises: 'JP',
  dutch: 'NL', neerlandais: 'NL', neerlandaise: 'NL', neerlandaises: 'NL',
  taiwanese: 'TW', taiwanais: 'TW', taiwanaise: 'TW', taiwanaises: 'TW',
  korean: 'KR', coreen: 'KR', coreenne: 'KR', coreens: 'KR', coreennes: 'KR', 'sud-coreen': 'KR', 'sud-coreenne': 'KR', 'sud-coreens': 'KR',
  british: 'GB', britannique: 'GB', britanniques: 'GB',
  malaysian: 'MY', malaisien: 'MY', malaisienne: 'MY', malaisiens: 'MY',
  singaporean: 'SG', singapourien: 'SG', singapourienne: 'SG', singapouriens: 'SG',
  emirati: 'AE', emirien: 'AE', emirienne: 'AE', emiriens: 'AE',
  saudi: 'SA', saoudien: 'SA', saoudienne: 'SA', saoudiens: 'SA',
  indian: 'IN', indien: 'IN', indienne: 'IN', indiens: 'IN',
  european: 'EU', europeen: 'EU', europeenne: 'EU', europeens: 'EU',
  israeli: 'IL', israelien: 'IL', israelienne: 'IL',
  german: 'DE', allemand: 'DE', allemande: 'DE', french: 'FR', francais: 'FR', francaise: 'FR',
  russian: 'RU', russe: 'RU', russes: 'RU', canadian: 'CA', canadien: 'CA', canadienne: 'CA', canadiens: 'CA',
  thai: 'TH', thailandais: 'TH', thailandaise: 'TH', vietnamese: 'VN', vietnamien: 'VN', vietnamienne: 'VN',
  australian: 'AU', australien: 'AU', australienne: 'AU', italian: 'IT', italien: 'IT', italienne: 'IT',
  indonesian: 'ID', indonesien: 'ID', indonesienne: 'ID', swiss: 'CH', suisse: 'CH', suisses: 'CH',
  irish: 'IE', irlandais: 'IE', irlandaise: 'IE', qatari: 'QA', iranian: 'IR', iranien: 'IR', iranienne: 'IR',
}));

/** Folded nouns that, with a nationality, mean the state's government. */
export const GOVERNMENT_HEADS: ReadonlySet<string> = new Set([
  'government', 'governments', 'authorities', 'administration', 'regulators', 'officials', 'state',
  'gouvernement', 'autorites', 'regulateurs', 'responsables', 'pouvoirs', 'etat', 'dirigeants',
]);

/** Folded surnames of heads of state whose administration stands for the government. */
export const ADMINISTRATION_OF: ReadonlyMap<string, string> = new Map(Object.entries({
  trump: 'US', biden: 'US', obama: 'US', xi: 'CN',
}));

/** Folded words that mean a company, used to tell "Chinese chipmaker Cambricon" from a government. */
export const COMPANY_HEADS: ReadonlySet<string> = new Set([
  'company', 'companies', 'firm', 'firms', 'chipmaker', 'chipmakers', 'maker', 'makers', 'group', 'designer',
  'start-up', 'startup', 'giant', 'rival', 'supplier', 'foundry', 'manufacturer', 'entreprise', 'entreprises',
  'societe', 'groupe', 'fabricant', 'fondeur', 'geant', 'concepteur', 'firme', 'constructeur', 'equipementier',
]);
