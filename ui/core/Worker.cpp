#include "ui/core/Worker.h"

namespace palier::ui {

Worker::Worker() : thread_([this] { Run(); }) {}

Worker::~Worker() {
    {
        std::lock_guard lock(mu_);
        stop_ = true;
        jobs_.clear();
    }
    cv_.notify_all();
    thread_.join();
}

void Worker::SetWake(std::function<void()> wake) {
    std::lock_guard lock(mu_);
    wake_ = std::move(wake);
}

void Worker::Post(Job job) {
    {
        std::lock_guard lock(mu_);
        jobs_.push_back(std::move(job));
        ++outstanding_;
    }
    cv_.notify_one();
}

bool Worker::Busy() const {
    std::lock_guard lock(mu_);
    return outstanding_ > 0;
}

int Worker::Drain() {
    std::unique_lock lock(mu_);
    if (done_.empty()) return 0;  // most frames: an empty deque still allocates its first block
    std::deque<Completion> ready;
    ready.swap(done_);
    lock.unlock();
    for (auto& c : ready) {
        if (c) c();
    }
    if (!ready.empty()) {
        std::lock_guard lock(mu_);
        outstanding_ -= static_cast<int>(ready.size());
    }
    return static_cast<int>(ready.size());
}

void Worker::WaitIdle() {
    for (;;) {
        {
            std::unique_lock lock(mu_);
            done_cv_.wait(lock, [this] { return jobs_.empty() && static_cast<int>(done_.size()) == outstanding_; });
        }
        Drain();
        if (!Busy()) return;
    }
}

void Worker::Run() {
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mu_);
            cv_.wait(lock, [this] { return stop_ || !jobs_.empty(); });
            if (stop_) return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        Completion c = job();
        {
            std::lock_guard lock(mu_);
            done_.push_back(std::move(c));
        }
        done_cv_.notify_all();
        std::function<void()> wake;
        {
            std::lock_guard lock(mu_);
            wake = wake_;
        }
        if (wake) wake();
    }
}

}  // namespace palier::ui
