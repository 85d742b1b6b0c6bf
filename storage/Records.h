#pragma once
// Plain record types shared by storage/, kiosk/, ui/ and the hub. No behaviour here:
// rules live in kiosk/, persistence in storage/.
#include <cstdint>
#include <string>
#include <vector>

namespace palier {

using Id = std::string;  // UUID v4, lowercase text
using Hlc = int64_t;     // hybrid logical clock: (unix ms << 16) | counter

enum class SiteKind { Local, Bus, Stop };
struct Site {
    Id id;
    std::string name;
    SiteKind kind = SiteKind::Local;
    Id parent_id;          // a stop's bus
    std::string place;     // address or square where the bus parks
    int weekday = 0;       // stops: 1 = Monday .. 7 = Sunday
    std::string start_time, end_time;  // stops: "HH:MM"
    bool deleted = false;
};

struct Person {
    Id id;
    Id site_id;
    std::string first_name, last_name;  // last name optional
    int birth_year = 0;                 // 0 = unknown
    std::string phone;                  // digits only, optional
    std::string neighbourhood;
    std::string language = "fr";
    bool consent_contact = false;       // may we call or text them
    std::string consent_date;           // YYYY-MM-DD, when consent was given
    Id guardian_id;                     // a child's parent
    std::string last_contact;           // YYYY-MM-DD of the last visit or booking
    bool erased = false;
    bool deleted = false;
};

// Reason codes are a bit set so one visit can carry several.
enum VisitReason : uint32_t {
    kReasonInformation = 1u << 0,
    kReasonPaperwork = 1u << 1,
    kReasonComputer = 1u << 2,
    kReasonActivity = 1u << 3,
    kReasonCoffee = 1u << 4,
    kReasonPermanence = 1u << 5,
};
constexpr uint32_t kAllReasons = (1u << 6) - 1;

struct Visit {
    Id id;
    Id site_id;
    Id person_id;           // empty: anonymous walk-in
    std::string at;         // instant with its offset: 2026-11-23T14:30:05+01:00
    uint32_t reasons = 0;
    bool is_new = false;
    std::string language = "fr";
    bool deleted = false;
};

enum class Topic {
    HealthCoverage, Ame, HealthCheck, Dental, Housing, Employment,
    Caf, School, Debt, Legal, Digital, Other,
};
constexpr int kTopicCount = 12;

enum class OrientationStatus { Open, Referred, Appointment, Resolved, Dropped };

struct Orientation {
    Id id;
    Id site_id;
    Id person_id;
    Topic topic = Topic::Other;
    Id partner_id;
    OrientationStatus status = OrientationStatus::Open;
    std::string due_date;        // YYYY-MM-DD follow-up
    std::string note;            // short objective note, never medical detail
    std::string appointment_at;  // YYYY-MM-DDTHH:MM when an appointment was made
    std::string created_at;      // YYYY-MM-DD
    bool deleted = false;
};

struct Partner {
    Id id;
    std::string name;
    std::vector<Topic> topics;
    std::string address, hours, phone;
    bool deleted = false;
};

enum class ActivityKind { Workshop, HomeworkHelp, Outing, Event, Permanence };

// A weekly rule expanded into sessions between `from` and `to` (inclusive).
struct Recurrence {
    int weekday = 0;  // 1 = Monday .. 7 = Sunday; 0 = no recurrence
    std::string start_time, end_time;  // HH:MM
    std::string from, to;              // YYYY-MM-DD
    std::vector<std::string> skipped;  // YYYY-MM-DD dates with no session
};

struct Activity {
    Id id;
    Id site_id;
    ActivityKind kind = ActivityKind::Workshop;
    std::string title, description;
    int age_min = 0, age_max = 0;  // 0 = no limit
    std::string place;
    Id stop_id;                    // set when it happens at a bus stop
    int capacity = 0;
    int price_cents = 0;
    bool needs_guardian = false;   // minors need a guardian on file to book
    std::string facilitator;
    std::vector<std::string> tutors;  // homework help: one pupil per tutor
    Recurrence rule;
    bool deleted = false;
};

struct Session {
    Id id;
    Id site_id;
    Id activity_id;
    std::string start, end;  // YYYY-MM-DDTHH:MM
    std::string place;
    Id stop_id;
    int capacity_override = -1;  // -1 = the activity's capacity
    bool cancelled = false;
    bool deleted = false;
};

enum class BookingStatus { Confirmed, Waitlisted, Pending, Cancelled, Attended, NoShow };
enum class BookingSource { SelfService, Staff, Hub };

struct Booking {
    Id id;
    Id site_id;
    Id session_id;
    Id person_id;
    int seats = 1;
    BookingStatus status = BookingStatus::Confirmed;
    BookingSource source = BookingSource::SelfService;
    std::string tutor;      // homework help
    std::string code;       // short code printed on the slip, e.g. "K7Q3"
    Hlc created_hlc = 0;    // waitlist order (FIFO)
    std::string created_at; // instant with its offset: 2026-11-23T14:30:05+01:00
    // Where a confirmed seat lives once kiosks share a hub: the device whose allotment holds it,
    // or kPoolHolder (the hub's pool). Empty on a kiosk that syncs with no hub.
    Id seat_holder;
    bool deleted = false;
};

// Seats of one session that one device may confirm on its own while offline (escrow). Set on
// the hub; its id derives from (session, device), so setting it again updates it.
struct Allotment {
    Id id;
    Id session_id;
    Id device_id;
    int seats = 0;
    bool deleted = false;
};

enum class StaffRole { Coordinator, Volunteer };
struct Staff {
    Id id;
    Id site_id;
    std::string name;
    StaffRole role = StaffRole::Volunteer;
    std::string pin_hash;     // libsodium crypto_pwhash_str
    int failed_attempts = 0;  // since the last success or lockout
    int lockouts = 0;         // consecutive lockouts: the delay doubles each time
    int64_t locked_until = 0; // unix seconds
    bool deleted = false;
};

struct AuditEntry {
    int64_t seq = 0;
    std::string at;
    Id staff_id;
    std::string action;   // "orientation.status", "person.erase" ... never personal values
    std::string record_kind;
    Id record_id;
};

// The goodbye survey, stored without any link to a person.
struct SurveyAnswer {
    Id id;
    Id site_id;
    std::string date;  // YYYY-MM-DD
    int learned = 0, changed = 0, welcomed = 0;  // 1 = yes, 2 = a bit, 3 = no, 0 = skipped
    bool deleted = false;
};

// One change as it travels between kiosks and the hub (storage/JournalStore.h says more).
struct JournalEntry {
    int64_t seq = 0;   // the device's sequence number
    Id device_id;      // the device that made the change
    int format = 2;    // journal format version
    std::string kind;  // table name
    Id record_id;
    std::string op;    // "upsert" or "erase"
    Hlc hlc = 0;
    std::string payload;  // JSON object of the changed fields by wire name (erase: all of them)
};

}  // namespace palier
