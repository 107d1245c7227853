//! `claims.yaml`, the project's configuration: sources with display names
//! and datelines, aliases, pinned claims, accepted findings and tolerances.
//! It is read strictly — unknown keys and malformed YAML are errors that
//! point at file, line and column — and validated once into [`Config`].

use std::path::{Path, PathBuf};

use jiff::civil::DateTime;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::model::claim::{ClaimKind, Dimension, Lang};
use crate::prepare::document::SourceMeta;
use crate::settings::Tolerances;

/// A value with the line and column it was written at.
type At<T> = serde_saphyr::Spanned<T>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    sources: Vec<RawSource>,
    #[serde(default)]
    aliases: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pinned: Vec<RawPinned>,
    #[serde(default)]
    accepted: Vec<RawAccepted>,
    #[serde(default)]
    tolerances: Option<RawTolerances>,
    #[serde(default)]
    lang: Option<At<String>>,
    /// Whether sources may lie outside the configuration's folder.
    #[serde(default)]
    allow_outside: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    path: At<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    published: Option<At<String>>,
    #[serde(default)]
    lang: Option<At<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPinned {
    id: At<String>,
    kind: At<String>,
    subject: At<Vec<String>>,
    #[serde(default)]
    tolerance: Option<At<f64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccepted {
    id: At<String>,
    reason: At<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTolerances {
    #[serde(default)]
    approx: Option<At<f64>>,
    #[serde(default)]
    above: Option<At<f64>>,
    #[serde(default)]
    below: Option<At<f64>>,
    #[serde(default)]
    exact: Option<At<f64>>,
    /// Extra relative tolerance per quantity dimension (`length: 0.02`).
    #[serde(default)]
    dimensions: std::collections::BTreeMap<String, At<f64>>,
}

/// One source listed in the configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigSource {
    /// The path, resolved against the configuration file's folder.
    pub path: PathBuf,
    /// The path as written in the configuration, and where.
    pub written: String,
    pub line: usize,
    pub column: usize,
    pub name: Option<String>,
    pub published: Option<DateTime>,
    pub lang: Option<Lang>,
}

/// A claim CI reports by name: the words that describe its subject.
#[derive(Debug, Clone, PartialEq)]
pub struct Pinned {
    pub id: String,
    pub kind: ClaimKind,
    pub subject: Vec<String>,
    /// Extra relative tolerance when judging its values.
    pub tolerance: Option<f64>,
}

/// A finding the team has looked at and accepted; it no longer fails CI.
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    pub id: String,
    pub reason: String,
}

/// The validated configuration.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// The file it was read from.
    pub path: Option<PathBuf>,
    pub sources: Vec<ConfigSource>,
    /// (written form, canonical name) pairs.
    pub aliases: Vec<(String, String)>,
    pub pinned: Vec<Pinned>,
    pub accepted: Vec<Accepted>,
    pub tolerances: Tolerances,
    /// Extra relative tolerance by quantity dimension, when judging.
    pub dimension_tolerances: Vec<(Dimension, f64)>,
    pub lang: Option<Lang>,
    /// The folder source paths are relative to.
    pub base: PathBuf,
    /// `allow_outside: true`: sources may lie outside [`Config::base`].
    pub allow_outside: bool,
}

impl Config {
    /// Reads and validates a configuration file.
    pub fn load(path: &Path) -> Result<Config> {
        let bytes = crate::error::read_file(path)?;
        let text = String::from_utf8(bytes)
            .map_err(|e| crate::error::not_utf8(path, e.as_bytes(), e.utf8_error().valid_up_to()))?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Config::parse(&text, path, &base)
    }

    /// Parses configuration text; `path` names it in errors and `base` is
    /// the folder source paths are relative to. Every value that does not
    /// pass its check is an error at its line and column.
    pub fn parse(text: &str, path: &Path, base: &Path) -> Result<Config> {
        let raw: RawConfig = if text.trim().is_empty() {
            serde_saphyr::from_str("{}").expect("an empty mapping parses")
        } else {
            serde_saphyr::from_str(text).map_err(|e| yaml_error(path, &e))?
        };
        let at = |loc: serde_saphyr::Location, message: String| Error::Config {
            path: path.to_owned(),
            line: loc.line() as usize,
            column: loc.column() as usize,
            message,
        };
        let lang_of = |s: &Option<At<String>>| -> Result<Option<Lang>> {
            s.as_ref()
                .map(|l| {
                    Lang::parse(&l.value)
                        .ok_or_else(|| at(l.referenced, format!("unknown lang {:?}: use de or en", l.value)))
                })
                .transpose()
        };
        let mut sources = Vec::new();
        for s in raw.sources {
            let published = s
                .published
                .as_ref()
                .map(|p| {
                    crate::settings::parse_reference_time(&p.value)
                        .map_err(|e| at(p.referenced, format!("source {}: published: {e}", s.path.value)))
                })
                .transpose()?;
            sources.push(ConfigSource {
                path: base.join(&s.path.value),
                line: s.path.referenced.line() as usize,
                column: s.path.referenced.column() as usize,
                written: s.path.value,
                name: s.name,
                published,
                lang: lang_of(&s.lang)?,
            });
        }
        let mut aliases = Vec::new();
        for (canonical, forms) in raw.aliases {
            aliases.push((canonical.clone(), canonical.clone()));
            aliases.extend(forms.into_iter().map(|f| (f, canonical.clone())));
        }
        let mut pinned: Vec<Pinned> = Vec::new();
        for p in raw.pinned {
            let id = &p.id.value;
            let kind = match p.kind.value.as_str() {
                "quantity" => ClaimKind::Quantity,
                "date" => ClaimKind::Date,
                "quote" => ClaimKind::Quote,
                other => {
                    let message = format!("pinned {id}: unknown kind {other:?}: use quantity, date or quote");
                    return Err(at(p.kind.referenced, message));
                }
            };
            if p.subject.value.is_empty() {
                return Err(at(p.subject.referenced, format!("pinned {id}: subject needs at least one word")));
            }
            if let Some(t) = &p.tolerance
                && !(0.0..=1.0).contains(&t.value)
            {
                let message = format!("pinned {id}: tolerance {} is not between 0 and 1", t.value);
                return Err(at(t.referenced, message));
            }
            if pinned.iter().any(|q| &q.id == id) {
                return Err(at(p.id.referenced, format!("pinned {id}: the id is given twice")));
            }
            pinned.push(Pinned {
                id: p.id.value,
                kind,
                subject: p.subject.value,
                tolerance: p.tolerance.map(|t| t.value),
            });
        }
        let mut accepted: Vec<Accepted> = Vec::new();
        for a in raw.accepted {
            let id = &a.id.value;
            if a.reason.value.trim().is_empty() {
                return Err(at(a.reason.referenced, format!("accepted {id}: the reason may not be empty")));
            }
            if accepted.iter().any(|b| &b.id == id) {
                return Err(at(a.id.referenced, format!("accepted {id}: the id is given twice")));
            }
            accepted.push(Accepted { id: a.id.value, reason: a.reason.value });
        }
        let mut tolerances = Tolerances::default();
        let mut dimension_tolerances = Vec::new();
        if let Some(t) = raw.tolerances {
            for (name, v) in t.dimensions {
                let dimension = DIMENSIONS.iter().find(|d| d.as_str() == name).copied().ok_or_else(|| {
                    let names: Vec<&str> = DIMENSIONS.iter().map(|d| d.as_str()).collect();
                    let message = format!("tolerances: unknown dimension {name:?}; use one of {}", names.join(", "));
                    at(v.referenced, message)
                })?;
                if !(0.0..=1.0).contains(&v.value) {
                    return Err(at(v.referenced, format!("tolerances: {name} {} is not between 0 and 1", v.value)));
                }
                dimension_tolerances.push((dimension, v.value));
            }
            for (name, value, slot) in [
                ("approx", t.approx, &mut tolerances.approx),
                ("above", t.above, &mut tolerances.above),
                ("below", t.below, &mut tolerances.below),
                ("exact", t.exact, &mut tolerances.exact),
            ] {
                if let Some(v) = value {
                    if !(0.0..=1.0).contains(&v.value) {
                        let message = format!("tolerances: {name} {} is not between 0 and 1", v.value);
                        return Err(at(v.referenced, message));
                    }
                    *slot = v.value;
                }
            }
        }
        Ok(Config {
            path: Some(path.to_owned()),
            sources,
            aliases,
            pinned,
            accepted,
            tolerances,
            dimension_tolerances,
            lang: lang_of(&raw.lang)?,
            base: base.to_owned(),
            allow_outside: raw.allow_outside,
        })
    }

    /// The paths of the configured sources, to read when none are given on
    /// the command line. A source that does not exist, or that lies outside
    /// the configuration's folder (unless `allow_outside`, from the command
    /// line or the configuration, says so), is an error at its entry.
    pub(crate) fn source_paths(&self, allow_outside: bool) -> Result<Vec<PathBuf>> {
        let file = self.path.clone().unwrap_or_else(|| PathBuf::from("claims.yaml"));
        let at = |s: &ConfigSource, message: String| Error::Config {
            path: file.clone(),
            line: s.line,
            column: s.column,
            message,
        };
        let allowed = allow_outside || self.allow_outside;
        let base = std::fs::canonicalize(if self.base.as_os_str().is_empty() { Path::new(".") } else { &self.base });
        let mut paths = Vec::with_capacity(self.sources.len());
        for s in &self.sources {
            let escapes_by_link = || match (&base, std::fs::canonicalize(&s.path)) {
                (Ok(base), Ok(real)) => !real.starts_with(base),
                _ => false,
            };
            if !allowed && (leaves_folder(Path::new(&s.written)) || escapes_by_link()) {
                let message = format!(
                    "source {}: outside the configuration's folder; refused (pass --allow-outside or set \
                     allow_outside: true to read it)",
                    s.written
                );
                return Err(at(s, message));
            }
            if !s.path.exists() {
                return Err(at(s, format!("source {}: no such file or folder ({})", s.written, s.path.display())));
            }
            paths.push(s.path.clone());
        }
        Ok(paths)
    }

    /// What the configuration says of the source read from `path` (the same
    /// file, however the path is written), if anything.
    pub(crate) fn meta_for(&self, path: &Path) -> SourceMeta {
        let canonical = |p: &Path| std::fs::canonicalize(p).ok();
        let found = self.sources.iter().find(|s| s.path == path).or_else(|| {
            let wanted = canonical(path)?;
            self.sources.iter().find(|s| canonical(&s.path).as_ref() == Some(&wanted))
        });
        found.map_or_else(SourceMeta::default, |s| SourceMeta {
            name: s.name.clone(),
            published: s.published,
            lang: s.lang,
        })
    }
}

/// Whether a relative path written in the configuration leads out of its
/// folder: absolute, or more `..` than folders before them.
fn leaves_folder(path: &Path) -> bool {
    use std::path::Component;
    let mut depth = 0usize;
    for c in path.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => return true,
            Component::CurDir => {}
            Component::ParentDir if depth == 0 => return true,
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
        }
    }
    false
}

const DIMENSIONS: [Dimension; 11] = [
    Dimension::Number,
    Dimension::Count,
    Dimension::Length,
    Dimension::Duration,
    Dimension::Percent,
    Dimension::Mass,
    Dimension::Volume,
    Dimension::Area,
    Dimension::Speed,
    Dimension::Temperature,
    Dimension::Currency,
];

fn yaml_error(path: &Path, e: &serde_saphyr::Error) -> Error {
    let (line, column) = e.location().map_or((1, 1), |l| (l.line().max(1) as usize, l.column().max(1) as usize));
    // the library's own words for two cases speak to programmers, not users
    let message = match e.without_snippet() {
        serde_saphyr::Error::Budget { .. } => {
            "too large or nested too deeply for a configuration (too many entries, aliases or levels)".to_string()
        }
        serde_saphyr::Error::MultipleDocuments { .. } => {
            "more than one YAML document (a `---` line); a configuration is one document".to_string()
        }
        _ => {
            let full = e.to_string();
            // the crate's message may repeat the position and add a snippet;
            // keep its first line
            let first = full.lines().next().unwrap_or("invalid YAML");
            strip_position(first).to_string()
        }
    };
    Error::Config { path: path.to_owned(), line, column, message }
}

/// `error: line 3 column 5: unknown field` → `unknown field`: the position
/// is already in front of the message.
fn strip_position(message: &str) -> &str {
    let m = message.strip_prefix("error: ").unwrap_or(message);
    let m = match m.strip_prefix("line ") {
        Some(rest) => rest.split_once(": ").map_or(m, |(_, msg)| msg),
        None => m,
    };
    // advice meant for programs that use the YAML library, not for users
    m.split_once(", set ").filter(|(_, rest)| rest.contains("Options")).map_or(m, |(msg, _)| msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config> {
        Config::parse(text, Path::new("claims.yaml"), Path::new("/p"))
    }

    #[test]
    fn a_full_configuration() {
        let c = parse(
            "sources:\n  - path: seeds/a.txt\n    name: Tagesblatt\n    published: 2023-09-13T15:11:00\n\
             aliases:\n  Wladimir Putin: [Kremlchef]\n\
             pinned:\n  - id: range\n    kind: quantity\n    subject: [Raketen, geflogen]\n    tolerance: 0.1\n\
             accepted:\n  - id: quantity-abc\n    reason: checked by the desk\n\
             tolerances:\n  approx: 0.1\n  dimensions:\n    length: 0.02\n",
        )
        .unwrap();
        assert_eq!(c.sources[0].path, Path::new("/p/seeds/a.txt"));
        assert_eq!(c.sources[0].published.unwrap().to_string(), "2023-09-13T15:11:00");
        assert!(c.aliases.contains(&("Kremlchef".into(), "Wladimir Putin".into())));
        assert_eq!(c.pinned[0].kind, ClaimKind::Quantity);
        assert_eq!(c.accepted[0].reason, "checked by the desk");
        assert_eq!(c.tolerances.approx, 0.1);
        assert_eq!(c.dimension_tolerances, vec![(Dimension::Length, 0.02)]);
        assert!(parse("tolerances:\n  dimensions:\n    weight: 0.1\n").is_err());
    }

    #[test]
    fn unknown_keys_point_at_line_and_column() {
        let e = parse("sources:\n  - path: a.txt\n    nmae: x\n").unwrap_err();
        match e {
            Error::Config { line, column, message, .. } => {
                assert_eq!((line, column), (3, 5), "{message}");
                assert!(message.contains("nmae"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn malformed_yaml_and_bad_values() {
        assert!(matches!(parse("sources: [a\n  b: c"), Err(Error::Config { .. })));
        match parse("accepted:\n  - id: x\n    reason: ''\n") {
            Err(Error::Config { line, column, .. }) => assert_eq!((line, column), (3, 13)),
            other => panic!("{other:?}"),
        }
        assert!(matches!(parse("accepted:\n  - id: x\n"), Err(Error::Config { .. })));
        match parse("pinned:\n  - {id: x, kind: weight, subject: [a]}\n") {
            Err(e @ Error::Config { line: 2, .. }) => assert!(e.to_string().contains("claims.yaml:2:"), "{e}"),
            other => panic!("{other:?}"),
        }
        let twice = "accepted:\n  - {id: x, reason: a}\n  - {id: x, reason: b}\n";
        assert!(matches!(parse(twice), Err(Error::Config { line: 3, .. })));
        match parse("lang: de\nlang: en\n") {
            Err(Error::Config { message, .. }) => assert!(!message.contains("Options"), "{message}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn library_internals_stay_out_of_messages() {
        let deep = format!("{}1{}", "[".repeat(5000), "]".repeat(5000));
        let many = format!("a: &a [{}]\nb: [{}]\n", "x,".repeat(300), "*a,".repeat(300_000));
        for (text, not) in [
            ("lang: de\n---\nlang: en\n", "from_str_multiple"),
            (deep.as_str(), "breached"),
            (many.as_str(), "breached"),
        ] {
            let e = parse(text).unwrap_err().to_string();
            assert!(!e.contains(not) && !e.contains('{'), "{e}");
            assert!(e.starts_with("claims.yaml:"), "{e}");
        }
    }

    #[test]
    fn sources_outside_the_folder_are_refused_at_their_entry() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "Es kamen 20 Gäste.").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let file = dir.path().join("claims.yaml");
        let config = |text: &str| Config::parse(text, &file, dir.path()).unwrap();
        let ok = config("sources:\n  - path: a.txt\n  - path: ./sub/../a.txt\n");
        assert_eq!(ok.source_paths(false).unwrap().len(), 2);
        for bad in ["../secret.txt", "/etc/passwd", "sub/../../x.txt"] {
            let c = config(&format!("sources:\n  - path: a.txt\n  - path: {bad}\n"));
            let e = c.source_paths(false).unwrap_err().to_string();
            assert!(e.contains("claims.yaml:3:11") && e.contains("outside") && e.contains(bad), "{e}");
        }
        let c = config("sources:\n  - path: /etc/passwd\n");
        assert_eq!(c.source_paths(true).unwrap().len(), 1, "--allow-outside");
        let c = config("allow_outside: true\nsources:\n  - path: /etc/passwd\n");
        assert_eq!(c.source_paths(false).unwrap().len(), 1, "allow_outside: true");
        let missing = config("sources:\n  - path: a.txt\n  - path: gone.txt\n");
        let e = missing.source_paths(false).unwrap_err().to_string();
        assert!(e.contains("claims.yaml:3:11") && e.contains("gone.txt") && e.contains("no such file"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_that_leads_out_of_the_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("s.txt"), "geheim").unwrap();
        std::os::unix::fs::symlink(outside.path().join("s.txt"), dir.path().join("s.txt")).unwrap();
        let c = Config::parse("sources:\n  - path: s.txt\n", &dir.path().join("claims.yaml"), dir.path()).unwrap();
        assert!(c.source_paths(false).unwrap_err().to_string().contains("outside"));
    }
}
