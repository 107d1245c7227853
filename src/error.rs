//! The library's typed errors: bad input, bad configuration, bad settings.
//! Every variant names the file it is about, and line and column where known;
//! an underlying I/O error is the variant's `source`, shown after it.

use std::path::PathBuf;

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
    #[error("{}: the folder holds no .txt or .md files", path.display())]
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
    #[error("{}:{line}:{column}: {message}", path.display())]
    Config { path: PathBuf, line: usize, column: usize, message: String },
    #[error("{}: {message}", path.display())]
    ConfigValue { path: PathBuf, message: String },
    #[error("{0}")]
    Usage(String),
    #[error("{}: cannot write", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
