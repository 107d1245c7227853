//! Article body, the second stage: which lines of a source are reporting.
//! Reader comments, site footers, credits and teaser links are cut by general
//! signals (a comments heading followed by comment-shaped blocks, credit
//! prefixes, boilerplate vocabulary), so that they yield no claims.

use std::ops::Range;
use std::sync::LazyLock;

use crate::lang::{Body, Lang};

/// The entries of one list of every language: body detection runs before
/// the language of a text is known.
fn union(list: impl Fn(&'static Body) -> &'static [&'static str]) -> impl Iterator<Item = &'static str> {
    Lang::ALL.into_iter().flat_map(move |l| list(&l.words().body).iter().copied())
}

/// The boilerplate of every language, each phrase once.
static BOILERPLATE: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut all: Vec<&'static str> = union(|b| b.boilerplate).collect();
    all.sort_unstable();
    all.dedup();
    all
});

/// The byte ranges of the lines that are article text, in order.
pub fn article_lines(text: &str) -> Vec<Range<usize>> {
    let lines = lines(text);
    // each line lower-cased once, for every signal below
    let lower: Vec<String> = lines.iter().map(|r| text[r.clone()].trim().to_lowercase()).collect();
    let end = comments_start(&lower).unwrap_or(lines.len());
    let end = footer_start(&lower[..end]);
    lines[..end]
        .iter()
        .zip(&lower)
        .filter(|(_, l)| !l.is_empty() && !(short(l) && (is_credit(l) || is_teaser(l))))
        .map(|(r, _)| r.clone())
        .collect()
}

fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' || bytes[i] == b'\r' {
            out.push(start..i);
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push(start..bytes.len());
    }
    out
}

/// A heading that opens a comments section, such as `Kommentare`,
/// `37 Kommentare`, `Leserkommentare (12)`, `Comments` or `Join the
/// discussion`, in any listed language.
fn is_comments_heading(lower_line: &str) -> bool {
    if lower_line.len() > 48 {
        return false;
    }
    let words: Vec<&str> = lower_line
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let phrase = words.join(" ");
    let heads = || Lang::ALL.iter().flat_map(|l| l.words().body.comment_headings.iter());
    heads().any(|h| *h == phrase) || (words.len() <= 2 && heads().any(|h| words.first() == Some(h)))
}

/// A line that is typical of a comment thread rather than an article: a
/// relative timestamp (`11 Tage 7 h`, `vor 3 Stunden`, `2 days ago`), a
/// call to comment, a sort or reply control.
fn is_comment_signal(lower: &str) -> bool {
    if lower.is_empty() {
        return false;
    }
    if union(|b| b.comment_calls).any(|c| lower.starts_with(c)) {
        return true;
    }
    is_relative_timestamp(lower)
}

/// A posting's relative time stamp (`vor 3 Std.`, `11 Tage 7 h`, `2 hours
/// ago`), alone on a line or ending a short one after a user name
/// (`MaxMuster vor 3 Std.`).
fn is_relative_timestamp(lower: &str) -> bool {
    if lower.len() > 60 {
        return false;
    }
    let words: Vec<&str> = lower.split_whitespace().map(|w| w.trim_end_matches(['.', ','])).collect();
    let is_unit = |w: &str| w == "h" || Lang::ALL.iter().any(|l| l.words().body.ago_units.contains(&w));
    let is_ago = |w: &str| Lang::ALL.iter().any(|l| l.words().body.ago_words.contains(&w));
    let pairs = |ws: &[&str]| {
        !ws.is_empty()
            && ws.len() <= 6
            && ws.len().is_multiple_of(2)
            && ws.chunks(2).all(|p| p[0].chars().all(|c| c.is_ascii_digit()) && is_unit(p[1]))
    };
    // up to three words of a user name before the stamp
    let k = words.iter().take(4).position(|w| is_ago(w) || w.chars().all(|c| c.is_ascii_digit())).unwrap_or(4);
    if k > 3 {
        return false;
    }
    let mut rest = &words[k..];
    let mut ago = false;
    if let [first, tail @ ..] = rest
        && is_ago(first)
    {
        (rest, ago) = (tail, true);
    }
    if let [head @ .., last] = rest
        && is_ago(last)
    {
        (rest, ago) = (head, true);
    }
    (ago || k == 0) && pairs(rest)
}

/// Where a comments section begins: a comments heading, or a call to comment,
/// followed within a few dozen lines by at least two comment-shaped lines.
fn comments_start(lower: &[String]) -> Option<usize> {
    (0..lower.len()).find(|&i| {
        let line = lower[i].as_str();
        let opens = is_comments_heading(line) || is_comment_signal(line) && !is_relative_timestamp(line);
        opens && lower[i + 1..].iter().take(60).filter(|l| is_comment_signal(l)).count() >= 2
    })
}

/// Where trailing site furniture begins: from the end, every line that is
/// blank, a credit, boilerplate, a teaser or a phrase said twice.
fn footer_start(lower: &[String]) -> usize {
    let mut cut = lower.len();
    for i in (0..lower.len()).rev() {
        let line = lower[i].as_str();
        if line.is_empty() {
            continue;
        }
        let furniture = is_credit(line) || is_boilerplate(line) || is_teaser(line) || is_repeated_phrase(line);
        if short(line) && (furniture || is_byline(line)) {
            cut = i;
        } else {
            break;
        }
    }
    cut
}

/// Site furniture (credits, footers, teasers, badges, bylines) is a short
/// line: a long one is reporting, whatever words it uses.
fn short(line: &str) -> bool {
    line.len() <= 500
}

/// Image and photo credits: `Bild: …`, `Foto: …`, `Teaserbild: © …`, and
/// captions that end in such a credit.
fn is_credit(lower: &str) -> bool {
    // `©` is a symbol: a credit in every language
    union(|b| b.credits).any(|p| lower.starts_with(p))
        || union(|b| b.credits_inside)
            .chain(["©"])
            .any(|p| lower.contains(p) && !lower.ends_with(['.', '!', '?', '"', '“', '”']))
}

/// An agency byline such as `Von: APA/Reuters/TASS/dpa`.
fn is_byline(lower: &str) -> bool {
    union(|b| b.bylines).any(|p| lower.starts_with(p)) && lower.split_whitespace().count() <= 6 && !lower.ends_with('.')
}

/// Links to other articles: `Mehr News zum …`, `Lesen Sie auch`, `Read more`.
fn is_teaser(lower: &str) -> bool {
    union(|b| b.teasers).any(|s| lower.starts_with(s)) && lower.split_whitespace().count() <= 12
}

/// Site furniture at the end of a page: lines that use at least two words
/// of the vocabulary of imprints, editorial policies, newsletters and
/// cookies, as whole words (`Werbung`, not `Anwerbung`).
fn is_boilerplate(lower: &str) -> bool {
    BOILERPLATE.iter().filter(|w| contains_words(lower, w)).count() >= 2
}

/// Whether `phrase` stands in `text` with no letter right before or after.
fn contains_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
    })
}

/// A short phrase written twice in a row, as badge and logo texts are.
fn is_repeated_phrase(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let n = words.len();
    (2..=12).contains(&n) && n.is_multiple_of(2) && words[..n / 2] == words[n / 2..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Vec<&str> {
        article_lines(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn comment_thread_is_cut_at_its_heading() {
        let text = "Der Zug fuhr 650 Kilometer.\n\nKommentare\n\nHinterlasse einen Kommentar\n\nanna\n11 Tage 7 h\n\n200 kg schwer?\n\nbert\n10 Tage 20 h\n\nNein.\n";
        assert_eq!(kept(text), vec!["Der Zug fuhr 650 Kilometer."]);
    }

    #[test]
    fn a_heading_word_alone_is_not_a_comment_section() {
        let text = "Kommentare\nDie Kommentare der Minister waren knapp.\nEs kamen 20 Gäste.\n";
        assert_eq!(kept(text).len(), 3);
    }

    #[test]
    fn footer_credits_and_teasers_are_dropped() {
        let text = "Mehr News zum Krieg in der Ukraine\n\nEs kamen 20 Gäste. (dpa)\nDas Werk liegt am Fluss Bild: Max Muster/AP\n\nABC geprüft ABC geprüft\n\n\"So arbeitet die Redaktion\" informiert Sie über unsere Richtlinien.\n\nTeaserbild: © Foto Agentur\n";
        assert_eq!(kept(text), vec!["Es kamen 20 Gäste. (dpa)"]);
    }

    #[test]
    fn reporting_that_uses_policy_words_stays() {
        let text = "Die Anwerbung von rund 650 Soldaten war Thema der Berichterstattung in Moskau.\n\
                    Putin habe 40 Minuten gesprochen.\n";
        assert_eq!(kept(text).len(), 2);
        let long = "Es kamen 20 Gäste. ".repeat(40);
        let text = format!("{long}{long}\n");
        assert_eq!(kept(&text).len(), 1, "a long line that happens to repeat itself is text");
    }

    #[test]
    fn a_plain_heading_then_names_and_stamps_is_a_comment_section() {
        let text = "Am Montag kamen 20 Gäste.\n\nLeserkommentare\n\nMaxMuster vor 3 Std.\nIm Jahr 2019 waren es 30.\n\
                    Erika_M Vor 5 Std.\nStimmt nicht.\n";
        assert_eq!(kept(text), vec!["Am Montag kamen 20 Gäste."]);
        let text = "Officials said 40 people came.\nJoin the discussion\nsam_k 3 hours ago\nNo way.\nkim 2 days ago\n";
        assert_eq!(kept(text), vec!["Officials said 40 people came."]);
    }

    #[test]
    fn english_comments_are_cut_too() {
        let text = "Officials said 40 people came.\nComments (2)\nsam\n3 days ago\nNo way.\nkim\n2 hours ago\nReply\n";
        assert_eq!(kept(text), vec!["Officials said 40 people came."]);
    }
}
