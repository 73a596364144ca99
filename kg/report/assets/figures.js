/* kg report (MIT, see LICENSES.txt): reported figures over time, from figure_changes.rq, drawn as SVG. */
"use strict";
KG.MEASURE_ORDER = ["killed", "injured", "arrested"];

KG.panels.push(["figures", function () {
  var rows = KG.rows("figures");
  KG.count("figures-count", "(" + rows.length + ")");
  if (!rows.length) return;
  var points = rows.map(function (r, i) {
    // a stated publication date (?published) or, failing that, the one kg inferred (?publishedInferred)
    var own = KG.day(r.reportDate), pub = KG.day(r.published) || KG.day(r.publishedInferred);
    var guessed = own ? KG.isTrue(r.reportDateInferred) : !KG.day(r.published) && !!pub;
    return {
      row: r, index: i, measure: KG.local(r.measure), value: Number(r.value), inferred: guessed,
      x: own || pub || "undated", xFrom: own ? "figure" : pub ? "published" : "none",
      source: r.reporterLabel || r.doc, sourceIsArticle: !r.reporterLabel,
    };
  }).filter(function (p) { return isFinite(p.value); });

  var legend = document.getElementById("figures-legend");
  legend.appendChild(KG.el("span", { text: "● the figure's own date (stated in the text)" }));
  legend.appendChild(KG.el("span", { text: "○ the figure has no date: the article's publication date" }));
  legend.appendChild(KG.el("span", { text: "◇ neither date known: under \"undated\"" }));
  legend.appendChild(KG.el("span", { text: "> more than · ~ about (qualifier)" }));
  legend.appendChild(KG.el("span", { class: "disagree-key", text: "red band: sources disagree that day" }));

  var sources = Array.from(new Set(points.map(function (p) { return p.source; }))).sort();
  var colors = {};
  sources.forEach(function (s, i) { colors[s] = KG.color(i); });
  var byMeasure = KG.groupBy(points, function (p) { return p.measure; });
  var measures = Array.from(byMeasure.keys()).sort(function (a, b) {
    var ia = KG.MEASURE_ORDER.indexOf(a), ib = KG.MEASURE_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || KG.cmp(a, b);
  });
  var box = document.getElementById("figures-charts");
  measures.forEach(function (m) { box.appendChild(chart(m, byMeasure.get(m))); });

  function mark(p) {
    return p.row.qualifier ? ({ more_than: ">", at_least: "≥", less_than: "<", at_most: "≤", about: "~" }[
      KG.local(p.row.qualifier)] || KG.local(p.row.qualifier) + " ") : "";
  }

  function dateNote(p) {
    var note = p.xFrom === "figure" ? "date of the figure" : p.xFrom === "published" ?
      "no date given for the figure: article's publication date" : "undated: no date for the figure or the article";
    return p.inferred ? note + " (inferred: the article's publication date was guessed from the dates it mentions)"
      : note;
  }

  function chart(measure, pts) {
    var W = 560, H = 280, L = 56, R = 16, T = 16, B = 40;
    var xs = Array.from(new Set(pts.map(function (p) { return p.x; }))).sort(function (a, b) {
      return a === "undated" ? 1 : b === "undated" ? -1 : KG.cmp(a, b);
    });
    var max = Math.max.apply(null, pts.map(function (p) { return p.value; }).concat([1]));
    var step = nice(max / 4), top = Math.ceil(max * 1.08 / step) * step;
    function X(x) { return L + (xs.length === 1 ? (W - L - R) / 2 : (W - L - R - 40) * xs.indexOf(x) / (xs.length - 1) + 20); }
    function Y(v) { return T + (H - T - B) * (1 - v / top); }
    var svg = KG.svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": measure + " over time" });
    var grid = KG.svg("g", { class: "grid axis" });
    for (var v = 0; v <= top + 1e-9; v += step) {
      grid.appendChild(KG.svg("line", { x1: L, x2: W - R, y1: Y(v), y2: Y(v) }));
      grid.appendChild(KG.svg("text", { x: L - 6, y: Y(v) + 4, "text-anchor": "end", text: v.toLocaleString("en") }));
    }
    xs.forEach(function (x) {
      grid.appendChild(KG.svg("text", { x: X(x), y: H - B + 16, "text-anchor": "middle", text: x }));
    });
    svg.appendChild(grid);
    KG.groupBy(pts, function (p) { return p.x; }).forEach(function (g, x) {
      var vals = g.map(function (p) { return p.value; }), lo = Math.min.apply(null, vals), hi = Math.max.apply(null, vals);
      if (hi === lo) return;
      svg.appendChild(KG.svg("rect", { class: "disagree", "data-date": x, x: X(x) - 14, width: 28, y: Y(hi) - 6,
        height: Y(lo) - Y(hi) + 12, rx: 6 },
      KG.svg("title", { text: "sources disagree on " + x + ": " + lo.toLocaleString("en") + " to " +
        hi.toLocaleString("en") + " " + measure })));
    });
    var used = [];
    KG.groupBy(pts, function (p) { return p.source; }).forEach(function (sp, source) {
      used.push(source);
      sp.sort(function (a, b) { return xs.indexOf(a.x) - xs.indexOf(b.x) || a.value - b.value; });
      // The line joins one point a day (the highest figure that source gave that day), undated points stay apart.
      var dated = [], c = colors[source];
      sp.forEach(function (p) {
        if (p.x === "undated") return;
        var last = dated[dated.length - 1];
        if (last && last.x === p.x) dated[dated.length - 1] = p.value > last.value ? p : last;
        else dated.push(p);
      });
      var g = KG.svg("g", { class: "series", "data-source": source, "data-measure": measure, "data-points": sp.length });
      if (dated.length > 1) {
        g.appendChild(KG.svg("path", { stroke: c, d: dated.map(function (p, i) {
          return (i ? "L" : "M") + X(p.x).toFixed(1) + "," + Y(p.value).toFixed(1);
        }).join("") }));
      }
      sp.forEach(function (p) {
        var x = X(p.x), y = Y(p.value), shape = p.xFrom === "none"
          ? KG.svg("path", { d: "M" + x + "," + (y - 6) + "l6,6l-6,6l-6,-6z", fill: "#fff", stroke: c, "stroke-width": 2 })
          : KG.svg("circle", { cx: x, cy: y, r: 5, fill: p.xFrom === "figure" ? c : "#fff", stroke: c, "stroke-width": 2 });
        g.appendChild(KG.svg("g", { class: "pt", "data-value": p.value, "data-date": p.x, "data-date-from": p.xFrom },
          KG.svg("title", { text: mark(p) + p.value.toLocaleString("en") + " " + measure + "\nsource: " + source +
            (p.sourceIsArticle ? " (no source named: the article)" : "") + "\n" + p.x + " (" + dateNote(p) + ")\n" +
            "article: " + p.row.doc + "\n" + p.row.evidence }),
          shape,
          KG.svg("text", { x: x + 8, y: y - 6, fill: c, text: mark(p) + p.value.toLocaleString("en") })));
      });
      svg.appendChild(g);
    });
    var keys = KG.el("div", { class: "series-legend" });
    used.sort().forEach(function (s) {
      keys.appendChild(KG.el("span", {}, KG.el("span", { class: "swatch", style: "background:" + colors[s] }),
        s + (pts[0] && pts.some(function (p) { return p.source === s && p.sourceIsArticle; }) ? " (article)" : "")));
    });
    return KG.el("div", { class: "figure-chart", "data-measure": measure },
      KG.el("h3", { text: measure + " (" + pts.length + " figures)" }), svg, keys, details(measure, pts));
  }

  function details(measure, pts) {
    var trs = pts.slice().sort(function (a, b) { return KG.cmp(a.x, b.x) || a.value - b.value; }).map(function (p) {
      return KG.el("tr", {}, KG.el("td", { text: p.x, title: dateNote(p) }),
        KG.el("td", { text: mark(p) + p.value.toLocaleString("en") }), KG.el("td", { text: p.source }),
        KG.el("td", { dir: "rtl", lang: "ar", text: p.row.evidence }), KG.el("td", {}, KG.docLink(p.row.doc)));
    });
    return KG.el("details", {}, KG.el("summary", { text: "the " + measure + " figures" }),
      KG.table(["date", "value", "source", "evidence", "article"], trs));
  }

  function nice(x) {
    var p = Math.pow(10, Math.floor(Math.log10(Math.max(x, 1e-9)))), f = x / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
  }
}]);
