//! `cargo xtask serve`: both editions on 127.0.0.1, rebuilt on change.
//!
//! `mdbook serve` serves one edition; the book is two side by side with links
//! between them, so this serves `book/` as a whole with a small static file
//! server and rebuilds both editions when a source file changes.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::{build, root};

/// Builds, then serves `book/` on `127.0.0.1:<port>` (3000 unless given)
/// until interrupted, rebuilding whenever a source changes.
pub fn serve(port: Option<&str>) -> Result<(), String> {
    let port: u16 = port
        .unwrap_or("3000")
        .parse()
        .map_err(|_| "the port must be a number from 1 to 65535".to_owned())?;
    build()?;
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    eprintln!("xtask: serving http://127.0.0.1:{port}/ (Ctrl-C to stop)");
    std::thread::spawn(watch_and_rebuild);
    let book = root().join("book");
    for stream in listener.incoming().flatten() {
        let book = book.clone();
        std::thread::spawn(move || {
            if let Err(e) = respond(stream, &book) {
                eprintln!("xtask: serve: {e}");
            }
        });
    }
    Ok(())
}

/// Polls the sources twice a second and rebuilds when any changed.
fn watch_and_rebuild() {
    let mut last = latest_change();
    loop {
        std::thread::sleep(Duration::from_millis(500));
        let now = latest_change();
        if now > last {
            last = now;
            eprintln!("xtask: a source changed, rebuilding");
            if let Err(e) = build() {
                eprintln!("xtask: rebuild failed: {e}");
            }
        }
    }
}

/// The newest modification time among the book's sources.
fn latest_change() -> SystemTime {
    let root = root();
    ["src", "listings", "tools", "theme", "book.toml"]
        .iter()
        .map(|p| newest(&root.join(p)))
        .max()
        .unwrap_or(SystemTime::UNIX_EPOCH)
}

fn newest(path: &Path) -> SystemTime {
    let Ok(meta) = path.metadata() else {
        return SystemTime::UNIX_EPOCH;
    };
    let own = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
    if !meta.is_dir() || path.file_name().is_some_and(|n| n == "target") {
        return own;
    }
    std::fs::read_dir(path)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| newest(&entry.path()))
        .fold(own, SystemTime::max)
}

fn respond(mut stream: TcpStream, book: &Path) -> std::io::Result<()> {
    let mut request_line = String::new();
    BufReader::new(&stream).read_line(&mut request_line)?;
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let (status, content_type, body) = match resolve(book, target) {
        Some(file) => match std::fs::read(&file) {
            Ok(body) => ("200 OK", content_type(&file), body),
            Err(_) => not_found(),
        },
        None => not_found(),
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(&body)
}

fn not_found() -> (&'static str, &'static str, Vec<u8>) {
    (
        "404 Not Found",
        "text/plain; charset=utf-8",
        b"not found".to_vec(),
    )
}

/// The file for a request path, or `None` if it leaves `book/` or does not
/// exist. A folder means its `index.html`.
fn resolve(book: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next()?;
    let path = percent_decode(path)?;
    let mut file = book.to_path_buf();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("ttf") => "font/ttf",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_cannot_leave_the_book() {
        let book = std::env::temp_dir();
        assert_eq!(resolve(&book, "/../etc/passwd"), None);
        assert_eq!(resolve(&book, "/%2e%2e/etc/passwd"), None);
    }

    #[test]
    fn korean_paths_are_decoded() {
        assert_eq!(percent_decode("/%ED%95%9C").as_deref(), Some("/한"));
        assert_eq!(percent_decode("/%E"), None);
    }

    #[test]
    fn fonts_and_pages_get_their_types() {
        assert_eq!(content_type(Path::new("a.woff2")), "font/woff2");
        assert_eq!(
            content_type(Path::new("a/b.html")),
            "text/html; charset=utf-8"
        );
    }
}
