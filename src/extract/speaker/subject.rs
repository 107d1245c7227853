//! Subject position: the phrase that speaks at a cue. In a clause that
//! opens with a phrase that can speak (`Der Minister sagte`, `wie X
//! erklärte`, `X said`) that phrase; otherwise the subject after the verb
//! (`Am Montag sagte der Minister`, `„…“, sagte er`, `said X`), never an
//! object or an addressee (`sagte der Zeitung`, `told reporters`).

use crate::lang::Speech;
use crate::text::words::{Token, fold, is_stopword};

use super::cue::{self, Cue, Kind};
use super::lexicon::Lexicon;
use super::phrase::{self, Head, Phrase};
use super::role;
use super::source;

pub(crate) use super::clause::Found;
use super::clause::{boundary, clause_start, lower_in};

/// Whether a phrase can be the one who speaks (not a medium).
fn speaks(p: &Phrase) -> bool {
    !matches!(p.head, Head::Media)
}

/// The phrase that opens the clause ending at `c`, if it reaches up to the
/// verb: `Der Sprecher Hans Müller hatte am Montag erklärt`.
fn opening(speech: &Speech, lex: &Lexicon, toks: &[Token], c: usize, opens: bool) -> Option<Found> {
    let s = clause_start(toks, c);
    // a window that starts inside a clause has no clause start of its own
    if s == 0 && !opens {
        return None;
    }
    // `X, der …, sagte` and `Die Vorsitzende, Anna Weber, sagte`: the
    // clause before the comma
    if s == c && c >= 2 && toks[c - 1].text == "," {
        // `Sandra Boser (Partei), erklärte`: the bracket stays with the name
        let mut e = c - 1;
        if e > 0
            && toks[e - 1].text == ")"
            && let Some(open) = toks[..e - 1].iter().rposition(|t| t.text == "(").filter(|&o| e - o <= 8)
        {
            e = open;
        }
        // `Makaeo Brown, 18, said`: an age in apposition stays with the name
        if e >= 2
            && toks[e - 1].text.len() <= 3
            && toks[e - 1].text.bytes().all(|b| b.is_ascii_digit())
            && toks[e - 2].text == ","
        {
            e -= 2;
        }
        let b = clause_start(toks, e);
        let segment = &toks[b..e];
        if !segment.is_empty() && segment.iter().all(|t| lex.is_name(speech, t)) {
            let p = phrase::at(speech, lex, toks, b, false)?;
            return matches!(p.head, Head::Person { .. }).then_some((p, "name in apposition before the cue"));
        }
        if let Some(found) = name_before_role(speech, lex, toks, b, opens) {
            return Some(found);
        }
        // `Der Chef des Verbands, der frühere Minister Paul Brandt, sagte`
        if b >= 2
            && toks[b - 1].text == ","
            && let Some(p) = phrase::at(speech, lex, toks, clause_start(toks, b - 1), false)
            && p.end == e
            && matches!(p.head, Head::Person { .. })
        {
            return Some((p, "role with the name in apposition before the cue"));
        }
        if segment.first().is_some_and(|t| lower_in(speech.relatives, t.text)) && b >= 2 && toks[b - 1].text == "," {
            return opening(speech, lex, toks, b - 1, opens)
                .map(|(p, _)| (p, "subject before a relative clause and the cue"));
        }
        // `Die Aussage von Jerry Larson, dem Präsidenten der Firma, lautete`:
        // a role in apposition after the subject
        let apposition = segment.iter().take(4).any(|t| t.is_capitalized() && role::class(speech, t.text).is_some());
        if apposition && b >= 2 && toks[b - 1].text == "," {
            return opening(speech, lex, toks, b - 1, opens)
                .filter(|(p, _)| matches!(p.head, Head::Person { .. } | Head::People(_)))
                .map(|(p, _)| (p, "subject before a role in apposition and the cue"));
        }
        return None;
    }
    // `Anna Weber, die Präsidentin des Verbands (VdX) sagte`
    if let Some(found) = name_before_role(speech, lex, toks, s, opens) {
        return Some(found);
    }
    let mut start = s;
    let mut guard = 0;
    while start < c && guard < 2 && lower_in(speech.subordinators, toks[start].text) {
        start += 1;
        guard += 1;
    }
    if start >= c {
        return None;
    }
    // `…, die Gerhard Schröder erklärt hatte`: the subject of a relative clause
    if s > 0
        && toks[s - 1].text == ","
        && start == s
        && lower_in(speech.relatives, toks[start].text)
        && let Some(p) = phrase::at(speech, lex, toks, start + 1, false)
        && p.end <= c
        && matches!(p.head, Head::Person { .. } | Head::Pronoun(_))
    {
        return Some((p, "subject of the clause of the cue"));
    }
    let p = partitive(speech, toks, start, c).or_else(|| phrase::at(speech, lex, toks, start, false))?;
    let reaches = p.end == c || p.end < c && (toks[p.end].is_lowercase() || toks[p.end].text == "(");
    // a noun that is no known role speaks only right before its verb (or
    // an adverb before it), and only a noun for people (`Der Ermittler
    // sagte`, not `das Motiv fand sich`)
    let close = p.end == c
        || speech.auxiliaries.contains(&toks[p.end].text)
        || p.end + 1 == c && lower_in(speech.between_subject_and_verb, toks[p.end].text);
    let sure = match &p.head {
        Head::Generic(r) => close && role::person_noun(speech, r),
        _ => true,
    };
    (reaches && sure).then_some((p, "subject before the cue"))
}

/// `Einer der 13 beteiligten Feuerwehrmänner sagte`, `one of the officers
/// said`: the group the one who speaks belongs to, as a role the source
/// does not name (the noun within a few words after the partitive).
fn partitive(speech: &Speech, toks: &[Token], start: usize, c: usize) -> Option<Phrase> {
    // (not in apposition: `Sadiq Khan, eines der Parlamentsmitglieder, …`)
    if start > 0 && toks[start - 1].text == "," {
        return None;
    }
    let n = speech.partitives.iter().find_map(|w| {
        let words = toks.get(start..start + w.split(' ').count())?;
        words.iter().zip(w.split(' ')).all(|(t, w)| t.text.eq_ignore_ascii_case(w)).then_some(words.len())
    })?;
    let from = start + n;
    let k = (from..c.min(from + 4)).find(|&k| {
        let t = &toks[k];
        t.is_word() && (t.is_capitalized() || role::class(speech, t.text).is_some())
    })?;
    let noun = toks[k].text.to_string();
    let class = role::class(speech, &noun);
    let role = role::Role {
        noun: noun.clone(),
        class: class.unwrap_or(crate::lang::RoleClass::Other),
        origin: None,
        of: None,
    };
    let person = class.is_some() || role::person_noun(speech, &role);
    let words = toks[start..=k].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
    person.then(|| Phrase { head: Head::Generic(role), start, end: k + 1, words })
}

/// `Anna Weber, Präsidentin des Verbands, sagte`: the name before a comma
/// and a role in apposition that starts at `b`.
fn name_before_role(speech: &Speech, lex: &Lexicon, toks: &[Token], b: usize, opens: bool) -> Option<Found> {
    if b < 2 || toks[b - 1].text != "," {
        return None;
    }
    let head = toks[b..].iter().take(3).find(|t| t.is_capitalized())?;
    let article = lower_in(speech.subject_articles, toks[b].text);
    if role::class(speech, head.text).is_none() || !(article || head.start == toks[b].start) {
        return None;
    }
    let e = b - 1;
    let start = clause_start(toks, e);
    if start == 0 && !opens || e - start > 4 || start == e {
        return None;
    }
    // a name at a sentence's start: its first word may be one written only there
    let names = &toks[start..e];
    let first = !lower_in(speech.subject_articles, names[0].text)
        && (lex.is_name(speech, &names[0]) || names.len() > 1 && lex.is_name_part(speech, &names[0]));
    if !first || !names[1..].iter().all(|t| lex.is_name(speech, t)) {
        return None;
    }
    let p = phrase::at(speech, lex, toks, start, false)?;
    matches!(p.head, Head::Person { .. }).then_some((p, "name before its role in apposition"))
}

/// The subject right after the verb, or further in for a verb at the end
/// of its clause (`hatte er erklärt`).
fn inverted(
    speech: &Speech,
    lex: &Lexicon,
    toks: &[Token],
    cue: &Cue,
    opens: bool,
    quoted_object: bool,
) -> Option<Found> {
    // `… und nannte X „…“`: a second verb shares the first one's subject;
    // what follows it is its object
    let coordinated = cue.at > 0 && speech.conjunctions.contains(&toks[cue.at - 1].text);
    // a noun that is no known role only where the quotation is the object (`„…“, sagte der Student`)
    // `äußerte sich der Minister`: the reflexive pronoun stands before the subject
    let after = cue.at + 1 + usize::from(toks.get(cue.at + 1).is_some_and(|t| speech.reflexive.contains(&t.text)));
    // `says his organization will sue: "…"`: a phrase with its own verb
    // after the cue is the subject of the clause the cue introduces
    // … and so is one that runs up to the quotation before it (`said the
    // government "blatantly lied"`): the quotation goes on with its clause
    let own_verb = |p: &Phrase| {
        toks.get(p.end).is_some_and(|t| speech.auxiliaries.contains(&t.text))
            || !speech.verb_second && !quoted_object && p.end == toks.len() && toks.last().is_some_and(Token::is_word)
    };
    if !coordinated
        && let Some(p) = phrase::at(speech, lex, toks, after, false)
            .filter(|p| match &p.head {
                // `warnte die Moderatorin eines Lokalsenders: „…“`: a noun
                // for people with a subject's article
                Head::Generic(r) => {
                    quoted_object || lower_in(speech.subject_articles, toks[after].text) && role::person_noun(speech, r)
                }
                _ => true,
            })
            .filter(|p| !own_verb(p))
    {
        return Some((p, "subject after the cue"));
    }
    // the middle field before a final verb: `Am Montag hatte er erklärt`,
    // a pronoun or a phrase with an article right after a lower-case word
    let mut s = cue.at;
    while s > 0 && !boundary(&toks[s - 1]) && cue.at - s < 12 {
        s -= 1;
    }
    if s == 0 && !opens {
        return None;
    }
    (s + 1..cue.at).find_map(|k| {
        let with_article = lower_in(speech.subject_articles, toks[k].text);
        let p = phrase::at(speech, lex, toks, k, false)?;
        let pronoun = matches!(p.head, Head::Pronoun(_));
        // `…, hatte Koch-Mehrin damals gesagt`: a name right after the clause's first verb
        // (not after an article: `…, den Nachbarn gedroht`)
        let article =
            lower_in(speech.object_articles, toks[k - 1].text) || lower_in(speech.subject_articles, toks[k - 1].text);
        // (`wie sich Tauss ausdrückte`: past a reflexive pronoun)
        let reflexive = k == s + 2 && speech.reflexive.contains(&toks[s + 1].text);
        let second = (k == s + 1 || reflexive) && matches!(p.head, Head::Person { .. }) && !article;
        if matches!(p.head, Head::Generic(_)) {
            return None;
        }
        let auxiliary = speech.auxiliaries.contains(&toks[k - 1].text) && speaks(&p);
        let fits = toks[k - 1].is_lowercase() && p.end <= cue.at && (pronoun || with_article || second || auxiliary);
        fits.then_some((p, "subject before a final cue"))
    })
}

/// The phrase that speaks at `cue` in `toks`.
/// `opens` tells whether `toks` starts where a clause starts;
/// `quoted_object` that the quotation stands right before the cue.
pub(crate) fn find(
    speech: &Speech,
    lex: &Lexicon,
    toks: &[Token],
    cue: &Cue,
    opens: bool,
    quoted_object: bool,
) -> Option<Found> {
    let c = cue.at;
    match cue.kind {
        Kind::Verb if speech.impersonal_verbs.contains(&toks[c].text) => source::impersonal(speech, lex, toks, c),
        Kind::Verb if passive(speech, toks, c) => source::agent(speech, lex, toks, c),
        Kind::Verb => source::agent(speech, lex, toks, c)
            .or_else(|| opening(speech, lex, toks, c, opens))
            .or_else(|| inverted(speech, lex, toks, cue, opens, quoted_object))
            .or_else(|| coordinated(speech, lex, toks, cue, opens))
            .or_else(|| apposition_after_name(speech, lex, toks, c, opens))
            .or_else(|| lone_word(speech, lex, toks, c, opens)),
        Kind::Noun => {
            // `lobte er mit den Worten`: the verb of the clause speaks
            let s = clause_start(toks, c);
            match (s..c).rev().find_map(|k| cue::at(speech, toks, k).filter(|v| v.kind == Kind::Verb)) {
                Some(verb) => find(speech, lex, toks, &verb, opens, quoted_object),
                None => opening(speech, lex, toks, c, opens).or_else(|| second_place(speech, lex, toks, s, c)),
            }
        }
        Kind::So => {
            // `so heißt es in der Erklärung`: the impersonal verb names its source
            if c + 1 < toks.len()
                && speech.impersonal_verbs.contains(&toks[c + 1].text)
                && let Some(v) = cue::at(speech, toks, c + 1).filter(|v| v.kind == Kind::Verb)
            {
                return find(speech, lex, toks, &v, opens, quoted_object);
            }
            // `so urteilte Romney`: past a verb after `so`
            let verb = toks
                .get(c + 1)
                .and_then(|_| cue::at(speech, toks, c + 1))
                .filter(|v| v.kind == Kind::Verb)
                .map_or(0, |v| v.next - c - 1);
            // (a noun that is no known role only if it names people: not `so lautet der Titel`)
            phrase::at(speech, lex, toks, c + 1 + verb, false)
                .filter(|p| {
                    speaks(p) && (verb == 0 || !matches!(&p.head, Head::Generic(r) if !role::person_noun(speech, r)))
                })
                .map(|p| (p, "subject after `so`"))
        }
        Kind::Telling => opening(speech, lex, toks, c, opens),
        Kind::Quoted => {
            // `wird X zitiert`: between the auxiliary and the verb
            let floor = c.saturating_sub(12);
            if let Some(aux) = (floor..c).rev().find(|&k| speech.quoted_auxiliaries.contains(&toks[k].text))
                && let Some(p) = phrase::at(speech, lex, toks, aux + 1, false).filter(|p| p.end <= c && speaks(p))
            {
                return Some((p, "quoted speaker of the passive"));
            }
            // `zitierte die Agentur den Sprecher`, `zitiert ndr.de Polizeisprecher X`:
            // the quoted one, after the medium
            let right_after = phrase::at(speech, lex, toks, c + 1, false);
            let from = right_after.as_ref().map_or(c + 1, |p| p.end);
            let title = |k: usize| k > 0 && matches!(toks[k - 1].text, "„" | "»" | "«" | "\"");
            let quoted = |p: &Phrase| match &p.head {
                Head::Person { .. } | Head::Role(_) => true,
                Head::Generic(r) => role::person_noun(speech, r),
                _ => false,
            };
            if let Some(p) = (from..toks.len().min(from + 5))
                .filter(|&k| !title(k))
                .find_map(|k| phrase::at(speech, lex, toks, k, true).filter(quoted))
            {
                return Some((p, "quoted speaker after the medium"));
            }
            // `Ein Sender zitierte Papandreou mit den Worten`, `quoted
            // Papandreou as saying`: with its subject before it, the one
            // right after the verb is its object, the one quoted
            if clause_start(toks, c) < c
                && let Some(p) = right_after.as_ref().filter(|p| quoted(p))
            {
                return Some((p.clone(), "quoted speaker, the object of the verb"));
            }
            // `„…“, zitiert CNN`: a medium that quotes no one named
            opening(speech, lex, toks, c, opens)
                .filter(|(p, _)| speaks(p))
                .or_else(|| right_after.filter(|p| p.head == Head::Media).map(|p| (p, "medium that quotes")))
        }
        Kind::SourceBefore => source::owner(speech, lex, toks, cue.next).or_else(|| {
            phrase::at(speech, lex, toks, cue.next, true).filter(speaks).map(|p| (p, "named source after the cue"))
        }),
        Kind::SourceAfter => {
            let mut s = c;
            while s > 0 && !boundary(&toks[s - 1]) && c - s < 8 {
                s -= 1;
            }
            (s..c)
                .find_map(|k| phrase::at(speech, lex, toks, k, true).filter(|p| p.end == c && speaks(p)))
                .map(|p| (p, "named source before the cue"))
        }
    }
}

/// `wie er genannt wird`, `he was described as`: a participle in the
/// passive, whose subject is the one spoken of, not the one who speaks.
fn passive(speech: &Speech, toks: &[Token], c: usize) -> bool {
    let w = toks[c].text;
    let aux = |k: usize| toks.get(k).is_some_and(|t| speech.quoted_auxiliaries.contains(&t.text));
    if speech.verb_second {
        let participle = w.ends_with('t') || w.starts_with("ge") && w.ends_with("en");
        participle && aux(c + 1)
    } else {
        c > 0 && aux(c - 1) && !w.ends_with("ing")
    }
}

/// `Siemens teilte mit:`, `Osterloh erklärte, …`: a lone capitalized word
/// at a sentence's start right before a singular verb, when nothing after
/// the verb can be its subject, is the subject, even though every word is
/// capitalized there. Only in a language whose verbs show their number, so
/// that `Kritiker sagten` (a plural noun) stays without a speaker.
fn lone_word(speech: &Speech, lex: &Lexicon, toks: &[Token], c: usize, opens: bool) -> Option<Found> {
    if speech.plural_verb_endings.is_empty() || c == 0 {
        return None;
    }
    let s = c - 1;
    let starts = if s == 0 { opens } else { matches!(toks[s - 1].text, "." | "!" | "?") };
    let (w, verb) = (&toks[s], &toks[c]);
    if !starts
        || !w.is_word()
        || !lex.is_name_part(speech, w)
        || lex.written_lower(w.text)
        || is_stopword(&fold(w.text))
        || speech.plural_verb_endings.iter().any(|e| verb.text.ends_with(e))
    {
        return None;
    }
    // `Dazu erklärte der Minister`, `Weiter sagte sie`: the subject after the verb
    let after = toks.get(c + 1);
    let subject_after = after.is_some_and(|t| {
        t.is_capitalized()
            || [
                speech.pronouns,
                speech.demonstratives,
                speech.impersonal,
                speech.subject_articles,
                speech.object_articles,
            ]
            .iter()
            .any(|list| lower_in(list, t.text))
    });
    if subject_after {
        return None;
    }
    let head = Head::Person { name: w.text.to_string(), role: None };
    Some((Phrase { head, start: s, end: c, words: w.text.to_string() }, "lone name before a singular verb"))
}

/// `Der Wahlsieger erklärte …, und verglich`, `biss der Randalierer den
/// Fluggast und rief`: a verb after `und` without a subject of its own
/// shares the subject of the verb before it, the phrase that opens the
/// sentence or the one right after that verb (a noun for people too).
/// The most tokens of a role in apposition between a name and its verb.
const APPOSITION: usize = 24;

/// `Kurt Brandt, Präsident der Universität und Vorsitzender der Konferenz,
/// begrüßte …`, `Die überlebende Alice Kama, 30, beschrieb`: a name near the
/// sentence's start, then between two commas words without a clause of
/// their own, then the verb.
fn apposition_after_name(speech: &Speech, lex: &Lexicon, toks: &[Token], c: usize, opens: bool) -> Option<Found> {
    if !opens || c < 4 || toks[c - 1].text != "," {
        return None;
    }
    let open = toks[..c - 1].iter().position(|t| t.text == ",")?;
    let inner = &toks[open + 1..c - 1];
    let clause = |t: &Token| {
        matches!(t.text, ":" | ";" | "." | "!" | "?" | "„" | "“" | "\"")
            || lower_in(speech.relatives, t.text)
            || lower_in(speech.subordinators, t.text)
    };
    // (a role in apposition opens with a noun, an article or an age: `Präsident`, `der`, `30`)
    let opening = inner.first().is_some_and(|t| {
        t.is_capitalized()
            || t.text.starts_with(|c: char| c.is_ascii_digit())
            || lower_in(speech.subject_articles, t.text)
    });
    if open > 8 || !opening || inner.len() > APPOSITION || inner.iter().any(|t| t.text == "," || clause(t)) {
        return None;
    }
    let p = (0..open).find_map(|k| phrase::at(speech, lex, toks, k, false).filter(|p| p.end == open))?;
    let full = matches!(&p.head, Head::Person { name, .. } if name.contains(' '));
    full.then_some((p, "name before its role in apposition"))
}

fn coordinated(speech: &Speech, lex: &Lexicon, toks: &[Token], cue: &Cue, opens: bool) -> Option<Found> {
    let c = cue.at;
    if c == 0 || !speech.conjunctions.contains(&toks[c - 1].text) || !opens {
        return None;
    }
    let person = |p: &Phrase| matches!(p.head, Head::Pronoun(_)) || names_people(speech, p);
    let mut s = 0;
    while s < c && lower_in(speech.subordinators, toks[s].text) {
        s += 1;
    }
    // the subject that opens the sentence, right before its verb (not of
    // a subordinate clause that opens it)
    if s == 0
        && let Some(p) = phrase::at(speech, lex, toks, s, false).filter(|p| p.end < c && toks[p.end].is_lowercase())
        && person(&p)
    {
        return Some((p, "subject of the verb before `und`"));
    }
    // the subject right after the verb that opens the main clause before
    // `und`, past a subordinate clause (`Als …, biss der Randalierer …`)
    let verb = clause_start(toks, c - 1);
    if verb == 0 || !toks[verb].is_lowercase() || cue::at(speech, toks, verb).is_some() {
        return None;
    }
    phrase::at(speech, lex, toks, verb + 1, false)
        .filter(|p| p.end < c && person(p) && lower_in(speech.subject_articles, toks[verb + 1].text))
        .map(|p| (p, "subject of the verb before `und`"))
}

/// `Hier sparte der Bundespräsident nicht mit Kritik: „…“`: where the verb
/// stands second, the subject with its article right after the verb of the
/// clause a noun of speech stands in (a person, a role or a noun for
/// people).
fn second_place(speech: &Speech, lex: &Lexicon, toks: &[Token], s: usize, c: usize) -> Option<Found> {
    if !speech.verb_second {
        return None;
    }
    let verb = (s + 1..c).find(|&k| toks[k].is_lowercase())?;
    if !lower_in(speech.subject_articles, toks.get(verb + 1)?.text) {
        return None;
    }
    let p = phrase::at(speech, lex, toks, verb + 1, false).filter(|p| p.end <= c && names_people(speech, p))?;
    Some((p, "subject after the verb of the clause"))
}

/// Whether a phrase names people who can speak: a person, several, a role,
/// a body, or a noun for people that is no known role.
fn names_people(speech: &Speech, p: &Phrase) -> bool {
    match &p.head {
        Head::Generic(r) => role::person_noun(speech, r),
        Head::Person { .. } | Head::People(_) | Head::Role(_) | Head::Organisation => true,
        _ => false,
    }
}

/// `Müller: „…“`: a phrase that makes up the whole clause before a colon.
pub(crate) fn before_colon(speech: &Speech, lex: &Lexicon, toks: &[Token]) -> Option<Found> {
    let c = toks.len().checked_sub(1)?;
    if toks[c].text != ":" {
        return None;
    }
    let mut s = c;
    while s > 0 && !boundary(&toks[s - 1]) && c - s < 12 {
        s -= 1;
    }
    while s < c && lower_in(speech.subordinators, toks[s].text) {
        s += 1;
    }
    // `Zitat von Schröder: „…“`: whose words a noun of speech holds
    if s + 2 < c && lower_in(speech.nouns, toks[s].text) && speech.genitive.contains(&toks[s + 1].text) {
        s += 2;
    }
    // `Seine Meinung zu dem Plan: „…“`: whose opinion the clause names
    if cue::source_noun(speech, toks, s + 1)
        && let Some(found) = source::owner(speech, lex, toks, s)
    {
        return Some(found);
    }
    let p = phrase::at(speech, lex, toks, s, false)?;
    (p.end == c && speaks(&p) && !matches!(p.head, Head::Pronoun(_) | Head::Impersonal))
        .then_some((p, "speaker before a colon"))
}

/// `X („…“)`: a name right before a bracket that opens the quotation.
pub(crate) fn before_bracket(speech: &Speech, lex: &Lexicon, toks: &[Token]) -> Option<Found> {
    let c = toks.len().checked_sub(1)?;
    if toks[c].text != "(" {
        return None;
    }
    let mut s = c;
    while s > 0 && lex.is_name(speech, &toks[s - 1]) && c - s < 4 {
        s -= 1;
    }
    let p = phrase::at(speech, lex, toks, s, false)?;
    (p.end == c && matches!(p.head, Head::Person { .. })).then_some((p, "name before the bracket of the quotation"))
}
