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
    lang: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    path: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPinned {
    id: String,
    kind: String,
    subject: Vec<String>,
    #[serde(default)]
    tolerance: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccepted {
    id: String,
    reason: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTolerances {
    #[serde(default)]
    approx: Option<f64>,
    #[serde(default)]
    above: Option<f64>,
    #[serde(default)]
    below: Option<f64>,
    #[serde(default)]
    exact: Option<f64>,
    /// Extra relative tolerance per quantity dimension (`length: 0.02`).
    #[serde(default)]
    dimensions: std::collections::BTreeMap<String, f64>,
}

/// One source listed in the configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigSource {
    /// The path, resolved against the configuration file's folder.
    pub path: PathBuf,
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
    /// the folder source paths are relative to.
    pub fn parse(text: &str, path: &Path, base: &Path) -> Result<Config> {
        let raw: RawConfig = if text.trim().is_empty() {
            serde_saphyr::from_str("{}").expect("an empty mapping parses")
        } else {
            serde_saphyr::from_str(text).map_err(|e| yaml_error(path, &e))?
        };
        let value_err = |message: String| Error::ConfigValue { path: path.to_owned(), message };
        let lang_of = |s: &Option<String>| -> Result<Option<Lang>> {
            s.as_deref()
                .map(|l| Lang::parse(l).ok_or_else(|| value_err(format!("unknown lang {l:?}: use de or en"))))
                .transpose()
        };
        let mut sources = Vec::new();
        for s in raw.sources {
            let published = s
                .published
                .as_deref()
                .map(|p| {
                    crate::settings::parse_reference_time(p)
                        .map_err(|e| value_err(format!("source {}: published: {e}", s.path)))
                })
                .transpose()?;
            sources.push(ConfigSource { path: base.join(&s.path), name: s.name, published, lang: lang_of(&s.lang)? });
        }
        let mut aliases = Vec::new();
        for (canonical, forms) in raw.aliases {
            aliases.push((canonical.clone(), canonical.clone()));
            aliases.extend(forms.into_iter().map(|f| (f, canonical.clone())));
        }
        let mut pinned = Vec::new();
        for p in raw.pinned {
            let kind = match p.kind.as_str() {
                "quantity" => ClaimKind::Quantity,
                "date" => ClaimKind::Date,
                "quote" => ClaimKind::Quote,
                other => {
                    return Err(value_err(format!(
                        "pinned {}: unknown kind {other:?}: use quantity, date or quote",
                        p.id
                    )));
                }
            };
            if p.subject.is_empty() {
                return Err(value_err(format!("pinned {}: subject needs at least one word", p.id)));
            }
            if let Some(t) = p.tolerance
                && !(0.0..=1.0).contains(&t)
            {
                return Err(value_err(format!("pinned {}: tolerance {t} is not between 0 and 1", p.id)));
            }
            if pinned.iter().any(|q: &Pinned| q.id == p.id) {
                return Err(value_err(format!("pinned {}: the id is given twice", p.id)));
            }
            pinned.push(Pinned { id: p.id, kind, subject: p.subject, tolerance: p.tolerance });
        }
        let mut accepted = Vec::new();
        for a in raw.accepted {
            if a.reason.trim().is_empty() {
                return Err(value_err(format!("accepted {}: the reason may not be empty", a.id)));
            }
            if accepted.iter().any(|b: &Accepted| b.id == a.id) {
                return Err(value_err(format!("accepted {}: the id is given twice", a.id)));
            }
            accepted.push(Accepted { id: a.id, reason: a.reason });
        }
        let mut tolerances = Tolerances::default();
        let mut dimension_tolerances = Vec::new();
        if let Some(t) = raw.tolerances {
            for (name, v) in t.dimensions {
                let dimension = DIMENSIONS.iter().find(|d| d.as_str() == name).copied().ok_or_else(|| {
                    let names: Vec<&str> = DIMENSIONS.iter().map(|d| d.as_str()).collect();
                    value_err(format!("tolerances: unknown dimension {name:?}; use one of {}", names.join(", ")))
                })?;
                if !(0.0..=1.0).contains(&v) {
                    return Err(value_err(format!("tolerances: {name} {v} is not between 0 and 1")));
                }
                dimension_tolerances.push((dimension, v));
            }
            for (name, value, slot) in [
                ("approx", t.approx, &mut tolerances.approx),
                ("above", t.above, &mut tolerances.above),
                ("below", t.below, &mut tolerances.below),
                ("exact", t.exact, &mut tolerances.exact),
            ] {
                if let Some(v) = value {
                    if !(0.0..=1.0).contains(&v) {
                        return Err(value_err(format!("tolerances: {name} {v} is not between 0 and 1")));
                    }
                    *slot = v;
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
        })
    }

    /// The extra relative tolerance for quantities of `dimension`.
    pub fn dimension_tolerance(&self, dimension: Dimension) -> f64 {
        self.dimension_tolerances.iter().find(|(d, _)| *d == dimension).map_or(0.0, |(_, t)| *t)
    }

    /// What the configuration says of the source read from `path` (the same
    /// file, however the path is written), if anything.
    pub fn meta_for(&self, path: &Path) -> SourceMeta {
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
    let (line, column) = e.location().map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
    let full = e.to_string();
    // the crate's message may repeat the position and add a snippet; keep
    // its first line
    let first = full.lines().next().unwrap_or("invalid YAML");
    let message = strip_position(first).to_string();
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
        assert_eq!(c.dimension_tolerance(Dimension::Length), 0.02);
        assert_eq!(c.dimension_tolerance(Dimension::Count), 0.0);
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
        assert!(matches!(parse("accepted:\n  - id: x\n    reason: ''\n"), Err(Error::ConfigValue { .. })));
        assert!(matches!(parse("accepted:\n  - id: x\n"), Err(Error::Config { .. })));
        assert!(matches!(parse("pinned:\n  - {id: x, kind: weight, subject: [a]}\n"), Err(Error::ConfigValue { .. })));
        let twice = "accepted:\n  - {id: x, reason: a}\n  - {id: x, reason: b}\n";
        assert!(matches!(parse(twice), Err(Error::ConfigValue { .. })));
        match parse("lang: de\nlang: en\n") {
            Err(Error::Config { message, .. }) => assert!(!message.contains("Options"), "{message}"),
            other => panic!("{other:?}"),
        }
    }
}
