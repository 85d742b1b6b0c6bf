#include "power_loss_vfs.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <bitset>
#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace palier::test {

namespace {

constexpr int64_t kChunk = 512;

// The bytes of one chunk as they were at its file's last sync, and which of them were written.
struct Chunk {
    std::vector<unsigned char> original;
    std::bitset<kChunk> written;
};

struct Tracked {
    int64_t synced_size = 0;
    std::map<int64_t, Chunk> dirty;  // by chunk index
};

struct State {
    sqlite3_vfs* base = nullptr;
    sqlite3_vfs vfs{};
    std::map<std::string, Tracked> files;  // by the path SQLite opened
    uint64_t operations = 0;
    uint64_t cut_at = 0;  // 0: not armed
    bool out = false;
};

State& S() {
    static State state;
    return state;
}
sqlite3_vfs* Base() { return S().base; }

// Our file wraps the base VFS's file, which lives in the bytes right after it.
struct File {
    sqlite3_file head;
    const char* name;  // SQLite keeps it valid until xClose; nullptr: a temp file, not tracked
    sqlite3_file* Real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};
static_assert(sizeof(File) % 8 == 0, "the wrapped file must stay aligned");

void Check(bool ok, const char* what) {
    if (ok) return;
    std::perror(what);
    std::abort();
}

File* Of(sqlite3_file* f) { return reinterpret_cast<File*>(f); }

// False once the power is out: the operation must fail and touch nothing.
bool Powered() {
    State& s = S();
    if (s.out) return false;
    ++s.operations;
    if (s.cut_at != 0 && s.operations >= s.cut_at) {
        s.out = true;
        return false;
    }
    return true;
}

Tracked* TrackedOf(File* f) {
    if (!f->name) return nullptr;
    auto it = S().files.find(f->name);
    return it == S().files.end() ? nullptr : &it->second;
}

int64_t RealSize(sqlite3_file* real) {
    sqlite3_int64 size = 0;
    real->pMethods->xFileSize(real, &size);
    return size;
}

// Saves the synced bytes of every chunk in [from, to) before they first change.
void Remember(Tracked& t, sqlite3_file* real, int64_t from, int64_t to, bool written) {
    if (to <= from) return;
    const int64_t size = RealSize(real);
    for (int64_t ci = from / kChunk; ci <= (to - 1) / kChunk; ++ci) {
        auto [it, fresh] = t.dirty.try_emplace(ci);
        Chunk& c = it->second;
        const int64_t start = ci * kChunk;
        if (fresh) {
            const int64_t len = std::max<int64_t>(0, std::min(kChunk, size - start));
            c.original.resize(static_cast<size_t>(len));
            if (len > 0) real->pMethods->xRead(real, c.original.data(), static_cast<int>(len), start);
        }
        if (written) {
            const auto lo = static_cast<size_t>(std::max(from, start) - start);
            const auto hi = static_cast<size_t>(std::min(to, start + kChunk) - start);
            c.written |= (~std::bitset<kChunk>() >> (kChunk - (hi - lo))) << lo;
        }
    }
}

int Close(sqlite3_file* f) { return Of(f)->Real()->pMethods->xClose(Of(f)->Real()); }

int Read(sqlite3_file* f, void* buf, int amt, sqlite3_int64 off) {
    return Of(f)->Real()->pMethods->xRead(Of(f)->Real(), buf, amt, off);
}

int Write(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 off) {
    if (!Powered()) return SQLITE_IOERR_WRITE;
    File* file = Of(f);
    if (Tracked* t = TrackedOf(file)) Remember(*t, file->Real(), off, off + amt, true);
    return file->Real()->pMethods->xWrite(file->Real(), buf, amt, off);
}

int Truncate(sqlite3_file* f, sqlite3_int64 size) {
    if (!Powered()) return SQLITE_IOERR_TRUNCATE;
    File* file = Of(f);
    if (Tracked* t = TrackedOf(file)) Remember(*t, file->Real(), size, RealSize(file->Real()), false);
    return file->Real()->pMethods->xTruncate(file->Real(), size);
}

int Sync(sqlite3_file* f, int /*flags*/) {
    if (!Powered()) return SQLITE_IOERR_FSYNC;
    File* file = Of(f);
    if (Tracked* t = TrackedOf(file)) {
        t->dirty.clear();
        t->synced_size = RealSize(file->Real());
    }
    return SQLITE_OK;
}

int FileSize(sqlite3_file* f, sqlite3_int64* size) {
    return Of(f)->Real()->pMethods->xFileSize(Of(f)->Real(), size);
}
int Lock(sqlite3_file* f, int level) { return Of(f)->Real()->pMethods->xLock(Of(f)->Real(), level); }
int Unlock(sqlite3_file* f, int level) { return Of(f)->Real()->pMethods->xUnlock(Of(f)->Real(), level); }
int CheckReservedLock(sqlite3_file* f, int* out) {
    return Of(f)->Real()->pMethods->xCheckReservedLock(Of(f)->Real(), out);
}
int FileControl(sqlite3_file* f, int op, void* arg) {
    return Of(f)->Real()->pMethods->xFileControl(Of(f)->Real(), op, arg);
}
int SectorSize(sqlite3_file* f) { return Of(f)->Real()->pMethods->xSectorSize(Of(f)->Real()); }
int DeviceCharacteristics(sqlite3_file* f) {
    return Of(f)->Real()->pMethods->xDeviceCharacteristics(Of(f)->Real());
}
int ShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return Of(f)->Real()->pMethods->xShmMap(Of(f)->Real(), region, size, extend, out);
}
int ShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return Of(f)->Real()->pMethods->xShmLock(Of(f)->Real(), offset, n, flags);
}
void ShmBarrier(sqlite3_file* f) { Of(f)->Real()->pMethods->xShmBarrier(Of(f)->Real()); }
int ShmUnmap(sqlite3_file* f, int delete_flag) {
    return Of(f)->Real()->pMethods->xShmUnmap(Of(f)->Real(), delete_flag);
}
int Fetch(sqlite3_file* f, sqlite3_int64 off, int amt, void** out) {
    return Of(f)->Real()->pMethods->xFetch(Of(f)->Real(), off, amt, out);
}
int Unfetch(sqlite3_file* f, sqlite3_int64 off, void* p) {
    return Of(f)->Real()->pMethods->xUnfetch(Of(f)->Real(), off, p);
}

const sqlite3_io_methods kMethods = {
    3,         Close,     Read,    Write,  Truncate, Sync,    FileSize,
    Lock,      Unlock,    CheckReservedLock, FileControl, SectorSize, DeviceCharacteristics,
    ShmMap,    ShmLock,   ShmBarrier, ShmUnmap, Fetch, Unfetch,
};

int Open(sqlite3_vfs*, const char* name, sqlite3_file* f, int flags, int* out_flags) {
    File* file = Of(f);
    const bool durable =
        name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL));
    file->name = durable ? name : nullptr;
    sqlite3_file* real = file->Real();
    real->pMethods = nullptr;
    const int rc = Base()->xOpen(Base(), name, real, flags, out_flags);
    // SQLite closes a file whose methods are set, even when opening failed.
    file->head.pMethods = real->pMethods ? &kMethods : nullptr;
    if (rc == SQLITE_OK && durable) {
        assert(real->pMethods->iVersion >= 3);
        auto [it, fresh] = S().files.try_emplace(name);
        if (fresh) it->second.synced_size = RealSize(real);  // what is there already is durable
    }
    return rc;
}

int Delete(sqlite3_vfs*, const char* name, int sync_dir) {
    if (!Powered()) return SQLITE_IOERR_DELETE;
    S().files.erase(name);
    return Base()->xDelete(Base(), name, sync_dir);
}

void Rewrite(const std::string& path, const Tracked& t, std::mt19937& rng, LossPattern pattern) {
    std::error_code ec;
    const auto current = std::filesystem::file_size(path, ec);
    if (ec) return;  // deleted: deletions are durable here
    const int64_t cur_size = static_cast<int64_t>(current);
    if (t.dirty.empty() && cur_size == t.synced_size) return;
    const bool keep_size = pattern == LossPattern::RandomChunks && (rng() & 1);
    const int64_t final_size = keep_size ? cur_size : t.synced_size;
    const int fd = ::open(path.c_str(), O_RDWR);
    Check(fd >= 0, "open");
    std::vector<std::pair<int64_t, std::vector<unsigned char>>> contents;
    for (const auto& [ci, c] : t.dirty) {
        const int64_t start = ci * kChunk;
        std::vector<unsigned char> now(kChunk, 0);
        const int64_t now_len = std::max<int64_t>(0, std::min(kChunk, cur_size - start));
        if (now_len > 0)
            Check(::pread(fd, now.data(), static_cast<size_t>(now_len), start) == now_len, "pread");
        // 0: lost, 1: kept, 2: garbage where it was written.
        const unsigned action = pattern == LossPattern::AllUnsynced ? 0 : rng() % 3;
        std::vector<unsigned char> out(kChunk, 0);
        for (int64_t j = 0; j < kChunk; ++j) {
            const size_t k = static_cast<size_t>(j);
            const unsigned char before = k < c.original.size() ? c.original[k] : 0;
            if (j >= now_len) out[k] = before;  // truncated since the sync: the old bytes
            else if (action == 0) out[k] = before;
            else if (action == 1 || !c.written.test(k)) out[k] = now[k];
            else out[k] = static_cast<unsigned char>(rng());
        }
        contents.emplace_back(start, std::move(out));
    }
    Check(::ftruncate(fd, final_size) == 0, "ftruncate");
    for (const auto& [start, bytes] : contents) {
        const int64_t len = std::min(kChunk, final_size - start);
        if (len > 0) Check(::pwrite(fd, bytes.data(), static_cast<size_t>(len), start) == len, "pwrite");
    }
    ::close(fd);
}

}  // namespace

void InstallPowerLossVfs() {
    State& s = S();
    if (s.base) return;
    s.base = sqlite3_vfs_find(nullptr);
    assert(s.base && s.base->iVersion >= 1);
    sqlite3_vfs& v = s.vfs;
    v.iVersion = std::min(s.base->iVersion, 3);
    v.szOsFile = static_cast<int>(sizeof(File)) + s.base->szOsFile;
    v.mxPathname = s.base->mxPathname;
    v.zName = "palier-power-loss";
    v.xOpen = Open;
    v.xDelete = Delete;
    v.xAccess = [](sqlite3_vfs*, const char* n, int f, int* out) { return Base()->xAccess(Base(), n, f, out); };
    v.xFullPathname = [](sqlite3_vfs*, const char* n, int len, char* out) {
        return Base()->xFullPathname(Base(), n, len, out);
    };
    v.xDlOpen = [](sqlite3_vfs*, const char* n) { return Base()->xDlOpen(Base(), n); };
    v.xDlError = [](sqlite3_vfs*, int len, char* out) { Base()->xDlError(Base(), len, out); };
    v.xDlSym = [](sqlite3_vfs*, void* h, const char* sym) { return Base()->xDlSym(Base(), h, sym); };
    v.xDlClose = [](sqlite3_vfs*, void* h) { Base()->xDlClose(Base(), h); };
    v.xRandomness = [](sqlite3_vfs*, int len, char* out) { return Base()->xRandomness(Base(), len, out); };
    v.xSleep = [](sqlite3_vfs*, int us) { return Base()->xSleep(Base(), us); };
    v.xCurrentTime = [](sqlite3_vfs*, double* out) { return Base()->xCurrentTime(Base(), out); };
    v.xGetLastError = [](sqlite3_vfs*, int len, char* out) { return Base()->xGetLastError(Base(), len, out); };
    if (v.iVersion >= 2)
        v.xCurrentTimeInt64 = [](sqlite3_vfs*, sqlite3_int64* out) {
            return Base()->xCurrentTimeInt64(Base(), out);
        };
    if (v.iVersion >= 3) {
        v.xSetSystemCall = [](sqlite3_vfs*, const char* n, sqlite3_syscall_ptr p) {
            return Base()->xSetSystemCall(Base(), n, p);
        };
        v.xGetSystemCall = [](sqlite3_vfs*, const char* n) { return Base()->xGetSystemCall(Base(), n); };
        v.xNextSystemCall = [](sqlite3_vfs*, const char* n) { return Base()->xNextSystemCall(Base(), n); };
    }
    sqlite3_vfs_register(&v, 1);
}

uint64_t FileOperationsSoFar() { return S().operations; }

void CutPowerBefore(uint64_t n) { S().cut_at = n == 0 ? 0 : S().operations + n; }

bool PowerIsOut() { return S().out; }

void ForgetFiles() { S().files.clear(); }

void LosePower(std::mt19937& rng, LossPattern pattern) {
    State& s = S();
    for (const auto& [path, t] : s.files) Rewrite(path, t, rng, pattern);
    s.files.clear();
    s.operations = 0;
    s.cut_at = 0;
    s.out = false;
}

}  // namespace palier::test
