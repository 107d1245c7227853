//! The library's typed errors: bad input, bad configuration, bad settings.
//! Every variant names the file it is about, and line and column where known;
//! an underlying I/O error is the variant's `source`, shown after it.

use std::path::{Path, PathBuf};

/// Everything that can stop a run before a report is written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: no such file or folder", path.display())]
    Missing { path: PathBuf },
    #[error("{}: cannot read", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: the folder holds no .txt, .md, .html or .json files", path.display())]
    EmptyFolder { path: PathBuf },
    #[error("{}: the file is empty", path.display())]
    Empty { path: PathBuf },
    #[error("{}: binary file, not text (a NUL byte at byte {offset})", path.display())]
    Binary { path: PathBuf, offset: usize },
    #[error(
        "{}: not UTF-8 text (invalid byte 0x{byte:02X} at line {line}, column {column}); save it as UTF-8",
        path.display()
    )]
    NotUtf8 { path: PathBuf, byte: u8, line: usize, column: usize },
    #[error("{}: UTF-16 text is not supported; save it as UTF-8", path.display())]
    Utf16 { path: PathBuf },
    /// A web page or an article record that holds no usable article.
    #[error("{}: {message}", path.display())]
    Article { path: PathBuf, message: String },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Config { path: PathBuf, line: usize, column: usize, message: String },
    #[error("{0}")]
    Usage(String),
    #[error("{}: will not write the report there: {reason}", path.display())]
    Output { path: PathBuf, reason: String },
    #[error("{}: cannot write", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Reads a whole file; a missing file is [`Error::Missing`].
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => Error::Missing { path: path.to_owned() },
        _ => Error::Read { path: path.to_owned(), source },
    })
}

/// [`Error::NotUtf8`] for `bytes`, which are valid UTF-8 up to `at`.
pub(crate) fn not_utf8(path: &Path, bytes: &[u8], at: usize) -> Error {
    let before = String::from_utf8_lossy(&bytes[..at]);
    Error::NotUtf8 {
        path: path.to_owned(),
        byte: bytes[at],
        line: before.matches('\n').count() + 1,
        column: before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
    }
}
