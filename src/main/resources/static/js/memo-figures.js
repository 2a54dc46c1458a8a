// The memo editor's figure menu: "Infoga" puts the figure's token at the cursor in the text, as if typed, and the
// preview follows (htmx listens to the text's input events). Without script the token is shown to copy by hand.
document.addEventListener('click', function (event) {
    const button = event.target.closest('button[data-figure], button[data-topic-figure]');
    if (!button) {
        return;
    }
    if (button.dataset.topicFigure) {
        const topic = document.getElementById('figure-topic');
        const scope = document.getElementById('figure-scope');
        if (!topic || !scope || !topic.value) {
            return;
        }
        button.dataset.figure = '{{TOPIC:' + scope.value + '#' + topic.value + '}}';
    }
    const text = document.getElementById(button.dataset.target);
    if (!text) {
        return;
    }
    const token = button.dataset.figure;
    const start = text.selectionStart ?? text.value.length;
    const end = text.selectionEnd ?? start;
    text.setRangeText(token, start, end, 'end');
    text.focus();
    text.dispatchEvent(new Event('input', {bubbles: true}));
    const status = document.getElementById('figure-status');
    if (status) {
        status.textContent = button.dataset.inserted;
    }
});
