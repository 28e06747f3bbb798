/**
 * The sources of a relationship grouped by publication: near-identical copies of one story (the
 * server gives each article the id of the first of its copies as `publication`) form one group,
 * each curated source or article without copies one of its own. Groups keep the order of their
 * first source; the edge panel shows one quote per group and names the copies.
 */

interface Groupable {
  readonly statementId: string;
  readonly articleId?: string | null;
  readonly publication?: string | null;
}

export interface PublicationGroup<E extends Groupable> {
  /** The publication's id (or the source's own, when it has no copies). */
  readonly key: string;
  /** Its sources, the first one shown in full. */
  readonly evidence: readonly E[];
}

export function groupByPublication<E extends Groupable>(evidence: readonly E[]): PublicationGroup<E>[] {
  const groups = new Map<string, E[]>();
  for (const item of evidence) {
    const key = item.publication ?? item.articleId ?? item.statementId;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, items]) => ({ key, evidence: items }));
}
