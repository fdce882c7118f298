// Paper: what a printout needs that the screen does not.
(() => {
  "use strict";

  // On paper there is nothing to click: open every exercise answer before
  // printing, and close again the ones that were closed afterwards.
  let opened = [];
  // A short box (under a third of a sheet: an answer, a note) is kept
  // whole on paper; a long one may run on to the next sheet. Chromium,
  // asked to keep three lines at each end of a paragraph and a box's title
  // with what follows, could not honour all of it in a box of a few lines
  // at a sheet's foot and left its last line alone on the next sheet.
  // (Measured on screen, where the column is about as wide as on paper.)
  const SHORT = (297 - 17 - 16) / 3 * (96 / 25.4);
  window.addEventListener("beforeprint", () => {
    opened = [...document.querySelectorAll("main details:not([open])")];
    for (const details of opened) details.open = true;
    for (const box of document.querySelectorAll("main .aside, main details")) {
      box.classList.toggle("print-whole", box.getBoundingClientRect().height < SHORT);
    }
  });
  window.addEventListener("afterprint", () => {
    for (const details of opened) details.open = false;
    opened = [];
  });

  // A block of program output whose columns line up (a table printed by a
  // program) must not wrap on paper, or its rows fall apart. Each block
  // learns how many columns its widest aligned line takes, and the print
  // style sizes its type to fit that many into the printed column
  // (`--print-columns` in book.css). A line with no aligned columns (a long
  // sentence, a line of code) does not count: it may wrap like prose.
  const ALIGNED = /\S(?: {2,}|\t)\S|\|/;
  // Hangul and the other wide scripts take two columns of a monospaced line.
  const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
  const columns = (line) => {
    let width = 0;
    for (const character of line) width += WIDE.test(character) ? 2 : 1;
    return width;
  };
  function measureAlignedLines() {
    for (const code of document.querySelectorAll("main pre > code")) {
      const shown = code.cloneNode(true);
      // The lines a listing hides stay hidden on paper.
      for (const hidden of shown.querySelectorAll(".boring")) hidden.remove();
      const widest = Math.max(
        0,
        ...shown.textContent.split("\n").filter((line) => ALIGNED.test(line)).map(columns),
      );
      if (widest > 0) code.parentElement.style.setProperty("--print-columns", widest);
    }
  }

  // The whole book on one page (print.html) prints as a book: each sheet
  // carries its chapter's title at the head and its number at the foot
  // (book.css's @page rules; a named page per chapter gives each its own
  // head), and the headings of a chapter's sections sit one level below the
  // chapter's, so that a PDF's bookmarks nest chapter, section, heading.
  function printAsBook() {
    const main = document.querySelector("main");
    // The book's pages follow one another in the order of the sidebar's
    // links, each from a page break on but the first; the break belongs to
    // the page it starts (on a page of the first chapter's name it would
    // print a sheet of its own).
    const pages = [[]];
    for (const element of main.children) {
      if (element.matches('div[style*="break-before"]')) pages.push([element]);
      else pages[pages.length - 1].push(element);
    }
    const links = [...document.querySelectorAll("mdbook-sidebar-scrollbox a[href]")];
    if (links.length !== pages.length) {
      console.error(
        `print.js: ${pages.length} pages in the book, ${links.length} in its contents; ` +
          "the printout gets no running heads",
      );
      return;
    }
    printFrontMatter(main, pages, links);
    const heads = [];
    links.forEach((link, i) => {
      const chapter = link.closest("ol.chapter > li").querySelector("a[href]");
      let name = heads.indexOf(chapter);
      if (name < 0) name = heads.push(chapter) - 1;
      for (const element of pages[i]) {
        element.style.page = `chapter-${name}`;
        if (link === chapter) continue;
        const headings = element.matches("h1, h2, h3, h4, h5")
          ? [element]
          : element.querySelectorAll("h1, h2, h3, h4, h5");
        for (const heading of headings) {
          heading.setAttribute("aria-level", Number(heading.tagName[1]) + 1);
        }
      }
    });
    // What comes before the first page and after the last (the page's
    // frame: nothing printed, but boxes all the same) is on the title
    // sheet's page and the last chapter's: else each would print a blank
    // sheet.
    document.documentElement.style.page = "title";
    for (let inside = main; inside && inside !== document.body; inside = inside.parentElement) {
      for (let after = inside.nextElementSibling; after; after = after.nextElementSibling) {
        after.style.page = `chapter-${heads.length - 1}`;
      }
    }
    const quoted = (text) => `"${text.replace(/\s+/g, " ").trim().replace(/["\\]/g, "\\$&")}"`;
    const style = document.createElement("style");
    style.textContent = heads
      .map((link, i) => `@page chapter-${i} { @top-center { content: ${quoted(link.textContent)}; } }`)
      .join("\n");
    document.head.append(style);
  }

  // A printed book opens with a title sheet and its contents: every page
  // of the book, as the sidebar lists it, with the sheet its title is on.
  // Those numbers are known only once the book is laid out on sheets:
  // tools/book-pdf/print.mjs prints the book once, reads from the PDF's
  // bookmarks the sheet of each heading (`data-heading` is the heading's
  // place among the page's headings), writes the numbers in and prints it
  // again. Until then each number is a hidden placeholder as wide as three
  // digits, so that writing the numbers moves nothing (and a page printed
  // from a browser's menu shows the list without numbers).
  const HEADINGS = ":is(h1, h2, h3, h4, h5, h6)";
  const contentsTitle = () =>
    ({ ko: "차례", en: "Contents" })[document.documentElement.lang] ?? "Contents";

  function printFrontMatter(main, pages, links) {
    const headings = [...main.querySelectorAll(HEADINGS)];
    const element = (tag, className, text) => {
      const made = document.createElement(tag);
      made.className = className;
      if (text !== undefined) made.textContent = text;
      return made;
    };

    // The book's title, from the page's header: "Title: subtitle" or
    // "Title — subtitle".
    const title = document.querySelector(".menu-title")?.textContent.trim() || document.title;
    const [name, subtitle] = title.split(/\s+—\s+|:\s+/);
    const titleSheet = element("section", "print-front print-title-sheet");
    titleSheet.style.page = "title";
    titleSheet.append(element("p", "print-book-title", name));
    if (subtitle) titleSheet.append(element("p", "print-book-subtitle", subtitle));

    const contents = element("nav", "print-front print-contents");
    contents.style.page = "contents";
    contents.setAttribute("aria-label", contentsTitle());
    contents.append(element("p", "print-contents-title", contentsTitle()));
    const list = element("ol", "print-contents-list");
    links.forEach((link, i) => {
      const heading = pages[i]
        .map((e) => (e.matches(HEADINGS) ? e : e.querySelector(HEADINGS)))
        .find(Boolean);
      if (!heading) return;
      const chapter = link.closest("ol.chapter > li").querySelector("a[href]") === link;
      const item = element("li", chapter ? "print-contents-chapter" : "print-contents-section");
      const entry = element("a", "print-contents-entry");
      if (heading.id) entry.href = `#${heading.id}`;
      const label = element("span", "print-contents-name");
      label.append(...[...link.cloneNode(true).childNodes]);
      const sheet = element("span", "print-contents-sheet", "000");
      sheet.dataset.heading = headings.indexOf(heading);
      entry.append(label, sheet);
      item.append(entry);
      list.append(item);
    });
    contents.append(list);
    main.prepend(titleSheet, contents);
  }

  function start() {
    measureAlignedLines();
    if (location.pathname.endsWith("/print.html")) printAsBook();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
