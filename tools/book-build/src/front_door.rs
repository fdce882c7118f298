//! `index.html` at the top of the book, which sends a reader to an edition.

use book_editions::Edition;

/// `index.html` at the top of the book: sends the reader to the edition in
/// the first of the browser's preferred languages that the book has (the
/// fallback edition when it has none of them), with plain links for readers
/// without JavaScript.
pub(crate) fn front_door(editions: &[Edition]) -> String {
    let codes: Vec<String> = editions.iter().map(|e| format!("{:?}", e.code)).collect();
    let links: Vec<String> = editions
        .iter()
        .map(|e| {
            format!(
                "<a href=\"{code}/\" hreflang=\"{code}\" lang=\"{code}\">{name}</a>",
                code = e.code,
                name = e.name
            )
        })
        .collect();
    let titles: Vec<&str> = editions.iter().map(|e| e.title.as_str()).collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="{first}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<script>
(function () {{
  var editions = [{codes}];
  var preferred = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < preferred.length; i++) {{
    var code = String(preferred[i]).toLowerCase().split("-")[0];
    if (editions.indexOf(code) >= 0) {{ location.replace(code + "/"); return; }}
  }}
  location.replace({fallback:?} + "/");
}})();
</script>
</head>
<body>
<p>{links}</p>
</body>
</html>
"#,
        first = editions[0].code,
        fallback = book_editions::fallback(editions).code,
        title = titles.join(" · "),
        codes = codes.join(", "),
        links = links.join(" · "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_front_door_knows_every_edition() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let editions = book_editions::read(&root).unwrap();
        let html = front_door(&editions);
        for edition in &editions {
            assert!(html.contains(&format!("\"{}\"", edition.code)));
            assert!(html.contains(&format!("href=\"{}/\"", edition.code)));
        }
    }
}
