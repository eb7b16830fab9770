#include "storage/Migrations.h"

#include "domain/Clock.h"
#include "storage/ErrorTranslation.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteTableRebuild.h"
#include "storage/Transaction.h"

#include <iterator>
#include <span>
#include <string>
#include <string_view>

namespace finsam {

namespace {

struct Migration {
    int version;
    std::span<const std::string_view> statements;
    // Where the backends need different SQL: PostgreSQL's statements instead of `statements`
    // (the search index is FTS5 on SQLite and a tsvector on PostgreSQL), and SQLite's own
    // steps (it changes a CHECK only by rebuilding the table). Empty or null: the portable
    // statements serve the backend.
    std::span<const std::string_view> postgresql_statements{};
    void (*sqlite_steps)(soci::session&) = nullptr;
};

// Portable SQL: `{id}` is the backend's generated key (see SqlDialect); dates are ISO text,
// amounts BIGINT whole kronor. A released migration never changes: a new schema change is a
// new migration at the end of k_migrations.
constexpr std::string_view k_initial_schema[] = {
    R"(CREATE TABLE associations (
        id {id},
        name TEXT NOT NULL,
        normalised_name TEXT NOT NULL UNIQUE CHECK (normalised_name <> '')))",

    R"(CREATE TABLE interventions (
        id {id},
        association_id BIGINT NOT NULL REFERENCES associations (id),
        name TEXT NOT NULL,
        normalised_name TEXT NOT NULL CHECK (normalised_name <> ''),
        owner TEXT,
        kind TEXT CHECK (kind IN ('individual', 'structural')),
        period_start TEXT,
        period_end TEXT,
        granted_sek BIGINT,
        used_sek BIGINT,
        UNIQUE (association_id, normalised_name)))",

    R"(CREATE TABLE intervention_partners (
        id {id},
        intervention_id BIGINT NOT NULL REFERENCES interventions (id),
        name TEXT NOT NULL,
        normalised_name TEXT NOT NULL CHECK (normalised_name <> ''),
        UNIQUE (intervention_id, normalised_name)))",

    R"(CREATE TABLE documents (
        id {id},
        association_id BIGINT NOT NULL REFERENCES associations (id),
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        document_kind TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        UNIQUE (association_id, content_hash)))",

    // period_key is the report's identity: "start/end" with an empty side for a missing
    // date, because UNIQUE treats NULLs as distinct and would let duplicates in.
    R"(CREATE TABLE reports (
        id {id},
        intervention_id BIGINT NOT NULL REFERENCES interventions (id),
        kind TEXT NOT NULL CHECK (kind IN ('kvartalsrapport', 'slutrapport', 'projektredovisning')),
        period_start TEXT,
        period_end TEXT,
        period_key TEXT NOT NULL,
        UNIQUE (intervention_id, kind, period_key)))",

    R"(CREATE TABLE report_versions (
        id {id},
        report_id BIGINT NOT NULL REFERENCES reports (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        document_id BIGINT NOT NULL REFERENCES documents (id),
        imported_at TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        intervention_name TEXT NOT NULL,
        owner TEXT,
        intervention_kind TEXT CHECK (intervention_kind IN ('individual', 'structural')),
        registry_number TEXT,
        signature TEXT,
        arrival_date TEXT,
        granted_sek BIGINT,
        used_sek BIGINT,
        reporter_date TEXT,
        reporter_name TEXT,
        UNIQUE (report_id, version)))",

    "CREATE INDEX report_versions_document ON report_versions (document_id)",

    R"(CREATE TABLE report_sections (
        version_id BIGINT NOT NULL REFERENCES report_versions (id),
        position INTEGER NOT NULL,
        section_id TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (version_id, position)))",

    // measure has no list of allowed names: the figure extractor adds measures over time,
    // and SQLite can only change a CHECK by rebuilding the table.
    R"(CREATE TABLE report_figures (
        version_id BIGINT NOT NULL REFERENCES report_versions (id),
        position INTEGER NOT NULL,
        measure TEXT NOT NULL CHECK (measure <> ''),
        value DOUBLE PRECISION NOT NULL,
        unit TEXT NOT NULL CHECK (unit IN ('count', 'percent')),
        section_id TEXT NOT NULL,
        quote TEXT NOT NULL,
        PRIMARY KEY (version_id, position)))",

    R"(CREATE TABLE report_warnings (
        version_id BIGINT NOT NULL REFERENCES report_versions (id),
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        PRIMARY KEY (version_id, position)))",

    R"(CREATE TABLE report_partners (
        version_id BIGINT NOT NULL REFERENCES report_versions (id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (version_id, position)))",
};

// Goals (mål, delmål) as a report states them; target, unit and measure only where the goal
// is measurable. measure has no list of allowed names, as in report_figures.
constexpr std::string_view k_report_goals[] = {
    R"(CREATE TABLE report_goals (
        version_id BIGINT NOT NULL REFERENCES report_versions (id),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        target DOUBLE PRECISION,
        unit TEXT CHECK (unit IS NULL OR unit IN ('count', 'percent')),
        measure TEXT,
        PRIMARY KEY (version_id, position)))",
};

// The web application: förbund settings, editable insatser with their own goals and
// insatsägare, users with roles, sessions, API tokens, an audit trail, and the reporting
// workflow (a report's status, its draft, its events, and registry numbers). Imported reports
// count as registered: they reached the kansli, which imported them.
constexpr std::string_view k_web_application[] = {
    "ALTER TABLE associations ADD COLUMN parties TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE associations ADD COLUMN municipalities TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE associations ADD COLUMN registry_pattern TEXT NOT NULL "
    "DEFAULT 'SFG {yy}-{seq:02}.{n:02}'",
    "ALTER TABLE associations ADD COLUMN deadline_days INTEGER NOT NULL DEFAULT 15",
    "ALTER TABLE associations ADD COLUMN quarterly_template TEXT NOT NULL "
    "DEFAULT 'kvartalsrapport'",
    "ALTER TABLE associations ADD COLUMN final_template TEXT NOT NULL DEFAULT 'slutrapport'",
    "ALTER TABLE associations ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",

    "ALTER TABLE interventions ADD COLUMN contact TEXT",
    "ALTER TABLE interventions ADD COLUMN purpose TEXT",
    "ALTER TABLE interventions ADD COLUMN target_group TEXT",
    "ALTER TABLE interventions ADD COLUMN ended_on TEXT",
    // The registry case (ärende) its reports are numbered in: the year it was opened and its
    // number in that year ("24-08"), and the number its last registered report got in it.
    "ALTER TABLE interventions ADD COLUMN registry_case_year INTEGER",
    "ALTER TABLE interventions ADD COLUMN registry_case_number INTEGER",
    "ALTER TABLE interventions ADD COLUMN registry_last_number INTEGER NOT NULL DEFAULT 0",
    // Bumped by every edit, so that a form opened before someone else's edit is refused.
    "ALTER TABLE interventions ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",

    R"(CREATE TABLE intervention_goals (
        intervention_id BIGINT NOT NULL REFERENCES interventions (id),
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (text <> ''),
        target DOUBLE PRECISION,
        unit TEXT CHECK (unit IS NULL OR unit IN ('count', 'percent')),
        measure TEXT,
        PRIMARY KEY (intervention_id, position)))",

    R"(CREATE TABLE registry_counters (
        association_id BIGINT NOT NULL REFERENCES associations (id),
        year INTEGER NOT NULL,
        last_case INTEGER NOT NULL,
        PRIMARY KEY (association_id, year)))",

    R"(CREATE TABLE users (
        id {id},
        association_id BIGINT NOT NULL REFERENCES associations (id),
        username TEXT NOT NULL UNIQUE CHECK (username <> ''),
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'kansli', 'insatsagare', 'styrelse')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        disabled_at TEXT))",

    R"(CREATE TABLE user_interventions (
        user_id BIGINT NOT NULL REFERENCES users (id),
        intervention_id BIGINT NOT NULL REFERENCES interventions (id),
        PRIMARY KEY (user_id, intervention_id)))",
    "CREATE INDEX user_interventions_intervention ON user_interventions (intervention_id)",

    // Only a hash of the session token is stored, so a copy of the database opens no session.
    R"(CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES users (id),
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL))",
    "CREATE INDEX sessions_user ON sessions (user_id)",

    R"(CREATE TABLE api_tokens (
        id {id},
        user_id BIGINT NOT NULL REFERENCES users (id),
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT))",

    R"(CREATE TABLE audit_events (
        id {id},
        at TEXT NOT NULL,
        user_id BIGINT REFERENCES users (id),
        action TEXT NOT NULL,
        object_type TEXT NOT NULL,
        object_id BIGINT,
        detail TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX audit_events_object ON audit_events (object_type, object_id)",

    "ALTER TABLE reports ADD COLUMN status TEXT NOT NULL DEFAULT 'registered' "
    "CHECK (status IN ('draft', 'submitted', 'registered', 'reviewed', 'returned'))",
    "ALTER TABLE reports ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    // The kansli's latest registration of the report in this program (an imported report's
    // registration box is part of its versions). Each registration is also an event.
    "ALTER TABLE reports ADD COLUMN registry_number TEXT",
    "ALTER TABLE reports ADD COLUMN arrival_date TEXT",
    "ALTER TABLE reports ADD COLUMN signature TEXT",
    // When the insatsägare last submitted it (ISO 8601 UTC): whether it came in on time.
    "ALTER TABLE reports ADD COLUMN submitted_at TEXT",

    // The form as last saved: one draft per report, replaced by every autosave.
    R"(CREATE TABLE report_drafts (
        report_id BIGINT PRIMARY KEY REFERENCES reports (id),
        content TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by BIGINT REFERENCES users (id)))",

    R"(CREATE TABLE report_events (
        id {id},
        report_id BIGINT NOT NULL REFERENCES reports (id),
        at TEXT NOT NULL,
        user_id BIGINT REFERENCES users (id),
        action TEXT NOT NULL,
        status TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX report_events_report ON report_events (report_id, id)",
};

// Each audit event belongs to a förbund, so that one förbund's trail never shows another's
// events. An event of a user is their förbund's; an event of no user names the förbund of
// what it concerns, or none (a failed login of an unknown name belongs to no förbund). Rows
// written before this migration take their user's förbund.
constexpr std::string_view k_audit_association[] = {
    "ALTER TABLE audit_events ADD COLUMN association_id BIGINT REFERENCES associations (id)",
    "UPDATE audit_events SET association_id = (SELECT u.association_id FROM users u "
    "WHERE u.id = audit_events.user_id) WHERE user_id IS NOT NULL",
    "CREATE INDEX audit_events_association ON audit_events (association_id, id)",
};

// Removal of personal data from stored versions (gallring): which version, when, by whom and
// how many passages. Never the removed text: keeping it would keep what was removed.
constexpr std::string_view k_version_redactions[] = {
    R"(CREATE TABLE version_redactions (
        id {id},
        version_id BIGINT NOT NULL REFERENCES report_versions (id),
        at TEXT NOT NULL,
        user_id BIGINT REFERENCES users (id),
        passages INTEGER NOT NULL CHECK (passages >= 1)))",
    "CREATE INDEX version_redactions_version ON version_redactions (version_id, id)",
};

// Participant statistics: the förbund's threshold for small counts (röjandeskydd), counts
// from 1 up to below it hidden from the board and every export (5 is what Swedish statistics
// commonly uses); and figures that count one part of a breakdown.
constexpr std::string_view k_small_count_threshold[] = {
    "ALTER TABLE associations ADD COLUMN small_count_threshold INTEGER NOT NULL DEFAULT 5",
    // The part of a breakdown a figure counts (a kön, a code of a code list); '' for the whole.
    "ALTER TABLE report_figures ADD COLUMN category TEXT NOT NULL DEFAULT ''",
};

// The kansli's confirmation of the figures the importer read from a version's text: which
// version, when, by whom. At most one per version: confirming again changes nothing. A version
// from the web form has none, its figures being typed by the insatsägare (or the kansli).
constexpr std::string_view k_figure_confirmations[] = {
    R"(CREATE TABLE figure_confirmations (
        version_id BIGINT PRIMARY KEY REFERENCES report_versions (id),
        at TEXT NOT NULL,
        user_id BIGINT REFERENCES users (id)))",
};

// The cells of the statistics a förbund has shown outside the kansli (the board, an export),
// by their identity (FigureTable::cell_identity) and the year of their figures: what a reader
// has seen once stays known to them, so the small-count protection keeps it shown and hides
// what else would, together with it, give a small count away. Never deleted: a reader's
// memory is not either.
constexpr std::string_view k_published_cells[] = {
    R"(CREATE TABLE published_cells (
        association_id BIGINT NOT NULL REFERENCES associations (id),
        year INTEGER NOT NULL,
        cell BIGINT NOT NULL,
        PRIMARY KEY (association_id, year, cell)))",
};

// The kansli's text for a heading of an insats's part of the board report of a period (the
// report's own text is never changed): who wrote it and when. An empty text leaves the
// heading out. One row per insats, period and heading: the latest edit.
constexpr std::string_view k_board_texts[] = {
    R"(CREATE TABLE board_texts (
        intervention_id BIGINT NOT NULL REFERENCES interventions (id),
        period TEXT NOT NULL,
        heading TEXT NOT NULL,
        text TEXT NOT NULL,
        edited_at TEXT NOT NULL,
        user_id BIGINT REFERENCES users (id),
        PRIMARY KEY (intervention_id, period, heading)))",
};

// The report the kansli chose as an insats's text in the board report of a period, in place
// of the one chosen by kind (slutrapport, projektredovisning, latest kvartalsrapport).
constexpr std::string_view k_board_sources[] = {
    R"(CREATE TABLE board_sources (
        intervention_id BIGINT NOT NULL REFERENCES interventions (id),
        period TEXT NOT NULL,
        report_id BIGINT NOT NULL REFERENCES reports (id),
        chosen_at TEXT NOT NULL,
        user_id BIGINT REFERENCES users (id),
        PRIMARY KEY (intervention_id, period)))",
};

// E-mail notifications. Each user's address (staff personal data: never logged) and whether
// they want e-mail; the förbund's schedule of deadline reminders and late notices (off until
// the kansli turns them on); and the notifications themselves, which are the queue: one row
// per occasion (`occasion` names what it is about: a report's submission at a revision, an
// insats's quarter and deadline) and recipient, so that it is queued once however many
// servers plan it, claimed by one sender at a time (`claim`, `claimed_at`, taken over when
// stale), and sent once. The text is kept, never the address: that is read when sending.
constexpr std::string_view k_notifications[] = {
    "ALTER TABLE users ADD COLUMN email TEXT",
    "ALTER TABLE users ADD COLUMN email_notifications INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE associations ADD COLUMN reminders_enabled INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE associations ADD COLUMN reminder_days INTEGER NOT NULL DEFAULT 7",
    "ALTER TABLE associations ADD COLUMN late_notices_enabled INTEGER NOT NULL DEFAULT 0",
    R"(CREATE TABLE notifications (
        id {id},
        association_id BIGINT NOT NULL REFERENCES associations (id),
        kind TEXT NOT NULL
            CHECK (kind IN ('submitted', 'completion_requested', 'reminder', 'late')),
        occasion TEXT NOT NULL CHECK (occasion <> ''),
        user_id BIGINT NOT NULL REFERENCES users (id),
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        link_path TEXT NOT NULL,
        created_at TEXT NOT NULL,
        next_attempt_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        claim TEXT,
        claimed_at TEXT,
        sent_at TEXT,
        given_up_at TEXT,
        UNIQUE (kind, occasion, user_id)))",
    "CREATE INDEX notifications_waiting ON notifications (sent_at, given_up_at, next_attempt_at)",
};

// One-time links through which a user sets their own password: a new user's invitation, or a
// reset the kansli asked for. Only the token's digest is kept, like an API token's.
constexpr std::string_view k_invitations[] = {
    R"(CREATE TABLE invitations (
        id {id},
        user_id BIGINT NOT NULL REFERENCES users (id),
        token_hash TEXT NOT NULL UNIQUE,
        purpose TEXT NOT NULL CHECK (purpose IN ('invite', 'reset')),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        created_by BIGINT REFERENCES users (id),
        used_at TEXT))",
    "CREATE INDEX invitations_user ON invitations (user_id)",
    // The audit trail's page filters by förbund, then by who and when.
    "CREATE INDEX audit_events_association_at ON audit_events (association_id, at)",
};

// The files reports arrived as, kept as received (a received document is kept as it
// arrived). Base64 text rather than a BLOB: SOCI binds the same std::string to SQLite and
// PostgreSQL alike only as text. A document read from a file points at it; an e-mail's
// attachments all point at the one e-mail.
constexpr std::string_view k_original_files[] = {
    R"(CREATE TABLE original_files (
        id {id},
        association_id BIGINT NOT NULL REFERENCES associations (id),
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
        content_base64 TEXT NOT NULL,
        received_at TEXT NOT NULL,
        UNIQUE (association_id, content_hash)))",
    "ALTER TABLE documents ADD COLUMN original_file_id BIGINT REFERENCES original_files (id)",
};

// Reports of kind 'ovrig' (övrig rapport): documents in no template's layout, read by their
// own headings. PostgreSQL replaces the CHECK of reports.kind; SQLite rebuilds the table
// (allow_other_reports_in_sqlite).
constexpr std::string_view k_other_reports[] = {
    "ALTER TABLE reports DROP CONSTRAINT reports_kind_check",
    "ALTER TABLE reports ADD CONSTRAINT reports_kind_check "
    "CHECK (kind IN ('kvartalsrapport', 'slutrapport', 'projektredovisning', 'ovrig'))",
};

void allow_other_reports_in_sqlite(soci::session& session) {
    rebuild_sqlite_table(
        session, "reports",
        "CHECK (kind IN ('kvartalsrapport', 'slutrapport', 'projektredovisning'))",
        "CHECK (kind IN ('kvartalsrapport', 'slutrapport', 'projektredovisning', 'ovrig'))");
}

// Full-text search (src/search/): the passages search finds, one row per section and goal of
// each report's latest version and per komplettering comment of the kansli, with the förbund
// beside them so that a search stays within one förbund inside the index. On SQLite an FTS5
// table indexes them (external content: the text is kept once, in search_passages) through
// the tokenizer Database::open registers, which stems Swedish with Snowball; triggers keep it
// in step. On PostgreSQL a generated tsvector column of the `swedish` configuration with a GIN
// index. Existing reports' passages are filled in at the end (storage/SearchPassages.cpp
// writes the same rows).
constexpr std::string_view k_fill_search_passages =
    "INSERT INTO search_passages (association_id, report_id, source, position, section_id, "
    "title, text) "
    "SELECT i.association_id, r.id, 'section', s.position, s.section_id, s.title, s.text "
    "FROM reports r JOIN interventions i ON i.id = r.intervention_id "
    "JOIN report_versions v ON v.report_id = r.id JOIN report_sections s ON s.version_id = v.id "
    "WHERE v.version = (SELECT MAX(l.version) FROM report_versions l WHERE l.report_id = r.id) "
    "AND s.text <> '' "
    "UNION ALL SELECT i.association_id, r.id, 'goal', g.position, '', '', g.text "
    "FROM reports r JOIN interventions i ON i.id = r.intervention_id "
    "JOIN report_versions v ON v.report_id = r.id JOIN report_goals g ON g.version_id = v.id "
    "WHERE v.version = (SELECT MAX(l.version) FROM report_versions l WHERE l.report_id = r.id) "
    "AND g.text <> '' "
    "UNION ALL SELECT i.association_id, r.id, 'comment', 0, '', '', e.comment "
    "FROM reports r JOIN interventions i ON i.id = r.intervention_id "
    "JOIN report_events e ON e.report_id = r.id WHERE e.action = 'return' AND e.comment <> ''";
constexpr std::string_view k_search_sqlite[] = {
    // scope: the förbund as a word of its own, so that FTS5 intersects it with the query.
    R"(CREATE TABLE search_passages (
        id {id},
        association_id BIGINT NOT NULL REFERENCES associations (id),
        report_id BIGINT NOT NULL REFERENCES reports (id),
        source TEXT NOT NULL CHECK (source IN ('section', 'goal', 'comment')),
        position INTEGER NOT NULL,
        section_id TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        scope TEXT GENERATED ALWAYS AS (CAST(association_id AS TEXT)) VIRTUAL))",
    "CREATE INDEX search_passages_report ON search_passages (report_id)",
    "CREATE INDEX search_passages_association ON search_passages (association_id)",
    "CREATE VIRTUAL TABLE search_index USING fts5(text, scope, content = 'search_passages', "
    "content_rowid = 'id', tokenize = 'finsam_swedish')",
    "CREATE TRIGGER search_passages_added AFTER INSERT ON search_passages BEGIN "
    "INSERT INTO search_index (rowid, text, scope) VALUES (new.id, new.text, new.scope); END",
    "CREATE TRIGGER search_passages_removed AFTER DELETE ON search_passages BEGIN "
    "INSERT INTO search_index (search_index, rowid, text, scope) "
    "VALUES ('delete', old.id, old.text, old.scope); END",
    "CREATE TRIGGER search_passages_changed AFTER UPDATE ON search_passages BEGIN "
    "INSERT INTO search_index (search_index, rowid, text, scope) "
    "VALUES ('delete', old.id, old.text, old.scope); "
    "INSERT INTO search_index (rowid, text, scope) VALUES (new.id, new.text, new.scope); END",
    k_fill_search_passages,
};
constexpr std::string_view k_search_postgresql[] = {
    R"(CREATE TABLE search_passages (
        id {id},
        association_id BIGINT NOT NULL REFERENCES associations (id),
        report_id BIGINT NOT NULL REFERENCES reports (id),
        source TEXT NOT NULL CHECK (source IN ('section', 'goal', 'comment')),
        position INTEGER NOT NULL,
        section_id TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        document tsvector GENERATED ALWAYS AS (to_tsvector('swedish', text)) STORED))",
    "CREATE INDEX search_passages_report ON search_passages (report_id)",
    "CREATE INDEX search_passages_association ON search_passages (association_id)",
    "CREATE INDEX search_passages_document ON search_passages USING GIN (document)",
    k_fill_search_passages,
};

// Anonymous surveys (issue 13). A round (enkättillfälle) opens one survey of an insats at one
// time point for one kind of respondent, behind a link token. One-time codes are kept only as
// digests and deleted when spent, so no trace of which code was used stays beside the answer.
// An answer keeps the survey, insats, time point, respondent kind and ISO week, and nothing
// else: no round, no code, no time finer than the week. Its key is a random 64-bit number (no
// sequence), so neither the key nor SQLite's table (a rowid table is a B-tree in key order)
// tells the order answers arrived in; on PostgreSQL the heap keeps arrival order until
// SurveyAnswerStore::reshuffle rewrites it. `answer_values` holds the answers as one JSON
// object, so an answer is one row, written whole or not at all.
constexpr std::string_view k_survey_rounds =
    R"(CREATE TABLE survey_rounds (
        id {id},
        intervention_id BIGINT NOT NULL REFERENCES interventions (id),
        survey_id TEXT NOT NULL CHECK (survey_id <> ''),
        survey_version INTEGER NOT NULL CHECK (survey_version >= 1),
        time_point TEXT NOT NULL CHECK (time_point IN ('start', 'during', 'end')),
        respondent TEXT NOT NULL CHECK (respondent IN ('participant', 'caseworker')),
        token TEXT NOT NULL UNIQUE CHECK (token <> ''),
        requires_code INTEGER NOT NULL CHECK (requires_code IN (0, 1)),
        is_open INTEGER NOT NULL CHECK (is_open IN (0, 1))))";
constexpr std::string_view k_survey_rounds_index =
    "CREATE INDEX survey_rounds_intervention ON survey_rounds (intervention_id)";
constexpr std::string_view k_survey_codes =
    R"(CREATE TABLE survey_codes (
        round_id BIGINT NOT NULL REFERENCES survey_rounds (id),
        code_hash TEXT NOT NULL CHECK (code_hash <> ''),
        PRIMARY KEY (round_id, code_hash)))";
constexpr std::string_view k_survey_answers_index =
    "CREATE INDEX survey_answers_intervention ON survey_answers (intervention_id, survey_id, week)";
constexpr std::string_view k_surveys_sqlite[] = {
    k_survey_rounds,
    k_survey_rounds_index,
    k_survey_codes,
    // Exactly INTEGER PRIMARY KEY, so that the random key is the rowid and orders the table:
    // any other spelling keeps a hidden rowid that counts up in arrival order.
    R"(CREATE TABLE survey_answers (
        id INTEGER PRIMARY KEY,
        intervention_id BIGINT NOT NULL REFERENCES interventions (id),
        survey_id TEXT NOT NULL CHECK (survey_id <> ''),
        time_point TEXT NOT NULL CHECK (time_point IN ('start', 'during', 'end')),
        respondent TEXT NOT NULL CHECK (respondent IN ('participant', 'caseworker')),
        week TEXT NOT NULL CHECK (length(week) = 8),
        answer_values TEXT NOT NULL))",
    k_survey_answers_index,
};
constexpr std::string_view k_surveys_postgresql[] = {
    k_survey_rounds,
    k_survey_rounds_index,
    k_survey_codes,
    R"(CREATE TABLE survey_answers (
        id BIGINT PRIMARY KEY,
        intervention_id BIGINT NOT NULL REFERENCES interventions (id),
        survey_id TEXT NOT NULL CHECK (survey_id <> ''),
        time_point TEXT NOT NULL CHECK (time_point IN ('start', 'during', 'end')),
        respondent TEXT NOT NULL CHECK (respondent IN ('participant', 'caseworker')),
        week TEXT NOT NULL CHECK (length(week) = 8),
        answer_values TEXT NOT NULL))",
    k_survey_answers_index,
};

// A goal of an insats measured by a survey (issue 13): which survey and question, how the
// answers measure it (share_at_or_above, mean_change) and, for a share on a scale, the lowest
// step counted. All four empty for a goal measured by a key figure or not at all.
constexpr std::string_view k_survey_goals[] = {
    "ALTER TABLE intervention_goals ADD COLUMN survey_id TEXT",
    "ALTER TABLE intervention_goals ADD COLUMN survey_question TEXT",
    "ALTER TABLE intervention_goals ADD COLUMN survey_rule TEXT CHECK (survey_rule IS NULL OR "
    "survey_rule IN ('share_at_or_above', 'mean_change'))",
    "ALTER TABLE intervention_goals ADD COLUMN survey_at_or_above INTEGER",
};

// The search index is brought up to date in batches (issue 12's import cost): a report whose
// passages change is queued in `search_pending` in its own transaction, and the queue is
// drained at the end of an import and before every search (storage/SearchPassages.h). The
// queue is a list of changes, not a set of reports: a report queued again while a drain runs
// adds a row the drain did not take, so it is written anew once more.
constexpr std::string_view k_search_pending =
    R"(CREATE TABLE search_pending (
        id {id},
        report_id BIGINT NOT NULL REFERENCES reports (id)))";
constexpr std::string_view k_search_queue_sqlite[] = {
    k_search_pending,
    // Covers the join from the FTS5 matches to their passages (SearchIndex.cpp names it):
    // narrower than the table's rows, which hold the text.
    "CREATE INDEX search_passages_match ON search_passages "
    "(id, report_id, association_id, source, section_id)",
};
// On PostgreSQL the search matches and ranks a narrow table, search_matches: a passage's
// id, report, förbund, source and section beside its tsvector, kept inline (STORAGE MAIN:
// compressed, moved out of the row only when it cannot fit the page). Matching in the wide
// search_passages read its text and TOASTed vectors for every matching passage. Triggers on
// search_passages keep it, one statement at a time; passages are written and deleted, never
// updated.
constexpr std::string_view k_search_queue_postgresql[] = {
    k_search_pending,
    R"(CREATE TABLE search_matches (
        id BIGINT PRIMARY KEY,
        association_id BIGINT NOT NULL,
        report_id BIGINT NOT NULL,
        source TEXT NOT NULL,
        section_id TEXT NOT NULL,
        document tsvector NOT NULL))",
    "ALTER TABLE search_matches ALTER COLUMN document SET STORAGE MAIN",
    "INSERT INTO search_matches (id, association_id, report_id, source, section_id, document) "
    "SELECT id, association_id, report_id, source, section_id, document FROM search_passages",
    "ALTER TABLE search_passages DROP COLUMN document",
    "CREATE INDEX search_matches_document ON search_matches USING GIN (document)",
    "CREATE INDEX search_matches_association ON search_matches (association_id)",
    // The board's search keeps to reviewed reports. The search runs with enable_seqscan off
    // (SearchIndex.cpp), so without this index the join read all reports through their key.
    "CREATE INDEX reports_status ON reports (status)",
    "CREATE FUNCTION search_matches_add() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "INSERT INTO search_matches (id, association_id, report_id, source, section_id, document) "
    "SELECT id, association_id, report_id, source, section_id, to_tsvector('swedish', text) "
    "FROM added; RETURN NULL; END $$",
    "CREATE TRIGGER search_passages_added AFTER INSERT ON search_passages "
    "REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_matches_add()",
    "CREATE FUNCTION search_matches_remove() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "DELETE FROM search_matches m USING removed WHERE m.id = removed.id; RETURN NULL; END $$",
    "CREATE TRIGGER search_passages_removed AFTER DELETE ON search_passages "
    "REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "
    "search_matches_remove()",
};

constexpr Migration k_migrations[] = {
    {1, k_initial_schema},
    {2, k_report_goals},
    {3, k_web_application},
    {4, k_audit_association},
    {5, k_version_redactions},
    {6, k_small_count_threshold},
    {7, k_figure_confirmations},
    {8, k_published_cells},
    {9, k_board_texts},
    {10, k_board_sources},
    {11, k_notifications},
    {12, k_invitations},
    {13, k_original_files},
    {14, k_search_sqlite, k_search_postgresql},
    {15, k_other_reports, {}, allow_other_reports_in_sqlite},
    {16, k_surveys_sqlite, k_surveys_postgresql},
    {17, k_survey_goals},
    {18, k_search_queue_sqlite, k_search_queue_postgresql},
};

int applied_version(soci::session& session) {
    int version = 0;
    session << "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", soci::into(version);
    return version;
}

void lock_migrations(soci::session& session, DatabaseBackend backend) {
    if (const auto lock = migration_lock_statement(backend); !lock.empty())
        session << std::string(lock);
}

void create_migrations_table(soci::session& session, DatabaseBackend backend) {
    Transaction transaction(session, backend);
    lock_migrations(session, backend);
    session << "CREATE TABLE IF NOT EXISTS schema_migrations ("
               "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";
    transaction.commit();
}

void apply(soci::session& session, DatabaseBackend backend, const Migration& migration) {
    Transaction transaction(session, backend);
    lock_migrations(session, backend);
    // Another program may have applied it while this one waited for the lock.
    if (applied_version(session) >= migration.version)
        return;
    if (backend == DatabaseBackend::Sqlite && migration.sqlite_steps) {
        migration.sqlite_steps(session);
    } else {
        const auto statements =
            backend == DatabaseBackend::Postgresql && !migration.postgresql_statements.empty()
                ? migration.postgresql_statements
                : migration.statements;
        for (const auto statement : statements)
            session << with_dialect(statement, backend);
    }
    const std::string applied_at = system_clock().now().iso();
    session << "INSERT INTO schema_migrations (version, applied_at) VALUES (:version, :applied_at)",
        soci::use(migration.version), soci::use(applied_at);
    transaction.commit();
}

} // namespace

int latest_schema_version() {
    return k_migrations[std::size(k_migrations) - 1].version;
}

int migration_count() {
    return static_cast<int>(std::size(k_migrations));
}

tl::expected<int, StorageError> migrate(soci::session& session, DatabaseBackend backend) {
    return migrate(session, backend, latest_schema_version());
}

tl::expected<int, StorageError> migrate(soci::session& session, DatabaseBackend backend,
                                        int up_to_version) {
    try {
        create_migrations_table(session, backend);
        const int current = applied_version(session);
        if (current > latest_schema_version()) {
            return tl::unexpected(StorageError{
                StorageError::Code::Migration,
                "the database has schema version " + std::to_string(current) +
                    ", newer than the version " + std::to_string(latest_schema_version()) +
                    " this program knows; use a newer finsam with this database"});
        }
        for (const auto& migration : k_migrations) {
            if (migration.version > current && migration.version <= up_to_version)
                apply(session, backend, migration);
        }
        return applied_version(session);
    } catch (const std::exception& error) {
        return tl::unexpected(
            translate_exception(StorageError::Code::Migration, "migrating the schema", error));
    }
}

} // namespace finsam
