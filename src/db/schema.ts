// The one description of the database. drizzle-kit generates migrations/ from it; the API's
// zod contracts are derived from it (src/contracts), so a column is named once.
//
// Three layers:
// - `documents` keeps each loaded document with its cleaned text and the loader's per-document
//   extraction (JSON), the raw material.
// - the merged tables (actors, events, tariff_measures, trade_stats and their children) are
//   rebuilt from all documents' extractions by the resolver in the same transaction as every
//   load, so ids and merges never depend on load order (docs/decisions/002-rebuild-merged-rows.md).
// - `id_redirects` outlives the rebuilds: each maps an id a rebuild renamed to the id its row has
//   now (docs/decisions/003-readable-ids.md).
import { type AnySQLiteColumn, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const actorKinds = ['person', 'organization', 'country'] as const;
export const eventTypes = [
  'negotiation_round',
  'meeting',
  'call',
  'tariff_action',
  'proposal',
  'agreement',
  'statement',
] as const;
export const eventStatuses = ['occurred', 'scheduled', 'unconfirmed'] as const;
export const eventFormats = ['virtual', 'in_person', 'phone'] as const;
export const datePrecisions = ['day', 'month', 'year', 'unknown'] as const;
export const tariffStatuses = ['announced', 'in_effect', 'proposed', 'paused', 'withdrawn', 'superseded'] as const;
export const tariffKinds = [
  'reciprocal',
  'baseline',
  'sectoral',
  'retaliatory',
  'proposed_reduction',
  'zero_for_zero',
  'negotiated',
  // charged on top of a country's main rate ("an additional 25% penalty")
  'additional',
  'general',
] as const;
// Where a negotiation stands, from its events (src/loader/resolve/negotiations.ts says how).
export const negotiationStatuses = ['ongoing', 'agreement_reached', 'no_talks_reported'] as const;
export const qualifiers = ['exact', 'approximately', 'more_than', 'less_than'] as const;
export const documentFormats = ['txt', 'md', 'html'] as const;

export const documents = sqliteTable('documents', {
  id: text('id').primaryKey(),
  title: text('title'),
  author: text('author'),
  publishedDate: text('published_date'),
  publisher: text('publisher'),
  url: text('url'),
  sourceName: text('source_name'),
  format: text('format', { enum: documentFormats }).notNull(),
  contentHash: text('content_hash').notNull().unique(),
  text: text('text').notNull(),
  // The loader's output for this document alone (src/loader/types.ts DocumentExtraction).
  extraction: text('extraction', { mode: 'json' }).notNull(),
});

export const actors = sqliteTable(
  'actors',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: actorKinds }).notNull(),
    country: text('country'),
    title: text('title'),
    // Folded (accent-free, lower case) name and aliases, for `q`.
    searchText: text('search_text').notNull(),
    confidence: real('confidence').notNull(),
  },
  (t) => [index('actors_kind_idx').on(t.kind, t.id), index('actors_country_idx').on(t.country, t.id)],
);

export const actorAliases = sqliteTable(
  'actor_aliases',
  {
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.alias] })],
);

// The talks between two parties (countries, or the EU), one row per pair the events tie together;
// id is the two codes in alphabetical order, lower case ('us-vn'). Rebuilt with the merged rows;
// the counts and dates are derived from them (docs/decisions/012-negotiations.md).
export const negotiations = sqliteTable(
  'negotiations',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    // The parties' codes in alphabetical order, and each party's actor when the texts name it.
    partyA: text('party_a').notNull(),
    partyB: text('party_b').notNull(),
    partyAActor: text('party_a_actor').references((): AnySQLiteColumn => actors.id, { onDelete: 'set null' }),
    partyBActor: text('party_b_actor').references((): AnySQLiteColumn => actors.id, { onDelete: 'set null' }),
    status: text('status', { enum: negotiationStatuses }).notNull(),
    firstDate: text('first_date'),
    lastDate: text('last_date'),
    eventCount: integer('event_count').notNull(),
    roundCount: integer('round_count').notNull(),
    documentCount: integer('document_count').notNull(),
    // Folded title and party names, for `q`.
    searchText: text('search_text').notNull(),
  },
  (t) => [index('negotiations_party_a_idx').on(t.partyA), index('negotiations_party_b_idx').on(t.partyB)],
);

const negotiationRef = () =>
  text('negotiation_id').references((): AnySQLiteColumn => negotiations.id, { onDelete: 'set null' });

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    type: text('type', { enum: eventTypes }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    datePrecision: text('date_precision', { enum: datePrecisions }).notNull(),
    status: text('status', { enum: eventStatuses }).notNull(),
    round: integer('round'),
    location: text('location'),
    format: text('format', { enum: eventFormats }),
    negotiationId: negotiationRef(),
    // start_date, or '9999' when unknown: undated events close the timeline.
    sortKey: text('sort_key').notNull(),
    searchText: text('search_text').notNull(),
    confidence: real('confidence').notNull(),
  },
  (t) => [
    index('events_sort_idx').on(t.sortKey, t.id),
    index('events_type_idx').on(t.type, t.sortKey),
    index('events_status_idx').on(t.status, t.sortKey),
    index('events_round_idx').on(t.round),
    index('events_negotiation_idx').on(t.negotiationId, t.sortKey),
    index('events_negotiation_round_idx').on(t.negotiationId, t.round),
  ],
);

export const eventParticipants = sqliteTable(
  'event_participants',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.actorId] }), index('event_participants_actor_idx').on(t.actorId)],
);

export const tariffMeasures = sqliteTable(
  'tariff_measures',
  {
    id: text('id').primaryKey(),
    imposingCountry: text('imposing_country').notNull(),
    targetCountry: text('target_country').notNull(),
    ratePercent: real('rate_percent').notNull(),
    kind: text('kind', { enum: tariffKinds }).notNull(),
    status: text('status', { enum: tariffStatuses }).notNull(),
    announcedDate: text('announced_date'),
    datePrecision: text('date_precision', { enum: datePrecisions }).notNull(),
    effectiveDate: text('effective_date'),
    announcedBy: text('announced_by').references((): AnySQLiteColumn => actors.id, { onDelete: 'set null' }),
    conditions: text('conditions'),
    negotiationId: negotiationRef(),
    confidence: real('confidence').notNull(),
  },
  (t) => [
    index('tariffs_negotiation_idx').on(t.negotiationId),
    index('tariffs_pair_idx').on(t.imposingCountry, t.targetCountry),
    index('tariffs_target_idx').on(t.targetCountry),
    index('tariffs_status_idx').on(t.status),
  ],
);

export const tradeStats = sqliteTable(
  'trade_stats',
  {
    id: text('id').primaryKey(),
    exporter: text('exporter').notNull(),
    importer: text('importer').notNull(),
    // 'YYYY', 'YYYY-MM' or an ISO 8601 interval 'YYYY-MM/YYYY-MM'.
    period: text('period').notNull(),
    valueUsd: real('value_usd').notNull(),
    qualifier: text('qualifier', { enum: qualifiers }).notNull(),
    sourceOrganizationId: text('source_organization_id').references((): AnySQLiteColumn => actors.id, {
      onDelete: 'set null',
    }),
    negotiationId: negotiationRef(),
    confidence: real('confidence').notNull(),
  },
  (t) => [
    index('trade_stats_negotiation_idx').on(t.negotiationId),
    index('trade_stats_pair_idx').on(t.exporter, t.importer, t.period),
    index('trade_stats_importer_idx').on(t.importer),
    index('trade_stats_period_idx').on(t.period),
  ],
);

// What each document reported of a row's status, in order: the row's `status` is the latest.
export const eventStatusHistory = sqliteTable(
  'event_status_history',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    status: text('status', { enum: eventStatuses }).notNull(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    reportedOn: text('reported_on'),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.seq] })],
);

export const tariffStatusHistory = sqliteTable(
  'tariff_status_history',
  {
    tariffId: text('tariff_id')
      .notNull()
      .references(() => tariffMeasures.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    status: text('status', { enum: tariffStatuses }).notNull(),
    // When the status began, as precise as the text says; null when it does not.
    date: text('date'),
    datePrecision: text('date_precision', { enum: datePrecisions }).notNull(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    reportedOn: text('reported_on'),
  },
  (t) => [primaryKey({ columns: [t.tariffId, t.seq] })],
);

// One table of cited passages per kind of row, so every source has real foreign keys.
function sourcesOf<T extends string>(name: T, subject: () => AnySQLiteColumn) {
  return sqliteTable(
    name,
    {
      subjectId: text('subject_id').notNull().references(subject, { onDelete: 'cascade' }),
      documentId: text('document_id')
        .notNull()
        .references(() => documents.id, { onDelete: 'cascade' }),
      start: integer('start').notNull(),
      end: integer('end').notNull(),
      quote: text('quote').notNull(),
    },
    (t) => [
      primaryKey({ columns: [t.subjectId, t.documentId, t.start, t.end] }),
      index(`${name}_document_idx`).on(t.documentId),
    ],
  );
}

export const actorSources = sourcesOf('actor_sources', () => actors.id);
export const eventSources = sourcesOf('event_sources', () => events.id);
export const tariffSources = sourcesOf('tariff_sources', () => tariffMeasures.id);
export const tradeStatSources = sourcesOf('trade_stat_sources', () => tradeStats.id);

// Ids the rebuild renamed, each pointing at the id its row has now, so saved links keep working
// (docs/decisions/003-readable-ids.md). Kept across rebuilds, unlike the merged tables; a
// to_id is always live, so no chain is ever followed at read time.
export const redirectResources = ['actors', 'events', 'tariffs', 'trade-stats'] as const;
export type RedirectResource = (typeof redirectResources)[number];

export const idRedirects = sqliteTable(
  'id_redirects',
  {
    // The collection the id lives in, as in its URL (/v1/events/{id} → 'events').
    resource: text('resource', { enum: redirectResources }).notNull(),
    fromId: text('from_id').notNull(),
    toId: text('to_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.resource, t.fromId] })],
);
