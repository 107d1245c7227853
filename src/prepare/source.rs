//! Load & decode, the pipeline's first stage: files, folders or stdin become
//! [`Source`]s of UTF-8 text, with offsets that still point into the bytes as
//! read and a line index for `line:column` positions.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::prepare::meta::SourceMeta;

/// How an input was written on disk, when it was not plain UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Windows1252,
    /// UTF-8 but for a few bytes, which are shown as U+FFFD.
    Utf8Repaired,
}

/// One input text, decoded.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file name without its extension (`-` for stdin).
    pub id: String,
    /// The path as given (or found inside a given folder).
    pub path: String,
    /// The text as UTF-8; CR and CRLF line endings are kept as read.
    pub text: String,
    pub encoding: Encoding,
    /// Where the text's bytes and the file's differ in length: each
    /// Windows-1252 character above ASCII, or each invalid UTF-8 sequence
    /// shown as U+FFFD; sorted by text offset.
    shifts: Vec<Shift>,
    /// Text offsets of the U+FFFD that stand for bytes that were not UTF-8.
    replaced: Vec<usize>,
    /// The length of the byte-order mark the file starts with (0 or 3).
    bom: usize,
    line_starts: Vec<usize>,
    /// The number of characters before every [`CHUNK`]th byte, so that a
    /// column is counted over at most one chunk, not a whole long line.
    char_marks: Vec<usize>,
    /// What the input says about itself: a page's publication date, an
    /// article record's outlet and language. `claims.yaml` wins over it.
    pub meta: SourceMeta,
    /// For a web page: what the text was taken out of; offsets then count
    /// in the text taken out.
    pub taken_from: Option<&'static str>,
}

/// One decoded character whose length differs from the bytes it was read from.
#[derive(Debug, Clone, Copy)]
struct Shift {
    text: usize,
    file: usize,
    text_len: usize,
    file_len: usize,
}

const CHUNK: usize = 1024;

/// A 1-based line and a 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Source {
    /// Decodes `bytes` read from `path`; `id` names the source in reports.
    pub fn decode(id: String, path: String, bytes: &[u8]) -> Result<Source> {
        Source::decode_owned(id, path, bytes.to_vec())
    }

    /// [`Source::decode`] of bytes it may keep: UTF-8 input becomes the
    /// text without a copy, so a large file is held once, not twice.
    pub(crate) fn decode_owned(id: String, path: String, mut bytes: Vec<u8>) -> Result<Source> {
        let pb = || PathBuf::from(&path);
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(Error::Empty { path: pb() });
        }
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            return Err(Error::Utf16 { path: pb() });
        }
        if let Some(offset) = bytes.iter().take(1 << 16).position(|&b| b == 0) {
            return Err(Error::Binary { path: pb(), offset });
        }
        let (encoding, bom) = if bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
            (Encoding::Utf8Bom, 3)
        } else {
            (Encoding::Utf8, 0)
        };
        let (text, encoding, shifts, replaced) = match String::from_utf8(bytes) {
            Ok(s) => (s, encoding, Vec::new(), Vec::new()),
            Err(e) => {
                let valid_up_to = e.utf8_error().valid_up_to();
                let body = e.into_bytes();
                match repair_utf8(&body, bom) {
                    Some((text, shifts, replaced)) => (text, Encoding::Utf8Repaired, shifts, replaced),
                    None => match decode_windows_1252(&body, bom) {
                        Some((text, shifts)) => (text, Encoding::Windows1252, shifts, Vec::new()),
                        None => return Err(crate::error::not_utf8(&pb(), &body, valid_up_to)),
                    },
                }
            }
        };
        Source::assemble(id, path, text, encoding, shifts, replaced, bom)
    }

    /// A source of decoded `text`, with its line and column indexes; an
    /// empty text is an error.
    fn assemble(
        id: String,
        path: String,
        text: String,
        encoding: Encoding,
        shifts: Vec<Shift>,
        replaced: Vec<usize>,
        bom: usize,
    ) -> Result<Source> {
        if text.trim().is_empty() {
            return Err(Error::Empty { path: PathBuf::from(&path) });
        }
        let line_starts = line_starts(&text);
        let char_marks = char_marks(&text);
        let meta = SourceMeta::default();
        Ok(Source { id, path, text, encoding, shifts, replaced, bom, line_starts, char_marks, meta, taken_from: None })
    }

    /// A source whose text was taken out of something else, with what that
    /// said about it; `what` (a web page) is named in a warning, since
    /// offsets then count in the text taken out, not in the file.
    pub(crate) fn taken_out(
        id: String,
        path: String,
        text: String,
        what: Option<&'static str>,
        meta: SourceMeta,
    ) -> Result<Source> {
        let mut source = Source::assemble(id, path, text, Encoding::Utf8, Vec::new(), Vec::new(), 0)?;
        source.meta = meta;
        source.taken_from = what;
        Ok(source)
    }

    /// Reads one file: a saved web page (`.html`, `.htm`) and a news-please
    /// article (`.json`) by their loaders, any other file as text.
    pub fn read(path: &Path) -> Result<Source> {
        let bytes = crate::error::read_file(path)?;
        let id = path.file_stem().map_or_else(|| "source".into(), |s| s.to_string_lossy().into_owned());
        let shown = path.display().to_string();
        match extension(path).as_deref() {
            Some("html" | "htm") => {
                let (text, meta) = super::html::read(&shown, &bytes)?;
                Source::taken_out(id, shown, text, Some("web page"), meta)
            }
            Some("json") => {
                let (text, meta) = super::newsplease::read(&shown, &bytes)?;
                Source::taken_out(id, shown, text, None, meta)
            }
            _ => Source::decode_owned(id, shown, bytes),
        }
    }

    /// The byte offset in the file as read of a byte offset in [`Source::text`].
    pub fn file_offset(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        let i = self.shifts.partition_point(|s| s.text <= offset);
        match i.checked_sub(1).map(|i| self.shifts[i]) {
            None => offset + self.bom,
            // inside a character that came from other bytes: its first byte
            Some(s) if offset < s.text + s.text_len => s.file,
            Some(s) => s.file + s.file_len + (offset - s.text - s.text_len),
        }
    }

    /// The line and column of a byte offset in [`Source::text`], in time
    /// that does not grow with the length of the line.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        Position { line, column: self.chars_before(offset) - self.chars_before(start) + 1 }
    }

    /// The number of characters that start before byte `offset`.
    fn chars_before(&self, offset: usize) -> usize {
        let mark = offset / CHUNK;
        let from = mark * CHUNK;
        self.char_marks[mark] + self.text.as_bytes()[from..offset].iter().filter(|&&b| !is_continuation(b)).count()
    }

    /// A warning to show the user about how the source was read, if any.
    pub fn warning(&self) -> Option<String> {
        if let Some(what) = self.taken_from {
            return Some(format!("{}: article text taken out of the {what}; offsets count in that text", self.path));
        }
        match self.encoding {
            Encoding::Windows1252 => Some(format!("{}: not UTF-8; read as Windows-1252", self.path)),
            Encoding::Utf8Repaired => {
                const SHOWN: usize = 5;
                let at: Vec<String> = self
                    .replaced
                    .iter()
                    .take(SHOWN)
                    .map(|&o| {
                        let p = self.position(o);
                        format!("{}:{}", p.line, p.column)
                    })
                    .collect();
                let more = self.replaced.len().saturating_sub(SHOWN);
                let more = if more > 0 { format!(" and {more} more") } else { String::new() };
                let n = self.replaced.len();
                let what =
                    if n == 1 { "1 byte sequence that is".into() } else { format!("{n} byte sequences that are") };
                Some(format!("{}: {what} not UTF-8, replaced by U+FFFD, at {}{more}", self.path, at.join(", ")))
            }
            Encoding::Utf8 | Encoding::Utf8Bom => None,
        }
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

fn char_marks(text: &str) -> Vec<usize> {
    let mut marks = Vec::with_capacity(text.len() / CHUNK + 1);
    let mut count = 0;
    for chunk in text.as_bytes().chunks(CHUNK) {
        marks.push(count);
        count += chunk.iter().filter(|&&b| !is_continuation(b)).count();
    }
    marks.push(count);
    marks
}

fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        if ends_line {
            starts.push(i + 1);
        }
    }
    starts
}

/// UTF-8 with a few bad bytes: kept as UTF-8, each invalid sequence shown
/// as U+FFFD, when the file's valid characters above ASCII outnumber its
/// invalid sequences (text in another encoding has no valid ones, or few).
fn repair_utf8(bytes: &[u8], bom: usize) -> Option<(String, Vec<Shift>, Vec<usize>)> {
    let (mut valid_wide, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_wide += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    if valid_wide <= invalid {
        return None;
    }
    let mut text = String::with_capacity(bytes.len() + 2 * invalid);
    let (mut shifts, mut replaced) = (Vec::with_capacity(invalid), Vec::with_capacity(invalid));
    let mut file = bom;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        file += chunk.valid().len();
        let bad = chunk.invalid();
        if !bad.is_empty() {
            let at = text.len();
            text.push(char::REPLACEMENT_CHARACTER);
            shifts.push(Shift { text: at, file, text_len: 3, file_len: bad.len() });
            replaced.push(at);
            file += bad.len();
        }
    }
    Some((text, shifts, replaced))
}

/// Decodes Windows-1252 when the bytes plausibly are such text: no byte that
/// the code page leaves undefined, no control characters but tab and line
/// breaks, and mostly ASCII.
fn decode_windows_1252(bytes: &[u8], bom: usize) -> Option<(String, Vec<Shift>)> {
    const UNDEFINED: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    let controls = bytes.iter().any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C));
    if controls || high * 5 > bytes.len() || bytes.iter().any(|b| UNDEFINED.contains(b)) {
        return None;
    }
    let (text, _, had_errors) = encoding_rs::WINDOWS_1252.decode(bytes);
    if had_errors {
        return None;
    }
    // one file byte per character, after any byte-order mark
    let mut shifts = Vec::with_capacity(high);
    for (i, (at, c)) in text.char_indices().enumerate() {
        if !c.is_ascii() {
            shifts.push(Shift { text: at, file: bom + i, text_len: c.len_utf8(), file_len: 1 });
        }
    }
    Some((text.into_owned(), shifts))
}

/// Expands the paths given on the command line into the files to read:
/// files as they are, folders to every `.txt`, `.md`, saved web page
/// (`.html`, `.htm`) and news-please article (`.json`) inside (sorted),
/// `-` to standard input. A file named twice (`a.txt ./a.txt`, or a file
/// and its folder) is read once; the second naming is returned as a
/// warning, and so is a link back to a folder already being read, which is
/// not followed.
pub fn expand_paths(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<String>)> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut warnings = Vec::new();
    let mut push = |path: PathBuf, files: &mut Vec<PathBuf>, warnings: &mut Vec<String>| -> Result<()> {
        if path.as_os_str() == "-" {
            if files.iter().any(|f| f.as_os_str() == "-") {
                return Err(Error::Usage("standard input (-) is given twice".into()));
            }
            files.push(path);
            return Ok(());
        }
        let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if seen.insert(canonical) {
            files.push(path);
        } else {
            warnings.push(format!("{}: given more than once; read once", path.display()));
        }
        Ok(())
    };
    for path in paths {
        if path.as_os_str() == "-" {
            push(path.clone(), &mut files, &mut warnings)?;
        } else if path.is_dir() {
            let mut found = Vec::new();
            let mut folders = HashSet::new();
            walk(path, &mut found, &mut folders, &mut warnings)?;
            if found.is_empty() {
                return Err(Error::EmptyFolder { path: path.clone() });
            }
            found.sort();
            for f in found {
                push(f, &mut files, &mut warnings)?;
            }
        } else if path.exists() {
            push(path.clone(), &mut files, &mut warnings)?;
        } else {
            return Err(Error::Missing { path: path.clone() });
        }
    }
    Ok((files, warnings))
}

/// Collects the `.txt` and `.md` files under `dir`; `folders` holds the
/// canonical paths of the folders entered, so that a link that leads back
/// into one is reported once and not followed.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, folders: &mut HashSet<PathBuf>, warnings: &mut Vec<String>) -> Result<()> {
    let canonical = std::fs::canonicalize(dir).map_err(|source| Error::Read { path: dir.to_owned(), source })?;
    if !folders.insert(canonical) {
        warnings.push(format!("{}: a link to a folder that is already being read; not followed", dir.display()));
        return Ok(());
    }
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Read { path: dir.to_owned(), source })?;
    for entry in entries {
        let entry = entry.map_err(|source| Error::Read { path: dir.to_owned(), source })?;
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out, folders, warnings)?;
        } else if matches!(extension(&path).as_deref(), Some("txt" | "md" | "html" | "htm" | "json")) {
            out.push(path);
        }
    }
    Ok(())
}

/// A file's extension in lower case.
fn extension(path: &Path) -> Option<String> {
    path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase)
}

/// Reads every expanded path; `-` reads standard input once.
pub fn read_all(files: &[PathBuf], mut stdin: impl std::io::Read) -> Result<Vec<Source>> {
    let mut sources = Vec::with_capacity(files.len());
    for path in files {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            stdin.read_to_end(&mut bytes).map_err(|source| Error::Read { path: "<stdin>".into(), source })?;
            sources.push(Source::decode_owned("stdin".into(), "<stdin>".into(), bytes)?);
        } else {
            sources.push(Source::read(path)?);
        }
    }
    unique_ids(&mut sources);
    Ok(sources)
}

/// Files of one name in different folders (`a/x.md`, `b/x.md`) get their
/// path without the extension as id, so that every mention says which file
/// it is from.
fn unique_ids(sources: &mut [Source]) {
    let mut count: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for s in sources.iter() {
        *count.entry(s.id.clone()).or_default() += 1;
    }
    for s in sources.iter_mut().filter(|s| count[&s.id] > 1) {
        let path = Path::new(&s.path);
        let stem = path.with_extension("");
        s.id = stem.to_string_lossy().trim_start_matches("./").replace('\\', "/");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(bytes: &[u8]) -> Result<Source> {
        Source::decode("t".into(), "t.txt".into(), bytes)
    }

    #[test]
    fn bom_is_skipped_but_offsets_point_into_the_file() {
        let s = src("\u{feff}Hallo Welt".as_bytes()).unwrap();
        assert_eq!(s.text, "Hallo Welt");
        assert_eq!(s.file_offset(6), 9);
    }

    #[test]
    fn crlf_lines_and_character_columns() {
        let s = src("eins\r\nzwei drei\r\nvier".as_bytes()).unwrap();
        let p = s.position(s.text.find("drei").unwrap());
        assert_eq!((p.line, p.column), (2, 6));
        let s = src("a\rbö c".as_bytes()).unwrap();
        let p = s.position(s.text.find('c').unwrap());
        assert_eq!((p.line, p.column), (2, 4));
    }

    #[test]
    fn windows_1252_is_decoded_with_its_own_offsets() {
        let s = src(b"Gr\xF6\xDFe: 650 km").unwrap();
        assert_eq!(s.text, "Größe: 650 km");
        assert_eq!(s.encoding, Encoding::Windows1252);
        assert_eq!(s.file_offset(s.text.find("650").unwrap()), 7);
        assert!(s.warning().unwrap().contains("Windows-1252"));
    }

    #[test]
    fn windows_1252_offsets_reach_the_end_of_the_file_and_keep_a_bom() {
        let bytes = b"Gr\xF6\xDFe: 650 km";
        let s = src(bytes).unwrap();
        assert_eq!(s.file_offset(s.text.len()), bytes.len());
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), bytes].concat();
        let s = src(&with_bom).unwrap();
        assert_eq!(s.encoding, Encoding::Windows1252);
        assert_eq!(s.file_offset(s.text.find("650").unwrap()), 10);
        assert_eq!(s.file_offset(s.text.len()), with_bom.len());
    }

    #[test]
    fn files_named_alike_in_two_folders_get_distinct_ids() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
        for p in ["a/x.md", "a/b/x.md", "y.txt"] {
            std::fs::write(dir.path().join(p), "Es kamen 20 Gäste.").unwrap();
        }
        let (files, warnings) = expand_paths(&[dir.path().to_path_buf(), dir.path().join("y.txt")]).unwrap();
        assert_eq!(files.len(), 3);
        assert_eq!(warnings.len(), 1, "y.txt is named twice");
        let sources = read_all(&files, std::io::empty()).unwrap();
        let mut ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 3);
        assert!(ids.iter().any(|i| i.ends_with("a/b/x")) && ids.iter().any(|i| i.ends_with("a/x")));
        assert!(ids.contains(&"y"));
    }

    #[test]
    fn a_stray_byte_keeps_a_utf8_article_utf8_and_is_reported_where_it_is() {
        let bytes = b"Gr\xC3\xB6\xC3\x9Fe \xC3\xBCber\nzwei \xE9 drei 650 km";
        let s = src(bytes).unwrap();
        assert_eq!(s.encoding, Encoding::Utf8Repaired);
        assert_eq!(s.text, "Größe über\nzwei \u{FFFD} drei 650 km");
        let warning = s.warning().unwrap();
        assert!(warning.contains("t.txt") && warning.contains("at 2:6"), "{warning}");
        // offsets after the replaced byte still point into the file
        let at = s.text.find("650").unwrap();
        assert_eq!(&bytes[s.file_offset(at)..s.file_offset(at) + 3], b"650");
        assert_eq!(s.file_offset(s.text.len()), bytes.len());
    }

    #[test]
    fn positions_on_a_very_long_line_are_counted_in_characters() {
        let text = format!("{}x\n{}y", "ä".repeat(5000), "ö".repeat(3000));
        let s = src(text.as_bytes()).unwrap();
        assert_eq!(s.position(s.text.find('x').unwrap()), Position { line: 1, column: 5001 });
        assert_eq!(s.position(s.text.find('y').unwrap()), Position { line: 2, column: 3001 });
        assert_eq!(s.position(s.text.len()), Position { line: 2, column: 3002 });
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_link_loop_is_reported_once_and_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/x.txt"), "Es kamen 20 Gäste.").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("a/back")).unwrap();
        let (files, warnings) = expand_paths(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("back") && warnings[0].contains("not followed"), "{warnings:?}");
    }

    #[test]
    fn bad_inputs_are_refused() {
        assert!(matches!(src(b""), Err(Error::Empty { .. })));
        assert!(matches!(src(b"ab\0cd"), Err(Error::Binary { offset: 2, .. })));
        assert!(matches!(src(b"ok\n\x81\x8d\x90 x"), Err(Error::NotUtf8 { line: 2, column: 1, .. })));
        assert!(matches!(src(b"\xff\xfeh\0i\0"), Err(Error::Utf16 { .. })));
    }
}
