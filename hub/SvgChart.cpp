#include "hub/SvgChart.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "hub/Html.h"

namespace palier::hub {

namespace {

// The drawing's own units (its viewBox): the stylesheet scales the whole to the page's width.
constexpr double kWidth = 720, kHeight = 300;
constexpr double kLeft = 48, kRight = 16, kTop = 16, kBottom = 36;
constexpr int kMaxLabels = 13;  // labels along the bottom before they would overlap

// Each at least 3:1 against white, as graphics must be; the dash patterns tell lines apart for
// readers who do not see the colours.
constexpr const char* kColours[] = {"#0b5394", "#b34700", "#1b7837", "#8e3b8e",
                                    "#a50026", "#00697a", "#5a5a5a", "#7a5c00"};
constexpr const char* kDashes[] = {"", "8 4", "2 4"};

const char* Colour(size_t series) {
    return kColours[series % std::size(kColours)];
}
const char* Dash(size_t series) {
    return kDashes[series % std::size(kDashes)];
}

std::string Num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// A step of 1, 2 or 5 times a power of ten, so that the scale's top (a multiple of it, at
// least `max`) needs at most five steps.
int Step(int max) {
    for (int power = 1;; power *= 10)
        for (int m : {1, 2, 5})
            if ((max + m * power - 1) / (m * power) <= 5) return m * power;
}

std::string Stroke(size_t series) {
    std::string out = std::string(" stroke=\"") + Colour(series) + "\"";
    if (*Dash(series)) out += std::string(" stroke-dasharray=\"") + Dash(series) + "\"";
    return out;
}

}  // namespace

std::string LineChartHtml(const LineChart& chart) {
    const size_t n = chart.labels.size();
    int max = 0;
    for (const auto& s : chart.series)
        for (int v : s.values) max = std::max(max, v);
    const int step = Step(std::max(max, 1));
    const int top = step * ((std::max(max, 1) + step - 1) / step);
    const double plot_w = kWidth - kLeft - kRight, plot_h = kHeight - kTop - kBottom;
    auto x = [&](size_t i) {
        return n <= 1 ? kLeft + plot_w / 2
                      : kLeft + plot_w * static_cast<double>(i) / static_cast<double>(n - 1);
    };
    auto y = [&](int v) {
        return kTop + plot_h * (1.0 - static_cast<double>(std::max(v, 0)) / top);
    };

    const std::string title_id = chart.id + "-title", desc_id = chart.id + "-desc";
    // On a phone the chart scrolls sideways: the figure takes the focus so that the arrow keys
    // scroll it too, and is named by the chart's title.
    std::string out =
        "<figure class=\"chart\" tabindex=\"0\" aria-labelledby=\"" + Escape(title_id) +
        "\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + Num(kWidth) + " " +
        Num(kHeight) + "\" role=\"img\" aria-label=\"" + Escape(chart.title) +
        "\" aria-describedby=\"" + Escape(desc_id) + "\" font-size=\"12\"><title id=\"" +
        Escape(title_id) + "\">" + Escape(chart.title) + "</title><desc id=\"" + Escape(desc_id) +
        "\">" + Escape(chart.description) + "</desc>";

    // The scale: a line and a number at each step.
    out += "<g class=\"scale\" stroke=\"#c4c4c4\" fill=\"#1a1a1a\">";
    for (int v = 0; v <= top; v += step) {
        const std::string at = Num(y(v));
        out += "<line x1=\"" + Num(kLeft) + "\" y1=\"" + at + "\" x2=\"" + Num(kWidth - kRight) +
               "\" y2=\"" + at + "\"/><text x=\"" + Num(kLeft - 6) + "\" y=\"" + Num(y(v) + 4) +
               "\" text-anchor=\"end\" stroke=\"none\">" + std::to_string(v) + "</text>";
    }
    const size_t every = (n + kMaxLabels - 1) / kMaxLabels;
    for (size_t i = 0; i < n; i += std::max<size_t>(every, 1))
        out += "<text x=\"" + Num(x(i)) + "\" y=\"" + Num(kHeight - kBottom + 18) +
               "\" text-anchor=\"middle\" stroke=\"none\">" + Escape(chart.labels[i]) + "</text>";
    out += "</g>";

    for (size_t s = 0; s < chart.series.size(); ++s) {
        const ChartSeries& series = chart.series[s];
        out += "<g class=\"series\" fill=\"none\" stroke-width=\"2.5\"" + Stroke(s) +
               "><polyline points=\"";
        for (size_t i = 0; i < n && i < series.values.size(); ++i)
            out += (i ? " " : "") + Num(x(i)) + "," + Num(y(series.values[i]));
        out += "\"/>";
        // A dot per week, its numbers in a tooltip for a pointer that rests on it.
        for (size_t i = 0; i < n && i < series.values.size(); ++i)
            out += "<circle cx=\"" + Num(x(i)) + "\" cy=\"" + Num(y(series.values[i])) +
                   "\" r=\"3.5\" fill=\"" + Colour(s) + "\" stroke-dasharray=\"none\"><title>" +
                   Escape(series.name + " · " + chart.labels[i] + " · " +
                          std::to_string(series.values[i])) +
                   "</title></circle>";
        out += "</g>";
    }
    out += "</svg><figcaption><ul class=\"legend\">";
    for (size_t s = 0; s < chart.series.size(); ++s)
        out +=
            "<li><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 12\" class=\"key\" "
            "aria-hidden=\"true\" focusable=\"false\"><line x1=\"0\" y1=\"6\" x2=\"32\" y2=\"6\" "
            "stroke-width=\"3\"" +
            Stroke(s) + "/></svg>" + Escape(chart.series[s].name) + "</li>";
    return out + "</ul></figcaption></figure>";
}

}  // namespace palier::hub
