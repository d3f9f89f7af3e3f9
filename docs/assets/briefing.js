/* Briefing: small additions to Material, no third-party code but the vendored tablesort.
 *
 * - Tables inside `.briefing-sortable` (the sources on the home page and the Articles
 *   index) sort by a click or Enter on a column header.
 * - Every article paragraph carrying a citation id (p-1, p-2, ...) gets a "¶" link to
 *   itself, shown on hover or focus, so a reader can copy the address of a paragraph.
 * - Printing opens every <details> so the printed page holds their text.
 * - Material's search overlay is a role=dialog without a name (axe: aria-dialog-name):
 *   it gets one.
 * - Every table cell carries its column's name (data-label): on a phone the tables
 *   stack, one block per row, each cell named (briefing.css), so no column is hidden.
 */
(function () {
  "use strict";

  // Article blocks (paragraphs and subheadings) cited by the summary and the timeline.
  var CITABLE = ".md-content p[id^='p-']";

  function sortTables(root) {
    if (typeof Tablesort !== "function") return;
    root.querySelectorAll(".briefing-sortable table").forEach(function (table) {
      if (table.dataset.briefingSortable) return;
      table.dataset.briefingSortable = "1";
      new Tablesort(table);
      table.querySelectorAll("thead th").forEach(function (th) {
        th.title = "Sort by " + th.textContent.trim().toLowerCase();
      });
    });
  }

  function anchorParagraphs(root) {
    root.querySelectorAll(CITABLE).forEach(function (p) {
      if (p.querySelector(":scope > a.briefing-anchor")) return;
      var a = document.createElement("a");
      a.className = "briefing-anchor";
      a.href = "#" + p.id;
      a.title = "Link to this paragraph";
      a.setAttribute("aria-label", "Link to paragraph " + p.id.slice(2));
      a.textContent = "¶";
      p.appendChild(document.createTextNode(" "));
      p.appendChild(a);
    });
  }

  function labelCells(root) {
    root.querySelectorAll(".md-content table").forEach(function (table) {
      var names = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll("tbody tr").forEach(function (tr) {
        Array.prototype.forEach.call(tr.children, function (td, i) {
          if (names[i] && !td.hasAttribute("data-label")) td.setAttribute("data-label", names[i]);
        });
      });
    });
  }

  function nameSearchDialog() {
    var search = document.querySelector(".md-search[role='dialog']");
    if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "Search");
  }

  function mount() {
    nameSearchDialog();
    sortTables(document);
    labelCells(document);
    anchorParagraphs(document);
  }

  // Material's document$ emits on every page load (and on instant navigation if enabled).
  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(mount);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }

  // Open every <details> for printing and restore them afterwards.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (d) {
      d.open = true;
      return true;
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
