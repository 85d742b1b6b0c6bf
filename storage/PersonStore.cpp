#include "PersonStore.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <sstream>
#include <tuple>

#include "RecordIo.h"
#include "TextFold.h"

namespace palier::storage {

namespace {
Person ReadPerson(SQLite::Statement& st) { return ReadRecord(PersonType(), st); }
std::string Columns() { return SelectList(PersonType()); }

PersonMatch ReadMatch(SQLite::Statement& st) {
    PersonMatch m;
    m.id = st.getColumn(0).getString();
    m.first_name = st.getColumn(1).getString();
    const std::string last = st.getColumn(2).getString();
    if (!last.empty()) {
        // The whole first UTF-8 character, so "Élodie" gives "É".
        size_t n = 1;
        while (n < last.size() && (static_cast<unsigned char>(last[n]) & 0xC0) == 0x80) ++n;
        m.last_initial = last.substr(0, n);
    }
    m.birth_year = st.getColumn(3).getInt();
    return m;
}

}  // namespace

void SavePerson(Database& db, Person& p) { SaveRecord(db, PersonType(), p, db.NextHlc()); }

std::optional<Person> LoadPerson(Database& db, const Id& id) { return LoadRecord(db, PersonType(), id); }

std::vector<PersonMatch> SearchPeople(Database& db, std::string_view query, int limit) {
    std::vector<std::string> words;
    std::istringstream in(FoldForSearch(query));
    for (std::string w; in >> w;) words.push_back(w);
    std::vector<PersonMatch> out;
    if (words.empty() || limit <= 0) return out;

    // The first word drives one index range scan per name column, each walked in index order
    // and stopped after `limit` hits, so a common prefix ("fat" among 100,000 people) costs no
    // more than a rare one. Other words filter: each must start a word of the first or last name.
    // The upper bound is the prefix followed by 0xFF, a byte that never occurs in UTF-8: every
    // text starting with the prefix sorts below it, whatever script follows.
    std::string filter;
    for (size_t i = 1; i < words.size(); ++i)
        filter += " AND (' ' || first_norm || ' ' || last_norm || ' ') LIKE ('% ' || ?" +
                  std::to_string(i + 3) + " || '%')";
    struct Hit {
        std::string first_norm, last_norm;
        PersonMatch match;
    };
    std::vector<Hit> hits;
    for (const char* column : {"first_norm", "last_norm"}) {
        const std::string col = column;
        SQLite::Statement st(db.sql(),
                             "SELECT id, first_name, last_name, birth_year, first_norm, last_norm FROM person"
                             " INDEXED BY person_" + col.substr(0, col.find('_')) +
                             " WHERE " + col + " >= ?1 AND " + col + " < ?2 AND erased = 0 AND deleted = 0" +
                             filter + " ORDER BY " + col + " LIMIT ?3");
        st.bind(1, words[0]);
        st.bind(2, words[0] + '\xff');
        st.bind(3, limit);
        for (size_t i = 1; i < words.size(); ++i) st.bind(static_cast<int>(i + 3), words[i]);
        while (st.executeStep())
            hits.push_back({st.getColumn(4).getString(), st.getColumn(5).getString(), ReadMatch(st)});
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        return std::tie(a.first_norm, a.last_norm, a.match.id) < std::tie(b.first_norm, b.last_norm, b.match.id);
    });
    for (size_t i = 0; i < hits.size() && static_cast<int>(out.size()) < limit; ++i)
        if (i == 0 || hits[i].match.id != hits[i - 1].match.id) out.push_back(hits[i].match);
    return out;
}

std::vector<PersonMatch> FindByPhoneLast4(Database& db, std::string_view last4, int limit) {
    std::vector<PersonMatch> out;
    if (last4.size() != 4) return out;
    SQLite::Statement st(db.sql(),
                         "SELECT id, first_name, last_name, birth_year FROM person"
                         " WHERE phone_last4 = ? AND erased = 0 AND deleted = 0"
                         " ORDER BY first_norm LIMIT ?");
    st.bind(1, std::string(last4));
    st.bind(2, limit);
    while (st.executeStep()) out.push_back(ReadMatch(st));
    return out;
}

std::vector<Person> ChildrenOf(Database& db, const Id& guardian_id) {
    SQLite::Statement st(db.sql(), "SELECT " + Columns() +
                                       " FROM person WHERE guardian_id = ? AND erased = 0 AND"
                                       " deleted = 0 ORDER BY first_norm");
    st.bind(1, guardian_id);
    std::vector<Person> out;
    while (st.executeStep()) out.push_back(ReadPerson(st));
    return out;
}

std::vector<Id> PeopleWithoutContactSince(Database& db, const std::string& date, const std::string& now) {
    // A family is a guardian and their children: `root` is the guardian's id for everyone in it.
    SQLite::Statement st(db.sql(), R"SQL(
WITH fam(pid, root) AS (SELECT id, coalesce(guardian_id, id) FROM person WHERE deleted = 0),
contact(root, day) AS (
  SELECT f.root, p.last_contact FROM fam f JOIN person p ON p.id = f.pid WHERE p.last_contact <> ''
  UNION ALL SELECT f.root, substr(v.at, 1, 10) FROM visit v JOIN fam f ON f.pid = v.person_id
    WHERE v.deleted = 0
  UNION ALL SELECT f.root, substr(o.created_at, 1, 10) FROM orientation o
    JOIN fam f ON f.pid = o.person_id WHERE o.deleted = 0
  UNION ALL SELECT f.root, substr(o.appointment_at, 1, 10) FROM orientation o
    JOIN fam f ON f.pid = o.person_id WHERE o.deleted = 0 AND o.appointment_at <> ''
      AND o.appointment_at <= ?2
  UNION ALL SELECT f.root, substr(b.created_at, 1, 10) FROM booking b
    JOIN fam f ON f.pid = b.person_id WHERE b.deleted = 0
  UNION ALL SELECT f.root, substr(s.start, 1, 10) FROM booking b JOIN fam f ON f.pid = b.person_id
    JOIN session s ON s.id = b.session_id WHERE b.deleted = 0 AND b.status = 4 AND s.start <= ?2),
keep(root) AS (
  SELECT root FROM contact GROUP BY root HAVING max(day) >= ?1
  UNION SELECT f.root FROM orientation o JOIN fam f ON f.pid = o.person_id
    WHERE o.deleted = 0 AND o.status NOT IN (3, 4)
  UNION SELECT f.root FROM booking b JOIN fam f ON f.pid = b.person_id
    JOIN session s ON s.id = b.session_id
    WHERE b.deleted = 0 AND b.status <> 3 AND s.start >= ?2 AND s.deleted = 0 AND s.cancelled = 0)
SELECT p.id FROM person p JOIN fam f ON f.pid = p.id
 WHERE p.erased = 0 AND f.root IN (SELECT root FROM contact) AND f.root NOT IN (SELECT root FROM keep)
 ORDER BY p.id)SQL");
    st.bind(1, date);
    st.bind(2, now);
    std::vector<Id> out;
    while (st.executeStep()) out.push_back(st.getColumn(0).getString());
    return out;
}

std::vector<PersonMatch> FindByFirstNameAndYear(Database& db, const std::string& first_norm,
                                                int birth_year, int limit) {
    SQLite::Statement st(db.sql(),
                         "SELECT id, first_name, last_name, birth_year FROM person INDEXED BY person_first"
                         " WHERE first_norm = ? AND birth_year = ? AND erased = 0 AND deleted = 0"
                         " ORDER BY last_norm, id LIMIT ?");
    st.bind(1, first_norm);
    st.bind(2, birth_year);
    st.bind(3, limit);
    std::vector<PersonMatch> out;
    while (st.executeStep()) out.push_back(ReadMatch(st));
    return out;
}

int RefoldNames(Database& db) {
    struct Fix {
        Id id;
        std::string first_norm, last_norm;
    };
    std::vector<Fix> fixes;
    SQLite::Statement st(db.sql(), "SELECT id, first_name, last_name, first_norm, last_norm FROM person");
    while (st.executeStep()) {
        Fix f{st.getColumn(0).getString(), FoldForSearch(st.getColumn(1).getString()),
              FoldForSearch(st.getColumn(2).getString())};
        if (f.first_norm != st.getColumn(3).getString() || f.last_norm != st.getColumn(4).getString())
            fixes.push_back(std::move(f));
    }
    SQLite::Statement up(db.sql(), "UPDATE person SET first_norm = ?, last_norm = ? WHERE id = ?");
    for (const auto& f : fixes) {
        up.bind(1, f.first_norm);
        up.bind(2, f.last_norm);
        up.bind(3, f.id);
        up.exec();
        up.reset();
    }
    return static_cast<int>(fixes.size());
}

int64_t CountPeople(Database& db) {
    return db.sql().execAndGet("SELECT count(*) FROM person WHERE erased = 0 AND deleted = 0").getInt64();
}

}  // namespace palier::storage
