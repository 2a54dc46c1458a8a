// The register's convener field: its message is swapped in with each filtering, the field itself never (an answer
// that arrives while one types would otherwise overwrite what was typed). This keeps aria-invalid in step with the
// message. Without JavaScript the whole page is reloaded and the server sets both.
(function () {
    'use strict';
    document.addEventListener('htmx:afterSettle', function () {
        var field = document.getElementById('convenerName');
        var message = document.getElementById('convener-message');
        if (!field || !message) {
            return;
        }
        if (message.classList.contains('field-error')) {
            field.setAttribute('aria-invalid', 'true');
        } else {
            field.removeAttribute('aria-invalid');
        }
    });
}());
