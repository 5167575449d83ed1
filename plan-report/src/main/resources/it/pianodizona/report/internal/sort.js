// Sorting of tables marked data-sortable: an enhancement only; without it the table reads the same.
(function () {
  "use strict";
  var tables = document.querySelectorAll("table[data-sortable]");
  Array.prototype.forEach.call(tables, function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) {
          other.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        sort(table, th.cellIndex, ascending);
      });
    });
  });

  function key(cell) {
    var number = cell.getAttribute("data-sort");
    return number === null ? { text: cell.textContent.trim() } : { number: parseFloat(number) };
  }

  function sort(table, index, ascending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var a = key(r1.cells[index]);
      var b = key(r2.cells[index]);
      if (a.number !== undefined || b.number !== undefined) {
        // Unknown values (no number in a numeric column) sort last in both directions.
        if (a.number === undefined) return 1;
        if (b.number === undefined) return -1;
        return ascending ? a.number - b.number : b.number - a.number;
      }
      var order = a.text.localeCompare(b.text, document.documentElement.lang, { numeric: true });
      return ascending ? order : -order;
    });
    rows.forEach(function (row) {
      body.appendChild(row);
    });
  }
})();
