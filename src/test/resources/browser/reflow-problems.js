// ReflowBrowserTest's check (WCAG 2.1, 1.4.10), evaluated in the page: nothing wider than the viewport but inside a
// scroll container that is a region of its own (role, name, tabindex 0, so that a keyboard can scroll it), and that
// container itself inside the viewport; no scroll container without those; no content cut off by an overflow: hidden
// box. Returns the outermost culprits, a few at most, each as a path of tag.class#id and what is wrong with it.
() => {
    const limit = document.documentElement.clientWidth;
    const problems = [];
    const label = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
            + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
    const where = e => {
        const path = [];
        for (let x = e; x && x !== document.body && path.length < 4; x = x.parentElement) path.unshift(label(x));
        return path.join(' > ');
    };
    const scrolls = s => s.overflowX === 'auto' || s.overflowX === 'scroll';
    const named = e => (e.getAttribute('aria-label') || '').trim()
            || (e.getAttribute('aria-labelledby') || '').split(/\s+/).some(id => document.getElementById(id)?.textContent.trim());
    const region = e => e.getAttribute('role') === 'region' && e.getAttribute('tabindex') === '0' && named(e);
    const exempt = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'IMG', 'CANVAS', 'svg', 'VIDEO', 'IFRAME']);
    const report = (e, text) => problems.push(where(e) + ': ' + text);
    if (document.documentElement.scrollWidth > limit) {
        problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + limit + ' px viewport');
    }
    // Depth first; below a culprit, or a box clipped to a pixel (the visually hidden), nothing more is looked at.
    const visit = e => {
        const r = e.getBoundingClientRect();
        const s = getComputedStyle(e);
        if (s.display === 'none' || exempt.has(e.tagName)) return;
        const clips = s.overflowX === 'hidden' || s.overflowX === 'clip';
        if (clips && (r.width <= 1 || r.height <= 1)) return;
        if (s.visibility !== 'hidden' && (r.width > 0 || r.height > 0)) {
            if (scrolls(s) && e.scrollWidth > e.clientWidth + 1 && !region(e)) {
                return report(e, 'scrolls sideways (' + e.scrollWidth + ' px in ' + e.clientWidth
                        + ') but is no region with a name and tabindex="0"');
            }
            if (clips && e.scrollWidth > e.clientWidth + 1) {
                return report(e, 'cuts off its content (' + e.scrollWidth + ' px in ' + e.clientWidth + ')');
            }
            // Moved off screen to the left on purpose (the skip link until focused) is not a reflow problem.
            if (r.right > 0 && r.width > 1 && (r.right > limit + 1 || r.left < -1)) {
                let box = e.parentElement;
                while (box && box !== document.body && !scrolls(getComputedStyle(box))) box = box.parentElement;
                const inRegion = box && box !== document.body && region(box) && box.getBoundingClientRect().right <= limit + 1;
                if (!inRegion) return report(e, 'reaches from ' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px');
            }
        }
        for (const child of e.children) visit(child);
    };
    for (const child of document.body.children) visit(child);
    return problems.slice(0, 8);
}
