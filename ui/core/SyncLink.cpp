#include "ui/core/SyncLink.h"

namespace palier::ui {

SyncLink::~SyncLink() { Stop(); }

void SyncLink::Start(const Clock& clock) {
    if (client_) return;
    {
        std::lock_guard lock(mu_);
        closed_ = false;
    }
    client_ = std::make_unique<sync::SyncClient>(
        [this](const sync::DbStep& step) { return RunOnDb(step); }, clock,
        [this](const sync::SyncEvent& e) {
            {
                std::lock_guard lock(mu_);
                events_.push_back(e);
            }
            Wake();
        });
    client_->Start();
}

void SyncLink::SetWake(std::function<void()> wake) {
    std::lock_guard lock(mu_);
    wake_ = std::move(wake);
}

void SyncLink::Wake() {
    std::function<void()> wake;
    {
        std::lock_guard lock(mu_);
        wake = wake_;
    }
    if (wake) wake();
}

bool SyncLink::RunOnDb(const sync::DbStep& step) {
    auto s = std::make_shared<Step>();
    s->step = &step;
    std::future<bool> ran = s->ran.get_future();
    {
        std::lock_guard lock(mu_);
        if (closed_) return false;
        steps_.push_back(s);
    }
    Wake();
    return ran.get();  // rethrows what the step threw
}

Worker::Job SyncLink::NextStep(storage::Database& db) {
    std::shared_ptr<Step> s;
    {
        std::lock_guard lock(mu_);
        if (steps_.empty()) return {};
        s = std::move(steps_.front());
        steps_.pop_front();
    }
    storage::Database* dbp = &db;
    return [s, dbp]() -> Worker::Completion {
        try {
            (*s->step)(*dbp);
            s->ran.set_value(true);
        } catch (...) {
            s->ran.set_exception(std::current_exception());
        }
        return {};
    };
}

std::vector<sync::SyncEvent> SyncLink::TakeEvents() {
    std::lock_guard lock(mu_);
    return std::exchange(events_, {});
}

bool SyncLink::EventsWaiting() const {
    std::lock_guard lock(mu_);
    return !events_.empty();
}

void SyncLink::Stop() {
    std::deque<std::shared_ptr<Step>> refused;
    {
        std::lock_guard lock(mu_);
        closed_ = true;
        refused.swap(steps_);
    }
    for (auto& s : refused) s->ran.set_value(false);
    if (client_) client_->Stop();
    client_.reset();
}

}  // namespace palier::ui
