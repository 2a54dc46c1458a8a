// The header's menu on a narrow screen (issue 15): the stylesheet folds it behind its button only on a scripted page
// (class "js-menu" on <html>, set here before the header is drawn), so without JavaScript the whole menu is shown.
// The button opens and closes it (Enter and Space, as any button); Escape closes it and gives the focus back to the
// button. On a wide screen the button is not shown and the menu always is.
(function () {
    'use strict';
    document.documentElement.classList.add('js-menu');

    document.addEventListener('DOMContentLoaded', function () {
        var button = document.querySelector('.menu-button[aria-controls]');
        var menu = button && document.getElementById(button.getAttribute('aria-controls'));
        if (!menu) {
            return;
        }
        function setOpen(open) {
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
            menu.classList.toggle('open', open);
        }
        button.addEventListener('click', function () {
            setOpen(button.getAttribute('aria-expanded') !== 'true');
        });
        document.addEventListener('keydown', function (event) {
            if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true' || button.offsetParent === null) {
                return;
            }
            // Escape in the search field with suggestions shown closes the suggestions first (search-suggestions.js).
            var suggestions = document.getElementById('header-search-suggestions');
            if (suggestions && suggestions.contains(document.activeElement)
                    || (document.activeElement && document.activeElement.id === 'header-search-q' && suggestions
                        && suggestions.children.length > 0)) {
                return;
            }
            if (event.target === button || menu.contains(event.target) || event.target === document.body) {
                setOpen(false);
                button.focus();
            }
        });
    });
}());
