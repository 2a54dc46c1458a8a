// Draws the network map with cytoscape from /api/v1/network (same filters as the page). The table
// below the map is the accessible version of the same nodes and links; the map only shows them.
// Loaded with defer, after cytoscape; without JavaScript the map stays hidden and the table remains.
(function () {
    'use strict';
    var box = document.getElementById('network-graph');
    var status = document.getElementById('network-status');
    if (!box || typeof window.cytoscape === 'undefined' || typeof window.fetch === 'undefined') {
        return;
    }
    var started = performance.now();
    var d = box.dataset;

    function format(pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return pattern.replace(/\{(\d+)\}/g, function (m, i) { return String(args[Number(i)]); });
    }

    // Colours with at least 3:1 contrast against white (WCAG 1.4.11); shapes tell the kinds apart too.
    var COLOURS = { arena: '#0b4f6c', political: '#5b2a86', organisation: '#b35900', person: '#1e7a3c' };

    function degreeSize(min, max, degree) {
        return Math.min(max, min + Math.sqrt(degree) * 6);
    }

    // A force-directed layout comes out roughly round, the box is wide: stretch the positions to the box's
    // shape (never squeeze), which spreads the dense middle and gives the names room.
    function stretchToBox(cy) {
        var bb = cy.nodes().boundingBox();
        if (bb.w === 0 || bb.h === 0) {
            return;
        }
        var boxRatio = cy.width() / cy.height();
        var ratio = bb.w / bb.h;
        var sx = ratio < boxRatio ? boxRatio / ratio : 1;
        var sy = ratio > boxRatio ? ratio / boxRatio : 1;
        var cx = bb.x1 + bb.w / 2;
        var cyy = bb.y1 + bb.h / 2;
        cy.nodes().positions(function (node) {
            var p = node.position();
            return { x: cx + (p.x - cx) * sx, y: cyy + (p.y - cyy) * sy };
        });
        cy.fit(undefined, 16);
    }

    function draw(data) {
        var degree = {};
        data.edges.forEach(function (e) {
            degree[e.source] = (degree[e.source] || 0) + 1;
            degree[e.target] = (degree[e.target] || 0) + 1;
        });
        var showAll = d.all === 'true';
        // Organisations linked to a single arena say little about the network and crowd it: hidden unless asked for.
        // Arenas without any link have no place in a network picture; the table lists them all the same.
        var hidden = {};
        var hiddenOrganisations = 0;
        var hiddenArenas = 0;
        data.nodes.forEach(function (n) {
            if (!showAll && n.kind === 'organisation' && (degree[n.id] || 0) <= 1) {
                hidden[n.id] = true;
                hiddenOrganisations++;
            }
        });
        var visibleDegree = {};
        data.edges.forEach(function (e) {
            if (!hidden[e.source] && !hidden[e.target]) {
                visibleDegree[e.source] = (visibleDegree[e.source] || 0) + 1;
                visibleDegree[e.target] = (visibleDegree[e.target] || 0) + 1;
            }
        });
        data.nodes.forEach(function (n) {
            if (!showAll && n.kind === 'arena' && !visibleDegree[n.id]) {
                hidden[n.id] = true;
                hiddenArenas++;
            }
        });
        var elements = [];
        data.nodes.forEach(function (n) {
            if (hidden[n.id]) {
                return;
            }
            elements.push({ group: 'nodes', data: {
                id: n.id, kind: n.kind, label: n.label, url: n.url, degree: degree[n.id] || 0,
                political: n.levels.indexOf('POLITICAL') >= 0 ? 'yes' : 'no'
            } });
        });
        data.edges.forEach(function (e, i) {
            if (hidden[e.source] || hidden[e.target]) {
                return;
            }
            elements.push({ group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target, kind: e.kind } });
        });

        box.hidden = false;
        var cy = window.cytoscape({
            container: box,
            elements: elements,
            minZoom: 0.2,
            maxZoom: 3,
            wheelSensitivity: 0.3,
            boxSelectionEnabled: false,
            autoungrabify: false,
            style: [
                { selector: 'node', style: {
                    'label': 'data(label)', 'font-size': 14, 'color': '#1b1f24', 'text-wrap': 'ellipsis', 'text-max-width': 160,
                    'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
                    'text-background-padding': 1, 'min-zoomed-font-size': 10,
                    'width': function (n) { return degreeSize(14, 46, n.data('degree')); },
                    'height': function (n) { return degreeSize(14, 46, n.data('degree')); }
                } },
                { selector: 'node[kind = "arena"]', style: { 'shape': 'round-rectangle', 'background-color': COLOURS.arena } },
                { selector: 'node[kind = "arena"][political = "yes"]', style: { 'background-color': COLOURS.political } },
                { selector: 'node[kind = "organisation"]', style: { 'shape': 'ellipse', 'background-color': COLOURS.organisation } },
                { selector: 'node[kind = "person"]', style: { 'shape': 'diamond', 'background-color': COLOURS.person } },
                // Well-connected nodes keep their label at any zoom; the rest show theirs when zoomed in.
                { selector: 'node[degree >= 6]', style: { 'min-zoomed-font-size': 0, 'font-weight': 'bold', 'font-size': 18,
                    'text-max-width': 220 } },
                { selector: 'edge', style: { 'width': 1, 'line-color': '#8a949e', 'curve-style': 'haystack', 'opacity': 0.7 } },
                { selector: 'edge[kind = "convenes"]', style: { 'width': 2.5, 'line-color': '#b35900', 'opacity': 0.9 } },
                { selector: 'edge[kind = "represents"]', style: { 'width': 2, 'line-color': '#1e7a3c', 'line-style': 'dashed',
                    'curve-style': 'straight', 'opacity': 0.9 } },
                // Relations between arenas: solid dark blue with an arrow (part of), dotted purple with an arrow
                // (anchored in), double grey (linked, no direction).
                { selector: 'edge[kind = "partOf"]', style: { 'width': 3, 'line-color': '#1d4f91', 'curve-style': 'bezier',
                    'target-arrow-shape': 'triangle', 'target-arrow-color': '#1d4f91', 'opacity': 0.95 } },
                { selector: 'edge[kind = "anchoredIn"]', style: { 'width': 2.5, 'line-color': '#6b2c91', 'line-style': 'dotted',
                    'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#6b2c91', 'opacity': 0.95 } },
                { selector: 'edge[kind = "linked"]', style: { 'width': 3, 'line-color': '#4a5560', 'line-style': 'double',
                    'curve-style': 'bezier', 'opacity': 0.95 } },
                { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffbf47', 'min-zoomed-font-size': 0,
                    'font-weight': 'bold', 'z-index': 10 } },
                { selector: '.faded', style: { 'opacity': 0.15 } }
            ],
            // Force-directed: hubs (the region, the municipalities) push harder and settle in the middle; arenas
            // with a single link sit close to it, so the picture stays compact.
            layout: {
                name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: false,
                idealEdgeLength: function (edge) {
                    return Math.min(edge.source().degree(), edge.target().degree()) <= 1 ? 30 : 70;
                },
                nodeRepulsion: function (node) { return 20000 + node.degree() * 6000; },
                edgeElasticity: function () { return 100; }, nodeOverlap: 10, gravity: 1.2, numIter: 1500,
                componentSpacing: 30, padding: 10
            }
        });

        stretchToBox(cy);
        var ms = Math.round(performance.now() - started);
        box.setAttribute('data-render-ms', String(ms));
        var shown = cy.nodes().length;
        var summary = format(d.status, shown, cy.edges().length);
        if (hiddenOrganisations + hiddenArenas > 0) {
            summary += ' ' + format(d.hidden, hiddenOrganisations, hiddenArenas);
        }
        status.textContent = summary;

        function kindName(node) {
            return d['kind' + node.data('kind').charAt(0).toUpperCase() + node.data('kind').slice(1)];
        }

        function focusNode(node) {
            cy.nodes().unselect();
            cy.elements().removeClass('faded');
            node.select();
            cy.elements().difference(node.closedNeighborhood()).addClass('faded');
            status.textContent = format(d.selected, node.data('label'), kindName(node), node.degree());
        }

        cy.on('tap', 'node', function (event) {
            window.location.href = event.target.data('url');
        });
        cy.on('mouseover', 'node', function (event) {
            box.style.cursor = 'pointer';
            cy.elements().difference(event.target.closedNeighborhood()).addClass('faded');
        });
        cy.on('mouseout', 'node', function () {
            box.style.cursor = '';
            cy.elements().removeClass('faded');
        });

        // Keyboard: arrows move between nodes (largest first), Enter opens the chosen node's page.
        var order = cy.nodes().sort(function (a, b) {
            return b.degree() - a.degree() || a.data('label').localeCompare(b.data('label'));
        });
        var position = -1;
        box.addEventListener('keydown', function (event) {
            var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
            if (step && order.length > 0) {
                event.preventDefault();
                position = (position + step + order.length) % order.length;
                focusNode(order[position]);
            } else if (event.key === 'Home' || event.key === 'End') {
                event.preventDefault();
                position = event.key === 'Home' ? 0 : order.length - 1;
                focusNode(order[position]);
            } else if (event.key === 'Enter' && position >= 0) {
                event.preventDefault();
                window.location.href = order[position].data('url');
            } else if (event.key === 'Escape') {
                cy.nodes().unselect();
                cy.elements().removeClass('faded');
                position = -1;
                status.textContent = summary;
            }
        });
        window.addEventListener('resize', function () { cy.resize(); });
    }

    fetch(d.api, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.json();
        })
        .then(draw)
        .catch(function () {
            status.textContent = d.error;
        });
}());
