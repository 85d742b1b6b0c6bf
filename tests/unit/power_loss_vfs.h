#pragma once
// A SQLite VFS that can cut the power, for durability tests.
//
// It wraps the default VFS ("unix") and writes through to real files, but remembers, for every
// database, WAL and rollback-journal file, the bytes as they were at that file's last xSync.
// A test arms a cut before the n-th write, sync, truncate or delete; from then on those calls
// fail with SQLITE_IOERR and leave the files alone (the machine is dead). Once every connection
// is closed, LosePower() rewrites the files as a disk might hold them after the reboot: what was
// synced is intact, what was written since its file's last sync is lost, or (RandomChunks)
// partly kept, partly lost, partly garbage at 512-byte granularity, as a torn write leaves it.
// Only bytes the program wrote are damaged: the unix VFS claims power-safe overwrite, so SQLite
// is allowed to rely on neighbouring bytes staying as they were.
//
// Not modelled: directory entries (creating and deleting a file is durable at once) and the
// -shm file (the test removes it, as its contents do not survive a reboot).
// xSync never reaches the real disk: the real machine does not lose power, and skipping fsync
// keeps hundreds of rounds fast.
//
// One process-wide instance, single-threaded use only.
#include <cstdint>
#include <random>

namespace palier::test {

enum class LossPattern {
    AllUnsynced,   // every byte written since its file's last sync is gone
    RandomChunks,  // each 512-byte chunk written since the last sync: kept, lost or garbage
};

// Registers the VFS as the process default (once); every database opened by path afterwards
// goes through it. The process's other tests would too: give power-loss tests their own binary.
void InstallPowerLossVfs();

// Writes, syncs, truncates and deletes seen since install or the last LosePower().
uint64_t FileOperationsSoFar();

// The power goes out just before operation number `n` counted from now (n >= 1); 0 disarms.
void CutPowerBefore(uint64_t n);
bool PowerIsOut();

// Stops tracking every file, so that a test may delete or replace files behind SQLite's back:
// whatever they hold when next opened counts as synced. Call with every connection closed.
void ForgetFiles();

// The reboot: applies `pattern` to every file's unsynced bytes, then tracking restarts from what
// survived and nothing is armed. Call with every connection closed.
void LosePower(std::mt19937& rng, LossPattern pattern);

}  // namespace palier::test
