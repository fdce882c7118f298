// The built book in headless Chromium, served from a sub-path by the book's
// own server (`cargo xtask test` starts it and passes its address in
// BOOK_URL): every page of every edition in the light and a dark theme,
// search in every language. Screenshots of every page go to
// target/browser-screenshots/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";

const ROOT = join(import.meta.dirname, "..", "..");
const SHOTS = join(ROOT, "target", "browser-screenshots");
const THEMES = ["light", "coal"];
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!process.env.BOOK_URL) throw new Error("BOOK_URL is not set: run the browser tests with `cargo xtask test`");
const server = { url: process.env.BOOK_URL };
// The editions, as book.toml defines them and the build writes them.
const EDITIONS = JSON.parse(await readFile(join(ROOT, "book", "editions.json"), "utf8"));

/** The pages SUMMARY.md links to, as .html paths. */
async function pages(edition) {
  const summary = await readFile(join(ROOT, "src", edition, "SUMMARY.md"), "utf8");
  return [...summary.matchAll(/\]\(([^)]+)\.md\)/g)].map((m) => `${m[1]}.html`);
}

/** WCAG contrast ratio of two "rgb(r, g, b)" colours. */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

/** A page opened in `theme`, with everything that went wrong on the way. */
async function open(path, theme) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.addInitScript((t) => localStorage.setItem("mdbook-theme", t), theme);
  const page = await context.newPage();
  const problems = [];
  const host = new URL(server.url).host;
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith("http") && url.host !== host) problems.push(`other host: ${r.url()}`);
  });
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  const response = await page.goto(server.url + path, { waitUntil: "load" });
  assert.equal(response.status(), 200, path);
  await page.evaluate(() => document.fonts.ready);
  return { page, context, problems };
}

for (const { code: edition } of EDITIONS) {
  const others = EDITIONS.map((e) => e.code).filter((code) => code !== edition);
  describe(`${edition} edition`, async () => {
    const list = await pages(edition);
    for (const path of list) {
      for (const theme of THEMES) {
        test(`${path} (${theme})`, async () => {
          const { page, context, problems } = await open(`${edition}/${path}`, theme);
          try {
            assert.ok(await page.locator(`html.${theme}`).count(), `the ${theme} theme is applied`);
            assert.equal(await page.getAttribute("html", "lang"), edition);

            // The colour behind the content: the first element up from <main>
            // that paints a background (mdBook's themes paint <html>).
            const background = await page.evaluate(() => {
              for (let e = document.querySelector("main"); e; e = e.parentElement) {
                const colour = getComputedStyle(e).backgroundColor;
                if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") return colour;
              }
              return "rgb(255, 255, 255)";
            });
            // Each figure holds a wide and a narrow drawing; the stylesheet
            // shows the one that fits the column.
            const shown = await page.locator("figure.plot").evaluateAll((figures) =>
              figures.map((f) => [...f.querySelectorAll("svg")].filter((s) => getComputedStyle(s).display !== "none").length),
            );
            assert.ok(shown.every((n) => n === 1), `every figure shows exactly one drawing: ${shown}`);
            const figures = await page.locator("figure.plot svg").evaluateAll((svgs) =>
              svgs.filter((svg) => getComputedStyle(svg).display !== "none").map((svg) => {
                const box = svg.getBoundingClientRect();
                // The size text is drawn at: its font size in the drawing's
                // units, times how much the drawing is scaled on the page.
                const scale = box.width / svg.viewBox.baseVal.width;
                const smallest = Math.min(...[...svg.querySelectorAll("text")].map((t) => parseFloat(t.getAttribute("font-size") || getComputedStyle(t).fontSize) * scale));
                const text = svg.querySelector("text");
                // Opaque colours that paint: strokes of every shape, fills of
                // closed shapes only (an open path's fill paints nothing).
                const painted = (e, withFill) => {
                  const s = getComputedStyle(e);
                  if (Number(s.opacity) !== 1) return [];
                  return [
                    Number(s.strokeOpacity) === 1 && s.stroke !== "none" ? s.stroke : null,
                    withFill && Number(s.fillOpacity) === 1 && s.fill !== "none" ? s.fill : null,
                  ];
                };
                const strokes = [
                  ...[...svg.querySelectorAll("polyline, path, line")].flatMap((e) => painted(e, false)),
                  ...[...svg.querySelectorAll("circle, rect, polygon")].flatMap((e) => painted(e, true)),
                ].filter((c) => c && c.startsWith("rgb("));
                return {
                  smallest,
                  width: box.width,
                  height: box.height,
                  label: text ? getComputedStyle(text).fill : null,
                  colours: [...new Set(strokes)],
                };
              }),
            );
            for (const [i, f] of figures.entries()) {
              assert.ok(f.width > 100 && f.height > 60, `figure ${i} is drawn (${f.width} × ${f.height})`);
              assert.ok(f.smallest >= 11, `figure ${i}'s smallest text is ${f.smallest.toFixed(1)} px`);
              assert.ok(f.label, `figure ${i} has labels`);
              assert.ok(f.colours.length > 0, `figure ${i} has opaque lines or shapes`);
              assert.ok(contrast(f.label, background) >= 4.5, `figure ${i}'s labels contrast: ${f.label} on ${background}`);
              for (const colour of f.colours) {
                if (colour === background) continue;
                assert.ok(contrast(colour, background) >= 2.5, `figure ${i}'s ${colour} on ${background}`);
              }
            }

            const source = await readFile(join(ROOT, "src", edition, path.replace(/\.html$/, ".md")), "utf8");
            const text = await page.evaluate(() => {
              const main = document.querySelector("main").cloneNode(true);
              main.querySelectorAll("pre, code").forEach((e) => e.remove());
              return main.innerText;
            });
            assert.ok(!text.includes("$$") && !/\\frac|\\sum|\\sigma/.test(text), "no raw TeX in the page");
            const prose = source.replace(/```[\s\S]*?```/g, "").replace(/`[^`]*`/g, "");
            if (/\$[^$\s][^$]*\$/.test(prose)) {
              assert.ok(await page.locator(".katex").count(), "formulas are rendered by KaTeX");
            }

            const twins = await page.locator("nav.edition-switch a").evaluateAll((as) => as.map((a) => a.href));
            assert.deepEqual(
              twins,
              others.map((code) => `${server.url}${code}/${path}`),
              "the language links go to the same page in every other edition",
            );
            for (const twin of twins) {
              assert.equal((await context.request.get(twin)).status(), 200, `${twin} exists`);
            }

            const name = `${edition}-${path.replace(/\//g, "_").replace(/\.html$/, "")}-${theme}.png`;
            await page.screenshot({ path: join(SHOTS, name), fullPage: true });
            assert.deepEqual(problems, [], "no console error, failed request or other host");
          } finally {
            await context.close();
          }
        });
      }
    }
  });
}

/** What the search box lists for `query` on an `edition` page. */
async function search(edition, query) {
  const { page, context, problems } = await open(`${edition}/preface.html`, "light");
  try {
    await page.keyboard.press("/");
    const input = page.locator("#book-search input");
    await input.waitFor();
    await input.fill(query);
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 10000 });
    const links = await page.locator(".pagefind-ui__result-link").evaluateAll((as) => as.map((a) => a.href));
    assert.deepEqual(problems, []);
    return links;
  } finally {
    await context.close();
  }
}

const QUERIES = [
  ["ko", "시그모이드", "ko/ch02/sigmoid.html", 1],
  ["ko", "소프트맥스", "ko/ch02/softmax.html", 1],
  ["ko", "활성화", "ko/ch02/", 3],
  ["ko", "손실 함수", "ko/ch02/loss.html", 3],
  ["ko", "활성화함수는", "ko/ch02/", 3],
  ["en", "sigmoid", "en/ch02/sigmoid.html", 1],
  ["en", "softmax", "en/ch02/softmax.html", 1],
  ["en", "loss", "en/ch02/loss.html", 3],
];

describe("search", () => {
  for (const [edition, query, expected, within] of QUERIES) {
    test(`${query} finds ${expected}`, async () => {
      const links = await search(edition, query);
      const top = links.slice(0, within).map((l) => l.replace(server.url, ""));
      assert.ok(
        top.some((l) => l === expected || l.startsWith(expected) && expected.endsWith("/")),
        `top ${within} for ${query}: ${top.join(", ")}`,
      );
      assert.ok(links.every((l) => l.startsWith(server.url + edition + "/")), "results stay in the edition");
      console.log(`search ${edition} "${query}": ${top.join(", ")}`);
    });
  }
});

describe("the book's front door", () => {
  // Each edition's own language leads to it; a language the book lacks
  // leads to the fallback edition.
  const fallback = (EDITIONS.find((e) => e.fallback) ?? EDITIONS[0]).code;
  const cases = [...EDITIONS.map((e) => [e.code, e.code]), ["de-DE", fallback]];
  for (const [locale, edition] of cases) {
    test(`a reader whose browser prefers ${locale} lands in ${edition}/`, async () => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForURL(`${server.url}${edition}/`);
      assert.equal(await page.getAttribute("html", "lang"), edition);
      await context.close();
    });
  }
});
