//! A source prepared for extraction: its article lines, sentences, language
//! and datelines, gathered by running the early stages in order.

use std::ops::Range;

use jiff::civil::DateTime;

use crate::model::claim::Lang;
use crate::prepare::dateline::{self, Anchors};
use crate::prepare::segment::{self, Sentence};
use crate::prepare::source::Source;

pub use crate::prepare::meta::SourceMeta;

#[derive(Debug, Clone)]
pub struct Document {
    pub source: Source,
    pub name: Option<String>,
    pub lang: Lang,
    /// Byte ranges of the lines that are article text.
    pub lines: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
    /// Datelines found in the text or given in the configuration.
    pub anchors: Anchors,
}

impl Document {
    /// Runs body detection, segmentation, language detection and dateline
    /// finding on one source. `lang` (from the command line) wins over the
    /// configuration's, which wins over detection.
    pub fn prepare(source: Source, meta: &SourceMeta, lang: Option<Lang>, reference: Option<DateTime>) -> Document {
        let lines = crate::prepare::body::article_lines(&source.text);
        let sentences = segment::sentences(&source.text, &lines);
        let lang = lang.or(meta.lang).unwrap_or_else(|| {
            crate::lang::detect(&lines.iter().map(|r| &source.text[r.clone()]).collect::<Vec<_>>().join("\n"))
        });
        let mut anchors = dateline::find(&source.text, &lines, lang);
        if let Some(published) = meta.published {
            anchors.set_published(published);
        }
        if anchors.is_empty()
            && let Some(reference) = reference
        {
            anchors.set_published(reference);
        }
        Document { source, name: meta.name.clone(), lang, lines, sentences, anchors }
    }

    /// The sentence that holds the byte at `offset`, if it is article text.
    pub(crate) fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        (i < self.sentences.len() && self.sentences[i].start <= offset).then_some(i)
    }
}
