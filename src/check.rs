//! The pipeline in one function, every stage called in order: prepare and
//! extract (on all cores; a text that several sources carry verbatim, wire
//! copy, is read once) → align → judge, handing one [`CheckResult`] to
//! whichever reporter runs next.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use indicatif::ProgressBar;
use rayon::prelude::*;

use crate::config::Config;
use crate::extract::{self, Extraction, Warning};
use crate::model::claim::Claim;
use crate::model::finding::{CheckResult, SourceInfo};
use crate::prepare::document::{Document, SourceMeta};
use crate::prepare::source::Source;
use crate::settings::ExtractOptions;
use crate::{align, judge};

/// Checks the sources against each other.
pub fn check(sources: Vec<Source>, config: &Config, opts: &ExtractOptions) -> CheckResult {
    check_with_progress(sources, config, opts, &ProgressBar::hidden())
}

/// [`check`], advancing `progress` by each source read and naming the
/// stage after (see [`crate::progress::sources`]).
pub fn check_with_progress(
    sources: Vec<Source>,
    config: &Config,
    opts: &ExtractOptions,
    progress: &ProgressBar,
) -> CheckResult {
    // the report depends on the sources' contents, never on their order
    let mut sources = sources;
    sources.sort_by(|a, b| (&a.id, &a.path, &a.text).cmp(&(&b.id, &b.path, &b.text)));
    let metas = metas(&sources, config);
    let (docs, claims, found_warnings) = read_all(sources, &metas, opts, progress);
    progress.set_message("aligning");
    let aligned = align::items(&docs, &claims);
    let clusters = align::cluster(&aligned);
    progress.set_message("judging");
    let (findings, mut judged) = judge::findings(&docs, &aligned, &clusters, &rules(config));
    progress.finish_and_clear();
    let mut warnings = Vec::new();
    for (doc, found) in docs.iter().zip(&found_warnings) {
        warnings.extend(extract::describe_warnings(doc, found));
    }
    warnings.append(&mut judged);
    let sources = docs.iter().map(source_info).collect();
    CheckResult { sources, findings, warnings }
}

/// Prepares every source with what the configuration, then the input
/// itself, says of it: display name, dateline and language.
pub fn prepare(sources: Vec<Source>, config: &Config, opts: &ExtractOptions) -> Vec<Document> {
    let metas = metas(&sources, config);
    sources.into_iter().zip(&metas).map(|(s, m)| Document::prepare(s, m, opts.lang, opts.reference_time)).collect()
}

fn metas(sources: &[Source], config: &Config) -> Vec<SourceMeta> {
    sources
        .iter()
        .map(|s| {
            // claims.yaml first, then what the input says of itself
            let mut meta = config.meta_for(std::path::Path::new(&s.path));
            meta.name = meta.name.or_else(|| s.meta.name.clone());
            meta.published = meta.published.or(s.meta.published);
            meta.lang = meta.lang.or(config.lang).or(s.meta.lang);
            meta
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

/// Every source prepared and its claims extracted, in the order given. A
/// text that another source already carries, with the same dateline and
/// language, is not read again: its document and claims are copied.
fn read_all(
    sources: Vec<Source>,
    metas: &[SourceMeta],
    opts: &ExtractOptions,
    progress: &ProgressBar,
) -> (Vec<Document>, Vec<Vec<Claim>>, Vec<Vec<Warning>>) {
    let keys: Vec<u64> = sources
        .par_iter()
        .zip(metas)
        .map(|(s, m)| {
            let mut h = DefaultHasher::new();
            (&s.text, m.lang, format!("{:?}", m.published)).hash(&mut h);
            h.finish()
        })
        .collect();
    // the index of the first source of each text
    let mut first_of: HashMap<u64, usize> = HashMap::new();
    let first: Vec<usize> = keys.iter().enumerate().map(|(i, &k)| *first_of.entry(k).or_insert(i)).collect();
    let mut sources: Vec<Option<Source>> = sources.into_iter().map(Some).collect();
    let distinct: Vec<(usize, Source)> =
        (0..sources.len()).filter(|&i| first[i] == i).map(|i| (i, sources[i].take().expect("first"))).collect();
    // copies cost nothing: the bar counts the texts read
    progress.inc((sources.len() - distinct.len()) as u64);
    progress.set_message("read");
    let mut prepared: HashMap<usize, (Document, Extraction)> = distinct
        .into_par_iter()
        .map(|(i, s)| {
            let doc = Document::prepare(s, &metas[i], opts.lang, opts.reference_time);
            let extraction = extract::claims(&doc, opts);
            progress.inc(1);
            (i, (doc, extraction))
        })
        .collect();
    let mut docs: Vec<Document> = Vec::with_capacity(sources.len());
    let mut claims: Vec<Vec<Claim>> = Vec::with_capacity(sources.len());
    let mut warnings: Vec<Vec<Warning>> = Vec::with_capacity(sources.len());
    for (i, source) in sources.into_iter().enumerate() {
        match source {
            None => {
                let (doc, e) = prepared.remove(&i).expect("prepared");
                docs.push(doc);
                claims.push(e.claims);
                warnings.push(e.warnings);
            }
            Some(source) => {
                let f = first[i];
                let mut doc = docs[f].clone();
                doc.source = source;
                doc.name = metas[i].name.clone();
                docs.push(doc);
                claims.push(claims[f].clone());
                warnings.push(warnings[f].clone());
            }
        }
    }
    (docs, claims, warnings)
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
