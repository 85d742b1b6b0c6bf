#include "Database.h"

namespace palier::storage {

SQLite::Statement& Database::Cached(const std::string& sql) {
    auto& slot = statements_[sql];
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(*db_, sql);
    } else {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

}  // namespace palier::storage
