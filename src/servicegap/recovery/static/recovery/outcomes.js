// Draws the outcome charts with Chart.js (served from our own static files); the tables
// beside them hold the same numbers, so the page is whole without JavaScript.
(function () {
  "use strict";
  function draw() {
    var source = document.getElementById("outcome-data");
    if (!source || typeof Chart === "undefined") return;
    var data = JSON.parse(source.textContent);
    var times = document.getElementById("chart-times");
    if (times && data.locations.length) {
      new Chart(times, {
        type: "bar",
        data: {
          labels: data.locations,
          datasets: [
            { label: times.dataset.ack, data: data.ack },
            { label: times.dataset.resolve, data: data.resolve },
          ],
        },
        options: { animation: false, scales: { y: { beginAtZero: true } } },
      });
    }
    var kinds = document.getElementById("chart-kinds");
    if (kinds && data.kinds.length) {
      new Chart(kinds, {
        type: "bar",
        data: { labels: data.kinds, datasets: [{ label: kinds.dataset.label, data: data.retained }] },
        options: { animation: false, scales: { y: { beginAtZero: true, max: 100 } } },
      });
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
