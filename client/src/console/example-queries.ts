/**
 * The console's library: queries that answer real questions of the domain, written in
 * @neo4j/graphql 7 syntax (filters with operators, `sort`, `limit`). Each one is run against the
 * seed data by the browser tests' companion check, and every one can be drawn.
 * Titles and descriptions in English and French; the queries themselves are the schema's.
 */
import type { Language } from '../i18n/language.ts';

export interface ExampleQuery {
  id: string;
  title: Record<Language, string>;
  /** What it answers and how, in one or two sentences. */
  description: Record<Language, string>;
  query: string;
  /** JSON text for the variables editor. */
  variables: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: 'policies-targeting-nvidia-chips',
    title: {
      en: 'Policies that target NVIDIA chips, newest first',
      fr: 'Mesures qui visent les puces NVIDIA, les plus récentes d’abord',
    },
    description: {
      en: 'Chips whose maker is NVIDIA and that some policy targets, with those policies newest first. Change $vendor to ask about another maker (amd, huawei…).',
      fr: 'Les puces dont NVIDIA est le fabricant et qu’une mesure vise, avec ces mesures, les plus récentes d’abord. Changez $vendor pour interroger un autre fabricant (amd, huawei…).',
    },
    query: `query PoliciesTargetingVendorChips($vendor: ID!) {
  chips(
    where: {
      madeBy: { some: { id: { eq: $vendor } } }
      targetedBy: { some: { kind: { in: ["EXPORT_CONTROL", "LICENCE_REQUIREMENT", "BAN", "INVESTIGATION", "REVENUE_SHARE", "TARIFF", "GUIDANCE", "SUBSIDY", "LIST", "LAW"] } } }
    }
    sort: [{ announced: DESC }]
  ) {
    id
    name
    madeBy { id name }
    targetedBy(sort: [{ announced: DESC }]) {
      id
      name
      kind
      status
      announced
    }
  }
}
`,
    variables: '{\n  "vendor": "nvidia"\n}\n',
  },
  {
    id: 'chips-investigated-by-china',
    title: {
      en: 'Chips a Chinese government body investigated',
      fr: 'Puces visées par une enquête d’un organisme chinois',
    },
    description: {
      en: 'Chips with an INVESTIGATES relationship from a government of China (country CN): the state or one of its agencies, with the state it is part of.',
      fr: 'Les puces qu’un gouvernement de la Chine (pays CN) vise par une relation INVESTIGATES : l’État ou l’une de ses agences, avec l’État dont il fait partie.',
    },
    query: `query ChipsInvestigatedByChina($country: String!) {
  chips(where: { investigatedBy: { some: { country: { eq: $country } } } }) {
    id
    name
    madeBy { id name }
    investigatedBy(where: { country: { eq: $country } }) {
      id
      name
      kind
      partOf { id name }
    }
  }
}
`,
    variables: '{\n  "country": "CN"\n}\n',
  },
  {
    id: 'competitors-of-huawei',
    title: {
      en: 'Who competes with Huawei',
      fr: 'Qui concurrence Huawei',
    },
    description: {
      en: 'COMPETES_WITH is symmetric and stored once, so the question is asked both ways: rivals Huawei names, and companies that name Huawei.',
      fr: 'COMPETES_WITH est symétrique et enregistrée une seule fois : la question est posée dans les deux sens, les rivaux que Huawei nomme et les entreprises qui nomment Huawei.',
    },
    query: `query CompetitorsOf($id: ID!) {
  named: companies(where: { id: { eq: $id } }) {
    id
    name
    competesWith { id name sector }
  }
  naming: companies(where: { competesWith: { some: { id: { eq: $id } } } }) {
    id
    name
    sector
    competesWith(where: { id: { eq: $id } }) { id name }
  }
}
`,
    variables: '{\n  "id": "huawei"\n}\n',
  },
  {
    id: 'what-an-article-added',
    title: {
      en: 'Everything one article added',
      fr: 'Tout ce qu’un article a ajouté',
    },
    description: {
      en: 'The latest ingested article (or give $title a word of its title): the entities it names and the statements it makes, each with its sentence.',
      fr: 'Le dernier article ingéré (ou donnez à $title un mot de son titre) : les entités qu’il nomme et les affirmations qu’il fait, chacune avec sa phrase.',
    },
    query: `query WhatAnArticleAdded($title: String) {
  articles(
    where: { title: { contains: $title } }
    sort: [{ ingestedAt: DESC }]
    limit: 1
  ) {
    id
    title
    url
    publishedAt
    mentions { id name }
    statements {
      id
      subjectId
      predicate
      objectId
      confidence
      sentence
    }
  }
}
`,
    variables: '{\n  "title": ""\n}\n',
  },
  {
    id: 'export-rules-in-force',
    title: {
      en: 'Export rules in force on a date',
      fr: 'Règles d’exportation en vigueur à une date',
    },
    description: {
      en: 'Export controls, licence requirements and bans effective on $date and not ended by then, newest first, with who issued them and what they target.',
      fr: 'Contrôles des exportations, obligations de licence et interdictions en vigueur le $date et pas encore terminés, les plus récents d’abord, avec qui les a émis et ce qu’ils visent.',
    },
    query: `query ExportRulesInForce($date: String!) {
  policies(
    where: {
      kind: { in: ["EXPORT_CONTROL", "LICENCE_REQUIREMENT", "BAN"] }
      effective: { lte: $date }
      OR: [{ ended: { eq: null } }, { ended: { gt: $date } }]
    }
    sort: [{ effective: DESC }]
  ) {
    id
    name
    kind
    status
    effective
    ended
    issuedBy { id name }
    targets { id name }
  }
}
`,
    variables: '{\n  "date": "2025-06-01"\n}\n',
  },
];

export const DEFAULT_QUERY = `# Write GraphQL here: Ctrl-Space completes, Ctrl-Enter runs.
# Pick an example on the left, or start from this one.
query {
  companies(where: { id: { eq: "nvidia" } }) {
    id
    name
    makes(sort: [{ announced: DESC }], limit: 5) { id name announced }
  }
}
`;
