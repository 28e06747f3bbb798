/**
 * Adding a relationship the pipeline missed: its evidence is the text selected in the article
 * (or a sentence chosen from the list, for keyboard use), its subject and object are chosen among
 * the article's entities or found by search, and its predicate among those whose domain and range
 * fit their types.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { Predicate } from '../../../schema/vocabulary.ts';
import { predicateWords } from '../graph/to-elements.ts';
import { typeLabel, useMessages } from '../i18n/messages.ts';
import { EntityChoice } from './entity-choice.tsx';
import { entitiesInside, fittingPredicates, sentencesOf, type AddedRelation, type EntityRef, type Review, type TextSpan } from './review-state.ts';
import type { IngestResult } from './ingest-request.ts';
import { newReviewKey, ReviewForm, useNewSelection } from './review-form.tsx';

interface AddRelationFormProps {
  preview: Pick<IngestResult, 'entities' | 'relations' | 'text'>;
  review: Review;
  /** The text last selected in the article. */
  selection: TextSpan | null;
  onAdd(relation: AddedRelation): void;
  onCancel(): void;
}

const shorten = (text: string, length: number): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function AddRelationForm({ preview, review, selection, onAdd, onCancel }: AddRelationFormProps) {
  const id = useId();
  const t = useMessages();
  const sentences = useMemo(() => sentencesOf(preview.text), [preview.text]);
  const entities = useMemo(() => {
    // The article's entities, then any entity an earlier correction brought in.
    const list = new Map<string, EntityRef>();
    for (const entity of entitiesInside({ start: 0, end: preview.text.length }, preview, review)) list.set(entity.id, entity);
    for (const entity of preview.entities) if (!list.has(entity.id) && !review.links.has(entity.id)) list.set(entity.id, { id: entity.id, name: entity.name, type: entity.type });
    return [...list.values()];
  }, [preview, review]);
  const [evidence, setEvidence] = useState<TextSpan | null>(null);
  const [subject, setSubject] = useState<EntityRef | null>(null);
  const [object, setObject] = useState<EntityRef | null>(null);
  const [predicate, setPredicate] = useState<Predicate | ''>('');

  /** Takes a span as the evidence; its first two entities become the ends not chosen yet. */
  function takeEvidence(span: TextSpan): void {
    setEvidence(span);
    const inside = entitiesInside(span, preview, review);
    setSubject((current) => current ?? inside[0] ?? null);
    setObject((current) => current ?? (inside.find((entity) => entity.id !== (subject ?? inside[0])?.id) ?? null));
  }

  // A new selection in the article becomes the evidence.
  useNewSelection(selection, takeEvidence);

  const predicates = fittingPredicates(subject?.type, object?.type);
  useEffect(() => {
    if (predicate && !predicates.includes(predicate)) setPredicate('');
  }, [predicate, predicates]);

  const ready = evidence !== null && subject !== null && object !== null && subject.id !== object.id && predicate !== '';
  const sentence = evidence ? sentences.find((s) => s.start === evidence.start && s.end === evidence.end) : undefined;

  function submit(): void {
    if (!ready) return;
    onAdd({ key: newReviewKey('added'), subject, predicate, object, evidence });
  }

  /** An end chosen as the other end's entity leaves the other end to choose again. */
  const chooseSubject = (entity: EntityRef): void => {
    setSubject(entity);
    if (object?.id === entity.id) setObject(null);
  };
  const chooseObject = (entity: EntityRef): void => {
    setObject(entity);
    if (subject?.id === entity.id) setSubject(null);
  };
  const read = preview.relations.some((r) => subject && object && r.subject === subject.id && r.object === object.id && r.predicate === predicate);

  return (
    <ReviewForm label={t('revAddRelation')} title={t('revAddRelation')} submitLabel={t('relSubmit')} ready={ready} onSubmit={submit} onCancel={onCancel}>
      <div className="form-evidence">
        <span className="choice-label">{t('relEvidence')}</span>
        {evidence ? (
          <blockquote className="evidence-sentence" data-start={evidence.start} data-end={evidence.end}>
            {shorten(evidence.text, 320)}
          </blockquote>
        ) : (
          <p className="muted small">{t('relEvidenceHint')}</p>
        )}
        <label className="visually-hidden" htmlFor={`${id}-sentence`}>
          {t('relEvidenceSentence')}
        </label>
        <select
          id={`${id}-sentence`}
          className="sentence-select"
          value={sentence ? String(sentence.start) : ''}
          onChange={(event) => {
            const chosen = sentences.find((s) => String(s.start) === event.target.value);
            if (chosen) takeEvidence(chosen);
          }}
        >
          <option value="">{evidence && !sentence ? t('relYourSelection') : t('relChooseSentence')}</option>
          {sentences.map((s) => (
            <option key={s.start} value={String(s.start)}>
              {shorten(s.text, 90)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-ends">
        <EntityChoice label={t('relSubject')} value={subject} options={entities} refusal={() => null} onChange={chooseSubject} />
        <button
          type="button"
          className="icon-button swap-ends"
          aria-label={t('relSwap')}
          title={t('relSwap')}
          disabled={!subject && !object}
          onClick={() => (setSubject(object), setObject(subject))}
        >
          ⇄
        </button>
        <EntityChoice label={t('relObject')} value={object} options={entities} refusal={() => null} onChange={chooseObject} />
      </div>
      <label className="select-label">
        {t('relRelationship')}
        <select value={predicate} onChange={(event) => setPredicate(event.target.value as Predicate)} disabled={predicates.length === 0}>
          <option value="" disabled>
            {subject && object ? (predicates.length > 0 ? t('choose') : t('relNoneFits')) : t('relEndsFirst')}
          </option>
          {predicates.map((p) => (
            <option key={p} value={p}>
              {predicateWords(p)}
            </option>
          ))}
        </select>
      </label>
      {subject && object && predicates.length === 0 && (
        <p className="field-problem small" role="status">
          {t('relNoPredicate', { subject: typeLabel(t, subject.type), object: typeLabel(t, object.type) })}
        </p>
      )}
      {read && (
        <p className="small muted" role="status">
          {t('relAlsoRead')}
        </p>
      )}
    </ReviewForm>
  );
}
