//! Speakers on invented sentences of every shape, German and English.

use crate::model::claim::{ClaimValue, Quote, QuoteKind, SpeakerKind};
use crate::prepare::document::{Document, SourceMeta};
use crate::prepare::source::Source;

fn quotes(text: &str) -> Vec<Quote> {
    let source = Source::decode("t".into(), "t.txt".into(), text.as_bytes()).unwrap();
    let doc = Document::prepare(source, &SourceMeta::default(), None, None);
    let (claims, _) = super::super::quote::find(&doc, &[]);
    claims
        .into_iter()
        .map(|c| match c.value {
            ClaimValue::Quote(q) => q,
            _ => unreachable!(),
        })
        .collect()
}

fn who(text: &str) -> Vec<Option<String>> {
    quotes(text).into_iter().map(|q| q.speaker).collect()
}

#[test]
fn cue_after_the_quote_with_role_and_name() {
    let text = "„Deswegen sind wir hier“, sagte der russische Präsident Wladimir Putin am Mittwoch.";
    assert_eq!(who(text), vec![Some("Wladimir Putin".into())]);
}

fn one(text: &str) -> Option<String> {
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{text}: {q:?}");
    q[0].speaker.clone()
}

/// One shape a line: the text and the speaker of its last quotation.
const SHAPES: &[(&str, Option<&str>)] = &[
    // cue after the quotation, subject after the verb
    ("„Wir bleiben hier“, sagte die Ministerin Anna Weber.", Some("Anna Weber")),
    // a role with the name in apposition before the verb
    (
        "Die Vorsitzende des Verbands, Anna Weber, kritisierte den Plan scharf: „Das ist ein schwerer Fehler.“",
        Some("Anna Weber"),
    ),
    // a separable verb with its particle after the subject
    ("Der Bürgermeister Paul Brandt stellte am Montag fest: „Die Brücke ist sicher.“", Some("Paul Brandt")),
    ("„Wir haben Fehler gemacht“, räumte Paul Brandt ein.", Some("Paul Brandt")),
    ("„Das kommt noch dazu“, fügte Paul Brandt hinzu.", Some("Paul Brandt")),
    // a pronoun resolved to the person in subject position before
    ("Paul Brandt sprach vor dem Rat. Er sagte: „Wir bauen die Brücke neu.“", Some("Paul Brandt")),
    ("Anna Weber leitet den Verband. Im Interview sagte sie: „Ich bleibe im Amt.“", Some("Anna Weber")),
    // an adverb before the verb is no speaker, nor is an unresolved pronoun
    ("Weiter sagte er: „Wir warten auf den Bericht.“", None),
    // a role of several lower-case words before the name
    ("\"We will build it again,\" said general manager Tom Baker at the meeting.", Some("Tom Baker")),
    // the subject of the clause a cue introduces is no speaker
    (
        "Mark Dalton, director of the river council's water program, says his organization will sue: \"This agency ignored every study.\"",
        None,
    ),
    ("\"We know about it,\" General Manager Tom Baker said on Monday.", Some("Tom Baker")),
    // the colon after a bare speaker
    ("Die Ministerin Anna Weber kam spät. Weber: „Das reicht nicht aus.“", Some("Anna Weber")),
    // the addressee is no speaker
    ("Paul Brandt sagte der Zeitung: „Wir sind bereit für den Winter.“", Some("Paul Brandt")),
    // the object of the verb is no speaker; the role stays a role
    ("Der Minister kritisierte die Entscheidung scharf: „Das geht so nicht.“", Some("Minister")),
    // a short quotation with a cue is speech
    ("Paul Brandt nannte den Plan „unsinnig“.", Some("Paul Brandt")),
    // a speech noun: the subject of the verb before it
    ("Anna Weber lobte den Plan mit den Worten: „Das ist ein guter Anfang.“", Some("Anna Weber")),
    // a named source
    ("Laut Anna Weber ist der Plan „ein guter Anfang für alle“.", Some("Anna Weber")),
    // a paragraph that names its speaker, then quotes
    ("Anna Weber äußerte sich besorgt. „Wir müssen jetzt handeln.“", Some("Anna Weber")),
    // reported speech goes on with the speaker of the sentence before
    ("Anna Weber kritisierte den Plan scharf. Die Kosten seien „viel zu hoch“.", Some("Anna Weber")),
    // a reflexive pronoun between the verb and its subject
    ("In einem Interview äußerte sich der Minister Paul Brandt zufrieden: „Wir sind am Ziel.“", Some("Paul Brandt")),
    // a pronoun after the verb: the person named right before, not the object
    (
        "Nach dem Spiel lobte Trainer Paul Brandt den Torwart Tim Ross: „Ein guter Abend“, sagte er.",
        Some("Paul Brandt"),
    ),
    // a chain of sentences about the same person crosses a paragraph
    (
        "Der Bürgermeister Paul Brandt trat zurück. Er werde im Rat bleiben.\n\nVor Journalisten begründet er den Schritt. „Es sind private Gründe“, teilte er mit.",
        Some("Paul Brandt"),
    ),
    // a name, then its role in apposition, then the verb
    ("Anna Weber, Präsidentin des Landesverbands, erklärte: „Wir klagen.“", Some("Anna Weber")),
    ("Paul Brandt, der Leiter des Hafenamts (HA) sagte: „Die Schleuse bleibt zu.“", Some("Paul Brandt")),
    // the sentence's subject speaks what its clause introduces with a colon
    ("Der Bürgermeister Paul Brandt sieht das gelassen: „Wir haben genug Sand.“", Some("Paul Brandt")),
    // a named source in the genitive
    ("Die Brücke sei nach Angaben des Bauleiters Tim Ross „völlig sicher“.", Some("Tim Ross")),
    // separable verbs of several words
    ("„Wir bleiben dran“, strich Paul Brandt heraus.", Some("Paul Brandt")),
    ("Paul Brandt brachte seinen Ärger zum Ausdruck: „So geht es nicht.“", Some("Paul Brandt")),
    ("Die Ministerin Anna Weber zeigte sich zufrieden: „Das Ziel ist erreicht.“", Some("Anna Weber")),
    // the word of a place before a role, a number joined to an adjective
    ("Italiens Ministerpräsident Paolo Verdi erklärte, er sei „tief erschüttert“.", Some("Paolo Verdi")),
    ("Der 23-jährige Sportler gab bekannt: „Ich höre auf.“", Some("23-jährige Sportler")),
    // a medium that opens the sentence speaks the words its colon introduces
    ("Die staatliche Nachrichtenagentur meldet: „Drei Brücken sind gesperrt.“", Some("staatliche Nachrichtenagentur")),
    ("Wie die Zeitung berichtet, gab Paul Brandt dem Sender eine Antwort in einem Wort: „Nein.“", None),
    // a noun that is no known role, with its genitive, right before the verb
    ("Die Moderatorin eines Lokalsenders warnte: „Das Eis ist glatt.“", Some("Moderatorin")),
    // a quotation after a comma goes on with the clause before it
    (
        "Während Paul Brandt erklärte, er sei müde, „es reicht“, räumte Anna Weber ein, sie sei wach.",
        Some("Paul Brandt"),
    ),
    ("„Es reicht“, räumte Anna Weber ein.", Some("Anna Weber")),
    // … or right after it, with a subject's article: a noun for people
    ("Passend zum Wetter warnte die Moderatorin eines Senders: „Das Eis ist glatt.“", Some("Moderatorin")),
    ("Am Abend sagte dem Reporter ein Mann: „Das Eis ist glatt.“", None),
    // a verb of opinion with its particle: `hält … für`
    ("Der Staatsanwalt Paul Brandt hält den Angeklagten für „böse und gefährlich“.", Some("Paul Brandt")),
    // a verb around the quotation, its subject before it
    ("Die Ministerin Anna Weber wies den Vorwurf als „völlig haltlos“ zurück.", Some("Anna Weber")),
    ("Der Stadtrat hatte den Plan als „viel zu teuer“ bezeichnet.", Some("Stadtrat")),
    // not in the passive, where the subject is what is called so
    ("Die Pläne werden von Kennern als „ein großer Wurf“ bezeichnet.", None),
    // a verb between an article and a name does not make the name a common noun
    (
        "Die Ministerin Ute Hartmann trat zurück. Diese hatte Hartmann geladen. Hartmann erklärte, ihr lägen „bis heute keine Unterlagen vor“.",
        Some("Ute Hartmann"),
    ),
    // a short form resolves to the name written in full, with or without a role
    ("Der Datenschützer Peter Gall kam. Gall schreibt: „Die Trefferquote lag bei drei Prozent.“", Some("Peter Gall")),
    // the subject that opens the sentence speaks what its colon introduces,
    // past a relative clause or a name in apposition
    ("Der Ermittler, der als Zeuge gilt, will aufhören: „Mehr kommt nicht nach!“", Some("Ermittler")),
    (
        "Der Leiter der Studie, Paulo Pinheiro, sieht das anders: „Es gilt, ein Signal zu setzen.“",
        Some("Paulo Pinheiro"),
    ),
    ("Die Bewohner des Dorfes sehen alles gelassen: „Lasst die doch in Ruhe.“", Some("Bewohner")),
    // … but not an abstract noun
    ("Seine Zuversicht gründet sich auf Erfahrung: „Das kam immer erst spät.“", None),
    // the subject that opens the sentence, without a verb of speech
    ("Die Gewerkschaft feierte die Absage als „großen Erfolg für das ganze Land“.", Some("Gewerkschaft")),
    ("Die Gewerkschaft traf Paul Brandt zum „Gespräch über die Zukunft der Arbeit“.", None),
    // a role resolves to the person the source is about, not one named in passing
    (
        "Bürgermeister Paul Brandt tritt ab. Das sagte Brandt am Montag. Zuletzt trat 1980 Bürgermeister Tim Ross ab. „Ich bin zu alt“, sagte der Bürgermeister.",
        Some("Paul Brandt"),
    ),
    // a relative pronoun before a name does not make it a common noun
    (
        "Die Sitzung, an der Brandt nicht teilnahm, begann spät. „Wir warten nicht länger“, sagte Brandt.",
        Some("Brandt"),
    ),
    // the source of an impersonal cue
    (
        "„Wir fordern die Freilassung aller Gefangenen“, heißt es in einer Erklärung der Gewerkschaft.",
        Some("Gewerkschaft"),
    ),
    ("„Alle Anzeichen deuten auf einen Anschlag hin“, hieß es vom Abgeordneten Viktor Oserow.", Some("Viktor Oserow")),
    ("Aus Paris hieß es, das Vorgehen sei „eine schwere Verletzung“ des Abkommens.", None),
    // an object after an article is no subject of a final verb
    ("Mit Parolen wie „Wir kriegen euch alle“ hatten sie, so hieß es, den Nachbarn gedroht.", None),
    // a pronoun for a role the source does not name, in the sentence before
    ("Der Student verbrachte die Nacht in Gewahrsam. Er fragte: „Was ist mit dem Radler passiert?“", Some("Student")),
    // a quotation that opens its sentence goes on from the person who opens the one before
    ("Paul Brandt kam am Montag nach Berlin. „Wir müssen jetzt sofort und gemeinsam handeln.“", Some("Paul Brandt")),
    // a noun that is no known role, with a name in apposition; a role with two genitives
    ("„Er braucht mehr Ruhe“, sagte der ältere Bruder des Ministers, Georg Brandt.", Some("Georg Brandt")),
    ("Der Leiter des Programms der Behörde, Klaus Stöhr, sagte: „Man muss sich vorbereiten.“", Some("Klaus Stöhr")),
    // a verb without a list of its own: the subject before it, past a reflexive pronoun
    (
        "Eine Organisation der Bauern feierte die Absage als „großen Erfolg für das Land“.",
        Some("Organisation der Bauern"),
    ),
    ("Die Daten oder, wie sich Tauss ausdrückte, „das Scannen aller Menschen“ sei unzulässig.", Some("Tauss")),
    // the one asked is not the one who speaks
    (
        "Die Ministerin bat Bürgermeister Tim Ross, ihre „tiefe Anteilnahme allen Familien zu übermitteln“.",
        Some("Ministerin"),
    ),
    // English: subject before and after the verb, apposition, titles
    ("\"We will win this game,\" said Tom Baker, the coach.", Some("Tom Baker")),
    ("Tom Baker said on Tuesday: \"Prices will rise again.\"", Some("Tom Baker")),
    ("\"Prices will rise again,\" Dr. Tom Baker said.", Some("Tom Baker")),
    // the one who tells speaks, not the listener
    ("Tom Baker arrived late. \"No comment at all,\" he told The Daily Post.", Some("Tom Baker")),
    // a weekday next to the verb is no speaker
    ("\"It is over now,\" the spokesman said Saturday.", Some("spokesman")),
    ("\"It is over now,\" said Saturday.", None),
    // a name right after the verb that follows an opening phrase is the
    // subject a pronoun goes back to; `, dass der Missbrauch` opens no
    // relative clause, so `Missbrauch` is no name
    (
        "Der Autor Tom Berger hat ein Buch geschrieben. Seine zentrale Aussage ist, dass der Missbrauch gerechtfertigt worden sei. Nach Angaben des Verlags sei der Anstoß ein Gespräch gewesen. Im März hatte Tom Berger seine Studie veröffentlicht. Seitdem vertritt er die These, dass die Regel „nichts bringt“.",
        Some("Tom Berger"),
    ),
    // an age in apposition stays with the name before it
    ("\"They did not have to do this,\" Tom Baker, 18, said.", Some("Tom Baker")),
    // a subject that is no person speaks not (`das Motiv fand sich dort`)
    ("Auf ihrer Website fanden sich Videos. Auch das Motiv fand sich dort: „Wir glauben an den Tag der Rache.“", None),
    // a source named in a bracket after the words is not who spoke them
    (
        "Die Kläger erwarten Mehrkosten, die durch einen „erheblichen Bedarf an Nachrüstung“ entstünden (Zitate aus der Klage laut Spiegel).",
        None,
    ),
    // the card a player sees is no part of his name
    (
        "In der 70. Minute bekam Tim Ross Gelb zu sehen. „Das war keine Absicht“, sagte er nach dem Spiel.",
        Some("Tim Ross"),
    ),
    // whose words a speech noun holds, past a role in apposition
    (
        "Die Kernaussage von Paul Brandt, dem Präsidenten des Vereins, lautete dazu: „Wir sind sehr überrascht.“",
        Some("Paul Brandt"),
    ),
    // a cue in a relative clause that closes before the quotation speaks not
    (
        "Laut Hamburger Polizei ist der Umzug, zu dem ein Bündnis aufgerufen hatte, „weitgehend friedlich“ verlaufen.",
        Some("Hamburger Polizei"),
    ),
    (
        "Der Politiker Tim Ross kam. Ross kritisierte die Haltung des Ministers, der zum Streik aufgerufen haben soll, als „grobe Provokation“.",
        Some("Tim Ross"),
    ),
    // a document named as a compound; people named by a plural noun
    ("„Wir fordern die Freilassung“, heißt es in dem VKB-Schreiben an die Polizei.", Some("VKB-Schreiben")),
    ("Die Passagiere berichteten, das Flugzeug sei mit einem „großen Ruck“ gelandet.", Some("Passagiere")),
    // a hyphenated role is its last part's; a body before a role belongs to it
    ("Secretary-General Anna Berg arrived. \"We are dismayed,\" the Secretary-General said.", Some("Anna Berg")),
    ("A Harbour Office spokeswoman said: \"We are aware of the accident.\"", Some("Harbour Office spokeswoman")),
    // the phrase between an English verb and the quotation is the quoted
    // clause's subject; a German subject after its verb still speaks
    ("The envoy said the government \"blatantly lied\" about it.", Some("envoy")),
    ("In der Begründung äußerten die Richter „gravierende rechtliche Bedenken“ gegen das Gesetz.", Some("Richter")),
    // a verb after `und` shares the subject of the verb before it
    ("Als ein Gast half, biss der Randalierer den Gast und rief: „Lasst mich sofort raus!“", Some("Randalierer")),
    (
        "Der Wahlsieger erklärte, es sei nicht zum Betrug gekommen, und verglich die Lage mit Krawallen, weil „manche dachten, sie würden gewinnen“.",
        Some("Wahlsieger"),
    ),
    // `er` is no woman the source names as one, `sie` no man
    (
        "Der Minister Paul Brandt kam spät. Die Ministerin Anna Weber blieb lange. Er sagte: „Wir gehen jetzt.“",
        Some("Paul Brandt"),
    ),
    (
        "Die Ministerin Anna Weber kam spät. Der Minister Paul Brandt blieb lange. Sie sagte: „Wir gehen jetzt.“",
        Some("Anna Weber"),
    ),
    ("Die Kanzlerin Anna Weber kam. Weber lobte den Plan. Er sagte: „Das ist gut.“", None),
    // a body, a role of several lower-case words, then the name
    ("\"Run, do not walk,\" said Acme Labs senior threat researcher Tom Baker.", Some("Tom Baker")),
    // a role after a common noun's possessive and an age joined by hyphens
    ("\"We ask for privacy,\" the 33-year-old actress's rep Jon Miller told the magazine.", Some("Jon Miller")),
    // a long role of several words between the quotation and the verb
    ("\"It was a hard decision,\" team president and general manager Ed Brown said.", Some("Ed Brown")),
    ("Zitat von Brandt: „Wir haben etwas erreicht, was keiner für möglich hielt.“", Some("Brandt")),
    // the group one who speaks belongs to; a group in apposition is no
    // speaker (the name before it is not read there yet)
    (
        "Einer der 13 beteiligten Feuerwehrmänner sagte: „Ich habe so etwas noch nie gesehen.“",
        Some("Einer der 13 beteiligten Feuerwehrmänner"),
    ),
    ("\"We saw nothing at all,\" one of the officers said.", Some("one of the officers")),
    (
        "Paul Brandt, eines der Ratsmitglieder, die den Brief unterschrieben, verurteilte den Plan: „Das ist unfair.“",
        None,
    ),
    // a noun for people after the auxiliary of an opening phrase, carried
    // through a sentence that opens with the pronoun
    (
        "Dabei wurde ein Landwirt von einer Kugel getroffen. Er war gerade unterwegs. Er sagte aus: „Plötzlich zersprang die Scheibe.“",
        Some("Landwirt"),
    ),
    // an adverb between a subject and its verb
    ("Die Kanadier hingegen sagen, der Pilot trage die „volle Verantwortung“ für die Landung.", Some("Kanadier")),
    // a noun of speech without a verb of speech: the subject after the verb
    ("Hier sparte der Bürgermeister nicht mit Kritik: „Jeder muss jetzt sparen.“", Some("Bürgermeister")),
    // an attribute with words of its own between the article and the name
    ("„Jetzt ist alles anders“, schrieb die in New York City geborene Lopez.", Some("Lopez")),
    // a demonstrative stands for the person named last, an object too
    (
        "Anna Weber traf den Anwalt Rainer Wittner. Dieser sagte, Delmare lebe in „seiner eigenen Welt“.",
        Some("Rainer Wittner"),
    ),
    // `so` with a verb before the subject; the passive with its subject far from the verb
    ("Ein „außerordentlicher Sieg“, so urteilte Paul Brandt selbst über seinen Erfolg.", Some("Paul Brandt")),
    (
        "Zur Lage wird Brandt auf der offiziellen Internetseite des Vereins wie folgt zitiert: „Es gab bessere Jahre.“",
        Some("Brandt"),
    ),
    // `so heißt es` and `hatte es geheißen` name their source after a preposition
    (
        "„Die Kosten werden durch mehr Effizienz gesenkt“, so heißt es in der Erklärung des Betriebsrates.",
        Some("Betriebsrates"),
    ),
    (
        "In einer Erklärung der Außenminister hatte es geheißen: „Es gibt keine militärische Lösung.“",
        Some("Außenminister"),
    ),
    // … or before it, past attributes, a part of it, a lower-case compound;
    // not a place
    ("„Wir bleiben hier“, heißt es in einer gestern verbreiteten Erklärung.", Some("Erklärung")),
    ("Im letzten Satz der Anordnung heißt es: „Die Firma darf nichts sagen.“", Some("Anordnung")),
    ("Auf der nordwerk-Homepage heißt es dazu: „Die Striche wurden gewählt.“", Some("nordwerk-Homepage")),
    ("In Berlin hieß es dazu nur: „Kein Kommentar.“", None),
    // the active verb of quoting: its object is the one quoted
    ("Ein Sender zitierte Paul Brandt mit den Worten: „Wir bleiben hier.“", Some("Paul Brandt")),
    ("The paper quoted Tom Baker as saying: \"We will stay here.\"", Some("Tom Baker")),
    ("Das Blatt zitiert den Prediger mit den Worten „Wir kehren zurück.“", Some("Prediger")),
    // a firm is a body that speaks before a colon
    ("Die Firma sieht die Kritik als ungerecht: „Wir müssen die Ware lagern.“", Some("Firma")),
    // a name in apposition after an article, attributes and a role; a
    // place in the genitive after a role; a regnal number
    ("Der Chef des Verbands, der frühere Minister Paul Brandt, sagte, es gebe „keinen Plan“.", Some("Paul Brandt")),
    (
        "Ein Sturm traf Nordland. Das Staatsoberhaupt Nordlands, die britische Königin Maria II., sagte, es gebe „keinen Plan“.",
        Some("Maria II"),
    ),
    ("„Wir bleiben“, sagte Papst Benedikt XVI. am Montag.", Some("Benedikt XVI")),
    // lower-case words before the role that opens the phrase
    ("\"We have counted 24 dead,\" disaster agency spokesman Tom Baker told the agency.", Some("Tom Baker")),
    // a pronoun after the clause of a person named after a role, when the
    // sentence opens with no subject
    (
        "Mara Lind felt ill. According to reports Lind's representative Tom Baker left a statement, he said \"We ask for privacy.\"",
        Some("Tom Baker"),
    ),
    // the agent of a verb of speech in the passive; not an agent of another verb
    (
        "Es wurde von Brandts Sohn die Vermutung geäußert, man brauche nur ein Opfer, um „ein mildes Urteil zu verdecken“.",
        Some("Brandts Sohn"),
    ),
    ("Er wurde von der Polizei festgenommen und sagte: „Ich bin unschuldig.“", None),
    // `nach` and a noun of what someone says or thinks
    (
        "Nach Darstellungen des Verlages bietet das Buch eine „differenzierte Betrachtung, damit gute Reformen nicht scheitern“.",
        Some("Verlages"),
    ),
    // a name, its role or age between commas, then the verb
    (
        "Die das Unglück überlebende Alice Kama, 30, beschrieb den Hergang: „Die See war wirklich rau.“",
        Some("Alice Kama"),
    ),
    (
        "Kurt Figge, Präsident der Universität und Vorsitzender der Konferenz, begrüßte den Beschluss als „wesentlichen Schritt für die Hochschulen“.",
        Some("Kurt Figge"),
    ),
    // a role after the verb with the name in apposition, past a short complement
    ("„Wir bleiben hier“, sagte die Sprecherin des Verbands, Anna Weber.", Some("Anna Weber")),
    (
        "„Die Lage bessert sich“, äußerte sich der Chef der Agentur für Arbeit, Frank Weise, in Nürnberg.",
        Some("Frank Weise"),
    ),
    // a separable verb whose particle stands after a name in apposition
    (
        "„Wir brauchen nur noch ein Unentschieden“, zeigte sich Milo Rajak, der Trainer Ghanas, nach dem Spiel zufrieden.",
        Some("Milo Rajak"),
    ),
    // a lone name before a singular verb at the sentence's start; not an
    // adverb with the subject after the verb, nor a plural noun
    ("Nordwerk gab dazu bekannt: „Wir schließen das Werk nicht.“", Some("Nordwerk")),
    ("Dazu erklärte die Ministerin: „Wir schließen das Werk nicht.“", Some("Ministerin")),
    ("Zudem sagte Lenz: „Wir schließen das Werk nicht.“", Some("Lenz")),
    // a participle as an attribute of the quotation is no cue
    (
        "Der Grund für den Ablass zwischen Arlon in Belgien und Willisau LU in der Schweiz waren dem Bericht zufolge nicht näher bezeichnete „technische Probleme“, die zur Rückkehr zwangen.",
        Some("Bericht"),
    ),
    // a medium that writes the words itself, not one that reports another's
    ("Das staatliche Fernsehen berichtete von „schweren Verlusten des Feindes“.", Some("staatliche Fernsehen")),
    ("Wie der Fernsehsender KTV berichtet, bestand die Antwort des Sprechers aus einem Wort: „Nein.“", None),
    // whose words or thoughts: a possessive (its pronoun resolved) or a name in the genitive
    ("Paul Brandt trat vor die Presse. Nach seinen Worten „ist das Werk sicher“.", Some("Paul Brandt")),
    ("Am Montag sprach Anna Weber. Ihrer Meinung nach „ist das Werk sicher“.", Some("Anna Weber")),
    ("Paul Brandt will die Regeln ändern. Nach Brandts Idee soll „die Mehrheit entscheiden“.", Some("Paul Brandt")),
    ("Paul Brandt trat vor die Presse. Seine Meinung zu dem Plan: „Das ist ein Fehler.“", Some("Paul Brandt")),
    (
        "In Bayern wird gestritten. Nach Ansicht von Bayerns Minister Paul Brandt ist „das Werk sicher“.",
        Some("Paul Brandt"),
    ),
    // the passive of a verb of naming: the one named does not speak
    ("Paul Brandt kam 2005 nach Stuttgart. Seit Jahren ist er, wie er genannt wird, „der Dicke“.", None),
];

#[test]
fn every_shape_gets_its_speaker_or_none() {
    for (text, expected) in SHAPES {
        assert_eq!(one(text).as_deref(), *expected, "{text}");
    }
}

#[test]
fn joint_speakers_are_kept_together() {
    let q = quotes("„Wir gehen diesen Weg gemeinsam“, sagten Lenz und Okafor.");
    assert_eq!(q[0].speaker.as_deref(), Some("Lenz und Okafor"));
    assert_eq!(q[0].speaker_kind, Some(SpeakerKind::People));
    let q = quotes("\"We did this together,\" said Lenz and Okafor jointly.");
    assert_eq!(q[0].speaker.as_deref(), Some("Lenz and Okafor"));
    assert_eq!(q[0].speaker_kind, Some(SpeakerKind::People));
}

#[test]
fn kinds_are_told_truthfully() {
    let q = quotes("„Die Lage ist ruhig“, teilte die Polizei mit.");
    assert_eq!(q[0].speaker_kind, Some(SpeakerKind::Organisation));
    let q = quotes("„Die Lage ist ruhig“, sagte ein Sprecher.");
    assert_eq!(q[0].speaker_kind, Some(SpeakerKind::Role));
    let q = quotes("„Die Lage ist ruhig“, sagte der Sprecher Paul Brandt.");
    assert_eq!(q[0].speaker_kind, Some(SpeakerKind::Person));
    // a written source without its author, and the body it belongs to
    let q = quotes("In dem Antrag heißt es: „Die Regel wäre ein Beitrag zum Frieden.“");
    assert_eq!((q[0].speaker.as_deref(), q[0].speaker_kind), (Some("Antrag"), Some(SpeakerKind::Document)));
    let q = quotes("„Wir sind zufrieden“, heißt es in einer Pressemitteilung des VKB.");
    assert_eq!((q[0].speaker.as_deref(), q[0].speaker_kind), (Some("VKB"), Some(SpeakerKind::Organisation)));
    let q = quotes("„Die Brücke ist sicher“, führt der Bericht aus.");
    assert_eq!((q[0].speaker.as_deref(), q[0].speaker_kind), (Some("Bericht"), Some(SpeakerKind::Document)));
}

#[test]
fn every_speaker_comes_with_its_evidence() {
    let q = quotes("„Wir bleiben hier“, sagte die Ministerin Anna Weber.");
    let evidence = q[0].speaker_evidence.as_deref().unwrap();
    assert!(evidence.contains("sagte") && evidence.contains("Ministerin Anna Weber"), "{evidence}");
}

#[test]
fn titles_and_scare_quotes_without_a_cue_stay_terms() {
    let q = quotes("Das Projekt „Nordlicht“ beginnt im Mai. Die Stadt feiert ein „neues Kapitel“ am Hafen.");
    assert!(q.iter().all(|q| q.kind == QuoteKind::Term && q.speaker.is_none()), "{q:?}");
}

#[test]
fn names_and_titles_stay_terms_even_next_to_a_cue() {
    for text in [
        "Die Gewerkschaft „Neue Arbeit“ rief am Montag zum Streik auf.",
        "Paul Brandt schrieb in der „Neuen Rundschau“, die Lage sei ernst.",
        "Unter dem Motto „Wir bleiben hier!“ zogen Tausende durch die Stadt.",
        "Laut „Hafenblatt“ kommt der Plan im Mai.",
        "Damals hieß das Lokal noch „Zur Alten Post“.",
        "The film \"Silent Harbour Nights\" opens today, Tom Baker said.",
        "Die Partei Ruch Narodowy („Nationale Bewegung der Mitte“) tritt an.",
        "Die Behörde warnt vor der Pille „Slim Fast Forte“, sagte Anna Weber.",
        "Zu sehen waren „Der Hafen im Wandel der Zeit“, „Brücken über die Elbe“ und „Alte Kräne“, sagte Anna Weber.",
    ] {
        let q = quotes(text);
        assert!(q.iter().all(|q| q.kind == QuoteKind::Term && q.speaker.is_none()), "{text}: {q:?}");
    }
}

#[test]
fn a_short_quotation_in_reported_speech_is_speech() {
    for text in ["Der Plan sei „völlig verfehlt“.", "Die Stadt habe den Bau „viel zu spät“ begonnen."] {
        let q = quotes(text);
        assert!(q.iter().all(|q| q.kind == QuoteKind::Speech), "{text}: {q:?}");
    }
    // without reported speech a scare quote stays a term
    assert_eq!(quotes("Die Stadt feiert ein „neues Kapitel“ am Hafen.")[0].kind, QuoteKind::Term);
}

#[test]
fn one_word_is_speech_only_as_what_a_speaker_calls_something() {
    let q = quotes("Paul Brandt nannte den Plan einen „Irrweg“.");
    assert_eq!((q[0].kind, q[0].speaker.as_deref()), (QuoteKind::Speech, Some("Paul Brandt")));
    let q = quotes("„Wir bauen weiter“, schreibt die „Hafenpost“.");
    assert_eq!(q[1].kind, QuoteKind::Term, "{q:?}");
}

#[test]
fn quotations_joined_by_and_are_of_one_kind() {
    let q = quotes("Anna Weber bezeichnete den Plan als „teuer“ und „völlig unnötig“.");
    assert!(q.iter().all(|q| q.kind == QuoteKind::Speech && q.speaker.as_deref() == Some("Anna Weber")), "{q:?}");
}

#[test]
fn carrying_stops_at_a_new_paragraph_that_names_someone_else() {
    let text = "„Wir gehen jetzt nach Hause“, sagte Anna Weber.\n\nDer Trainer Tom Baker lachte laut. „Wir bleiben noch hier.“";
    assert_eq!(who(text), vec![Some("Anna Weber".into()), None]);
}

#[test]
fn a_pronoun_after_a_new_paragraph_is_the_person_named_there() {
    let text = "„Wir prüfen das“, sagte Tom Ross.\n\nDagegen hält die Ministerin Anna Weber nichts davon. Im Radio sagte sie: „Ich war nie dafür.“";
    assert_eq!(who(text), vec![Some("Tom Ross".into()), Some("Anna Weber".into())]);
}

#[test]
fn a_quotation_after_reported_speech_keeps_its_speaker() {
    let text = "Paul Brandt sagte: „Wir handeln sofort.“ Die Gefahr sei real. „Aber wir sind bereit für alles.“";
    assert_eq!(who(text), vec![Some("Paul Brandt".into()), Some("Paul Brandt".into())]);
}

#[test]
fn a_multi_sentence_quotation_keeps_one_speaker() {
    let text = "„Wir kommen morgen. Dann reden wir weiter“, sagte Anna Weber.";
    assert_eq!(who(text), vec![Some("Anna Weber".into()), Some("Anna Weber".into())]);
}

/// The bytes read around quotations stay bounded per quotation, so a long
/// sentence full of quotations, or a file of nothing but marks, costs
/// work in proportion to its size.
#[test]
fn look_around_work_is_linear() {
    use super::window::{HEAD, SENTENCE, TAIL, WORK};
    let per_quote = HEAD + TAIL + 3 * SENTENCE;
    for text in ["„Wir kommen“ und ".repeat(6000), "„„„“““".repeat(6000)] {
        WORK.with(|w| w.set(0));
        let n = quotes(&text).len().max(1);
        let work = WORK.with(|w| w.get());
        assert!(work <= n * per_quote, "{work} bytes read for {n} quotations");
    }
    // ten times the input, at most ten times the work (and a little)
    let work = |k: usize| {
        WORK.with(|w| w.set(0));
        quotes(&"„„„“““ ".repeat(k));
        WORK.with(|w| w.get())
    };
    let (small, large) = (work(500), work(5000));
    assert!(large <= small * 11, "{small} → {large}");
}

#[test]
fn a_body_before_a_role_of_several_words_leaves_the_name_after_it_as_the_subject() {
    // the pronoun stands for the subject of the sentence before, not for
    // the speaker before that
    let text = "\"Sales fell again this year,\" Anna Weber said. Acme general manager Tom Baker then spoke up. \
                \"We will grow again next year,\" he said.";
    assert_eq!(who(text), vec![Some("Anna Weber".into()), Some("Tom Baker".into())]);
}

#[test]
fn an_adverb_opening_a_sentence_is_no_part_of_a_name() {
    let text = "Tom Baker was sentenced on Friday. Ironically Baker had asked for the trial himself. \
                \"I know what I have done to these families,\" Baker told the court.";
    assert_eq!(who(text), vec![Some("Tom Baker".into())]);
}

#[test]
fn reported_speech_keeps_its_speaker_past_expletives_numerals_and_later_quotations() {
    // `es drohe` is no speech of `es`: the reported speech goes on from Kühn
    let text = "Renate Kühn sagte, es müsse Schluss sein mit „gegenseitigen Vorwürfen“. \
                Es drohe „eine dramatische Erwärmung von bis zu sechs Grad“.";
    assert_eq!(who(text), vec![Some("Renate Kühn".into()), Some("Renate Kühn".into())]);
    // but `heißt es` speaks without a speaker
    let text = "Renate Kühn sagte, es müsse Schluss sein mit „gegenseitigen Vorwürfen“. \
                In dem Antrag heißt es, man wolle „eine dramatische Erwärmung verhindern“.";
    assert_ne!(who(text)[1].as_deref(), Some("Renate Kühn"));
    // a later quotation in the clause the verb of speech opened
    let text = "Karl Huber sagte am Sonntag vor Journalisten, das Land sei ein Opfer und sein Gegner \
                solle wissen, „dass wir jetzt hinter ihm her sind“.";
    assert_eq!(who(text), vec![Some("Karl Huber".into())]);
    let text = "Karl Huber sagte, das Land sei „ein Opfer des Terrors und der Gewalt“ und sein Gegner \
                solle wissen, „dass wir jetzt hinter ihm her sind“.";
    assert_eq!(who(text), vec![Some("Karl Huber".into()), Some("Karl Huber".into())]);
    // an amount of money is no one who is named in between
    let text = "Anja Weber kritisierte die Pläne der Regierung. Hier seien die Mittel angesichts \
                von Mehrkosten von bis zu 8,6 Milliarden Euro „völlig unrealistisch“.";
    assert_eq!(who(text), vec![Some("Anja Weber".into())]);
}

/// A medium's title in marks as the subject; a title between a quotation
/// and its cue is part of the sentence, but not one in a list.
#[test]
fn titles_in_marks_around_a_cue() {
    let cases: &[(&str, &[Option<&str>])] = &[
        ("„Er war ein Künstler“, schrieb „Die Woche“ in einem Nachruf.", &[Some("Die Woche"), None]),
        (
            "Die Wochenzeitschrift „Nordblick“ hatte im Mai kritisiert, dass sie „für ihre Nähe zu Extremisten“ bekannt sei.",
            &[None, Some("Nordblick")],
        ),
        ("„Das wird das größte Update“, zitiert die „Techwoche“ Paul Brandt.", &[Some("Paul Brandt"), None]),
        (
            "Anna Weber hielt der Forderung nach Öffnung die Ablehnung von Kürzungen entgegen („Hartz IV“, „Rente mit 70“).",
            &[None, None],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<Option<String>> = want.iter().map(|w| w.map(String::from)).collect();
        assert_eq!(who(text), want, "{text}");
    }
}

/// A lower-case noun after a possessive, with a name in apposition, is the
/// subject a pronoun later stands for, not the speaker before.
#[test]
fn a_possessive_noun_with_a_name_in_apposition() {
    let text = "\"See that car?\" said Tom Baker, a driver. His barber, Jon Reed, also black, agreed. \"They have a hard time,\" he said.";
    assert_eq!(who(text), vec![Some("Tom Baker".into()), Some("Jon Reed".into())]);
}
