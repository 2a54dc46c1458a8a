// The register's "show/hide working groups" toggle: working groups are folded under their parent arena; hiding them
// leaves the parents, whose badge says how many they have. Without JavaScript every row stays visible.
(function () {
    'use strict';
    function bind() {
        var button = document.getElementById('toggle-parts');
        var results = document.getElementById('results');
        if (!button || !results) {
            return;
        }
        button.addEventListener('click', function () {
            var shown = button.getAttribute('aria-pressed') === 'true';
            button.setAttribute('aria-pressed', shown ? 'false' : 'true');
            results.classList.toggle('parts-hidden', shown);
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', bind);
    } else {
        bind();
    }
}());
