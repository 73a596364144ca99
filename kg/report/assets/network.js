/* kg report (MIT, see LICENSES.txt): actors and their PLOVER-typed actions, from actions.rq, drawn as SVG. */
"use strict";
KG.PLOVER_COLORS = {
  AGREE: "#2ca02c", CONSULT: "#1f77b4", SUPPORT: "#17becf", CONCEDE: "#bcbd22", COOPERATE: "#637939",
  AID: "#3182bd", RETREAT: "#8c564b", REQUEST: "#9467bd", ACCUSE: "#e377c2", REJECT: "#ff7f0e",
  THREATEN: "#e6550d", PROTEST: "#7b4173", SANCTION: "#843c39", MOBILIZE: "#7f7f7f", COERCE: "#d62728",
  ASSAULT: "#a50f15",
};

KG.panels.push(["network", function () {
  var rows = KG.rows("actions");
  KG.count("network-count", "(" + rows.length + " actions)");
  if (!rows.length) {
    document.getElementById("network-table-box").hidden = true;
    return;
  }
  var W = 960, H = 560, BAND = 0, nodes = new Map(), edges = new Map(), untargeted = new Map(), types = new Map();

  function node(iri, label) {
    if (!nodes.has(iri)) nodes.set(iri, { id: iri, label: KG.label(iri, label), types: new Set(), n: 0 });
    return nodes.get(iri);
  }
  rows.forEach(function (r) {
    var type = KG.local(r.type), a = node(r.actor, r.actorLabel);
    types.set(type, (types.get(type) || 0) + 1);
    a.types.add(type);
    a.n += 1;
    if (!r.target) {
      var u = r.actor + "\u0000" + type;
      if (!untargeted.has(u)) untargeted.set(u, { actor: a, type: type, rows: [] });
      untargeted.get(u).rows.push(r);
      return;
    }
    var t = node(r.target, r.targetLabel), key = [r.actor, r.target, type].join("\u0000");
    t.types.add(type);
    t.n += 1;
    if (!edges.has(key)) edges.set(key, { source: a, target: t, type: type, rows: [] });
    edges.get(key).rows.push(r);
  });
  var typeNames = Array.from(types.keys()).sort();
  var colors = {};
  typeNames.forEach(function (t, i) { colors[t] = KG.PLOVER_COLORS[t] || KG.color(i); });
  var nodeList = Array.from(nodes.values()), edgeList = Array.from(edges.values());
  arrange(nodeList, edgeList);
  bend(edgeList);

  var svg = KG.svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "network of actors" });
  var defs = KG.svg("defs", {});
  typeNames.forEach(function (t) {
    defs.appendChild(KG.svg("marker", {
      id: "arrow-" + KG.slug(t), viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
      orient: "auto-start-reverse",
    }, KG.svg("path", { d: "M0,0L10,5L0,10z", fill: colors[t] })));
  });
  svg.appendChild(defs);
  if (BAND) {
    svg.appendChild(KG.svg("line", { x1: 20, x2: W - 20, y1: H - BAND, y2: H - BAND, stroke: "#d9dee5",
      "stroke-dasharray": "4 4" }));
    svg.appendChild(KG.svg("text", { x: 24, y: H - BAND + 14, class: "band-label",
      text: "actors whose actions have no target" }));
  }
  var edgeLayer = KG.svg("g", { class: "edges" }), nodeLayer = KG.svg("g", { class: "nodes" });
  svg.appendChild(edgeLayer);
  svg.appendChild(nodeLayer);
  edgeList.forEach(function (e) {
    var n = e.rows.length;
    e.path = KG.svg("path", { stroke: colors[e.type], "marker-end": "url(#arrow-" + KG.slug(e.type) + ")" });
    e.text = KG.svg("text", { "text-anchor": "middle", fill: colors[e.type], text: e.type + (n > 1 ? " ×" + n : "") });
    e.g = KG.svg("g", { class: "edge", "data-type": e.type, "data-count": n, "data-source": e.source.id,
      "data-target": e.target.id },
    KG.svg("title", { text: e.source.label + " → " + e.type + " → " + e.target.label + " (" + n + ")\n" +
      e.rows.map(function (r) { return r.doc + ": " + r.evidence; }).join("\n") }), e.path, e.text);
    edgeLayer.appendChild(e.g);
  });
  nodeList.forEach(function (d) {
    d.r = 7 + 2.5 * Math.sqrt(d.n);
    d.circle = KG.svg("circle", { r: d.r, fill: "#44546a" });
    d.labelNode = KG.svg("text", { "text-anchor": "middle", text: d.label });
    d.g = KG.svg("g", { class: "node", "data-id": d.id, "data-label": d.label },
      KG.svg("title", { text: d.label + "\n" + d.id + "\n" + d.n + " actions: " + Array.from(d.types).join(", ") }),
      d.circle, d.labelNode);
    drag(d);
    nodeLayer.appendChild(d.g);
  });
  document.getElementById("network-box").appendChild(svg);
  place();
  var untargetedBox = document.getElementById("network-untargeted");
  var table = actionsTable();
  var checks = controls();
  filter();

  function place() {
    nodeList.forEach(function (d) {
      d.g.setAttribute("transform", "translate(" + d.x.toFixed(1) + "," + d.y.toFixed(1) + ")");
      d.labelNode.setAttribute("y", d.r + 13);
    });
    edgeList.forEach(function (e) {
      var s = e.source, t = e.target, c, p0, p2;
      if (s === t) {
        var x = s.x, y = s.y - s.r, h = 34 + e.offset;
        e.path.setAttribute("d", "M" + (x - 5) + "," + y + "C" + (x - 30) + "," + (y - h) + " " + (x + 30) + "," +
          (y - h) + " " + (x + 5) + "," + y);
        e.text.setAttribute("x", x);
        e.text.setAttribute("y", y - h * 0.75 - 3);
        return;
      }
      var dx = t.x - s.x, dy = t.y - s.y, len = Math.hypot(dx, dy) || 1;
      c = { x: (s.x + t.x) / 2 - dy / len * e.offset, y: (s.y + t.y) / 2 + dx / len * e.offset };
      p0 = toward(s, c, s.r + 1);
      p2 = toward(t, c, t.r + 3);
      e.path.setAttribute("d", "M" + p0.x.toFixed(1) + "," + p0.y.toFixed(1) + "Q" + c.x.toFixed(1) + "," +
        c.y.toFixed(1) + " " + p2.x.toFixed(1) + "," + p2.y.toFixed(1));
      e.text.setAttribute("x", (0.25 * p0.x + 0.5 * c.x + 0.25 * p2.x).toFixed(1));
      e.text.setAttribute("y", (0.25 * p0.y + 0.5 * c.y + 0.25 * p2.y - 3).toFixed(1));
    });
  }

  function toward(from, to, dist) {
    var dx = to.x - from.x, dy = to.y - from.y, len = Math.hypot(dx, dy) || 1;
    return { x: from.x + dx / len * dist, y: from.y + dy / len * dist };
  }

  /* Actors linked by an action are laid out by force; those with only untargeted actions wait in rows below. */
  function arrange(ns, es) {
    var linked = new Set();
    es.forEach(function (e) { linked.add(e.source); linked.add(e.target); });
    var net = ns.filter(function (d) { return linked.has(d); }), lone = ns.filter(function (d) { return !linked.has(d); });
    var perRow = 4, rows = Math.ceil(lone.length / perRow);
    BAND = rows ? rows * 46 + 20 : 0;
    H = Math.min(1000, Math.max(560, 180 + 16 * net.length)) + BAND;
    if (net.length) {
      layout(net, es);
      fit(net, H - BAND);
    }
    lone.forEach(function (d, i) {
      var row = Math.floor(i / perRow), inRow = Math.min(perRow, lone.length - row * perRow);
      d.x = W / 2 + ((i % perRow) - (inRow - 1) / 2) * (W - 120) / perRow;
      d.y = H - BAND + 24 + row * 46;
    });
  }

  /* Fruchterman-Reingold from a circle: deterministic, so the same graph gives the same picture. */
  function layout(ns, es) {
    var n = ns.length, k = Math.sqrt(W * H / Math.max(n, 1)) * 0.5, steps = n > 150 ? 150 : 400, GRAVITY = 0.6;
    ns.forEach(function (d, i) {
      var a = 2 * Math.PI * i / n;
      d.x = W / 2 + Math.cos(a) * W * 0.3;
      d.y = H / 2 + Math.sin(a) * H * 0.3;
    });
    if (n === 1) return;
    for (var step = 0; step < steps; step++) {
      ns.forEach(function (d) { d.dx = 0; d.dy = 0; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var a = ns[i], b = ns[j], dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 0.01);
          var f = k * k / d2;
          a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
        }
      }
      es.forEach(function (e) {
        if (e.source === e.target) return;
        var dx = e.source.x - e.target.x, dy = e.source.y - e.target.y, d = Math.hypot(dx, dy) || 0.1;
        var f = d / (k * 2.2);
        e.source.dx -= dx * f; e.source.dy -= dy * f; e.target.dx += dx * f; e.target.dy += dy * f;
      });
      var temp = (W / 8) * (1 - step / steps) + 0.5;
      ns.forEach(function (d) {
        d.dx += (W / 2 - d.x) * GRAVITY;
        d.dy += (H / 2 - d.y) * GRAVITY * W / H;
        var len = Math.hypot(d.dx, d.dy) || 1, move = Math.min(len, temp);
        d.x += d.dx / len * move;
        d.y += d.dy / len * move;
      });
    }
  }

  /* Stretch the layout to fill the box, leaving room for the labels. */
  function fit(ns, height) {
    var xs = ns.map(function (d) { return d.x; }), ys = ns.map(function (d) { return d.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys);
    var y1 = Math.max.apply(null, ys), mx = 90, top = 30, bottom = 45;
    ns.forEach(function (d) {
      d.x = x1 > x0 ? mx + (d.x - x0) / (x1 - x0) * (W - 2 * mx) : W / 2;
      d.y = y1 > y0 ? top + (d.y - y0) / (y1 - y0) * (height - top - bottom) : height / 2;
    });
  }

  /* Several edges between the same two nodes: spread them as curves so none hides another. */
  function bend(es) {
    KG.groupBy(es, function (e) { return [e.source.id, e.target.id].sort().join("\u0000"); }).forEach(function (g) {
      g.forEach(function (e, i) {
        var off = e.source === e.target ? i * 14 : (i - (g.length - 1) / 2) * 36;
        e.offset = e.source.id < e.target.id ? off : -off;
      });
    });
  }

  function drag(d) {
    d.g.addEventListener("pointerdown", function (ev) {
      ev.preventDefault();
      d.g.setPointerCapture(ev.pointerId);
      function move(m) {
        var pt = svg.createSVGPoint();
        pt.x = m.clientX;
        pt.y = m.clientY;
        var p = pt.matrixTransform(svg.getScreenCTM().inverse());
        d.x = Math.min(W - 10, Math.max(10, p.x));
        d.y = Math.min(H - 10, Math.max(10, p.y));
        place();
      }
      function up() {
        d.g.removeEventListener("pointermove", move);
        d.g.removeEventListener("pointerup", up);
      }
      d.g.addEventListener("pointermove", move);
      d.g.addEventListener("pointerup", up);
    });
  }

  function controls() {
    var box = document.getElementById("network-controls"), out = {};
    box.appendChild(KG.el("span", { text: "Action types:" }));
    typeNames.forEach(function (t) {
      var cb = KG.el("input", { type: "checkbox", checked: true, value: t, "data-type": t, onchange: filter });
      out[t] = cb;
      box.appendChild(KG.el("label", { title: "PLOVER " + t }, cb, " ",
        KG.el("span", { class: "swatch", style: "background:" + colors[t] }), t + " (" + types.get(t) + ")"));
    });
    function all(on) {
      return function () {
        typeNames.forEach(function (t) { out[t].checked = on; });
        filter();
      };
    }
    box.appendChild(KG.el("button", { type: "button", onclick: all(true), text: "all" }));
    box.appendChild(KG.el("button", { type: "button", onclick: all(false), text: "none" }));
    return out;
  }

  function on(type) {
    return !checks || checks[type].checked;
  }

  function filter() {
    edgeList.forEach(function (e) { e.g.style.display = on(e.type) ? "" : "none"; });
    nodeList.forEach(function (d) {
      d.g.style.display = Array.from(d.types).some(on) ? "" : "none";
    });
    table.querySelectorAll("tbody tr").forEach(function (tr) { tr.hidden = !on(tr.dataset.type); });
    var shown = Array.from(untargeted.values()).filter(function (u) { return on(u.type); });
    untargetedBox.textContent = "";
    if (shown.length) {
      untargetedBox.appendChild(KG.el("span", { text: "Actions with no target: " }));
      shown.forEach(function (u, i) {
        untargetedBox.appendChild(KG.el("span", { class: "untargeted", "data-type": u.type,
          title: u.rows.map(function (r) { return r.doc + ": " + r.evidence; }).join("\n"),
          text: (i ? "; " : "") + u.actor.label + " " + u.type + (u.rows.length > 1 ? " ×" + u.rows.length : "") }));
      });
    }
    var visible = rows.filter(function (r) { return on(KG.local(r.type)); }).length;
    KG.count("network-count", "(" + nodeList.filter(function (d) { return d.g.style.display !== "none"; }).length +
      " actors, " + visible + " actions" + (visible === rows.length ? "" : " of " + rows.length) + ")");
  }

  function actionsTable() {
    var trs = rows.map(function (r) {
      var type = KG.local(r.type);
      return KG.el("tr", { "data-type": type },
        KG.el("td", KG.isTrue(r.dateInferred) ?
          { text: (r.date || "") + " (inferred)", class: "when-statement-inferred",
            title: "read against an inferred publication date: uncertain" } : { text: r.date || "" }),
        KG.el("td", { text: KG.label(r.actor, r.actorLabel) }),
        KG.el("td", {}, KG.el("span", { class: "swatch", style: "background:" + colors[type] }), type),
        KG.el("td", { text: r.target ? KG.label(r.target, r.targetLabel) : "—" }),
        KG.el("td", { dir: "rtl", lang: "ar", text: r.evidence }),
        KG.el("td", {}, KG.docLink(r.doc)));
    });
    var t = KG.table(["date", "actor", "type", "target", "evidence", "article"], trs);
    document.getElementById("network-table").appendChild(t);
    return t;
  }
}]);
