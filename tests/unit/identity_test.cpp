// A visitor chosen from the masked matches proves who they are with the fact the search did not
// show or a live booking code, three tries a visit; a resident cancels only their own bookings.
#include "booking_fixture.h"
#include "kiosk/Identity.h"
#include "storage/BookingStore.h"

namespace palier::test {
namespace {

class Identity : public BookingFixture {
protected:
    Id Resident(const char* name, int year, const char* phone, const Id& guardian = {}) {
        NewPerson p;
        p.first_name = name;
        p.last_name = "Martin";
        p.birth_year = year;
        p.phone = phone;
        p.guardian_id = guardian;
        auto id = RegisterPerson(*db, site, p);
        EXPECT_TRUE(id) << Describe(id.problem());
        return *id;
    }
    bool Proves(const Id& person, FoundBy by, IdentityClaim::Kind kind, const std::string& value) {
        auto r = ClaimProves(*db, person, by, {kind, value});
        EXPECT_TRUE(r.ok());
        return r.ok() && r.value();
    }
    Booking Booked(const Id& person) {
        auto r = BookFor(session, person);
        EXPECT_TRUE(r) << Describe(r.problem());
        return r->booking;
    }
    void SetUp() override {
        BookingFixture::SetUp();
        session = SessionOf(MakeActivity(10));
        elif = Resident("Elif", 1953, "0612343636");
        rachid = Resident("Rachid", 1984, "0698763636");
    }
    Id session, elif, rachid;
    static constexpr auto kFact = IdentityClaim::Kind::Fact;
    static constexpr auto kCode = IdentityClaim::Kind::Code;
};

TEST_F(Identity, AfterAPhoneSearchTheBirthYearProvesAndAWrongYearDoesNot) {
    EXPECT_TRUE(Proves(elif, FoundBy::Phone, kFact, "1953"));
    EXPECT_FALSE(Proves(elif, FoundBy::Phone, kFact, "1954"));
    EXPECT_FALSE(Proves(elif, FoundBy::Phone, kFact, "1984"));  // the neighbour's year
    EXPECT_FALSE(Proves(elif, FoundBy::Phone, kFact, "3636"));  // what the search showed
    EXPECT_FALSE(Proves(elif, FoundBy::Phone, kFact, ""));
}

TEST_F(Identity, AfterANameSearchTheLastFourPhoneDigitsProveAndTheYearShownDoesNot) {
    EXPECT_TRUE(Proves(elif, FoundBy::NameAndYear, kFact, "3636"));
    EXPECT_FALSE(Proves(elif, FoundBy::NameAndYear, kFact, "1953"));
    EXPECT_FALSE(Proves(elif, FoundBy::NameAndYear, kFact, "1234"));
    EXPECT_FALSE(Proves(elif, FoundBy::NameAndYear, kFact, "636"));
}

TEST_F(Identity, WhatIsNotOnFileIsNotOffered) {
    const Id no_year = Resident("Yanis", 0, "0611112222");
    const Id no_phone = Resident("Zoé", 1990, "");
    auto a = ProofFor(*db, no_year, FoundBy::Phone);
    ASSERT_TRUE(a.ok());
    EXPECT_FALSE(a->fact);
    EXPECT_FALSE(a->any());
    EXPECT_FALSE(Proves(no_year, FoundBy::Phone, kFact, "0000"));
    auto b = ProofFor(*db, no_phone, FoundBy::NameAndYear);
    ASSERT_TRUE(b.ok());
    EXPECT_FALSE(b->any());
    auto c = ProofFor(*db, elif, FoundBy::Phone);
    ASSERT_TRUE(c.ok());
    EXPECT_TRUE(c->fact);
    EXPECT_FALSE(c->code);
}

TEST_F(Identity, OwnLiveBookingCodeProvesAndSomeoneElsesDoesNot) {
    const Booking mine = Booked(elif);
    const Booking theirs = Booked(rachid);
    auto offer = ProofFor(*db, elif, FoundBy::Phone);
    ASSERT_TRUE(offer.ok());
    EXPECT_TRUE(offer->code);
    EXPECT_TRUE(Proves(elif, FoundBy::Phone, kCode, mine.code));
    std::string lower = mine.code;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_TRUE(Proves(elif, FoundBy::NameAndYear, kCode, " " + lower + " "));
    EXPECT_FALSE(Proves(elif, FoundBy::Phone, kCode, theirs.code));
    EXPECT_FALSE(Proves(rachid, FoundBy::Phone, kCode, mine.code));
    EXPECT_FALSE(Proves(elif, FoundBy::Phone, kCode, "ZZZZ"));
}

TEST_F(Identity, ACancelledBookingsCodeProvesNothing) {
    const Booking mine = Booked(elif);
    ASSERT_TRUE(CancelBooking(*db, mine.id).ok());
    EXPECT_FALSE(Proves(elif, FoundBy::Phone, kCode, mine.code));
    auto offer = ProofFor(*db, elif, FoundBy::NameAndYear);
    ASSERT_TRUE(offer.ok());
    EXPECT_FALSE(offer->code);
}

TEST_F(Identity, AChildsBookingCodeProvesTheirGuardian) {
    const Id child = Resident("Inès", 2016, "", elif);
    const Booking slip = Booked(child);
    EXPECT_TRUE(Proves(elif, FoundBy::Phone, kCode, slip.code));
    EXPECT_FALSE(Proves(rachid, FoundBy::Phone, kCode, slip.code));
}

TEST_F(Identity, ThreeWrongAnswersAVisitThenTheDesk) {
    IdentityTries tries;
    auto first = VerifyIdentity(*db, tries, elif, FoundBy::Phone, {kFact, "1950"});
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.problem().key, "err.identity_wrong");
    EXPECT_EQ(first.problem().args.at("left"), "2");
    // The count is the visit's, whoever the answers named.
    auto second = VerifyIdentity(*db, tries, rachid, FoundBy::Phone, {kCode, "ZZZZ"});
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.problem().args.at("left"), "1");
    auto third = VerifyIdentity(*db, tries, elif, FoundBy::Phone, {kFact, "1951"});
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.problem().key, "err.identity_desk");
    EXPECT_TRUE(tries.exhausted());
    // Even the right year is not taken any more this visit.
    auto fourth = VerifyIdentity(*db, tries, elif, FoundBy::Phone, {kFact, "1953"});
    ASSERT_FALSE(fourth.ok());
    EXPECT_EQ(fourth.problem().key, "err.identity_desk");
    // A new visit starts again.
    IdentityTries next;
    EXPECT_TRUE(VerifyIdentity(*db, next, elif, FoundBy::Phone, {kFact, "1953"}).ok());
    EXPECT_EQ(next.wrong, 0);
}

TEST_F(Identity, NothingToProveWithSendsToTheDeskWithoutUsingATry) {
    const Id no_year = Resident("Yanis", 0, "0611112222");
    IdentityTries tries;
    auto r = VerifyIdentity(*db, tries, no_year, FoundBy::Phone, {kFact, "1990"});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.identity_desk");
    EXPECT_EQ(tries.wrong, 0);
}

TEST(IdentityUse, APlainVisitNeedsNoProofAndBookingsDo) {
    EXPECT_FALSE(NeedsProof(ClaimUse::LogVisit));
    EXPECT_TRUE(NeedsProof(ClaimUse::Bookings));
}

TEST_F(Identity, CancelOwnBookingRefusesANeighboursBookingAndLeavesItUntouched) {
    const Booking theirs = Booked(rachid);
    auto r = CancelOwnBooking(*db, elif, theirs.id);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.not_your_booking");
    auto kept = storage::LoadBooking(*db, theirs.id);
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->status, BookingStatus::Confirmed);
    EXPECT_EQ(kept->code, theirs.code);
    EXPECT_FALSE(CancelOwnBooking(*db, Id{}, theirs.id).ok());
    EXPECT_EQ(storage::LoadBooking(*db, theirs.id)->status, BookingStatus::Confirmed);
}

TEST_F(Identity, CancelOwnBookingCancelsOnesOwnAndOnesChilds) {
    const Booking mine = Booked(elif);
    const Id child = Resident("Inès", 2016, "", elif);
    const Booking childs = Booked(child);
    ASSERT_TRUE(CancelOwnBooking(*db, elif, mine.id).ok());
    EXPECT_EQ(storage::LoadBooking(*db, mine.id)->status, BookingStatus::Cancelled);
    EXPECT_FALSE(CancelOwnBooking(*db, rachid, childs.id).ok());
    ASSERT_TRUE(CancelOwnBooking(*db, elif, childs.id).ok());
    EXPECT_EQ(storage::LoadBooking(*db, childs.id)->status, BookingStatus::Cancelled);
}

// Proven as themselves, a resident still books only for themselves or their child.
TEST_F(Identity, AResidentBooksForThemselvesOrTheirChildOnly) {
    const Id child = Resident("Inès", 2016, "", elif);
    BookRequest req{session, rachid, 1, BookingSource::SelfService, false, elif};
    auto r = Book(*db, site, req);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problem().key, "err.not_for_you");
    EXPECT_FALSE(storage::LiveBookingOf(*db, session, rachid));
    req.person_id = child;
    EXPECT_TRUE(Book(*db, site, req).ok());
    req.person_id = elif;
    EXPECT_TRUE(Book(*db, site, req).ok());
    req = BookRequest{session, rachid, 1, BookingSource::Staff};  // the desk books for anyone
    EXPECT_TRUE(Book(*db, site, req).ok());
}

}  // namespace
}  // namespace palier::test
