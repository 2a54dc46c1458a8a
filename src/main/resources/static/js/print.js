// Printing opens what is folded: a closed <details> (earlier members, an import's unchanged rows) prints its content,
// which CSS alone cannot show. Those it opened are closed again after printing, so the screen is as it was.
(function () {
    'use strict';
    var opened = [];
    window.addEventListener('beforeprint', function () {
        document.querySelectorAll('details:not([open])').forEach(function (details) {
            details.open = true;
            opened.push(details);
        });
    });
    window.addEventListener('afterprint', function () {
        opened.forEach(function (details) {
            details.open = false;
        });
        opened = [];
    });
}());
