//! Frames, part of extraction: for each quantity and date, what its sentence
//! says it measures (the counted noun, a measured property), what happened
//! to it (a predicate class shared by every language), whose it is (names
//! in the same clause, a possessor), its scope (total, part, more, per unit,
//! so far, remaining) and its time frame (another year, an earlier event).
//! Alignment pairs claims by these; see DESIGN.md, *Precision*.

use std::collections::HashSet;

use rayon::prelude::*;

use crate::lang::{Frames, Lang};
use crate::model::claim::{ClaimValue, Dimension};
use crate::model::frame::Frame;
use crate::read::calendar;
use crate::text::words::{Token, fold, is_stopword, tokens};

/// The participant of a figure said of a pronoun: someone, not named.
pub(crate) const UNNAMED: &str = "?";

/// How far before a claim scope words are looked for.
const SCOPE_REACH: usize = 4;
/// How far before a claim a measured property is looked for.
const PROPERTY_REACH: usize = 4;

/// What a document tells about its words: those it also writes in lower
/// case are common words, never names.
pub(crate) struct Names {
    lower: HashSet<String>,
}

impl Names {
    /// Learns the words `text` writes in lower case: pieces of it split
    /// at white space on all cores, each distinct word folded once.
    pub(crate) fn learn(text: &str) -> Names {
        let written: HashSet<&str> = crate::text::pieces::pieces(text, LEARN_PIECE)
            .par_iter()
            .map(|&(base, piece)| {
                tokens(piece, base).iter().filter(|t| t.is_lowercase()).map(|t| t.text).collect::<HashSet<&str>>()
            })
            .reduce(HashSet::new, |mut a, mut b| {
                if a.len() < b.len() {
                    std::mem::swap(&mut a, &mut b);
                }
                a.extend(b);
                a
            });
        Names { lower: written.into_par_iter().map(fold).collect() }
    }
}

/// How many bytes of text one task of [`Names::learn`] reads at most.
const LEARN_PIECE: usize = 1 << 20;

/// A sentence as tokens and their folded forms, made once for the frames
/// of all its claims.
pub(crate) struct Sentence<'a> {
    pub toks: Vec<Token<'a>>,
    folded: Vec<String>,
}

impl<'a> Sentence<'a> {
    /// `text` is the sentence, `base` its offset in the document.
    pub(crate) fn new(text: &'a str, base: usize) -> Sentence<'a> {
        let toks = tokens(text, base);
        let folded = toks.iter().map(|t| fold(t.text)).collect();
        Sentence { toks, folded }
    }
}

/// The frame of the claim at `start..end` (document offsets) with `value`.
pub(crate) fn frame(
    words: &Frames,
    names: &Names,
    s: &Sentence,
    start: usize,
    end: usize,
    value: &ClaimValue,
) -> Frame {
    let toks = &s.toks;
    let first = toks.iter().position(|t| t.end > start).unwrap_or(toks.len());
    let last = toks.iter().rposition(|t| t.start < end).map_or(first, |i| i + 1).max(first);
    let folded = &s.folded;
    let (lo, hi) = super::clause::clause(words, toks, folded, first, last);
    let mut f =
        Frame { participants: participants(words, names, toks, folded, lo, hi, first, last), ..Frame::default() };
    // the names before the first figure of a list the claim ends, or before
    // a relative clause it stands in
    let owner = super::clause::owner_start(words, toks, folded, lo);
    let figure = (owner..lo).find(|&i| super::clause::is_figure(&toks[i], &folded[i])).unwrap_or(lo);
    f.owners = participants(words, names, toks, folded, owner, figure, figure, figure);
    f.owners.retain(|o| !f.participants.contains(o));
    // (a pronoun of the list's owner counts when no owner is named)
    let from = if f.owners.is_empty() { owner } else { lo };
    if f.participants.is_empty() && (from..hi).any(|i| words.pronouns.contains(&folded[i].as_str())) {
        // said of `he`, `his`: someone the clause does not name
        f.participants.push(UNNAMED.to_string());
    }
    f.predicate = predicate(words, folded, lo, hi, first, last);
    if let ClaimValue::Quantity(q) = value {
        let span = (first, last, hi);
        f.measure = measure(words, toks, folded, span, q.dimension, q.noun.as_deref(), &mut f.predicate);
        f.scope = scope(words, folded, lo, first, last, hi);
        f.time_frame = time_frame(words, toks, folded, lo, hi, first, last);
    }
    f
}

/// Whether the folded word `w` is said by the list entry `entry`.
fn says(entry: &str, w: &str) -> bool {
    match entry.strip_suffix('*') {
        Some(prefix) => w.starts_with(prefix),
        None => entry == w,
    }
}

/// Whether `entry` (one or more words) is said by the tokens at `i`.
fn says_at(entry: &str, folded: &[String], i: usize) -> bool {
    entry.split(' ').enumerate().all(|(k, e)| folded.get(i + k).is_some_and(|w| says(e, w)))
}

/// The predicate class nearest to the claim within its clause (its own
/// words included: `18 Verletzte`).
fn predicate(words: &Frames, folded: &[String], lo: usize, hi: usize, first: usize, last: usize) -> Option<String> {
    let distance = |i: usize| if i < first { first - i } else { i.saturating_sub(last - 1) };
    let mut order: Vec<usize> = (lo..hi).collect();
    order.sort_by_key(|&i| (distance(i), i));
    first_class(words, |f| f.predicates, folded, &order)
}

/// Named classes of words, as the language files list them.
type Classes = &'static [(&'static str, &'static [&'static str])];

fn class_at(classes: Classes, folded: &[String], i: usize) -> Option<String> {
    let index = class_index(classes);
    let word = folded.get(i)?;
    // the entries that can start with this word, in the order of the list:
    // the first class with an entry said at `i` wins, as in the list
    let exact = index.exact.get(word.as_str()).map_or(&[][..], Vec::as_slice);
    exact
        .iter()
        .chain(index.prefixed.iter())
        .filter(|&&(_, e)| says_at(e, folded, i))
        .map(|&(c, _)| c)
        .min()
        .map(|c| classes[c].0.to_string())
}

/// A list of classes indexed by the first word of each entry, so that a
/// word is looked up once instead of against every entry.
#[derive(Debug, Default)]
struct ClassIndex {
    /// First word → (class index, entry).
    exact: std::collections::HashMap<&'static str, Vec<(usize, &'static str)>>,
    /// Entries whose first word is a prefix (`verletz*`).
    prefixed: Vec<(usize, &'static str)>,
}

/// The index of a language's list, built once (the lists are static).
fn class_index(classes: Classes) -> &'static ClassIndex {
    use std::collections::HashMap;
    use std::sync::{LazyLock, RwLock};
    static BUILT: LazyLock<RwLock<HashMap<(usize, usize), &'static ClassIndex>>> = LazyLock::new(Default::default);
    let key = (classes.as_ptr() as usize, classes.len());
    if let Some(&index) = BUILT.read().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return index;
    }
    let mut index = ClassIndex::default();
    for (c, (_, entries)) in classes.iter().enumerate() {
        for &e in *entries {
            let first = e.split(' ').next().unwrap_or(e);
            if first.ends_with('*') {
                index.prefixed.push((c, e));
            } else {
                index.exact.entry(first).or_default().push((c, e));
            }
        }
    }
    let index: &'static ClassIndex = Box::leak(Box::new(index));
    BUILT.write().unwrap_or_else(|e| e.into_inner()).entry(key).or_insert(index)
}

/// The first class any of the tokens `order` says, from this language's
/// `classes` or — for a text whose language was misread, or that mixes
/// languages — from another language's (`pick` chooses the list).
fn first_class(words: &Frames, pick: fn(&Frames) -> Classes, folded: &[String], order: &[usize]) -> Option<String> {
    let own = pick(words);
    order.iter().find_map(|&i| class_at(own, folded, i)).or_else(|| {
        Lang::ALL
            .iter()
            .map(|l| pick(&l.words().frames))
            .filter(|cs| !std::ptr::eq(*cs, own))
            .find_map(|cs| order.iter().find_map(|&i| class_at(cs, folded, i)))
    })
}

/// What is counted or measured: the counted noun (with a qualifier that
/// splits it into kinds: `Verletzte, schwer`), or a measured property near
/// the claim. A counted noun that names a predicate (`Tote`) also gives it.
#[allow(clippy::too_many_arguments)]
fn measure(
    words: &Frames,
    toks: &[Token],
    folded: &[String],
    (first, last, hi): (usize, usize, usize),
    dimension: Dimension,
    noun: Option<&str>,
    predicate: &mut Option<String>,
) -> Option<String> {
    if let Some(noun) = noun {
        // `seven consecutive life sentences`: the head of the words after
        // a modifier is what is counted
        let modifier = words.count_modifiers.iter().any(|m| says(m, &fold(noun)));
        let noun = match modifier.then(|| head_after(words, toks, folded, first, last, noun)).flatten() {
            Some(head) => head,
            None => noun,
        };
        let n = fold(noun);
        let own = first_class(words, |f| f.predicates, std::slice::from_ref(&n), &[0]);
        if own.is_some() {
            *predicate = own;
        }
        // a qualifier inside the compound, or among the words before the
        // noun (`18 schwer- und 63 leichtverletzte`, `seriously injured`)
        let mut qualifier = words.qualifiers.iter().find(|q| n.starts_with(*q) && n.len() > q.len() + 3).copied();
        if qualifier.is_none() {
            let noun_at = (first..last.min(toks.len())).find(|&i| fold(toks[i].text) == n).unwrap_or(last);
            qualifier = (first..noun_at.min(folded.len()))
                .filter_map(|i| words.qualifiers.iter().find(|q| folded[i].starts_with(*q)))
                .next()
                .copied();
        }
        let base = match qualifier {
            Some(q) if n.starts_with(q) => {
                noun[noun.char_indices().nth(q.chars().count()).map_or(0, |(b, _)| b)..].to_string()
            }
            _ => noun.to_string(),
        };
        return Some(match qualifier {
            Some(q) => format!("{base}, {q}"),
            None => base,
        });
    }
    if dimension == Dimension::Number {
        return None;
    }
    // `the 20-year-old driver`: an age, whatever follows
    if (first..last).any(|i| {
        words.properties.iter().any(|(c, es)| {
            *c == "age" && es.iter().any(|e| says_at(e, folded, i) || folded[i].ends_with(e.trim_end_matches('*')))
        })
    }) {
        return Some("age".to_string());
    }
    // before the claim only right next to it; after it, to the clause's end
    let near = first.saturating_sub(PROPERTY_REACH)..hi.max(last + 2).min(folded.len());
    let mut order: Vec<usize> = near.filter(|i| *i < first || *i >= last).collect();
    order.sort_by_key(|&i| (if i < first { first - i } else { i + 1 - last }, i));
    let property = first_class(words, |f| f.properties, folded, &order).filter(|p| measures(p, dimension));
    property.or_else(|| attached(words, toks, folded, first))
}

/// The last of the lower-case content words right after the counted word
/// `noun` (`consecutive` → `life sentences` → `sentences`), or where nouns
/// are capitalized the first noun (`aufeinanderfolgende Nächte`).
fn head_after<'t>(
    words: &Frames,
    toks: &[Token<'t>],
    folded: &[String],
    first: usize,
    last: usize,
    noun: &str,
) -> Option<&'t str> {
    let n = fold(noun);
    let at = (first..toks.len()).find(|&i| folded[i] == n).unwrap_or(last.saturating_sub(1));
    let mut head = None;
    for i in at + 1..toks.len().min(at + 4) {
        let w = folded[i].as_str();
        if words.nouns_capitalized && toks[i].is_capitalized() {
            // `drei aufeinanderfolgende Nächte`: the noun ends the phrase
            return Some(toks[i].text);
        }
        // the word right after may be written capitalized (`two other Moms`)
        let cased = toks[i].is_lowercase() || head.is_none() && i == at + 1;
        if !toks[i].is_word() || !cased || is_stopword(w) || words.clause_breaks.contains(&w) {
            break;
        }
        head = Some(toks[i].text);
    }
    head
}

/// Whether the property class `p` is measured in `dimension`: a depth is a
/// length, a cost an amount of money.
fn measures(p: &str, dimension: Dimension) -> bool {
    match p {
        "depth" | "distance" | "range" | "length" | "height" | "width" => dimension == Dimension::Length,
        "area" => dimension == Dimension::Area,
        "cost" => dimension == Dimension::Currency,
        "age" => matches!(dimension, Dimension::Duration | Dimension::Count),
        "temperature" => dimension == Dimension::Temperature,
        "share" => dimension == Dimension::Percent,
        _ => true,
    }
}

/// The noun a figure is attached to by `von`/`of` right before it (a hedge
/// may come between): `Umleitung von rund 15 Kilometern`.
fn attached(words: &Frames, toks: &[Token], folded: &[String], first: usize) -> Option<String> {
    let of = (first.saturating_sub(3)..first).rev().find(|&i| words.attaching.contains(&folded[i].as_str()))?;
    let noun = of.checked_sub(1)?;
    let t = &toks[noun];
    (t.is_word() && !is_stopword(&folded[noun]) && !words.determiners.contains(&folded[noun].as_str()))
        .then(|| t.text.to_string())
}

/// The scope the words right before the claim give it, or a rate word
/// right after it; `29 of 34` makes the first a part.
fn scope(words: &Frames, folded: &[String], lo: usize, first: usize, last: usize, hi: usize) -> Option<String> {
    let from = first.saturating_sub(SCOPE_REACH).max(lo);
    for i in (from..first).rev() {
        // `more than` and `mehr als` are hedges, not more of the same
        if folded.get(i + 1).is_some_and(|w| words.comparison.contains(&w.as_str())) {
            continue;
        }
        if let Some((name, _)) = words.scopes.iter().find(|(_, es)| es.iter().any(|e| says_at(e, folded, i))) {
            return Some(name.to_string());
        }
    }
    if (last..hi.min(last + 3)).any(|i| words.per_after.iter().any(|e| says_at(e, folded, i))) {
        return Some("per".to_string());
    }
    // `68 punches in the sixth round`: one part of the event
    if (last..hi.min(last + 6)).any(|i| words.part_after.iter().any(|e| says_at(e, folded, i))) {
        return Some("part".to_string());
    }
    // `12 people were still missing`: what remains, or so far, after it
    for (name, entries) in words.scopes.iter().filter(|(n, _)| matches!(*n, "remaining" | "so_far")) {
        if (last..hi.min(last + 4)).any(|i| entries.iter().any(|e| says_at(e, folded, i))) {
            return Some(name.to_string());
        }
    }
    // a total, or a count so far, may open the sentence before a comma:
    // `In all, police seized …`, `Since Week 11, he has run …`
    // (every figure of the sentence after that comma is in its scope)
    let opening = folded.iter().position(|w| w == ",").filter(|&c| c <= 3 * SCOPE_REACH && c < first);
    // `In their first meeting this season, …`: one part of the season
    if let Some(c) = opening
        && (0..c).any(|i| words.ordinals.iter().any(|o| says(o, &folded[i])))
    {
        return Some("part".to_string());
    }
    for name in ["total", "so_far"] {
        let entries = words.scopes.iter().find(|(n, _)| *n == name).map(|(_, es)| *es).unwrap_or(&[]);
        if let Some(c) = opening
            && (0..c).any(|i| entries.iter().any(|e| says_at(e, folded, i)))
        {
            return Some(name.to_string());
        }
    }
    let figure = |w: &String| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    // `29 of 34`: the word that attaches a figure to what it is of
    let of = |i: usize| folded.get(i).is_some_and(|w| words.attaching.contains(&w.as_str()));
    if of(last) && folded.get(last + 1).is_some_and(figure) {
        return Some("part".to_string());
    }
    // and the second of `29 of 34` is the whole the first is taken from
    if first >= 2 && of(first - 1) && figure(&folded[first - 2]) {
        return Some("total".to_string());
    }
    None
}

/// Another time than the event's: a year named in the clause, or a word
/// that points back (`previous`, `vergangenen`).
fn time_frame(
    words: &Frames,
    toks: &[Token],
    folded: &[String],
    lo: usize,
    hi: usize,
    first: usize,
    last: usize,
) -> Option<String> {
    let year = |i: &usize| {
        let t = toks[*i].text;
        t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) && (1900..2100).contains(&t.parse::<u32>().unwrap_or(0))
    };
    let outside = (lo..hi).filter(|i| *i < first || *i >= last);
    if let Some(i) = outside.clone().find(year) {
        return Some(format!("in {}", toks[i].text));
    }
    if outside.into_iter().any(|i| words.earlier.iter().any(|e| says_at(e, folded, i))) {
        return Some("earlier".to_string());
    }
    // a year elsewhere in the sentence (`… in the war, waged since 1955`):
    // maybe another time, weaker than one in the claim's own clause
    (0..toks.len()).filter(|i| *i < lo || *i >= hi).find(year).map(|i| format!("near {}", toks[i].text))
}

/// The names in the clause, folded: capitalized words the document never
/// writes in lower case, that are no function word, month or weekday, and —
/// where every noun is capitalized — have no article or adjective before
/// them. A possessor (`Echenique's`) counts too.
#[allow(clippy::too_many_arguments)]
fn participants(
    words: &Frames,
    names: &Names,
    toks: &[Token],
    folded: &[String],
    lo: usize,
    hi: usize,
    first: usize,
    last: usize,
) -> Vec<String> {
    let mut out = Vec::new();
    for i in (lo..hi).filter(|i| *i < first || *i >= last) {
        let t = &toks[i];
        if !t.is_capitalized() || t.text.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let w = folded[i].trim_end_matches("s").to_string();
        let w = if t.text.ends_with("'s") || t.text.ends_with("’s") { w } else { folded[i].clone() };
        if is_stopword(&folded[i])
            || words.determiners.contains(&folded[i].as_str())
            || names.lower.contains(&folded[i])
            || calendar::month(&folded[i]).is_some()
            || calendar::weekday(&folded[i]).is_some()
        {
            continue;
        }
        if words.nouns_capitalized {
            let Some(prev) = i.checked_sub(1).map(|p| &toks[p]) else { continue };
            let pw = fold(prev.text);
            let adjective = prev.is_lowercase() && pw.len() > 3 && pw.ends_with(['e', 'n', 'r', 's', 'm']);
            if words.determiners.contains(&pw.as_str()) || adjective || prev.text.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
        } else if i == 0 && toks.get(1).is_none_or(|n| !n.is_capitalized()) {
            // a capitalized first word is a name only when the document
            // never writes it in lower case, checked above, and a name follows
            // or it is followed by a verb-like lower-case word
            if toks.get(1).is_some_and(|n| is_stopword(&fold(n.text))) {
                continue;
            }
        }
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::quantity;
    use crate::settings::Tolerances;

    fn frame_of(text: &str, lang: Lang, which: &str) -> Frame {
        let found = quantity::find(text, lang, &Tolerances::default());
        let q = found.iter().find(|q| text[q.start..q.end].contains(which)).expect("quantity found");
        let names = Names::learn(text);
        let s = Sentence::new(text, 0);
        frame(&lang.words().frames, &names, &s, q.start, q.end, &ClaimValue::Quantity(q.value.clone()))
    }

    #[test]
    fn predicates_of_counted_people() {
        let f = frame_of("Bei dem Unglück wurden 12 Menschen getötet.", Lang::De, "12");
        assert_eq!(f.predicate.as_deref(), Some("killed"));
        let f = frame_of("The crash injured 40 passengers.", Lang::En, "40");
        assert_eq!(f.predicate.as_deref(), Some("injured"));
    }

    #[test]
    fn scope_words_before_a_number() {
        let f = frame_of("Es gab 30 Verletzte, darunter 5 Kinder.", Lang::De, "5");
        assert_eq!(f.scope.as_deref(), Some("part"));
        let f = frame_of("Police arrested another 12 protesters.", Lang::En, "12");
        assert_eq!(f.scope.as_deref(), Some("more"));
        let f = frame_of("Two players rushed for over 100 yards apiece.", Lang::En, "100");
        assert_eq!(f.scope.as_deref(), Some("per"));
        let f = frame_of("Since Week 11, Thomas has 176 receiving yards.", Lang::En, "176");
        assert_eq!(f.scope.as_deref(), Some("so_far"));
        let f = frame_of("Miller threw 68 punches in the sixth round.", Lang::En, "68");
        assert_eq!(f.scope.as_deref(), Some("part"));
        // `150 of 300 punches`: a part of a whole
        let f = frame_of("The champion landed 150 of 300 punches thrown.", Lang::En, "300");
        assert_eq!(f.scope.as_deref(), Some("total"));
    }

    #[test]
    fn names_in_the_clause_are_participants() {
        let f = frame_of("Tomlin ran for 120 yards while Baxter added 40 yards.", Lang::En, "120");
        assert_eq!(f.participants, vec!["tomlin"]);
        let f = frame_of("Die Stadt liegt 80 Kilometer von der Grenze zu Polen entfernt.", Lang::De, "80");
        assert_eq!(f.participants, vec!["polen"]);
        assert_eq!(f.measure.as_deref(), Some("distance"));
    }

    #[test]
    fn a_figure_said_of_a_pronoun_has_an_unnamed_owner() {
        let f = frame_of("He caught 8 passes in the second half.", Lang::En, "8");
        assert_eq!(f.participants, vec![UNNAMED]);
    }

    #[test]
    fn an_earlier_year_is_another_time_frame() {
        let f = frame_of("A similar storm killed 300 people in 1998.", Lang::En, "300");
        assert_eq!(f.time_frame.as_deref(), Some("in 1998"));
    }

    #[test]
    fn a_misread_language_still_gives_the_predicate() {
        let f = frame_of("Beide Raketen seien rund 900 Kilometer weit geflogen.", Lang::En, "900");
        assert_eq!(f.predicate.as_deref(), Some("flown"));
        assert_eq!(f.measure.as_deref(), Some("range"));
    }

    #[test]
    fn qualifiers_split_a_counted_noun() {
        let f = frame_of("Es gab 7 Schwerverletzte.", Lang::De, "7");
        assert_eq!(f.measure.as_deref(), Some("verletzte, schwer"));
        assert_eq!(f.predicate.as_deref(), Some("injured"));
    }
}
