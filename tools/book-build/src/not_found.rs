//! The 404 page. A host serves it in place of any missing page, from that
//! page's address, so mdBook gives it `<base href="/">` (its `site-url`,
//! `/` unless set) for its stylesheets, scripts and links to resolve from
//! the site's root. But each edition lives in a folder of its own
//! (`…/ko/`), under wherever the site is published (a project site is
//! served from a sub-path), which the build does not know: from `/` the
//! page found none of its files and showed unstyled. Instead the page finds
//! its edition's folder in its own address, before anything loads.

/// `page` (an edition's built 404 page) with mdBook's fixed `<base>`
/// replaced by a script that writes one in its place (`document.write`, so
/// that it is parsed before the stylesheets are) holding the address up to
/// the last `/<code>/` in it (the edition's folder, wherever the site is),
/// or `/<code>/` if the address has none.
///
/// # Errors
/// If the page does not have mdBook's `<base href="/">` exactly once.
pub(crate) fn locate_itself(page: &str, code: &str) -> Result<String, String> {
    const FIXED: &str = r#"<base href="/">"#;
    if page.matches(FIXED).count() != 1 {
        return Err(format!(
            "{code}/404.html: expected mdBook's {FIXED} once; did mdBook's template change?"
        ));
    }
    let script = format!(
        "<script>(function () {{ \
         var path = location.pathname, at = path.lastIndexOf(\"/{code}/\"); \
         var base = at < 0 ? \"/{code}/\" : path.slice(0, at + {len}); \
         document.write('<base href=\"' + base.replace(/\"/g, '%22') + '\">'); }})();</script>",
        len = code.len() + 2
    );
    Ok(titled_by_its_heading(&page.replacen(FIXED, &script, 1)))
}

/// The page with mdBook's fixed English title ("Page not found - <book>")
/// replaced by its own heading's text, in the edition's language
/// (`src/<code>/404.md`).
fn titled_by_its_heading(page: &str) -> String {
    const FIXED: &str = "<title>Page not found";
    // The heading in <main> (the menu bar's book title is an <h1> too).
    let main = page.find("<main").unwrap_or(0);
    let heading = page[main..]
        .find("<h1")
        .map(|at| at + main)
        .and_then(|start| {
            let end = page[start..].find("</h1>")? + start;
            Some(&page[start..end])
        })
        .map(|h1| {
            // The heading's text: what is outside its tags.
            let mut text = String::new();
            let mut in_tag = false;
            for c in h1.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    _ if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.trim().to_owned()
        });
    match heading {
        Some(heading) if !heading.is_empty() => {
            page.replacen(FIXED, &format!("<title>{heading}"), 1)
        }
        _ => page.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fixed_base_becomes_a_script_that_finds_the_edition() {
        let page = "<head>\n<base href=\"/\">\n<link rel=\"stylesheet\" href=\"css/a.css\">";
        let located = locate_itself(page, "ko").unwrap();
        assert!(!located.contains(r#"<base href="/">"#));
        assert!(located.contains("document.write('<base href="));
        assert!(located.contains(r#"lastIndexOf("/ko/")"#));
        assert!(located.contains("path.slice(0, at + 4)"));
        // Before the stylesheets, so that they resolve from it.
        assert!(located.find("<script>") < located.find("<link"));
    }

    #[test]
    fn the_title_is_the_pages_own_heading() {
        let page = "<head><title>Page not found - 책</title><base href=\"/\"></head>\
                    <h1 class=\"menu-title\">책</h1><main><h1 id=\"x\"><a class=\"header\" href=\"#x\">페이지를 찾을 수 없어 (404)</a></h1>";
        let located = locate_itself(page, "ko").unwrap();
        assert!(located.contains("<title>페이지를 찾을 수 없어 (404) - 책</title>"));
    }

    #[test]
    fn a_page_without_the_base_is_an_error() {
        assert!(locate_itself("<head></head>", "en").is_err());
    }
}
