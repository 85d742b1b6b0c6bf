// Staff "Print": the week's programme, a session's sign-in sheet or a referral slip, previewed
// page by page, saved as a PDF in the kiosk's folder and, when CUPS knows a printer, printed
// there. Landscape: [document and its subject | preview | printer, copies, buttons]; portrait:
// the preview goes under the two lists. The work runs off the UI thread (ApplyPrint.cpp).
// Without kiosk/print in the build, the screen says printing is not set up.
#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "kiosk/Codes.h"
#include "kiosk/Format.h"
#include "kiosk/StaffAuth.h"
#include "ui/core/FrameText.h"
#include "ui/screens/Layout.h"
#include "ui/screens/ScreenUi.h"
#include "ui/widgets/KeyboardDock.h"
#include "ui/widgets/Widgets.h"

namespace palier::ui {
namespace {

constexpr float kA4Ratio = 297.0f / 210.0f;  // height / width of a page

using Kind = PrintChoice::Kind;

// Height of a full-width button whose words wrap over several lines in `width`.
float WrappedButtonH(std::string_view label, float width) {
    const float text_h = TextSize(label, FontRole::Bold, width - Em(1.0f)).y * 1.1f;
    return std::max(TouchH(), text_h + Em(0.8f));
}

// The requests to print a slip for: a search box (its keyboard docked under the screen), then
// the matching requests, the most pressing first.
void Referrals(const AppState& s, StaffPrintUi& ui, float w, Action& action) {
    Text(Tr("ui.print.referral"), FontRole::Bold);
    if (s.print.referrals.empty()) return Muted(Tr("ui.print.no_referral"));
    if (Field("prn.referral.search", {}, ui.referral_query, ui.typing_query, Tr("ui.print.referral_hint"), false, w))
        ui.typing_query = true;
    if (ui.typing_query &&
        DockedKeyboard({"prn.referral.search", Keys::Letters, &ui.referral_query, 40, Tr("ui.print.referral_search")}) == KeyEvent::Enter)
        ui.typing_query = false;
    const std::vector<FollowUp> shown = ReferralsMatching(s.print.referrals, ui.referral_query);
    if (shown.empty()) Muted(FrameTrf("ui.picker.none", {{"query", ui.referral_query}}), w);
    int i = 0;
    for (const FollowUp& f : shown) {
        const std::string_view label = FrameText([&](std::string& out) {
            (out += f.person_label) += kDot;
            (out += Tr(TopicKey(f.orientation.topic))) += "  ";
            (out += icon::kNext) += "  ";
            (out += f.partner_name) += '\n';
            AppendTrf(out, "ui.print.referral_due",
                      {{"date", FrameText([&](std::string& date) {
                            AppendShortDay(date,
                                           ParseDate(f.orientation.due_date).value_or(s.today));
                        })}});
        });
        if (Button(FrameId({"prn.referral.", i++}), label, ImVec2(w, WrappedButtonH(label, w)),
                   ui.choice.subject == f.orientation.id ? Tone::Primary : Tone::Secondary)) {
            Keep(action, act::ChoosePrint{{Kind::Referral, f.orientation.id, {}}});
            ui.typing_query = false;
        }
    }
}

void DocumentAndSubject(const AppState& s, StaffPrintUi& ui, Action& action) {
    const float w = ImGui::GetContentRegionAvail().x - Em(0.1f);
    // While the search is typed, the documents step aside: the requests found show under it,
    // above the docked keyboard.
    if (ui.typing_query && ui.choice.kind == Kind::Referral) return Referrals(s, ui, w, action);
    Text(Tr("ui.print.document"), FontRole::Bold);
    // The week sheet follows the week picked below.
    if (ui.choice.kind == Kind::Week && ui.choice.week != s.monday) Keep(action, act::ChoosePrint{{Kind::Week, {}, s.monday}});
    // One document a row, as wide as the column (the names are long in French).
    auto kind_button = [&](const char* id, const char* key, Kind kind) {
        if (Button(id, Tr(key), ImVec2(w, WrappedButtonH(Tr(key), w)), ui.choice.kind == kind ? Tone::Primary : Tone::Secondary,
                   ui.choice.kind == kind ? icon::kCheck : nullptr) &&
            ui.choice.kind != kind)
            Keep(action, act::ChoosePrint{{kind, {}, kind == Kind::Week ? s.monday : Date{}}});
    };
    kind_button("prn.doc.week", "ui.print.doc_week", Kind::Week);
    kind_button("prn.doc.signin", "ui.print.doc_signin", Kind::SignIn);
    const bool may_refer = s.staff && MayOpen(s.staff->role, StaffArea::Orientation);
    if (may_refer) kind_button("prn.doc.referral", "ui.print.doc_referral", Kind::Referral);
    ImGui::Dummy(Em2(0, 0.4f));
    if (ui.choice.kind == Kind::Week || ui.choice.kind == Kind::SignIn) Keep(action, DrawWeekPicker(s, "prn.week", w));
    if (ui.choice.kind == Kind::SignIn) {
        ImGui::Dummy(Em2(0, 0.2f));
        Text(Tr("ui.print.session"), FontRole::Bold);
        bool any = false;
        ForWeekSessions(s, ui.show_past, "prn.sessions", [&](const SessionView& v, int i) {
            any = true;
            const Date day = ParseDate(DatePart(v.session.start)).value_or(s.today);
            const std::string_view label = FrameText([&](std::string& out) {
                AppendShortDay(out, day);
                out += ' ';
                AppendClockTime(out, v.session.start);
                (out += kDot) += v.activity.title;
            });
            if (Button(FrameId({"prn.session.", i}), label, ImVec2(w, WrappedButtonH(label, w)),
                       ui.choice.subject == v.session.id ? Tone::Primary : Tone::Secondary))
                Keep(action, act::ChoosePrint{{Kind::SignIn, v.session.id, {}}});
        });
        if (!any && s.week.empty()) Muted(Tr("ui.print.no_session"));
    } else if (ui.choice.kind == Kind::Referral) {
        Referrals(s, ui, w, action);
    }
}

// The page (or a plain sheet without a GPU), then "← page 1 of 2 →". Asks for a preview when
// the choice or the language changed.
void Preview(const AppState& s, const StaffPrintUi& ui, ImVec2 box, Action& action) {
    const auto& pv = s.print.preview;
    const Palette& p = Colours();
    const float arrows_h = TouchH() + ImGui::GetStyle().ItemSpacing.y;
    const float page_h_max = std::max(Em(4), box.y - arrows_h);
    const float ratio = pv.width > 0 ? static_cast<float>(pv.height) / static_cast<float>(pv.width) : kA4Ratio;
    const float page_w = std::min(box.x, page_h_max / ratio);
    const ImVec2 page(page_w, page_w * ratio);
    const int width_px = static_cast<int>(std::lround(page_w));
    const bool made = pv.page_count > 0 || !pv.error.empty();  // an image, or why there is none
    if (ui.choice.complete() && !pv.loading && (!made || !(pv.choice == ui.choice) || pv.lang != CurrentLanguage()))
        Keep(action, act::PreviewDoc{ui.choice, 0, width_px});

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 a(origin.x + (box.x - page.x) * 0.5f, origin.y);
    const ImVec2 b(a.x + page.x, a.y + page.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool shown = pv.choice == ui.choice && pv.page_count > 0;
    if (shown && pv.texture) {
        dl->AddImage(pv.texture, a, b);
    } else {
        dl->AddRectFilled(a, b, IM_COL32(255, 255, 255, 255));  // paper is white in both themes
    }
    dl->AddRect(a, b, p.border, 0, 0, HighContrast() ? 2.0f : 1.0f);
    // Words on the plain sheet: what to do, that it is coming, or why there is no preview.
    std::string_view words;
    if (!ui.choice.complete()) words = Tr(ui.choice.kind == Kind::Referral ? "ui.print.pick_referral" : "ui.print.pick_session");
    else if (pv.loading) words = Tr("ui.print.preview_loading");
    else if (!pv.error.empty() && pv.choice == ui.choice) words = pv.error;
    else if (shown && !pv.texture) words = Tr("ui.print.preview");
    if (!words.empty()) {
        const float inner = page.x - Em(1.6f);
        const float h = TextSize(words, FontRole::Body, inner).y;
        ImGui::SetCursorScreenPos(ImVec2(a.x + Em(0.8f), a.y + std::max(Em(0.5f), (page.y - h) * 0.5f)));
        TextCentered(words, FontRole::Body, IM_COL32(0x1D, 0x27, 0x31, 255), inner);  // on white paper
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, b.y + ImGui::GetStyle().ItemSpacing.y));
    ImGui::Dummy(ImVec2(box.x, 0));

    if (!shown) return;
    const float bw = TouchH() * 1.4f;
    const std::string_view where = FrameTrf(
        "ui.print.page", {{"page", FrameNum(pv.page + 1)}, {"count", FrameNum(pv.page_count)}});
    const float label_w = std::max(TextSize(where, FontRole::Bold).x, box.x - 2 * bw - Em(1.2f));
    const float row_x = origin.x + std::max(0.0f, (box.x - (2 * bw + label_w + Em(1.2f))) * 0.5f);
    const float y = ImGui::GetCursorScreenPos().y;
    if (pv.page_count > 1) {
        ImGui::SetCursorScreenPos(ImVec2(row_x, y));
        if (Button("prn.page.prev", icon::kBack, ImVec2(bw, 0), Tone::Secondary, nullptr, pv.page > 0 && !pv.loading))
            Keep(action, act::PreviewDoc{ui.choice, pv.page - 1, width_px});
    }
    ImGui::SetCursorScreenPos(ImVec2(row_x + bw + Em(0.6f), y + (TouchH() - Em(1.2f)) * 0.5f));
    TextCentered(where, FontRole::Bold, 0, label_w);
    if (pv.page_count > 1) {
        ImGui::SetCursorScreenPos(ImVec2(row_x + bw + label_w + Em(1.2f), y));
        if (Button("prn.page.next", icon::kNext, ImVec2(bw, 0), Tone::Secondary, nullptr,
                   pv.page + 1 < pv.page_count && !pv.loading))
            Keep(action, act::PreviewDoc{ui.choice, pv.page + 1, width_px});
    }
}

void PrinterAndGo(const AppState& s, StaffPrintUi& ui, Action& action) {
    Text(Tr("ui.print.printer"), FontRole::Bold);
    if (!s.print.printers_loaded) {
        Muted(Tr("ui.print.looking"));
    } else if (s.print.printers.empty()) {
        Muted(Tr("ui.print.no_printer"));
    } else {
        if (ui.printer.empty()) ui.printer = s.print.printers.front();
        Flow flow;
        int i = 0;
        for (const std::string& p : s.print.printers) {
            flow.Next(ChipWidth(p));
            if (Chip(FrameId({"prn.printer.", i++}), p, ui.printer == p)) ui.printer = p;
        }
    }
    ImGui::Dummy(Em2(0, 0.3f));
    Stepper("prn.copies", Tr("ui.print.copies"), ui.copies, 1, 50);
    ImGui::Dummy(Em2(0, 0.5f));
    const bool ready = !s.print.working && ui.choice.complete();
    const float w = ImGui::GetContentRegionAvail().x;
    if (Button("prn.save", Tr("ui.print.save_pdf"), ImVec2(std::min(w, std::max(ButtonWidth(Tr("ui.print.save_pdf"), icon::kPaper), Em(12))), 0),
               Tone::Secondary, icon::kPaper, ready))
        Keep(action, act::PrintDoc{ui.choice, ui.copies, ""});
    if (!s.print.printers.empty()) {
        if (Button("prn.go", Tr("ui.print.print"), ImVec2(std::min(w, std::max(ButtonWidth(Tr("ui.print.print"), icon::kPrint), Em(12))), 0),
                   Tone::Primary, icon::kPrint, ready && !ui.printer.empty()))
            Keep(action, act::PrintDoc{ui.choice, ui.copies, ui.printer});
    }
    ImGui::Dummy(Em2(0, 0.4f));
    if (s.print.working) Text(Tr("ui.print.working"), FontRole::Bold, Colours().primary);
    else if (!s.print.result.empty()) Banner(s.print.result, s.print.result_error);
}

}  // namespace

Action DrawStaffPrint(const AppState& s, StaffPrintUi& ui) {
    Action action;
    Title(Tr("ui.print.title"));
    if (!s.print.available) {
        ImGui::Dummy(Em2(0, 0.4f));
        if (BeginCard("prn.card", ImVec2(std::min(ImGui::GetContentRegionAvail().x, Em(34)), Em(10)))) {
            Text(FrameJoin({icon::kPrint, "  ", Tr("ui.print.not_set_up")}), FontRole::Bold);
            ImGui::Dummy(Em2(0, 0.3f));
            Text(Tr("ui.print.explain"));
        }
        EndCard();
        return action;
    }
    // The printers are asked of CUPS once (it may take seconds; the list says it is looking).
    if (!s.print.printers_loaded && !s.print.looking) Keep(action, act::LoadPrinters{});
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = Em(1.2f);
    if (Portrait()) {
        const float col = (avail.x - gap) * 0.5f;
        const float top_h = avail.y * 0.42f;
        ImGui::BeginChild("##print1", ImVec2(col, top_h), false);
        TouchScroll();
        DocumentAndSubject(s, ui, action);
        ImGui::EndChild();
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("##print3", ImVec2(col, top_h), false);
        PrinterAndGo(s, ui, action);
        ImGui::EndChild();
        ImGui::Dummy(Em2(0, 0.3f));
        Preview(s, ui, ImVec2(avail.x, ImGui::GetContentRegionAvail().y - Em(0.3f)), action);
        return action;
    }
    // The page as tall as the screen allows, at most a third of the width; the lists share the rest.
    const float arrows_h = TouchH() + ImGui::GetStyle().ItemSpacing.y;
    const float preview_w = std::min(avail.x * 0.34f, (avail.y - arrows_h) / kA4Ratio);
    const float col = (avail.x - preview_w - 2 * gap) * 0.5f;
    ImGui::BeginChild("##print1", ImVec2(col, avail.y), false);
    TouchScroll();
    DocumentAndSubject(s, ui, action);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    Preview(s, ui, ImVec2(preview_w, avail.y), action);
    ImGui::EndGroup();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("##print3", ImVec2(col, avail.y), false);
    PrinterAndGo(s, ui, action);
    ImGui::EndChild();
    return action;
}

}  // namespace palier::ui
