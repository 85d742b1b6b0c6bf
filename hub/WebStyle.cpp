#include "hub/WebStyle.h"

namespace palier::hub {

// Dark text on white and white on dark blue (contrast above 7:1); sizes in rem so the reader's
// own text size applies; wide tables and charts scroll sideways on a phone instead of squeezing.
// Figures are right-aligned so that their digits line up; words stay left-aligned. On a phone
// the overview's site names stay in sight while their figures scroll sideways; column heads
// wrap, so that on a PC the whole overview fits without scrolling.
const char* DashboardCss() {
    return R"CSS(
*{box-sizing:border-box}
html{font-size:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
header{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;padding:.75rem 1rem;background:#16365c;color:#fff}
header a,header span{color:#fff}
.brand{font-weight:700;font-size:1.25rem}
nav{display:flex;gap:1rem;flex-wrap:wrap}
nav a{padding:.5rem 0;text-decoration:underline}
.logout{margin-left:auto;display:flex;align-items:center;gap:.75rem}
main{max-width:80rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;min-width:36rem}
th,td{padding:.5rem .6rem;border-bottom:1px solid #8a8a8a;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left;white-space:normal}
table.list th,table.list td{text-align:left;white-space:normal}
table.list th.num,table.list td.num{text-align:right}
thead th{background:#e8edf3;white-space:normal;vertical-align:bottom}
table.figures td:first-child,table.figures th:first-child{position:sticky;left:0;min-width:9rem;background:#fff;box-shadow:inset -1px 0 0 #8a8a8a}
table.figures thead th:first-child{background:#e8edf3}
@media (min-width:64rem){table.figures td:first-child{white-space:nowrap}}
tr.total td{font-weight:700;border-top:2px solid #1a1a1a}
form.card{max-width:24rem}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}
input[type=text],input[type=password]{width:100%;padding:.6rem;font-size:1rem;border:2px solid #4a4a4a;border-radius:.25rem}
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;color:#fff;background:#16365c;border:2px solid #16365c;border-radius:.25rem;cursor:pointer}
header button{margin:0;background:#fff;color:#16365c}
td button{margin:0;padding:.3rem .8rem}
:focus-visible{outline:3px solid #b35900;outline-offset:2px}
.message{padding:.75rem;border-left:.3rem solid #a30000;background:#fbeaea;color:#1a1a1a}
.note{color:#3d3d3d}
tbody th{text-align:left;font-weight:400}
td a{color:#16365c}
form.inline{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;margin:.5rem 0 1rem}
form.inline label{display:inline;margin:0}
form.inline button{margin:0}
input[type=number]{width:6rem;padding:.5rem;font-size:1rem;border:2px solid #4a4a4a;border-radius:.25rem}
figure.chart{margin:0 0 1rem;overflow-x:auto}
figure.chart>svg{display:block;width:100%;min-width:36rem;height:auto}
ul.legend{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;list-style:none;margin:.5rem 0;padding:0}
ul.legend svg.key{width:2rem;height:.75rem;margin-right:.5rem;vertical-align:middle}
)CSS";
}

}  // namespace palier::hub
