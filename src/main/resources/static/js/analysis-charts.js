// Draws each area's figures by level as a bar chart from the table that follows it: the table stays the accessible
// source of the figures, the chart only shows them. Columns marked data-series become the bars; rows the groups.
// Loaded with defer, after Chart.js (no inline script: the CSP allows scripts from 'self' only).
(function () {
    'use strict';
    if (typeof window.Chart === 'undefined' || typeof window.chartLabel === 'undefined') {
        return;
    }
    // Colours with at least 3:1 contrast against white (WCAG 1.4.11); the legend names each series.
    var colours = ['#0b4f6c', '#a4161a', '#5c4d00', '#2d6a4f', '#6a3d9a'];
    window.Chart.defaults.font.size = 14;
    window.Chart.defaults.color = '#1b1f24';
    var reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

    Array.prototype.forEach.call(document.querySelectorAll('canvas.analysis-chart-canvas'), function (canvas) {
        var table = document.getElementById(canvas.dataset.table);
        if (!table) {
            return;
        }
        var series = Array.prototype.map.call(table.querySelectorAll('thead th[data-series]'), function (th) {
            return { code: th.dataset.series, label: th.textContent.trim() };
        });
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
        var datasets = series.map(function (s, i) {
            return {
                label: s.label,
                data: rows.map(function (row) {
                    var cell = row.querySelector('td[data-series="' + s.code + '"]');
                    return cell ? Number(cell.textContent.trim()) : 0;
                }),
                backgroundColor: colours[i % colours.length],
                borderWidth: 0
            };
        });
        var box = canvas.parentElement;
        box.parentElement.hidden = false;
        var labels = rows.map(function (row) { return window.chartLabel(row.dataset.label, box.clientWidth); });
        // Room for each group's bars, or for its name where that takes more lines.
        var height = labels.reduce(function (sum, label) {
            return sum + Math.max(series.length * 14, (Array.isArray(label) ? label.length : 1) * 18);
        }, 90);
        box.style.height = Math.max(180, height) + 'px';
        var options = {
            indexAxis: 'y',
            maintainAspectRatio: false,
            scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } }
        };
        if (reduced) {
            options.animation = false;
        }
        new window.Chart(canvas, { type: 'bar', data: { labels: labels, datasets: datasets }, options: options });
    });
}());
