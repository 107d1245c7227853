//! The pipeline in one function: load → body → segment → extract → align →
//! judge, handing one [`CheckResult`] to whichever reporter runs next.

use crate::config::Config;
use crate::extract::{self, Warning};
use crate::model::claim::Claim;
use crate::model::finding::{CheckResult, SourceInfo};
use crate::prepare::document::Document;
use crate::prepare::source::Source;
use crate::settings::ExtractOptions;
use crate::{align, judge};

/// Checks the sources against each other.
pub fn check(sources: Vec<Source>, config: &Config, opts: &ExtractOptions) -> CheckResult {
    let docs: Vec<Document> = sources
        .into_iter()
        .map(|s| {
            let mut meta = config.meta_for(std::path::Path::new(&s.path));
            meta.lang = meta.lang.or(config.lang);
            Document::prepare(s, &meta, opts.lang, opts.reference_time)
        })
        .collect();
    let (claims, found_warnings): (Vec<Vec<Claim>>, Vec<Vec<Warning>>) =
        docs.iter().map(|d| extract::claims(d, opts)).map(|e| (e.claims, e.warnings)).unzip();
    let (items, vocab) = align::items(&docs, &claims);
    let clusters = align::cluster(&items, &vocab);
    let (findings, mut warnings) = judge::findings(&docs, &items, &clusters, config);

    let mut notes: Vec<String> = docs.iter().filter_map(|d| d.source.warning()).collect();
    for (doc, found) in docs.iter().zip(&found_warnings) {
        notes.extend(describe_warnings(doc, found));
    }
    notes.append(&mut warnings);
    let sources = docs
        .iter()
        .map(|d| SourceInfo {
            id: d.source.id.clone(),
            path: d.source.path.clone(),
            name: d.name.clone(),
            published: d.anchors.published(),
            lang: d.lang,
        })
        .collect();
    CheckResult { sources, findings, warnings: notes }
}

/// The warnings of one document for people: each message once, at its first
/// place, with how many more times it was given and where the next few are,
/// so that a file with hundreds of stray quote marks gives one line, not
/// hundreds.
pub fn describe_warnings(doc: &Document, warnings: &[Warning]) -> Vec<String> {
    const SHOWN: usize = 3;
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for w in warnings {
        let i = *index.entry(w.message.as_str()).or_insert_with(|| {
            groups.push((w.message.as_str(), Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(w.offset);
    }
    groups
        .into_iter()
        .map(|(message, offsets)| {
            let first = Warning { offset: offsets[0], message: message.to_string() }.describe(doc);
            if offsets.len() == 1 {
                return first;
            }
            let at = |&o: &usize| {
                let p = doc.source.position(o);
                format!("{}:{}", p.line, p.column)
            };
            let next: Vec<String> = offsets[1..].iter().take(SHOWN).map(at).collect();
            let dots = if offsets.len() > SHOWN + 1 { " …" } else { "" };
            format!("{first} (and {} more like it, at {}{dots})", offsets.len() - 1, next.join(", "))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::document::SourceMeta;

    #[test]
    fn repeated_warnings_are_grouped_with_a_count() {
        let text = "Er sagte „eins. Sie sagte „zwei. Dann „drei. Und „vier. Es kamen 20 Gäste.";
        let source = Source::decode("t".into(), "t.txt".into(), text.as_bytes()).unwrap();
        let doc = Document::prepare(source, &SourceMeta::default(), None, None);
        let warnings: Vec<Warning> = text
            .match_indices('„')
            .map(|(o, _)| Warning { offset: o, message: "quotation mark „ is never closed; ignored".into() })
            .chain([Warning { offset: 0, message: "something else".into() }])
            .collect();
        let lines = describe_warnings(&doc, &warnings);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].starts_with("t.txt:1:10: quotation mark „"), "{lines:?}");
        assert!(lines[0].ends_with("(and 3 more like it, at 1:27, 1:39, 1:50)"), "{lines:?}");
        assert_eq!(lines[1], "t.txt:1:1: something else");
    }
}
