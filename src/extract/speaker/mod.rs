//! Speakers: who a quotation is given to, the second half of quotation
//! extraction (after [`super::marks`], used by [`super::quote`]). A cue next
//! to the quotation — a speech verb, a noun of speech, a named source, a
//! colon — has a phrase in subject position that names a person, several
//! people, a role or an organisation; roles and short forms resolve to the
//! name the same source gives, pronouns to the most recent person in
//! subject position, and a quotation that continues the previous speaker's
//! words keeps that speaker. Without evidence there is no speaker, and
//! every speaker comes with its evidence. Every look-around is bounded
//! (see [`window`]), so the work is linear in the input.

mod carry;
mod clause;
mod cue;
mod lexicon;
mod opening;
mod phrase;
mod registry;
mod role;
mod shape;
mod source;
mod subject;
mod window;

#[cfg(test)]
mod tests;

use crate::lang::Speech;
use crate::model::claim::SpeakerKind;
use crate::prepare::document::Document;
use crate::text::words::Token;

use super::marks::Span;
pub(crate) use carry::{Memory, Said};
use lexicon::Lexicon;
pub(crate) use opening::SUBJECT;
use opening::{colon_subject, opening_subject};
use phrase::{Head, Phrase};
use registry::Registry;
pub(crate) use shape::{in_reported_speech, is_title, name_shape, predicative};

/// Who speaks, the cue that said so, and the evidence.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Attribution {
    pub speaker: Option<String>,
    pub kind: Option<SpeakerKind>,
    pub cue: Option<String>,
    /// True when the cue stands right next to the quotation (`„Ja“, sagte
    /// er`, `sagte er: „Ja“`), as opposed to elsewhere in its sentence.
    pub adjacent: bool,
    /// The cue, the words taken and the rule, for `--explain`.
    pub evidence: Option<String>,
    /// True when the cue is a verb of speech (`nannte X einen „…“`), not a
    /// noun, a named source or a colon.
    pub verb: bool,
}

/// What speaker finding knows about one document.
pub(crate) struct Context<'a> {
    pub doc: &'a Document,
    pub speech: &'static Speech,
    lex: Lexicon,
    reg: Registry,
    /// How deep speaker finding runs inside a sentence before, so that a
    /// pronoun there does not start another search further back.
    depth: std::cell::Cell<u8>,
}

impl<'a> Context<'a> {
    /// Reads the words and the people of `doc` in two passes over its
    /// sentences. `aliases` maps a written form to a canonical name.
    pub(crate) fn new(doc: &'a Document, aliases: &[(String, String)]) -> Context<'a> {
        let speech = &doc.lang.words().speech;
        let text = &doc.source.text;
        let mut lex = Lexicon::default();
        for s in &doc.sentences {
            lex.add(speech, &crate::text::words::tokens(&text[s.range()], s.start));
        }
        let mut reg = Registry::new(aliases);
        for s in &doc.sentences {
            reg.add_sentence(speech, &lex, &crate::text::words::tokens(&text[s.range()], s.start));
        }
        reg.index_names();
        for s in &doc.sentences {
            reg.add_mentions(&crate::text::words::tokens(&text[s.range()], s.start));
        }
        Context { doc, speech, lex, reg, depth: std::cell::Cell::new(0) }
    }

    /// The speaker a phrase names at byte `at`, its kind and how it was
    /// resolved.
    fn resolve(
        &self,
        memory: &Memory,
        sentence: usize,
        p: &Phrase,
        at: usize,
    ) -> Option<(String, SpeakerKind, String)> {
        match &p.head {
            Head::Pronoun(word) => {
                let (name, how, kind) = carry::pronoun(self, memory, sentence, at, word)?;
                Some((name, kind, format!("pronoun resolved to {how}")))
            }
            Head::Impersonal | Head::Media => None,
            Head::Person { name, .. } => {
                let full = self.reg.resolve_name(name, at);
                let how = if full == *name { String::new() } else { format!("name resolved to `{full}`") };
                Some((full, SpeakerKind::Person, how))
            }
            Head::People(names) => {
                let names: Vec<String> = names.iter().map(|n| self.reg.resolve_name(n, at)).collect();
                let and = self.speech.conjunctions.first().copied().unwrap_or("&");
                Some((names.join(&format!(" {and} ")), SpeakerKind::People, "joint speakers".into()))
            }
            Head::Role(role) | Head::Generic(role) => match self.reg.resolve_role(role, at) {
                Some(name) => Some((name.clone(), SpeakerKind::Person, format!("role resolved to `{name}`"))),
                None => Some((p.words.clone(), SpeakerKind::Role, "role not named in the source".into())),
            },
            Head::Organisation => Some((p.words.clone(), SpeakerKind::Organisation, String::new())),
            Head::Document => {
                Some((p.words.clone(), SpeakerKind::Document, "a written source named without its author".into()))
            }
        }
    }

    /// The attribution for a phrase found at a cue.
    fn attribution(
        &self,
        memory: &Memory,
        sentence: usize,
        found: Option<subject::Found>,
        toks: &[Token],
        cue: String,
        adjacent: bool,
    ) -> Attribution {
        let Some((p, rule)) = found else {
            let evidence = Some(format!("cue `{cue}`, no speaker in subject position"));
            return Attribution { speaker: None, kind: None, cue: Some(cue), adjacent, evidence, verb: false };
        };
        let at = toks.get(p.start).map_or(0, |t| t.start);
        match self.resolve(memory, sentence, &p, at) {
            Some((speaker, kind, how)) => {
                let how = if how.is_empty() { String::new() } else { format!("; {how}") };
                let evidence = Some(format!("cue `{cue}`; {rule}: `{}`{how}", p.words));
                Attribution {
                    speaker: Some(speaker),
                    kind: Some(kind),
                    cue: Some(cue),
                    adjacent,
                    evidence,
                    verb: false,
                }
            }
            None => {
                let evidence = Some(format!("cue `{cue}`; {rule}: `{}`, not a speaker", p.words));
                Attribution { speaker: None, kind: None, cue: Some(cue), adjacent, evidence, verb: false }
            }
        }
    }
}

/// Attributes the quotation `span`; `floor` and `ceil` are the ends of the
/// quotations before and after it in the same paragraph, which the
/// look-around does not cross.
pub(crate) fn attribute(ctx: &Context, memory: &Memory, span: &Span, floor: usize, ceil: usize) -> Attribution {
    let doc = ctx.doc;
    let text = &doc.source.text;
    let speech = ctx.speech;
    let Some(first) = doc.sentence_at(span.outer.start) else { return Attribution::default() };
    let last = doc.sentence_at(span.outer.end.saturating_sub(1)).unwrap_or(first);

    // 1. a cue right after the closing mark: `„…“, sagte X` / `"…," X said`
    let tail_range = window::after(text, span.outer.end, doc.sentences[last].end.min(ceil), window::TAIL);
    let tail = window::words(text, tail_range);
    let lead = tail.iter().take_while(|t| matches!(t.text, "," | "-" | "–" | "—")).count();
    let inner = &text[span.inner.clone()];
    let separated = lead > 0 || inner.ends_with([',', '.', '!', '?']);
    // `"…," Putin said`: a subject before the verb only after a comma inside the marks
    // (`"…," team president and general manager Ed Stefanski said`)
    let reach = if inner.ends_with(',') { 9 } else { 1 };
    // `Während X erklärte, …, „…“, räumte Y ein`: a quotation after a
    // comma goes on with the clause before it, whose cue speaks first
    let sentence_start = doc.sentences[first].start;
    let head_range = window::before(text, sentence_start.max(floor), span.outer.start, window::HEAD);
    let opens = head_range.start == sentence_start;
    let head = window::words(text, head_range);
    if separated
        && head.last().is_some_and(|t| t.text == ",")
        && let Some(a) = best(ctx, memory, first, &head, (0..head.len()).rev(), (opens, false), |_| false)
        && a.speaker.is_some()
        && a.verb
    {
        return a;
    }
    if separated {
        let near = (lead..tail.len().min(lead + reach)).take_while(|&k| tail[k].is_word());
        if let Some(a) = best(ctx, memory, first, &tail, near, (true, true), |_| true)
            && (a.speaker.is_some()
                || a.cue
                    .as_deref()
                    .is_some_and(|c| tail.get(lead).is_some_and(|t| c.starts_with(&t.text.to_lowercase()))))
        {
            return a;
        }
    }

    // 2. before the opening mark, in the same sentence
    if let Some(found) = subject::before_colon(speech, &ctx.lex, &head) {
        let a = ctx.attribution(memory, first, Some(found), &head, ":".into(), true);
        if a.speaker.is_some() {
            return a;
        }
    }
    if let Some(found) = subject::before_bracket(speech, &ctx.lex, &head) {
        return ctx.attribution(memory, first, Some(found), &head, "(".into(), true);
    }
    let close = |c: &cue::Cue| {
        head.last().is_some_and(|t| t.text == ":") || head.len() - c.next <= 3 || c.kind == cue::Kind::SourceBefore
    };
    let relative = closed_relatives(speech, &head);
    // (`nicht näher bezeichnete „…“`: the participle before the quotation is its attribute)
    let attribute = |k: usize| k + 1 == head.len() && cue::attributive(speech, &head, k, true);
    let order = (0..head.len()).rev().filter(|&k| !relative[k] && !attribute(k));
    let found = best(ctx, memory, first, &head, order, (opens, false), close);
    if found.as_ref().is_some_and(|a| a.speaker.is_some()) {
        return found.unwrap_or_default();
    }
    // `Die Firma sieht das gelassen: „…“`: the sentence's subject speaks
    // the quotation its clause introduces with a colon
    if head.last().is_some_and(|t| t.text == ":")
        && let Some(a) = colon_subject(ctx, memory, first, opens, &head)
    {
        return a;
    }
    if let Some(a) = found {
        return a;
    }

    // 3. a cue later in the sentence: `Als „…“ bezeichnete der Minister …`
    // (not inside a bracket after it, which speaks of its own words:
    // `(Zitate aus der Klage laut Spiegel)`)
    let later = tail.iter().position(|t| t.text == "(").unwrap_or(tail.len());
    if let Some(a) = best(ctx, memory, first, &tail, 0..later, (false, false), |_| false)
        && a.speaker.is_some()
    {
        return a;
    }
    // … or a verb around the quotation, its subject before it: `Die
    // Ministerin wies das als „…“ zurück`, `Der Rat hatte den Plan als „…“
    // bezeichnet`: the words of the sentence without the quotation
    // (after `als` only, and not in the passive: `werden von Kennern als
    // „…“ bezeichnet`)
    let passive = head.iter().any(|t| speech.quoted_auxiliaries.contains(&t.text));
    let calling = head.last().is_some_and(|t| speech.calling.contains(&t.text.to_lowercase().as_str()));
    let joined: Vec<Token> =
        if passive || !calling { Vec::new() } else { head.iter().chain(tail.iter()).copied().collect() };
    let split = |k: &usize| cue::at(speech, &joined, *k).is_some_and(|c| c.next > head.len());
    let around = (0..head.len().min(joined.len())).rev().filter(split).chain(head.len()..joined.len());
    if let Some(a) = best(ctx, memory, first, &joined, around, (opens, false), |_| false)
        && a.speaker.is_some()
    {
        return a;
    }

    // 4. a quotation that opens its sentence continues the one before
    let opens_sentence = head.iter().all(|t| !t.is_word());
    if opens_sentence && first > 0 {
        if let Some(said) = &memory.last
            && said.sentence + 1 == first
        {
            let evidence = Some(format!("continues the quotation before, given to `{}`", said.speaker));
            return Attribution {
                speaker: Some(said.speaker.clone()),
                kind: Some(said.kind),
                cue: Some("continuation".into()),
                adjacent: true,
                evidence,
                verb: false,
            };
        }
        if doc.sentences[first - 1].paragraph == doc.sentences[first].paragraph
            && let Some(mut a) = indirect(ctx, memory, first - 1)
        {
            a.cue = Some("continuation".into());
            a.evidence = a.evidence.map(|e| format!("continues the sentence before: {e}"));
            return a;
        }
        // `Anna Weber kam spät. „…“`: the person who opens the sentence
        // before in the paragraph, or the speaker that reported speech
        // there goes on from (neither makes a term speech)
        if doc.sentences[first - 1].paragraph == doc.sentences[first].paragraph {
            let carried = carry::subject_of(ctx, first - 1)
                .map(|(name, _)| {
                    let evidence = Some(format!("continues the sentence before, whose subject is `{name}`"));
                    let (speaker, kind) = (Some(name), Some(SpeakerKind::Person));
                    Attribution { speaker, kind, cue: None, adjacent: false, evidence, verb: false }
                })
                .or_else(|| reported_before(ctx, memory, first));
            if let Some(mut a) = carried {
                a.cue = Some("continuation".into());
                a.adjacent = false;
                return a;
            }
        }
    }

    // 5. `Er sei überzeugt, dass „…“`: the sentence's subject is a pronoun
    // (`Er sagte`, or after the verb: `Mit seinem Glas stieß er …`)
    // (only for a quotation near its sentence's start, the subject's reach)
    let near = span.outer.start - sentence_start <= window::SENTENCE;
    let opening = if near { window::words(text, sentence_start..span.outer.start) } else { Vec::new() };
    let subject = (0..opening.len().min(8)).find_map(|k| {
        let p = phrase::at(speech, &ctx.lex, &opening, k, false).filter(|p| matches!(p.head, Head::Pronoun(_)))?;
        let placed =
            if k == 0 { opening.get(1).is_some_and(|t| t.is_lowercase()) } else { opening[k - 1].is_lowercase() };
        placed.then_some(p)
    });
    if let Some(p) = subject {
        let mut a =
            ctx.attribution(memory, first, Some((p, "the sentence's subject")), &opening, "pronoun".into(), false);
        if a.speaker.is_some() {
            a.cue = Some("pronoun".into());
            return a;
        }
    }
    // 6. reported speech without a cue (`Damit seien „…“`): the sentence's
    // own subject, or the speaker of a sentence before, through sentences
    // of reported speech
    if shape::in_reported_speech(ctx, floor, ceil, span.outer.clone()) {
        if let Some((name, _)) = carry::subject_of(ctx, first) {
            let evidence = Some(format!("reported speech; the subject of the sentence: `{name}`"));
            let (speaker, kind) = (Some(name), Some(SpeakerKind::Person));
            return Attribution { speaker, kind, cue: Some(REPORTED.into()), adjacent: false, evidence, verb: false };
        }
        // a sentence that names someone else (`Für Hans Küng sei …`) is not
        // the speaker before's
        let sentence_start = doc.sentences[first].start;
        let names_someone = carry::person_before(ctx, sentence_start.max(floor), span.outer.start).is_some();
        if !names_someone && let Some(a) = reported_before(ctx, memory, first) {
            return a;
        }
    }
    // 7. `Die Ministerin feierte die Einigung als „…“`: the subject that
    // opens the sentence, when no one else is named before the quotation
    if opens && let Some(a) = opening_subject(ctx, memory, first, &head) {
        return a;
    }
    Attribution::default()
}

/// The cue of a speaker carried into reported speech without a cue of its
/// own: it gives a speaker, but does not make a term speech.
pub(crate) const REPORTED: &str = "reported speech";

/// The speaker that reported speech in sentence `index` goes on from: the
/// last speaker or the one who speaks in one of the sentences before, in
/// the same paragraph or right before it, passing only through sentences
/// of reported speech.
fn reported_before(ctx: &Context, memory: &Memory, index: usize) -> Option<Attribution> {
    let paragraph = ctx.doc.sentences[index].paragraph;
    for back in 1..=carry::BACK.min(index) {
        let j = index - back;
        if back > 1 && ctx.doc.sentences[j].paragraph != paragraph {
            return None;
        }
        if let Some(said) = memory.last.as_ref().filter(|s| s.sentence == j) {
            let evidence =
                Some(format!("reported speech goes on from the quotation before, given to `{}`", said.speaker));
            let (speaker, kind) = (Some(said.speaker.clone()), Some(said.kind));
            return Some(Attribution {
                speaker,
                kind,
                cue: Some(REPORTED.into()),
                adjacent: false,
                evidence,
                verb: false,
            });
        }
        // a one-word name there may be any capitalized word: only a full one
        let full = |a: &Attribution| {
            a.kind != Some(SpeakerKind::Person) || a.speaker.as_ref().is_some_and(|s| s.contains(' '))
        };
        if let Some(mut a) = indirect(ctx, memory, j).filter(full) {
            a.cue = Some(REPORTED.into());
            a.adjacent = false;
            a.evidence = a.evidence.map(|e| format!("reported speech goes on from the sentence {back} before: {e}"));
            return Some(a);
        }
        if !shape::sentence_reported(ctx, j) {
            return None;
        }
    }
    None
}

/// Which of `toks` stand in a relative clause that closes before the window
/// ends (`Laut X ist die Demo, zu der ein Bündnis aufgerufen hatte, „…“`): a
/// cue there speaks of the clause, not of the quotation after it. One pass
/// over the commas: the words between two commas after the pronoun that
/// opens the clause (`, der`, `, zu der`).
fn closed_relatives(speech: &Speech, toks: &[Token]) -> Vec<bool> {
    let mut inside = vec![false; toks.len()];
    let lower = |i: usize| toks.get(i).map(|t| t.text.to_lowercase());
    let relative = |i: usize| lower(i).is_some_and(|w| speech.relatives.contains(&w.as_str()));
    let article = |i: usize| {
        lower(i).is_some_and(|w| speech.object_articles.contains(&w.as_str()) || speech.relatives.contains(&w.as_str()))
    };
    let commas: Vec<usize> = (0..toks.len()).filter(|&i| toks[i].text == ",").collect();
    for pair in commas.windows(2) {
        let (open, close) = (pair[0], pair[1]);
        let preposition = lower(open + 1).is_some_and(|w| speech.prepositions.contains(&w.as_str()));
        let from = if relative(open + 1) {
            open + 2
        } else if preposition && article(open + 2) {
            open + 3
        } else {
            continue;
        };
        for flag in inside.iter_mut().take(close).skip(from) {
            *flag = true;
        }
    }
    inside
}

/// The most cues tried in one window.
const MAX_CUES: usize = 3;

/// The cues of `toks` at the positions `order` gives, at most [`MAX_CUES`]:
/// the first whose subject speaks, or else the first cue without a speaker.
/// `adjacent` tells whether a cue stands next to the quotation.
fn best(
    ctx: &Context,
    memory: &Memory,
    sentence: usize,
    toks: &[Token],
    order: impl Iterator<Item = usize>,
    (opens, quoted_object): (bool, bool),
    adjacent: impl Fn(&cue::Cue) -> bool,
) -> Option<Attribution> {
    let mut first: Option<Attribution> = None;
    let mut medium: Option<Attribution> = None;
    for c in order.filter_map(|k| cue::at(ctx.speech, toks, k)).take(MAX_CUES) {
        let found = subject::find(ctx.speech, &ctx.lex, toks, &c, opens, quoted_object);
        // `Es drohe „…“`, `es gebe „…“`: a verb with the expletive subject
        // is no speech, unless it is one that speaks without a speaker
        // (`heißt es`)
        if found.as_ref().is_some_and(|(p, _)| expletive(ctx.speech, p, toks, &c)) {
            continue;
        }
        // a verb whose subject is not found ends the search; a source or a
        // noun that names no one, or a medium, lets a farther cue speak
        let settled = c.kind != cue::Kind::SourceBefore
            && c.kind != cue::Kind::SourceAfter
            && c.kind != cue::Kind::Noun
            && !found.as_ref().is_some_and(|(p, _)| p.head == Head::Media);
        // `berichtete das Fernsehen von „…“`: a medium that is the subject
        // of a verb writes the words itself, when no farther cue names another
        // (not in a clause of its own: `Wie der Sender berichtet, gab X …`)
        let subordinate = |p: &Phrase| {
            p.start > 0 && ctx.speech.subordinators.contains(&toks[p.start - 1].text.to_lowercase().as_str())
        };
        if matches!(c.kind, cue::Kind::Verb | cue::Kind::Quoted)
            && medium.is_none()
            && let Some((p, _)) = found.as_ref().filter(|(p, _)| p.head == Head::Media && !subordinate(p))
        {
            let words = c.words.to_lowercase();
            let evidence = Some(format!("cue `{words}`; a medium as the subject of the verb: `{}`", p.words));
            let (speaker, kind) = (Some(p.words.clone()), Some(SpeakerKind::Organisation));
            medium =
                Some(Attribution { speaker, kind, cue: Some(words), adjacent: adjacent(&c), evidence, verb: true });
        }
        let mut a = ctx.attribution(memory, sentence, found, toks, c.words.to_lowercase(), adjacent(&c));
        a.verb = matches!(c.kind, cue::Kind::Verb | cue::Kind::Telling | cue::Kind::So | cue::Kind::Quoted);
        if a.speaker.is_some() {
            return Some(a);
        }
        let stop = settled && first.is_none();
        first.get_or_insert(a);
        if stop {
            break;
        }
    }
    medium.or(first)
}

/// Whether the subject `p` of cue `c` is the expletive `es` right beside
/// a verb that does not speak without a speaker (`es drohe`, not `heißt
/// es`, nor the passive `es wurde von X geäußert`).
fn expletive(speech: &Speech, p: &Phrase, toks: &[Token], c: &cue::Cue) -> bool {
    p.head == Head::Impersonal
        && speech.expletives.contains(&p.words.to_lowercase().as_str())
        && c.kind == cue::Kind::Verb
        && (p.end == c.at || p.start == c.next)
        && !speech.impersonal_verbs.contains(&toks[c.at].text)
}

/// The speaker of reported speech without quotation marks in sentence
/// `index` (`Russland habe sich erhoben, sagte Kim`).
fn indirect(ctx: &Context, memory: &Memory, index: usize) -> Option<Attribution> {
    let s = &ctx.doc.sentences[index];
    let text = &ctx.doc.source.text;
    let toks = window::words(text, window::after(text, s.start, s.end, window::SENTENCE));
    best(ctx, memory, index, &toks, 0..toks.len(), (true, false), |_| true).filter(|a| a.speaker.is_some())
}
