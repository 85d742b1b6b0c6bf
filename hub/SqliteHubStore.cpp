// The hub on one SQLite file: its merged copy of every kiosk's records is a Palier database like a
// kiosk's (same schema, same merge code), with the hub's bookkeeping tables beside it.
#include <algorithm>
#include <cctype>
#include <mutex>

#include "hub/HubStore.h"
#include "kiosk/DataDir.h"
#include "kiosk/I18n.h"
#include "kiosk/SyncMerge.h"
#include "storage/JournalStore.h"
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
        Enrolment out{NewSecretToken(), *site};
        storage::HubDevice d;
        d.id = request.device;
        d.site = *site;
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
        auto first_new = std::find_if(push.entries.begin(), push.entries.end(),
                                      [&](const JournalEntry& e) { return e.seq > held; });
        if (first_new != push.entries.end() && first_new->seq != held + 1)
            return Refusal{400, "Sequence gap: the hub holds this device's entries up to " + std::to_string(held) +
                                    " and the batch goes on at " + std::to_string(first_new->seq) + "."};
        const int64_t clamp_after = ((NowMs() + kMaxClockAheadMs) << 16) | 0xFFFF;
        int64_t acked = held;
        for (auto it = first_new; it != push.entries.end(); ++it) {
            if (it->hlc > clamp_after)
                storage::AddAnomaly(*db_, {NowMs(), device.id, "clamped", it->record_id,
                                           "stamp more than 5 minutes ahead of the hub's clock (" + it->kind + ")"});
            storage::AppendHubLog(*db_, *it);
            ApplyRemoteInTransaction(*db_, *it);
            acked = it->seq;
        }
        storage::SetDeviceAcked(*db_, device.id, acked);
        storage::SetDeviceSeen(*db_, device.id, NowMs());
        tx.commit();
        return PushAck{acked, {}};
    }

    PullPage Pull(const HubDevice& device, int64_t since, int limit) override {
        std::lock_guard lock(mu_);
        PullPage page;
        const auto rows = storage::HubLogAfter(*db_, since, limit);
        page.cursor = rows.empty() ? since : rows.back().cursor;
        page.more = static_cast<int>(rows.size()) == limit;
        for (const auto& r : rows)
            if (r.entry.device_id != device.id) page.changes.push_back(r.entry);
        storage::SetDeviceSeen(*db_, device.id, NowMs());
        return page;
    }

    std::vector<HubAnomaly> Anomalies(int limit) override {
        std::lock_guard lock(mu_);
        return storage::RecentAnomalies(*db_, limit);
    }

private:
    std::mutex mu_;  // one connection, one writer: requests take turns
    std::unique_ptr<storage::Database> db_;
};

}  // namespace

std::unique_ptr<HubStore> OpenSqliteHub(const std::string& dir, Clock clock) {
    auto db = OpenKioskDatabase(dir, std::move(clock));
    if (!db) throw std::runtime_error(Describe(db.problem()));
    return std::make_unique<SqliteHubStore>(std::move(*db));
}

}  // namespace palier::hub
