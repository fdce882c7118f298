// A PDF's bookmarks as Chromium writes them, read without a PDF library:
// Chromium keeps its outline, its page tree and each page's dictionary in
// plain (uncompressed) objects. print.mjs reads the sheet of each heading
// from them; the browser tests read the whole outline.

/** The bookmarks of `pdf` (a Buffer), depth first:
 *  `[{ title, depth, sheet }]`, `sheet` counting from 1. Throws if the PDF
 *  has no bookmarks or a bookmark points at no page. */
export function outline(pdf) {
  const text = pdf.toString("latin1");
  const objects = new Map();
  // Each object up to its `endobj`; of a stream, only its dictionary.
  for (const match of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj\b/g)) {
    objects.set(match[1], match[2].split(/\bstream\r?\n/)[0]);
  }
  const reference = (object, key) => object.match(new RegExp(`/${key} (\\d+) 0 R`))?.[1];

  // The sheets in order: the leaves of the page tree, from the catalogue.
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog\b/.test(o));
  if (!catalog) throw new Error("outline.mjs: the PDF has no catalogue in a plain object");
  const sheets = new Map();
  const visit = (id) => {
    const node = objects.get(id);
    if (!node) throw new Error(`outline.mjs: page tree object ${id} is not a plain object`);
    if (/\/Type \/Pages\b/.test(node)) {
      for (const kid of node.match(/\/Kids \[([^\]]*)\]/)[1].matchAll(/(\d+) 0 R/g)) visit(kid[1]);
    } else {
      sheets.set(id, sheets.size + 1);
    }
  };
  visit(reference(catalog, "Pages"));

  const decode = (s) => {
    if (s.startsWith("<")) {
      const bytes = Buffer.from(s.slice(1, -1), "hex");
      const units = [];
      for (let i = 0; i + 1 < bytes.length; i += 2) units.push(bytes.readUInt16BE(i));
      return String.fromCharCode(...units).replace(/^\ufeff/, "");
    }
    const literal = s.slice(1, -1).replace(/\\([()\\])/g, "$1");
    return Buffer.from(literal, "latin1").toString("latin1");
  };
  const root = [...objects.values()].find((o) => o.includes("/Type /Outlines"));
  if (!root) throw new Error("outline.mjs: the PDF has no bookmarks");
  const found = [];
  const walk = (parent, depth) => {
    let child = reference(parent, "First");
    while (child) {
      const object = objects.get(child);
      const title = decode(object.match(/\/Title\s*(<[0-9A-Fa-f]*>|\((?:[^()\\]|\\.)*\))/)[1]);
      const sheet = sheets.get(object.match(/\/Dest \[(\d+) 0 R/)?.[1]);
      if (!sheet) throw new Error(`outline.mjs: the bookmark "${title}" points at no page`);
      found.push({ title: title.replace(/\s+/g, " ").trim(), depth, sheet });
      walk(object, depth + 1);
      child = reference(object, "Next");
    }
  };
  walk(root, 0);
  return found;
}
