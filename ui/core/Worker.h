#pragma once
// One background thread for the work that may wait on the disk or take long (every write, PIN
// hashing, PDFs), so no frame ever waits.
// A job runs on the worker and returns a completion; completions run on the UI thread when it
// calls Drain() at the start of a frame.
//
// The database has one owner at a time: while a job that uses it is queued or running, Busy()
// is true and the UI thread does not touch the database (App keeps actions queued until then).
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace palier::ui {

class Worker {
public:
    using Completion = std::function<void()>;
    using Job = std::function<Completion()>;

    Worker();
    ~Worker();  // finishes the running job, drops the others, joins
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    void Post(Job job);          // UI thread
    bool Busy() const;           // a job queued, running, or its completion not yet drained
    int Drain();                 // UI thread: runs finished completions; returns how many
    void WaitIdle();             // UI thread: blocks until every job has finished, then drains
    // Called on the worker thread after each job (e.g. glfwPostEmptyEvent to wake the loop).
    void SetWake(std::function<void()> wake);

private:
    void Run();
    mutable std::mutex mu_;
    std::condition_variable cv_, done_cv_;
    std::deque<Job> jobs_;
    std::deque<Completion> done_;
    int outstanding_ = 0;
    bool stop_ = false;
    std::function<void()> wake_;
    std::thread thread_;
};

}  // namespace palier::ui
