// Draws the network map with cytoscape from /api/v1/network (same filters as the page). The table
// below the map is the accessible version of the same nodes and links; the map only shows them.
// A small selection comes whole ("view": "whole"); a large one as clusters ("view": "clusters": areas and
// kinds of organisation with counts), and a cluster is opened on demand (click, or Enter by keyboard) with
// /api/v1/network?expand=<key>, its members drawn inside it; clicking it (or Enter) again closes it.
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

    // The names of the kinds of organisation, in the page's language, from the table of clusters.
    var clusterNames = {};
    document.querySelectorAll('tr[data-cluster] .cluster-name').forEach(function (cell) {
        clusterNames[cell.parentElement.getAttribute('data-cluster')] = cell.textContent.trim();
    });

    function api(extra) {
        var url = new URL(d.api, window.location.href);
        Object.keys(extra).forEach(function (name) { url.searchParams.set(name, extra[name]); });
        return url.pathname + url.search;
    }

    function load(url) {
        return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.json();
            });
    }

    // Colours with at least 3:1 contrast against white (WCAG 1.4.11); shapes tell the kinds apart too.
    var COLOURS = { arena: '#0b4f6c', political: '#5b2a86', organisation: '#b35900', person: '#1e7a3c', more: '#4a5560' };

    function degreeSize(min, max, degree) {
        return Math.min(max, min + Math.sqrt(degree) * 6);
    }

    function clusterSize(count) {
        return Math.min(90, 30 + Math.sqrt(count) * 3);
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
        cy.nodes().filter(function (n) { return !n.isParent(); }).positions(function (node) {
            var p = node.position();
            return { x: cx + (p.x - cx) * sx, y: cyy + (p.y - cyy) * sy };
        });
        cy.fit(undefined, 16);
    }

    function nodeData(n, parent, owner) {
        var name = n.kind === 'organisations' ? (clusterNames[n.expand] || n.label) : n.label;
        var data = {
            id: n.id, kind: n.kind, name: name, url: n.url || '', count: n.count || 0, expand: n.expand || '',
            label: n.expand ? name + ' (' + n.count + ')' : name,
            political: (n.levels || []).indexOf('POLITICAL') >= 0 ? 'yes' : 'no', expanded: 'no'
        };
        if (parent) {
            data.parent = parent;
        }
        if (owner) {
            data.owner = owner;
        }
        return data;
    }

    var edgeIds = {};

    function edgeData(e) {
        var id = e.source + '>' + e.target + ':' + e.kind + (e.role ? ':' + e.role : '');
        while (edgeIds[id]) {
            id += '+';
        }
        edgeIds[id] = true;
        return { id: id, source: e.source, target: e.target, kind: e.kind, count: e.count || 1 };
    }

    function draw(data) {
        var clustered = data.view === 'clusters';
        var degree = {};
        data.edges.forEach(function (e) {
            degree[e.source] = (degree[e.source] || 0) + 1;
            degree[e.target] = (degree[e.target] || 0) + 1;
        });
        var showAll = clustered || d.all === 'true';
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
            if (!hidden[n.id]) {
                elements.push({ group: 'nodes', data: nodeData(n) });
            }
        });
        data.edges.forEach(function (e) {
            if (!hidden[e.source] && !hidden[e.target]) {
                elements.push({ group: 'edges', data: edgeData(e) });
            }
        });
        if (clustered && data.more > 0) {
            elements.push({ group: 'nodes', data: moreData('more:top', data.more, api({ page: data.page + 1 }), null) });
        }

        box.hidden = false;
        var cy = window.cytoscape({
            container: box,
            elements: elements,
            minZoom: 0.1,
            maxZoom: 3,
            wheelSensitivity: 0.3,
            boxSelectionEnabled: false,
            autoungrabify: false,
            style: [
                { selector: 'node', style: {
                    'label': 'data(label)', 'font-size': 14, 'color': '#1b1f24', 'text-wrap': 'ellipsis', 'text-max-width': 160,
                    'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
                    'text-background-padding': 1, 'min-zoomed-font-size': 10,
                    'width': function (n) { return degreeSize(14, 46, n.degree()); },
                    'height': function (n) { return degreeSize(14, 46, n.degree()); }
                } },
                { selector: 'node[kind = "arena"]', style: { 'shape': 'round-rectangle', 'background-color': COLOURS.arena } },
                { selector: 'node[kind = "arena"][political = "yes"]', style: { 'background-color': COLOURS.political } },
                { selector: 'node[kind = "organisation"]', style: { 'shape': 'ellipse', 'background-color': COLOURS.organisation } },
                { selector: 'node[kind = "person"]', style: { 'shape': 'diamond', 'background-color': COLOURS.person } },
                // Well-connected nodes keep their label at any zoom; the rest show theirs when zoomed in.
                { selector: 'node[[degree >= 6]]', style: { 'min-zoomed-font-size': 0, 'font-weight': 'bold', 'font-size': 18,
                    'text-max-width': 220 } },
                // Clusters: white with a thick border in their kind's colour, as large as they hold; always named.
                { selector: 'node[kind = "area"], node[kind = "organisations"]', style: {
                    'background-color': '#ffffff', 'border-width': 4, 'min-zoomed-font-size': 0, 'font-weight': 'bold',
                    'font-size': 16, 'text-max-width': 220,
                    'width': function (n) { return clusterSize(n.data('count')); },
                    'height': function (n) { return clusterSize(n.data('count')); }
                } },
                { selector: 'node[kind = "area"]', style: { 'shape': 'round-rectangle', 'border-color': COLOURS.arena } },
                { selector: 'node[kind = "organisations"]', style: { 'shape': 'ellipse', 'border-color': COLOURS.organisation } },
                { selector: 'node[kind = "more"]', style: { 'shape': 'tag', 'background-color': COLOURS.more, 'width': 22, 'height': 22,
                    'min-zoomed-font-size': 0 } },
                // An opened cluster frames its members; its name on top.
                { selector: 'node:parent', style: { 'background-color': '#f3f6f9', 'background-opacity': 1, 'border-style': 'dashed',
                    'text-valign': 'top', 'text-margin-y': -4, 'padding': 12 } },
                { selector: 'edge', style: { 'width': 1, 'line-color': '#8a949e', 'curve-style': 'haystack', 'opacity': 0.7 } },
                { selector: 'edge[kind = "links"]', style: { 'line-color': '#b35900', 'curve-style': 'straight', 'opacity': 0.6,
                    'width': function (e) { return Math.min(10, 1 + Math.log(e.data('count'))); } } },
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
            layout: { name: 'preset' }
        });

        // Force-directed: hubs (the region, the municipalities) push harder and settle in the middle; arenas
        // with a single link sit close to it, so the picture stays compact.
        function arrange(randomize) {
            cy.layout({
                name: 'cose', animate: false, randomize: randomize, nodeDimensionsIncludeLabels: false,
                idealEdgeLength: function (edge) {
                    return Math.min(edge.source().degree(), edge.target().degree()) <= 1 ? 30 : 70;
                },
                nodeRepulsion: function (node) { return 20000 + node.degree() * 6000; },
                edgeElasticity: function () { return 100; }, nodeOverlap: 10, gravity: 1.2, numIter: 1500,
                componentSpacing: 30, padding: 10, nestingFactor: 1.2
            }).run();
            stretchToBox(cy);
        }

        arrange(true);
        var ms = Math.round(performance.now() - started);
        box.setAttribute('data-render-ms', String(ms));

        function shownNow() {
            return [cy.nodes().length, cy.edges().length];
        }

        var summary;
        if (clustered) {
            summary = format(d.clusterStatus, cy.nodes().length, cy.edges().length);
        } else {
            summary = format(d.status, cy.nodes().length, cy.edges().length);
            if (hiddenOrganisations + hiddenArenas > 0) {
                summary += ' ' + format(d.hidden, hiddenOrganisations, hiddenArenas);
            }
        }
        status.textContent = summary;

        function kindName(node) {
            return d['kind' + node.data('kind').charAt(0).toUpperCase() + node.data('kind').slice(1)];
        }

        function describe(node) {
            if (node.data('kind') === 'more') {
                return format(d.moreSelected, node.data('count'));
            }
            if (node.data('expand')) {
                if (node.data('expanded') === 'yes') {
                    return format(d.expandedSelected, node.data('name'), kindName(node));
                }
                var counted = node.data('kind') === 'area' ? d.countArea : d.countOrganisations;
                return format(d.clusterSelected, node.data('name'), kindName(node), format(counted, node.data('count')));
            }
            return format(d.selected, node.data('label'), kindName(node), node.degree());
        }

        function focusNode(node) {
            cy.nodes().unselect();
            cy.elements().removeClass('faded');
            node.select();
            if (!node.isParent()) {
                cy.elements().difference(node.closedNeighborhood().union(node.ancestors())).addClass('faded');
            }
            status.textContent = describe(node);
        }

        function moreData(id, more, url, parent) {
            var data = { id: id, kind: 'more', name: format(d.more, more), label: format(d.more, more), count: more, url: '',
                expand: '', more: url, expanded: 'no' };
            if (parent) {
                data.parent = parent;
                data.owner = parent;
            }
            return data;
        }

        // Adds what an expansion brought: arenas and sub-areas inside the opened area, organisations inside
        // the opened kind; the organisations and people linked to opened arenas beside it, owned by it so that
        // closing it takes them away. What is already drawn stays as it is.
        function add(data, cluster) {
            var parent = cluster ? cluster.id() : null;
            var base = cluster ? cluster.position() : { x: 0, y: 0 };
            var elements = [];
            data.nodes.forEach(function (n) {
                if (cy.getElementById(n.id).nonempty()) {
                    return;
                }
                var inside = parent && (n.kind === 'arena' || n.kind === 'area'
                    || (cluster.data('kind') === 'organisations' && n.kind === 'organisation'));
                // Start beside the cluster opened, so the layout moves the new nodes out from where they belong.
                elements.push({ group: 'nodes', data: nodeData(n, inside ? parent : null, parent),
                    position: { x: base.x + (Math.random() - 0.5) * 80, y: base.y + (Math.random() - 0.5) * 80 } });
            });
            var known = {};
            elements.forEach(function (e) { known[e.data.id] = true; });
            data.edges.forEach(function (e) {
                var has = function (id) { return known[id] || cy.getElementById(id).nonempty(); };
                if (has(e.source) && has(e.target)) {
                    elements.push({ group: 'edges', data: edgeData(e) });
                }
            });
            if (data.more > 0 && parent) {
                var url = api({ expand: cluster.data('expand'), page: data.page + 1 });
                elements.push({ group: 'nodes', data: moreData(parent + ':more:' + (data.page + 1), data.more, url, parent),
                    position: { x: base.x, y: base.y + 40 } });
            } else if (data.more > 0) {
                elements.push({ group: 'nodes', data: moreData('more:top:' + (data.page + 1), data.more,
                    api({ page: data.page + 1 }), null), position: { x: base.x, y: base.y + 40 } });
            }
            return cy.add(elements);
        }

        var busy = false;

        function expand(node) {
            if (busy) {
                return;
            }
            busy = true;
            status.textContent = format(d.loading, node.data('name'));
            load(api({ expand: node.data('expand') }))
                .then(function (data) {
                    var added = add(data, node);
                    node.data('expanded', 'yes');
                    arrange(false);
                    reorder(node);
                    var now = shownNow();
                    status.textContent = format(d.expanded, node.data('name'), added.nodes().length, now[0], now[1]);
                })
                .catch(function () {
                    status.textContent = d.error;
                })
                .then(function () { busy = false; });
        }

        function collapse(node) {
            var ids = {};
            ids[node.id()] = true;
            var doomed = node.descendants();
            doomed.forEach(function (n) { ids[n.id()] = true; });
            cy.nodes().forEach(function (n) {
                if (ids[n.data('owner')]) {
                    doomed = doomed.union(n);
                }
            });
            cy.remove(doomed);
            node.data('expanded', 'no');
            reorder(node);
            var now = shownNow();
            status.textContent = format(d.collapsed, node.data('name'), now[0], now[1]);
        }

        function more(node) {
            if (busy) {
                return;
            }
            busy = true;
            var cluster = node.parent().nonempty() ? node.parent() : null;
            status.textContent = format(d.loading, node.data('name'));
            load(node.data('more'))
                .then(function (data) {
                    cy.remove(node);
                    var added = add(data, cluster);
                    arrange(false);
                    var first = added.nodes().first();
                    reorder(first.nonempty() ? first : null);
                    var now = shownNow();
                    status.textContent = format(d.expanded, cluster ? cluster.data('name') : '', added.nodes().length, now[0], now[1]);
                })
                .catch(function () {
                    status.textContent = d.error;
                })
                .then(function () { busy = false; });
        }

        // Enter or a click: a cluster opens or closes, "more" brings the next page, anything else opens its page.
        function activate(node) {
            if (node.data('kind') === 'more') {
                more(node);
            } else if (node.data('expand')) {
                if (node.data('expanded') === 'yes') {
                    collapse(node);
                } else {
                    expand(node);
                }
            } else if (node.data('url')) {
                window.location.href = node.data('url');
            }
        }

        cy.on('tap', 'node', function (event) {
            activate(event.target);
        });
        cy.on('mouseover', 'node', function (event) {
            box.style.cursor = 'pointer';
            if (!event.target.isParent()) {
                cy.elements().difference(event.target.closedNeighborhood().union(event.target.ancestors())).addClass('faded');
            }
        });
        cy.on('mouseout', 'node', function () {
            box.style.cursor = '';
            cy.elements().removeClass('faded');
        });

        // Keyboard: arrows move between nodes (clusters and the most connected first), Enter acts on the chosen one.
        var order;
        var position = -1;

        function reorder(current) {
            order = cy.nodes().sort(function (a, b) {
                return (b.data('expand') ? 1 : 0) - (a.data('expand') ? 1 : 0) || b.degree() - a.degree()
                    || a.data('label').localeCompare(b.data('label'));
            });
            position = -1;
            for (var i = 0; current && i < order.length; i++) {
                if (order[i].same(current)) {
                    position = i;
                }
            }
            if (current && position >= 0) {
                focusNode(current);
            }
        }

        reorder(null);
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
                activate(order[position]);
            } else if (event.key === 'Escape') {
                cy.nodes().unselect();
                cy.elements().removeClass('faded');
                position = -1;
                status.textContent = summary;
            }
        });
        window.addEventListener('resize', function () { cy.resize(); });
    }

    load(d.api)
        .then(draw)
        .catch(function () {
            status.textContent = d.error;
        });
}());
