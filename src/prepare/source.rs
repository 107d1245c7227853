//! Load & decode, the pipeline's first stage: files, folders or stdin become
//! [`Source`]s of UTF-8 text, with offsets that still point into the bytes as
//! read and a line index for `line:column` positions.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// How an input was written on disk, when it was not plain UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Windows1252,
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
    /// For Windows-1252 input: the file offset of each decoded byte.
    byte_map: Option<Vec<u32>>,
    line_starts: Vec<usize>,
    /// Every [`CHAR_STEP`] bytes: (byte offset, characters before it), so
    /// that a column on a very long line is counted from near by.
    char_marks: Vec<(usize, usize)>,
}

/// Bytes between two entries of `Source::char_marks`.
const CHAR_STEP: usize = 4096;

/// A 1-based line and a 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Source {
    /// Decodes `bytes` read from `path`; `id` names the source in reports.
    pub fn decode(id: String, path: String, bytes: &[u8]) -> Result<Source> {
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
        let (body, encoding) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (rest, Encoding::Utf8Bom),
            None => (bytes, Encoding::Utf8),
        };
        let bom = bytes.len() - body.len();
        let (text, encoding, byte_map) = match std::str::from_utf8(body) {
            Ok(s) => (s.to_owned(), encoding, None),
            Err(e) => match decode_windows_1252(body, bom) {
                Some((text, map)) => (text, Encoding::Windows1252, Some(map)),
                None => return Err(crate::error::not_utf8(&pb(), body, e.valid_up_to())),
            },
        };
        if text.trim().is_empty() {
            return Err(Error::Empty { path: pb() });
        }
        let line_starts = line_starts(&text);
        let char_marks = char_marks(&text);
        Ok(Source { id, path, text, encoding, byte_map, line_starts, char_marks })
    }

    /// Reads one file.
    pub fn read(path: &Path) -> Result<Source> {
        let bytes = crate::error::read_file(path)?;
        let id = path.file_stem().map_or_else(|| "source".into(), |s| s.to_string_lossy().into_owned());
        Source::decode(id, path.display().to_string(), &bytes)
    }

    /// The byte offset in the file as read of a byte offset in [`Source::text`].
    pub fn file_offset(&self, offset: usize) -> usize {
        let bom = usize::from(self.encoding == Encoding::Utf8Bom) * 3;
        match &self.byte_map {
            // the map ends with the file's length, for an offset at the end
            Some(map) => map[offset.min(map.len() - 1)] as usize,
            None => offset + bom,
        }
    }

    /// The line and column of a byte offset in [`Source::text`].
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let column = match (self.chars_before(offset), self.chars_before(start)) {
            (Some(a), Some(b)) => a - b + 1,
            _ => 1,
        };
        Position { line, column }
    }

    /// The number of characters before a byte offset (none off a character
    /// boundary).
    fn chars_before(&self, offset: usize) -> Option<usize> {
        let k = self.char_marks.partition_point(|m| m.0 <= offset);
        let (at, n) = self.char_marks.get(k.wrapping_sub(1)).copied().unwrap_or((0, 0));
        Some(n + self.text.get(at..offset)?.chars().count())
    }

    /// A warning to show the user about how the source was read, if any.
    pub fn warning(&self) -> Option<String> {
        (self.encoding == Encoding::Windows1252).then(|| format!("{}: not UTF-8; read as Windows-1252", self.path))
    }
}

fn char_marks(text: &str) -> Vec<(usize, usize)> {
    let mut marks = Vec::with_capacity(text.len() / CHAR_STEP + 1);
    let (mut at, mut n) = (0, 0);
    while at + CHAR_STEP < text.len() {
        let mut next = at + CHAR_STEP;
        while !text.is_char_boundary(next) {
            next += 1;
        }
        n += text[at..next].chars().count();
        at = next;
        marks.push((at, n));
    }
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

/// Decodes Windows-1252 when the bytes plausibly are such text: no byte that
/// the code page leaves undefined, no control characters but tab and line
/// breaks, and mostly ASCII.
fn decode_windows_1252(bytes: &[u8], bom: usize) -> Option<(String, Vec<u32>)> {
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
    // one file byte per character, after any byte-order mark; and the
    // file's length as the offset of the end of the text
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.chars().enumerate() {
        map.extend(std::iter::repeat_n((bom + i) as u32, c.len_utf8()));
    }
    map.push((bom + bytes.len()) as u32);
    Some((text.into_owned(), map))
}

/// Expands the paths given on the command line into the files to read:
/// files as they are, folders to every `.txt` and `.md` file inside (sorted),
/// `-` to standard input. A file named twice (`a.txt ./a.txt`, or a file
/// and its folder) is read once; the second naming is returned as a
/// warning.
pub fn expand_paths(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<String>)> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut warnings = Vec::new();
    let mut push = |path: PathBuf, files: &mut Vec<PathBuf>| -> Result<()> {
        if path.as_os_str() == "-" {
            if files.iter().any(|f| f.as_os_str() == "-") {
                return Err(Error::Usage("standard input (-) is given twice".into()));
            }
            files.push(path);
            return Ok(());
        }
        let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if seen.contains(&canonical) {
            warnings.push(format!("{}: given more than once; read once", path.display()));
        } else {
            seen.push(canonical);
            files.push(path);
        }
        Ok(())
    };
    for path in paths {
        if path.as_os_str() == "-" {
            push(path.clone(), &mut files)?;
        } else if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found)?;
            if found.is_empty() {
                return Err(Error::EmptyFolder { path: path.clone() });
            }
            found.sort();
            for f in found {
                push(f, &mut files)?;
            }
        } else if path.exists() {
            push(path.clone(), &mut files)?;
        } else {
            return Err(Error::Missing { path: path.clone() });
        }
    }
    Ok((files, warnings))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Read { path: dir.to_owned(), source })?;
    for entry in entries {
        let entry = entry.map_err(|source| Error::Read { path: dir.to_owned(), source })?;
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "md")) {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads every expanded path; `-` reads standard input once.
pub fn read_all(files: &[PathBuf], mut stdin: impl std::io::Read) -> Result<Vec<Source>> {
    let mut sources = Vec::with_capacity(files.len());
    for path in files {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            stdin.read_to_end(&mut bytes).map_err(|source| Error::Read { path: "<stdin>".into(), source })?;
            sources.push(Source::decode("stdin".into(), "<stdin>".into(), &bytes)?);
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
    fn bad_inputs_are_refused() {
        assert!(matches!(src(b""), Err(Error::Empty { .. })));
        assert!(matches!(src(b"ab\0cd"), Err(Error::Binary { offset: 2, .. })));
        assert!(matches!(src(b"ok\n\x81\x8d\x90 x"), Err(Error::NotUtf8 { line: 2, column: 1, .. })));
        assert!(matches!(src(b"\xff\xfeh\0i\0"), Err(Error::Utf16 { .. })));
    }
}
