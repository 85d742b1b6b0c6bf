#include "Schema.h"

namespace palier::storage {

// Every synced table carries: id (UUID), site_id, created_hlc, updated_hlc, deleted.
static const char* kV1 = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE site (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, name TEXT NOT NULL, kind INTEGER NOT NULL,
  parent_id TEXT, place TEXT NOT NULL DEFAULT '', weekday INTEGER NOT NULL DEFAULT 0,
  start_time TEXT NOT NULL DEFAULT '', end_time TEXT NOT NULL DEFAULT '',
  created_hlc INTEGER NOT NULL, updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);

CREATE TABLE person (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL,
  first_name TEXT NOT NULL, last_name TEXT NOT NULL DEFAULT '',
  first_norm TEXT NOT NULL, last_norm TEXT NOT NULL DEFAULT '',
  birth_year INTEGER NOT NULL DEFAULT 0, phone TEXT NOT NULL DEFAULT '',
  phone_last4 TEXT NOT NULL DEFAULT '', neighbourhood TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'fr', consent_contact INTEGER NOT NULL DEFAULT 0,
  consent_date TEXT NOT NULL DEFAULT '', guardian_id TEXT REFERENCES person(id),
  last_contact TEXT NOT NULL DEFAULT '', erased INTEGER NOT NULL DEFAULT 0,
  created_hlc INTEGER NOT NULL, updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX person_first ON person(first_norm);
CREATE INDEX person_last ON person(last_norm);
CREATE INDEX person_phone4 ON person(phone_last4);
CREATE INDEX person_contact ON person(last_contact);

CREATE TABLE visit (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, person_id TEXT REFERENCES person(id),
  at TEXT NOT NULL, reasons INTEGER NOT NULL, is_new INTEGER NOT NULL,
  language TEXT NOT NULL DEFAULT 'fr',
  created_hlc INTEGER NOT NULL, updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX visit_at ON visit(at);
CREATE INDEX visit_person ON visit(person_id);

CREATE TABLE partner (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, name TEXT NOT NULL, topics TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '', hours TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
  created_hlc INTEGER NOT NULL, updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);

CREATE TABLE orientation (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, person_id TEXT REFERENCES person(id),
  topic INTEGER NOT NULL, partner_id TEXT REFERENCES partner(id), status INTEGER NOT NULL,
  due_date TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
  appointment_at TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
  created_hlc INTEGER NOT NULL, updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX orientation_due ON orientation(status, due_date);
CREATE INDEX orientation_person ON orientation(person_id);

CREATE TABLE activity (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, kind INTEGER NOT NULL, title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '', age_min INTEGER NOT NULL DEFAULT 0,
  age_max INTEGER NOT NULL DEFAULT 0, place TEXT NOT NULL DEFAULT '', stop_id TEXT,
  capacity INTEGER NOT NULL, price_cents INTEGER NOT NULL DEFAULT 0,
  needs_guardian INTEGER NOT NULL DEFAULT 0, facilitator TEXT NOT NULL DEFAULT '',
  tutors TEXT NOT NULL DEFAULT '', rule_weekday INTEGER NOT NULL DEFAULT 0,
  rule_start TEXT NOT NULL DEFAULT '', rule_end TEXT NOT NULL DEFAULT '',
  rule_from TEXT NOT NULL DEFAULT '', rule_to TEXT NOT NULL DEFAULT '',
  rule_skipped TEXT NOT NULL DEFAULT '',
  created_hlc INTEGER NOT NULL, updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);

CREATE TABLE session (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, activity_id TEXT NOT NULL REFERENCES activity(id),
  start TEXT NOT NULL, end TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', stop_id TEXT,
  capacity_override INTEGER NOT NULL DEFAULT -1, cancelled INTEGER NOT NULL DEFAULT 0,
  created_hlc INTEGER NOT NULL, updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX session_start ON session(start);
CREATE UNIQUE INDEX session_activity_start ON session(activity_id, start);

CREATE TABLE booking (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, session_id TEXT NOT NULL REFERENCES session(id),
  person_id TEXT REFERENCES person(id), seats INTEGER NOT NULL CHECK (seats > 0),
  status INTEGER NOT NULL, source INTEGER NOT NULL, tutor TEXT NOT NULL DEFAULT '',
  code TEXT NOT NULL, created_at TEXT NOT NULL,
  created_hlc INTEGER NOT NULL, updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX booking_session ON booking(session_id, status);
CREATE INDEX booking_person ON booking(person_id);
CREATE INDEX booking_code ON booking(code);

CREATE TABLE staff (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, name TEXT NOT NULL, role INTEGER NOT NULL,
  pin_hash TEXT NOT NULL, failed_attempts INTEGER NOT NULL DEFAULT 0,
  lockouts INTEGER NOT NULL DEFAULT 0, locked_until INTEGER NOT NULL DEFAULT 0,
  created_hlc INTEGER NOT NULL, updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);

CREATE TABLE survey (
  id TEXT PRIMARY KEY, site_id TEXT NOT NULL, date TEXT NOT NULL,
  learned INTEGER NOT NULL, changed INTEGER NOT NULL, welcomed INTEGER NOT NULL,
  created_hlc INTEGER NOT NULL, updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);

-- Who did what to which record; never a personal value.
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, staff_id TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL, record_kind TEXT NOT NULL, record_id TEXT NOT NULL);

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Every write that must reach the hub, in order. `seq` is the device sequence number.
CREATE TABLE journal (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, record_id TEXT NOT NULL,
  op TEXT NOT NULL, hlc INTEGER NOT NULL, payload TEXT NOT NULL);
)SQL";

// Booking codes are unique among live bookings (status 3 is cancelled). Codes that were
// already shared get the start of their booking's id appended, so the index can be built.
static const char* kLiveCodes = R"SQL(
UPDATE booking SET code = code || '-' || upper(substr(id, 1, 4))
 WHERE status <> 3 AND deleted = 0 AND rowid NOT IN (
   SELECT min(rowid) FROM booking WHERE status <> 3 AND deleted = 0 GROUP BY code);
CREATE UNIQUE INDEX booking_live_code ON booking(code) WHERE status <> 3 AND deleted = 0;
)SQL";

// Sync ground: journal entries name their device and format; per-field stamps; remote entries
// parked until what they refer to arrives. The cursor lives in meta ('pushed_through').
static const char* kSyncGround = R"SQL(
ALTER TABLE journal ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
ALTER TABLE journal ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
UPDATE journal SET device_id = coalesce((SELECT value FROM meta WHERE key = 'device_id'), '');
CREATE INDEX journal_record ON journal(kind, record_id);

CREATE TABLE record_stamp (
  kind TEXT NOT NULL, record_id TEXT NOT NULL, stamps TEXT NOT NULL,
  PRIMARY KEY (kind, record_id)) WITHOUT ROWID;

CREATE TABLE sync_parked (
  device_id TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, record_id TEXT NOT NULL,
  waits_kind TEXT NOT NULL, waits_id TEXT NOT NULL, entry TEXT NOT NULL,
  PRIMARY KEY (device_id, seq));
CREATE INDEX sync_parked_waits ON sync_parked(waits_kind, waits_id);
)SQL";

// A family's children are looked up for every erasure: without this, the retention purge of a
// large register read the whole person table once per person erased (hours for 100,000).
static const char* kGuardianIndex = R"SQL(
CREATE INDEX person_guardian ON person(guardian_id) WHERE guardian_id IS NOT NULL;
)SQL";

// The hub's own tables (empty on a kiosk): enrolled devices (only a hash of each token), one-time
// enrolment codes, every entry the hub accepted in the order it accepted them (the pull
// cursor), and the hub's automatic decisions.
static const char* kHubTables = R"SQL(
CREATE TABLE hub_device (
  id TEXT PRIMARY KEY, site TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
  enrolled_ms INTEGER NOT NULL, revoked_ms INTEGER, acked_through INTEGER NOT NULL DEFAULT 0,
  last_seen_ms INTEGER, format INTEGER NOT NULL);
CREATE TABLE hub_code (
  code_hash TEXT PRIMARY KEY, site TEXT NOT NULL, expires_ms INTEGER NOT NULL, used_by TEXT);
CREATE TABLE hub_log (
  cursor INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL, seq INTEGER NOT NULL,
  kind TEXT NOT NULL, record_id TEXT NOT NULL, op TEXT NOT NULL, hlc INTEGER NOT NULL,
  payload TEXT NOT NULL, format INTEGER NOT NULL, UNIQUE (device_id, seq));
CREATE INDEX hub_log_record ON hub_log(kind, record_id);
CREATE TABLE hub_anomaly (
  id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, device_id TEXT NOT NULL,
  kind TEXT NOT NULL, record_id TEXT NOT NULL, reason TEXT NOT NULL);
)SQL";

// Seats across kiosks: where each confirmed seat lives, what the hub decided about a booking, and
// the seats each device may confirm offline (synced like the catalogue, set on the hub).
static const char* kSeatAllotments = R"SQL(
ALTER TABLE booking ADD COLUMN seat_holder TEXT NOT NULL DEFAULT '';
ALTER TABLE booking ADD COLUMN hub_note TEXT NOT NULL DEFAULT '';
CREATE TABLE allotment (
  id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES session(id), device_id TEXT NOT NULL,
  seats INTEGER NOT NULL CHECK (seats >= 0),
  created_hlc INTEGER NOT NULL, updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX allotment_session ON allotment(session_id);
)SQL";

// The site a device records for (the kiosk says so when it enrols): the hub gives the bus's
// kiosks their share of the sessions held at the bus's stops.
static const char* kDeviceSite = R"SQL(
ALTER TABLE hub_device ADD COLUMN site_id TEXT NOT NULL DEFAULT '';
)SQL";

// The dashboard's accounts (a libsodium password hash each), its browser sessions (only a hash
// of each session token, beside the CSRF token its forms carry; a pre-login session has no login
// yet) and the failed logins that slow guessing down, kept so a restart does not forget them.
static const char* kWebAccounts = R"SQL(
CREATE TABLE hub_account (
  login TEXT PRIMARY KEY, role INTEGER NOT NULL, password_hash TEXT NOT NULL, created_ms INTEGER NOT NULL);
CREATE TABLE hub_web_session (
  token_hash TEXT PRIMARY KEY, csrf TEXT NOT NULL, login TEXT NOT NULL, expires_ms INTEGER NOT NULL);
CREATE INDEX hub_web_session_expiry ON hub_web_session(expires_ms);
CREATE TABLE hub_login_failure (login TEXT NOT NULL, at_ms INTEGER NOT NULL);
CREATE INDEX hub_login_failure_login ON hub_login_failure(login, at_ms);
)SQL";

const std::vector<const char*>& Migrations() {
    static const std::vector<const char*> list = {kV1, kLiveCodes, kSyncGround, kGuardianIndex, kHubTables,
                                                  kSeatAllotments, kDeviceSite, kWebAccounts};
    return list;
}

}  // namespace palier::storage
