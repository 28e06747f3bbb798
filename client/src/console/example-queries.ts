/**
 * The console's library: queries that answer real questions of the domain, written in
 * @neo4j/graphql 7 syntax (filters with operators, `sort`, `limit`). Each one is run against the
 * seed data by the browser tests' companion check, and every one can be drawn.
 */

export interface ExampleQuery {
  id: string;
  title: string;
  /** What it answers and how, in one or two sentences. */
  description: string;
  query: string;
  /** JSON text for the variables editor. */
  variables: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: 'policies-targeting-nvidia-chips',
    title: 'Policies that target NVIDIA chips, newest first',
    description: 'Chips whose maker is NVIDIA and that some policy targets, with those policies newest first. Change $vendor to ask about another maker (amd, huawei…).',
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
    title: 'Chips a Chinese government body investigated',
    description: 'Chips with an INVESTIGATES relationship from a government of China (country CN): the state or one of its agencies, with the state it is part of.',
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
    title: 'Who competes with Huawei',
    description: 'COMPETES_WITH is symmetric and stored once, so the question is asked both ways: rivals Huawei names, and companies that name Huawei.',
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
    title: 'Everything one article added',
    description: 'The latest ingested article (or give $title a word of its title): the entities it names and the statements it makes, each with its sentence.',
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
    title: 'Export rules in force on a date',
    description: 'Export controls, licence requirements and bans effective on $date and not ended by then, newest first, with who issued them and what they target.',
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
