/* kg report (MIT, see LICENSES.txt): shared helpers. The data is the rows of queries/*.rq, embedded as JSON. */
"use strict";
var KG = (window.KG = window.KG || {});
KG.data = JSON.parse(document.getElementById("kg-data").textContent);
KG.panels = [];
KG.SVG_NS = "http://www.w3.org/2000/svg";

KG.rows = function (key) {
  var q = KG.data.queries[key];
  return q ? q.rows : [];
};

/* The last segment of an IRI: kgo#direct -> direct, .../plover#CONSULT -> CONSULT. */
KG.local = function (iri) {
  if (iri === null || iri === undefined) return "";
  var s = String(iri).replace(/[#/]+$/, "");
  var i = Math.max(s.lastIndexOf("#"), s.lastIndexOf("/"));
  return i >= 0 ? s.slice(i + 1) : s;
};

/* The query's own label first, then the graph's label (English, else Arabic), then the IRI's last segment. */
KG.label = function (iri, given) {
  return given || KG.data.labels[iri] || KG.local(iri);
};

KG.day = function (v) {
  return v ? String(v).slice(0, 10) : null;
};

/* An xsd:boolean as a query row carries it ("true", "1"). */
KG.isTrue = function (v) {
  return v === true || v === "true" || v === "1";
};

KG.slug = function (s) {
  return String(s).replace(/[^A-Za-z0-9_.-]/g, "_");
};

function fill(node, attrs, children) {
  Object.keys(attrs || {}).forEach(function (k) {
    var v = attrs[k];
    if (v === null || v === undefined || v === false) return;
    if (k === "text") node.textContent = v;
    else if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  });
  (children || []).forEach(function (c) {
    if (c === null || c === undefined || c === false) return;
    node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  });
  return node;
}

KG.el = function (tag, attrs) {
  return fill(document.createElement(tag), attrs, Array.prototype.slice.call(arguments, 2));
};

KG.svg = function (tag, attrs) {
  return fill(document.createElementNS(KG.SVG_NS, tag), attrs, Array.prototype.slice.call(arguments, 2));
};

/* Arabic text from the articles: always in its own right-to-left, Arabic-font island. */
KG.ar = function (tag, text, cls) {
  return KG.el(tag, { dir: "rtl", lang: "ar", class: cls || null, text: text });
};

KG.docLink = function (doc) {
  return KG.el("a", { href: "#doc-" + KG.slug(doc), class: "doc", title: "article " + doc, text: doc });
};

KG.count = function (id, text) {
  var node = document.getElementById(id);
  if (node) node.textContent = text;
};

KG.table = function (headers, rows) {
  var head = KG.el("tr", {});
  headers.forEach(function (h) { head.appendChild(KG.el("th", { text: h })); });
  var body = KG.el("tbody", {});
  rows.forEach(function (r) { body.appendChild(r); });
  return KG.el("table", { class: "rows" }, KG.el("thead", {}, head), body);
};

KG.groupBy = function (items, key) {
  var out = new Map();
  items.forEach(function (it) {
    var k = key(it);
    if (!out.has(k)) out.set(k, []);
    out.get(k).push(it);
  });
  return out;
};

KG.cmp = function (a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
};

KG.PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
  "#7f7f7f", "#bcbd22", "#393b79", "#637939", "#843c39", "#7b4173", "#3182bd", "#e6550d"];
KG.color = function (i) {
  return KG.PALETTE[i % KG.PALETTE.length];
};
