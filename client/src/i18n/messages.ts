/**
 * The interface's words in English and French, by key. A view takes them with `useMessages()`;
 * a missing French entry is a type error, never an English word left in a French screen.
 */
import { useLanguage, type Language } from './language.ts';

const en = {
  skipToGraph: 'Skip to the graph',
  viewsNav: 'Views',
  explore: 'Explore',
  query: 'Query',
  addArticle: 'Add article',
  articles: 'Articles',
  searchLabel: 'Search entities',
  searchPlaceholder: 'Search NVIDIA, Team Green, Chine, H20…',
  language: 'Language',
  leftPanel: 'Filters, paths and views',
  filters: 'Filters',
  paths: 'Paths',
  views: 'Views',
  undo: 'Undo',
  redo: 'Redo',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  fitTitle: 'Fit the graph in view (F)',
  layout: 'Layout',
  export: 'Export ▾',
  exportMenu: 'Export the canvas',
  clear: 'Clear',
  time: 'Time',
  from: 'From',
  to: 'To',
  asOf: 'As of',
  allTime: 'All time',
  allFacts: 'All facts, whatever their date',
  factsHeldOn: 'Facts that held on {day}',
  factsFromTo: 'Facts from {from} to {to}',
  theStart: 'the start',
  now: 'now',
  noDatedFact: 'No dated fact on the canvas.',
  factsByMonth: 'Facts on the canvas by month, {first} to {last}.',
  startFromName: 'Start from a name',
  startHint: 'Search for a company, a government, a chip, a policy or a person — any name works, nicknames too (“Team Green”, “Chine”).',
  graphHolds: 'The graph holds {entities} entities, {articles} articles and {statements} sourced statements.',
  connecting: 'Connecting to the graph…',
  details: 'Details',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const fr: Messages = {
  skipToGraph: 'Aller au graphe',
  viewsNav: 'Vues',
  explore: 'Explorer',
  query: 'Requête',
  addArticle: 'Ajouter un article',
  articles: 'Articles',
  searchLabel: 'Rechercher des entités',
  searchPlaceholder: 'Chercher NVIDIA, Team Green, Chine, H20…',
  language: 'Langue',
  leftPanel: 'Filtres, chemins et vues',
  filters: 'Filtres',
  paths: 'Chemins',
  views: 'Vues',
  undo: 'Annuler',
  redo: 'Rétablir',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  fit: 'Ajuster',
  fitTitle: 'Ajuster le graphe à la vue (F)',
  layout: 'Disposition',
  export: 'Exporter ▾',
  exportMenu: 'Exporter le canevas',
  clear: 'Vider',
  time: 'Temps',
  from: 'Du',
  to: 'Au',
  asOf: 'À la date du',
  allTime: 'Toutes dates',
  allFacts: 'Tous les faits, quelle que soit leur date',
  factsHeldOn: 'Faits en vigueur le {day}',
  factsFromTo: 'Faits du {from} au {to}',
  theStart: 'début',
  now: 'aujourd’hui',
  noDatedFact: 'Aucun fait daté sur le canevas.',
  factsByMonth: 'Faits du canevas par mois, de {first} à {last}.',
  startFromName: 'Partez d’un nom',
  startHint: 'Cherchez une entreprise, un gouvernement, une puce, une mesure ou une personne — tout nom convient, surnoms compris (« Team Green », « Chine »).',
  graphHolds: 'Le graphe compte {entities} entités, {articles} articles et {statements} affirmations sourcées.',
  connecting: 'Connexion au graphe…',
  details: 'Détails',
};

const MESSAGES: Record<Language, Messages> = { en, fr };

/** The message in the language, with `{name}` placeholders filled. */
export function message(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** `t(key, values)` in the current language; re-renders when the language changes. */
export function useMessages(): (key: MessageKey, values?: Record<string, string | number>) => string {
  const language = useLanguage();
  return (key, values) => message(language, key, values);
}
