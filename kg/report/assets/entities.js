/* kg report (MIT, see LICENSES.txt): the entity index, from entities.rq, and the list of articles. */
"use strict";
KG.wikidataUrl = function (v) {
  var m = /(Q\d+)$/.exec(String(v || ""));
  return m ? "https://www.wikidata.org/wiki/" + m[1] : String(v);
};

KG.panels.push(["entities", function () {
  var rows = KG.rows("entities");
  var byEntity = KG.groupBy(rows, function (r) { return r.entity; });
  KG.count("entities-count", "(" + byEntity.size + ")");
  if (!rows.length) return;
  var items = Array.from(byEntity.entries()).map(function (e) {
    var rs = e[1];
    var label = rs.map(function (r) { return r.label; }).filter(Boolean)[0];
    return {
      iri: e[0], label: KG.label(e[0], label),
      types: Array.from(new Set(rs.map(function (r) { return KG.local(r.type); }))).sort(),
      wikidata: rs.map(function (r) { return r.wikidata; }).filter(Boolean)[0] || null,
      mentions: Array.from(new Set(rs.map(function (r) { return r.mention; }))),
      docs: Array.from(new Set(rs.map(function (r) { return r.doc; }))).sort(),
    };
  });
  items.sort(function (a, b) { return b.docs.length - a.docs.length || KG.cmp(a.label, b.label); });
  var trs = items.map(function (it) {
    var docs = KG.el("td", {});
    it.docs.forEach(function (d, i) { if (i) docs.appendChild(document.createTextNode(" ")); docs.appendChild(KG.docLink(d)); });
    var mentions = KG.el("td", { class: "mentions", dir: "rtl", lang: "ar" });
    it.mentions.forEach(function (m) { mentions.appendChild(KG.el("span", { text: m })); });
    return KG.el("tr", { class: "entity-row", "data-entity": it.iri, "data-types": it.types.join(" "),
      "data-search": (it.label + " " + it.mentions.join(" ") + " " + it.iri).toLowerCase() },
    KG.el("td", { title: it.iri, text: it.label }),
    KG.el("td", { text: it.types.join(", ") }),
    KG.el("td", {}, it.wikidata ? KG.el("a", { href: KG.wikidataUrl(it.wikidata), class: "wikidata", rel: "noopener",
      target: "_blank", text: KG.local(it.wikidata) }) : KG.el("span", { class: "note", text: "not linked" })),
    mentions, docs);
  });
  var table = KG.table(["entity", "type", "Wikidata", "as written", "articles"], trs);
  document.getElementById("entities-table").appendChild(KG.el("div", { class: "entity-box" }, table));

  var search = KG.el("input", { type: "search", id: "entities-search", placeholder: "filter: name, Arabic, IRI" });
  var types = Array.from(new Set(items.reduce(function (a, it) { return a.concat(it.types); }, []))).sort();
  var type = KG.el("select", { id: "entities-type" }, KG.el("option", { value: "", text: "all types" }));
  types.forEach(function (t) { type.appendChild(KG.el("option", { value: t, text: t })); });
  var linked = KG.el("input", { type: "checkbox", id: "entities-linked" });
  function apply() {
    var q = search.value.trim().toLowerCase(), shown = 0;
    trs.forEach(function (tr, i) {
      var ok = (!q || tr.dataset.search.indexOf(q) >= 0) && (!type.value || items[i].types.indexOf(type.value) >= 0) &&
        (!linked.checked || items[i].wikidata);
      tr.hidden = !ok;
      if (ok) shown += 1;
    });
    KG.count("entities-count", "(" + shown + (shown === items.length ? "" : " of " + items.length) + ")");
  }
  search.addEventListener("input", apply);
  type.addEventListener("change", apply);
  linked.addEventListener("change", apply);
  var box = document.getElementById("entities-controls");
  box.appendChild(KG.el("label", {}, "Find ", search));
  box.appendChild(KG.el("label", {}, "Type ", type));
  box.appendChild(KG.el("label", {}, linked, " only those linked to Wikidata"));
}]);

KG.panels.push(["articles", function () {
  var counts = new Map();
  [["statements", "statements"], ["actions", "actions"], ["figures", "figures"], ["entities", "mentions"]]
    .forEach(function (kv) {
      KG.rows(kv[0]).forEach(function (r) {
        if (!r.doc) return;
        if (!counts.has(r.doc)) counts.set(r.doc, {});
        var c = counts.get(r.doc);
        c[kv[1]] = (c[kv[1]] || 0) + 1;
      });
    });
  Object.keys(KG.data.articles).forEach(function (d) { if (!counts.has(d)) counts.set(d, {}); });
  var list = document.getElementById("articles-list");
  Array.from(counts.keys()).sort().forEach(function (doc) {
    var art = KG.data.articles[doc] || {}, c = counts.get(doc), pub = art.published;
    var parts = ["statements", "actions", "figures", "mentions"].filter(function (k) { return c[k]; })
      .map(function (k) { return c[k] + " " + k; });
    list.appendChild(KG.el("li", { id: "doc-" + KG.slug(doc), "data-doc": doc },
      KG.el("code", { text: doc }), " — " + (!pub ? "publication date unknown" : art.inferred ?
        "publication date inferred " + pub + " (from the dates the text mentions)" : "published " + pub) +
      (parts.length ? " · " + parts.join(", ") : "")));
  });
  KG.count("articles-count", "(" + counts.size + ")");
}]);
