/**
 * Marking words of the article as an entity the pipeline missed: the words selected in the text
 * (or typed as written, for keyboard use) become a mention of a new entity, with its type and
 * name, or of an existing one found by search.
 */
import { useId, useState } from 'react';
import type { EntityType } from '../../../schema/vocabulary.ts';
import { useMessages } from '../i18n/messages.ts';
import { EntityChoice } from './entity-choice.tsx';
import { EntityTypeSelect } from './entity-type-select.tsx';
import { newEntityId, type EntityMark, type EntityRef, type TextSpan } from './review-state.ts';
import { newReviewKey, ReviewForm, useNewSelection } from './review-form.tsx';
import { occurrencesOf } from './selection-offsets.ts';

interface MarkEntityFormProps {
  text: string;
  /** The article's entities, to link the words to one of them. */
  entities: readonly EntityRef[];
  /** The text last selected in the article. */
  selection: TextSpan | null;
  onMark(mark: EntityMark): void;
  onCancel(): void;
}

/** Longest span and name the server accepts. */
const MAX_NAME = 200;

export function MarkEntityForm({ text, entities, selection, onMark, onCancel }: MarkEntityFormProps) {
  const id = useId();
  const t = useMessages();
  const [span, setSpan] = useState<TextSpan | null>(null);
  const [words, setWords] = useState('');
  const [kind, setKind] = useState<'new' | 'existing'>('new');
  const [type, setType] = useState<EntityType>('Company');
  const [name, setName] = useState('');
  const [existing, setExisting] = useState<EntityRef | null>(null);

  // A new selection in the article becomes the span, and the new entity's name.
  useNewSelection(selection, (chosen) => {
    setSpan(chosen);
    setWords(chosen.text);
    setName(chosen.text.replace(/\s+/g, ' '));
  });

  const found = words.trim() && words !== span?.text ? occurrencesOf(words, text) : [];
  const tooLong = span !== null && span.end - span.start > MAX_NAME;
  const ready = span !== null && !tooLong && (kind === 'new' ? newEntityId(name) !== '' && name.trim().length <= MAX_NAME : existing !== null);

  function submit(): void {
    if (!span) return;
    const entity: EntityRef = kind === 'new' ? { id: newEntityId(name), name: name.replace(/\s+/g, ' ').trim(), type } : (existing as EntityRef);
    onMark({ key: newReviewKey('mark'), span, entity, isNew: kind === 'new' });
  }

  return (
    <ReviewForm label={t('revMarkEntity')} title={t('markTitle')} submitLabel={t('markSubmit')} ready={ready} onSubmit={submit} onCancel={onCancel}>
      <label className="field">
        <span>{t('markWords')}</span>
        <input
          value={words}
          onChange={(event) => {
            const typed = event.target.value;
            setWords(typed);
            const first = occurrencesOf(typed, text)[0] ?? null;
            setSpan(first);
            if (first && kind === 'new') setName(first.text.replace(/\s+/g, ' '));
          }}
        />
      </label>
      <p className="small muted" role="status">
        {span
          ? `${t('markOffsets', { start: span.start, end: span.end })}${found.length > 1 ? t('markFirstOf', { count: found.length }) : ''}${tooLong ? t('markTooLong', { max: MAX_NAME }) : ''}.`
          : words.trim()
            ? t('markNotInText')
            : t('markNothing')}
      </p>
      <fieldset className="mark-kind">
        <legend className="visually-hidden">{t('markNames')}</legend>
        <label>
          <input type="radio" name={`${id}-kind`} checked={kind === 'new'} onChange={() => setKind('new')} /> {t('markNew')}
        </label>
        <label>
          <input type="radio" name={`${id}-kind`} checked={kind === 'existing'} onChange={() => setKind('existing')} /> {t('markExisting')}
        </label>
      </fieldset>
      {kind === 'new' ? (
        <div className="form-row">
          <EntityTypeSelect value={type} onChange={setType} />
          <label className="field grow">
            <span>{t('name')}</span>
            <input value={name} maxLength={MAX_NAME} onChange={(event) => setName(event.target.value)} />
          </label>
        </div>
      ) : (
        <EntityChoice label={t('markEntity')} value={existing} options={entities} refusal={() => null} onChange={setExisting} />
      )}
    </ReviewForm>
  );
}
