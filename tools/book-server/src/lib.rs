//! The built book over HTTP, on the loopback interface only.
//!
//! - Everything is served under a sub-path (`/` or, as on a project site,
//!   `/<repo>/`), so the browser tests see the book where readers will.
//! - The folder served can be swapped for a newer build in one step
//!   ([`BookServer::swap_root`]): a request is answered from one build or the
//!   next, never from a folder that is half written.
//! - With live reload on, every HTML page gets a small script that asks the
//!   server, by long polling `<sub-path>__livereload?since=<build>`, whether a
//!   newer build is in, and reloads the page when one is.
//!
//! It is hyper's HTTP/1.1 server on a single-threaded tokio runtime of its
//! own: a page's many requests, and a poll that waits for minutes, cost a
//! task each, not a thread.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{CACHE_CONTROL, CONTENT_TYPE};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::sync::watch;

/// How long a live-reload poll waits for a new build before it answers
/// anyway (the page then simply asks again).
const POLL_TIMEOUT: Duration = Duration::from_secs(25);

/// The endpoint the live-reload script polls, under the sub-path.
pub const LIVE_RELOAD_PATH: &str = "__livereload";

struct State {
    root: RwLock<PathBuf>,
    prefix: String,
    live_reload: bool,
    build: watch::Sender<u64>,
}

/// A running server. It stops when dropped.
pub struct BookServer {
    state: Arc<State>,
    url: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl BookServer {
    /// Serves `root` at `http://<address><prefix>`, `prefix` starting and
    /// ending with `/`. Port 0 picks a free port; [`url`](Self::url) says
    /// which.
    ///
    /// # Errors
    /// If the address cannot be bound or is not a loopback address.
    ///
    /// ```
    /// let dir = std::env::temp_dir();
    /// let server = book_server::BookServer::start("127.0.0.1:0", "/book/", dir, false).unwrap();
    /// assert!(server.url().starts_with("http://127.0.0.1:"));
    /// assert!(server.url().ends_with("/book/"));
    /// ```
    pub fn start(
        address: &str,
        prefix: &str,
        root: PathBuf,
        live_reload: bool,
    ) -> Result<BookServer, String> {
        if !(prefix.starts_with('/') && prefix.ends_with('/')) {
            return Err(format!(
                "the sub-path must start and end with `/`, got `{prefix}`"
            ));
        }
        let listener = std::net::TcpListener::bind(address)
            .map_err(|e| format!("cannot listen on {address}: {e}"))?;
        let local: SocketAddr = listener.local_addr().map_err(|e| e.to_string())?;
        if !local.ip().is_loopback() {
            return Err(format!("the book is served on loopback only, not {local}"));
        }
        listener.set_nonblocking(true).map_err(|e| e.to_string())?;
        let state = Arc::new(State {
            root: RwLock::new(root),
            prefix: prefix.to_owned(),
            live_reload,
            build: watch::Sender::new(0),
        });
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let shared = Arc::clone(&state);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .map_err(|e| format!("cannot start the server's runtime: {e}"))?;
        let thread = std::thread::spawn(move || {
            runtime.block_on(async move {
                let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                    return;
                };
                tokio::spawn(accept(listener, shared));
                // Dropping the server sends the stop signal; leaving
                // block_on then drops the runtime and every task on it.
                let _ = stopped.await;
            });
        });
        Ok(BookServer {
            url: format!("http://{local}{prefix}"),
            state,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The book's address, ending with the sub-path.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The number of the build being served: 0 at the start, one more at
    /// every [`swap_root`](Self::swap_root).
    pub fn build(&self) -> u64 {
        *self.state.build.borrow()
    }

    /// Serves `new_root` from now on and wakes every page waiting for a new
    /// build. Returns the folder served until now, which a request begun
    /// before the swap may still be reading.
    pub fn swap_root(&self, new_root: PathBuf) -> PathBuf {
        let old = std::mem::replace(
            &mut *self.state.root.write().expect("the root is never poisoned"),
            new_root,
        );
        self.state.build.send_modify(|build| *build += 1);
        old
    }
}

impl Drop for BookServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Accepts connections for ever, serving each in a task of its own.
async fn accept(listener: tokio::net::TcpListener, state: Arc<State>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let state = Arc::clone(&state);
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| {
                let state = Arc::clone(&state);
                async move { Ok::<_, Infallible>(respond(&state, request).await) }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

type Body = Full<Bytes>;

async fn respond(state: &State, request: Request<Incoming>) -> Response<Body> {
    let Some(path) = percent_decode(request.uri().path()) else {
        return text(StatusCode::BAD_REQUEST, "bad path");
    };
    let Some(inside) = path.strip_prefix(&state.prefix) else {
        return text(StatusCode::NOT_FOUND, "outside the book's sub-path");
    };
    if inside == LIVE_RELOAD_PATH {
        let since = request
            .uri()
            .query()
            .unwrap_or("")
            .split('&')
            .find_map(|kv| kv.strip_prefix("since="))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let build = wait_for_build(state, since).await;
        return text(StatusCode::OK, &build.to_string());
    }
    let root = state
        .root
        .read()
        .expect("the root is never poisoned")
        .clone();
    let build = *state.build.borrow();
    let Some(file) = resolve(&root, inside) else {
        return text(StatusCode::NOT_FOUND, "not found");
    };
    // Local files of a few hundred kilobytes at most: reading them in place
    // is quicker than handing the read to another thread.
    let Ok(mut body) = std::fs::read(&file) else {
        return text(StatusCode::NOT_FOUND, "not found");
    };
    let kind = content_type(&file);
    if state.live_reload && kind.starts_with("text/html") {
        body = inject_live_reload(&body, &state.prefix, build);
    }
    Response::builder()
        .header(CONTENT_TYPE, kind)
        .header(CACHE_CONTROL, "no-cache")
        .body(Full::new(Bytes::from(body)))
        .expect("static headers are valid")
}

/// Waits until the build number is above `since` (or the poll times out)
/// and returns the build number then.
async fn wait_for_build(state: &State, since: u64) -> u64 {
    let mut builds = state.build.subscribe();
    let _ = tokio::time::timeout(POLL_TIMEOUT, builds.wait_for(|b| *b > since)).await;
    *builds.borrow()
}

/// The page with a script before `</body>` that reloads it when a build
/// newer than `build` is served.
fn inject_live_reload(page: &[u8], prefix: &str, build: u64) -> Vec<u8> {
    let url = format!("{prefix}{LIVE_RELOAD_PATH}?since={build}");
    let script = format!(
        "<script>(function () {{\n\
         var url = {url:?};\n\
         function poll() {{\n\
         fetch(url, {{ cache: \"no-store\" }}).then(function (r) {{ return r.text(); }})\n\
         .then(function (t) {{ if (Number(t) > {build}) location.reload(); else poll(); }})\n\
         .catch(function () {{ setTimeout(poll, 1000); }});\n\
         }}\n\
         poll();\n\
         }})();</script>\n"
    );
    let text = String::from_utf8_lossy(page);
    match text.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &text[..at], &text[at..]).into_bytes(),
        None => [page, script.as_bytes()].concat(),
    }
}

fn text(status: StatusCode, body: &str) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(CONTENT_TYPE, "text/plain; charset=utf-8")
        .header(CACHE_CONTROL, "no-store")
        .body(Full::new(Bytes::from(body.to_owned())))
        .expect("static headers are valid")
}

/// The file for a path inside the book, or `None` if it leaves the folder
/// or does not exist. A folder means its `index.html`.
fn resolve(root: &Path, inside: &str) -> Option<PathBuf> {
    let mut file = root.to_path_buf();
    for component in Path::new(inside).components() {
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

/// A request path with its `%XX` escapes decoded, if it is UTF-8; a `%`
/// not followed by two hex digits stays as it is.
fn percent_decode(path: &str) -> Option<String> {
    percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .ok()
        .map(|decoded| decoded.into_owned())
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") | Some("mjs") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("ttf") => "font/ttf",
        Some("wasm") => "application/wasm",
        Some("zip") => "application/zip",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::net::TcpStream;

    /// A plain HTTP/1.0 GET: status line and body.
    fn get(url: &str) -> (String, String) {
        let rest = url.strip_prefix("http://").unwrap();
        let (host, path) = rest.split_once('/').unwrap();
        let mut stream = TcpStream::connect(host).unwrap();
        write!(stream, "GET /{path} HTTP/1.0\r\nHost: {host}\r\n\r\n").unwrap();
        let mut reply = String::new();
        stream.read_to_string(&mut reply).unwrap();
        let (head, body) = reply.split_once("\r\n\r\n").unwrap();
        (head.lines().next().unwrap().to_owned(), body.to_owned())
    }

    fn book(page: &str) -> tempfile_dir::Dir {
        let dir = tempfile_dir::Dir::new();
        std::fs::create_dir_all(dir.0.join("ko")).unwrap();
        std::fs::write(dir.0.join("ko/index.html"), page).unwrap();
        dir
    }

    /// A scratch folder removed when dropped (std only).
    mod tempfile_dir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        pub struct Dir(pub std::path::PathBuf);
        impl Dir {
            pub fn new() -> Dir {
                static N: AtomicUsize = AtomicUsize::new(0);
                let dir = std::env::temp_dir().join(format!(
                    "book-server-test-{}-{}",
                    std::process::id(),
                    N.fetch_add(1, Ordering::Relaxed)
                ));
                std::fs::create_dir_all(&dir).unwrap();
                Dir(dir)
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    #[test]
    fn serves_under_the_sub_path_only() {
        let dir = book("<html><body>책</body></html>");
        let server = BookServer::start("127.0.0.1:0", "/repo/", dir.0.clone(), false).unwrap();
        let (status, body) = get(&format!("{}ko/", server.url()));
        assert!(status.contains("200"), "{status}");
        assert_eq!(body, "<html><body>책</body></html>");
        let outside = server.url().replace("/repo/", "/ko/");
        assert!(get(&outside).0.contains("404"));
        assert!(
            get(&format!("{}../etc/passwd", server.url()))
                .0
                .contains("404")
        );
        assert!(
            get(&format!("{}%2e%2e/etc/passwd", server.url()))
                .0
                .contains("404")
        );
    }

    #[test]
    fn a_swap_serves_the_new_build_and_wakes_the_waiting_page() {
        let (first, second) = (book("<body>one</body>"), book("<body>two</body>"));
        let server = BookServer::start("127.0.0.1:0", "/", first.0.clone(), true).unwrap();
        let (_, page) = get(&format!("{}ko/index.html", server.url()));
        assert!(
            page.contains("one") && page.contains("__livereload?since=0"),
            "{page}"
        );
        let poll = format!("{}{LIVE_RELOAD_PATH}?since=0", server.url());
        let waiting = std::thread::spawn(move || get(&poll).1);
        std::thread::sleep(Duration::from_millis(200));
        assert!(!waiting.is_finished(), "the poll waits for a new build");
        assert_eq!(server.swap_root(second.0.clone()), first.0);
        assert_eq!(waiting.join().unwrap(), "1");
        let (_, page) = get(&format!("{}ko/", server.url()));
        assert!(page.contains("two") && page.contains("since=1"), "{page}");
    }

    #[test]
    fn korean_paths_are_decoded_and_types_are_right() {
        assert_eq!(percent_decode("/%ED%95%9C").as_deref(), Some("/한"));
        // A broken escape stays as written (a file of that name, if any);
        // bytes that are not UTF-8 are refused; an escaped `..` still
        // cannot leave the book.
        assert_eq!(percent_decode("/%E").as_deref(), Some("/%E"));
        assert_eq!(percent_decode("/%FF"), None);
        let decoded = percent_decode("%2E%2E/etc/hostname").unwrap();
        assert_eq!(decoded, "../etc/hostname");
        assert_eq!(resolve(Path::new("/etc"), &decoded), None);
        assert_eq!(content_type(Path::new("a.woff2")), "font/woff2");
        assert_eq!(content_type(Path::new("x/a.zip")), "application/zip");
    }
}
