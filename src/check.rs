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
    // the report depends on the sources' contents, never on their order
    let mut sources = sources;
    sources.sort_by(|a, b| (&a.id, &a.path, &a.text).cmp(&(&b.id, &b.path, &b.text)));
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
    let (findings, mut warnings) = judge::findings(&docs, &items, &clusters, &rules(config));

    let mut notes: Vec<String> = docs.iter().filter_map(|d| d.source.warning()).collect();
    for (doc, found) in docs.iter().zip(&found_warnings) {
        notes.extend(found.iter().map(|w| w.describe(doc)));
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

/// What judging reads of the configuration.
fn rules(config: &Config) -> judge::Rules {
    judge::Rules {
        dimension_tolerances: config.dimension_tolerances.clone(),
        pins: config
            .pinned
            .iter()
            .map(|p| judge::Pin { id: p.id.clone(), kind: p.kind, subject: p.subject.clone(), tolerance: p.tolerance })
            .collect(),
        accepted: config.accepted.iter().map(|a| (a.id.clone(), a.reason.clone())).collect(),
    }
}
