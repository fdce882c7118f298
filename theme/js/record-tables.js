// Program output whose results are Markdown tables (the speed record, which
// a script writes with its machine and settings around the tables; the
// examples' result tables) shows them as tables, on screen and on paper:
// the speed record's rows run to 190 columns, which as text scroll sideways
// on a screen and fit no readable size on a sheet.
// The tables go beside the record's block, which is then hidden (a reader
// without scripts, and the search index, read the block as it is); the
// record's other lines stay as text between them.
(() => {
  "use strict";

  const ROW = /^\|.*\|\s*$/;
  const RULE = /^\|(?:\s*:?-+:?\s*\|)+\s*$/;
  // A number, or a mean with its spread ("0.0391 ± 0.0079"): right-aligned.
  const NUMBER = /^[-+]?[\d.,]+(?:e[-+]?\d+)?(?: ± [\d.,]+)?$/i;

  const cells = (line) => line.trim().slice(1, -1).split("|").map((cell) => cell.trim());
  // A long name may break after an underscore or a slash, and nowhere else
  // inside a word.
  const fill = (cell, value) => {
    value.split(/(?<=[_/])/).forEach((part, i) => {
      if (i > 0) cell.append(document.createElement("wbr"));
      cell.append(part);
    });
  };

  function tableOf(head, rows) {
    const table = document.createElement("table");
    const headRow = table.createTHead().insertRow();
    for (const name of cells(head)) {
      const th = document.createElement("th");
      fill(th, name);
      headRow.append(th);
    }
    const body = table.createTBody();
    for (const line of rows) {
      const row = body.insertRow();
      for (const value of cells(line)) {
        const td = row.insertCell();
        fill(td, value);
        if (NUMBER.test(value)) td.className = "number";
      }
    }
    // mdBook's wrapper: a table wider than the column scrolls inside it.
    const wrapper = document.createElement("div");
    wrapper.className = "table-wrapper";
    wrapper.append(table);
    return wrapper;
  }

  function showTablesAsTables() {
    for (const code of document.querySelectorAll("main pre > code.language-text")) {
      const lines = code.textContent.replace(/\n$/, "").split("\n");
      if (!lines.some((line) => RULE.test(line))) continue;
      const record = document.createElement("div");
      record.className = "record-tables";
      let text = [];
      const addText = () => {
        // The blank lines that set a table apart in the text are the space
        // around the table here.
        while (text.length > 0 && text[0].trim() === "") text.shift();
        while (text.length > 0 && text[text.length - 1].trim() === "") text.pop();
        if (text.length === 0) return;
        const pre = document.createElement("pre");
        const block = document.createElement("code");
        block.className = "language-text";
        block.textContent = text.join("\n");
        pre.append(block);
        record.append(pre);
        text = [];
      };
      for (let i = 0; i < lines.length; ) {
        if (ROW.test(lines[i]) && RULE.test(lines[i + 1] ?? "")) {
          addText();
          const rows = [];
          for (i += 2; i < lines.length && ROW.test(lines[i]); i += 1) rows.push(lines[i]);
          record.append(tableOf(lines[i - rows.length - 2], rows));
        } else {
          text.push(lines[i]);
          i += 1;
        }
      }
      addText();
      code.parentElement.classList.add("shown-as-tables");
      code.parentElement.after(record);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showTablesAsTables);
  else showTablesAsTables();
})();
