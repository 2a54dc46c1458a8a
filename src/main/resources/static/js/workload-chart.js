// Draws the workload ranking as a bar chart from the table that follows it: the table stays the
// accessible source of the figures, the chart only shows them. Loaded with defer, after Chart.js.
(function () {
    'use strict';
    var canvas = document.getElementById('workload-chart');
    var table = document.getElementById('workload-people');
    if (!canvas || !table || typeof window.Chart === 'undefined' || typeof window.chartLabel === 'undefined') {
        return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var hours = rows.map(function (row) { return Number(row.dataset.hours); });
    var flagged = rows.map(function (row) { return row.dataset.flagged === 'true'; });
    var threshold = Number(canvas.dataset.threshold);

    // Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by the legend text too.
    var normal = '#0b4f6c';
    var heavy = '#a4161a';

    // Readable text in the page's ink colour; the page holds no other chart.
    window.Chart.defaults.font.size = 14;
    window.Chart.defaults.color = '#1b1f24';

    var box = canvas.parentElement;
    document.getElementById('workload-chart-figure').hidden = false;
    var names = rows.map(function (row) { return window.chartLabel(row.dataset.name, box.clientWidth); });
    // A bar per person, with room for a name that takes more than one line.
    box.style.height = Math.max(160, names.reduce(function (sum, name) {
        return sum + Math.max(30, (Array.isArray(name) ? name.length : 1) * 18);
    }, 80)) + 'px';

    var config = {
        type: 'bar',
        data: {
            labels: names,
            datasets: [{
                label: canvas.dataset.dataset,
                data: hours,
                backgroundColor: flagged.map(function (f) { return f ? heavy : normal; }),
                borderWidth: 0
            }]
        },
        options: {
            indexAxis: 'y',
            maintainAspectRatio: false,
            plugins: {
                legend: {
                    labels: {
                        generateLabels: function () {
                            return [
                                { text: canvas.dataset.dataset, fillStyle: normal, strokeStyle: normal, lineWidth: 0 },
                                { text: canvas.dataset.flagged, fillStyle: heavy, strokeStyle: heavy, lineWidth: 0 },
                                { text: canvas.dataset.thresholdLabel, fillStyle: '#ffffff', strokeStyle: '#1b1f24', lineWidth: 2,
                                  lineDash: [6, 4] }
                            ];
                        }
                    },
                    onClick: function () {}
                }
            },
            scales: {
                x: { beginAtZero: true, suggestedMax: threshold * 1.1 },
                y: { ticks: { autoSkip: false } }
            }
        },
        plugins: [{
            // The flag threshold as a dashed vertical line across the bars.
            id: 'workloadThreshold',
            afterDatasetsDraw: function (chart) {
                if (!(threshold > 0)) {
                    return;
                }
                var x = chart.scales.x.getPixelForValue(threshold);
                var area = chart.chartArea;
                var ctx = chart.ctx;
                ctx.save();
                ctx.strokeStyle = '#1b1f24';
                ctx.lineWidth = 2;
                ctx.setLineDash([6, 4]);
                ctx.beginPath();
                ctx.moveTo(x, area.top);
                ctx.lineTo(x, area.bottom);
                ctx.stroke();
                ctx.restore();
            }
        }]
    };
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
        config.options.animation = false;
    }
    new window.Chart(canvas, config);
}());
