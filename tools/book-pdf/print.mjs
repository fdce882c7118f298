// Prints editions of the built book to PDF: each edition's whole-book page
// (`<code>/print.html`, with the book's print style and theme/js/print.js)
// through headless Chromium, A4, with bookmarks from the headings.
//
//   CHROMIUM=/usr/bin/chromium-headless-shell \
//     node tools/book-pdf/print.mjs <book url> <built book folder> <file> <code>...
//
// writes <built book folder>/<code>/<file> for each edition named. `cargo
// xtask pdf` and `cargo xtask test` run it against the book they serve.
import { join } from "node:path";
import { writeFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { outline } from "./outline.mjs";

const [bookUrl, builtBook, file, ...codes] = process.argv.slice(2);
if (!bookUrl || !builtBook || !file || codes.length === 0) {
  console.error("usage: node print.mjs <book url> <built book folder> <file> <code>...");
  process.exit(2);
}
if (!process.env.CHROMIUM) {
  console.error("print.mjs: set CHROMIUM to a Chromium binary");
  process.exit(2);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM });
try {
  for (const code of codes) {
    await printEdition(code, join(builtBook, code, file));
  }
} finally {
  await browser.close();
}

async function printEdition(code, path) {
  const started = Date.now();
  const context = await browser.newContext();
  const problems = [];
  try {
    // mdBook's print page calls window.print() once loaded; here the PDF
    // is the print job.
    await context.addInitScript(() => {
      window.print = () => {};
    });
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    await page.goto(new URL(`${code}/print.html`, bookUrl).href, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => {
      // What the page does before a print job of its own (print.js opens
      // every answer).
      window.dispatchEvent(new Event("beforeprint"));
      // A bookmark is named after its heading's text as assistive
      // technology reads it, which leaves out a formula (KaTeX's HTML is
      // hidden from it): in a heading, the formula is read as drawn.
      for (const formula of document.querySelectorAll("main :is(h1, h2, h3, h4, h5, h6) .katex-html")) {
        formula.removeAttribute("aria-hidden");
      }
      // A link that leaves the book for one of its files (a chapter's zip)
      // would point at the server it was printed from; on paper it keeps
      // only its address, which the print style writes after it.
      for (const link of document.querySelectorAll("main a[href]")) {
        const href = link.getAttribute("href");
        if (!href.startsWith("#") && !/^[a-z]+:/i.test(href)) {
          link.removeAttribute("href");
          link.dataset.address = href;
        }
      }
    });
    await page.emulateMedia({ media: "print" });
    const print = () => page.pdf({ format: "A4", printBackground: true, outline: true, tagged: true });
    // The contents give each page's sheet (print.js leaves placeholders):
    // a first printing tells where each heading fell, a second prints the
    // numbers, and the second's bookmarks must agree with them.
    const fill = (bookmarks) =>
      page.evaluate((sheets) => {
        const filled = [];
        for (const number of document.querySelectorAll(".print-contents-sheet")) {
          number.textContent = String(sheets[Number(number.dataset.heading)]);
          number.classList.add("filled");
          filled.push(number.textContent);
        }
        return filled;
      }, bookmarks.map((bookmark) => bookmark.sheet));
    let pdf = await print();
    // Parsed once per printing: the PDF is several megabytes of text.
    const bookmarks = outline(pdf);
    const headings = await page.evaluate(() => document.querySelectorAll("main :is(h1, h2, h3, h4, h5, h6)").length);
    if (bookmarks.length !== headings) {
      throw new Error(`${code}/print.html: ${bookmarks.length} bookmarks for ${headings} headings`);
    }
    const filled = await fill(bookmarks);
    if (filled.length > 0) {
      pdf = await print();
      const again = await fill(outline(pdf));
      if (again.join() !== filled.join()) {
        throw new Error(`${code}/print.html: writing the contents' sheet numbers moved the pages`);
      }
    }
    await writeFile(path, pdf);
    if (problems.length > 0) {
      throw new Error(`${code}/print.html: ${problems.join("; ")}`);
    }
    console.error(`print.mjs: ${path} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await context.close();
  }
}
