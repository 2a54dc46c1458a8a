// Upload progress for the import form. htmx reports the upload's progress (htmx:xhr:progress, from
// xhr.upload) on the form; the bar shows the share sent, then turns indeterminate with "reading the file"
// while the server reads and checks it. The <progress> element carries the value for assistive
// technology; the visible percentage is hidden from it so that the live region does not chatter.
// Without JavaScript the form posts normally and the browser shows its own progress.
(function () {
    'use strict';

    function parts(form) {
        var box = form.querySelector('.upload-progress');
        if (!box) {
            return null;
        }
        return {
            box: box,
            bar: box.querySelector('progress'),
            phase: box.querySelector('.upload-phase'),
            percent: box.querySelector('.upload-percent')
        };
    }

    function reading(p) {
        p.bar.removeAttribute('value');
        p.phase.textContent = p.box.dataset.readingText;
        p.percent.textContent = '';
        p.box.dataset.state = 'reading';
    }

    document.addEventListener('htmx:beforeSend', function (event) {
        var p = event.target && event.target.id === 'import-form' ? parts(event.target) : null;
        if (!p) {
            return;
        }
        p.bar.max = 100;
        p.bar.value = 0;
        p.phase.textContent = p.box.dataset.uploadingText;
        p.percent.textContent = p.box.dataset.percentText.replace('{percent}', '0');
        p.box.dataset.state = 'uploading';
    });

    document.addEventListener('htmx:xhr:progress', function (event) {
        var p = event.target && event.target.id === 'import-form' ? parts(event.target) : null;
        // Once the upload is complete, later events are the response arriving: the bar stays on "reading".
        if (!p || p.box.dataset.state !== 'uploading' || !event.detail.lengthComputable || !event.detail.total) {
            return;
        }
        var percent = Math.min(100, Math.floor(event.detail.loaded * 100 / event.detail.total));
        if (event.detail.loaded >= event.detail.total) {
            reading(p);
            return;
        }
        p.bar.value = percent;
        p.percent.textContent = p.box.dataset.percentText.replace('{percent}', String(percent));
    });
}());
