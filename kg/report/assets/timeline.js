/* kg report (MIT, see LICENSES.txt): filters for the timeline of statements (who_said_what_when.rq). The entries
   themselves are static HTML written by kg/report/timeline.py, so the quotes read even with scripts off. */
"use strict";
KG.panels.push(["timeline", function () {
  var list = document.getElementById("timeline-list");
  var entries = Array.from(list.querySelectorAll(".tl-entry"));
  KG.count("timeline-count", "(" + entries.length + ")");
  if (!entries.length) return;
  var speakers = new Map();
  entries.forEach(function (li) {
    var iri = li.dataset.speaker, s = speakers.get(iri);
    if (!s) speakers.set(iri, (s = { label: li.querySelector(".speaker").textContent, n: 0 }));
    s.n += 1;
  });
  var who = KG.el("select", { id: "timeline-speaker" }, KG.el("option", { value: "", text: "all speakers" }));
  Array.from(speakers.entries()).sort(function (a, b) { return KG.cmp(a[1].label, b[1].label); })
    .forEach(function (e) {
      who.appendChild(KG.el("option", { value: e[0], text: e[1].label + " (" + e[1].n + ")" }));
    });
  var kind = KG.el("select", { id: "timeline-kind" }, KG.el("option", { value: "", text: "direct and indirect" }),
    KG.el("option", { value: "direct", text: "direct only" }),
    KG.el("option", { value: "indirect", text: "indirect only" }));

  function apply() {
    var shown = 0;
    list.querySelectorAll(".tl-day").forEach(function (day) {
      var visible = 0;
      day.querySelectorAll(".tl-entry").forEach(function (li) {
        var ok = (!who.value || li.dataset.speaker === who.value) && (!kind.value || li.dataset.kind === kind.value);
        li.hidden = !ok;
        if (ok) visible += 1;
      });
      day.hidden = visible === 0;
      shown += visible;
    });
    KG.count("timeline-count", "(" + shown + (shown === entries.length ? "" : " of " + entries.length) + ")");
  }
  who.addEventListener("change", apply);
  kind.addEventListener("change", apply);
  var box = document.getElementById("timeline-controls");
  box.appendChild(KG.el("label", {}, "Speaker ", who));
  box.appendChild(KG.el("label", {}, "Kind ", kind));
}]);
