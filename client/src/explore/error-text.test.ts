/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exchangeError, retryAfterOf } from '../api/graphql-client.ts';
import { errorText } from './error-text.ts';

const serverMessage = 'The server is busy analysing other articles; retry in a few seconds.';

describe('errors in words', () => {
  it('says the server is busy and to try again in a minute (BUSY)', () => {
    assert.deepEqual(errorText({ code: 'BUSY', message: serverMessage }, 'en'), {
      title: 'The server is busy analysing other articles.',
      hint: 'Try again in a minute.',
      retry: true,
      known: true,
    });
    const fr = errorText({ code: 'BUSY', message: serverMessage }, 'fr');
    assert.equal(fr.title, 'Le serveur est occupé à analyser d’autres articles.');
    assert.equal(fr.hint, 'Réessayez dans une minute.');
  });

  it('says too many articles were analysed, with the seconds to wait when given (RATE_LIMITED)', () => {
    const error = { code: 'RATE_LIMITED', message: 'Too many analyses from this address; retry in 12 s.', retryAfter: 12 };
    assert.deepEqual(errorText(error, 'en'), { title: 'Too many articles were analysed from this address in a short time.', hint: 'Try again in 12 seconds.', retry: true, known: true });
    assert.equal(errorText(error, 'fr').title, 'Trop d’articles ont été analysés depuis cette adresse en peu de temps.');
    assert.equal(errorText(error, 'fr').hint, 'Réessayez dans 12 secondes.');
    assert.equal(errorText({ ...error, retryAfter: 1 }, 'en').hint, 'Try again in 1 second.');
    assert.equal(errorText({ ...error, retryAfter: 1 }, 'fr').hint, 'Réessayez dans 1 seconde.');
    assert.equal(errorText({ code: 'RATE_LIMITED', message: '' }, 'en').hint, 'Wait a minute, then try again.');
    assert.equal(errorText({ code: 'RATE_LIMITED', message: '' }, 'fr').hint, 'Attendez une minute, puis réessayez.');
  });

  it('says the analysis took too long and to shorten the text, without a retry (EXTRACTION_TIMEOUT)', () => {
    const error = { code: 'EXTRACTION_TIMEOUT', message: 'The article took longer than 20 s to analyse and was stopped; try a shorter text.', retryAfter: 5 };
    assert.deepEqual(errorText(error, 'en'), {
      title: 'The article took too long to analyse and was stopped.',
      hint: 'Try a shorter text, or split the article into parts.',
      retry: false,
      known: true,
    });
    assert.equal(errorText(error, 'fr').title, 'L’analyse de l’article a pris trop de temps et a été arrêtée.');
    assert.equal(errorText(error, 'fr').hint, 'Essayez un texte plus court, ou découpez l’article en plusieurs parties.');
  });

  it('keeps the server’s message for a code without words', () => {
    assert.deepEqual(errorText({ code: 'ARTICLE_EMPTY', message: 'The article has no text.' }, 'fr'), { title: 'Quelque chose s’est mal passé.', hint: 'The article has no text.', retry: true, known: false });
    assert.equal(errorText({ code: 'toString', message: 'odd' }, 'en').known, false);
  });
});

describe('the wait an error asks for', () => {
  it('reads extensions.retryAfter into the error, in whole seconds', () => {
    const error = exchangeError({ status: 429, statusText: 'Too Many Requests', body: { errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfter: 7.2 } }] } });
    assert.equal(error.code, 'RATE_LIMITED');
    assert.equal(error.retryAfter, 8);
    assert.equal(errorText(error, 'en').hint, 'Try again in 8 seconds.');
    assert.equal(retryAfterOf({ extensions: { code: 'BUSY' } }), undefined);
    assert.equal(retryAfterOf({ extensions: { retryAfter: '5' } }), undefined);
  });
});
