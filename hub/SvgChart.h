#pragma once
// Charts drawn by the hub as inline SVG: nothing to fetch, no script, readable when the
// stylesheet is missing. A chart is an image for assistive technology (role="img" with its
// title as the label and a <desc>); the page puts the same numbers in a table beside it, which
// is what a screen reader user reads.
#include <string>
#include <vector>

namespace palier::hub {

struct ChartSeries {
    std::string name;         // plain text: the legend and each point's tooltip
    std::vector<int> values;  // one per label; negative values are drawn as 0
};

struct LineChart {
    std::string id;           // unique in the page: the ids of the title and the description
    std::string title;        // plain text
    std::string description;  // plain text
    std::vector<std::string> labels;  // along the bottom, one per value
    std::vector<ChartSeries> series;
};

// One line per series over a scale from 0 that ends on a round number, each series with its own
// colour and dash pattern (told apart without colour). Then the legend, as an HTML list.
std::string LineChartHtml(const LineChart& chart);

}  // namespace palier::hub
