//! The words of a page besides its article, and of its sentences: the part
//! of a [`Language`](super::Language) that body detection (`prepare/body`)
//! and segmentation (`prepare/segment`) read. Both run before the language
//! of a text is known, so they read every language's lists at once.

/// What opens the reader comments under an article, and the other site
/// furniture around it.
#[derive(Debug)]
pub struct Body {
    /// Headings of a comment section (whole line, lower case, without a count).
    pub comment_headings: &'static [&'static str],
    /// Relative time stamps of a posting (`vor 3 Std.`, `2 hours ago`): the
    /// words that may stand around a number in one.
    pub ago_words: &'static [&'static str],
    /// Time units in such stamps (`Std.`, `Min.`, `hours`).
    pub ago_units: &'static [&'static str],
    /// Beginnings of a line of a comment thread: calls to comment, sort and
    /// reply controls (`kommentar schreiben`, `leave a reply`).
    pub comment_calls: &'static [&'static str],
    /// Beginnings of an image credit (`foto:`, `photo:`).
    pub credits: &'static [&'static str],
    /// Credits inside a caption that does not end like a sentence (` bild: `).
    pub credits_inside: &'static [&'static str],
    /// Beginnings of an agency byline (`von:`, `by:`).
    pub bylines: &'static [&'static str],
    /// Beginnings of a link to other articles (`lesen sie auch`, `read more`).
    pub teasers: &'static [&'static str],
    /// Words and phrases of imprints, policies, newsletters and cookies: a
    /// short line at the end with two of them is site furniture.
    pub boilerplate: &'static [&'static str],
}

/// What the sentence segmenter needs to know of a language.
#[derive(Debug)]
pub struct Sentences {
    /// Abbreviations (lower case, without the full stop) after which a full
    /// stop does not end the sentence (`z. B.`, `Nr.`, `Mr.`).
    pub abbreviations: &'static [&'static str],
}
