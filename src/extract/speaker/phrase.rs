//! Noun phrases that can speak: a pronoun, a name (with titles and
//! initials), a role with or without a name in apposition, joint names
//! (`Zadan und Meron`), an organisation, or a news medium, read from the
//! tokens at one position.

use crate::lang::Speech;
use crate::text::words::{Token, fold, is_stopword};

use super::lexicon::Lexicon;
use super::role::{self, Role};

/// The most tokens a phrase may span.
const MAX_PHRASE: usize = 16;

/// The most lower-case words a role may run on before its name.
const ROLE_WORDS: usize = 3;

/// What a phrase names.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Head {
    /// A subject pronoun (`er`, `she`), to be resolved.
    Pronoun(String),
    /// `heißt es`, `man`: speech without a speaker.
    Impersonal,
    /// A name, with the role written next to it.
    Person { name: String, role: Option<Role> },
    /// Several names joined by `und`/`and`.
    People(Vec<String>),
    /// A role without a name (`der Sprecher der Partei`).
    Role(Role),
    /// An article and a noun that is no known role (`der Student`): a
    /// speaker only where the position leaves no doubt.
    Generic(Role),
    /// A body that speaks (`das Ministerium`, `the police`).
    Organisation,
    /// A news medium, which reports but does not speak.
    Media,
    /// A written source without its author (`der Bericht`, `dem Antrag`).
    Document,
}

/// A phrase: its head and the tokens `start..end` it spans.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Phrase {
    pub head: Head,
    pub start: usize,
    pub end: usize,
    /// The words as written, without a leading article.
    pub words: String,
}

/// The words of `toks` joined as written (`Prof. Dr. Anna Weber`).
pub(crate) fn join(toks: &[Token]) -> String {
    let mut s = String::new();
    for t in toks {
        if !s.is_empty() && !matches!(t.text, "." | ",") {
            s.push(' ');
        }
        s.push_str(t.text);
    }
    s
}

/// The most words of an attribute between an article and its noun.
const ATTRIBUTE: usize = 10;

fn is_adjective(speech: &Speech, t: &Token) -> bool {
    let f = fold(t.text);
    // `23-jährige`: a number joined to an adjective
    let joined = t.text.starts_with(|c: char| c.is_ascii_digit()) && t.text.contains('-');
    // (`33-year-old`, whatever its ending)
    if joined && t.text.ends_with(|c: char| c.is_alphabetic()) {
        return true;
    }
    t.is_lowercase() && !is_stopword(&f) && speech.adjective_endings.iter().any(|e| f.ends_with(e)) && f.len() > 4
}

fn lower_in(list: &[&str], word: &str) -> bool {
    let w = word.to_lowercase();
    list.contains(&w.as_str())
}

/// Reads the phrase at `toks[i]`; `objects` allows an article of an
/// object (`laut dem Sprecher`). `None` when nothing there can speak.
pub(crate) fn at(speech: &Speech, lex: &Lexicon, toks: &[Token], i: usize, objects: bool) -> Option<Phrase> {
    let t = toks.get(i)?;
    if lower_in(speech.pronouns, t.text) {
        return Some(Phrase { head: Head::Pronoun(t.text.to_lowercase()), start: i, end: i + 1, words: t.text.into() });
    }
    // `sagte dieser`, `so letztere`: a demonstrative without its noun
    if lower_in(speech.demonstratives, t.text) && toks.get(i + 1).is_none_or(|n| !n.is_capitalized()) {
        return Some(Phrase { head: Head::Pronoun(t.text.to_lowercase()), start: i, end: i + 1, words: t.text.into() });
    }
    if lower_in(speech.impersonal, t.text) {
        return Some(Phrase { head: Head::Impersonal, start: i, end: i + 1, words: t.text.into() });
    }
    // `schrieb „Die Zeit“`: a title in marks where a subject stands is a medium's
    if let Some((open, close)) = title_at(toks, i) {
        return Some(Phrase { head: Head::Media, start: i, end: close + 1, words: join(&toks[open + 1..close]) });
    }
    let mut j = i;
    let mut article = false;
    // a named source may stand in the genitive (`nach Angaben des Ministers`)
    let genitive = lower_in(speech.genitive_articles, t.text);
    // `His barber, Julian Clark, …`: a possessive before a noun stands where an article does
    let possessive = speech.possessives.iter().any(|(w, _)| t.text.eq_ignore_ascii_case(w))
        && toks.get(i + 1).is_some_and(|n| n.is_word() && !lower_in(speech.pronouns, n.text));
    if lower_in(speech.subject_articles, t.text)
        || possessive
        || objects && (lower_in(speech.object_articles, t.text) || genitive)
    {
        article = true;
        j += 1;
    } else if lower_in(speech.object_articles, t.text) {
        return None;
    }
    let mut attributed = false;
    // `die in New York geborene Lopez`, `der sich als Gegner inszenierende
    // Unternehmer X`: an attribute with its own words between the article
    // and the adjective before the noun
    if article
        && toks.get(j).is_some_and(|t| lower_in(speech.prepositions, t.text) || speech.reflexive.contains(&t.text))
    {
        let attribute = (j + 1..toks.len().min(j + ATTRIBUTE)).take_while(|&k| toks[k].is_word()).find(|&k| {
            is_adjective(speech, &toks[k]) && toks.get(k + 1).is_some_and(|n| n.is_capitalized() && n.is_word())
        });
        if let Some(k) = attribute {
            j = k + 1;
            attributed = true;
        }
    }
    let words_from = j;
    let limit = toks.len().min(i + MAX_PHRASE);
    let mut origin = None;
    while article && j < limit && j < words_from + 3 && is_adjective(speech, &toks[j]) {
        let f = fold(toks[j].text);
        if speech.origin_adjectives.iter().any(|e| f.contains(e)) {
            origin = Some(f.trim_end_matches(['e', 'n', 'r']).to_string());
        }
        j += 1;
    }
    let mut name: Vec<String> = Vec::new();
    let mut role: Option<Role> = None;
    let mut organisation = false;
    let mut media = false;
    let mut possessor: Option<String> = None;
    let mut title: Option<String> = None;
    let mut k = j;
    while k < limit {
        let w = &toks[k];
        let next_dot = toks.get(k + 1).is_some_and(|n| n.text == ".");
        if speech.titles.contains(&w.text) {
            k += 1 + usize::from(next_dot);
            continue;
        }
        // a written source is never a name nor a body (`der Bericht` is no
        // `Gericht`): it is read as one below
        let document = role::compound_in(speech, speech.documents, w.text);
        // a role or a body may be written in lower case (`the spokesman`, `police`)
        let noun = role::class(speech, w.text).is_some() || role::is_organisation(speech, w.text);
        // a role of several words before the name (`general manager Ed
        // Stefanski`, `president and chief executive Anna Berg`): the name
        // is the speaker
        if role.is_some() && name.is_empty() && w.is_word() && !lex.is_name(speech, w) {
            // words of a title (`General Manager`), not a name, a verb or a
            // function word (`sagte`, `der`)
            let titled = |n: usize| {
                let t = &toks[n];
                t.is_word()
                    && !lex.is_name(speech, t)
                    && (speech.conjunctions.contains(&t.text) || !is_stopword(&fold(t.text)))
                    && super::cue::at(speech, toks, n).is_none()
            };
            let run = (k..limit).take(ROLE_WORDS + 1).take_while(|&n| titled(n)).count();
            if run <= ROLE_WORDS && toks.get(k + run).is_some_and(|n| lex.is_name(speech, n)) {
                k += run;
                continue;
            }
        }
        // `disaster agency spokesman Sutopo Purwo Nugroho`: lower-case words
        // before the role that opens the phrase, when a name follows it
        if k == j && w.is_lowercase() && name.is_empty() && role.is_none() && !organisation {
            let modifier = |n: usize| {
                let t = &toks[n];
                t.is_word()
                    && t.is_lowercase()
                    && !is_stopword(&fold(t.text))
                    && role::class(speech, t.text).is_none()
                    && super::cue::at(speech, toks, n).is_none()
            };
            let run = (k..limit.min(k + ROLE_WORDS)).take_while(|&n| modifier(n)).count();
            let last = k + run;
            if run > 0
                && toks.get(last).is_some_and(|n| role::class(speech, n.text).is_some())
                && toks.get(last + 1).is_some_and(|n| lex.is_name(speech, n))
            {
                k = last;
                continue;
            }
        }
        // `the actress's rep Jack Ketsoyan`: a common noun's possessive before a role
        let owner = w.text.ends_with("'s") || w.text.ends_with("’s");
        if owner
            && name.is_empty()
            && role.is_none()
            && w.is_lowercase()
            && toks.get(k + 1).is_some_and(|n| role::class(speech, n.text).is_some())
        {
            k += 1;
            continue;
        }
        if !w.is_word() || !(w.is_capitalized() || noun && name.is_empty()) {
            break;
        }
        if name.is_empty() && role.is_none() && !organisation && !media {
            if let Some(class) = role::class(speech, w.text) {
                let origin = origin.take().or_else(|| role::origin_before(speech, toks, k));
                role = Some(Role { noun: w.text.to_string(), class, origin, of: possessor.take() });
                k += 1;
                continue;
            }
            // `a Foreign Office spokeswoman`, `Polizeisprecher`: a body before a role belongs to it
            let before_role = toks.get(k + 1).is_some_and(|n| role::class(speech, n.text).is_some());
            if role::is_organisation(speech, w.text) && !document && !before_role {
                organisation = true;
                k += 1;
                continue;
            }
        }
        if name.is_empty() && role.is_none() && !organisation && document {
            break;
        }
        if role::is_media(speech, w.text) && name.is_empty() {
            media = true;
            k += 1;
            // `die Wochenzeitschrift „Jungle World“`: the medium's title in marks
            if let Some((open, close)) = title_at(toks, k) {
                title = Some(join(&toks[open + 1..close]));
                k = close + 1;
                break;
            }
            continue;
        }
        if w.text.chars().count() == 1 && next_dot && !name.is_empty() {
            name.push(format!("{}.", w.text)); // an initial
            k += 2;
            continue;
        }
        // `Obamas Sprecher`, `Reid's spokesman`: a possessor before a role or a body
        let possessive = w.text.ends_with("'s")
            || w.text.ends_with("’s")
            || w.text.len() > 4 && w.text.ends_with('s') && lex.has(&w.text[..w.text.len() - 1]);
        if name.is_empty() && role.is_none() && !organisation && possessive && k + 1 < limit {
            let n = &toks[k + 1];
            if role::class(speech, n.text).is_some() || role::is_organisation(speech, n.text) {
                possessor = Some(fold(w.text.trim_end_matches(['s', '\'', '’'])));
                k += 1;
                continue;
            }
            if n.is_capitalized() && !lex.is_name(speech, n) {
                return None; // `Trumps Angriffsauftrag`
            }
            if w.text.ends_with("'s") || w.text.ends_with("’s") {
                k += 1; // `Microsoft's Dustin Childs`: the name after the possessor
                continue;
            }
        }
        // `Trend Micro advanced threat researcher Paul Ferguson`: a body's
        // name, then a role of several lower-case words, then the name
        if name.is_empty() && role.is_none() && !organisation && w.is_capitalized() {
            let body = (k..limit.min(k + 3)).take_while(|&n| toks[n].is_capitalized() && toks[n].is_word()).count();
            let m = k + body;
            let title = (m..limit.min(m + ROLE_WORDS))
                .take_while(|&n| toks[n].is_lowercase() && !is_stopword(&fold(toks[n].text)))
                .count();
            let last = m + title;
            if title > 0
                && role::class(speech, toks[last - 1].text).is_some()
                && toks.get(last).is_some_and(|n| lex.is_name(speech, n))
            {
                k = last - 1;
                continue;
            }
        }
        // `Italiens Ministerpräsident`, `Stuttgarter Bürgermeisterin`, `AMD
        // chief technology officer`, `Berliner Polizei`: the word of a place or
        // a body before a role or a body belongs to it
        if name.is_empty()
            && role.is_none()
            && !organisation
            && toks
                .get(k + 1)
                .is_some_and(|n| role::class(speech, n.text).is_some() || role::is_organisation(speech, n.text))
        {
            k += 1;
            continue;
        }
        // `Das Staatsoberhaupt Neuseelands`: a place or body in the genitive
        // after a role is whose role it is, not the name
        if let Some(r) = role.as_mut().filter(|_| name.is_empty() && speech.genitive_s)
            && let Some(stem) = w.text.strip_suffix('s').filter(|s| s.chars().count() > 3 && lex.has(s))
        {
            r.of = Some(fold(stem));
            k += 1;
            continue;
        }
        if !name.is_empty() && regnal(w) {
            name.push(w.text.to_string()); // `Benedikt XVI.`
            k += 1 + usize::from(next_dot);
            break;
        }
        let opens_name =
            name.is_empty() && lex.is_name_part(speech, w) && toks.get(k + 1).is_some_and(|n| lex.is_name(speech, n));
        if !(lex.is_name(speech, w) || opens_name) || name.len() >= 4 {
            break;
        }
        name.push(w.text.to_string());
        k += 1;
    }
    if k == j {
        return generic(speech, lex, toks, (i, j), article, origin);
    }
    // `der Sprecher der Partei`, `the spokesman of the ministry`, `der
    // Leiter des Programms der Behörde`: up to two genitives
    for round in 0..2 {
        if !(name.is_empty()
            && (role.is_some() || organisation)
            && toks.get(k).is_some_and(|t| speech.genitive.contains(&t.text)))
        {
            break;
        }
        let mut g = k + 1;
        if toks
            .get(g)
            .is_some_and(|t| lower_in(speech.subject_articles, t.text) || lower_in(speech.object_articles, t.text))
        {
            g += 1;
        }
        while g < limit && is_adjective(speech, &toks[g]) {
            g += 1;
        }
        let from = g;
        while g < limit && g < from + 3 && toks[g].is_capitalized() && toks[g].is_word() {
            g += 1;
        }
        if g > from {
            if let Some(r) = role.as_mut().filter(|_| round == 0) {
                r.of = Some(fold(toks[g - 1].text));
            }
            k = g;
        } else {
            break;
        }
    }
    // `Die Vorsitzende des Verbands, Anna Weber, …`
    // (past a short complement: `der Chef der Bundesagentur für Arbeit, Frank Weise`)
    let complement = name.is_empty()
        && role.is_some()
        && toks.get(k).is_some_and(|t| lower_in(speech.prepositions, t.text))
        && (k + 1..limit.min(k + 5)).find(|&g| toks[g].text == ",").is_some_and(|comma| {
            toks[k + 1..comma].iter().all(|t| {
                t.is_capitalized()
                    || lower_in(speech.subject_articles, t.text)
                    || lower_in(speech.object_articles, t.text)
            })
        });
    let comma = if complement { (k..limit).find(|&g| toks[g].text == ",").unwrap_or(k) } else { k };
    if name.is_empty()
        && role.is_some()
        && toks.get(comma).is_some_and(|t| t.text == ",")
        && let Some((names, g)) = apposition(speech, lex, toks, comma + 1, limit, 1)
    {
        name = names;
        k = g;
    }
    let words = join(&toks[words_from..k]);
    let phrase = |head| Some(Phrase { head, start: i, end: k, words: words.clone() });
    if media && role.is_none() {
        let words = title.unwrap_or(words);
        return Some(Phrase { head: Head::Media, start: i, end: k, words });
    }
    if !name.is_empty() {
        // `Zadan und Meron`: joint speakers
        if role.is_none() && toks.get(k).is_some_and(|t| speech.conjunctions.contains(&t.text)) {
            let from = k + 1;
            let mut g = from;
            while g < limit && g < from + 4 && lex.is_name(speech, &toks[g]) {
                g += 1;
            }
            if g > from && !article {
                let other = toks[from..g].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                let words = join(&toks[words_from..g]);
                return Some(Phrase { head: Head::People(vec![name.join(" "), other]), start: i, end: g, words });
            }
        }
        if article && role.is_none() && !attributed {
            return phrase(Head::Organisation); // `die Deutsche Welle`
        }
        return phrase(Head::Person { name: name.join(" "), role });
    }
    if let Some(role) = role {
        return phrase(Head::Role(role));
    }
    if organisation {
        return phrase(Head::Organisation);
    }
    None
}

/// The opening and closing marks of a short title in marks at `k`
/// (`„Jungle World“`): at most four words, each capitalized.
pub(crate) fn title_at(toks: &[Token], k: usize) -> Option<(usize, usize)> {
    let opens = |t: &Token| matches!(t.text, "„" | "»" | "\"" | "“");
    let closes = |t: &Token| matches!(t.text, "“" | "«" | "\"" | "”");
    toks.get(k).filter(|t| opens(t))?;
    let close = (k + 1..toks.len().min(k + 6)).find(|&n| closes(&toks[n]))?;
    let inner = &toks[k + 1..close];
    (!inner.is_empty() && inner.iter().all(|t| t.is_word() && t.is_capitalized())).then_some((k, close))
}

/// A regnal number after a name (`Elisabeth II.`, `Benedikt XVI.`).
pub(crate) fn regnal(t: &Token) -> bool {
    (2..=5).contains(&t.text.len()) && t.text.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// The name in apposition after a comma at `from` (`, Anna Weber,`), also
/// after an article, attributes and a role (`, der frühere Minister Paul
/// Brandt,`, `, die britische Königin Elisabeth II.,`): the words of the
/// name, at least `least` of them, and where it ends, when a comma, a verb
/// or the sentence's end closes it.
fn apposition(
    speech: &Speech,
    lex: &Lexicon,
    toks: &[Token],
    mut from: usize,
    limit: usize,
    least: usize,
) -> Option<(Vec<String>, usize)> {
    if toks.get(from).is_some_and(|t| lower_in(speech.subject_articles, t.text)) {
        let mut g = from + 1;
        while g < limit.min(from + 4) && is_adjective(speech, &toks[g]) {
            g += 1;
        }
        let noun = toks.get(g).filter(|t| t.is_capitalized() && !lex.is_name(speech, t))?;
        role::class(speech, noun.text)?;
        from = g + 1;
    }
    let mut g = from;
    while g < limit && g < from + 4 && lex.is_name(speech, &toks[g]) {
        g += 1;
    }
    if g > from && toks.get(g).is_some_and(regnal) {
        g += 1;
    }
    if g > from && regnal(&toks[g - 1]) && toks.get(g).is_some_and(|t| t.text == ".") {
        g += 1;
    }
    let closes = toks.get(g).is_none_or(|t| matches!(t.text, "," | "." | "!" | "?" | ";" | "(") || t.is_lowercase());
    let words = || toks[from..g].iter().filter(|t| t.is_word()).map(|t| t.text.to_string()).collect();
    (g >= from + least && closes).then(|| (words(), g))
}

/// `des CCC`, `der IG Metall`: the capitalized words after a genitive
/// article, the body a document belongs to (a word after an article is no
/// name to the lexicon).
fn body_after(toks: &[Token], from: usize) -> Option<Phrase> {
    let g = toks.get(from).filter(|t| t.is_lowercase()).map_or(from, |_| from + 1);
    let n = toks[g.min(toks.len())..].iter().take(3).take_while(|t| t.is_word() && t.is_capitalized()).count();
    (n > 0 && g > from).then(|| Phrase {
        head: Head::Organisation,
        start: from,
        end: g + n,
        words: join(&toks[g..g + n]),
    })
}

/// `der Student`, `ein Übertrittswilliger`: an article and a noun that is
/// not an abstract one, taken as a role the source does not name; a noun of
/// speech gives way to whose it is (`das Fazit der Betreiber`).
fn generic(
    speech: &Speech,
    lex: &Lexicon,
    toks: &[Token],
    (i, j): (usize, usize),
    article: bool,
    origin: Option<String>,
) -> Option<Phrase> {
    // `the barber, Julian Clark, …`: a noun in lower case with a name in apposition
    // (the noun may have been read as an attribute: `his barber`)
    let n = if toks.get(j).is_some_and(|t| t.text == ",") && j >= i + 2 { j - 1 } else { j };
    if article
        && let Some(w) = toks.get(n).filter(|w| w.is_word() && w.is_lowercase() && !is_stopword(&fold(w.text)))
        && toks.get(n + 1).is_some_and(|t| t.text == ",")
        && let Some((names, g)) = apposition(speech, lex, toks, n + 2, toks.len(), 2)
    {
        let role = Role { noun: w.text.to_string(), class: crate::lang::RoleClass::Other, origin, of: None };
        let name = names.join(" ");
        return Some(Phrase {
            head: Head::Person { name, role: Some(role) },
            start: i,
            end: g,
            words: join(&toks[n..g]),
        });
    }
    let w = toks.get(j).filter(|w| article && w.is_word() && w.is_capitalized() && w.text.chars().count() > 3)?;
    let lower = w.text.to_lowercase();
    let document = role::compound_in(speech, speech.documents, w.text);
    if role::compound_in(speech, speech.nouns, w.text) || document {
        let owner = toks.get(j + 1).filter(|t| speech.genitive.contains(&t.text)).and_then(|of| {
            let from = j + 1 + usize::from(!speech.genitive_articles.contains(&of.text));
            at(speech, lex, toks, from, true).or_else(|| body_after(toks, from))
        });
        return match owner {
            Some(p) => Some(Phrase { start: i, ..p }),
            None if document => Some(Phrase { head: Head::Document, start: i, end: j + 1, words: w.text.to_string() }),
            None => None,
        };
    }
    let f = fold(w.text);
    if speech.noun_endings.iter().any(|e| f.ends_with(&fold(e))) || speech.calendar.contains(&lower.as_str()) {
        return None;
    }
    let role = Role { noun: w.text.to_string(), class: crate::lang::RoleClass::Other, origin, of: None };
    // `die Moderatorin eines Lokalsenders`: a genitive after the noun belongs to it
    let mut end = j + 1;
    let genitive = |t: &Token| {
        t.text.chars().count() <= 5 && (speech.genitive.contains(&t.text) || speech.object_articles.contains(&t.text))
    };
    if toks.get(end).is_some_and(genitive) {
        let mut g = end + 1;
        while g < toks.len().min(end + 4) && is_adjective(speech, &toks[g]) {
            g += 1;
        }
        if toks.get(g).is_some_and(|t| t.is_capitalized() && t.is_word()) {
            end = g + 1;
        }
    }
    // `Der ältere Bruder des Papstes, Georg Ratzinger, …`: the name in apposition
    if toks.get(end).is_some_and(|t| t.text == ",")
        && let Some((names, g)) = apposition(speech, lex, toks, end + 1, toks.len(), 2)
    {
        let name = names.join(" ");
        let words = join(&toks[j..g]);
        return Some(Phrase { head: Head::Person { name, role: Some(role) }, start: i, end: g, words });
    }
    Some(Phrase { head: Head::Generic(role), start: i, end, words: w.text.to_string() })
}
