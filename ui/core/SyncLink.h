#pragma once
// The kiosk's sync client and the one database they share. The client's thread waits on the
// network; each of its database steps is queued here and handed to the App's worker when
// neither the person nor the screen is using the database (App::Frame), so a sync never holds
// a frame, never shows the "saving" banner and never takes a resident's tap. What the client
// reports (synced, enrolled, refused) waits here until the UI thread takes it.
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <vector>

#include "kiosk/sync/SyncClient.h"
#include "ui/core/Worker.h"

namespace palier::ui {

class SyncLink {
public:
    SyncLink() = default;
    ~SyncLink();  // Stop()
    SyncLink(const SyncLink&) = delete;
    SyncLink& operator=(const SyncLink&) = delete;

    // Starts the client (its thread), with the database's clock.
    void Start(const Clock& clock);
    bool Started() const { return client_ != nullptr; }
    sync::SyncClient* client() { return client_.get(); }
    // Called from the sync thread when a step or an event waits (the shell wakes its loop).
    void SetWake(std::function<void()> wake);

    // UI thread, with the database free: the next step as a worker job, or an empty job.
    Worker::Job NextStep(storage::Database& db);
    std::vector<sync::SyncEvent> TakeEvents();
    bool EventsWaiting() const;

    // Steps not yet handed to the worker are refused, then the client stops and joins.
    void Stop();

private:
    struct Step {
        const sync::DbStep* step;
        std::promise<bool> ran;
    };
    bool RunOnDb(const sync::DbStep& step);  // the sync thread
    void Wake();

    mutable std::mutex mu_;
    std::deque<std::shared_ptr<Step>> steps_;
    std::vector<sync::SyncEvent> events_;
    bool closed_ = false;
    std::function<void()> wake_;
    std::unique_ptr<sync::SyncClient> client_;
};

}  // namespace palier::ui
