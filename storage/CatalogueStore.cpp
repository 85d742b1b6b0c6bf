#include "CatalogueStore.h"

#include <SQLiteCpp/Statement.h>

#include "RecordIo.h"

namespace palier::storage {

void SaveSite(Database& db, Site& s) { SaveRecord(db, SiteType(), s, db.NextHlc()); }

std::vector<Site> AllSites(Database& db) {
    SQLite::Statement st(db.sql(), "SELECT " + SelectList(SiteType()) +
                                       " FROM site WHERE deleted = 0 ORDER BY kind, weekday, name");
    std::vector<Site> out;
    while (st.executeStep()) out.push_back(ReadRecord(SiteType(), st));
    return out;
}

std::optional<Site> LoadSite(Database& db, const Id& id) { return LoadRecord(db, SiteType(), id); }

void SaveActivity(Database& db, Activity& a) { SaveRecord(db, ActivityType(), a, db.NextHlc()); }

std::optional<Activity> LoadActivity(Database& db, const Id& id) {
    return LoadRecord(db, ActivityType(), id);
}

std::vector<Activity> AllActivities(Database& db) {
    SQLite::Statement st(db.sql(), "SELECT " + SelectList(ActivityType()) +
                                       " FROM activity WHERE deleted = 0 ORDER BY title");
    std::vector<Activity> out;
    while (st.executeStep()) out.push_back(ReadRecord(ActivityType(), st));
    return out;
}

void SaveSession(Database& db, Session& s) { SaveRecord(db, SessionType(), s, db.NextHlc()); }

std::optional<Session> LoadSession(Database& db, const Id& id) {
    return LoadRecord(db, SessionType(), id);
}

std::vector<Session> SessionsBetween(Database& db, const std::string& from, const std::string& to) {
    SQLite::Statement st(db.sql(), "SELECT " + SelectList(SessionType()) +
                                       " FROM session WHERE deleted = 0 AND start >= ? AND start < ?"
                                       " ORDER BY start");
    st.bind(1, from);
    st.bind(2, to);
    std::vector<Session> out;
    while (st.executeStep()) out.push_back(ReadRecord(SessionType(), st));
    return out;
}

std::vector<Session> SessionsOfActivity(Database& db, const Id& activity_id) {
    SQLite::Statement st(db.sql(), "SELECT " + SelectList(SessionType()) +
                                       " FROM session WHERE deleted = 0 AND activity_id = ?"
                                       " ORDER BY start");
    st.bind(1, activity_id);
    std::vector<Session> out;
    while (st.executeStep()) out.push_back(ReadRecord(SessionType(), st));
    return out;
}

std::optional<Session> SessionAt(Database& db, const Id& activity_id, const std::string& start) {
    SQLite::Statement st(db.sql(), "SELECT " + SelectList(SessionType()) +
                                       " FROM session WHERE activity_id = ? AND start = ?");
    st.bind(1, activity_id);
    st.bind(2, start);
    if (!st.executeStep()) return std::nullopt;
    return ReadRecord(SessionType(), st);
}

}  // namespace palier::storage
