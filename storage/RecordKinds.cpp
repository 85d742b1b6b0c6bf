#include "RecordKinds.h"

#include "RecordIo.h"

namespace palier::storage {

namespace {
template <class R>
KindOps MakeOps(const RecordType<R>& t) {
    KindOps ops;
    ops.kind = t.kind;
    ops.tombstone = t.tombstone;
    bool created_is_field = false;
    for (const auto& f : t.fields) {
        ops.columns.push_back(f.column);
        if (std::string_view(f.column) == "created_hlc") created_is_field = true;
        if (f.journaled()) ops.fields.push_back({f.json, f.ref_kind, f.required, f.merge});
    }
    if (!created_is_field) ops.columns.push_back("created_hlc");
    ops.columns.push_back("updated_hlc");
    ops.defaults = ToJson(t, R{});
    ops.load = [&t](Database& db, const Id& id) -> std::optional<MergeRow> {
        auto row = LoadValues(db, SqlOf(t), id);
        if (!row) return std::nullopt;
        return MergeRow{id, ToJson(t, FromValues(t, row->values)), row->created_hlc, row->updated_hlc};
    };
    ops.store = [&t](Database& db, const MergeRow& m) {
        const auto row = LoadValues(db, SqlOf(t), m.id);
        R r = row ? FromValues(t, row->values) : R{};
        FromJson(t, m.fields, r);
        r.id = m.id;
        UpsertValues(db, SqlOf(t), ToColumns(t, r), m.created_hlc, m.updated_hlc);
    };
    ops.exists = [&t](Database& db, const Id& id) { return RowExists(db, SqlOf(t), id); };
    ops.check = [&t](const nlohmann::json& fields) {
        R r{};
        FromJson(t, fields, r);
    };
    return ops;
}

const std::vector<KindOps>& All() {
    static const std::vector<KindOps> all = {
        MakeOps(SiteType()),    MakeOps(PartnerType()),  MakeOps(PersonType()),
        MakeOps(VisitType()),   MakeOps(OrientationType()), MakeOps(ActivityType()),
        MakeOps(SessionType()), MakeOps(BookingType()),  MakeOps(AllotmentType()), MakeOps(SurveyType()),
        MakeOps(StaffType())};
    return all;
}
}  // namespace

const std::vector<KindOps>& SyncedKinds() {
    static const std::vector<KindOps> synced(All().begin(), All().end() - 1);  // all but staff
    return synced;
}

const KindOps* FindKind(const std::string& kind) {
    for (const auto& k : All())
        if (k.kind == kind) return &k;
    return nullptr;
}

}  // namespace palier::storage
