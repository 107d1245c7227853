//! The pipeline in one function, every stage called in order: prepare →
//! extract → align → judge, handing one [`CheckResult`] to whichever
//! reporter runs next.

use crate::align;
use crate::config::Config;
use crate::extract;
use crate::judge;
use crate::model::finding::{CheckResult, SourceInfo};
use crate::prepare::document::Document;
use crate::prepare::source::Source;
use crate::settings::ExtractOptions;

/// Checks the sources against each other.
pub fn check(sources: Vec<Source>, config: &Config, opts: &ExtractOptions) -> CheckResult {
    let docs = prepare(sources, config, opts);
    let extractions: Vec<extract::Extraction> = docs.iter().map(|d| extract::claims(d, opts)).collect();
    let mut warnings: Vec<String> = Vec::new();
    for (doc, found) in docs.iter().zip(&extractions) {
        warnings.extend(extract::describe_warnings(doc, &found.warnings));
    }
    let claims: Vec<_> = extractions.into_iter().map(|e| e.claims).collect();
    let (items, vocab) = align::items(&docs, &claims);
    let clusters = align::cluster(&items, &vocab);
    let (findings, mut judged) = judge::findings(&docs, &items, &clusters, config);
    warnings.append(&mut judged);
    let sources = docs.iter().map(source_info).collect();
    CheckResult { sources, findings, warnings }
}

/// Prepares every source with what the configuration says of it: display
/// name, dateline and language.
pub fn prepare(sources: Vec<Source>, config: &Config, opts: &ExtractOptions) -> Vec<Document> {
    sources
        .into_iter()
        .map(|s| {
            let mut meta = config.meta_for(std::path::Path::new(&s.path));
            meta.lang = meta.lang.or(config.lang);
            Document::prepare(s, &meta, opts.lang, opts.reference_time)
        })
        .collect()
}

fn source_info(d: &Document) -> SourceInfo {
    SourceInfo {
        id: d.source.id.clone(),
        path: d.source.path.clone(),
        name: d.name.clone(),
        published: d.anchors.published(),
        lang: d.lang,
    }
}
