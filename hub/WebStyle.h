#pragma once
// The dashboard's one stylesheet, served by the hub at /static/palier.css.
namespace palier::hub {
const char* DashboardCss();
}  // namespace palier::hub
