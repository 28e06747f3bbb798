export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date and time, represented as an ISO-8601 string */
  DateTime: { input: string; output: string; }
};

/** A news article or document ingested into the graph. */
export type Article = {
  __typename?: 'Article';
  contentHash: Scalars['String']['output'];
  /** Hash-derived id of the normalized text. */
  id: Scalars['ID']['output'];
  ingestedAt: Maybe<Scalars['DateTime']['output']>;
  /** en or fr (or another ISO 639-1 code). */
  language: Scalars['String']['output'];
  mentions: Array<Entity>;
  mentionsConnection: ArticleMentionsConnection;
  /** Publication date (ISO). */
  publishedAt: Maybe<Scalars['String']['output']>;
  source: Maybe<Scalars['String']['output']>;
  statements: Array<Statement>;
  statementsConnection: ArticleStatementsConnection;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};


/** A news article or document ingested into the graph. */
export type ArticleMentionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A news article or document ingested into the graph. */
export type ArticleMentionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArticleMentionsConnectionSort>>;
  where?: InputMaybe<ArticleMentionsConnectionWhere>;
};


/** A news article or document ingested into the graph. */
export type ArticleStatementsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StatementSort>>;
  where?: InputMaybe<StatementWhere>;
};


/** A news article or document ingested into the graph. */
export type ArticleStatementsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArticleStatementsConnectionSort>>;
  where?: InputMaybe<ArticleStatementsConnectionWhere>;
};

export type ArticleAggregate = {
  __typename?: 'ArticleAggregate';
  count: Count;
  node: ArticleAggregateNode;
};

export type ArticleAggregateNode = {
  __typename?: 'ArticleAggregateNode';
  contentHash: StringAggregateSelection;
  ingestedAt: DateTimeAggregateSelection;
  language: StringAggregateSelection;
  publishedAt: StringAggregateSelection;
  source: StringAggregateSelection;
  text: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

/** How to read the article's text. */
export type ArticleFormat =
  | 'HTML'
  | 'MARKDOWN'
  | 'TEXT';

/**
 * An article to read: pasted `text`, an uploaded file as `base64`, or only a `url` to fetch
 * (http or https, 1 MB, 10 s, no private address unless the server allows it).
 */
export type ArticleInput = {
  /** A file's bytes, base64-encoded; checked for UTF-8. */
  base64?: InputMaybe<Scalars['String']['input']>;
  corrections?: InputMaybe<ReviewCorrections>;
  /** File name of an upload, for its extension (.txt, .md, .html). */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /**
   * For a commit: the fingerprint of the preview the corrections were chosen on. When the commit's
   * own reading of the article has another one (the gazetteer or the extractor changed since, e.g.
   * someone else committed), it is refused with PREVIEW_OUTDATED and nothing is written.
   */
  fingerprint?: InputMaybe<Scalars['String']['input']>;
  format?: InputMaybe<ArticleFormat>;
  /** Declared language (ISO 639-1); detected when absent. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Publication date, ISO (2026-03-03, optionally with a time); refused (BAD_USER_INPUT) when it is not a calendar date. Default: the date the article gives (metadata or dateline). */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** Id of an article this one is an edited version of. */
  replaces?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Fetched when neither text nor base64 is given; otherwise recorded as the article's url. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type ArticleList = {
  __typename?: 'ArticleList';
  items: Array<ArticleRef>;
  total: Scalars['Int']['output'];
};

export type ArticleMentionsConnection = {
  __typename?: 'ArticleMentionsConnection';
  edges: Array<ArticleMentionsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleMentionsConnectionFilters = {
  /** Return Articles where all of the related ArticleMentionsConnections match this filter */
  all?: InputMaybe<ArticleMentionsConnectionWhere>;
  /** Return Articles where none of the related ArticleMentionsConnections match this filter */
  none?: InputMaybe<ArticleMentionsConnectionWhere>;
  /** Return Articles where one of the related ArticleMentionsConnections match this filter */
  single?: InputMaybe<ArticleMentionsConnectionWhere>;
  /** Return Articles where some of the related ArticleMentionsConnections match this filter */
  some?: InputMaybe<ArticleMentionsConnectionWhere>;
};

export type ArticleMentionsConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<EntitySort>;
};

export type ArticleMentionsConnectionWhere = {
  AND?: InputMaybe<Array<ArticleMentionsConnectionWhere>>;
  NOT?: InputMaybe<ArticleMentionsConnectionWhere>;
  OR?: InputMaybe<Array<ArticleMentionsConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type ArticleMentionsRelationship = {
  __typename?: 'ArticleMentionsRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: Mention;
};

export type ArticleRef = {
  __typename?: 'ArticleRef';
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  /** How many times the article names the entity. */
  mentionCount: Scalars['Int']['output'];
  publishedAt: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type ArticleRelationshipFilters = {
  /** Filter type where all of the related Articles match this filter */
  all?: InputMaybe<ArticleWhere>;
  /** Filter type where none of the related Articles match this filter */
  none?: InputMaybe<ArticleWhere>;
  /** Filter type where one of the related Articles match this filter */
  single?: InputMaybe<ArticleWhere>;
  /** Filter type where some of the related Articles match this filter */
  some?: InputMaybe<ArticleWhere>;
};

/** Fields to sort Articles by. The order in which sorts are applied is not guaranteed when specifying many fields in one ArticleSort object. */
export type ArticleSort = {
  contentHash?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  ingestedAt?: InputMaybe<SortDirection>;
  language?: InputMaybe<SortDirection>;
  publishedAt?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  text?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type ArticleStatementsConnection = {
  __typename?: 'ArticleStatementsConnection';
  edges: Array<ArticleStatementsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleStatementsConnectionFilters = {
  /** Return Articles where all of the related ArticleStatementsConnections match this filter */
  all?: InputMaybe<ArticleStatementsConnectionWhere>;
  /** Return Articles where none of the related ArticleStatementsConnections match this filter */
  none?: InputMaybe<ArticleStatementsConnectionWhere>;
  /** Return Articles where one of the related ArticleStatementsConnections match this filter */
  single?: InputMaybe<ArticleStatementsConnectionWhere>;
  /** Return Articles where some of the related ArticleStatementsConnections match this filter */
  some?: InputMaybe<ArticleStatementsConnectionWhere>;
};

export type ArticleStatementsConnectionSort = {
  node?: InputMaybe<StatementSort>;
};

export type ArticleStatementsConnectionWhere = {
  AND?: InputMaybe<Array<ArticleStatementsConnectionWhere>>;
  NOT?: InputMaybe<ArticleStatementsConnectionWhere>;
  OR?: InputMaybe<Array<ArticleStatementsConnectionWhere>>;
  node?: InputMaybe<StatementWhere>;
};

export type ArticleStatementsRelationship = {
  __typename?: 'ArticleStatementsRelationship';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type ArticleView = {
  __typename?: 'ArticleView';
  /** Relationships this article supports. */
  edges: Array<EdgeDetail>;
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  mentions: Array<MentionSpan>;
  publishedAt: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type ArticleWhere = {
  AND?: InputMaybe<Array<ArticleWhere>>;
  NOT?: InputMaybe<ArticleWhere>;
  OR?: InputMaybe<Array<ArticleWhere>>;
  contentHash?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter contentHash: { contains: ... } */
  contentHash_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter contentHash: { endsWith: ... } */
  contentHash_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter contentHash: { eq: ... } */
  contentHash_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter contentHash: { gt: ... } */
  contentHash_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter contentHash: { gte: ... } */
  contentHash_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter contentHash: { in: ... } */
  contentHash_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter contentHash: { lt: ... } */
  contentHash_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter contentHash: { lte: ... } */
  contentHash_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter contentHash: { startsWith: ... } */
  contentHash_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  ingestedAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter ingestedAt: { eq: ... } */
  ingestedAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter ingestedAt: { gt: ... } */
  ingestedAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter ingestedAt: { gte: ... } */
  ingestedAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter ingestedAt: { in: ... } */
  ingestedAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter ingestedAt: { lt: ... } */
  ingestedAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter ingestedAt: { lte: ... } */
  ingestedAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  language?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter language: { contains: ... } */
  language_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter language: { endsWith: ... } */
  language_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter language: { eq: ... } */
  language_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter language: { gt: ... } */
  language_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter language: { gte: ... } */
  language_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter language: { in: ... } */
  language_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter language: { lt: ... } */
  language_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter language: { lte: ... } */
  language_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter language: { startsWith: ... } */
  language_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  mentions?: InputMaybe<EntityRelationshipFilters>;
  mentionsConnection?: InputMaybe<ArticleMentionsConnectionFilters>;
  /**
   * Return Articles where all of the related ArticleMentionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionsConnection: { all: { node: ... } } }' instead.
   */
  mentionsConnection_ALL?: InputMaybe<ArticleMentionsConnectionWhere>;
  /**
   * Return Articles where none of the related ArticleMentionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionsConnection: { none: { node: ... } } }' instead.
   */
  mentionsConnection_NONE?: InputMaybe<ArticleMentionsConnectionWhere>;
  /**
   * Return Articles where one of the related ArticleMentionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionsConnection: { single: { node: ... } } }' instead.
   */
  mentionsConnection_SINGLE?: InputMaybe<ArticleMentionsConnectionWhere>;
  /**
   * Return Articles where some of the related ArticleMentionsConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionsConnection: { some: { node: ... } } }' instead.
   */
  mentionsConnection_SOME?: InputMaybe<ArticleMentionsConnectionWhere>;
  /**
   * Return Articles where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'mentions: { all: ... }' instead.
   */
  mentions_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Articles where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'mentions: { none: ... }' instead.
   */
  mentions_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Articles where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'mentions: {  single: ... }' instead.
   */
  mentions_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Articles where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'mentions: {  some: ... }' instead.
   */
  mentions_SOME?: InputMaybe<EntityWhere>;
  publishedAt?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter publishedAt: { contains: ... } */
  publishedAt_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter publishedAt: { endsWith: ... } */
  publishedAt_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter publishedAt: { eq: ... } */
  publishedAt_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter publishedAt: { gt: ... } */
  publishedAt_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter publishedAt: { gte: ... } */
  publishedAt_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter publishedAt: { in: ... } */
  publishedAt_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter publishedAt: { lt: ... } */
  publishedAt_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter publishedAt: { lte: ... } */
  publishedAt_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter publishedAt: { startsWith: ... } */
  publishedAt_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter source: { contains: ... } */
  source_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { endsWith: ... } */
  source_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { eq: ... } */
  source_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { gt: ... } */
  source_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { gte: ... } */
  source_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { in: ... } */
  source_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter source: { lt: ... } */
  source_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { lte: ... } */
  source_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { startsWith: ... } */
  source_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  statements?: InputMaybe<StatementRelationshipFilters>;
  statementsConnection?: InputMaybe<ArticleStatementsConnectionFilters>;
  /**
   * Return Articles where all of the related ArticleStatementsConnections match this filter
   * @deprecated Please use the relevant generic filter 'statementsConnection: { all: { node: ... } } }' instead.
   */
  statementsConnection_ALL?: InputMaybe<ArticleStatementsConnectionWhere>;
  /**
   * Return Articles where none of the related ArticleStatementsConnections match this filter
   * @deprecated Please use the relevant generic filter 'statementsConnection: { none: { node: ... } } }' instead.
   */
  statementsConnection_NONE?: InputMaybe<ArticleStatementsConnectionWhere>;
  /**
   * Return Articles where one of the related ArticleStatementsConnections match this filter
   * @deprecated Please use the relevant generic filter 'statementsConnection: { single: { node: ... } } }' instead.
   */
  statementsConnection_SINGLE?: InputMaybe<ArticleStatementsConnectionWhere>;
  /**
   * Return Articles where some of the related ArticleStatementsConnections match this filter
   * @deprecated Please use the relevant generic filter 'statementsConnection: { some: { node: ... } } }' instead.
   */
  statementsConnection_SOME?: InputMaybe<ArticleStatementsConnectionWhere>;
  /**
   * Return Articles where all of the related Statements match this filter
   * @deprecated Please use the relevant generic filter 'statements: { all: ... }' instead.
   */
  statements_ALL?: InputMaybe<StatementWhere>;
  /**
   * Return Articles where none of the related Statements match this filter
   * @deprecated Please use the relevant generic filter 'statements: { none: ... }' instead.
   */
  statements_NONE?: InputMaybe<StatementWhere>;
  /**
   * Return Articles where one of the related Statements match this filter
   * @deprecated Please use the relevant generic filter 'statements: {  single: ... }' instead.
   */
  statements_SINGLE?: InputMaybe<StatementWhere>;
  /**
   * Return Articles where some of the related Statements match this filter
   * @deprecated Please use the relevant generic filter 'statements: {  some: ... }' instead.
   */
  statements_SOME?: InputMaybe<StatementWhere>;
  text?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter text: { contains: ... } */
  text_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter text: { endsWith: ... } */
  text_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter text: { eq: ... } */
  text_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter text: { gt: ... } */
  text_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter text: { gte: ... } */
  text_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter text: { in: ... } */
  text_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter text: { lt: ... } */
  text_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter text: { lte: ... } */
  text_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter text: { startsWith: ... } */
  text_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter title: { contains: ... } */
  title_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { endsWith: ... } */
  title_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { eq: ... } */
  title_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { gt: ... } */
  title_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { gte: ... } */
  title_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { in: ... } */
  title_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter title: { lt: ... } */
  title_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { lte: ... } */
  title_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { startsWith: ... } */
  title_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter url: { contains: ... } */
  url_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { endsWith: ... } */
  url_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { eq: ... } */
  url_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { gt: ... } */
  url_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { gte: ... } */
  url_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { in: ... } */
  url_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter url: { lt: ... } */
  url_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { lte: ... } */
  url_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter url: { startsWith: ... } */
  url_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type ArticlesConnection = {
  __typename?: 'ArticlesConnection';
  aggregate: ArticleAggregate;
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One write that changed the graph, recorded in the write's own transaction. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /**
   * Who wrote: `token:` and 16 hex digits (the start of the SHA-256 of the write token, never the
   * token itself), or `local` for the command line and the app's own seeding.
   */
  actor: Scalars['String']['output'];
  /** When the write was committed (ISO, UTC). */
  at: Scalars['String']['output'];
  /** What changed, as a JSON object of ids and counts (added entities and edges, retracted edges, statements, learned aliases, replaced versions, corrections). */
  changes: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** commitArticle or saveView. */
  operation: Scalars['String']['output'];
  /** CREATED or UPDATED. */
  outcome: Scalars['String']['output'];
  /** Id of the article or the view written. */
  target: Maybe<Scalars['ID']['output']>;
};

export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  /** Pass as `after` for the next page; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  entries: Array<AuditEntry>;
  hasMore: Scalars['Boolean']['output'];
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CandidateLink = {
  /** Id of an entity the preview proposed (usually a new one). */
  candidateId: Scalars['ID']['input'];
  /** Id of the existing entity it really is. */
  entityId: Scalars['ID']['input'];
};

/** A chip product or a chip family / architecture. */
export type Chip = Entity & {
  __typename?: 'Chip';
  /** Every other name, in any language: nicknames and common misspellings included. */
  aliases: Array<Scalars['String']['output']>;
  aliasesEn: Array<Scalars['String']['output']>;
  aliasesFr: Array<Scalars['String']['output']>;
  /** Announcement date (ISO). */
  announced: Maybe<Scalars['String']['output']>;
  architecture: Maybe<Scalars['String']['output']>;
  /** Date (ISO) at which the curated facts about this entity were last checked. */
  asOf: Maybe<Scalars['String']['output']>;
  /** Inverse of URGES_AVOIDANCE_OF: Tells buyers to avoid the chip or company. */
  avoidanceUrgedBy: Array<Government>;
  avoidanceUrgedByConnection: ChipAvoidanceUrgedByConnection;
  /** Built on the architecture or die of another chip. */
  basedOn: Array<Chip>;
  basedOnConnection: ChipBasedOnConnection;
  /** Inverse of BASED_ON: Built on the architecture or die of another chip. */
  basisOf: Array<Chip>;
  basisOfConnection: ChipBasisOfConnection;
  /** Inverse of BUYS: Buys chips or a company’s products. */
  boughtBy: Array<Entity>;
  boughtByConnection: ChipBoughtByConnection;
  description: Maybe<Scalars['String']['output']>;
  /** Inverse of DESIGNS: The company that designs a chip. */
  designedBy: Array<Company>;
  designedByConnection: ChipDesignedByConnection;
  /** Inverse of ALLOWS_EXPORT_OF: Export of the chip is allowed (possibly under licence) by this government. */
  exportAllowedBy: Array<Government>;
  exportAllowedByConnection: ChipExportAllowedByConnection;
  /** Inverse of RESTRICTS_EXPORT_OF: Export of the chip is restricted by this government. */
  exportRestrictedBy: Array<Government>;
  exportRestrictedByConnection: ChipExportRestrictedByConnection;
  /** Inverse of FABRICATES: A foundry (TSMC, SMIC…) manufactures the chip. */
  fabricatedBy: Array<Company>;
  fabricatedByConnection: ChipFabricatedByConnection;
  family: Maybe<Scalars['String']['output']>;
  /** Stable slug, e.g. "nvidia" or "us-commerce-department". */
  id: Scalars['ID']['output'];
  /** Inverse of INVESTIGATES: Opens an inquiry, probe or summons about the company or chip. */
  investigatedBy: Array<Government>;
  investigatedByConnection: ChipInvestigatedByConnection;
  /** True for a family or architecture rather than one product. */
  isFamily: Maybe<Scalars['Boolean']['output']>;
  /** Inverse of MAKES: The vendor or brand owner of a chip. */
  madeBy: Array<Company>;
  madeByConnection: ChipMadeByConnection;
  memory: Maybe<Scalars['String']['output']>;
  /** Articles that name this entity. */
  mentionedIn: Array<Article>;
  mentionedInConnection: ChipMentionedInConnection;
  name: Scalars['String']['output'];
  performance: Maybe<Scalars['String']['output']>;
  processNode: Maybe<Scalars['String']['output']>;
  /** ANNOUNCED, SHIPPING, DISCONTINUED, CANCELLED or PLANNED. */
  status: Maybe<Scalars['String']['output']>;
  /** Inverse of SUCCESSOR_OF: The next generation after another chip. */
  succeededBy: Array<Chip>;
  succeededByConnection: ChipSucceededByConnection;
  /** The next generation after another chip. */
  successorOf: Array<Chip>;
  successorOfConnection: ChipSuccessorOfConnection;
  /** Inverse of TARGETS: The policy applies to this company, chip or country. */
  targetedBy: Array<Policy>;
  targetedByConnection: ChipTargetedByConnection;
  /** Id of the vendor company. */
  vendor: Maybe<Scalars['String']['output']>;
};


/** A chip product or a chip family / architecture. */
export type ChipAvoidanceUrgedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipAvoidanceUrgedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipAvoidanceUrgedByConnectionSort>>;
  where?: InputMaybe<ChipAvoidanceUrgedByConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipBasedOnArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSort>>;
  where?: InputMaybe<ChipWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipBasedOnConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipBasedOnConnectionSort>>;
  where?: InputMaybe<ChipBasedOnConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipBasisOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSort>>;
  where?: InputMaybe<ChipWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipBasisOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipBasisOfConnectionSort>>;
  where?: InputMaybe<ChipBasisOfConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipBoughtByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipBoughtByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipBoughtByConnectionSort>>;
  where?: InputMaybe<ChipBoughtByConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipDesignedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipDesignedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipDesignedByConnectionSort>>;
  where?: InputMaybe<ChipDesignedByConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipExportAllowedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipExportAllowedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipExportAllowedByConnectionSort>>;
  where?: InputMaybe<ChipExportAllowedByConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipExportRestrictedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipExportRestrictedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipExportRestrictedByConnectionSort>>;
  where?: InputMaybe<ChipExportRestrictedByConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipFabricatedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipFabricatedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipFabricatedByConnectionSort>>;
  where?: InputMaybe<ChipFabricatedByConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipInvestigatedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipInvestigatedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipInvestigatedByConnectionSort>>;
  where?: InputMaybe<ChipInvestigatedByConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipMadeByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipMadeByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipMadeByConnectionSort>>;
  where?: InputMaybe<ChipMadeByConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipMentionedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArticleSort>>;
  where?: InputMaybe<ArticleWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipMentionedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipMentionedInConnectionSort>>;
  where?: InputMaybe<ChipMentionedInConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipSucceededByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSort>>;
  where?: InputMaybe<ChipWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipSucceededByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSucceededByConnectionSort>>;
  where?: InputMaybe<ChipSucceededByConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipSuccessorOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSort>>;
  where?: InputMaybe<ChipWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipSuccessorOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSuccessorOfConnectionSort>>;
  where?: InputMaybe<ChipSuccessorOfConnectionWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipTargetedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PolicySort>>;
  where?: InputMaybe<PolicyWhere>;
};


/** A chip product or a chip family / architecture. */
export type ChipTargetedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipTargetedByConnectionSort>>;
  where?: InputMaybe<ChipTargetedByConnectionWhere>;
};

export type ChipAggregate = {
  __typename?: 'ChipAggregate';
  count: Count;
  node: ChipAggregateNode;
};

export type ChipAggregateNode = {
  __typename?: 'ChipAggregateNode';
  announced: StringAggregateSelection;
  architecture: StringAggregateSelection;
  asOf: StringAggregateSelection;
  description: StringAggregateSelection;
  family: StringAggregateSelection;
  memory: StringAggregateSelection;
  name: StringAggregateSelection;
  performance: StringAggregateSelection;
  processNode: StringAggregateSelection;
  status: StringAggregateSelection;
  vendor: StringAggregateSelection;
};

export type ChipAvoidanceUrgedByConnection = {
  __typename?: 'ChipAvoidanceUrgedByConnection';
  edges: Array<ChipAvoidanceUrgedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipAvoidanceUrgedByConnectionFilters = {
  /** Return Chips where all of the related ChipAvoidanceUrgedByConnections match this filter */
  all?: InputMaybe<ChipAvoidanceUrgedByConnectionWhere>;
  /** Return Chips where none of the related ChipAvoidanceUrgedByConnections match this filter */
  none?: InputMaybe<ChipAvoidanceUrgedByConnectionWhere>;
  /** Return Chips where one of the related ChipAvoidanceUrgedByConnections match this filter */
  single?: InputMaybe<ChipAvoidanceUrgedByConnectionWhere>;
  /** Return Chips where some of the related ChipAvoidanceUrgedByConnections match this filter */
  some?: InputMaybe<ChipAvoidanceUrgedByConnectionWhere>;
};

export type ChipAvoidanceUrgedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type ChipAvoidanceUrgedByConnectionWhere = {
  AND?: InputMaybe<Array<ChipAvoidanceUrgedByConnectionWhere>>;
  NOT?: InputMaybe<ChipAvoidanceUrgedByConnectionWhere>;
  OR?: InputMaybe<Array<ChipAvoidanceUrgedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type ChipAvoidanceUrgedByRelationship = {
  __typename?: 'ChipAvoidanceUrgedByRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

export type ChipBasedOnConnection = {
  __typename?: 'ChipBasedOnConnection';
  edges: Array<ChipBasedOnRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipBasedOnConnectionFilters = {
  /** Return Chips where all of the related ChipBasedOnConnections match this filter */
  all?: InputMaybe<ChipBasedOnConnectionWhere>;
  /** Return Chips where none of the related ChipBasedOnConnections match this filter */
  none?: InputMaybe<ChipBasedOnConnectionWhere>;
  /** Return Chips where one of the related ChipBasedOnConnections match this filter */
  single?: InputMaybe<ChipBasedOnConnectionWhere>;
  /** Return Chips where some of the related ChipBasedOnConnections match this filter */
  some?: InputMaybe<ChipBasedOnConnectionWhere>;
};

export type ChipBasedOnConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<ChipSort>;
};

export type ChipBasedOnConnectionWhere = {
  AND?: InputMaybe<Array<ChipBasedOnConnectionWhere>>;
  NOT?: InputMaybe<ChipBasedOnConnectionWhere>;
  OR?: InputMaybe<Array<ChipBasedOnConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<ChipWhere>;
};

export type ChipBasedOnRelationship = {
  __typename?: 'ChipBasedOnRelationship';
  cursor: Scalars['String']['output'];
  node: Chip;
  properties: Claim;
};

export type ChipBasisOfConnection = {
  __typename?: 'ChipBasisOfConnection';
  edges: Array<ChipBasisOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipBasisOfConnectionFilters = {
  /** Return Chips where all of the related ChipBasisOfConnections match this filter */
  all?: InputMaybe<ChipBasisOfConnectionWhere>;
  /** Return Chips where none of the related ChipBasisOfConnections match this filter */
  none?: InputMaybe<ChipBasisOfConnectionWhere>;
  /** Return Chips where one of the related ChipBasisOfConnections match this filter */
  single?: InputMaybe<ChipBasisOfConnectionWhere>;
  /** Return Chips where some of the related ChipBasisOfConnections match this filter */
  some?: InputMaybe<ChipBasisOfConnectionWhere>;
};

export type ChipBasisOfConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<ChipSort>;
};

export type ChipBasisOfConnectionWhere = {
  AND?: InputMaybe<Array<ChipBasisOfConnectionWhere>>;
  NOT?: InputMaybe<ChipBasisOfConnectionWhere>;
  OR?: InputMaybe<Array<ChipBasisOfConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<ChipWhere>;
};

export type ChipBasisOfRelationship = {
  __typename?: 'ChipBasisOfRelationship';
  cursor: Scalars['String']['output'];
  node: Chip;
  properties: Claim;
};

export type ChipBoughtByConnection = {
  __typename?: 'ChipBoughtByConnection';
  edges: Array<ChipBoughtByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipBoughtByConnectionFilters = {
  /** Return Chips where all of the related ChipBoughtByConnections match this filter */
  all?: InputMaybe<ChipBoughtByConnectionWhere>;
  /** Return Chips where none of the related ChipBoughtByConnections match this filter */
  none?: InputMaybe<ChipBoughtByConnectionWhere>;
  /** Return Chips where one of the related ChipBoughtByConnections match this filter */
  single?: InputMaybe<ChipBoughtByConnectionWhere>;
  /** Return Chips where some of the related ChipBoughtByConnections match this filter */
  some?: InputMaybe<ChipBoughtByConnectionWhere>;
};

export type ChipBoughtByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<EntitySort>;
};

export type ChipBoughtByConnectionWhere = {
  AND?: InputMaybe<Array<ChipBoughtByConnectionWhere>>;
  NOT?: InputMaybe<ChipBoughtByConnectionWhere>;
  OR?: InputMaybe<Array<ChipBoughtByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type ChipBoughtByRelationship = {
  __typename?: 'ChipBoughtByRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: Claim;
};

export type ChipDesignedByConnection = {
  __typename?: 'ChipDesignedByConnection';
  edges: Array<ChipDesignedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipDesignedByConnectionFilters = {
  /** Return Chips where all of the related ChipDesignedByConnections match this filter */
  all?: InputMaybe<ChipDesignedByConnectionWhere>;
  /** Return Chips where none of the related ChipDesignedByConnections match this filter */
  none?: InputMaybe<ChipDesignedByConnectionWhere>;
  /** Return Chips where one of the related ChipDesignedByConnections match this filter */
  single?: InputMaybe<ChipDesignedByConnectionWhere>;
  /** Return Chips where some of the related ChipDesignedByConnections match this filter */
  some?: InputMaybe<ChipDesignedByConnectionWhere>;
};

export type ChipDesignedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type ChipDesignedByConnectionWhere = {
  AND?: InputMaybe<Array<ChipDesignedByConnectionWhere>>;
  NOT?: InputMaybe<ChipDesignedByConnectionWhere>;
  OR?: InputMaybe<Array<ChipDesignedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type ChipDesignedByRelationship = {
  __typename?: 'ChipDesignedByRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type ChipEdge = {
  __typename?: 'ChipEdge';
  cursor: Scalars['String']['output'];
  node: Chip;
};

export type ChipExportAllowedByConnection = {
  __typename?: 'ChipExportAllowedByConnection';
  edges: Array<ChipExportAllowedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipExportAllowedByConnectionFilters = {
  /** Return Chips where all of the related ChipExportAllowedByConnections match this filter */
  all?: InputMaybe<ChipExportAllowedByConnectionWhere>;
  /** Return Chips where none of the related ChipExportAllowedByConnections match this filter */
  none?: InputMaybe<ChipExportAllowedByConnectionWhere>;
  /** Return Chips where one of the related ChipExportAllowedByConnections match this filter */
  single?: InputMaybe<ChipExportAllowedByConnectionWhere>;
  /** Return Chips where some of the related ChipExportAllowedByConnections match this filter */
  some?: InputMaybe<ChipExportAllowedByConnectionWhere>;
};

export type ChipExportAllowedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type ChipExportAllowedByConnectionWhere = {
  AND?: InputMaybe<Array<ChipExportAllowedByConnectionWhere>>;
  NOT?: InputMaybe<ChipExportAllowedByConnectionWhere>;
  OR?: InputMaybe<Array<ChipExportAllowedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type ChipExportAllowedByRelationship = {
  __typename?: 'ChipExportAllowedByRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

export type ChipExportRestrictedByConnection = {
  __typename?: 'ChipExportRestrictedByConnection';
  edges: Array<ChipExportRestrictedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipExportRestrictedByConnectionFilters = {
  /** Return Chips where all of the related ChipExportRestrictedByConnections match this filter */
  all?: InputMaybe<ChipExportRestrictedByConnectionWhere>;
  /** Return Chips where none of the related ChipExportRestrictedByConnections match this filter */
  none?: InputMaybe<ChipExportRestrictedByConnectionWhere>;
  /** Return Chips where one of the related ChipExportRestrictedByConnections match this filter */
  single?: InputMaybe<ChipExportRestrictedByConnectionWhere>;
  /** Return Chips where some of the related ChipExportRestrictedByConnections match this filter */
  some?: InputMaybe<ChipExportRestrictedByConnectionWhere>;
};

export type ChipExportRestrictedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type ChipExportRestrictedByConnectionWhere = {
  AND?: InputMaybe<Array<ChipExportRestrictedByConnectionWhere>>;
  NOT?: InputMaybe<ChipExportRestrictedByConnectionWhere>;
  OR?: InputMaybe<Array<ChipExportRestrictedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type ChipExportRestrictedByRelationship = {
  __typename?: 'ChipExportRestrictedByRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

export type ChipFabricatedByConnection = {
  __typename?: 'ChipFabricatedByConnection';
  edges: Array<ChipFabricatedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipFabricatedByConnectionFilters = {
  /** Return Chips where all of the related ChipFabricatedByConnections match this filter */
  all?: InputMaybe<ChipFabricatedByConnectionWhere>;
  /** Return Chips where none of the related ChipFabricatedByConnections match this filter */
  none?: InputMaybe<ChipFabricatedByConnectionWhere>;
  /** Return Chips where one of the related ChipFabricatedByConnections match this filter */
  single?: InputMaybe<ChipFabricatedByConnectionWhere>;
  /** Return Chips where some of the related ChipFabricatedByConnections match this filter */
  some?: InputMaybe<ChipFabricatedByConnectionWhere>;
};

export type ChipFabricatedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type ChipFabricatedByConnectionWhere = {
  AND?: InputMaybe<Array<ChipFabricatedByConnectionWhere>>;
  NOT?: InputMaybe<ChipFabricatedByConnectionWhere>;
  OR?: InputMaybe<Array<ChipFabricatedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type ChipFabricatedByRelationship = {
  __typename?: 'ChipFabricatedByRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type ChipInvestigatedByConnection = {
  __typename?: 'ChipInvestigatedByConnection';
  edges: Array<ChipInvestigatedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipInvestigatedByConnectionFilters = {
  /** Return Chips where all of the related ChipInvestigatedByConnections match this filter */
  all?: InputMaybe<ChipInvestigatedByConnectionWhere>;
  /** Return Chips where none of the related ChipInvestigatedByConnections match this filter */
  none?: InputMaybe<ChipInvestigatedByConnectionWhere>;
  /** Return Chips where one of the related ChipInvestigatedByConnections match this filter */
  single?: InputMaybe<ChipInvestigatedByConnectionWhere>;
  /** Return Chips where some of the related ChipInvestigatedByConnections match this filter */
  some?: InputMaybe<ChipInvestigatedByConnectionWhere>;
};

export type ChipInvestigatedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type ChipInvestigatedByConnectionWhere = {
  AND?: InputMaybe<Array<ChipInvestigatedByConnectionWhere>>;
  NOT?: InputMaybe<ChipInvestigatedByConnectionWhere>;
  OR?: InputMaybe<Array<ChipInvestigatedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type ChipInvestigatedByRelationship = {
  __typename?: 'ChipInvestigatedByRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

export type ChipMadeByConnection = {
  __typename?: 'ChipMadeByConnection';
  edges: Array<ChipMadeByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipMadeByConnectionFilters = {
  /** Return Chips where all of the related ChipMadeByConnections match this filter */
  all?: InputMaybe<ChipMadeByConnectionWhere>;
  /** Return Chips where none of the related ChipMadeByConnections match this filter */
  none?: InputMaybe<ChipMadeByConnectionWhere>;
  /** Return Chips where one of the related ChipMadeByConnections match this filter */
  single?: InputMaybe<ChipMadeByConnectionWhere>;
  /** Return Chips where some of the related ChipMadeByConnections match this filter */
  some?: InputMaybe<ChipMadeByConnectionWhere>;
};

export type ChipMadeByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type ChipMadeByConnectionWhere = {
  AND?: InputMaybe<Array<ChipMadeByConnectionWhere>>;
  NOT?: InputMaybe<ChipMadeByConnectionWhere>;
  OR?: InputMaybe<Array<ChipMadeByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type ChipMadeByRelationship = {
  __typename?: 'ChipMadeByRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type ChipMentionedInConnection = {
  __typename?: 'ChipMentionedInConnection';
  edges: Array<ChipMentionedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipMentionedInConnectionFilters = {
  /** Return Chips where all of the related ChipMentionedInConnections match this filter */
  all?: InputMaybe<ChipMentionedInConnectionWhere>;
  /** Return Chips where none of the related ChipMentionedInConnections match this filter */
  none?: InputMaybe<ChipMentionedInConnectionWhere>;
  /** Return Chips where one of the related ChipMentionedInConnections match this filter */
  single?: InputMaybe<ChipMentionedInConnectionWhere>;
  /** Return Chips where some of the related ChipMentionedInConnections match this filter */
  some?: InputMaybe<ChipMentionedInConnectionWhere>;
};

export type ChipMentionedInConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<ArticleSort>;
};

export type ChipMentionedInConnectionWhere = {
  AND?: InputMaybe<Array<ChipMentionedInConnectionWhere>>;
  NOT?: InputMaybe<ChipMentionedInConnectionWhere>;
  OR?: InputMaybe<Array<ChipMentionedInConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<ArticleWhere>;
};

export type ChipMentionedInRelationship = {
  __typename?: 'ChipMentionedInRelationship';
  cursor: Scalars['String']['output'];
  node: Article;
  properties: Mention;
};

export type ChipRelationshipFilters = {
  /** Filter type where all of the related Chips match this filter */
  all?: InputMaybe<ChipWhere>;
  /** Filter type where none of the related Chips match this filter */
  none?: InputMaybe<ChipWhere>;
  /** Filter type where one of the related Chips match this filter */
  single?: InputMaybe<ChipWhere>;
  /** Filter type where some of the related Chips match this filter */
  some?: InputMaybe<ChipWhere>;
};

/** Fields to sort Chips by. The order in which sorts are applied is not guaranteed when specifying many fields in one ChipSort object. */
export type ChipSort = {
  announced?: InputMaybe<SortDirection>;
  architecture?: InputMaybe<SortDirection>;
  asOf?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  family?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  isFamily?: InputMaybe<SortDirection>;
  memory?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  performance?: InputMaybe<SortDirection>;
  processNode?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  vendor?: InputMaybe<SortDirection>;
};

export type ChipSucceededByConnection = {
  __typename?: 'ChipSucceededByConnection';
  edges: Array<ChipSucceededByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipSucceededByConnectionFilters = {
  /** Return Chips where all of the related ChipSucceededByConnections match this filter */
  all?: InputMaybe<ChipSucceededByConnectionWhere>;
  /** Return Chips where none of the related ChipSucceededByConnections match this filter */
  none?: InputMaybe<ChipSucceededByConnectionWhere>;
  /** Return Chips where one of the related ChipSucceededByConnections match this filter */
  single?: InputMaybe<ChipSucceededByConnectionWhere>;
  /** Return Chips where some of the related ChipSucceededByConnections match this filter */
  some?: InputMaybe<ChipSucceededByConnectionWhere>;
};

export type ChipSucceededByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<ChipSort>;
};

export type ChipSucceededByConnectionWhere = {
  AND?: InputMaybe<Array<ChipSucceededByConnectionWhere>>;
  NOT?: InputMaybe<ChipSucceededByConnectionWhere>;
  OR?: InputMaybe<Array<ChipSucceededByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<ChipWhere>;
};

export type ChipSucceededByRelationship = {
  __typename?: 'ChipSucceededByRelationship';
  cursor: Scalars['String']['output'];
  node: Chip;
  properties: Claim;
};

export type ChipSuccessorOfConnection = {
  __typename?: 'ChipSuccessorOfConnection';
  edges: Array<ChipSuccessorOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipSuccessorOfConnectionFilters = {
  /** Return Chips where all of the related ChipSuccessorOfConnections match this filter */
  all?: InputMaybe<ChipSuccessorOfConnectionWhere>;
  /** Return Chips where none of the related ChipSuccessorOfConnections match this filter */
  none?: InputMaybe<ChipSuccessorOfConnectionWhere>;
  /** Return Chips where one of the related ChipSuccessorOfConnections match this filter */
  single?: InputMaybe<ChipSuccessorOfConnectionWhere>;
  /** Return Chips where some of the related ChipSuccessorOfConnections match this filter */
  some?: InputMaybe<ChipSuccessorOfConnectionWhere>;
};

export type ChipSuccessorOfConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<ChipSort>;
};

export type ChipSuccessorOfConnectionWhere = {
  AND?: InputMaybe<Array<ChipSuccessorOfConnectionWhere>>;
  NOT?: InputMaybe<ChipSuccessorOfConnectionWhere>;
  OR?: InputMaybe<Array<ChipSuccessorOfConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<ChipWhere>;
};

export type ChipSuccessorOfRelationship = {
  __typename?: 'ChipSuccessorOfRelationship';
  cursor: Scalars['String']['output'];
  node: Chip;
  properties: Claim;
};

export type ChipTargetedByConnection = {
  __typename?: 'ChipTargetedByConnection';
  edges: Array<ChipTargetedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipTargetedByConnectionFilters = {
  /** Return Chips where all of the related ChipTargetedByConnections match this filter */
  all?: InputMaybe<ChipTargetedByConnectionWhere>;
  /** Return Chips where none of the related ChipTargetedByConnections match this filter */
  none?: InputMaybe<ChipTargetedByConnectionWhere>;
  /** Return Chips where one of the related ChipTargetedByConnections match this filter */
  single?: InputMaybe<ChipTargetedByConnectionWhere>;
  /** Return Chips where some of the related ChipTargetedByConnections match this filter */
  some?: InputMaybe<ChipTargetedByConnectionWhere>;
};

export type ChipTargetedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<PolicySort>;
};

export type ChipTargetedByConnectionWhere = {
  AND?: InputMaybe<Array<ChipTargetedByConnectionWhere>>;
  NOT?: InputMaybe<ChipTargetedByConnectionWhere>;
  OR?: InputMaybe<Array<ChipTargetedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<PolicyWhere>;
};

export type ChipTargetedByRelationship = {
  __typename?: 'ChipTargetedByRelationship';
  cursor: Scalars['String']['output'];
  node: Policy;
  properties: Claim;
};

export type ChipWhere = {
  AND?: InputMaybe<Array<ChipWhere>>;
  NOT?: InputMaybe<ChipWhere>;
  OR?: InputMaybe<Array<ChipWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  aliasesEn?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { eq: ... } */
  aliasesEn_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { includes: ... } */
  aliasesEn_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  aliasesFr?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { eq: ... } */
  aliasesFr_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { includes: ... } */
  aliasesFr_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter aliases: { eq: ... } */
  aliases_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliases: { includes: ... } */
  aliases_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  announced?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter announced: { contains: ... } */
  announced_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { endsWith: ... } */
  announced_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { eq: ... } */
  announced_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { gt: ... } */
  announced_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { gte: ... } */
  announced_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { in: ... } */
  announced_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter announced: { lt: ... } */
  announced_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { lte: ... } */
  announced_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { startsWith: ... } */
  announced_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  architecture?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter architecture: { contains: ... } */
  architecture_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter architecture: { endsWith: ... } */
  architecture_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter architecture: { eq: ... } */
  architecture_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter architecture: { gt: ... } */
  architecture_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter architecture: { gte: ... } */
  architecture_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter architecture: { in: ... } */
  architecture_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter architecture: { lt: ... } */
  architecture_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter architecture: { lte: ... } */
  architecture_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter architecture: { startsWith: ... } */
  architecture_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter asOf: { contains: ... } */
  asOf_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { endsWith: ... } */
  asOf_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { eq: ... } */
  asOf_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gt: ... } */
  asOf_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gte: ... } */
  asOf_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { in: ... } */
  asOf_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter asOf: { lt: ... } */
  asOf_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { lte: ... } */
  asOf_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { startsWith: ... } */
  asOf_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  avoidanceUrgedBy?: InputMaybe<GovernmentRelationshipFilters>;
  avoidanceUrgedByConnection?: InputMaybe<ChipAvoidanceUrgedByConnectionFilters>;
  /**
   * Return Chips where all of the related ChipAvoidanceUrgedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedByConnection: { all: { node: ... } } }' instead.
   */
  avoidanceUrgedByConnection_ALL?: InputMaybe<ChipAvoidanceUrgedByConnectionWhere>;
  /**
   * Return Chips where none of the related ChipAvoidanceUrgedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedByConnection: { none: { node: ... } } }' instead.
   */
  avoidanceUrgedByConnection_NONE?: InputMaybe<ChipAvoidanceUrgedByConnectionWhere>;
  /**
   * Return Chips where one of the related ChipAvoidanceUrgedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedByConnection: { single: { node: ... } } }' instead.
   */
  avoidanceUrgedByConnection_SINGLE?: InputMaybe<ChipAvoidanceUrgedByConnectionWhere>;
  /**
   * Return Chips where some of the related ChipAvoidanceUrgedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedByConnection: { some: { node: ... } } }' instead.
   */
  avoidanceUrgedByConnection_SOME?: InputMaybe<ChipAvoidanceUrgedByConnectionWhere>;
  /**
   * Return Chips where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedBy: { all: ... }' instead.
   */
  avoidanceUrgedBy_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedBy: { none: ... }' instead.
   */
  avoidanceUrgedBy_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedBy: {  single: ... }' instead.
   */
  avoidanceUrgedBy_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedBy: {  some: ... }' instead.
   */
  avoidanceUrgedBy_SOME?: InputMaybe<GovernmentWhere>;
  basedOn?: InputMaybe<ChipRelationshipFilters>;
  basedOnConnection?: InputMaybe<ChipBasedOnConnectionFilters>;
  /**
   * Return Chips where all of the related ChipBasedOnConnections match this filter
   * @deprecated Please use the relevant generic filter 'basedOnConnection: { all: { node: ... } } }' instead.
   */
  basedOnConnection_ALL?: InputMaybe<ChipBasedOnConnectionWhere>;
  /**
   * Return Chips where none of the related ChipBasedOnConnections match this filter
   * @deprecated Please use the relevant generic filter 'basedOnConnection: { none: { node: ... } } }' instead.
   */
  basedOnConnection_NONE?: InputMaybe<ChipBasedOnConnectionWhere>;
  /**
   * Return Chips where one of the related ChipBasedOnConnections match this filter
   * @deprecated Please use the relevant generic filter 'basedOnConnection: { single: { node: ... } } }' instead.
   */
  basedOnConnection_SINGLE?: InputMaybe<ChipBasedOnConnectionWhere>;
  /**
   * Return Chips where some of the related ChipBasedOnConnections match this filter
   * @deprecated Please use the relevant generic filter 'basedOnConnection: { some: { node: ... } } }' instead.
   */
  basedOnConnection_SOME?: InputMaybe<ChipBasedOnConnectionWhere>;
  /**
   * Return Chips where all of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'basedOn: { all: ... }' instead.
   */
  basedOn_ALL?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where none of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'basedOn: { none: ... }' instead.
   */
  basedOn_NONE?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where one of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'basedOn: {  single: ... }' instead.
   */
  basedOn_SINGLE?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where some of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'basedOn: {  some: ... }' instead.
   */
  basedOn_SOME?: InputMaybe<ChipWhere>;
  basisOf?: InputMaybe<ChipRelationshipFilters>;
  basisOfConnection?: InputMaybe<ChipBasisOfConnectionFilters>;
  /**
   * Return Chips where all of the related ChipBasisOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'basisOfConnection: { all: { node: ... } } }' instead.
   */
  basisOfConnection_ALL?: InputMaybe<ChipBasisOfConnectionWhere>;
  /**
   * Return Chips where none of the related ChipBasisOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'basisOfConnection: { none: { node: ... } } }' instead.
   */
  basisOfConnection_NONE?: InputMaybe<ChipBasisOfConnectionWhere>;
  /**
   * Return Chips where one of the related ChipBasisOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'basisOfConnection: { single: { node: ... } } }' instead.
   */
  basisOfConnection_SINGLE?: InputMaybe<ChipBasisOfConnectionWhere>;
  /**
   * Return Chips where some of the related ChipBasisOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'basisOfConnection: { some: { node: ... } } }' instead.
   */
  basisOfConnection_SOME?: InputMaybe<ChipBasisOfConnectionWhere>;
  /**
   * Return Chips where all of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'basisOf: { all: ... }' instead.
   */
  basisOf_ALL?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where none of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'basisOf: { none: ... }' instead.
   */
  basisOf_NONE?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where one of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'basisOf: {  single: ... }' instead.
   */
  basisOf_SINGLE?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where some of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'basisOf: {  some: ... }' instead.
   */
  basisOf_SOME?: InputMaybe<ChipWhere>;
  boughtBy?: InputMaybe<EntityRelationshipFilters>;
  boughtByConnection?: InputMaybe<ChipBoughtByConnectionFilters>;
  /**
   * Return Chips where all of the related ChipBoughtByConnections match this filter
   * @deprecated Please use the relevant generic filter 'boughtByConnection: { all: { node: ... } } }' instead.
   */
  boughtByConnection_ALL?: InputMaybe<ChipBoughtByConnectionWhere>;
  /**
   * Return Chips where none of the related ChipBoughtByConnections match this filter
   * @deprecated Please use the relevant generic filter 'boughtByConnection: { none: { node: ... } } }' instead.
   */
  boughtByConnection_NONE?: InputMaybe<ChipBoughtByConnectionWhere>;
  /**
   * Return Chips where one of the related ChipBoughtByConnections match this filter
   * @deprecated Please use the relevant generic filter 'boughtByConnection: { single: { node: ... } } }' instead.
   */
  boughtByConnection_SINGLE?: InputMaybe<ChipBoughtByConnectionWhere>;
  /**
   * Return Chips where some of the related ChipBoughtByConnections match this filter
   * @deprecated Please use the relevant generic filter 'boughtByConnection: { some: { node: ... } } }' instead.
   */
  boughtByConnection_SOME?: InputMaybe<ChipBoughtByConnectionWhere>;
  /**
   * Return Chips where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'boughtBy: { all: ... }' instead.
   */
  boughtBy_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Chips where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'boughtBy: { none: ... }' instead.
   */
  boughtBy_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Chips where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'boughtBy: {  single: ... }' instead.
   */
  boughtBy_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Chips where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'boughtBy: {  some: ... }' instead.
   */
  boughtBy_SOME?: InputMaybe<EntityWhere>;
  description?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter description: { contains: ... } */
  description_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { endsWith: ... } */
  description_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { eq: ... } */
  description_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gt: ... } */
  description_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gte: ... } */
  description_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { in: ... } */
  description_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter description: { lt: ... } */
  description_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { lte: ... } */
  description_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { startsWith: ... } */
  description_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  designedBy?: InputMaybe<CompanyRelationshipFilters>;
  designedByConnection?: InputMaybe<ChipDesignedByConnectionFilters>;
  /**
   * Return Chips where all of the related ChipDesignedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'designedByConnection: { all: { node: ... } } }' instead.
   */
  designedByConnection_ALL?: InputMaybe<ChipDesignedByConnectionWhere>;
  /**
   * Return Chips where none of the related ChipDesignedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'designedByConnection: { none: { node: ... } } }' instead.
   */
  designedByConnection_NONE?: InputMaybe<ChipDesignedByConnectionWhere>;
  /**
   * Return Chips where one of the related ChipDesignedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'designedByConnection: { single: { node: ... } } }' instead.
   */
  designedByConnection_SINGLE?: InputMaybe<ChipDesignedByConnectionWhere>;
  /**
   * Return Chips where some of the related ChipDesignedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'designedByConnection: { some: { node: ... } } }' instead.
   */
  designedByConnection_SOME?: InputMaybe<ChipDesignedByConnectionWhere>;
  /**
   * Return Chips where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'designedBy: { all: ... }' instead.
   */
  designedBy_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Chips where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'designedBy: { none: ... }' instead.
   */
  designedBy_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Chips where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'designedBy: {  single: ... }' instead.
   */
  designedBy_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Chips where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'designedBy: {  some: ... }' instead.
   */
  designedBy_SOME?: InputMaybe<CompanyWhere>;
  exportAllowedBy?: InputMaybe<GovernmentRelationshipFilters>;
  exportAllowedByConnection?: InputMaybe<ChipExportAllowedByConnectionFilters>;
  /**
   * Return Chips where all of the related ChipExportAllowedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'exportAllowedByConnection: { all: { node: ... } } }' instead.
   */
  exportAllowedByConnection_ALL?: InputMaybe<ChipExportAllowedByConnectionWhere>;
  /**
   * Return Chips where none of the related ChipExportAllowedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'exportAllowedByConnection: { none: { node: ... } } }' instead.
   */
  exportAllowedByConnection_NONE?: InputMaybe<ChipExportAllowedByConnectionWhere>;
  /**
   * Return Chips where one of the related ChipExportAllowedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'exportAllowedByConnection: { single: { node: ... } } }' instead.
   */
  exportAllowedByConnection_SINGLE?: InputMaybe<ChipExportAllowedByConnectionWhere>;
  /**
   * Return Chips where some of the related ChipExportAllowedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'exportAllowedByConnection: { some: { node: ... } } }' instead.
   */
  exportAllowedByConnection_SOME?: InputMaybe<ChipExportAllowedByConnectionWhere>;
  /**
   * Return Chips where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'exportAllowedBy: { all: ... }' instead.
   */
  exportAllowedBy_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'exportAllowedBy: { none: ... }' instead.
   */
  exportAllowedBy_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'exportAllowedBy: {  single: ... }' instead.
   */
  exportAllowedBy_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'exportAllowedBy: {  some: ... }' instead.
   */
  exportAllowedBy_SOME?: InputMaybe<GovernmentWhere>;
  exportRestrictedBy?: InputMaybe<GovernmentRelationshipFilters>;
  exportRestrictedByConnection?: InputMaybe<ChipExportRestrictedByConnectionFilters>;
  /**
   * Return Chips where all of the related ChipExportRestrictedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'exportRestrictedByConnection: { all: { node: ... } } }' instead.
   */
  exportRestrictedByConnection_ALL?: InputMaybe<ChipExportRestrictedByConnectionWhere>;
  /**
   * Return Chips where none of the related ChipExportRestrictedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'exportRestrictedByConnection: { none: { node: ... } } }' instead.
   */
  exportRestrictedByConnection_NONE?: InputMaybe<ChipExportRestrictedByConnectionWhere>;
  /**
   * Return Chips where one of the related ChipExportRestrictedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'exportRestrictedByConnection: { single: { node: ... } } }' instead.
   */
  exportRestrictedByConnection_SINGLE?: InputMaybe<ChipExportRestrictedByConnectionWhere>;
  /**
   * Return Chips where some of the related ChipExportRestrictedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'exportRestrictedByConnection: { some: { node: ... } } }' instead.
   */
  exportRestrictedByConnection_SOME?: InputMaybe<ChipExportRestrictedByConnectionWhere>;
  /**
   * Return Chips where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'exportRestrictedBy: { all: ... }' instead.
   */
  exportRestrictedBy_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'exportRestrictedBy: { none: ... }' instead.
   */
  exportRestrictedBy_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'exportRestrictedBy: {  single: ... }' instead.
   */
  exportRestrictedBy_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'exportRestrictedBy: {  some: ... }' instead.
   */
  exportRestrictedBy_SOME?: InputMaybe<GovernmentWhere>;
  fabricatedBy?: InputMaybe<CompanyRelationshipFilters>;
  fabricatedByConnection?: InputMaybe<ChipFabricatedByConnectionFilters>;
  /**
   * Return Chips where all of the related ChipFabricatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'fabricatedByConnection: { all: { node: ... } } }' instead.
   */
  fabricatedByConnection_ALL?: InputMaybe<ChipFabricatedByConnectionWhere>;
  /**
   * Return Chips where none of the related ChipFabricatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'fabricatedByConnection: { none: { node: ... } } }' instead.
   */
  fabricatedByConnection_NONE?: InputMaybe<ChipFabricatedByConnectionWhere>;
  /**
   * Return Chips where one of the related ChipFabricatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'fabricatedByConnection: { single: { node: ... } } }' instead.
   */
  fabricatedByConnection_SINGLE?: InputMaybe<ChipFabricatedByConnectionWhere>;
  /**
   * Return Chips where some of the related ChipFabricatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'fabricatedByConnection: { some: { node: ... } } }' instead.
   */
  fabricatedByConnection_SOME?: InputMaybe<ChipFabricatedByConnectionWhere>;
  /**
   * Return Chips where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'fabricatedBy: { all: ... }' instead.
   */
  fabricatedBy_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Chips where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'fabricatedBy: { none: ... }' instead.
   */
  fabricatedBy_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Chips where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'fabricatedBy: {  single: ... }' instead.
   */
  fabricatedBy_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Chips where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'fabricatedBy: {  some: ... }' instead.
   */
  fabricatedBy_SOME?: InputMaybe<CompanyWhere>;
  family?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter family: { contains: ... } */
  family_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter family: { endsWith: ... } */
  family_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter family: { eq: ... } */
  family_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter family: { gt: ... } */
  family_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter family: { gte: ... } */
  family_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter family: { in: ... } */
  family_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter family: { lt: ... } */
  family_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter family: { lte: ... } */
  family_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter family: { startsWith: ... } */
  family_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  investigatedBy?: InputMaybe<GovernmentRelationshipFilters>;
  investigatedByConnection?: InputMaybe<ChipInvestigatedByConnectionFilters>;
  /**
   * Return Chips where all of the related ChipInvestigatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatedByConnection: { all: { node: ... } } }' instead.
   */
  investigatedByConnection_ALL?: InputMaybe<ChipInvestigatedByConnectionWhere>;
  /**
   * Return Chips where none of the related ChipInvestigatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatedByConnection: { none: { node: ... } } }' instead.
   */
  investigatedByConnection_NONE?: InputMaybe<ChipInvestigatedByConnectionWhere>;
  /**
   * Return Chips where one of the related ChipInvestigatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatedByConnection: { single: { node: ... } } }' instead.
   */
  investigatedByConnection_SINGLE?: InputMaybe<ChipInvestigatedByConnectionWhere>;
  /**
   * Return Chips where some of the related ChipInvestigatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatedByConnection: { some: { node: ... } } }' instead.
   */
  investigatedByConnection_SOME?: InputMaybe<ChipInvestigatedByConnectionWhere>;
  /**
   * Return Chips where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'investigatedBy: { all: ... }' instead.
   */
  investigatedBy_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'investigatedBy: { none: ... }' instead.
   */
  investigatedBy_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'investigatedBy: {  single: ... }' instead.
   */
  investigatedBy_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Chips where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'investigatedBy: {  some: ... }' instead.
   */
  investigatedBy_SOME?: InputMaybe<GovernmentWhere>;
  isFamily?: InputMaybe<BooleanScalarFilters>;
  /** @deprecated Please use the relevant generic filter isFamily: { eq: ... } */
  isFamily_EQ?: InputMaybe<Scalars['Boolean']['input']>;
  madeBy?: InputMaybe<CompanyRelationshipFilters>;
  madeByConnection?: InputMaybe<ChipMadeByConnectionFilters>;
  /**
   * Return Chips where all of the related ChipMadeByConnections match this filter
   * @deprecated Please use the relevant generic filter 'madeByConnection: { all: { node: ... } } }' instead.
   */
  madeByConnection_ALL?: InputMaybe<ChipMadeByConnectionWhere>;
  /**
   * Return Chips where none of the related ChipMadeByConnections match this filter
   * @deprecated Please use the relevant generic filter 'madeByConnection: { none: { node: ... } } }' instead.
   */
  madeByConnection_NONE?: InputMaybe<ChipMadeByConnectionWhere>;
  /**
   * Return Chips where one of the related ChipMadeByConnections match this filter
   * @deprecated Please use the relevant generic filter 'madeByConnection: { single: { node: ... } } }' instead.
   */
  madeByConnection_SINGLE?: InputMaybe<ChipMadeByConnectionWhere>;
  /**
   * Return Chips where some of the related ChipMadeByConnections match this filter
   * @deprecated Please use the relevant generic filter 'madeByConnection: { some: { node: ... } } }' instead.
   */
  madeByConnection_SOME?: InputMaybe<ChipMadeByConnectionWhere>;
  /**
   * Return Chips where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'madeBy: { all: ... }' instead.
   */
  madeBy_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Chips where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'madeBy: { none: ... }' instead.
   */
  madeBy_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Chips where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'madeBy: {  single: ... }' instead.
   */
  madeBy_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Chips where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'madeBy: {  some: ... }' instead.
   */
  madeBy_SOME?: InputMaybe<CompanyWhere>;
  memory?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter memory: { contains: ... } */
  memory_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter memory: { endsWith: ... } */
  memory_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter memory: { eq: ... } */
  memory_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter memory: { gt: ... } */
  memory_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter memory: { gte: ... } */
  memory_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter memory: { in: ... } */
  memory_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter memory: { lt: ... } */
  memory_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter memory: { lte: ... } */
  memory_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter memory: { startsWith: ... } */
  memory_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  mentionedIn?: InputMaybe<ArticleRelationshipFilters>;
  mentionedInConnection?: InputMaybe<ChipMentionedInConnectionFilters>;
  /**
   * Return Chips where all of the related ChipMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { all: { node: ... } } }' instead.
   */
  mentionedInConnection_ALL?: InputMaybe<ChipMentionedInConnectionWhere>;
  /**
   * Return Chips where none of the related ChipMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { none: { node: ... } } }' instead.
   */
  mentionedInConnection_NONE?: InputMaybe<ChipMentionedInConnectionWhere>;
  /**
   * Return Chips where one of the related ChipMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { single: { node: ... } } }' instead.
   */
  mentionedInConnection_SINGLE?: InputMaybe<ChipMentionedInConnectionWhere>;
  /**
   * Return Chips where some of the related ChipMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { some: { node: ... } } }' instead.
   */
  mentionedInConnection_SOME?: InputMaybe<ChipMentionedInConnectionWhere>;
  /**
   * Return Chips where all of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: { all: ... }' instead.
   */
  mentionedIn_ALL?: InputMaybe<ArticleWhere>;
  /**
   * Return Chips where none of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: { none: ... }' instead.
   */
  mentionedIn_NONE?: InputMaybe<ArticleWhere>;
  /**
   * Return Chips where one of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: {  single: ... }' instead.
   */
  mentionedIn_SINGLE?: InputMaybe<ArticleWhere>;
  /**
   * Return Chips where some of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: {  some: ... }' instead.
   */
  mentionedIn_SOME?: InputMaybe<ArticleWhere>;
  name?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gt: ... } */
  name_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gte: ... } */
  name_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter name: { lt: ... } */
  name_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { lte: ... } */
  name_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  performance?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter performance: { contains: ... } */
  performance_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter performance: { endsWith: ... } */
  performance_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter performance: { eq: ... } */
  performance_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter performance: { gt: ... } */
  performance_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter performance: { gte: ... } */
  performance_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter performance: { in: ... } */
  performance_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter performance: { lt: ... } */
  performance_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter performance: { lte: ... } */
  performance_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter performance: { startsWith: ... } */
  performance_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  processNode?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter processNode: { contains: ... } */
  processNode_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter processNode: { endsWith: ... } */
  processNode_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter processNode: { eq: ... } */
  processNode_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter processNode: { gt: ... } */
  processNode_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter processNode: { gte: ... } */
  processNode_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter processNode: { in: ... } */
  processNode_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter processNode: { lt: ... } */
  processNode_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter processNode: { lte: ... } */
  processNode_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter processNode: { startsWith: ... } */
  processNode_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter status: { contains: ... } */
  status_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { endsWith: ... } */
  status_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { eq: ... } */
  status_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { gt: ... } */
  status_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { gte: ... } */
  status_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { in: ... } */
  status_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter status: { lt: ... } */
  status_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { lte: ... } */
  status_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { startsWith: ... } */
  status_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  succeededBy?: InputMaybe<ChipRelationshipFilters>;
  succeededByConnection?: InputMaybe<ChipSucceededByConnectionFilters>;
  /**
   * Return Chips where all of the related ChipSucceededByConnections match this filter
   * @deprecated Please use the relevant generic filter 'succeededByConnection: { all: { node: ... } } }' instead.
   */
  succeededByConnection_ALL?: InputMaybe<ChipSucceededByConnectionWhere>;
  /**
   * Return Chips where none of the related ChipSucceededByConnections match this filter
   * @deprecated Please use the relevant generic filter 'succeededByConnection: { none: { node: ... } } }' instead.
   */
  succeededByConnection_NONE?: InputMaybe<ChipSucceededByConnectionWhere>;
  /**
   * Return Chips where one of the related ChipSucceededByConnections match this filter
   * @deprecated Please use the relevant generic filter 'succeededByConnection: { single: { node: ... } } }' instead.
   */
  succeededByConnection_SINGLE?: InputMaybe<ChipSucceededByConnectionWhere>;
  /**
   * Return Chips where some of the related ChipSucceededByConnections match this filter
   * @deprecated Please use the relevant generic filter 'succeededByConnection: { some: { node: ... } } }' instead.
   */
  succeededByConnection_SOME?: InputMaybe<ChipSucceededByConnectionWhere>;
  /**
   * Return Chips where all of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'succeededBy: { all: ... }' instead.
   */
  succeededBy_ALL?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where none of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'succeededBy: { none: ... }' instead.
   */
  succeededBy_NONE?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where one of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'succeededBy: {  single: ... }' instead.
   */
  succeededBy_SINGLE?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where some of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'succeededBy: {  some: ... }' instead.
   */
  succeededBy_SOME?: InputMaybe<ChipWhere>;
  successorOf?: InputMaybe<ChipRelationshipFilters>;
  successorOfConnection?: InputMaybe<ChipSuccessorOfConnectionFilters>;
  /**
   * Return Chips where all of the related ChipSuccessorOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'successorOfConnection: { all: { node: ... } } }' instead.
   */
  successorOfConnection_ALL?: InputMaybe<ChipSuccessorOfConnectionWhere>;
  /**
   * Return Chips where none of the related ChipSuccessorOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'successorOfConnection: { none: { node: ... } } }' instead.
   */
  successorOfConnection_NONE?: InputMaybe<ChipSuccessorOfConnectionWhere>;
  /**
   * Return Chips where one of the related ChipSuccessorOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'successorOfConnection: { single: { node: ... } } }' instead.
   */
  successorOfConnection_SINGLE?: InputMaybe<ChipSuccessorOfConnectionWhere>;
  /**
   * Return Chips where some of the related ChipSuccessorOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'successorOfConnection: { some: { node: ... } } }' instead.
   */
  successorOfConnection_SOME?: InputMaybe<ChipSuccessorOfConnectionWhere>;
  /**
   * Return Chips where all of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'successorOf: { all: ... }' instead.
   */
  successorOf_ALL?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where none of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'successorOf: { none: ... }' instead.
   */
  successorOf_NONE?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where one of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'successorOf: {  single: ... }' instead.
   */
  successorOf_SINGLE?: InputMaybe<ChipWhere>;
  /**
   * Return Chips where some of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'successorOf: {  some: ... }' instead.
   */
  successorOf_SOME?: InputMaybe<ChipWhere>;
  targetedBy?: InputMaybe<PolicyRelationshipFilters>;
  targetedByConnection?: InputMaybe<ChipTargetedByConnectionFilters>;
  /**
   * Return Chips where all of the related ChipTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { all: { node: ... } } }' instead.
   */
  targetedByConnection_ALL?: InputMaybe<ChipTargetedByConnectionWhere>;
  /**
   * Return Chips where none of the related ChipTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { none: { node: ... } } }' instead.
   */
  targetedByConnection_NONE?: InputMaybe<ChipTargetedByConnectionWhere>;
  /**
   * Return Chips where one of the related ChipTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { single: { node: ... } } }' instead.
   */
  targetedByConnection_SINGLE?: InputMaybe<ChipTargetedByConnectionWhere>;
  /**
   * Return Chips where some of the related ChipTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { some: { node: ... } } }' instead.
   */
  targetedByConnection_SOME?: InputMaybe<ChipTargetedByConnectionWhere>;
  /**
   * Return Chips where all of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: { all: ... }' instead.
   */
  targetedBy_ALL?: InputMaybe<PolicyWhere>;
  /**
   * Return Chips where none of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: { none: ... }' instead.
   */
  targetedBy_NONE?: InputMaybe<PolicyWhere>;
  /**
   * Return Chips where one of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: {  single: ... }' instead.
   */
  targetedBy_SINGLE?: InputMaybe<PolicyWhere>;
  /**
   * Return Chips where some of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: {  some: ... }' instead.
   */
  targetedBy_SOME?: InputMaybe<PolicyWhere>;
  vendor?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter vendor: { contains: ... } */
  vendor_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter vendor: { endsWith: ... } */
  vendor_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter vendor: { eq: ... } */
  vendor_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter vendor: { gt: ... } */
  vendor_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter vendor: { gte: ... } */
  vendor_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter vendor: { in: ... } */
  vendor_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter vendor: { lt: ... } */
  vendor_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter vendor: { lte: ... } */
  vendor_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter vendor: { startsWith: ... } */
  vendor_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type ChipsConnection = {
  __typename?: 'ChipsConnection';
  aggregate: ChipAggregate;
  edges: Array<ChipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * The edge properties for the following fields:
 * * Company.makes
 * * Company.designs
 * * Company.fabricates
 * * Company.sellsTo
 * * Company.buysFrom
 * * Company.buys
 * * Company.boughtBy
 * * Company.competesWith
 * * Company.acquires
 * * Company.acquiredBy
 * * Company.supplies
 * * Company.suppliedBy
 * * Company.headquarteredIn
 * * Company.targetedBy
 * * Company.investigatedBy
 * * Company.avoidanceUrgedBy
 * * Company.pays
 * * Company.ledBy
 * * Government.buysFrom
 * * Government.buys
 * * Government.headquartersOf
 * * Government.issues
 * * Government.rescinds
 * * Government.targetedBy
 * * Government.restrictsExportOf
 * * Government.allowsExportOf
 * * Government.investigates
 * * Government.urgesAvoidanceOf
 * * Government.paidBy
 * * Government.ledBy
 * * Government.partOf
 * * Government.hasPart
 * * Chip.madeBy
 * * Chip.designedBy
 * * Chip.fabricatedBy
 * * Chip.boughtBy
 * * Chip.targetedBy
 * * Chip.exportRestrictedBy
 * * Chip.exportAllowedBy
 * * Chip.investigatedBy
 * * Chip.avoidanceUrgedBy
 * * Chip.basedOn
 * * Chip.basisOf
 * * Chip.successorOf
 * * Chip.succeededBy
 * * Policy.issuedBy
 * * Policy.rescindedBy
 * * Policy.targets
 * * Person.leads
 */
export type Claim = {
  __typename?: 'Claim';
  /** Money tied to the fact, as written (e.g. "15% of China H20 revenue"). */
  amount: Maybe<Scalars['String']['output']>;
  /** Highest confidence among its statements, 0..1. */
  confidence: Scalars['Float']['output'];
  /** When it happened (ISO date), or the period it held. */
  date: Maybe<Scalars['String']['output']>;
  firstSeen: Maybe<Scalars['DateTime']['output']>;
  /** Stable id of the edge: subject|PREDICATE|object. */
  id: Scalars['ID']['output'];
  /** Number of statements (article sentences or curated sources) that support it. */
  sources: Scalars['Int']['output'];
  validFrom: Maybe<Scalars['String']['output']>;
  validTo: Maybe<Scalars['String']['output']>;
};

export type ClaimSort = {
  amount?: InputMaybe<SortDirection>;
  confidence?: InputMaybe<SortDirection>;
  date?: InputMaybe<SortDirection>;
  firstSeen?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  sources?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
};

export type ClaimWhere = {
  AND?: InputMaybe<Array<ClaimWhere>>;
  NOT?: InputMaybe<ClaimWhere>;
  OR?: InputMaybe<Array<ClaimWhere>>;
  amount?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter amount: { contains: ... } */
  amount_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { endsWith: ... } */
  amount_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { eq: ... } */
  amount_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { gt: ... } */
  amount_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { gte: ... } */
  amount_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { in: ... } */
  amount_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter amount: { lt: ... } */
  amount_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { lte: ... } */
  amount_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { startsWith: ... } */
  amount_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  confidence?: InputMaybe<FloatScalarFilters>;
  /** @deprecated Please use the relevant generic filter confidence: { eq: ... } */
  confidence_EQ?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { gt: ... } */
  confidence_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { gte: ... } */
  confidence_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { in: ... } */
  confidence_IN?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** @deprecated Please use the relevant generic filter confidence: { lt: ... } */
  confidence_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { lte: ... } */
  confidence_LTE?: InputMaybe<Scalars['Float']['input']>;
  date?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter date: { contains: ... } */
  date_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { endsWith: ... } */
  date_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { eq: ... } */
  date_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { gt: ... } */
  date_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { gte: ... } */
  date_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { in: ... } */
  date_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter date: { lt: ... } */
  date_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { lte: ... } */
  date_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { startsWith: ... } */
  date_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  firstSeen?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter firstSeen: { eq: ... } */
  firstSeen_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { gt: ... } */
  firstSeen_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { gte: ... } */
  firstSeen_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { in: ... } */
  firstSeen_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter firstSeen: { lt: ... } */
  firstSeen_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { lte: ... } */
  firstSeen_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  id?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  sources?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter sources: { eq: ... } */
  sources_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter sources: { gt: ... } */
  sources_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter sources: { gte: ... } */
  sources_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter sources: { in: ... } */
  sources_IN?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** @deprecated Please use the relevant generic filter sources: { lt: ... } */
  sources_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter sources: { lte: ... } */
  sources_LTE?: InputMaybe<Scalars['Int']['input']>;
  validFrom?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter validFrom: { contains: ... } */
  validFrom_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { endsWith: ... } */
  validFrom_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { eq: ... } */
  validFrom_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { gt: ... } */
  validFrom_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { gte: ... } */
  validFrom_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { in: ... } */
  validFrom_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter validFrom: { lt: ... } */
  validFrom_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { lte: ... } */
  validFrom_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { startsWith: ... } */
  validFrom_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter validTo: { contains: ... } */
  validTo_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { endsWith: ... } */
  validTo_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { eq: ... } */
  validTo_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { gt: ... } */
  validTo_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { gte: ... } */
  validTo_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { in: ... } */
  validTo_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter validTo: { lt: ... } */
  validTo_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { lte: ... } */
  validTo_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { startsWith: ... } */
  validTo_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type CompaniesConnection = {
  __typename?: 'CompaniesConnection';
  aggregate: CompanyAggregate;
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type Company = Entity & {
  __typename?: 'Company';
  /** Inverse of ACQUIRES: Buys the company. */
  acquiredBy: Array<Company>;
  acquiredByConnection: CompanyAcquiredByConnection;
  /** Buys the company. */
  acquires: Array<Company>;
  acquiresConnection: CompanyAcquiresConnection;
  /** Every other name, in any language: nicknames and common misspellings included. */
  aliases: Array<Scalars['String']['output']>;
  aliasesEn: Array<Scalars['String']['output']>;
  aliasesFr: Array<Scalars['String']['output']>;
  /** Date (ISO) at which the curated facts about this entity were last checked. */
  asOf: Maybe<Scalars['String']['output']>;
  /** Inverse of URGES_AVOIDANCE_OF: Tells buyers to avoid the chip or company. */
  avoidanceUrgedBy: Array<Government>;
  avoidanceUrgedByConnection: CompanyAvoidanceUrgedByConnection;
  /** Inverse of BUYS: Buys chips or a company’s products. */
  boughtBy: Array<Entity>;
  boughtByConnection: CompanyBoughtByConnection;
  /** Buys chips or a company’s products. */
  buys: Array<Entity>;
  buysConnection: CompanyBuysConnection;
  /** Inverse of SELLS_TO: Sells to a company or to a country market (represented by its government). */
  buysFrom: Array<Company>;
  buysFromConnection: CompanyBuysFromConnection;
  /** Rivals on the same market (symmetric). */
  competesWith: Array<Company>;
  competesWithConnection: CompanyCompetesWithConnection;
  description: Maybe<Scalars['String']['output']>;
  /** The company that designs a chip. */
  designs: Array<Chip>;
  designsConnection: CompanyDesignsConnection;
  /** A foundry (TSMC, SMIC…) manufactures the chip. */
  fabricates: Array<Chip>;
  fabricatesConnection: CompanyFabricatesConnection;
  /** Nationality of a company, only when a source states it. */
  headquarteredIn: Array<Government>;
  headquarteredInConnection: CompanyHeadquarteredInConnection;
  /** Stable slug, e.g. "nvidia" or "us-commerce-department". */
  id: Scalars['ID']['output'];
  /** Inverse of INVESTIGATES: Opens an inquiry, probe or summons about the company or chip. */
  investigatedBy: Array<Government>;
  investigatedByConnection: CompanyInvestigatedByConnection;
  /** Inverse of LEADS: Heads the company or government. */
  ledBy: Array<Person>;
  ledByConnection: CompanyLedByConnection;
  /** The vendor or brand owner of a chip. */
  makes: Array<Chip>;
  makesConnection: CompanyMakesConnection;
  /** Articles that name this entity. */
  mentionedIn: Array<Article>;
  mentionedInConnection: CompanyMentionedInConnection;
  name: Scalars['String']['output'];
  /** Pays a revenue share, tax or levy to the government. */
  pays: Array<Government>;
  paysConnection: CompanyPaysConnection;
  /** CHIP_DESIGNER, FOUNDRY, MEMORY, EQUIPMENT, HYPERSCALER, BUYER or OTHER. */
  sector: Maybe<Scalars['String']['output']>;
  /** Sells to a company or to a country market (represented by its government). */
  sellsTo: Array<Entity>;
  sellsToConnection: CompanySellsToConnection;
  /** Inverse of SUPPLIES: Supplies parts, memory, tools or services to the company. */
  suppliedBy: Array<Company>;
  suppliedByConnection: CompanySuppliedByConnection;
  /** Supplies parts, memory, tools or services to the company. */
  supplies: Array<Company>;
  suppliesConnection: CompanySuppliesConnection;
  /** Inverse of TARGETS: The policy applies to this company, chip or country. */
  targetedBy: Array<Policy>;
  targetedByConnection: CompanyTargetedByConnection;
  ticker: Maybe<Scalars['String']['output']>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyAcquiredByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyAcquiredByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyAcquiredByConnectionSort>>;
  where?: InputMaybe<CompanyAcquiredByConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyAcquiresArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyAcquiresConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyAcquiresConnectionSort>>;
  where?: InputMaybe<CompanyAcquiresConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyAvoidanceUrgedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyAvoidanceUrgedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyAvoidanceUrgedByConnectionSort>>;
  where?: InputMaybe<CompanyAvoidanceUrgedByConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyBoughtByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyBoughtByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyBoughtByConnectionSort>>;
  where?: InputMaybe<CompanyBoughtByConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyBuysArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyBuysConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyBuysConnectionSort>>;
  where?: InputMaybe<CompanyBuysConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyBuysFromArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyBuysFromConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyBuysFromConnectionSort>>;
  where?: InputMaybe<CompanyBuysFromConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyCompetesWithArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyCompetesWithConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyCompetesWithConnectionSort>>;
  where?: InputMaybe<CompanyCompetesWithConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyDesignsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSort>>;
  where?: InputMaybe<ChipWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyDesignsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyDesignsConnectionSort>>;
  where?: InputMaybe<CompanyDesignsConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyFabricatesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSort>>;
  where?: InputMaybe<ChipWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyFabricatesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyFabricatesConnectionSort>>;
  where?: InputMaybe<CompanyFabricatesConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyHeadquarteredInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyHeadquarteredInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyHeadquarteredInConnectionSort>>;
  where?: InputMaybe<CompanyHeadquarteredInConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyInvestigatedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyInvestigatedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyInvestigatedByConnectionSort>>;
  where?: InputMaybe<CompanyInvestigatedByConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyLedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyLedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyLedByConnectionSort>>;
  where?: InputMaybe<CompanyLedByConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyMakesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSort>>;
  where?: InputMaybe<ChipWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyMakesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyMakesConnectionSort>>;
  where?: InputMaybe<CompanyMakesConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyMentionedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArticleSort>>;
  where?: InputMaybe<ArticleWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyMentionedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyMentionedInConnectionSort>>;
  where?: InputMaybe<CompanyMentionedInConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyPaysArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyPaysConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyPaysConnectionSort>>;
  where?: InputMaybe<CompanyPaysConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanySellsToArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanySellsToConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySellsToConnectionSort>>;
  where?: InputMaybe<CompanySellsToConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanySuppliedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanySuppliedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySuppliedByConnectionSort>>;
  where?: InputMaybe<CompanySuppliedByConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanySuppliesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanySuppliesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySuppliesConnectionSort>>;
  where?: InputMaybe<CompanySuppliesConnectionWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyTargetedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PolicySort>>;
  where?: InputMaybe<PolicyWhere>;
};


/** A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer. */
export type CompanyTargetedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanyTargetedByConnectionSort>>;
  where?: InputMaybe<CompanyTargetedByConnectionWhere>;
};

export type CompanyAcquiredByConnection = {
  __typename?: 'CompanyAcquiredByConnection';
  edges: Array<CompanyAcquiredByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyAcquiredByConnectionFilters = {
  /** Return Companies where all of the related CompanyAcquiredByConnections match this filter */
  all?: InputMaybe<CompanyAcquiredByConnectionWhere>;
  /** Return Companies where none of the related CompanyAcquiredByConnections match this filter */
  none?: InputMaybe<CompanyAcquiredByConnectionWhere>;
  /** Return Companies where one of the related CompanyAcquiredByConnections match this filter */
  single?: InputMaybe<CompanyAcquiredByConnectionWhere>;
  /** Return Companies where some of the related CompanyAcquiredByConnections match this filter */
  some?: InputMaybe<CompanyAcquiredByConnectionWhere>;
};

export type CompanyAcquiredByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type CompanyAcquiredByConnectionWhere = {
  AND?: InputMaybe<Array<CompanyAcquiredByConnectionWhere>>;
  NOT?: InputMaybe<CompanyAcquiredByConnectionWhere>;
  OR?: InputMaybe<Array<CompanyAcquiredByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type CompanyAcquiredByRelationship = {
  __typename?: 'CompanyAcquiredByRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type CompanyAcquiresConnection = {
  __typename?: 'CompanyAcquiresConnection';
  edges: Array<CompanyAcquiresRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyAcquiresConnectionFilters = {
  /** Return Companies where all of the related CompanyAcquiresConnections match this filter */
  all?: InputMaybe<CompanyAcquiresConnectionWhere>;
  /** Return Companies where none of the related CompanyAcquiresConnections match this filter */
  none?: InputMaybe<CompanyAcquiresConnectionWhere>;
  /** Return Companies where one of the related CompanyAcquiresConnections match this filter */
  single?: InputMaybe<CompanyAcquiresConnectionWhere>;
  /** Return Companies where some of the related CompanyAcquiresConnections match this filter */
  some?: InputMaybe<CompanyAcquiresConnectionWhere>;
};

export type CompanyAcquiresConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type CompanyAcquiresConnectionWhere = {
  AND?: InputMaybe<Array<CompanyAcquiresConnectionWhere>>;
  NOT?: InputMaybe<CompanyAcquiresConnectionWhere>;
  OR?: InputMaybe<Array<CompanyAcquiresConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type CompanyAcquiresRelationship = {
  __typename?: 'CompanyAcquiresRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type CompanyAggregate = {
  __typename?: 'CompanyAggregate';
  count: Count;
  node: CompanyAggregateNode;
};

export type CompanyAggregateNode = {
  __typename?: 'CompanyAggregateNode';
  asOf: StringAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  sector: StringAggregateSelection;
  ticker: StringAggregateSelection;
};

export type CompanyAvoidanceUrgedByConnection = {
  __typename?: 'CompanyAvoidanceUrgedByConnection';
  edges: Array<CompanyAvoidanceUrgedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyAvoidanceUrgedByConnectionFilters = {
  /** Return Companies where all of the related CompanyAvoidanceUrgedByConnections match this filter */
  all?: InputMaybe<CompanyAvoidanceUrgedByConnectionWhere>;
  /** Return Companies where none of the related CompanyAvoidanceUrgedByConnections match this filter */
  none?: InputMaybe<CompanyAvoidanceUrgedByConnectionWhere>;
  /** Return Companies where one of the related CompanyAvoidanceUrgedByConnections match this filter */
  single?: InputMaybe<CompanyAvoidanceUrgedByConnectionWhere>;
  /** Return Companies where some of the related CompanyAvoidanceUrgedByConnections match this filter */
  some?: InputMaybe<CompanyAvoidanceUrgedByConnectionWhere>;
};

export type CompanyAvoidanceUrgedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type CompanyAvoidanceUrgedByConnectionWhere = {
  AND?: InputMaybe<Array<CompanyAvoidanceUrgedByConnectionWhere>>;
  NOT?: InputMaybe<CompanyAvoidanceUrgedByConnectionWhere>;
  OR?: InputMaybe<Array<CompanyAvoidanceUrgedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type CompanyAvoidanceUrgedByRelationship = {
  __typename?: 'CompanyAvoidanceUrgedByRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

export type CompanyBoughtByConnection = {
  __typename?: 'CompanyBoughtByConnection';
  edges: Array<CompanyBoughtByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyBoughtByConnectionFilters = {
  /** Return Companies where all of the related CompanyBoughtByConnections match this filter */
  all?: InputMaybe<CompanyBoughtByConnectionWhere>;
  /** Return Companies where none of the related CompanyBoughtByConnections match this filter */
  none?: InputMaybe<CompanyBoughtByConnectionWhere>;
  /** Return Companies where one of the related CompanyBoughtByConnections match this filter */
  single?: InputMaybe<CompanyBoughtByConnectionWhere>;
  /** Return Companies where some of the related CompanyBoughtByConnections match this filter */
  some?: InputMaybe<CompanyBoughtByConnectionWhere>;
};

export type CompanyBoughtByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<EntitySort>;
};

export type CompanyBoughtByConnectionWhere = {
  AND?: InputMaybe<Array<CompanyBoughtByConnectionWhere>>;
  NOT?: InputMaybe<CompanyBoughtByConnectionWhere>;
  OR?: InputMaybe<Array<CompanyBoughtByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type CompanyBoughtByRelationship = {
  __typename?: 'CompanyBoughtByRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: Claim;
};

export type CompanyBuysConnection = {
  __typename?: 'CompanyBuysConnection';
  edges: Array<CompanyBuysRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyBuysConnectionFilters = {
  /** Return Companies where all of the related CompanyBuysConnections match this filter */
  all?: InputMaybe<CompanyBuysConnectionWhere>;
  /** Return Companies where none of the related CompanyBuysConnections match this filter */
  none?: InputMaybe<CompanyBuysConnectionWhere>;
  /** Return Companies where one of the related CompanyBuysConnections match this filter */
  single?: InputMaybe<CompanyBuysConnectionWhere>;
  /** Return Companies where some of the related CompanyBuysConnections match this filter */
  some?: InputMaybe<CompanyBuysConnectionWhere>;
};

export type CompanyBuysConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<EntitySort>;
};

export type CompanyBuysConnectionWhere = {
  AND?: InputMaybe<Array<CompanyBuysConnectionWhere>>;
  NOT?: InputMaybe<CompanyBuysConnectionWhere>;
  OR?: InputMaybe<Array<CompanyBuysConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type CompanyBuysFromConnection = {
  __typename?: 'CompanyBuysFromConnection';
  edges: Array<CompanyBuysFromRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyBuysFromConnectionFilters = {
  /** Return Companies where all of the related CompanyBuysFromConnections match this filter */
  all?: InputMaybe<CompanyBuysFromConnectionWhere>;
  /** Return Companies where none of the related CompanyBuysFromConnections match this filter */
  none?: InputMaybe<CompanyBuysFromConnectionWhere>;
  /** Return Companies where one of the related CompanyBuysFromConnections match this filter */
  single?: InputMaybe<CompanyBuysFromConnectionWhere>;
  /** Return Companies where some of the related CompanyBuysFromConnections match this filter */
  some?: InputMaybe<CompanyBuysFromConnectionWhere>;
};

export type CompanyBuysFromConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type CompanyBuysFromConnectionWhere = {
  AND?: InputMaybe<Array<CompanyBuysFromConnectionWhere>>;
  NOT?: InputMaybe<CompanyBuysFromConnectionWhere>;
  OR?: InputMaybe<Array<CompanyBuysFromConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type CompanyBuysFromRelationship = {
  __typename?: 'CompanyBuysFromRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type CompanyBuysRelationship = {
  __typename?: 'CompanyBuysRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: Claim;
};

export type CompanyCompetesWithConnection = {
  __typename?: 'CompanyCompetesWithConnection';
  edges: Array<CompanyCompetesWithRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyCompetesWithConnectionFilters = {
  /** Return Companies where all of the related CompanyCompetesWithConnections match this filter */
  all?: InputMaybe<CompanyCompetesWithConnectionWhere>;
  /** Return Companies where none of the related CompanyCompetesWithConnections match this filter */
  none?: InputMaybe<CompanyCompetesWithConnectionWhere>;
  /** Return Companies where one of the related CompanyCompetesWithConnections match this filter */
  single?: InputMaybe<CompanyCompetesWithConnectionWhere>;
  /** Return Companies where some of the related CompanyCompetesWithConnections match this filter */
  some?: InputMaybe<CompanyCompetesWithConnectionWhere>;
};

export type CompanyCompetesWithConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type CompanyCompetesWithConnectionWhere = {
  AND?: InputMaybe<Array<CompanyCompetesWithConnectionWhere>>;
  NOT?: InputMaybe<CompanyCompetesWithConnectionWhere>;
  OR?: InputMaybe<Array<CompanyCompetesWithConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type CompanyCompetesWithRelationship = {
  __typename?: 'CompanyCompetesWithRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type CompanyDesignsConnection = {
  __typename?: 'CompanyDesignsConnection';
  edges: Array<CompanyDesignsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyDesignsConnectionFilters = {
  /** Return Companies where all of the related CompanyDesignsConnections match this filter */
  all?: InputMaybe<CompanyDesignsConnectionWhere>;
  /** Return Companies where none of the related CompanyDesignsConnections match this filter */
  none?: InputMaybe<CompanyDesignsConnectionWhere>;
  /** Return Companies where one of the related CompanyDesignsConnections match this filter */
  single?: InputMaybe<CompanyDesignsConnectionWhere>;
  /** Return Companies where some of the related CompanyDesignsConnections match this filter */
  some?: InputMaybe<CompanyDesignsConnectionWhere>;
};

export type CompanyDesignsConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<ChipSort>;
};

export type CompanyDesignsConnectionWhere = {
  AND?: InputMaybe<Array<CompanyDesignsConnectionWhere>>;
  NOT?: InputMaybe<CompanyDesignsConnectionWhere>;
  OR?: InputMaybe<Array<CompanyDesignsConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<ChipWhere>;
};

export type CompanyDesignsRelationship = {
  __typename?: 'CompanyDesignsRelationship';
  cursor: Scalars['String']['output'];
  node: Chip;
  properties: Claim;
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

export type CompanyFabricatesConnection = {
  __typename?: 'CompanyFabricatesConnection';
  edges: Array<CompanyFabricatesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyFabricatesConnectionFilters = {
  /** Return Companies where all of the related CompanyFabricatesConnections match this filter */
  all?: InputMaybe<CompanyFabricatesConnectionWhere>;
  /** Return Companies where none of the related CompanyFabricatesConnections match this filter */
  none?: InputMaybe<CompanyFabricatesConnectionWhere>;
  /** Return Companies where one of the related CompanyFabricatesConnections match this filter */
  single?: InputMaybe<CompanyFabricatesConnectionWhere>;
  /** Return Companies where some of the related CompanyFabricatesConnections match this filter */
  some?: InputMaybe<CompanyFabricatesConnectionWhere>;
};

export type CompanyFabricatesConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<ChipSort>;
};

export type CompanyFabricatesConnectionWhere = {
  AND?: InputMaybe<Array<CompanyFabricatesConnectionWhere>>;
  NOT?: InputMaybe<CompanyFabricatesConnectionWhere>;
  OR?: InputMaybe<Array<CompanyFabricatesConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<ChipWhere>;
};

export type CompanyFabricatesRelationship = {
  __typename?: 'CompanyFabricatesRelationship';
  cursor: Scalars['String']['output'];
  node: Chip;
  properties: Claim;
};

export type CompanyHeadquarteredInConnection = {
  __typename?: 'CompanyHeadquarteredInConnection';
  edges: Array<CompanyHeadquarteredInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyHeadquarteredInConnectionFilters = {
  /** Return Companies where all of the related CompanyHeadquarteredInConnections match this filter */
  all?: InputMaybe<CompanyHeadquarteredInConnectionWhere>;
  /** Return Companies where none of the related CompanyHeadquarteredInConnections match this filter */
  none?: InputMaybe<CompanyHeadquarteredInConnectionWhere>;
  /** Return Companies where one of the related CompanyHeadquarteredInConnections match this filter */
  single?: InputMaybe<CompanyHeadquarteredInConnectionWhere>;
  /** Return Companies where some of the related CompanyHeadquarteredInConnections match this filter */
  some?: InputMaybe<CompanyHeadquarteredInConnectionWhere>;
};

export type CompanyHeadquarteredInConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type CompanyHeadquarteredInConnectionWhere = {
  AND?: InputMaybe<Array<CompanyHeadquarteredInConnectionWhere>>;
  NOT?: InputMaybe<CompanyHeadquarteredInConnectionWhere>;
  OR?: InputMaybe<Array<CompanyHeadquarteredInConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type CompanyHeadquarteredInRelationship = {
  __typename?: 'CompanyHeadquarteredInRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

export type CompanyInvestigatedByConnection = {
  __typename?: 'CompanyInvestigatedByConnection';
  edges: Array<CompanyInvestigatedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyInvestigatedByConnectionFilters = {
  /** Return Companies where all of the related CompanyInvestigatedByConnections match this filter */
  all?: InputMaybe<CompanyInvestigatedByConnectionWhere>;
  /** Return Companies where none of the related CompanyInvestigatedByConnections match this filter */
  none?: InputMaybe<CompanyInvestigatedByConnectionWhere>;
  /** Return Companies where one of the related CompanyInvestigatedByConnections match this filter */
  single?: InputMaybe<CompanyInvestigatedByConnectionWhere>;
  /** Return Companies where some of the related CompanyInvestigatedByConnections match this filter */
  some?: InputMaybe<CompanyInvestigatedByConnectionWhere>;
};

export type CompanyInvestigatedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type CompanyInvestigatedByConnectionWhere = {
  AND?: InputMaybe<Array<CompanyInvestigatedByConnectionWhere>>;
  NOT?: InputMaybe<CompanyInvestigatedByConnectionWhere>;
  OR?: InputMaybe<Array<CompanyInvestigatedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type CompanyInvestigatedByRelationship = {
  __typename?: 'CompanyInvestigatedByRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

export type CompanyLedByConnection = {
  __typename?: 'CompanyLedByConnection';
  edges: Array<CompanyLedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyLedByConnectionFilters = {
  /** Return Companies where all of the related CompanyLedByConnections match this filter */
  all?: InputMaybe<CompanyLedByConnectionWhere>;
  /** Return Companies where none of the related CompanyLedByConnections match this filter */
  none?: InputMaybe<CompanyLedByConnectionWhere>;
  /** Return Companies where one of the related CompanyLedByConnections match this filter */
  single?: InputMaybe<CompanyLedByConnectionWhere>;
  /** Return Companies where some of the related CompanyLedByConnections match this filter */
  some?: InputMaybe<CompanyLedByConnectionWhere>;
};

export type CompanyLedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<PersonSort>;
};

export type CompanyLedByConnectionWhere = {
  AND?: InputMaybe<Array<CompanyLedByConnectionWhere>>;
  NOT?: InputMaybe<CompanyLedByConnectionWhere>;
  OR?: InputMaybe<Array<CompanyLedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type CompanyLedByRelationship = {
  __typename?: 'CompanyLedByRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: Claim;
};

export type CompanyMakesConnection = {
  __typename?: 'CompanyMakesConnection';
  edges: Array<CompanyMakesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyMakesConnectionFilters = {
  /** Return Companies where all of the related CompanyMakesConnections match this filter */
  all?: InputMaybe<CompanyMakesConnectionWhere>;
  /** Return Companies where none of the related CompanyMakesConnections match this filter */
  none?: InputMaybe<CompanyMakesConnectionWhere>;
  /** Return Companies where one of the related CompanyMakesConnections match this filter */
  single?: InputMaybe<CompanyMakesConnectionWhere>;
  /** Return Companies where some of the related CompanyMakesConnections match this filter */
  some?: InputMaybe<CompanyMakesConnectionWhere>;
};

export type CompanyMakesConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<ChipSort>;
};

export type CompanyMakesConnectionWhere = {
  AND?: InputMaybe<Array<CompanyMakesConnectionWhere>>;
  NOT?: InputMaybe<CompanyMakesConnectionWhere>;
  OR?: InputMaybe<Array<CompanyMakesConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<ChipWhere>;
};

export type CompanyMakesRelationship = {
  __typename?: 'CompanyMakesRelationship';
  cursor: Scalars['String']['output'];
  node: Chip;
  properties: Claim;
};

export type CompanyMentionedInConnection = {
  __typename?: 'CompanyMentionedInConnection';
  edges: Array<CompanyMentionedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyMentionedInConnectionFilters = {
  /** Return Companies where all of the related CompanyMentionedInConnections match this filter */
  all?: InputMaybe<CompanyMentionedInConnectionWhere>;
  /** Return Companies where none of the related CompanyMentionedInConnections match this filter */
  none?: InputMaybe<CompanyMentionedInConnectionWhere>;
  /** Return Companies where one of the related CompanyMentionedInConnections match this filter */
  single?: InputMaybe<CompanyMentionedInConnectionWhere>;
  /** Return Companies where some of the related CompanyMentionedInConnections match this filter */
  some?: InputMaybe<CompanyMentionedInConnectionWhere>;
};

export type CompanyMentionedInConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<ArticleSort>;
};

export type CompanyMentionedInConnectionWhere = {
  AND?: InputMaybe<Array<CompanyMentionedInConnectionWhere>>;
  NOT?: InputMaybe<CompanyMentionedInConnectionWhere>;
  OR?: InputMaybe<Array<CompanyMentionedInConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<ArticleWhere>;
};

export type CompanyMentionedInRelationship = {
  __typename?: 'CompanyMentionedInRelationship';
  cursor: Scalars['String']['output'];
  node: Article;
  properties: Mention;
};

export type CompanyPaysConnection = {
  __typename?: 'CompanyPaysConnection';
  edges: Array<CompanyPaysRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyPaysConnectionFilters = {
  /** Return Companies where all of the related CompanyPaysConnections match this filter */
  all?: InputMaybe<CompanyPaysConnectionWhere>;
  /** Return Companies where none of the related CompanyPaysConnections match this filter */
  none?: InputMaybe<CompanyPaysConnectionWhere>;
  /** Return Companies where one of the related CompanyPaysConnections match this filter */
  single?: InputMaybe<CompanyPaysConnectionWhere>;
  /** Return Companies where some of the related CompanyPaysConnections match this filter */
  some?: InputMaybe<CompanyPaysConnectionWhere>;
};

export type CompanyPaysConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type CompanyPaysConnectionWhere = {
  AND?: InputMaybe<Array<CompanyPaysConnectionWhere>>;
  NOT?: InputMaybe<CompanyPaysConnectionWhere>;
  OR?: InputMaybe<Array<CompanyPaysConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type CompanyPaysRelationship = {
  __typename?: 'CompanyPaysRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

export type CompanyRelationshipFilters = {
  /** Filter type where all of the related Companies match this filter */
  all?: InputMaybe<CompanyWhere>;
  /** Filter type where none of the related Companies match this filter */
  none?: InputMaybe<CompanyWhere>;
  /** Filter type where one of the related Companies match this filter */
  single?: InputMaybe<CompanyWhere>;
  /** Filter type where some of the related Companies match this filter */
  some?: InputMaybe<CompanyWhere>;
};

export type CompanySellsToConnection = {
  __typename?: 'CompanySellsToConnection';
  edges: Array<CompanySellsToRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanySellsToConnectionFilters = {
  /** Return Companies where all of the related CompanySellsToConnections match this filter */
  all?: InputMaybe<CompanySellsToConnectionWhere>;
  /** Return Companies where none of the related CompanySellsToConnections match this filter */
  none?: InputMaybe<CompanySellsToConnectionWhere>;
  /** Return Companies where one of the related CompanySellsToConnections match this filter */
  single?: InputMaybe<CompanySellsToConnectionWhere>;
  /** Return Companies where some of the related CompanySellsToConnections match this filter */
  some?: InputMaybe<CompanySellsToConnectionWhere>;
};

export type CompanySellsToConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<EntitySort>;
};

export type CompanySellsToConnectionWhere = {
  AND?: InputMaybe<Array<CompanySellsToConnectionWhere>>;
  NOT?: InputMaybe<CompanySellsToConnectionWhere>;
  OR?: InputMaybe<Array<CompanySellsToConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type CompanySellsToRelationship = {
  __typename?: 'CompanySellsToRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: Claim;
};

/** Fields to sort Companies by. The order in which sorts are applied is not guaranteed when specifying many fields in one CompanySort object. */
export type CompanySort = {
  asOf?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  sector?: InputMaybe<SortDirection>;
  ticker?: InputMaybe<SortDirection>;
};

export type CompanySuppliedByConnection = {
  __typename?: 'CompanySuppliedByConnection';
  edges: Array<CompanySuppliedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanySuppliedByConnectionFilters = {
  /** Return Companies where all of the related CompanySuppliedByConnections match this filter */
  all?: InputMaybe<CompanySuppliedByConnectionWhere>;
  /** Return Companies where none of the related CompanySuppliedByConnections match this filter */
  none?: InputMaybe<CompanySuppliedByConnectionWhere>;
  /** Return Companies where one of the related CompanySuppliedByConnections match this filter */
  single?: InputMaybe<CompanySuppliedByConnectionWhere>;
  /** Return Companies where some of the related CompanySuppliedByConnections match this filter */
  some?: InputMaybe<CompanySuppliedByConnectionWhere>;
};

export type CompanySuppliedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type CompanySuppliedByConnectionWhere = {
  AND?: InputMaybe<Array<CompanySuppliedByConnectionWhere>>;
  NOT?: InputMaybe<CompanySuppliedByConnectionWhere>;
  OR?: InputMaybe<Array<CompanySuppliedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type CompanySuppliedByRelationship = {
  __typename?: 'CompanySuppliedByRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type CompanySuppliesConnection = {
  __typename?: 'CompanySuppliesConnection';
  edges: Array<CompanySuppliesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanySuppliesConnectionFilters = {
  /** Return Companies where all of the related CompanySuppliesConnections match this filter */
  all?: InputMaybe<CompanySuppliesConnectionWhere>;
  /** Return Companies where none of the related CompanySuppliesConnections match this filter */
  none?: InputMaybe<CompanySuppliesConnectionWhere>;
  /** Return Companies where one of the related CompanySuppliesConnections match this filter */
  single?: InputMaybe<CompanySuppliesConnectionWhere>;
  /** Return Companies where some of the related CompanySuppliesConnections match this filter */
  some?: InputMaybe<CompanySuppliesConnectionWhere>;
};

export type CompanySuppliesConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type CompanySuppliesConnectionWhere = {
  AND?: InputMaybe<Array<CompanySuppliesConnectionWhere>>;
  NOT?: InputMaybe<CompanySuppliesConnectionWhere>;
  OR?: InputMaybe<Array<CompanySuppliesConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type CompanySuppliesRelationship = {
  __typename?: 'CompanySuppliesRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type CompanyTargetedByConnection = {
  __typename?: 'CompanyTargetedByConnection';
  edges: Array<CompanyTargetedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyTargetedByConnectionFilters = {
  /** Return Companies where all of the related CompanyTargetedByConnections match this filter */
  all?: InputMaybe<CompanyTargetedByConnectionWhere>;
  /** Return Companies where none of the related CompanyTargetedByConnections match this filter */
  none?: InputMaybe<CompanyTargetedByConnectionWhere>;
  /** Return Companies where one of the related CompanyTargetedByConnections match this filter */
  single?: InputMaybe<CompanyTargetedByConnectionWhere>;
  /** Return Companies where some of the related CompanyTargetedByConnections match this filter */
  some?: InputMaybe<CompanyTargetedByConnectionWhere>;
};

export type CompanyTargetedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<PolicySort>;
};

export type CompanyTargetedByConnectionWhere = {
  AND?: InputMaybe<Array<CompanyTargetedByConnectionWhere>>;
  NOT?: InputMaybe<CompanyTargetedByConnectionWhere>;
  OR?: InputMaybe<Array<CompanyTargetedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<PolicyWhere>;
};

export type CompanyTargetedByRelationship = {
  __typename?: 'CompanyTargetedByRelationship';
  cursor: Scalars['String']['output'];
  node: Policy;
  properties: Claim;
};

export type CompanyWhere = {
  AND?: InputMaybe<Array<CompanyWhere>>;
  NOT?: InputMaybe<CompanyWhere>;
  OR?: InputMaybe<Array<CompanyWhere>>;
  acquiredBy?: InputMaybe<CompanyRelationshipFilters>;
  acquiredByConnection?: InputMaybe<CompanyAcquiredByConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyAcquiredByConnections match this filter
   * @deprecated Please use the relevant generic filter 'acquiredByConnection: { all: { node: ... } } }' instead.
   */
  acquiredByConnection_ALL?: InputMaybe<CompanyAcquiredByConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyAcquiredByConnections match this filter
   * @deprecated Please use the relevant generic filter 'acquiredByConnection: { none: { node: ... } } }' instead.
   */
  acquiredByConnection_NONE?: InputMaybe<CompanyAcquiredByConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyAcquiredByConnections match this filter
   * @deprecated Please use the relevant generic filter 'acquiredByConnection: { single: { node: ... } } }' instead.
   */
  acquiredByConnection_SINGLE?: InputMaybe<CompanyAcquiredByConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyAcquiredByConnections match this filter
   * @deprecated Please use the relevant generic filter 'acquiredByConnection: { some: { node: ... } } }' instead.
   */
  acquiredByConnection_SOME?: InputMaybe<CompanyAcquiredByConnectionWhere>;
  /**
   * Return Companies where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'acquiredBy: { all: ... }' instead.
   */
  acquiredBy_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'acquiredBy: { none: ... }' instead.
   */
  acquiredBy_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'acquiredBy: {  single: ... }' instead.
   */
  acquiredBy_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'acquiredBy: {  some: ... }' instead.
   */
  acquiredBy_SOME?: InputMaybe<CompanyWhere>;
  acquires?: InputMaybe<CompanyRelationshipFilters>;
  acquiresConnection?: InputMaybe<CompanyAcquiresConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyAcquiresConnections match this filter
   * @deprecated Please use the relevant generic filter 'acquiresConnection: { all: { node: ... } } }' instead.
   */
  acquiresConnection_ALL?: InputMaybe<CompanyAcquiresConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyAcquiresConnections match this filter
   * @deprecated Please use the relevant generic filter 'acquiresConnection: { none: { node: ... } } }' instead.
   */
  acquiresConnection_NONE?: InputMaybe<CompanyAcquiresConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyAcquiresConnections match this filter
   * @deprecated Please use the relevant generic filter 'acquiresConnection: { single: { node: ... } } }' instead.
   */
  acquiresConnection_SINGLE?: InputMaybe<CompanyAcquiresConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyAcquiresConnections match this filter
   * @deprecated Please use the relevant generic filter 'acquiresConnection: { some: { node: ... } } }' instead.
   */
  acquiresConnection_SOME?: InputMaybe<CompanyAcquiresConnectionWhere>;
  /**
   * Return Companies where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'acquires: { all: ... }' instead.
   */
  acquires_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'acquires: { none: ... }' instead.
   */
  acquires_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'acquires: {  single: ... }' instead.
   */
  acquires_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'acquires: {  some: ... }' instead.
   */
  acquires_SOME?: InputMaybe<CompanyWhere>;
  aliases?: InputMaybe<StringListFilters>;
  aliasesEn?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { eq: ... } */
  aliasesEn_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { includes: ... } */
  aliasesEn_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  aliasesFr?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { eq: ... } */
  aliasesFr_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { includes: ... } */
  aliasesFr_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter aliases: { eq: ... } */
  aliases_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliases: { includes: ... } */
  aliases_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter asOf: { contains: ... } */
  asOf_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { endsWith: ... } */
  asOf_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { eq: ... } */
  asOf_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gt: ... } */
  asOf_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gte: ... } */
  asOf_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { in: ... } */
  asOf_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter asOf: { lt: ... } */
  asOf_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { lte: ... } */
  asOf_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { startsWith: ... } */
  asOf_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  avoidanceUrgedBy?: InputMaybe<GovernmentRelationshipFilters>;
  avoidanceUrgedByConnection?: InputMaybe<CompanyAvoidanceUrgedByConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyAvoidanceUrgedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedByConnection: { all: { node: ... } } }' instead.
   */
  avoidanceUrgedByConnection_ALL?: InputMaybe<CompanyAvoidanceUrgedByConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyAvoidanceUrgedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedByConnection: { none: { node: ... } } }' instead.
   */
  avoidanceUrgedByConnection_NONE?: InputMaybe<CompanyAvoidanceUrgedByConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyAvoidanceUrgedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedByConnection: { single: { node: ... } } }' instead.
   */
  avoidanceUrgedByConnection_SINGLE?: InputMaybe<CompanyAvoidanceUrgedByConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyAvoidanceUrgedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedByConnection: { some: { node: ... } } }' instead.
   */
  avoidanceUrgedByConnection_SOME?: InputMaybe<CompanyAvoidanceUrgedByConnectionWhere>;
  /**
   * Return Companies where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedBy: { all: ... }' instead.
   */
  avoidanceUrgedBy_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedBy: { none: ... }' instead.
   */
  avoidanceUrgedBy_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedBy: {  single: ... }' instead.
   */
  avoidanceUrgedBy_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'avoidanceUrgedBy: {  some: ... }' instead.
   */
  avoidanceUrgedBy_SOME?: InputMaybe<GovernmentWhere>;
  boughtBy?: InputMaybe<EntityRelationshipFilters>;
  boughtByConnection?: InputMaybe<CompanyBoughtByConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyBoughtByConnections match this filter
   * @deprecated Please use the relevant generic filter 'boughtByConnection: { all: { node: ... } } }' instead.
   */
  boughtByConnection_ALL?: InputMaybe<CompanyBoughtByConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyBoughtByConnections match this filter
   * @deprecated Please use the relevant generic filter 'boughtByConnection: { none: { node: ... } } }' instead.
   */
  boughtByConnection_NONE?: InputMaybe<CompanyBoughtByConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyBoughtByConnections match this filter
   * @deprecated Please use the relevant generic filter 'boughtByConnection: { single: { node: ... } } }' instead.
   */
  boughtByConnection_SINGLE?: InputMaybe<CompanyBoughtByConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyBoughtByConnections match this filter
   * @deprecated Please use the relevant generic filter 'boughtByConnection: { some: { node: ... } } }' instead.
   */
  boughtByConnection_SOME?: InputMaybe<CompanyBoughtByConnectionWhere>;
  /**
   * Return Companies where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'boughtBy: { all: ... }' instead.
   */
  boughtBy_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Companies where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'boughtBy: { none: ... }' instead.
   */
  boughtBy_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Companies where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'boughtBy: {  single: ... }' instead.
   */
  boughtBy_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Companies where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'boughtBy: {  some: ... }' instead.
   */
  boughtBy_SOME?: InputMaybe<EntityWhere>;
  buys?: InputMaybe<EntityRelationshipFilters>;
  buysConnection?: InputMaybe<CompanyBuysConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyBuysConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysConnection: { all: { node: ... } } }' instead.
   */
  buysConnection_ALL?: InputMaybe<CompanyBuysConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyBuysConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysConnection: { none: { node: ... } } }' instead.
   */
  buysConnection_NONE?: InputMaybe<CompanyBuysConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyBuysConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysConnection: { single: { node: ... } } }' instead.
   */
  buysConnection_SINGLE?: InputMaybe<CompanyBuysConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyBuysConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysConnection: { some: { node: ... } } }' instead.
   */
  buysConnection_SOME?: InputMaybe<CompanyBuysConnectionWhere>;
  buysFrom?: InputMaybe<CompanyRelationshipFilters>;
  buysFromConnection?: InputMaybe<CompanyBuysFromConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyBuysFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysFromConnection: { all: { node: ... } } }' instead.
   */
  buysFromConnection_ALL?: InputMaybe<CompanyBuysFromConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyBuysFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysFromConnection: { none: { node: ... } } }' instead.
   */
  buysFromConnection_NONE?: InputMaybe<CompanyBuysFromConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyBuysFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysFromConnection: { single: { node: ... } } }' instead.
   */
  buysFromConnection_SINGLE?: InputMaybe<CompanyBuysFromConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyBuysFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysFromConnection: { some: { node: ... } } }' instead.
   */
  buysFromConnection_SOME?: InputMaybe<CompanyBuysFromConnectionWhere>;
  /**
   * Return Companies where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'buysFrom: { all: ... }' instead.
   */
  buysFrom_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'buysFrom: { none: ... }' instead.
   */
  buysFrom_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'buysFrom: {  single: ... }' instead.
   */
  buysFrom_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'buysFrom: {  some: ... }' instead.
   */
  buysFrom_SOME?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'buys: { all: ... }' instead.
   */
  buys_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Companies where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'buys: { none: ... }' instead.
   */
  buys_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Companies where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'buys: {  single: ... }' instead.
   */
  buys_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Companies where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'buys: {  some: ... }' instead.
   */
  buys_SOME?: InputMaybe<EntityWhere>;
  competesWith?: InputMaybe<CompanyRelationshipFilters>;
  competesWithConnection?: InputMaybe<CompanyCompetesWithConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyCompetesWithConnections match this filter
   * @deprecated Please use the relevant generic filter 'competesWithConnection: { all: { node: ... } } }' instead.
   */
  competesWithConnection_ALL?: InputMaybe<CompanyCompetesWithConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyCompetesWithConnections match this filter
   * @deprecated Please use the relevant generic filter 'competesWithConnection: { none: { node: ... } } }' instead.
   */
  competesWithConnection_NONE?: InputMaybe<CompanyCompetesWithConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyCompetesWithConnections match this filter
   * @deprecated Please use the relevant generic filter 'competesWithConnection: { single: { node: ... } } }' instead.
   */
  competesWithConnection_SINGLE?: InputMaybe<CompanyCompetesWithConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyCompetesWithConnections match this filter
   * @deprecated Please use the relevant generic filter 'competesWithConnection: { some: { node: ... } } }' instead.
   */
  competesWithConnection_SOME?: InputMaybe<CompanyCompetesWithConnectionWhere>;
  /**
   * Return Companies where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'competesWith: { all: ... }' instead.
   */
  competesWith_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'competesWith: { none: ... }' instead.
   */
  competesWith_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'competesWith: {  single: ... }' instead.
   */
  competesWith_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'competesWith: {  some: ... }' instead.
   */
  competesWith_SOME?: InputMaybe<CompanyWhere>;
  description?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter description: { contains: ... } */
  description_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { endsWith: ... } */
  description_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { eq: ... } */
  description_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gt: ... } */
  description_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gte: ... } */
  description_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { in: ... } */
  description_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter description: { lt: ... } */
  description_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { lte: ... } */
  description_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { startsWith: ... } */
  description_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  designs?: InputMaybe<ChipRelationshipFilters>;
  designsConnection?: InputMaybe<CompanyDesignsConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyDesignsConnections match this filter
   * @deprecated Please use the relevant generic filter 'designsConnection: { all: { node: ... } } }' instead.
   */
  designsConnection_ALL?: InputMaybe<CompanyDesignsConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyDesignsConnections match this filter
   * @deprecated Please use the relevant generic filter 'designsConnection: { none: { node: ... } } }' instead.
   */
  designsConnection_NONE?: InputMaybe<CompanyDesignsConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyDesignsConnections match this filter
   * @deprecated Please use the relevant generic filter 'designsConnection: { single: { node: ... } } }' instead.
   */
  designsConnection_SINGLE?: InputMaybe<CompanyDesignsConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyDesignsConnections match this filter
   * @deprecated Please use the relevant generic filter 'designsConnection: { some: { node: ... } } }' instead.
   */
  designsConnection_SOME?: InputMaybe<CompanyDesignsConnectionWhere>;
  /**
   * Return Companies where all of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'designs: { all: ... }' instead.
   */
  designs_ALL?: InputMaybe<ChipWhere>;
  /**
   * Return Companies where none of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'designs: { none: ... }' instead.
   */
  designs_NONE?: InputMaybe<ChipWhere>;
  /**
   * Return Companies where one of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'designs: {  single: ... }' instead.
   */
  designs_SINGLE?: InputMaybe<ChipWhere>;
  /**
   * Return Companies where some of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'designs: {  some: ... }' instead.
   */
  designs_SOME?: InputMaybe<ChipWhere>;
  fabricates?: InputMaybe<ChipRelationshipFilters>;
  fabricatesConnection?: InputMaybe<CompanyFabricatesConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyFabricatesConnections match this filter
   * @deprecated Please use the relevant generic filter 'fabricatesConnection: { all: { node: ... } } }' instead.
   */
  fabricatesConnection_ALL?: InputMaybe<CompanyFabricatesConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyFabricatesConnections match this filter
   * @deprecated Please use the relevant generic filter 'fabricatesConnection: { none: { node: ... } } }' instead.
   */
  fabricatesConnection_NONE?: InputMaybe<CompanyFabricatesConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyFabricatesConnections match this filter
   * @deprecated Please use the relevant generic filter 'fabricatesConnection: { single: { node: ... } } }' instead.
   */
  fabricatesConnection_SINGLE?: InputMaybe<CompanyFabricatesConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyFabricatesConnections match this filter
   * @deprecated Please use the relevant generic filter 'fabricatesConnection: { some: { node: ... } } }' instead.
   */
  fabricatesConnection_SOME?: InputMaybe<CompanyFabricatesConnectionWhere>;
  /**
   * Return Companies where all of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'fabricates: { all: ... }' instead.
   */
  fabricates_ALL?: InputMaybe<ChipWhere>;
  /**
   * Return Companies where none of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'fabricates: { none: ... }' instead.
   */
  fabricates_NONE?: InputMaybe<ChipWhere>;
  /**
   * Return Companies where one of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'fabricates: {  single: ... }' instead.
   */
  fabricates_SINGLE?: InputMaybe<ChipWhere>;
  /**
   * Return Companies where some of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'fabricates: {  some: ... }' instead.
   */
  fabricates_SOME?: InputMaybe<ChipWhere>;
  headquarteredIn?: InputMaybe<GovernmentRelationshipFilters>;
  headquarteredInConnection?: InputMaybe<CompanyHeadquarteredInConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyHeadquarteredInConnections match this filter
   * @deprecated Please use the relevant generic filter 'headquarteredInConnection: { all: { node: ... } } }' instead.
   */
  headquarteredInConnection_ALL?: InputMaybe<CompanyHeadquarteredInConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyHeadquarteredInConnections match this filter
   * @deprecated Please use the relevant generic filter 'headquarteredInConnection: { none: { node: ... } } }' instead.
   */
  headquarteredInConnection_NONE?: InputMaybe<CompanyHeadquarteredInConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyHeadquarteredInConnections match this filter
   * @deprecated Please use the relevant generic filter 'headquarteredInConnection: { single: { node: ... } } }' instead.
   */
  headquarteredInConnection_SINGLE?: InputMaybe<CompanyHeadquarteredInConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyHeadquarteredInConnections match this filter
   * @deprecated Please use the relevant generic filter 'headquarteredInConnection: { some: { node: ... } } }' instead.
   */
  headquarteredInConnection_SOME?: InputMaybe<CompanyHeadquarteredInConnectionWhere>;
  /**
   * Return Companies where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'headquarteredIn: { all: ... }' instead.
   */
  headquarteredIn_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'headquarteredIn: { none: ... }' instead.
   */
  headquarteredIn_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'headquarteredIn: {  single: ... }' instead.
   */
  headquarteredIn_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'headquarteredIn: {  some: ... }' instead.
   */
  headquarteredIn_SOME?: InputMaybe<GovernmentWhere>;
  id?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  investigatedBy?: InputMaybe<GovernmentRelationshipFilters>;
  investigatedByConnection?: InputMaybe<CompanyInvestigatedByConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyInvestigatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatedByConnection: { all: { node: ... } } }' instead.
   */
  investigatedByConnection_ALL?: InputMaybe<CompanyInvestigatedByConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyInvestigatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatedByConnection: { none: { node: ... } } }' instead.
   */
  investigatedByConnection_NONE?: InputMaybe<CompanyInvestigatedByConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyInvestigatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatedByConnection: { single: { node: ... } } }' instead.
   */
  investigatedByConnection_SINGLE?: InputMaybe<CompanyInvestigatedByConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyInvestigatedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatedByConnection: { some: { node: ... } } }' instead.
   */
  investigatedByConnection_SOME?: InputMaybe<CompanyInvestigatedByConnectionWhere>;
  /**
   * Return Companies where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'investigatedBy: { all: ... }' instead.
   */
  investigatedBy_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'investigatedBy: { none: ... }' instead.
   */
  investigatedBy_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'investigatedBy: {  single: ... }' instead.
   */
  investigatedBy_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'investigatedBy: {  some: ... }' instead.
   */
  investigatedBy_SOME?: InputMaybe<GovernmentWhere>;
  ledBy?: InputMaybe<PersonRelationshipFilters>;
  ledByConnection?: InputMaybe<CompanyLedByConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyLedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'ledByConnection: { all: { node: ... } } }' instead.
   */
  ledByConnection_ALL?: InputMaybe<CompanyLedByConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyLedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'ledByConnection: { none: { node: ... } } }' instead.
   */
  ledByConnection_NONE?: InputMaybe<CompanyLedByConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyLedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'ledByConnection: { single: { node: ... } } }' instead.
   */
  ledByConnection_SINGLE?: InputMaybe<CompanyLedByConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyLedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'ledByConnection: { some: { node: ... } } }' instead.
   */
  ledByConnection_SOME?: InputMaybe<CompanyLedByConnectionWhere>;
  /**
   * Return Companies where all of the related People match this filter
   * @deprecated Please use the relevant generic filter 'ledBy: { all: ... }' instead.
   */
  ledBy_ALL?: InputMaybe<PersonWhere>;
  /**
   * Return Companies where none of the related People match this filter
   * @deprecated Please use the relevant generic filter 'ledBy: { none: ... }' instead.
   */
  ledBy_NONE?: InputMaybe<PersonWhere>;
  /**
   * Return Companies where one of the related People match this filter
   * @deprecated Please use the relevant generic filter 'ledBy: {  single: ... }' instead.
   */
  ledBy_SINGLE?: InputMaybe<PersonWhere>;
  /**
   * Return Companies where some of the related People match this filter
   * @deprecated Please use the relevant generic filter 'ledBy: {  some: ... }' instead.
   */
  ledBy_SOME?: InputMaybe<PersonWhere>;
  makes?: InputMaybe<ChipRelationshipFilters>;
  makesConnection?: InputMaybe<CompanyMakesConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyMakesConnections match this filter
   * @deprecated Please use the relevant generic filter 'makesConnection: { all: { node: ... } } }' instead.
   */
  makesConnection_ALL?: InputMaybe<CompanyMakesConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyMakesConnections match this filter
   * @deprecated Please use the relevant generic filter 'makesConnection: { none: { node: ... } } }' instead.
   */
  makesConnection_NONE?: InputMaybe<CompanyMakesConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyMakesConnections match this filter
   * @deprecated Please use the relevant generic filter 'makesConnection: { single: { node: ... } } }' instead.
   */
  makesConnection_SINGLE?: InputMaybe<CompanyMakesConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyMakesConnections match this filter
   * @deprecated Please use the relevant generic filter 'makesConnection: { some: { node: ... } } }' instead.
   */
  makesConnection_SOME?: InputMaybe<CompanyMakesConnectionWhere>;
  /**
   * Return Companies where all of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'makes: { all: ... }' instead.
   */
  makes_ALL?: InputMaybe<ChipWhere>;
  /**
   * Return Companies where none of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'makes: { none: ... }' instead.
   */
  makes_NONE?: InputMaybe<ChipWhere>;
  /**
   * Return Companies where one of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'makes: {  single: ... }' instead.
   */
  makes_SINGLE?: InputMaybe<ChipWhere>;
  /**
   * Return Companies where some of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'makes: {  some: ... }' instead.
   */
  makes_SOME?: InputMaybe<ChipWhere>;
  mentionedIn?: InputMaybe<ArticleRelationshipFilters>;
  mentionedInConnection?: InputMaybe<CompanyMentionedInConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { all: { node: ... } } }' instead.
   */
  mentionedInConnection_ALL?: InputMaybe<CompanyMentionedInConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { none: { node: ... } } }' instead.
   */
  mentionedInConnection_NONE?: InputMaybe<CompanyMentionedInConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { single: { node: ... } } }' instead.
   */
  mentionedInConnection_SINGLE?: InputMaybe<CompanyMentionedInConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { some: { node: ... } } }' instead.
   */
  mentionedInConnection_SOME?: InputMaybe<CompanyMentionedInConnectionWhere>;
  /**
   * Return Companies where all of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: { all: ... }' instead.
   */
  mentionedIn_ALL?: InputMaybe<ArticleWhere>;
  /**
   * Return Companies where none of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: { none: ... }' instead.
   */
  mentionedIn_NONE?: InputMaybe<ArticleWhere>;
  /**
   * Return Companies where one of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: {  single: ... }' instead.
   */
  mentionedIn_SINGLE?: InputMaybe<ArticleWhere>;
  /**
   * Return Companies where some of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: {  some: ... }' instead.
   */
  mentionedIn_SOME?: InputMaybe<ArticleWhere>;
  name?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gt: ... } */
  name_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gte: ... } */
  name_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter name: { lt: ... } */
  name_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { lte: ... } */
  name_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  pays?: InputMaybe<GovernmentRelationshipFilters>;
  paysConnection?: InputMaybe<CompanyPaysConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyPaysConnections match this filter
   * @deprecated Please use the relevant generic filter 'paysConnection: { all: { node: ... } } }' instead.
   */
  paysConnection_ALL?: InputMaybe<CompanyPaysConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyPaysConnections match this filter
   * @deprecated Please use the relevant generic filter 'paysConnection: { none: { node: ... } } }' instead.
   */
  paysConnection_NONE?: InputMaybe<CompanyPaysConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyPaysConnections match this filter
   * @deprecated Please use the relevant generic filter 'paysConnection: { single: { node: ... } } }' instead.
   */
  paysConnection_SINGLE?: InputMaybe<CompanyPaysConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyPaysConnections match this filter
   * @deprecated Please use the relevant generic filter 'paysConnection: { some: { node: ... } } }' instead.
   */
  paysConnection_SOME?: InputMaybe<CompanyPaysConnectionWhere>;
  /**
   * Return Companies where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'pays: { all: ... }' instead.
   */
  pays_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'pays: { none: ... }' instead.
   */
  pays_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'pays: {  single: ... }' instead.
   */
  pays_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Companies where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'pays: {  some: ... }' instead.
   */
  pays_SOME?: InputMaybe<GovernmentWhere>;
  sector?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter sector: { contains: ... } */
  sector_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sector: { endsWith: ... } */
  sector_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sector: { eq: ... } */
  sector_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sector: { gt: ... } */
  sector_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sector: { gte: ... } */
  sector_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sector: { in: ... } */
  sector_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter sector: { lt: ... } */
  sector_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sector: { lte: ... } */
  sector_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sector: { startsWith: ... } */
  sector_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sellsTo?: InputMaybe<EntityRelationshipFilters>;
  sellsToConnection?: InputMaybe<CompanySellsToConnectionFilters>;
  /**
   * Return Companies where all of the related CompanySellsToConnections match this filter
   * @deprecated Please use the relevant generic filter 'sellsToConnection: { all: { node: ... } } }' instead.
   */
  sellsToConnection_ALL?: InputMaybe<CompanySellsToConnectionWhere>;
  /**
   * Return Companies where none of the related CompanySellsToConnections match this filter
   * @deprecated Please use the relevant generic filter 'sellsToConnection: { none: { node: ... } } }' instead.
   */
  sellsToConnection_NONE?: InputMaybe<CompanySellsToConnectionWhere>;
  /**
   * Return Companies where one of the related CompanySellsToConnections match this filter
   * @deprecated Please use the relevant generic filter 'sellsToConnection: { single: { node: ... } } }' instead.
   */
  sellsToConnection_SINGLE?: InputMaybe<CompanySellsToConnectionWhere>;
  /**
   * Return Companies where some of the related CompanySellsToConnections match this filter
   * @deprecated Please use the relevant generic filter 'sellsToConnection: { some: { node: ... } } }' instead.
   */
  sellsToConnection_SOME?: InputMaybe<CompanySellsToConnectionWhere>;
  /**
   * Return Companies where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'sellsTo: { all: ... }' instead.
   */
  sellsTo_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Companies where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'sellsTo: { none: ... }' instead.
   */
  sellsTo_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Companies where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'sellsTo: {  single: ... }' instead.
   */
  sellsTo_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Companies where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'sellsTo: {  some: ... }' instead.
   */
  sellsTo_SOME?: InputMaybe<EntityWhere>;
  suppliedBy?: InputMaybe<CompanyRelationshipFilters>;
  suppliedByConnection?: InputMaybe<CompanySuppliedByConnectionFilters>;
  /**
   * Return Companies where all of the related CompanySuppliedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'suppliedByConnection: { all: { node: ... } } }' instead.
   */
  suppliedByConnection_ALL?: InputMaybe<CompanySuppliedByConnectionWhere>;
  /**
   * Return Companies where none of the related CompanySuppliedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'suppliedByConnection: { none: { node: ... } } }' instead.
   */
  suppliedByConnection_NONE?: InputMaybe<CompanySuppliedByConnectionWhere>;
  /**
   * Return Companies where one of the related CompanySuppliedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'suppliedByConnection: { single: { node: ... } } }' instead.
   */
  suppliedByConnection_SINGLE?: InputMaybe<CompanySuppliedByConnectionWhere>;
  /**
   * Return Companies where some of the related CompanySuppliedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'suppliedByConnection: { some: { node: ... } } }' instead.
   */
  suppliedByConnection_SOME?: InputMaybe<CompanySuppliedByConnectionWhere>;
  /**
   * Return Companies where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'suppliedBy: { all: ... }' instead.
   */
  suppliedBy_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'suppliedBy: { none: ... }' instead.
   */
  suppliedBy_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'suppliedBy: {  single: ... }' instead.
   */
  suppliedBy_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'suppliedBy: {  some: ... }' instead.
   */
  suppliedBy_SOME?: InputMaybe<CompanyWhere>;
  supplies?: InputMaybe<CompanyRelationshipFilters>;
  suppliesConnection?: InputMaybe<CompanySuppliesConnectionFilters>;
  /**
   * Return Companies where all of the related CompanySuppliesConnections match this filter
   * @deprecated Please use the relevant generic filter 'suppliesConnection: { all: { node: ... } } }' instead.
   */
  suppliesConnection_ALL?: InputMaybe<CompanySuppliesConnectionWhere>;
  /**
   * Return Companies where none of the related CompanySuppliesConnections match this filter
   * @deprecated Please use the relevant generic filter 'suppliesConnection: { none: { node: ... } } }' instead.
   */
  suppliesConnection_NONE?: InputMaybe<CompanySuppliesConnectionWhere>;
  /**
   * Return Companies where one of the related CompanySuppliesConnections match this filter
   * @deprecated Please use the relevant generic filter 'suppliesConnection: { single: { node: ... } } }' instead.
   */
  suppliesConnection_SINGLE?: InputMaybe<CompanySuppliesConnectionWhere>;
  /**
   * Return Companies where some of the related CompanySuppliesConnections match this filter
   * @deprecated Please use the relevant generic filter 'suppliesConnection: { some: { node: ... } } }' instead.
   */
  suppliesConnection_SOME?: InputMaybe<CompanySuppliesConnectionWhere>;
  /**
   * Return Companies where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'supplies: { all: ... }' instead.
   */
  supplies_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'supplies: { none: ... }' instead.
   */
  supplies_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'supplies: {  single: ... }' instead.
   */
  supplies_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Companies where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'supplies: {  some: ... }' instead.
   */
  supplies_SOME?: InputMaybe<CompanyWhere>;
  targetedBy?: InputMaybe<PolicyRelationshipFilters>;
  targetedByConnection?: InputMaybe<CompanyTargetedByConnectionFilters>;
  /**
   * Return Companies where all of the related CompanyTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { all: { node: ... } } }' instead.
   */
  targetedByConnection_ALL?: InputMaybe<CompanyTargetedByConnectionWhere>;
  /**
   * Return Companies where none of the related CompanyTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { none: { node: ... } } }' instead.
   */
  targetedByConnection_NONE?: InputMaybe<CompanyTargetedByConnectionWhere>;
  /**
   * Return Companies where one of the related CompanyTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { single: { node: ... } } }' instead.
   */
  targetedByConnection_SINGLE?: InputMaybe<CompanyTargetedByConnectionWhere>;
  /**
   * Return Companies where some of the related CompanyTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { some: { node: ... } } }' instead.
   */
  targetedByConnection_SOME?: InputMaybe<CompanyTargetedByConnectionWhere>;
  /**
   * Return Companies where all of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: { all: ... }' instead.
   */
  targetedBy_ALL?: InputMaybe<PolicyWhere>;
  /**
   * Return Companies where none of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: { none: ... }' instead.
   */
  targetedBy_NONE?: InputMaybe<PolicyWhere>;
  /**
   * Return Companies where one of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: {  single: ... }' instead.
   */
  targetedBy_SINGLE?: InputMaybe<PolicyWhere>;
  /**
   * Return Companies where some of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: {  some: ... }' instead.
   */
  targetedBy_SOME?: InputMaybe<PolicyWhere>;
  ticker?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter ticker: { contains: ... } */
  ticker_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ticker: { endsWith: ... } */
  ticker_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ticker: { eq: ... } */
  ticker_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ticker: { gt: ... } */
  ticker_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ticker: { gte: ... } */
  ticker_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ticker: { in: ... } */
  ticker_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter ticker: { lt: ... } */
  ticker_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ticker: { lte: ... } */
  ticker_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ticker: { startsWith: ... } */
  ticker_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

export type CountByPredicate = {
  __typename?: 'CountByPredicate';
  count: Scalars['Int']['output'];
  predicate: Predicate;
};

export type CountByType = {
  __typename?: 'CountByType';
  count: Scalars['Int']['output'];
  type: NodeType;
};

export type DateTimeAggregateSelection = {
  __typename?: 'DateTimeAggregateSelection';
  max: Maybe<Scalars['DateTime']['output']>;
  min: Maybe<Scalars['DateTime']['output']>;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

export type EdgeDetail = {
  __typename?: 'EdgeDetail';
  /** Other edges between the same two entities whose statements disagree with this one (e.g. allows vs restricts export). */
  conflicts: Array<GraphEdge>;
  edge: GraphEdge;
  evidence: Array<Evidence>;
  object: GraphNode;
  subject: GraphNode;
};

/**
 * Another subject, object or both for an extracted relationship (give at least one). The evidence
 * stays; the rule gets `+reviewer-ends`. Refused when the new ends do not fit the predicate (with a
 * predicate change of the same edge, the new predicate).
 */
export type EndsChange = {
  /** Edge key as the preview shows it: subject|PREDICATE|object. */
  edge: Scalars['ID']['input'];
  /** Id of the new object: an entity of the article or of the graph. */
  object?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the new subject: an entity of the article or of the graph. */
  subject?: InputMaybe<Scalars['ID']['input']>;
};

export type EntitiesConnection = {
  __typename?: 'EntitiesConnection';
  aggregate: EntityAggregate;
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Entity = {
  /** Every other name, in any language: nicknames and common misspellings included. */
  aliases: Array<Scalars['String']['output']>;
  aliasesEn: Array<Scalars['String']['output']>;
  aliasesFr: Array<Scalars['String']['output']>;
  /** Date (ISO) at which the curated facts about this entity were last checked. */
  asOf: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** Stable slug, e.g. "nvidia" or "us-commerce-department". */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type EntityAggregate = {
  __typename?: 'EntityAggregate';
  count: Count;
  node: EntityAggregateNode;
};

export type EntityAggregateNode = {
  __typename?: 'EntityAggregateNode';
  asOf: StringAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type EntityDetail = {
  __typename?: 'EntityDetail';
  aliases: Array<Scalars['String']['output']>;
  articles: Array<ArticleRef>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Its other stored properties (dates, kind, status, vendor, ...), each a typed field. */
  properties: EntityProperties;
  relations: Array<RelationGroup>;
  type: NodeType;
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityImplementation =
  | 'Chip'
  | 'Company'
  | 'Government'
  | 'Person'
  | 'Policy';

/**
 * A span of the text that names an entity: either an existing one (entityId) or a new one (type and
 * name; its id is the slug of the name, refused when the graph already has that id). The span
 * becomes a mention of it; mentions of other entities it overlaps give way to it (a new candidate
 * left with no mention disappears, with its relationships).
 */
export type EntityMark = {
  /** Offset just after the span's last character; the span holds 200 characters at most. */
  end: Scalars['Int']['input'];
  /** For an existing entity: its id (of the graph, or of an entity of the article). */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** For a new entity: its name (1 to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Offset of the span's first character. */
  start: Scalars['Int']['input'];
  /** For a new entity: its type. */
  type?: InputMaybe<NodeType>;
};

/** The stored properties of an entity beyond its names and description: null where it has none. */
export type EntityProperties = {
  __typename?: 'EntityProperties';
  /** Chip: Announcement date (ISO). */
  announced: Maybe<Scalars['String']['output']>;
  architecture: Maybe<Scalars['String']['output']>;
  /** Date (ISO) at which the curated facts about this entity were last checked. */
  asOf: Maybe<Scalars['String']['output']>;
  /** Government: ISO 3166 alpha-2 code of the state it belongs to (EU for the Union). */
  country: Maybe<Scalars['String']['output']>;
  /** When that commit created it (ISO date and time). */
  createdAt: Maybe<Scalars['String']['output']>;
  /** Id of the article whose commit created the entity. */
  createdBy: Maybe<Scalars['String']['output']>;
  effective: Maybe<Scalars['String']['output']>;
  ended: Maybe<Scalars['String']['output']>;
  family: Maybe<Scalars['String']['output']>;
  /** Chip: True for a family or architecture rather than one product. */
  isFamily: Maybe<Scalars['Boolean']['output']>;
  /** Government: STATE, BLOC, AGENCY, MINISTRY, REGULATOR, LEGISLATURE or EXECUTIVE. Policy: EXPORT_CONTROL, LICENCE_REQUIREMENT, BAN, INVESTIGATION, REVENUE_SHARE, TARIFF, GUIDANCE, SUBSIDY, LIST or LAW. */
  kind: Maybe<Scalars['String']['output']>;
  /** Names learned from articles, as alias|articleId. */
  learnedAliases: Maybe<Array<Scalars['String']['output']>>;
  memory: Maybe<Scalars['String']['output']>;
  performance: Maybe<Scalars['String']['output']>;
  processNode: Maybe<Scalars['String']['output']>;
  roles: Maybe<Array<Scalars['String']['output']>>;
  /** Company: CHIP_DESIGNER, FOUNDRY, MEMORY, EQUIPMENT, HYPERSCALER, BUYER or OTHER. */
  sector: Maybe<Scalars['String']['output']>;
  /** Chip: ANNOUNCED, SHIPPING, DISCONTINUED, CANCELLED or PLANNED. Policy: PROPOSED, ANNOUNCED, IN_FORCE, SUSPENDED, RESCINDED, EXPIRED or CLOSED. */
  status: Maybe<Scalars['String']['output']>;
  summary: Maybe<Scalars['String']['output']>;
  ticker: Maybe<Scalars['String']['output']>;
  /** Chip: Id of the vendor company. */
  vendor: Maybe<Scalars['String']['output']>;
};

export type EntityRelationshipFilters = {
  /** Filter type where all of the related Entities match this filter */
  all?: InputMaybe<EntityWhere>;
  /** Filter type where none of the related Entities match this filter */
  none?: InputMaybe<EntityWhere>;
  /** Filter type where one of the related Entities match this filter */
  single?: InputMaybe<EntityWhere>;
  /** Filter type where some of the related Entities match this filter */
  some?: InputMaybe<EntityWhere>;
};

/** Fields to sort Entities by. The order in which sorts are applied is not guaranteed when specifying many fields in one EntitySort object. */
export type EntitySort = {
  asOf?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type EntityWhere = {
  AND?: InputMaybe<Array<EntityWhere>>;
  NOT?: InputMaybe<EntityWhere>;
  OR?: InputMaybe<Array<EntityWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  aliasesEn?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { eq: ... } */
  aliasesEn_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { includes: ... } */
  aliasesEn_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  aliasesFr?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { eq: ... } */
  aliasesFr_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { includes: ... } */
  aliasesFr_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter aliases: { eq: ... } */
  aliases_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliases: { includes: ... } */
  aliases_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter asOf: { contains: ... } */
  asOf_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { endsWith: ... } */
  asOf_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { eq: ... } */
  asOf_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gt: ... } */
  asOf_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gte: ... } */
  asOf_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { in: ... } */
  asOf_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter asOf: { lt: ... } */
  asOf_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { lte: ... } */
  asOf_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { startsWith: ... } */
  asOf_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter description: { contains: ... } */
  description_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { endsWith: ... } */
  description_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { eq: ... } */
  description_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gt: ... } */
  description_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gte: ... } */
  description_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { in: ... } */
  description_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter description: { lt: ... } */
  description_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { lte: ... } */
  description_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { startsWith: ... } */
  description_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gt: ... } */
  name_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gte: ... } */
  name_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter name: { lt: ... } */
  name_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { lte: ... } */
  name_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  typename?: InputMaybe<Array<EntityImplementation>>;
};

/** One source of a relationship: the quoted sentence and where it comes from. */
export type Evidence = {
  __typename?: 'Evidence';
  amount: Maybe<Scalars['String']['output']>;
  articleId: Maybe<Scalars['ID']['output']>;
  articleLanguage: Maybe<Scalars['String']['output']>;
  articleTitle: Maybe<Scalars['String']['output']>;
  articleUrl: Maybe<Scalars['String']['output']>;
  confidence: Scalars['Float']['output'];
  date: Maybe<Scalars['String']['output']>;
  end: Maybe<Scalars['Int']['output']>;
  firstSeen: Maybe<Scalars['String']['output']>;
  /** The article's publication: the id of the first of its near-identical copies (its own id when it has none). */
  publication: Maybe<Scalars['ID']['output']>;
  publishedAt: Maybe<Scalars['String']['output']>;
  rule: Scalars['String']['output'];
  /** The sentence, exactly as in the article. */
  sentence: Maybe<Scalars['String']['output']>;
  /** For curated facts: the publication and URL. */
  sourceName: Maybe<Scalars['String']['output']>;
  sourceUrl: Maybe<Scalars['String']['output']>;
  /** UTF-16 offsets of the sentence in the article's text. */
  start: Maybe<Scalars['Int']['output']>;
  statementId: Scalars['ID']['output'];
  validFrom: Maybe<Scalars['String']['output']>;
  validTo: Maybe<Scalars['String']['output']>;
};

export type ExtractedEntity = {
  __typename?: 'ExtractedEntity';
  id: Scalars['ID']['output'];
  /** True when the graph does not have it yet: committing creates it. */
  isNew: Scalars['Boolean']['output'];
  mentions: Array<ExtractedMention>;
  name: Scalars['String']['output'];
  /** For a new policy: its guessed kind. */
  policyKind: Maybe<Scalars['String']['output']>;
  type: NodeType;
};

export type ExtractedMention = {
  __typename?: 'ExtractedMention';
  end: Scalars['Int']['output'];
  /** The alias or rule that produced it. */
  rule: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type ExtractedRelation = {
  __typename?: 'ExtractedRelation';
  amount: Maybe<Scalars['String']['output']>;
  confidence: Scalars['Float']['output'];
  date: Maybe<Scalars['String']['output']>;
  /** Edge key, for corrections: subject|PREDICATE|object. */
  edgeId: Scalars['ID']['output'];
  evidence: TextSpan;
  object: Scalars['ID']['output'];
  predicate: Predicate;
  /** Id of the extraction rule that fired. */
  rule: Scalars['String']['output'];
  subject: Scalars['ID']['output'];
};

export type FloatAggregateSelection = {
  __typename?: 'FloatAggregateSelection';
  average: Maybe<Scalars['Float']['output']>;
  max: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
  sum: Maybe<Scalars['Float']['output']>;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type Government = Entity & {
  __typename?: 'Government';
  /** Every other name, in any language: nicknames and common misspellings included. */
  aliases: Array<Scalars['String']['output']>;
  aliasesEn: Array<Scalars['String']['output']>;
  aliasesFr: Array<Scalars['String']['output']>;
  /** Export of the chip is allowed (possibly under licence) by this government. */
  allowsExportOf: Array<Chip>;
  allowsExportOfConnection: GovernmentAllowsExportOfConnection;
  /** Date (ISO) at which the curated facts about this entity were last checked. */
  asOf: Maybe<Scalars['String']['output']>;
  /** Buys chips or a company’s products. */
  buys: Array<Entity>;
  buysConnection: GovernmentBuysConnection;
  /** Inverse of SELLS_TO: Sells to a company or to a country market (represented by its government). */
  buysFrom: Array<Company>;
  buysFromConnection: GovernmentBuysFromConnection;
  /** ISO 3166 alpha-2 code of the state it belongs to (EU for the Union). */
  country: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** Inverse of PART_OF: An agency or ministry of a state. */
  hasPart: Array<Government>;
  hasPartConnection: GovernmentHasPartConnection;
  /** Inverse of HEADQUARTERED_IN: Nationality of a company, only when a source states it. */
  headquartersOf: Array<Company>;
  headquartersOfConnection: GovernmentHeadquartersOfConnection;
  /** Stable slug, e.g. "nvidia" or "us-commerce-department". */
  id: Scalars['ID']['output'];
  /** Opens an inquiry, probe or summons about the company or chip. */
  investigates: Array<Entity>;
  investigatesConnection: GovernmentInvestigatesConnection;
  /** Enacts, imposes, announces or opens the policy. */
  issues: Array<Policy>;
  issuesConnection: GovernmentIssuesConnection;
  /** STATE, BLOC, AGENCY, MINISTRY, REGULATOR, LEGISLATURE or EXECUTIVE. */
  kind: Scalars['String']['output'];
  /** Inverse of LEADS: Heads the company or government. */
  ledBy: Array<Person>;
  ledByConnection: GovernmentLedByConnection;
  /** Articles that name this entity. */
  mentionedIn: Array<Article>;
  mentionedInConnection: GovernmentMentionedInConnection;
  name: Scalars['String']['output'];
  /** Inverse of PAYS: Pays a revenue share, tax or levy to the government. */
  paidBy: Array<Company>;
  paidByConnection: GovernmentPaidByConnection;
  /** An agency or ministry of a state. */
  partOf: Array<Government>;
  partOfConnection: GovernmentPartOfConnection;
  /** Withdraws the policy. */
  rescinds: Array<Policy>;
  rescindsConnection: GovernmentRescindsConnection;
  /** Export of the chip is restricted by this government. */
  restrictsExportOf: Array<Chip>;
  restrictsExportOfConnection: GovernmentRestrictsExportOfConnection;
  /** Inverse of TARGETS: The policy applies to this company, chip or country. */
  targetedBy: Array<Policy>;
  targetedByConnection: GovernmentTargetedByConnection;
  /** Tells buyers to avoid the chip or company. */
  urgesAvoidanceOf: Array<Entity>;
  urgesAvoidanceOfConnection: GovernmentUrgesAvoidanceOfConnection;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentAllowsExportOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSort>>;
  where?: InputMaybe<ChipWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentAllowsExportOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentAllowsExportOfConnectionSort>>;
  where?: InputMaybe<GovernmentAllowsExportOfConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentBuysArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentBuysConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentBuysConnectionSort>>;
  where?: InputMaybe<GovernmentBuysConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentBuysFromArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentBuysFromConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentBuysFromConnectionSort>>;
  where?: InputMaybe<GovernmentBuysFromConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentHasPartArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentHasPartConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentHasPartConnectionSort>>;
  where?: InputMaybe<GovernmentHasPartConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentHeadquartersOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentHeadquartersOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentHeadquartersOfConnectionSort>>;
  where?: InputMaybe<GovernmentHeadquartersOfConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentInvestigatesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentInvestigatesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentInvestigatesConnectionSort>>;
  where?: InputMaybe<GovernmentInvestigatesConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentIssuesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PolicySort>>;
  where?: InputMaybe<PolicyWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentIssuesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentIssuesConnectionSort>>;
  where?: InputMaybe<GovernmentIssuesConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentLedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentLedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentLedByConnectionSort>>;
  where?: InputMaybe<GovernmentLedByConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentMentionedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArticleSort>>;
  where?: InputMaybe<ArticleWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentMentionedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentMentionedInConnectionSort>>;
  where?: InputMaybe<GovernmentMentionedInConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentPaidByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentPaidByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentPaidByConnectionSort>>;
  where?: InputMaybe<GovernmentPaidByConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentPartOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentPartOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentPartOfConnectionSort>>;
  where?: InputMaybe<GovernmentPartOfConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentRescindsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PolicySort>>;
  where?: InputMaybe<PolicyWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentRescindsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentRescindsConnectionSort>>;
  where?: InputMaybe<GovernmentRescindsConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentRestrictsExportOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSort>>;
  where?: InputMaybe<ChipWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentRestrictsExportOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentRestrictsExportOfConnectionSort>>;
  where?: InputMaybe<GovernmentRestrictsExportOfConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentTargetedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PolicySort>>;
  where?: InputMaybe<PolicyWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentTargetedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentTargetedByConnectionSort>>;
  where?: InputMaybe<GovernmentTargetedByConnectionWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentUrgesAvoidanceOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state). */
export type GovernmentUrgesAvoidanceOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentUrgesAvoidanceOfConnectionSort>>;
  where?: InputMaybe<GovernmentUrgesAvoidanceOfConnectionWhere>;
};

export type GovernmentAggregate = {
  __typename?: 'GovernmentAggregate';
  count: Count;
  node: GovernmentAggregateNode;
};

export type GovernmentAggregateNode = {
  __typename?: 'GovernmentAggregateNode';
  asOf: StringAggregateSelection;
  country: StringAggregateSelection;
  description: StringAggregateSelection;
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type GovernmentAllowsExportOfConnection = {
  __typename?: 'GovernmentAllowsExportOfConnection';
  edges: Array<GovernmentAllowsExportOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentAllowsExportOfConnectionFilters = {
  /** Return Governments where all of the related GovernmentAllowsExportOfConnections match this filter */
  all?: InputMaybe<GovernmentAllowsExportOfConnectionWhere>;
  /** Return Governments where none of the related GovernmentAllowsExportOfConnections match this filter */
  none?: InputMaybe<GovernmentAllowsExportOfConnectionWhere>;
  /** Return Governments where one of the related GovernmentAllowsExportOfConnections match this filter */
  single?: InputMaybe<GovernmentAllowsExportOfConnectionWhere>;
  /** Return Governments where some of the related GovernmentAllowsExportOfConnections match this filter */
  some?: InputMaybe<GovernmentAllowsExportOfConnectionWhere>;
};

export type GovernmentAllowsExportOfConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<ChipSort>;
};

export type GovernmentAllowsExportOfConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentAllowsExportOfConnectionWhere>>;
  NOT?: InputMaybe<GovernmentAllowsExportOfConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentAllowsExportOfConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<ChipWhere>;
};

export type GovernmentAllowsExportOfRelationship = {
  __typename?: 'GovernmentAllowsExportOfRelationship';
  cursor: Scalars['String']['output'];
  node: Chip;
  properties: Claim;
};

export type GovernmentBuysConnection = {
  __typename?: 'GovernmentBuysConnection';
  edges: Array<GovernmentBuysRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentBuysConnectionFilters = {
  /** Return Governments where all of the related GovernmentBuysConnections match this filter */
  all?: InputMaybe<GovernmentBuysConnectionWhere>;
  /** Return Governments where none of the related GovernmentBuysConnections match this filter */
  none?: InputMaybe<GovernmentBuysConnectionWhere>;
  /** Return Governments where one of the related GovernmentBuysConnections match this filter */
  single?: InputMaybe<GovernmentBuysConnectionWhere>;
  /** Return Governments where some of the related GovernmentBuysConnections match this filter */
  some?: InputMaybe<GovernmentBuysConnectionWhere>;
};

export type GovernmentBuysConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<EntitySort>;
};

export type GovernmentBuysConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentBuysConnectionWhere>>;
  NOT?: InputMaybe<GovernmentBuysConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentBuysConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type GovernmentBuysFromConnection = {
  __typename?: 'GovernmentBuysFromConnection';
  edges: Array<GovernmentBuysFromRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentBuysFromConnectionFilters = {
  /** Return Governments where all of the related GovernmentBuysFromConnections match this filter */
  all?: InputMaybe<GovernmentBuysFromConnectionWhere>;
  /** Return Governments where none of the related GovernmentBuysFromConnections match this filter */
  none?: InputMaybe<GovernmentBuysFromConnectionWhere>;
  /** Return Governments where one of the related GovernmentBuysFromConnections match this filter */
  single?: InputMaybe<GovernmentBuysFromConnectionWhere>;
  /** Return Governments where some of the related GovernmentBuysFromConnections match this filter */
  some?: InputMaybe<GovernmentBuysFromConnectionWhere>;
};

export type GovernmentBuysFromConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type GovernmentBuysFromConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentBuysFromConnectionWhere>>;
  NOT?: InputMaybe<GovernmentBuysFromConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentBuysFromConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type GovernmentBuysFromRelationship = {
  __typename?: 'GovernmentBuysFromRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type GovernmentBuysRelationship = {
  __typename?: 'GovernmentBuysRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: Claim;
};

export type GovernmentEdge = {
  __typename?: 'GovernmentEdge';
  cursor: Scalars['String']['output'];
  node: Government;
};

export type GovernmentHasPartConnection = {
  __typename?: 'GovernmentHasPartConnection';
  edges: Array<GovernmentHasPartRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentHasPartConnectionFilters = {
  /** Return Governments where all of the related GovernmentHasPartConnections match this filter */
  all?: InputMaybe<GovernmentHasPartConnectionWhere>;
  /** Return Governments where none of the related GovernmentHasPartConnections match this filter */
  none?: InputMaybe<GovernmentHasPartConnectionWhere>;
  /** Return Governments where one of the related GovernmentHasPartConnections match this filter */
  single?: InputMaybe<GovernmentHasPartConnectionWhere>;
  /** Return Governments where some of the related GovernmentHasPartConnections match this filter */
  some?: InputMaybe<GovernmentHasPartConnectionWhere>;
};

export type GovernmentHasPartConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type GovernmentHasPartConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentHasPartConnectionWhere>>;
  NOT?: InputMaybe<GovernmentHasPartConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentHasPartConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type GovernmentHasPartRelationship = {
  __typename?: 'GovernmentHasPartRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

export type GovernmentHeadquartersOfConnection = {
  __typename?: 'GovernmentHeadquartersOfConnection';
  edges: Array<GovernmentHeadquartersOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentHeadquartersOfConnectionFilters = {
  /** Return Governments where all of the related GovernmentHeadquartersOfConnections match this filter */
  all?: InputMaybe<GovernmentHeadquartersOfConnectionWhere>;
  /** Return Governments where none of the related GovernmentHeadquartersOfConnections match this filter */
  none?: InputMaybe<GovernmentHeadquartersOfConnectionWhere>;
  /** Return Governments where one of the related GovernmentHeadquartersOfConnections match this filter */
  single?: InputMaybe<GovernmentHeadquartersOfConnectionWhere>;
  /** Return Governments where some of the related GovernmentHeadquartersOfConnections match this filter */
  some?: InputMaybe<GovernmentHeadquartersOfConnectionWhere>;
};

export type GovernmentHeadquartersOfConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type GovernmentHeadquartersOfConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentHeadquartersOfConnectionWhere>>;
  NOT?: InputMaybe<GovernmentHeadquartersOfConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentHeadquartersOfConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type GovernmentHeadquartersOfRelationship = {
  __typename?: 'GovernmentHeadquartersOfRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type GovernmentInvestigatesConnection = {
  __typename?: 'GovernmentInvestigatesConnection';
  edges: Array<GovernmentInvestigatesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentInvestigatesConnectionFilters = {
  /** Return Governments where all of the related GovernmentInvestigatesConnections match this filter */
  all?: InputMaybe<GovernmentInvestigatesConnectionWhere>;
  /** Return Governments where none of the related GovernmentInvestigatesConnections match this filter */
  none?: InputMaybe<GovernmentInvestigatesConnectionWhere>;
  /** Return Governments where one of the related GovernmentInvestigatesConnections match this filter */
  single?: InputMaybe<GovernmentInvestigatesConnectionWhere>;
  /** Return Governments where some of the related GovernmentInvestigatesConnections match this filter */
  some?: InputMaybe<GovernmentInvestigatesConnectionWhere>;
};

export type GovernmentInvestigatesConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<EntitySort>;
};

export type GovernmentInvestigatesConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentInvestigatesConnectionWhere>>;
  NOT?: InputMaybe<GovernmentInvestigatesConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentInvestigatesConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type GovernmentInvestigatesRelationship = {
  __typename?: 'GovernmentInvestigatesRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: Claim;
};

export type GovernmentIssuesConnection = {
  __typename?: 'GovernmentIssuesConnection';
  edges: Array<GovernmentIssuesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentIssuesConnectionFilters = {
  /** Return Governments where all of the related GovernmentIssuesConnections match this filter */
  all?: InputMaybe<GovernmentIssuesConnectionWhere>;
  /** Return Governments where none of the related GovernmentIssuesConnections match this filter */
  none?: InputMaybe<GovernmentIssuesConnectionWhere>;
  /** Return Governments where one of the related GovernmentIssuesConnections match this filter */
  single?: InputMaybe<GovernmentIssuesConnectionWhere>;
  /** Return Governments where some of the related GovernmentIssuesConnections match this filter */
  some?: InputMaybe<GovernmentIssuesConnectionWhere>;
};

export type GovernmentIssuesConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<PolicySort>;
};

export type GovernmentIssuesConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentIssuesConnectionWhere>>;
  NOT?: InputMaybe<GovernmentIssuesConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentIssuesConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<PolicyWhere>;
};

export type GovernmentIssuesRelationship = {
  __typename?: 'GovernmentIssuesRelationship';
  cursor: Scalars['String']['output'];
  node: Policy;
  properties: Claim;
};

export type GovernmentLedByConnection = {
  __typename?: 'GovernmentLedByConnection';
  edges: Array<GovernmentLedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentLedByConnectionFilters = {
  /** Return Governments where all of the related GovernmentLedByConnections match this filter */
  all?: InputMaybe<GovernmentLedByConnectionWhere>;
  /** Return Governments where none of the related GovernmentLedByConnections match this filter */
  none?: InputMaybe<GovernmentLedByConnectionWhere>;
  /** Return Governments where one of the related GovernmentLedByConnections match this filter */
  single?: InputMaybe<GovernmentLedByConnectionWhere>;
  /** Return Governments where some of the related GovernmentLedByConnections match this filter */
  some?: InputMaybe<GovernmentLedByConnectionWhere>;
};

export type GovernmentLedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<PersonSort>;
};

export type GovernmentLedByConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentLedByConnectionWhere>>;
  NOT?: InputMaybe<GovernmentLedByConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentLedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<PersonWhere>;
};

export type GovernmentLedByRelationship = {
  __typename?: 'GovernmentLedByRelationship';
  cursor: Scalars['String']['output'];
  node: Person;
  properties: Claim;
};

export type GovernmentMentionedInConnection = {
  __typename?: 'GovernmentMentionedInConnection';
  edges: Array<GovernmentMentionedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentMentionedInConnectionFilters = {
  /** Return Governments where all of the related GovernmentMentionedInConnections match this filter */
  all?: InputMaybe<GovernmentMentionedInConnectionWhere>;
  /** Return Governments where none of the related GovernmentMentionedInConnections match this filter */
  none?: InputMaybe<GovernmentMentionedInConnectionWhere>;
  /** Return Governments where one of the related GovernmentMentionedInConnections match this filter */
  single?: InputMaybe<GovernmentMentionedInConnectionWhere>;
  /** Return Governments where some of the related GovernmentMentionedInConnections match this filter */
  some?: InputMaybe<GovernmentMentionedInConnectionWhere>;
};

export type GovernmentMentionedInConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<ArticleSort>;
};

export type GovernmentMentionedInConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentMentionedInConnectionWhere>>;
  NOT?: InputMaybe<GovernmentMentionedInConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentMentionedInConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<ArticleWhere>;
};

export type GovernmentMentionedInRelationship = {
  __typename?: 'GovernmentMentionedInRelationship';
  cursor: Scalars['String']['output'];
  node: Article;
  properties: Mention;
};

export type GovernmentPaidByConnection = {
  __typename?: 'GovernmentPaidByConnection';
  edges: Array<GovernmentPaidByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentPaidByConnectionFilters = {
  /** Return Governments where all of the related GovernmentPaidByConnections match this filter */
  all?: InputMaybe<GovernmentPaidByConnectionWhere>;
  /** Return Governments where none of the related GovernmentPaidByConnections match this filter */
  none?: InputMaybe<GovernmentPaidByConnectionWhere>;
  /** Return Governments where one of the related GovernmentPaidByConnections match this filter */
  single?: InputMaybe<GovernmentPaidByConnectionWhere>;
  /** Return Governments where some of the related GovernmentPaidByConnections match this filter */
  some?: InputMaybe<GovernmentPaidByConnectionWhere>;
};

export type GovernmentPaidByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<CompanySort>;
};

export type GovernmentPaidByConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentPaidByConnectionWhere>>;
  NOT?: InputMaybe<GovernmentPaidByConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentPaidByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<CompanyWhere>;
};

export type GovernmentPaidByRelationship = {
  __typename?: 'GovernmentPaidByRelationship';
  cursor: Scalars['String']['output'];
  node: Company;
  properties: Claim;
};

export type GovernmentPartOfConnection = {
  __typename?: 'GovernmentPartOfConnection';
  edges: Array<GovernmentPartOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentPartOfConnectionFilters = {
  /** Return Governments where all of the related GovernmentPartOfConnections match this filter */
  all?: InputMaybe<GovernmentPartOfConnectionWhere>;
  /** Return Governments where none of the related GovernmentPartOfConnections match this filter */
  none?: InputMaybe<GovernmentPartOfConnectionWhere>;
  /** Return Governments where one of the related GovernmentPartOfConnections match this filter */
  single?: InputMaybe<GovernmentPartOfConnectionWhere>;
  /** Return Governments where some of the related GovernmentPartOfConnections match this filter */
  some?: InputMaybe<GovernmentPartOfConnectionWhere>;
};

export type GovernmentPartOfConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type GovernmentPartOfConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentPartOfConnectionWhere>>;
  NOT?: InputMaybe<GovernmentPartOfConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentPartOfConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type GovernmentPartOfRelationship = {
  __typename?: 'GovernmentPartOfRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

export type GovernmentRelationshipFilters = {
  /** Filter type where all of the related Governments match this filter */
  all?: InputMaybe<GovernmentWhere>;
  /** Filter type where none of the related Governments match this filter */
  none?: InputMaybe<GovernmentWhere>;
  /** Filter type where one of the related Governments match this filter */
  single?: InputMaybe<GovernmentWhere>;
  /** Filter type where some of the related Governments match this filter */
  some?: InputMaybe<GovernmentWhere>;
};

export type GovernmentRescindsConnection = {
  __typename?: 'GovernmentRescindsConnection';
  edges: Array<GovernmentRescindsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentRescindsConnectionFilters = {
  /** Return Governments where all of the related GovernmentRescindsConnections match this filter */
  all?: InputMaybe<GovernmentRescindsConnectionWhere>;
  /** Return Governments where none of the related GovernmentRescindsConnections match this filter */
  none?: InputMaybe<GovernmentRescindsConnectionWhere>;
  /** Return Governments where one of the related GovernmentRescindsConnections match this filter */
  single?: InputMaybe<GovernmentRescindsConnectionWhere>;
  /** Return Governments where some of the related GovernmentRescindsConnections match this filter */
  some?: InputMaybe<GovernmentRescindsConnectionWhere>;
};

export type GovernmentRescindsConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<PolicySort>;
};

export type GovernmentRescindsConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentRescindsConnectionWhere>>;
  NOT?: InputMaybe<GovernmentRescindsConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentRescindsConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<PolicyWhere>;
};

export type GovernmentRescindsRelationship = {
  __typename?: 'GovernmentRescindsRelationship';
  cursor: Scalars['String']['output'];
  node: Policy;
  properties: Claim;
};

export type GovernmentRestrictsExportOfConnection = {
  __typename?: 'GovernmentRestrictsExportOfConnection';
  edges: Array<GovernmentRestrictsExportOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentRestrictsExportOfConnectionFilters = {
  /** Return Governments where all of the related GovernmentRestrictsExportOfConnections match this filter */
  all?: InputMaybe<GovernmentRestrictsExportOfConnectionWhere>;
  /** Return Governments where none of the related GovernmentRestrictsExportOfConnections match this filter */
  none?: InputMaybe<GovernmentRestrictsExportOfConnectionWhere>;
  /** Return Governments where one of the related GovernmentRestrictsExportOfConnections match this filter */
  single?: InputMaybe<GovernmentRestrictsExportOfConnectionWhere>;
  /** Return Governments where some of the related GovernmentRestrictsExportOfConnections match this filter */
  some?: InputMaybe<GovernmentRestrictsExportOfConnectionWhere>;
};

export type GovernmentRestrictsExportOfConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<ChipSort>;
};

export type GovernmentRestrictsExportOfConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentRestrictsExportOfConnectionWhere>>;
  NOT?: InputMaybe<GovernmentRestrictsExportOfConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentRestrictsExportOfConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<ChipWhere>;
};

export type GovernmentRestrictsExportOfRelationship = {
  __typename?: 'GovernmentRestrictsExportOfRelationship';
  cursor: Scalars['String']['output'];
  node: Chip;
  properties: Claim;
};

/** Fields to sort Governments by. The order in which sorts are applied is not guaranteed when specifying many fields in one GovernmentSort object. */
export type GovernmentSort = {
  asOf?: InputMaybe<SortDirection>;
  country?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type GovernmentTargetedByConnection = {
  __typename?: 'GovernmentTargetedByConnection';
  edges: Array<GovernmentTargetedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentTargetedByConnectionFilters = {
  /** Return Governments where all of the related GovernmentTargetedByConnections match this filter */
  all?: InputMaybe<GovernmentTargetedByConnectionWhere>;
  /** Return Governments where none of the related GovernmentTargetedByConnections match this filter */
  none?: InputMaybe<GovernmentTargetedByConnectionWhere>;
  /** Return Governments where one of the related GovernmentTargetedByConnections match this filter */
  single?: InputMaybe<GovernmentTargetedByConnectionWhere>;
  /** Return Governments where some of the related GovernmentTargetedByConnections match this filter */
  some?: InputMaybe<GovernmentTargetedByConnectionWhere>;
};

export type GovernmentTargetedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<PolicySort>;
};

export type GovernmentTargetedByConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentTargetedByConnectionWhere>>;
  NOT?: InputMaybe<GovernmentTargetedByConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentTargetedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<PolicyWhere>;
};

export type GovernmentTargetedByRelationship = {
  __typename?: 'GovernmentTargetedByRelationship';
  cursor: Scalars['String']['output'];
  node: Policy;
  properties: Claim;
};

export type GovernmentUrgesAvoidanceOfConnection = {
  __typename?: 'GovernmentUrgesAvoidanceOfConnection';
  edges: Array<GovernmentUrgesAvoidanceOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GovernmentUrgesAvoidanceOfConnectionFilters = {
  /** Return Governments where all of the related GovernmentUrgesAvoidanceOfConnections match this filter */
  all?: InputMaybe<GovernmentUrgesAvoidanceOfConnectionWhere>;
  /** Return Governments where none of the related GovernmentUrgesAvoidanceOfConnections match this filter */
  none?: InputMaybe<GovernmentUrgesAvoidanceOfConnectionWhere>;
  /** Return Governments where one of the related GovernmentUrgesAvoidanceOfConnections match this filter */
  single?: InputMaybe<GovernmentUrgesAvoidanceOfConnectionWhere>;
  /** Return Governments where some of the related GovernmentUrgesAvoidanceOfConnections match this filter */
  some?: InputMaybe<GovernmentUrgesAvoidanceOfConnectionWhere>;
};

export type GovernmentUrgesAvoidanceOfConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<EntitySort>;
};

export type GovernmentUrgesAvoidanceOfConnectionWhere = {
  AND?: InputMaybe<Array<GovernmentUrgesAvoidanceOfConnectionWhere>>;
  NOT?: InputMaybe<GovernmentUrgesAvoidanceOfConnectionWhere>;
  OR?: InputMaybe<Array<GovernmentUrgesAvoidanceOfConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type GovernmentUrgesAvoidanceOfRelationship = {
  __typename?: 'GovernmentUrgesAvoidanceOfRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: Claim;
};

export type GovernmentWhere = {
  AND?: InputMaybe<Array<GovernmentWhere>>;
  NOT?: InputMaybe<GovernmentWhere>;
  OR?: InputMaybe<Array<GovernmentWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  aliasesEn?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { eq: ... } */
  aliasesEn_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { includes: ... } */
  aliasesEn_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  aliasesFr?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { eq: ... } */
  aliasesFr_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { includes: ... } */
  aliasesFr_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter aliases: { eq: ... } */
  aliases_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliases: { includes: ... } */
  aliases_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  allowsExportOf?: InputMaybe<ChipRelationshipFilters>;
  allowsExportOfConnection?: InputMaybe<GovernmentAllowsExportOfConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentAllowsExportOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'allowsExportOfConnection: { all: { node: ... } } }' instead.
   */
  allowsExportOfConnection_ALL?: InputMaybe<GovernmentAllowsExportOfConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentAllowsExportOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'allowsExportOfConnection: { none: { node: ... } } }' instead.
   */
  allowsExportOfConnection_NONE?: InputMaybe<GovernmentAllowsExportOfConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentAllowsExportOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'allowsExportOfConnection: { single: { node: ... } } }' instead.
   */
  allowsExportOfConnection_SINGLE?: InputMaybe<GovernmentAllowsExportOfConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentAllowsExportOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'allowsExportOfConnection: { some: { node: ... } } }' instead.
   */
  allowsExportOfConnection_SOME?: InputMaybe<GovernmentAllowsExportOfConnectionWhere>;
  /**
   * Return Governments where all of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'allowsExportOf: { all: ... }' instead.
   */
  allowsExportOf_ALL?: InputMaybe<ChipWhere>;
  /**
   * Return Governments where none of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'allowsExportOf: { none: ... }' instead.
   */
  allowsExportOf_NONE?: InputMaybe<ChipWhere>;
  /**
   * Return Governments where one of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'allowsExportOf: {  single: ... }' instead.
   */
  allowsExportOf_SINGLE?: InputMaybe<ChipWhere>;
  /**
   * Return Governments where some of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'allowsExportOf: {  some: ... }' instead.
   */
  allowsExportOf_SOME?: InputMaybe<ChipWhere>;
  asOf?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter asOf: { contains: ... } */
  asOf_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { endsWith: ... } */
  asOf_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { eq: ... } */
  asOf_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gt: ... } */
  asOf_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gte: ... } */
  asOf_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { in: ... } */
  asOf_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter asOf: { lt: ... } */
  asOf_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { lte: ... } */
  asOf_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { startsWith: ... } */
  asOf_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  buys?: InputMaybe<EntityRelationshipFilters>;
  buysConnection?: InputMaybe<GovernmentBuysConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentBuysConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysConnection: { all: { node: ... } } }' instead.
   */
  buysConnection_ALL?: InputMaybe<GovernmentBuysConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentBuysConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysConnection: { none: { node: ... } } }' instead.
   */
  buysConnection_NONE?: InputMaybe<GovernmentBuysConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentBuysConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysConnection: { single: { node: ... } } }' instead.
   */
  buysConnection_SINGLE?: InputMaybe<GovernmentBuysConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentBuysConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysConnection: { some: { node: ... } } }' instead.
   */
  buysConnection_SOME?: InputMaybe<GovernmentBuysConnectionWhere>;
  buysFrom?: InputMaybe<CompanyRelationshipFilters>;
  buysFromConnection?: InputMaybe<GovernmentBuysFromConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentBuysFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysFromConnection: { all: { node: ... } } }' instead.
   */
  buysFromConnection_ALL?: InputMaybe<GovernmentBuysFromConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentBuysFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysFromConnection: { none: { node: ... } } }' instead.
   */
  buysFromConnection_NONE?: InputMaybe<GovernmentBuysFromConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentBuysFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysFromConnection: { single: { node: ... } } }' instead.
   */
  buysFromConnection_SINGLE?: InputMaybe<GovernmentBuysFromConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentBuysFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'buysFromConnection: { some: { node: ... } } }' instead.
   */
  buysFromConnection_SOME?: InputMaybe<GovernmentBuysFromConnectionWhere>;
  /**
   * Return Governments where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'buysFrom: { all: ... }' instead.
   */
  buysFrom_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Governments where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'buysFrom: { none: ... }' instead.
   */
  buysFrom_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Governments where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'buysFrom: {  single: ... }' instead.
   */
  buysFrom_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Governments where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'buysFrom: {  some: ... }' instead.
   */
  buysFrom_SOME?: InputMaybe<CompanyWhere>;
  /**
   * Return Governments where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'buys: { all: ... }' instead.
   */
  buys_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Governments where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'buys: { none: ... }' instead.
   */
  buys_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Governments where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'buys: {  single: ... }' instead.
   */
  buys_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Governments where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'buys: {  some: ... }' instead.
   */
  buys_SOME?: InputMaybe<EntityWhere>;
  country?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter country: { contains: ... } */
  country_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter country: { endsWith: ... } */
  country_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter country: { eq: ... } */
  country_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter country: { gt: ... } */
  country_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter country: { gte: ... } */
  country_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter country: { in: ... } */
  country_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter country: { lt: ... } */
  country_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter country: { lte: ... } */
  country_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter country: { startsWith: ... } */
  country_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter description: { contains: ... } */
  description_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { endsWith: ... } */
  description_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { eq: ... } */
  description_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gt: ... } */
  description_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gte: ... } */
  description_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { in: ... } */
  description_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter description: { lt: ... } */
  description_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { lte: ... } */
  description_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { startsWith: ... } */
  description_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  hasPart?: InputMaybe<GovernmentRelationshipFilters>;
  hasPartConnection?: InputMaybe<GovernmentHasPartConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentHasPartConnections match this filter
   * @deprecated Please use the relevant generic filter 'hasPartConnection: { all: { node: ... } } }' instead.
   */
  hasPartConnection_ALL?: InputMaybe<GovernmentHasPartConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentHasPartConnections match this filter
   * @deprecated Please use the relevant generic filter 'hasPartConnection: { none: { node: ... } } }' instead.
   */
  hasPartConnection_NONE?: InputMaybe<GovernmentHasPartConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentHasPartConnections match this filter
   * @deprecated Please use the relevant generic filter 'hasPartConnection: { single: { node: ... } } }' instead.
   */
  hasPartConnection_SINGLE?: InputMaybe<GovernmentHasPartConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentHasPartConnections match this filter
   * @deprecated Please use the relevant generic filter 'hasPartConnection: { some: { node: ... } } }' instead.
   */
  hasPartConnection_SOME?: InputMaybe<GovernmentHasPartConnectionWhere>;
  /**
   * Return Governments where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'hasPart: { all: ... }' instead.
   */
  hasPart_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Governments where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'hasPart: { none: ... }' instead.
   */
  hasPart_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Governments where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'hasPart: {  single: ... }' instead.
   */
  hasPart_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Governments where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'hasPart: {  some: ... }' instead.
   */
  hasPart_SOME?: InputMaybe<GovernmentWhere>;
  headquartersOf?: InputMaybe<CompanyRelationshipFilters>;
  headquartersOfConnection?: InputMaybe<GovernmentHeadquartersOfConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentHeadquartersOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'headquartersOfConnection: { all: { node: ... } } }' instead.
   */
  headquartersOfConnection_ALL?: InputMaybe<GovernmentHeadquartersOfConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentHeadquartersOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'headquartersOfConnection: { none: { node: ... } } }' instead.
   */
  headquartersOfConnection_NONE?: InputMaybe<GovernmentHeadquartersOfConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentHeadquartersOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'headquartersOfConnection: { single: { node: ... } } }' instead.
   */
  headquartersOfConnection_SINGLE?: InputMaybe<GovernmentHeadquartersOfConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentHeadquartersOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'headquartersOfConnection: { some: { node: ... } } }' instead.
   */
  headquartersOfConnection_SOME?: InputMaybe<GovernmentHeadquartersOfConnectionWhere>;
  /**
   * Return Governments where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'headquartersOf: { all: ... }' instead.
   */
  headquartersOf_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Governments where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'headquartersOf: { none: ... }' instead.
   */
  headquartersOf_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Governments where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'headquartersOf: {  single: ... }' instead.
   */
  headquartersOf_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Governments where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'headquartersOf: {  some: ... }' instead.
   */
  headquartersOf_SOME?: InputMaybe<CompanyWhere>;
  id?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  investigates?: InputMaybe<EntityRelationshipFilters>;
  investigatesConnection?: InputMaybe<GovernmentInvestigatesConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentInvestigatesConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatesConnection: { all: { node: ... } } }' instead.
   */
  investigatesConnection_ALL?: InputMaybe<GovernmentInvestigatesConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentInvestigatesConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatesConnection: { none: { node: ... } } }' instead.
   */
  investigatesConnection_NONE?: InputMaybe<GovernmentInvestigatesConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentInvestigatesConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatesConnection: { single: { node: ... } } }' instead.
   */
  investigatesConnection_SINGLE?: InputMaybe<GovernmentInvestigatesConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentInvestigatesConnections match this filter
   * @deprecated Please use the relevant generic filter 'investigatesConnection: { some: { node: ... } } }' instead.
   */
  investigatesConnection_SOME?: InputMaybe<GovernmentInvestigatesConnectionWhere>;
  /**
   * Return Governments where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'investigates: { all: ... }' instead.
   */
  investigates_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Governments where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'investigates: { none: ... }' instead.
   */
  investigates_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Governments where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'investigates: {  single: ... }' instead.
   */
  investigates_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Governments where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'investigates: {  some: ... }' instead.
   */
  investigates_SOME?: InputMaybe<EntityWhere>;
  issues?: InputMaybe<PolicyRelationshipFilters>;
  issuesConnection?: InputMaybe<GovernmentIssuesConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentIssuesConnections match this filter
   * @deprecated Please use the relevant generic filter 'issuesConnection: { all: { node: ... } } }' instead.
   */
  issuesConnection_ALL?: InputMaybe<GovernmentIssuesConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentIssuesConnections match this filter
   * @deprecated Please use the relevant generic filter 'issuesConnection: { none: { node: ... } } }' instead.
   */
  issuesConnection_NONE?: InputMaybe<GovernmentIssuesConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentIssuesConnections match this filter
   * @deprecated Please use the relevant generic filter 'issuesConnection: { single: { node: ... } } }' instead.
   */
  issuesConnection_SINGLE?: InputMaybe<GovernmentIssuesConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentIssuesConnections match this filter
   * @deprecated Please use the relevant generic filter 'issuesConnection: { some: { node: ... } } }' instead.
   */
  issuesConnection_SOME?: InputMaybe<GovernmentIssuesConnectionWhere>;
  /**
   * Return Governments where all of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'issues: { all: ... }' instead.
   */
  issues_ALL?: InputMaybe<PolicyWhere>;
  /**
   * Return Governments where none of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'issues: { none: ... }' instead.
   */
  issues_NONE?: InputMaybe<PolicyWhere>;
  /**
   * Return Governments where one of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'issues: {  single: ... }' instead.
   */
  issues_SINGLE?: InputMaybe<PolicyWhere>;
  /**
   * Return Governments where some of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'issues: {  some: ... }' instead.
   */
  issues_SOME?: InputMaybe<PolicyWhere>;
  kind?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter kind: { contains: ... } */
  kind_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { endsWith: ... } */
  kind_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { gt: ... } */
  kind_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { gte: ... } */
  kind_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter kind: { lt: ... } */
  kind_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { lte: ... } */
  kind_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { startsWith: ... } */
  kind_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  ledBy?: InputMaybe<PersonRelationshipFilters>;
  ledByConnection?: InputMaybe<GovernmentLedByConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentLedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'ledByConnection: { all: { node: ... } } }' instead.
   */
  ledByConnection_ALL?: InputMaybe<GovernmentLedByConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentLedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'ledByConnection: { none: { node: ... } } }' instead.
   */
  ledByConnection_NONE?: InputMaybe<GovernmentLedByConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentLedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'ledByConnection: { single: { node: ... } } }' instead.
   */
  ledByConnection_SINGLE?: InputMaybe<GovernmentLedByConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentLedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'ledByConnection: { some: { node: ... } } }' instead.
   */
  ledByConnection_SOME?: InputMaybe<GovernmentLedByConnectionWhere>;
  /**
   * Return Governments where all of the related People match this filter
   * @deprecated Please use the relevant generic filter 'ledBy: { all: ... }' instead.
   */
  ledBy_ALL?: InputMaybe<PersonWhere>;
  /**
   * Return Governments where none of the related People match this filter
   * @deprecated Please use the relevant generic filter 'ledBy: { none: ... }' instead.
   */
  ledBy_NONE?: InputMaybe<PersonWhere>;
  /**
   * Return Governments where one of the related People match this filter
   * @deprecated Please use the relevant generic filter 'ledBy: {  single: ... }' instead.
   */
  ledBy_SINGLE?: InputMaybe<PersonWhere>;
  /**
   * Return Governments where some of the related People match this filter
   * @deprecated Please use the relevant generic filter 'ledBy: {  some: ... }' instead.
   */
  ledBy_SOME?: InputMaybe<PersonWhere>;
  mentionedIn?: InputMaybe<ArticleRelationshipFilters>;
  mentionedInConnection?: InputMaybe<GovernmentMentionedInConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { all: { node: ... } } }' instead.
   */
  mentionedInConnection_ALL?: InputMaybe<GovernmentMentionedInConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { none: { node: ... } } }' instead.
   */
  mentionedInConnection_NONE?: InputMaybe<GovernmentMentionedInConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { single: { node: ... } } }' instead.
   */
  mentionedInConnection_SINGLE?: InputMaybe<GovernmentMentionedInConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { some: { node: ... } } }' instead.
   */
  mentionedInConnection_SOME?: InputMaybe<GovernmentMentionedInConnectionWhere>;
  /**
   * Return Governments where all of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: { all: ... }' instead.
   */
  mentionedIn_ALL?: InputMaybe<ArticleWhere>;
  /**
   * Return Governments where none of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: { none: ... }' instead.
   */
  mentionedIn_NONE?: InputMaybe<ArticleWhere>;
  /**
   * Return Governments where one of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: {  single: ... }' instead.
   */
  mentionedIn_SINGLE?: InputMaybe<ArticleWhere>;
  /**
   * Return Governments where some of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: {  some: ... }' instead.
   */
  mentionedIn_SOME?: InputMaybe<ArticleWhere>;
  name?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gt: ... } */
  name_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gte: ... } */
  name_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter name: { lt: ... } */
  name_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { lte: ... } */
  name_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  paidBy?: InputMaybe<CompanyRelationshipFilters>;
  paidByConnection?: InputMaybe<GovernmentPaidByConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentPaidByConnections match this filter
   * @deprecated Please use the relevant generic filter 'paidByConnection: { all: { node: ... } } }' instead.
   */
  paidByConnection_ALL?: InputMaybe<GovernmentPaidByConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentPaidByConnections match this filter
   * @deprecated Please use the relevant generic filter 'paidByConnection: { none: { node: ... } } }' instead.
   */
  paidByConnection_NONE?: InputMaybe<GovernmentPaidByConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentPaidByConnections match this filter
   * @deprecated Please use the relevant generic filter 'paidByConnection: { single: { node: ... } } }' instead.
   */
  paidByConnection_SINGLE?: InputMaybe<GovernmentPaidByConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentPaidByConnections match this filter
   * @deprecated Please use the relevant generic filter 'paidByConnection: { some: { node: ... } } }' instead.
   */
  paidByConnection_SOME?: InputMaybe<GovernmentPaidByConnectionWhere>;
  /**
   * Return Governments where all of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'paidBy: { all: ... }' instead.
   */
  paidBy_ALL?: InputMaybe<CompanyWhere>;
  /**
   * Return Governments where none of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'paidBy: { none: ... }' instead.
   */
  paidBy_NONE?: InputMaybe<CompanyWhere>;
  /**
   * Return Governments where one of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'paidBy: {  single: ... }' instead.
   */
  paidBy_SINGLE?: InputMaybe<CompanyWhere>;
  /**
   * Return Governments where some of the related Companies match this filter
   * @deprecated Please use the relevant generic filter 'paidBy: {  some: ... }' instead.
   */
  paidBy_SOME?: InputMaybe<CompanyWhere>;
  partOf?: InputMaybe<GovernmentRelationshipFilters>;
  partOfConnection?: InputMaybe<GovernmentPartOfConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentPartOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'partOfConnection: { all: { node: ... } } }' instead.
   */
  partOfConnection_ALL?: InputMaybe<GovernmentPartOfConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentPartOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'partOfConnection: { none: { node: ... } } }' instead.
   */
  partOfConnection_NONE?: InputMaybe<GovernmentPartOfConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentPartOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'partOfConnection: { single: { node: ... } } }' instead.
   */
  partOfConnection_SINGLE?: InputMaybe<GovernmentPartOfConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentPartOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'partOfConnection: { some: { node: ... } } }' instead.
   */
  partOfConnection_SOME?: InputMaybe<GovernmentPartOfConnectionWhere>;
  /**
   * Return Governments where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'partOf: { all: ... }' instead.
   */
  partOf_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Governments where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'partOf: { none: ... }' instead.
   */
  partOf_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Governments where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'partOf: {  single: ... }' instead.
   */
  partOf_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Governments where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'partOf: {  some: ... }' instead.
   */
  partOf_SOME?: InputMaybe<GovernmentWhere>;
  rescinds?: InputMaybe<PolicyRelationshipFilters>;
  rescindsConnection?: InputMaybe<GovernmentRescindsConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentRescindsConnections match this filter
   * @deprecated Please use the relevant generic filter 'rescindsConnection: { all: { node: ... } } }' instead.
   */
  rescindsConnection_ALL?: InputMaybe<GovernmentRescindsConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentRescindsConnections match this filter
   * @deprecated Please use the relevant generic filter 'rescindsConnection: { none: { node: ... } } }' instead.
   */
  rescindsConnection_NONE?: InputMaybe<GovernmentRescindsConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentRescindsConnections match this filter
   * @deprecated Please use the relevant generic filter 'rescindsConnection: { single: { node: ... } } }' instead.
   */
  rescindsConnection_SINGLE?: InputMaybe<GovernmentRescindsConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentRescindsConnections match this filter
   * @deprecated Please use the relevant generic filter 'rescindsConnection: { some: { node: ... } } }' instead.
   */
  rescindsConnection_SOME?: InputMaybe<GovernmentRescindsConnectionWhere>;
  /**
   * Return Governments where all of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'rescinds: { all: ... }' instead.
   */
  rescinds_ALL?: InputMaybe<PolicyWhere>;
  /**
   * Return Governments where none of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'rescinds: { none: ... }' instead.
   */
  rescinds_NONE?: InputMaybe<PolicyWhere>;
  /**
   * Return Governments where one of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'rescinds: {  single: ... }' instead.
   */
  rescinds_SINGLE?: InputMaybe<PolicyWhere>;
  /**
   * Return Governments where some of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'rescinds: {  some: ... }' instead.
   */
  rescinds_SOME?: InputMaybe<PolicyWhere>;
  restrictsExportOf?: InputMaybe<ChipRelationshipFilters>;
  restrictsExportOfConnection?: InputMaybe<GovernmentRestrictsExportOfConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentRestrictsExportOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'restrictsExportOfConnection: { all: { node: ... } } }' instead.
   */
  restrictsExportOfConnection_ALL?: InputMaybe<GovernmentRestrictsExportOfConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentRestrictsExportOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'restrictsExportOfConnection: { none: { node: ... } } }' instead.
   */
  restrictsExportOfConnection_NONE?: InputMaybe<GovernmentRestrictsExportOfConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentRestrictsExportOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'restrictsExportOfConnection: { single: { node: ... } } }' instead.
   */
  restrictsExportOfConnection_SINGLE?: InputMaybe<GovernmentRestrictsExportOfConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentRestrictsExportOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'restrictsExportOfConnection: { some: { node: ... } } }' instead.
   */
  restrictsExportOfConnection_SOME?: InputMaybe<GovernmentRestrictsExportOfConnectionWhere>;
  /**
   * Return Governments where all of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'restrictsExportOf: { all: ... }' instead.
   */
  restrictsExportOf_ALL?: InputMaybe<ChipWhere>;
  /**
   * Return Governments where none of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'restrictsExportOf: { none: ... }' instead.
   */
  restrictsExportOf_NONE?: InputMaybe<ChipWhere>;
  /**
   * Return Governments where one of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'restrictsExportOf: {  single: ... }' instead.
   */
  restrictsExportOf_SINGLE?: InputMaybe<ChipWhere>;
  /**
   * Return Governments where some of the related Chips match this filter
   * @deprecated Please use the relevant generic filter 'restrictsExportOf: {  some: ... }' instead.
   */
  restrictsExportOf_SOME?: InputMaybe<ChipWhere>;
  targetedBy?: InputMaybe<PolicyRelationshipFilters>;
  targetedByConnection?: InputMaybe<GovernmentTargetedByConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { all: { node: ... } } }' instead.
   */
  targetedByConnection_ALL?: InputMaybe<GovernmentTargetedByConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { none: { node: ... } } }' instead.
   */
  targetedByConnection_NONE?: InputMaybe<GovernmentTargetedByConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { single: { node: ... } } }' instead.
   */
  targetedByConnection_SINGLE?: InputMaybe<GovernmentTargetedByConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentTargetedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetedByConnection: { some: { node: ... } } }' instead.
   */
  targetedByConnection_SOME?: InputMaybe<GovernmentTargetedByConnectionWhere>;
  /**
   * Return Governments where all of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: { all: ... }' instead.
   */
  targetedBy_ALL?: InputMaybe<PolicyWhere>;
  /**
   * Return Governments where none of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: { none: ... }' instead.
   */
  targetedBy_NONE?: InputMaybe<PolicyWhere>;
  /**
   * Return Governments where one of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: {  single: ... }' instead.
   */
  targetedBy_SINGLE?: InputMaybe<PolicyWhere>;
  /**
   * Return Governments where some of the related Policies match this filter
   * @deprecated Please use the relevant generic filter 'targetedBy: {  some: ... }' instead.
   */
  targetedBy_SOME?: InputMaybe<PolicyWhere>;
  urgesAvoidanceOf?: InputMaybe<EntityRelationshipFilters>;
  urgesAvoidanceOfConnection?: InputMaybe<GovernmentUrgesAvoidanceOfConnectionFilters>;
  /**
   * Return Governments where all of the related GovernmentUrgesAvoidanceOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'urgesAvoidanceOfConnection: { all: { node: ... } } }' instead.
   */
  urgesAvoidanceOfConnection_ALL?: InputMaybe<GovernmentUrgesAvoidanceOfConnectionWhere>;
  /**
   * Return Governments where none of the related GovernmentUrgesAvoidanceOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'urgesAvoidanceOfConnection: { none: { node: ... } } }' instead.
   */
  urgesAvoidanceOfConnection_NONE?: InputMaybe<GovernmentUrgesAvoidanceOfConnectionWhere>;
  /**
   * Return Governments where one of the related GovernmentUrgesAvoidanceOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'urgesAvoidanceOfConnection: { single: { node: ... } } }' instead.
   */
  urgesAvoidanceOfConnection_SINGLE?: InputMaybe<GovernmentUrgesAvoidanceOfConnectionWhere>;
  /**
   * Return Governments where some of the related GovernmentUrgesAvoidanceOfConnections match this filter
   * @deprecated Please use the relevant generic filter 'urgesAvoidanceOfConnection: { some: { node: ... } } }' instead.
   */
  urgesAvoidanceOfConnection_SOME?: InputMaybe<GovernmentUrgesAvoidanceOfConnectionWhere>;
  /**
   * Return Governments where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'urgesAvoidanceOf: { all: ... }' instead.
   */
  urgesAvoidanceOf_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Governments where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'urgesAvoidanceOf: { none: ... }' instead.
   */
  urgesAvoidanceOf_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Governments where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'urgesAvoidanceOf: {  single: ... }' instead.
   */
  urgesAvoidanceOf_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Governments where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'urgesAvoidanceOf: {  some: ... }' instead.
   */
  urgesAvoidanceOf_SOME?: InputMaybe<EntityWhere>;
};

export type GovernmentsConnection = {
  __typename?: 'GovernmentsConnection';
  aggregate: GovernmentAggregate;
  edges: Array<GovernmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An edge ready to draw; its id is subject|PREDICATE|object. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  confidence: Scalars['Float']['output'];
  date: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  predicate: Predicate;
  /**
   * Number of distinct publications among the sources: near-identical articles (the same story
   * re-published) count once, each curated source once. The edge panel reads "N sources from M publications".
   */
  publications: Scalars['Int']['output'];
  source: Scalars['ID']['output'];
  /** Number of supporting statements. */
  sources: Scalars['Int']['output'];
  target: Scalars['ID']['output'];
  validFrom: Maybe<Scalars['String']['output']>;
  validTo: Maybe<Scalars['String']['output']>;
};

/** A node ready to draw. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** A date that places the node in time (announced, effective or published), ISO. */
  date: Maybe<Scalars['String']['output']>;
  /** Relationships of this node in the whole graph. */
  degree: Scalars['Int']['output'];
  /** Relationships of this node not returned in this answer (the client offers "+N more"). */
  hiddenDegree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Kind or sector, to refine the style (e.g. EXPORT_CONTROL, FOUNDRY). */
  kind: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  type: NodeType;
};

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

export type IngestResult = {
  __typename?: 'IngestResult';
  /** Edges that did not exist before this commit. */
  addedEdges: Array<Scalars['ID']['output']>;
  /** Entities this commit created. */
  addedEntities: Array<Scalars['ID']['output']>;
  /** Hash-derived id of the article (the id it has, or would have, in the graph). */
  articleId: Scalars['ID']['output'];
  /** Entities, corrections applied; an existing entity a relationship ends at may have no mention. */
  entities: Array<ExtractedEntity>;
  /**
   * What decided this reading of the article: a digest of the extractor's version, the gazetteer's
   * version and the text. Pass it back as input.fingerprint with the commit.
   */
  fingerprint: Scalars['String']['output'];
  /** en, fr, or other. */
  language: Scalars['String']['output'];
  /** Names learned, as alias|entityId. */
  learnedAliases: Array<Scalars['String']['output']>;
  publishedAt: Maybe<Scalars['String']['output']>;
  relations: Array<ExtractedRelation>;
  /** Ids of the earlier versions this one replaced. */
  replaced: Array<Scalars['ID']['output']>;
  /** Edges deleted because only the replaced version supported them. */
  retractedEdges: Array<Scalars['ID']['output']>;
  /** Ids of the statements written (or already stored, when UNCHANGED). */
  statements: Array<Scalars['ID']['output']>;
  status: IngestStatus;
  /** The text every offset refers to. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
  warnings: Array<IngestWarning>;
};

/** What ingestArticle did with the article. */
export type IngestStatus =
  /** A new article was written. */
  | 'CREATED'
  /** Preview only: nothing was written. */
  | 'DRY_RUN'
  /** The same text, metadata and corrections were already committed: nothing was written. */
  | 'UNCHANGED'
  /** An earlier version (same id, same url, or the one named by replaces) was replaced. */
  | 'UPDATED';

export type IngestWarning = {
  __typename?: 'IngestWarning';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type IntAggregateSelection = {
  __typename?: 'IntAggregateSelection';
  average: Maybe<Scalars['Float']['output']>;
  max: Maybe<Scalars['Int']['output']>;
  min: Maybe<Scalars['Int']['output']>;
  sum: Maybe<Scalars['Int']['output']>;
};

/** Int list filters */
export type IntListFilters = {
  eq?: InputMaybe<Array<Scalars['Int']['input']>>;
  includes?: InputMaybe<Scalars['Int']['input']>;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The edge properties for the following fields:
 * * Article.mentions
 * * Company.mentionedIn
 * * Government.mentionedIn
 * * Chip.mentionedIn
 * * Policy.mentionedIn
 * * Person.mentionedIn
 */
export type Mention = {
  __typename?: 'Mention';
  ends: Array<Scalars['Int']['output']>;
  starts: Array<Scalars['Int']['output']>;
  texts: Array<Scalars['String']['output']>;
};

export type MentionSort = {
  ends?: InputMaybe<SortDirection>;
  starts?: InputMaybe<SortDirection>;
  texts?: InputMaybe<SortDirection>;
};

/** A mention of an entity in an article's text. */
export type MentionSpan = {
  __typename?: 'MentionSpan';
  end: Scalars['Int']['output'];
  entityId: Scalars['ID']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  type: NodeType;
};

export type MentionWhere = {
  AND?: InputMaybe<Array<MentionWhere>>;
  NOT?: InputMaybe<MentionWhere>;
  OR?: InputMaybe<Array<MentionWhere>>;
  ends?: InputMaybe<IntListFilters>;
  /** @deprecated Please use the relevant generic filter ends: { eq: ... } */
  ends_EQ?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** @deprecated Please use the relevant generic filter ends: { includes: ... } */
  ends_INCLUDES?: InputMaybe<Scalars['Int']['input']>;
  starts?: InputMaybe<IntListFilters>;
  /** @deprecated Please use the relevant generic filter starts: { eq: ... } */
  starts_EQ?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** @deprecated Please use the relevant generic filter starts: { includes: ... } */
  starts_INCLUDES?: InputMaybe<Scalars['Int']['input']>;
  texts?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter texts: { eq: ... } */
  texts_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter texts: { includes: ... } */
  texts_INCLUDES?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Reads an article, extracts its entities and relationships, applies the reviewer's corrections,
   * and commits them unless dryRun (the default: a preview). A commit needs the write token; a
   * dry run writes nothing and needs only read access.
   */
  ingestArticle: IngestResult;
  /** Saves an explorer view (state: its #/explore… URL hash, 40,000 characters at most) under a name; needs the write token. Saving the same name and view again gives the same id. */
  saveView: SavedView;
};


export type MutationIngestArticleArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: ArticleInput;
};


export type MutationSaveViewArgs = {
  name: Scalars['String']['input'];
  state: Scalars['String']['input'];
};

/** A neighbourhood: a subgraph that also says, for each start node, how much of each group it shows. */
export type Neighborhood = {
  __typename?: 'Neighborhood';
  /** At most 4 per node returned: the edges the hops followed first, then the best supported. */
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /**
   * For each start node, its relationships per predicate and direction, and how many the answer
   * shows: the first hop takes the best supported of every group in turns, so a hub shows a few
   * of each kind of relationship rather than thousands of one.
   */
  relationCounts: Array<RelationCount>;
  /** True when the limit cut the answer (nodes or edges). */
  truncated: Scalars['Boolean']['output'];
};

/** Node labels of the graph. */
export type NodeType =
  | 'Article'
  | 'Chip'
  | 'Company'
  | 'Government'
  | 'Person'
  | 'Policy';

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Path = {
  __typename?: 'Path';
  edgeIds: Array<Scalars['ID']['output']>;
  length: Scalars['Int']['output'];
  /** Node ids in order, from the start to the end. */
  nodeIds: Array<Scalars['ID']['output']>;
};

export type Paths = {
  __typename?: 'Paths';
  /**
   * True when the search was cut: it met a hub and did not walk through it (paths through it are not
   * listed), a level of the search was cut at 2,000 nodes, or it ran out of time (10 s: no paths).
   */
  cut: Scalars['Boolean']['output'];
  /** The union of all paths, ready to draw. */
  graph: Subgraph;
  /** The shortest paths found, shortest first; none that pass through a hub (a node with more than 500 relationships) on the way. */
  paths: Array<Path>;
};

export type PeopleConnection = {
  __typename?: 'PeopleConnection';
  aggregate: PersonAggregate;
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A named person who leads a company or a government. */
export type Person = Entity & {
  __typename?: 'Person';
  /** Every other name, in any language: nicknames and common misspellings included. */
  aliases: Array<Scalars['String']['output']>;
  aliasesEn: Array<Scalars['String']['output']>;
  aliasesFr: Array<Scalars['String']['output']>;
  /** Date (ISO) at which the curated facts about this entity were last checked. */
  asOf: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** Stable slug, e.g. "nvidia" or "us-commerce-department". */
  id: Scalars['ID']['output'];
  /** Heads the company or government. */
  leads: Array<Entity>;
  leadsConnection: PersonLeadsConnection;
  /** Articles that name this entity. */
  mentionedIn: Array<Article>;
  mentionedInConnection: PersonMentionedInConnection;
  name: Scalars['String']['output'];
  roles: Array<Scalars['String']['output']>;
};


/** A named person who leads a company or a government. */
export type PersonLeadsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** A named person who leads a company or a government. */
export type PersonLeadsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonLeadsConnectionSort>>;
  where?: InputMaybe<PersonLeadsConnectionWhere>;
};


/** A named person who leads a company or a government. */
export type PersonMentionedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArticleSort>>;
  where?: InputMaybe<ArticleWhere>;
};


/** A named person who leads a company or a government. */
export type PersonMentionedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonMentionedInConnectionSort>>;
  where?: InputMaybe<PersonMentionedInConnectionWhere>;
};

export type PersonAggregate = {
  __typename?: 'PersonAggregate';
  count: Count;
  node: PersonAggregateNode;
};

export type PersonAggregateNode = {
  __typename?: 'PersonAggregateNode';
  asOf: StringAggregateSelection;
  description: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonLeadsConnection = {
  __typename?: 'PersonLeadsConnection';
  edges: Array<PersonLeadsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonLeadsConnectionFilters = {
  /** Return People where all of the related PersonLeadsConnections match this filter */
  all?: InputMaybe<PersonLeadsConnectionWhere>;
  /** Return People where none of the related PersonLeadsConnections match this filter */
  none?: InputMaybe<PersonLeadsConnectionWhere>;
  /** Return People where one of the related PersonLeadsConnections match this filter */
  single?: InputMaybe<PersonLeadsConnectionWhere>;
  /** Return People where some of the related PersonLeadsConnections match this filter */
  some?: InputMaybe<PersonLeadsConnectionWhere>;
};

export type PersonLeadsConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<EntitySort>;
};

export type PersonLeadsConnectionWhere = {
  AND?: InputMaybe<Array<PersonLeadsConnectionWhere>>;
  NOT?: InputMaybe<PersonLeadsConnectionWhere>;
  OR?: InputMaybe<Array<PersonLeadsConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type PersonLeadsRelationship = {
  __typename?: 'PersonLeadsRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: Claim;
};

export type PersonMentionedInConnection = {
  __typename?: 'PersonMentionedInConnection';
  edges: Array<PersonMentionedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonMentionedInConnectionFilters = {
  /** Return People where all of the related PersonMentionedInConnections match this filter */
  all?: InputMaybe<PersonMentionedInConnectionWhere>;
  /** Return People where none of the related PersonMentionedInConnections match this filter */
  none?: InputMaybe<PersonMentionedInConnectionWhere>;
  /** Return People where one of the related PersonMentionedInConnections match this filter */
  single?: InputMaybe<PersonMentionedInConnectionWhere>;
  /** Return People where some of the related PersonMentionedInConnections match this filter */
  some?: InputMaybe<PersonMentionedInConnectionWhere>;
};

export type PersonMentionedInConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<ArticleSort>;
};

export type PersonMentionedInConnectionWhere = {
  AND?: InputMaybe<Array<PersonMentionedInConnectionWhere>>;
  NOT?: InputMaybe<PersonMentionedInConnectionWhere>;
  OR?: InputMaybe<Array<PersonMentionedInConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<ArticleWhere>;
};

export type PersonMentionedInRelationship = {
  __typename?: 'PersonMentionedInRelationship';
  cursor: Scalars['String']['output'];
  node: Article;
  properties: Mention;
};

export type PersonRelationshipFilters = {
  /** Filter type where all of the related People match this filter */
  all?: InputMaybe<PersonWhere>;
  /** Filter type where none of the related People match this filter */
  none?: InputMaybe<PersonWhere>;
  /** Filter type where one of the related People match this filter */
  single?: InputMaybe<PersonWhere>;
  /** Filter type where some of the related People match this filter */
  some?: InputMaybe<PersonWhere>;
};

/** Fields to sort People by. The order in which sorts are applied is not guaranteed when specifying many fields in one PersonSort object. */
export type PersonSort = {
  asOf?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type PersonWhere = {
  AND?: InputMaybe<Array<PersonWhere>>;
  NOT?: InputMaybe<PersonWhere>;
  OR?: InputMaybe<Array<PersonWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  aliasesEn?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { eq: ... } */
  aliasesEn_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { includes: ... } */
  aliasesEn_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  aliasesFr?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { eq: ... } */
  aliasesFr_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { includes: ... } */
  aliasesFr_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter aliases: { eq: ... } */
  aliases_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliases: { includes: ... } */
  aliases_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter asOf: { contains: ... } */
  asOf_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { endsWith: ... } */
  asOf_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { eq: ... } */
  asOf_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gt: ... } */
  asOf_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gte: ... } */
  asOf_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { in: ... } */
  asOf_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter asOf: { lt: ... } */
  asOf_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { lte: ... } */
  asOf_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { startsWith: ... } */
  asOf_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter description: { contains: ... } */
  description_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { endsWith: ... } */
  description_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { eq: ... } */
  description_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gt: ... } */
  description_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gte: ... } */
  description_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { in: ... } */
  description_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter description: { lt: ... } */
  description_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { lte: ... } */
  description_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { startsWith: ... } */
  description_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  leads?: InputMaybe<EntityRelationshipFilters>;
  leadsConnection?: InputMaybe<PersonLeadsConnectionFilters>;
  /**
   * Return People where all of the related PersonLeadsConnections match this filter
   * @deprecated Please use the relevant generic filter 'leadsConnection: { all: { node: ... } } }' instead.
   */
  leadsConnection_ALL?: InputMaybe<PersonLeadsConnectionWhere>;
  /**
   * Return People where none of the related PersonLeadsConnections match this filter
   * @deprecated Please use the relevant generic filter 'leadsConnection: { none: { node: ... } } }' instead.
   */
  leadsConnection_NONE?: InputMaybe<PersonLeadsConnectionWhere>;
  /**
   * Return People where one of the related PersonLeadsConnections match this filter
   * @deprecated Please use the relevant generic filter 'leadsConnection: { single: { node: ... } } }' instead.
   */
  leadsConnection_SINGLE?: InputMaybe<PersonLeadsConnectionWhere>;
  /**
   * Return People where some of the related PersonLeadsConnections match this filter
   * @deprecated Please use the relevant generic filter 'leadsConnection: { some: { node: ... } } }' instead.
   */
  leadsConnection_SOME?: InputMaybe<PersonLeadsConnectionWhere>;
  /**
   * Return People where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'leads: { all: ... }' instead.
   */
  leads_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return People where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'leads: { none: ... }' instead.
   */
  leads_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return People where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'leads: {  single: ... }' instead.
   */
  leads_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return People where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'leads: {  some: ... }' instead.
   */
  leads_SOME?: InputMaybe<EntityWhere>;
  mentionedIn?: InputMaybe<ArticleRelationshipFilters>;
  mentionedInConnection?: InputMaybe<PersonMentionedInConnectionFilters>;
  /**
   * Return People where all of the related PersonMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { all: { node: ... } } }' instead.
   */
  mentionedInConnection_ALL?: InputMaybe<PersonMentionedInConnectionWhere>;
  /**
   * Return People where none of the related PersonMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { none: { node: ... } } }' instead.
   */
  mentionedInConnection_NONE?: InputMaybe<PersonMentionedInConnectionWhere>;
  /**
   * Return People where one of the related PersonMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { single: { node: ... } } }' instead.
   */
  mentionedInConnection_SINGLE?: InputMaybe<PersonMentionedInConnectionWhere>;
  /**
   * Return People where some of the related PersonMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { some: { node: ... } } }' instead.
   */
  mentionedInConnection_SOME?: InputMaybe<PersonMentionedInConnectionWhere>;
  /**
   * Return People where all of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: { all: ... }' instead.
   */
  mentionedIn_ALL?: InputMaybe<ArticleWhere>;
  /**
   * Return People where none of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: { none: ... }' instead.
   */
  mentionedIn_NONE?: InputMaybe<ArticleWhere>;
  /**
   * Return People where one of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: {  single: ... }' instead.
   */
  mentionedIn_SINGLE?: InputMaybe<ArticleWhere>;
  /**
   * Return People where some of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: {  some: ... }' instead.
   */
  mentionedIn_SOME?: InputMaybe<ArticleWhere>;
  name?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gt: ... } */
  name_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gte: ... } */
  name_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter name: { lt: ... } */
  name_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { lte: ... } */
  name_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter roles: { eq: ... } */
  roles_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter roles: { includes: ... } */
  roles_INCLUDES?: InputMaybe<Scalars['String']['input']>;
};

export type PoliciesConnection = {
  __typename?: 'PoliciesConnection';
  aggregate: PolicyAggregate;
  edges: Array<PolicyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An export control, licence requirement, ban, investigation, revenue share, tariff, guidance, subsidy, list or law. */
export type Policy = Entity & {
  __typename?: 'Policy';
  /** Every other name, in any language: nicknames and common misspellings included. */
  aliases: Array<Scalars['String']['output']>;
  aliasesEn: Array<Scalars['String']['output']>;
  aliasesFr: Array<Scalars['String']['output']>;
  announced: Maybe<Scalars['String']['output']>;
  /** Date (ISO) at which the curated facts about this entity were last checked. */
  asOf: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  effective: Maybe<Scalars['String']['output']>;
  ended: Maybe<Scalars['String']['output']>;
  /** Stable slug, e.g. "nvidia" or "us-commerce-department". */
  id: Scalars['ID']['output'];
  /** Inverse of ISSUES: Enacts, imposes, announces or opens the policy. */
  issuedBy: Array<Government>;
  issuedByConnection: PolicyIssuedByConnection;
  /** EXPORT_CONTROL, LICENCE_REQUIREMENT, BAN, INVESTIGATION, REVENUE_SHARE, TARIFF, GUIDANCE, SUBSIDY, LIST or LAW. */
  kind: Scalars['String']['output'];
  /** Articles that name this entity. */
  mentionedIn: Array<Article>;
  mentionedInConnection: PolicyMentionedInConnection;
  name: Scalars['String']['output'];
  /** Inverse of RESCINDS: Withdraws the policy. */
  rescindedBy: Array<Government>;
  rescindedByConnection: PolicyRescindedByConnection;
  /** PROPOSED, ANNOUNCED, IN_FORCE, SUSPENDED, RESCINDED, EXPIRED or CLOSED. */
  status: Maybe<Scalars['String']['output']>;
  summary: Maybe<Scalars['String']['output']>;
  /** The policy applies to this company, chip or country. */
  targets: Array<Entity>;
  targetsConnection: PolicyTargetsConnection;
};


/** An export control, licence requirement, ban, investigation, revenue share, tariff, guidance, subsidy, list or law. */
export type PolicyIssuedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** An export control, licence requirement, ban, investigation, revenue share, tariff, guidance, subsidy, list or law. */
export type PolicyIssuedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PolicyIssuedByConnectionSort>>;
  where?: InputMaybe<PolicyIssuedByConnectionWhere>;
};


/** An export control, licence requirement, ban, investigation, revenue share, tariff, guidance, subsidy, list or law. */
export type PolicyMentionedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArticleSort>>;
  where?: InputMaybe<ArticleWhere>;
};


/** An export control, licence requirement, ban, investigation, revenue share, tariff, guidance, subsidy, list or law. */
export type PolicyMentionedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PolicyMentionedInConnectionSort>>;
  where?: InputMaybe<PolicyMentionedInConnectionWhere>;
};


/** An export control, licence requirement, ban, investigation, revenue share, tariff, guidance, subsidy, list or law. */
export type PolicyRescindedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


/** An export control, licence requirement, ban, investigation, revenue share, tariff, guidance, subsidy, list or law. */
export type PolicyRescindedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PolicyRescindedByConnectionSort>>;
  where?: InputMaybe<PolicyRescindedByConnectionWhere>;
};


/** An export control, licence requirement, ban, investigation, revenue share, tariff, guidance, subsidy, list or law. */
export type PolicyTargetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


/** An export control, licence requirement, ban, investigation, revenue share, tariff, guidance, subsidy, list or law. */
export type PolicyTargetsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PolicyTargetsConnectionSort>>;
  where?: InputMaybe<PolicyTargetsConnectionWhere>;
};

export type PolicyAggregate = {
  __typename?: 'PolicyAggregate';
  count: Count;
  node: PolicyAggregateNode;
};

export type PolicyAggregateNode = {
  __typename?: 'PolicyAggregateNode';
  announced: StringAggregateSelection;
  asOf: StringAggregateSelection;
  description: StringAggregateSelection;
  effective: StringAggregateSelection;
  ended: StringAggregateSelection;
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  status: StringAggregateSelection;
  summary: StringAggregateSelection;
};

export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  cursor: Scalars['String']['output'];
  node: Policy;
};

export type PolicyIssuedByConnection = {
  __typename?: 'PolicyIssuedByConnection';
  edges: Array<PolicyIssuedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PolicyIssuedByConnectionFilters = {
  /** Return Policies where all of the related PolicyIssuedByConnections match this filter */
  all?: InputMaybe<PolicyIssuedByConnectionWhere>;
  /** Return Policies where none of the related PolicyIssuedByConnections match this filter */
  none?: InputMaybe<PolicyIssuedByConnectionWhere>;
  /** Return Policies where one of the related PolicyIssuedByConnections match this filter */
  single?: InputMaybe<PolicyIssuedByConnectionWhere>;
  /** Return Policies where some of the related PolicyIssuedByConnections match this filter */
  some?: InputMaybe<PolicyIssuedByConnectionWhere>;
};

export type PolicyIssuedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type PolicyIssuedByConnectionWhere = {
  AND?: InputMaybe<Array<PolicyIssuedByConnectionWhere>>;
  NOT?: InputMaybe<PolicyIssuedByConnectionWhere>;
  OR?: InputMaybe<Array<PolicyIssuedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type PolicyIssuedByRelationship = {
  __typename?: 'PolicyIssuedByRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

export type PolicyMentionedInConnection = {
  __typename?: 'PolicyMentionedInConnection';
  edges: Array<PolicyMentionedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PolicyMentionedInConnectionFilters = {
  /** Return Policies where all of the related PolicyMentionedInConnections match this filter */
  all?: InputMaybe<PolicyMentionedInConnectionWhere>;
  /** Return Policies where none of the related PolicyMentionedInConnections match this filter */
  none?: InputMaybe<PolicyMentionedInConnectionWhere>;
  /** Return Policies where one of the related PolicyMentionedInConnections match this filter */
  single?: InputMaybe<PolicyMentionedInConnectionWhere>;
  /** Return Policies where some of the related PolicyMentionedInConnections match this filter */
  some?: InputMaybe<PolicyMentionedInConnectionWhere>;
};

export type PolicyMentionedInConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<ArticleSort>;
};

export type PolicyMentionedInConnectionWhere = {
  AND?: InputMaybe<Array<PolicyMentionedInConnectionWhere>>;
  NOT?: InputMaybe<PolicyMentionedInConnectionWhere>;
  OR?: InputMaybe<Array<PolicyMentionedInConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<ArticleWhere>;
};

export type PolicyMentionedInRelationship = {
  __typename?: 'PolicyMentionedInRelationship';
  cursor: Scalars['String']['output'];
  node: Article;
  properties: Mention;
};

export type PolicyRelationshipFilters = {
  /** Filter type where all of the related Policies match this filter */
  all?: InputMaybe<PolicyWhere>;
  /** Filter type where none of the related Policies match this filter */
  none?: InputMaybe<PolicyWhere>;
  /** Filter type where one of the related Policies match this filter */
  single?: InputMaybe<PolicyWhere>;
  /** Filter type where some of the related Policies match this filter */
  some?: InputMaybe<PolicyWhere>;
};

export type PolicyRescindedByConnection = {
  __typename?: 'PolicyRescindedByConnection';
  edges: Array<PolicyRescindedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PolicyRescindedByConnectionFilters = {
  /** Return Policies where all of the related PolicyRescindedByConnections match this filter */
  all?: InputMaybe<PolicyRescindedByConnectionWhere>;
  /** Return Policies where none of the related PolicyRescindedByConnections match this filter */
  none?: InputMaybe<PolicyRescindedByConnectionWhere>;
  /** Return Policies where one of the related PolicyRescindedByConnections match this filter */
  single?: InputMaybe<PolicyRescindedByConnectionWhere>;
  /** Return Policies where some of the related PolicyRescindedByConnections match this filter */
  some?: InputMaybe<PolicyRescindedByConnectionWhere>;
};

export type PolicyRescindedByConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<GovernmentSort>;
};

export type PolicyRescindedByConnectionWhere = {
  AND?: InputMaybe<Array<PolicyRescindedByConnectionWhere>>;
  NOT?: InputMaybe<PolicyRescindedByConnectionWhere>;
  OR?: InputMaybe<Array<PolicyRescindedByConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<GovernmentWhere>;
};

export type PolicyRescindedByRelationship = {
  __typename?: 'PolicyRescindedByRelationship';
  cursor: Scalars['String']['output'];
  node: Government;
  properties: Claim;
};

/** Fields to sort Policies by. The order in which sorts are applied is not guaranteed when specifying many fields in one PolicySort object. */
export type PolicySort = {
  announced?: InputMaybe<SortDirection>;
  asOf?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  effective?: InputMaybe<SortDirection>;
  ended?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  summary?: InputMaybe<SortDirection>;
};

export type PolicyTargetsConnection = {
  __typename?: 'PolicyTargetsConnection';
  edges: Array<PolicyTargetsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PolicyTargetsConnectionFilters = {
  /** Return Policies where all of the related PolicyTargetsConnections match this filter */
  all?: InputMaybe<PolicyTargetsConnectionWhere>;
  /** Return Policies where none of the related PolicyTargetsConnections match this filter */
  none?: InputMaybe<PolicyTargetsConnectionWhere>;
  /** Return Policies where one of the related PolicyTargetsConnections match this filter */
  single?: InputMaybe<PolicyTargetsConnectionWhere>;
  /** Return Policies where some of the related PolicyTargetsConnections match this filter */
  some?: InputMaybe<PolicyTargetsConnectionWhere>;
};

export type PolicyTargetsConnectionSort = {
  edge?: InputMaybe<ClaimSort>;
  node?: InputMaybe<EntitySort>;
};

export type PolicyTargetsConnectionWhere = {
  AND?: InputMaybe<Array<PolicyTargetsConnectionWhere>>;
  NOT?: InputMaybe<PolicyTargetsConnectionWhere>;
  OR?: InputMaybe<Array<PolicyTargetsConnectionWhere>>;
  edge?: InputMaybe<ClaimWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type PolicyTargetsRelationship = {
  __typename?: 'PolicyTargetsRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: Claim;
};

export type PolicyWhere = {
  AND?: InputMaybe<Array<PolicyWhere>>;
  NOT?: InputMaybe<PolicyWhere>;
  OR?: InputMaybe<Array<PolicyWhere>>;
  aliases?: InputMaybe<StringListFilters>;
  aliasesEn?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { eq: ... } */
  aliasesEn_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesEn: { includes: ... } */
  aliasesEn_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  aliasesFr?: InputMaybe<StringListFilters>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { eq: ... } */
  aliasesFr_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliasesFr: { includes: ... } */
  aliasesFr_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter aliases: { eq: ... } */
  aliases_EQ?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter aliases: { includes: ... } */
  aliases_INCLUDES?: InputMaybe<Scalars['String']['input']>;
  announced?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter announced: { contains: ... } */
  announced_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { endsWith: ... } */
  announced_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { eq: ... } */
  announced_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { gt: ... } */
  announced_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { gte: ... } */
  announced_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { in: ... } */
  announced_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter announced: { lt: ... } */
  announced_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { lte: ... } */
  announced_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter announced: { startsWith: ... } */
  announced_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter asOf: { contains: ... } */
  asOf_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { endsWith: ... } */
  asOf_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { eq: ... } */
  asOf_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gt: ... } */
  asOf_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gte: ... } */
  asOf_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { in: ... } */
  asOf_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter asOf: { lt: ... } */
  asOf_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { lte: ... } */
  asOf_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { startsWith: ... } */
  asOf_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter description: { contains: ... } */
  description_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { endsWith: ... } */
  description_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { eq: ... } */
  description_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gt: ... } */
  description_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { gte: ... } */
  description_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { in: ... } */
  description_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter description: { lt: ... } */
  description_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { lte: ... } */
  description_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { startsWith: ... } */
  description_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  effective?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter effective: { contains: ... } */
  effective_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter effective: { endsWith: ... } */
  effective_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter effective: { eq: ... } */
  effective_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter effective: { gt: ... } */
  effective_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter effective: { gte: ... } */
  effective_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter effective: { in: ... } */
  effective_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter effective: { lt: ... } */
  effective_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter effective: { lte: ... } */
  effective_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter effective: { startsWith: ... } */
  effective_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  ended?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter ended: { contains: ... } */
  ended_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ended: { endsWith: ... } */
  ended_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ended: { eq: ... } */
  ended_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ended: { gt: ... } */
  ended_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ended: { gte: ... } */
  ended_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ended: { in: ... } */
  ended_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter ended: { lt: ... } */
  ended_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ended: { lte: ... } */
  ended_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter ended: { startsWith: ... } */
  ended_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  issuedBy?: InputMaybe<GovernmentRelationshipFilters>;
  issuedByConnection?: InputMaybe<PolicyIssuedByConnectionFilters>;
  /**
   * Return Policies where all of the related PolicyIssuedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'issuedByConnection: { all: { node: ... } } }' instead.
   */
  issuedByConnection_ALL?: InputMaybe<PolicyIssuedByConnectionWhere>;
  /**
   * Return Policies where none of the related PolicyIssuedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'issuedByConnection: { none: { node: ... } } }' instead.
   */
  issuedByConnection_NONE?: InputMaybe<PolicyIssuedByConnectionWhere>;
  /**
   * Return Policies where one of the related PolicyIssuedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'issuedByConnection: { single: { node: ... } } }' instead.
   */
  issuedByConnection_SINGLE?: InputMaybe<PolicyIssuedByConnectionWhere>;
  /**
   * Return Policies where some of the related PolicyIssuedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'issuedByConnection: { some: { node: ... } } }' instead.
   */
  issuedByConnection_SOME?: InputMaybe<PolicyIssuedByConnectionWhere>;
  /**
   * Return Policies where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'issuedBy: { all: ... }' instead.
   */
  issuedBy_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Policies where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'issuedBy: { none: ... }' instead.
   */
  issuedBy_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Policies where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'issuedBy: {  single: ... }' instead.
   */
  issuedBy_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Policies where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'issuedBy: {  some: ... }' instead.
   */
  issuedBy_SOME?: InputMaybe<GovernmentWhere>;
  kind?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter kind: { contains: ... } */
  kind_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { endsWith: ... } */
  kind_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { eq: ... } */
  kind_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { gt: ... } */
  kind_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { gte: ... } */
  kind_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { in: ... } */
  kind_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter kind: { lt: ... } */
  kind_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { lte: ... } */
  kind_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter kind: { startsWith: ... } */
  kind_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  mentionedIn?: InputMaybe<ArticleRelationshipFilters>;
  mentionedInConnection?: InputMaybe<PolicyMentionedInConnectionFilters>;
  /**
   * Return Policies where all of the related PolicyMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { all: { node: ... } } }' instead.
   */
  mentionedInConnection_ALL?: InputMaybe<PolicyMentionedInConnectionWhere>;
  /**
   * Return Policies where none of the related PolicyMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { none: { node: ... } } }' instead.
   */
  mentionedInConnection_NONE?: InputMaybe<PolicyMentionedInConnectionWhere>;
  /**
   * Return Policies where one of the related PolicyMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { single: { node: ... } } }' instead.
   */
  mentionedInConnection_SINGLE?: InputMaybe<PolicyMentionedInConnectionWhere>;
  /**
   * Return Policies where some of the related PolicyMentionedInConnections match this filter
   * @deprecated Please use the relevant generic filter 'mentionedInConnection: { some: { node: ... } } }' instead.
   */
  mentionedInConnection_SOME?: InputMaybe<PolicyMentionedInConnectionWhere>;
  /**
   * Return Policies where all of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: { all: ... }' instead.
   */
  mentionedIn_ALL?: InputMaybe<ArticleWhere>;
  /**
   * Return Policies where none of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: { none: ... }' instead.
   */
  mentionedIn_NONE?: InputMaybe<ArticleWhere>;
  /**
   * Return Policies where one of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: {  single: ... }' instead.
   */
  mentionedIn_SINGLE?: InputMaybe<ArticleWhere>;
  /**
   * Return Policies where some of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'mentionedIn: {  some: ... }' instead.
   */
  mentionedIn_SOME?: InputMaybe<ArticleWhere>;
  name?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gt: ... } */
  name_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { gte: ... } */
  name_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter name: { lt: ... } */
  name_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { lte: ... } */
  name_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  rescindedBy?: InputMaybe<GovernmentRelationshipFilters>;
  rescindedByConnection?: InputMaybe<PolicyRescindedByConnectionFilters>;
  /**
   * Return Policies where all of the related PolicyRescindedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'rescindedByConnection: { all: { node: ... } } }' instead.
   */
  rescindedByConnection_ALL?: InputMaybe<PolicyRescindedByConnectionWhere>;
  /**
   * Return Policies where none of the related PolicyRescindedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'rescindedByConnection: { none: { node: ... } } }' instead.
   */
  rescindedByConnection_NONE?: InputMaybe<PolicyRescindedByConnectionWhere>;
  /**
   * Return Policies where one of the related PolicyRescindedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'rescindedByConnection: { single: { node: ... } } }' instead.
   */
  rescindedByConnection_SINGLE?: InputMaybe<PolicyRescindedByConnectionWhere>;
  /**
   * Return Policies where some of the related PolicyRescindedByConnections match this filter
   * @deprecated Please use the relevant generic filter 'rescindedByConnection: { some: { node: ... } } }' instead.
   */
  rescindedByConnection_SOME?: InputMaybe<PolicyRescindedByConnectionWhere>;
  /**
   * Return Policies where all of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'rescindedBy: { all: ... }' instead.
   */
  rescindedBy_ALL?: InputMaybe<GovernmentWhere>;
  /**
   * Return Policies where none of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'rescindedBy: { none: ... }' instead.
   */
  rescindedBy_NONE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Policies where one of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'rescindedBy: {  single: ... }' instead.
   */
  rescindedBy_SINGLE?: InputMaybe<GovernmentWhere>;
  /**
   * Return Policies where some of the related Governments match this filter
   * @deprecated Please use the relevant generic filter 'rescindedBy: {  some: ... }' instead.
   */
  rescindedBy_SOME?: InputMaybe<GovernmentWhere>;
  status?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter status: { contains: ... } */
  status_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { endsWith: ... } */
  status_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { eq: ... } */
  status_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { gt: ... } */
  status_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { gte: ... } */
  status_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { in: ... } */
  status_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter status: { lt: ... } */
  status_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { lte: ... } */
  status_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { startsWith: ... } */
  status_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter summary: { contains: ... } */
  summary_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter summary: { endsWith: ... } */
  summary_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter summary: { eq: ... } */
  summary_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter summary: { gt: ... } */
  summary_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter summary: { gte: ... } */
  summary_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter summary: { in: ... } */
  summary_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter summary: { lt: ... } */
  summary_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter summary: { lte: ... } */
  summary_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter summary: { startsWith: ... } */
  summary_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  targets?: InputMaybe<EntityRelationshipFilters>;
  targetsConnection?: InputMaybe<PolicyTargetsConnectionFilters>;
  /**
   * Return Policies where all of the related PolicyTargetsConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetsConnection: { all: { node: ... } } }' instead.
   */
  targetsConnection_ALL?: InputMaybe<PolicyTargetsConnectionWhere>;
  /**
   * Return Policies where none of the related PolicyTargetsConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetsConnection: { none: { node: ... } } }' instead.
   */
  targetsConnection_NONE?: InputMaybe<PolicyTargetsConnectionWhere>;
  /**
   * Return Policies where one of the related PolicyTargetsConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetsConnection: { single: { node: ... } } }' instead.
   */
  targetsConnection_SINGLE?: InputMaybe<PolicyTargetsConnectionWhere>;
  /**
   * Return Policies where some of the related PolicyTargetsConnections match this filter
   * @deprecated Please use the relevant generic filter 'targetsConnection: { some: { node: ... } } }' instead.
   */
  targetsConnection_SOME?: InputMaybe<PolicyTargetsConnectionWhere>;
  /**
   * Return Policies where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'targets: { all: ... }' instead.
   */
  targets_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Policies where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'targets: { none: ... }' instead.
   */
  targets_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Policies where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'targets: {  single: ... }' instead.
   */
  targets_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Policies where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'targets: {  some: ... }' instead.
   */
  targets_SOME?: InputMaybe<EntityWhere>;
};

/** Relationship predicates of the vocabulary (schema/vocabulary.ts). */
export type Predicate =
  | 'ACQUIRES'
  | 'ALLOWS_EXPORT_OF'
  | 'BASED_ON'
  | 'BUYS'
  | 'COMPETES_WITH'
  | 'DESIGNS'
  | 'FABRICATES'
  | 'HEADQUARTERED_IN'
  | 'INVESTIGATES'
  | 'ISSUES'
  | 'LEADS'
  | 'MAKES'
  | 'MENTIONS'
  | 'PART_OF'
  | 'PAYS'
  | 'RESCINDS'
  | 'RESTRICTS_EXPORT_OF'
  | 'SELLS_TO'
  | 'SUCCESSOR_OF'
  | 'SUPPLIES'
  | 'TARGETS'
  | 'URGES_AVOIDANCE_OF';

export type PredicateChange = {
  /** Edge key as the preview shows it: subject|PREDICATE|object. */
  edge: Scalars['ID']['input'];
  predicate: Predicate;
};

export type Query = {
  __typename?: 'Query';
  /** An article with the spans of its mentions. */
  article: ArticleView;
  articleList: ArticleList;
  articles: Array<Article>;
  articlesConnection: ArticlesConnection;
  /**
   * The audit log: every write that changed the graph, newest first, a page of `first` (1 to 200)
   * entries after the cursor `after` (the endCursor of the page before). Needs the write token.
   */
  auditLog: AuditLogPage;
  chips: Array<Chip>;
  chipsConnection: ChipsConnection;
  companies: Array<Company>;
  companiesConnection: CompaniesConnection;
  /** Provenance of one edge (id subject|PREDICATE|object). */
  edge: EdgeDetail;
  entities: Array<Entity>;
  entitiesConnection: EntitiesConnection;
  /** An entity with its relationships grouped by predicate and the sentences that support them. */
  entity: EntityDetail;
  governments: Array<Government>;
  governmentsConnection: GovernmentsConnection;
  /** The neighbourhood of some entities, up to depth 3, filtered; never more than limit nodes. */
  neighborhood: Neighborhood;
  /** Several shortest paths between two entities. */
  paths: Paths;
  people: Array<Person>;
  peopleConnection: PeopleConnection;
  policies: Array<Policy>;
  policiesConnection: PoliciesConnection;
  /** A saved explorer view by its short id. */
  savedView: SavedView;
  /** The team's saved explorer views, newest first (200 at most). */
  savedViews: Array<SavedView>;
  /** Entities whose name or alias matches, case-, accent- and small-typo-insensitive, best first. */
  search: Array<SearchHit>;
  statements: Array<Statement>;
  statementsConnection: StatementsConnection;
  stats: Stats;
  /** Exactly these entities or articles (at most 500) and every relationship between them: a shared view reopened as drawn. Unknown ids are left out. */
  subgraph: Subgraph;
  /** Dated events about these entities (or all) in order. */
  timeline: Array<TimelineEvent>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticleListArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryArticlesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArticleSort>>;
  where?: InputMaybe<ArticleWhere>;
};


export type QueryArticlesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArticleSort>>;
  where?: InputMaybe<ArticleWhere>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChipsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSort>>;
  where?: InputMaybe<ChipWhere>;
};


export type QueryChipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ChipSort>>;
  where?: InputMaybe<ChipWhere>;
};


export type QueryCompaniesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


export type QueryCompaniesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CompanySort>>;
  where?: InputMaybe<CompanyWhere>;
};


export type QueryEdgeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type QueryEntitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGovernmentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


export type QueryGovernmentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<GovernmentSort>>;
  where?: InputMaybe<GovernmentWhere>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  nodeTypes?: InputMaybe<Array<NodeType>>;
  predicates?: InputMaybe<Array<Predicate>>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  predicates?: InputMaybe<Array<Predicate>>;
  to: Scalars['ID']['input'];
};


export type QueryPeopleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryPeopleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PersonSort>>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryPoliciesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PolicySort>>;
  where?: InputMaybe<PolicyWhere>;
};


export type QueryPoliciesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PolicySort>>;
  where?: InputMaybe<PolicyWhere>;
};


export type QuerySavedViewArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeType>>;
};


export type QueryStatementsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StatementSort>>;
  where?: InputMaybe<StatementWhere>;
};


export type QueryStatementsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StatementSort>>;
  where?: InputMaybe<StatementWhere>;
};


export type QuerySubgraphArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryTimelineArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A relationship the pipeline missed. Refused (BAD_USER_INPUT) when the predicate's domain and range
 * do not fit the two ends' types or the evidence is not a non-blank span of the text; refused
 * (ENTITY_NOT_FOUND) when an id names no entity.
 */
export type RelationAddition = {
  /** The sentence (or words) that state it, as offsets: its text is taken from the article; blank space at its edges is left out; 2,000 characters at most. */
  evidence: TextRange;
  /** Id of an entity of the article or of the graph, as for subject. */
  object: Scalars['ID']['input'];
  predicate: Predicate;
  /** Id of an entity of the article (after the other corrections, e.g. one marked with addEntities) or of any entity of the graph. */
  subject: Scalars['ID']['input'];
};

/**
 * The relationships of one node with one predicate in one direction: how many the graph holds and
 * how many the answer shows (the best supported ones). Ask again with `predicates: [that one]` to
 * see more of a group.
 */
export type RelationCount = {
  __typename?: 'RelationCount';
  /** OUT when the node is the subject, IN when it is the object. */
  direction: Scalars['String']['output'];
  nodeId: Scalars['ID']['output'];
  predicate: Predicate;
  /** Relationships of the group among this answer's edges. */
  shown: Scalars['Int']['output'];
  /** Relationships of the group in the whole graph (before the period and confidence filters). */
  total: Scalars['Int']['output'];
};

export type RelationGroup = {
  __typename?: 'RelationGroup';
  /** OUT when the entity is the subject, IN when it is the object. */
  direction: Scalars['String']['output'];
  /** The best supported of the group (most sources, then highest confidence), at most 10. */
  edges: Array<EdgeDetail>;
  predicate: Predicate;
  /** Relationships of the group in the whole graph. */
  total: Scalars['Int']['output'];
};

/**
 * A reviewer's corrections, naming extracted relationships by the edge keys of the uncorrected
 * preview. Applied in this order: links, addEntities, changeTypes, then dropRelations,
 * changePredicates and changeEnds, then addRelations. A correction that cannot apply is refused
 * with BAD_USER_INPUT or ENTITY_NOT_FOUND and nothing is written.
 */
export type ReviewCorrections = {
  /** Spans of the text marked as a mention of an existing or a new entity. */
  addEntities?: InputMaybe<Array<EntityMark>>;
  /** Relationships the pipeline missed, each with its evidence; written with rule `reviewer` and confidence 1. */
  addRelations?: InputMaybe<Array<RelationAddition>>;
  /** Extracted relationships with another subject or object. */
  changeEnds?: InputMaybe<Array<EndsChange>>;
  /** Extracted relationships to write with another predicate. */
  changePredicates?: InputMaybe<Array<PredicateChange>>;
  /** New entities of the article whose guessed type is wrong. */
  changeTypes?: InputMaybe<Array<TypeChange>>;
  /** Edge keys of extracted relationships not to write. */
  dropRelations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New entities of the article that are in fact an existing entity. */
  links?: InputMaybe<Array<CandidateLink>>;
};

/**
 * An explorer view saved under a short id and a name: `state` is the explorer's URL hash
 * (`#/explore?n=…`), which reopens the same nodes at the same places with the same filters.
 */
export type SavedView = {
  __typename?: 'SavedView';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  state: Scalars['String']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The name or alias that matched the text. */
  matched: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Relevance, higher is better. */
  score: Scalars['Float']['output'];
  type: NodeType;
};

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

/** One source's support for one relationship: an article sentence, or a curated source. */
export type Statement = {
  __typename?: 'Statement';
  amount: Maybe<Scalars['String']['output']>;
  article: Array<Article>;
  articleConnection: StatementArticleConnection;
  asOf: Maybe<Scalars['String']['output']>;
  confidence: Scalars['Float']['output'];
  date: Maybe<Scalars['String']['output']>;
  /** Id of the edge it supports (subject|PREDICATE|object). */
  edgeId: Scalars['ID']['output'];
  end: Maybe<Scalars['Int']['output']>;
  firstSeen: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  objectId: Scalars['ID']['output'];
  predicate: Scalars['String']['output'];
  /** Extraction rule that produced it, or "curated". */
  rule: Scalars['String']['output'];
  /** The sentence quoted from the article, or the curated note. */
  sentence: Maybe<Scalars['String']['output']>;
  /** Publication and URL of a curated source. */
  sourceName: Maybe<Scalars['String']['output']>;
  sourceUrl: Maybe<Scalars['String']['output']>;
  /** UTF-16 offsets of the sentence in the article's text. */
  start: Maybe<Scalars['Int']['output']>;
  subjectId: Scalars['ID']['output'];
  validFrom: Maybe<Scalars['String']['output']>;
  validTo: Maybe<Scalars['String']['output']>;
};


/** One source's support for one relationship: an article sentence, or a curated source. */
export type StatementArticleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ArticleSort>>;
  where?: InputMaybe<ArticleWhere>;
};


/** One source's support for one relationship: an article sentence, or a curated source. */
export type StatementArticleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StatementArticleConnectionSort>>;
  where?: InputMaybe<StatementArticleConnectionWhere>;
};

export type StatementAggregate = {
  __typename?: 'StatementAggregate';
  count: Count;
  node: StatementAggregateNode;
};

export type StatementAggregateNode = {
  __typename?: 'StatementAggregateNode';
  amount: StringAggregateSelection;
  asOf: StringAggregateSelection;
  confidence: FloatAggregateSelection;
  date: StringAggregateSelection;
  end: IntAggregateSelection;
  firstSeen: DateTimeAggregateSelection;
  predicate: StringAggregateSelection;
  rule: StringAggregateSelection;
  sentence: StringAggregateSelection;
  sourceName: StringAggregateSelection;
  sourceUrl: StringAggregateSelection;
  start: IntAggregateSelection;
  validFrom: StringAggregateSelection;
  validTo: StringAggregateSelection;
};

export type StatementArticleConnection = {
  __typename?: 'StatementArticleConnection';
  edges: Array<StatementArticleRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementArticleConnectionFilters = {
  /** Return Statements where all of the related StatementArticleConnections match this filter */
  all?: InputMaybe<StatementArticleConnectionWhere>;
  /** Return Statements where none of the related StatementArticleConnections match this filter */
  none?: InputMaybe<StatementArticleConnectionWhere>;
  /** Return Statements where one of the related StatementArticleConnections match this filter */
  single?: InputMaybe<StatementArticleConnectionWhere>;
  /** Return Statements where some of the related StatementArticleConnections match this filter */
  some?: InputMaybe<StatementArticleConnectionWhere>;
};

export type StatementArticleConnectionSort = {
  node?: InputMaybe<ArticleSort>;
};

export type StatementArticleConnectionWhere = {
  AND?: InputMaybe<Array<StatementArticleConnectionWhere>>;
  NOT?: InputMaybe<StatementArticleConnectionWhere>;
  OR?: InputMaybe<Array<StatementArticleConnectionWhere>>;
  node?: InputMaybe<ArticleWhere>;
};

export type StatementArticleRelationship = {
  __typename?: 'StatementArticleRelationship';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type StatementRelationshipFilters = {
  /** Filter type where all of the related Statements match this filter */
  all?: InputMaybe<StatementWhere>;
  /** Filter type where none of the related Statements match this filter */
  none?: InputMaybe<StatementWhere>;
  /** Filter type where one of the related Statements match this filter */
  single?: InputMaybe<StatementWhere>;
  /** Filter type where some of the related Statements match this filter */
  some?: InputMaybe<StatementWhere>;
};

/** Fields to sort Statements by. The order in which sorts are applied is not guaranteed when specifying many fields in one StatementSort object. */
export type StatementSort = {
  amount?: InputMaybe<SortDirection>;
  asOf?: InputMaybe<SortDirection>;
  confidence?: InputMaybe<SortDirection>;
  date?: InputMaybe<SortDirection>;
  edgeId?: InputMaybe<SortDirection>;
  end?: InputMaybe<SortDirection>;
  firstSeen?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  objectId?: InputMaybe<SortDirection>;
  predicate?: InputMaybe<SortDirection>;
  rule?: InputMaybe<SortDirection>;
  sentence?: InputMaybe<SortDirection>;
  sourceName?: InputMaybe<SortDirection>;
  sourceUrl?: InputMaybe<SortDirection>;
  start?: InputMaybe<SortDirection>;
  subjectId?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validTo?: InputMaybe<SortDirection>;
};

export type StatementWhere = {
  AND?: InputMaybe<Array<StatementWhere>>;
  NOT?: InputMaybe<StatementWhere>;
  OR?: InputMaybe<Array<StatementWhere>>;
  amount?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter amount: { contains: ... } */
  amount_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { endsWith: ... } */
  amount_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { eq: ... } */
  amount_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { gt: ... } */
  amount_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { gte: ... } */
  amount_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { in: ... } */
  amount_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter amount: { lt: ... } */
  amount_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { lte: ... } */
  amount_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter amount: { startsWith: ... } */
  amount_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  article?: InputMaybe<ArticleRelationshipFilters>;
  articleConnection?: InputMaybe<StatementArticleConnectionFilters>;
  /**
   * Return Statements where all of the related StatementArticleConnections match this filter
   * @deprecated Please use the relevant generic filter 'articleConnection: { all: { node: ... } } }' instead.
   */
  articleConnection_ALL?: InputMaybe<StatementArticleConnectionWhere>;
  /**
   * Return Statements where none of the related StatementArticleConnections match this filter
   * @deprecated Please use the relevant generic filter 'articleConnection: { none: { node: ... } } }' instead.
   */
  articleConnection_NONE?: InputMaybe<StatementArticleConnectionWhere>;
  /**
   * Return Statements where one of the related StatementArticleConnections match this filter
   * @deprecated Please use the relevant generic filter 'articleConnection: { single: { node: ... } } }' instead.
   */
  articleConnection_SINGLE?: InputMaybe<StatementArticleConnectionWhere>;
  /**
   * Return Statements where some of the related StatementArticleConnections match this filter
   * @deprecated Please use the relevant generic filter 'articleConnection: { some: { node: ... } } }' instead.
   */
  articleConnection_SOME?: InputMaybe<StatementArticleConnectionWhere>;
  /**
   * Return Statements where all of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'article: { all: ... }' instead.
   */
  article_ALL?: InputMaybe<ArticleWhere>;
  /**
   * Return Statements where none of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'article: { none: ... }' instead.
   */
  article_NONE?: InputMaybe<ArticleWhere>;
  /**
   * Return Statements where one of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'article: {  single: ... }' instead.
   */
  article_SINGLE?: InputMaybe<ArticleWhere>;
  /**
   * Return Statements where some of the related Articles match this filter
   * @deprecated Please use the relevant generic filter 'article: {  some: ... }' instead.
   */
  article_SOME?: InputMaybe<ArticleWhere>;
  asOf?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter asOf: { contains: ... } */
  asOf_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { endsWith: ... } */
  asOf_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { eq: ... } */
  asOf_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gt: ... } */
  asOf_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { gte: ... } */
  asOf_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { in: ... } */
  asOf_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter asOf: { lt: ... } */
  asOf_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { lte: ... } */
  asOf_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter asOf: { startsWith: ... } */
  asOf_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  confidence?: InputMaybe<FloatScalarFilters>;
  /** @deprecated Please use the relevant generic filter confidence: { eq: ... } */
  confidence_EQ?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { gt: ... } */
  confidence_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { gte: ... } */
  confidence_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { in: ... } */
  confidence_IN?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** @deprecated Please use the relevant generic filter confidence: { lt: ... } */
  confidence_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { lte: ... } */
  confidence_LTE?: InputMaybe<Scalars['Float']['input']>;
  date?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter date: { contains: ... } */
  date_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { endsWith: ... } */
  date_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { eq: ... } */
  date_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { gt: ... } */
  date_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { gte: ... } */
  date_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { in: ... } */
  date_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter date: { lt: ... } */
  date_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { lte: ... } */
  date_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter date: { startsWith: ... } */
  date_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  edgeId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter edgeId: { contains: ... } */
  edgeId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter edgeId: { endsWith: ... } */
  edgeId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter edgeId: { eq: ... } */
  edgeId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter edgeId: { in: ... } */
  edgeId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter edgeId: { startsWith: ... } */
  edgeId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  end?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter end: { eq: ... } */
  end_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter end: { gt: ... } */
  end_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter end: { gte: ... } */
  end_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter end: { in: ... } */
  end_IN?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  /** @deprecated Please use the relevant generic filter end: { lt: ... } */
  end_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter end: { lte: ... } */
  end_LTE?: InputMaybe<Scalars['Int']['input']>;
  firstSeen?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter firstSeen: { eq: ... } */
  firstSeen_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { gt: ... } */
  firstSeen_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { gte: ... } */
  firstSeen_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { in: ... } */
  firstSeen_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter firstSeen: { lt: ... } */
  firstSeen_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter firstSeen: { lte: ... } */
  firstSeen_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  id?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter id: { contains: ... } */
  id_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { endsWith: ... } */
  id_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { eq: ... } */
  id_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter id: { in: ... } */
  id_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter id: { startsWith: ... } */
  id_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  objectId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter objectId: { contains: ... } */
  objectId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter objectId: { endsWith: ... } */
  objectId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter objectId: { eq: ... } */
  objectId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter objectId: { in: ... } */
  objectId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter objectId: { startsWith: ... } */
  objectId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  predicate?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter predicate: { contains: ... } */
  predicate_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter predicate: { endsWith: ... } */
  predicate_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter predicate: { eq: ... } */
  predicate_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter predicate: { gt: ... } */
  predicate_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter predicate: { gte: ... } */
  predicate_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter predicate: { in: ... } */
  predicate_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter predicate: { lt: ... } */
  predicate_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter predicate: { lte: ... } */
  predicate_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter predicate: { startsWith: ... } */
  predicate_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  rule?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter rule: { contains: ... } */
  rule_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter rule: { endsWith: ... } */
  rule_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter rule: { eq: ... } */
  rule_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter rule: { gt: ... } */
  rule_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter rule: { gte: ... } */
  rule_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter rule: { in: ... } */
  rule_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter rule: { lt: ... } */
  rule_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter rule: { lte: ... } */
  rule_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter rule: { startsWith: ... } */
  rule_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sentence?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter sentence: { contains: ... } */
  sentence_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sentence: { endsWith: ... } */
  sentence_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sentence: { eq: ... } */
  sentence_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sentence: { gt: ... } */
  sentence_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sentence: { gte: ... } */
  sentence_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sentence: { in: ... } */
  sentence_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter sentence: { lt: ... } */
  sentence_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sentence: { lte: ... } */
  sentence_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sentence: { startsWith: ... } */
  sentence_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sourceName?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter sourceName: { contains: ... } */
  sourceName_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceName: { endsWith: ... } */
  sourceName_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceName: { eq: ... } */
  sourceName_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceName: { gt: ... } */
  sourceName_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceName: { gte: ... } */
  sourceName_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceName: { in: ... } */
  sourceName_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter sourceName: { lt: ... } */
  sourceName_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceName: { lte: ... } */
  sourceName_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceName: { startsWith: ... } */
  sourceName_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  sourceUrl?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter sourceUrl: { contains: ... } */
  sourceUrl_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceUrl: { endsWith: ... } */
  sourceUrl_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceUrl: { eq: ... } */
  sourceUrl_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceUrl: { gt: ... } */
  sourceUrl_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceUrl: { gte: ... } */
  sourceUrl_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceUrl: { in: ... } */
  sourceUrl_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter sourceUrl: { lt: ... } */
  sourceUrl_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceUrl: { lte: ... } */
  sourceUrl_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sourceUrl: { startsWith: ... } */
  sourceUrl_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter start: { eq: ... } */
  start_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter start: { gt: ... } */
  start_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter start: { gte: ... } */
  start_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter start: { in: ... } */
  start_IN?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  /** @deprecated Please use the relevant generic filter start: { lt: ... } */
  start_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter start: { lte: ... } */
  start_LTE?: InputMaybe<Scalars['Int']['input']>;
  subjectId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter subjectId: { contains: ... } */
  subjectId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter subjectId: { endsWith: ... } */
  subjectId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter subjectId: { eq: ... } */
  subjectId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter subjectId: { in: ... } */
  subjectId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter subjectId: { startsWith: ... } */
  subjectId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  validFrom?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter validFrom: { contains: ... } */
  validFrom_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { endsWith: ... } */
  validFrom_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { eq: ... } */
  validFrom_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { gt: ... } */
  validFrom_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { gte: ... } */
  validFrom_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { in: ... } */
  validFrom_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter validFrom: { lt: ... } */
  validFrom_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { lte: ... } */
  validFrom_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validFrom: { startsWith: ... } */
  validFrom_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter validTo: { contains: ... } */
  validTo_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { endsWith: ... } */
  validTo_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { eq: ... } */
  validTo_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { gt: ... } */
  validTo_GT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { gte: ... } */
  validTo_GTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { in: ... } */
  validTo_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter validTo: { lt: ... } */
  validTo_LT?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { lte: ... } */
  validTo_LTE?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter validTo: { startsWith: ... } */
  validTo_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type StatementsConnection = {
  __typename?: 'StatementsConnection';
  aggregate: StatementAggregate;
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Stats = {
  __typename?: 'Stats';
  articles: Scalars['Int']['output'];
  edges: Array<CountByPredicate>;
  /** Earliest and latest dates present, for the time slider. */
  firstDate: Maybe<Scalars['String']['output']>;
  lastDate: Maybe<Scalars['String']['output']>;
  nodes: Array<CountByType>;
  statements: Scalars['Int']['output'];
};

export type StringAggregateSelection = {
  __typename?: 'StringAggregateSelection';
  longest: Maybe<Scalars['String']['output']>;
  shortest: Maybe<Scalars['String']['output']>;
};

/** String list filters */
export type StringListFilters = {
  eq?: InputMaybe<Array<Scalars['String']['input']>>;
  includes?: InputMaybe<Scalars['String']['input']>;
};

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  gt?: InputMaybe<Scalars['String']['input']>;
  gte?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  lt?: InputMaybe<Scalars['String']['input']>;
  lte?: InputMaybe<Scalars['String']['input']>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when the limit cut the answer. */
  truncated: Scalars['Boolean']['output'];
};

/** UTF-16 offsets into the article's text (the `text` the preview returns), end excluded. */
export type TextRange = {
  end: Scalars['Int']['input'];
  start: Scalars['Int']['input'];
};

/** A span of the article's text (UTF-16 offsets). */
export type TextSpan = {
  __typename?: 'TextSpan';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  articleId: Maybe<Scalars['ID']['output']>;
  date: Scalars['String']['output'];
  edgeId: Maybe<Scalars['ID']['output']>;
  /** POLICY, RELATIONSHIP, STATEMENT (a sentence of an article about the entity) or ARTICLE. */
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  nodeId: Maybe<Scalars['ID']['output']>;
  /** For a STATEMENT: the sentence quoted. */
  sentence: Maybe<Scalars['String']['output']>;
};

export type TypeChange = {
  entityId: Scalars['ID']['input'];
  type: NodeType;
};
