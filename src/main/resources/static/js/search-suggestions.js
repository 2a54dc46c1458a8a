// The header search field's suggestions (links drawn by htmx under the field): arrow down from the field to the
// first link, up and down between them, Escape back to the field. Without this the links are reached with Tab.
(function () {
    'use strict';
    function links(box) {
        return Array.prototype.slice.call(box.querySelectorAll('a'));
    }
    document.addEventListener('DOMContentLoaded', function () {
        var field = document.getElementById('header-search-q');
        var box = document.getElementById('header-search-suggestions');
        if (!field || !box) {
            return;
        }
        field.addEventListener('keydown', function (event) {
            var all = links(box);
            if (event.key === 'ArrowDown' && all.length > 0) {
                event.preventDefault();
                all[0].focus();
            } else if (event.key === 'Escape') {
                box.innerHTML = '';
            }
        });
        box.addEventListener('keydown', function (event) {
            var all = links(box);
            var at = all.indexOf(document.activeElement);
            if (at < 0) {
                return;
            }
            if (event.key === 'ArrowDown') {
                event.preventDefault();
                all[Math.min(at + 1, all.length - 1)].focus();
            } else if (event.key === 'ArrowUp') {
                event.preventDefault();
                if (at === 0) {
                    field.focus();
                } else {
                    all[at - 1].focus();
                }
            } else if (event.key === 'Escape') {
                event.preventDefault();
                box.innerHTML = '';
                field.focus();
            }
        });
        document.addEventListener('click', function (event) {
            if (!field.form.contains(event.target)) {
                box.innerHTML = '';
            }
        });
    });
}());
