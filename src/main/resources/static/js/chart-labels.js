// Category names for the bar charts (analysis-charts.js, workload-chart.js), loaded with defer before them: on a narrow
// chart a long name is split into lines of whole words (Chart.js draws an array as lines), so that the axis does not
// cut it off at 320 px (issue 15). Wide charts keep their names on one line.
(function () {
    'use strict';
    window.chartLabel = function (label, width) {
        var most = Math.max(12, Math.floor(width / 24));
        if (!label || label.length <= most) {
            return label;
        }
        return label.split(/\s+/).reduce(function (lines, word) {
            var last = lines[lines.length - 1];
            if (last !== undefined && (last + ' ' + word).length <= most) {
                lines[lines.length - 1] = last + ' ' + word;
            } else {
                lines.push(word);
            }
            return lines;
        }, []);
    };
}());
