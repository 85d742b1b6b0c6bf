// The figures the overview must show, counted by the test itself in SQL straight from a Palier
// database with Debian's sqlite3 shell (read-only): the definitions of kiosk/Figures.h, not the
// hub's code. Dates are computed from the test's fixed moment, never from the wall clock.
import { run } from './processes.mjs';

function query(dbPath, sql) {
  return run('sqlite3', ['-readonly', '-batch', '-noheader', '-separator', '|', dbPath, sql]).trim();
}

function dayText(date) {
  return date.toISOString().slice(0, 10);
}

// The day of `moment` ("YYYY-MM-DDTHH:MM", site time) and its week, Monday to Sunday, as the
// half-open ranges of local timestamps the figures count over.
export function periodsOf(moment) {
  const day = new Date(`${moment.slice(0, 10)}T00:00:00Z`);
  const next = new Date(day.getTime() + 86_400_000);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const nextMonday = new Date(monday.getTime() + 7 * 86_400_000);
  return {
    today: { from: dayText(day), to: dayText(next) },
    week: { from: dayText(monday), to: dayText(nextMonday) },
  };
}

// Visits in the period (anonymous walk-ins included), per site id and in total.
export function visits(dbPath, { from, to }) {
  const rows = query(dbPath,
    `SELECT site_id, count(*) FROM visit WHERE deleted = 0 AND at >= '${from}' AND at < '${to}' GROUP BY site_id`);
  return bySite(rows);
}

// People whose first visit ever falls in the period, counted at that visit's site.
export function firstVisits(dbPath, { from, to }) {
  const rows = query(dbPath,
    `SELECT v.site_id, count(DISTINCT v.person_id) FROM visit v
       JOIN (SELECT person_id, min(at) AS first FROM visit
             WHERE deleted = 0 AND person_id IS NOT NULL AND person_id <> '' GROUP BY person_id) f
         ON v.person_id = f.person_id AND v.at = f.first AND v.deleted = 0
     WHERE f.first >= '${from}' AND f.first < '${to}' GROUP BY v.site_id`);
  return bySite(rows);
}

// Every visit the database holds, whatever its date: what a complete sync carries over.
export function allVisits(dbPath) {
  return Number(query(dbPath, 'SELECT count(*) FROM visit'));
}

function bySite(rows) {
  const sites = {};
  let total = 0;
  for (const line of rows.split('\n').filter(Boolean)) {
    const [site, n] = line.split('|');
    sites[site] = Number(n);
    total += Number(n);
  }
  return { sites, total };
}
