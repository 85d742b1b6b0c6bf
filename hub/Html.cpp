#include "hub/Html.h"

namespace palier::hub {

std::string Escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string ScrollRegion(const std::string& label_attr) {
    return "<div class=\"scroll\" tabindex=\"0\" role=\"region\" " + label_attr + ">";
}

std::string PageFrame(Lang lang, const std::string& title, const std::string& body,
                      const FrameVisitor& visitor) {
    std::string out =
        "<!doctype html>\n<html lang=\"" + Escape(LangCode(lang)) +
        "\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>" +
        Escape(title) +
        " · Palier</title>"
        "<link rel=\"stylesheet\" href=\"/static/palier.css\"></head><body>\n<header><span "
        "class=\"brand\">Palier</span>";
    if (!visitor.csrf.empty()) {
        out += "<nav aria-label=\"" + Escape(Tr("web.nav_label", lang)) + "\"><a href=\"/\">" +
               Escape(Tr("web.overview", lang)) + "</a><a href=\"/visits\">" +
               Escape(Tr("web.visits", lang)) + "</a>";
        if (visitor.sees_orientations)
            out += "<a href=\"/orientations\">" + Escape(Tr("web.orientations", lang)) + "</a>";
        if (visitor.manages_kiosks)
            out += "<a href=\"/kiosks\">" + Escape(Tr("web.kiosks", lang)) + "</a>";
        out += "</nav><form method=\"post\" action=\"/logout\" class=\"logout\"><span>" +
               Escape(visitor.login) + "</span><input type=\"hidden\" name=\"csrf\" value=\"" +
               Escape(visitor.csrf) + "\"><button>" + Escape(Tr("web.logout", lang)) +
               "</button></form>";
    }
    out +=
        "</header>\n<main>\n<h1>" + Escape(title) + "</h1>\n" + body + "\n</main></body></html>\n";
    return out;
}

}  // namespace palier::hub
