/* kg report (MIT, see LICENSES.txt): draw every panel; one failing panel does not stop the others. */
"use strict";
(function () {
  var errors = [];
  KG.panels.forEach(function (p) {
    try {
      p[1]();
    } catch (err) {
      errors.push(p[0] + ": " + (err && err.message ? err.message : err));
      if (window.console) console.error("kg report, panel " + p[0], err);
    }
  });
  var q = KG.data.queries;
  KG.count("summary", Object.keys(q).map(function (k) { return q[k].rows.length + " rows of " + q[k].query; })
    .join(" · "));
  if (errors.length) {
    var box = document.getElementById("errors");
    box.hidden = false;
    box.textContent = "Some panels could not be drawn: " + errors.join("; ");
  }
  KG.errors = errors;
  document.body.setAttribute("data-ready", errors.length ? "errors" : "ok");
})();
