// The hub on one SQLite file: its merged copy of every kiosk's records is a Palier database like a
// kiosk's (same schema, same merge code), with the hub's bookkeeping tables beside it.
#include <algorithm>
#include <cctype>
#include <mutex>
#include <unordered_map>

#include "hub/HubStore.h"
#include "kiosk/DataDir.h"
#include "kiosk/BookingRules.h"
#include "kiosk/Dates.h"
#include "kiosk/I18n.h"
#include "kiosk/SeatRules.h"
#include "kiosk/SiteTime.h"
#include "kiosk/SeatPlacement.h"
#include "kiosk/SyncMerge.h"
#include "storage/BookingStore.h"
#include "storage/CatalogueStore.h"
#include "storage/JournalStore.h"
#include "storage/SeatRole.h"
#include "storage/Uuid.h"

namespace palier::hub {

std::string NormaliseCode(const std::string& typed) {
    std::string out;
    for (char c : typed)
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::string ShowCode(const std::string& code) {
    return code.size() == 8 ? code.substr(0, 4) + "-" + code.substr(4) : code;
}

namespace {

class SqliteHubStore final : public HubStore {
public:
    explicit SqliteHubStore(std::unique_ptr<storage::Database> db) : db_(std::move(db)) {}

    int64_t NowMs() const override { return db_->clock().NowMs(); }

    std::string NewEnrolCode(const std::string& site, int64_t valid_ms) override {
        const std::string code = NewShortCode(8);
        std::lock_guard lock(mu_);
        storage::AddEnrolCode(*db_, SecretHash(code), site, NowMs() + valid_ms);
        return ShowCode(code);
    }

    std::variant<Enrolment, Refusal> Enrol(const EnrolRequest& request) override {
        std::lock_guard lock(mu_);
        storage::Transaction tx(db_->sql());
        const auto site = storage::TakeEnrolCode(*db_, SecretHash(NormaliseCode(request.code)), NowMs(), request.device);
        if (!site) return Refusal{401, "This enrolment code is unknown, already used or expired: ask for a new one."};
        const auto before = storage::DeviceById(*db_, request.device);
        Enrolment out{NewSecretToken(), *site, before ? before->acked_through : 0};
        storage::HubDevice d;
        d.id = request.device;
        d.site = *site;
        d.site_id = request.site_id;
        d.token_hash = SecretHash(out.token);
        d.enrolled_ms = NowMs();
        d.format = request.format;
        storage::SaveDevice(*db_, d);
        tx.commit();
        return out;
    }

    std::optional<HubDevice> Authenticate(const std::string& token) override {
        if (token.empty()) return std::nullopt;
        std::lock_guard lock(mu_);
        auto d = storage::DeviceByTokenHash(*db_, SecretHash(token));
        if (!d || d->revoked_ms) return std::nullopt;
        return d;
    }

    bool Revoke(const Id& device) override {
        std::lock_guard lock(mu_);
        return storage::RevokeDevice(*db_, device, NowMs());
    }

    std::vector<HubDevice> Devices() override {
        std::lock_guard lock(mu_);
        return storage::AllDevices(*db_);
    }

    std::variant<PushAck, Refusal> Push(const HubDevice& device, const PushRequest& push) override {
        std::lock_guard lock(mu_);
        storage::Transaction tx(db_->sql());
        const auto current = storage::DeviceById(*db_, device.id);
        if (!current) return Refusal{401, "This device is not enrolled."};
        const int64_t held = current->acked_through;
        if (auto conflict = ReplayConflict(device.id, push, held)) return *conflict;
        auto first_new = std::find_if(push.entries.begin(), push.entries.end(),
                                      [&](const JournalEntry& e) { return e.seq > held; });
        if (first_new != push.entries.end() && first_new->seq != held + 1)
            return Refusal{400,
                           "Sequence gap: the hub holds this device's entries up to " + std::to_string(held) +
                               " and the batch goes on at " + std::to_string(first_new->seq) + ".",
                           held};
        const int64_t clamp_after = ((NowMs() + kMaxClockAheadMs) << 16) | 0xFFFF;
        int64_t acked = held;
        std::vector<Id> sessions;
        for (auto it = first_new; it != push.entries.end(); ++it) {
            acked = it->seq;
            if (!Shared(*it)) {
                if (it->format < storage::kJournalFormat)
                    storage::AddAnomaly(*db_, {NowMs(), device.id, "refused", it->record_id,
                                               "an entry written before this kiosk's data could sync (" + it->kind +
                                                   "), left on the kiosk"});
                continue;
            }
            if (it->hlc > clamp_after)
                storage::AddAnomaly(*db_, {NowMs(), device.id, "clamped", it->record_id,
                                           "stamp more than 5 minutes ahead of the hub's clock (" + it->kind + ")"});
            storage::AppendHubLog(*db_, *it);
            const size_t i = static_cast<size_t>(it - push.entries.begin());
            if (i < push.fields.size()) ApplyRemoteInTransaction(*db_, *it, push.fields[i]);
            else ApplyRemoteInTransaction(*db_, *it);  // a request made in code, not read from a body
            if (auto s = SessionConcerned(*it)) sessions.push_back(*s);
        }
        Settle(sessions, device.id);
        storage::SetDeviceAcked(*db_, device.id, acked);
        storage::SetDeviceSeen(*db_, device.id, NowMs());
        seen_written_[device.id] = NowMs();
        auto corrections = PublishOwnWrites();
        tx.commit();
        return PushAck{acked, std::move(corrections)};
    }

    std::variant<Allotment, Refusal> Allot(const Id& session_id, const Id& device, int seats) override {
        std::lock_guard lock(mu_);
        storage::Transaction tx(db_->sql());
        const auto session = storage::LoadSession(*db_, session_id);
        const auto activity = session ? storage::LoadActivity(*db_, session->activity_id) : std::nullopt;
        if (!session || session->deleted || !activity || activity->deleted)
            return Refusal{400, "No session " + session_id + " is known to the hub."};
        if (!storage::DeviceById(*db_, device)) return Refusal{400, "No device " + device + " is enrolled on this hub."};
        if (seats < 0) return Refusal{400, "An allotment cannot be below 0 seats."};
        const SeatTally tally = TallySeats(*db_, session_id);
        const auto allotments = storage::AllotmentsOfSession(*db_, session_id);
        const SeatShare share = ShareOf(EffectiveCapacity(*activity, *session), tally, allotments, device, false);
        // A kiosk offline may already have given its seats: taking them back could oversell.
        if (seats < share.allotment)
            return Refusal{400, "An allotment can only grow (this device has " + std::to_string(share.allotment) +
                                    "): a kiosk offline may already have given its seats. Unused seats come back "
                                    "to the pool " + std::to_string(kAllotmentCutoffHours) + " hours before the start."};
        const int most = MostAllottable(share.capacity, tally, allotments, device);
        if (seats > most)
            return Refusal{400, "Only " + std::to_string(most) + " seats of this session can be allotted to this device."};
        Allotment a;
        a.session_id = session_id;
        a.device_id = device;
        a.seats = seats;
        storage::SaveAllotment(*db_, a);
        Settle({session_id}, "");
        PublishOwnWrites();
        tx.commit();
        return a;
    }

    PullPage Pull(const HubDevice& device, int64_t since, int limit) override {
        PullPage page;
        std::lock_guard lock(mu_);
        const auto rows = storage::HubLogAfter(*db_, since, limit);
        page.cursor = rows.empty() ? since : rows.back().cursor;
        page.more = static_cast<int>(rows.size()) == limit;
        for (const auto& r : rows)
            if (r.entry.device_id != device.id) page.changes.push_back(r.entry);
        // A pull is a read: when the device was last seen is written at most once a minute.
        const int64_t now = NowMs();
        int64_t& written = seen_written_[device.id];
        if (now - written >= 60 * 1000) {
            storage::SetDeviceSeen(*db_, device.id, now);
            written = now;
        }
        return page;
    }

    PullPage Own(const HubDevice& device, int64_t from, int64_t through, int limit) override {
        PullPage page;
        std::lock_guard lock(mu_);
        page.changes = storage::HubLogOfDevice(*db_, device.id, from, through, limit);
        page.more = static_cast<int>(page.changes.size()) == limit;
        page.cursor = page.changes.empty() ? from : page.changes.back().seq + 1;
        return page;
    }

    std::vector<HubAnomaly> Anomalies(int limit) override {
        std::lock_guard lock(mu_);
        return storage::RecentAnomalies(*db_, limit);
    }

    int SettleDue() override {
        std::lock_guard lock(mu_);
        storage::Transaction tx(db_->sql());
        const std::string now = NowStamp(db_->clock());
        std::vector<Id> due;
        for (const auto& id : storage::SessionsWithBookingsIn(*db_, BookingStatus::Waitlisted, now)) {
            const auto s = storage::LoadSession(*db_, id);
            if (s && AllotmentCutoffPassed(*s, db_->clock()) && !storage::AllotmentsOfSession(*db_, id).empty())
                due.push_back(id);
        }
        Settle(due, "");
        PublishOwnWrites();
        tx.commit();
        return static_cast<int>(due.size());
    }

    int GiveBusShares(int percent) override {
        std::lock_guard lock(mu_);
        storage::Transaction tx(db_->sql());
        std::vector<DeviceSite> devices;
        for (const auto& d : storage::AllDevices(*db_))
            if (!d.revoked_ms && !d.site_id.empty()) devices.push_back({d.id, d.site_id});
        const auto given = palier::GiveBusShares(*db_, devices, percent);
        if (given.empty()) return 0;
        std::vector<Id> sessions;
        for (const auto& a : given) sessions.push_back(a.session_id);
        Settle(sessions, "");
        PublishOwnWrites();
        tx.commit();
        return static_cast<int>(given.size());
    }

    std::vector<std::string> UpcomingSessions() override {
        std::lock_guard lock(mu_);
        std::vector<std::string> out;
        for (const auto& s : storage::SessionsBetween(*db_, NowStamp(db_->clock()), "9999")) {
            const auto a = storage::LoadActivity(*db_, s.activity_id);
            if (!a || a->deleted || s.deleted || s.cancelled) continue;
            const auto c = storage::CountSeats(*db_, s.id);
            std::string line = s.id + "\t" + s.start + "\t" + a->title + "\t" +
                               std::to_string(EffectiveCapacity(*a, s)) + "\t" + std::to_string(c.confirmed) + "\t" +
                               std::to_string(c.waitlisted) + "\t" + std::to_string(c.pending);
            for (const auto& al : storage::AllotmentsOfSession(*db_, s.id))
                line += "\t" + al.device_id + "=" + std::to_string(al.seats);
            out.push_back(std::move(line));
        }
        return out;
    }

    bool AddWebAccount(const WebAccount& account) override {
        std::lock_guard lock(mu_);
        return storage::AddWebAccount(*db_, account);
    }

    std::optional<WebAccount> FindWebAccount(const std::string& login) override {
        std::lock_guard lock(mu_);
        return storage::WebAccountByLogin(*db_, login);
    }

    void SaveWebSession(const WebSession& session) override {
        std::lock_guard lock(mu_);
        storage::Transaction tx(db_->sql());
        storage::SaveWebSession(*db_, session, NowMs());
        tx.commit();
    }

    std::optional<WebSession> FindWebSession(const std::string& token_hash) override {
        std::lock_guard lock(mu_);
        return storage::WebSessionByHash(*db_, token_hash, NowMs());
    }

    void DeleteWebSession(const std::string& token_hash) override {
        std::lock_guard lock(mu_);
        storage::DeleteWebSession(*db_, token_hash);
    }

    LoginFailures LoginFailuresSince(const std::string& login, int64_t since_ms) override {
        std::lock_guard lock(mu_);
        return storage::LoginFailuresSince(*db_, login, since_ms);
    }

    void AddLoginFailure(const std::string& login, int64_t forget_before_ms) override {
        std::lock_guard lock(mu_);
        storage::Transaction tx(db_->sql());
        storage::AddLoginFailure(*db_, login, NowMs(), forget_before_ms);
        tx.commit();
    }

    void ClearLoginFailures(const std::string& login) override {
        std::lock_guard lock(mu_);
        storage::ClearLoginFailures(*db_, login);
    }

    Date Today() override { return palier::Today(db_->clock()); }

    Result<Figures> FiguresOf(Period period) override {
        std::lock_guard lock(mu_);
        return palier::FiguresOf(*db_, period);
    }

    Result<VisitFigures> VisitFiguresOf(int weeks) override {
        std::lock_guard lock(mu_);
        return palier::VisitFiguresOf(*db_, palier::Today(db_->clock()), weeks);
    }

    Result<OrientationFigures> ViewOrientations(const std::string& viewer) override {
        std::lock_guard lock(mu_);
        return palier::ViewOrientationFigures(*db_, viewer);
    }

private:
    // Entries at or below `held` are replays and change nothing, but only when they are the
    // entries the hub holds under those numbers. A kiosk restored from an older copy of its
    // database, or wiped and enrolled again, writes new entries under numbers the hub already
    // holds: taken for replays they would be lost. A write is known by its kind, record, op and
    // stamp; the payload is left out because an erasure applied here scrubs the hub's copy before
    // the kiosk that wrote the entry has heard of it. Entries the hub keeps nothing of (staff,
    // format 1) cannot be compared, and nothing of them would be kept anyway.
    std::optional<Refusal> ReplayConflict(const Id& device, const PushRequest& push, int64_t held) {
        for (const JournalEntry& e : push.entries) {
            if (e.seq > held) break;
            const auto kept = storage::HubLogEntry(*db_, device, e.seq);
            const bool same = Shared(e) ? kept && kept->kind == e.kind && kept->record_id == e.record_id &&
                                              kept->op == e.op && kept->hlc == e.hlc
                                        : !kept;
            if (same) continue;
            Refusal r{409,
                      "Conflict: the hub already holds other entries of this device under numbers " +
                          std::to_string(e.seq) + " to " + std::to_string(held) +
                          " (a kiosk restored from an older copy, or wiped and enrolled again): number the new "
                          "entries after " + std::to_string(held) + " and send them again.",
                      held};
            r.differs_from = e.seq;
            return r;
        }
        return std::nullopt;
    }

    // The session a merged entry may change the placement of.
    std::optional<Id> SessionConcerned(const JournalEntry& e) {
        if (e.kind == "session") return e.record_id;
        if (e.kind == "booking") {
            if (auto b = storage::LoadBooking(*db_, e.record_id)) return b->session_id;
        }
        if (e.kind == "allotment") {
            const auto fields = nlohmann::json::parse(e.payload, nullptr, false);
            if (fields.is_object() && fields.contains("session_id") && fields["session_id"].is_string())
                return fields["session_id"].get<std::string>();
        }
        return std::nullopt;
    }

    void Settle(std::vector<Id> sessions, const Id& device) {
        std::sort(sessions.begin(), sessions.end());
        sessions.erase(std::unique(sessions.begin(), sessions.end()), sessions.end());
        for (const auto& s : sessions)
            for (const auto& d : SettleSession(*db_, s))
                storage::AddAnomaly(*db_, {NowMs(), device, d.kind, d.booking_id, d.reason});
    }

    // What the hub itself wrote (placements, allotments) joins the log kiosks pull from.
    std::vector<JournalEntry> PublishOwnWrites() {
        auto own = storage::JournalAfter(*db_, storage::PushedThrough(*db_), 1 << 30);
        for (const auto& e : own) storage::AppendHubLog(*db_, e);
        if (!own.empty()) storage::MarkPushedThrough(*db_, own.back().seq);
        return own;
    }

    std::mutex mu_;  // one connection, one writer: requests that write take turns
    std::unique_ptr<storage::Database> db_;
    std::unordered_map<Id, int64_t> seen_written_;  // guarded by mu_
};

}  // namespace

std::unique_ptr<HubStore> OpenSqliteHub(const std::string& dir, Clock clock, const std::string& now) {
    auto db = OpenKioskDatabase(dir, std::move(clock));
    if (!db) throw std::runtime_error(Describe(db.problem()));
    UseSiteTimeZone(**db);
    if (!now.empty())
        if (auto st = StartClockAt(**db, now); !st) throw std::runtime_error(Describe(st.problem()));
    storage::MarkAsHub(**db);
    return std::make_unique<SqliteHubStore>(std::move(*db));
}

}  // namespace palier::hub
