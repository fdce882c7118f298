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
    Ok(page.replacen(FIXED, &script, 1))
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
    fn a_page_without_the_base_is_an_error() {
        assert!(locate_itself("<head></head>", "en").is_err());
    }
}
