//! The `names/dropped-letters` rule: a well-known name whose non-ASCII letters were lost on the
//! way (`So Paulo` for São Paulo, `Bogot` for Bogotá), as an encoding step that drops what it
//! cannot map leaves it.

use crate::analysis::document::Document;
use crate::analysis::wordlex::lookup;
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::{char_at, char_before};

/// A well-known name with its non-ASCII letters deleted: `So Paulo`, `Bogot`.
pub struct DroppedLetters;

static DROPPED_LETTERS: RuleMeta = RuleMeta {
    id: "names/dropped-letters",
    category: Category::Names,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(trigger_words),
    default_enabled: true,
    summary: "a well-known name with its non-ASCII letters lost (`So Paulo`, `Bogot`); restore them",
    flags: &[
        Example {
            text: "Heavy rain flooded streets in So Paulo on Sunday.",
            fixed: "Heavy rain flooded streets in São Paulo on Sunday.",
        },
        Example {
            text: "The delegates met in Bogot for two days.",
            fixed: "The delegates met in Bogotá for two days.",
        },
        Example {
            text: "A new tram line opened in Wrocaw this spring.",
            fixed: "A new tram line opened in Wrocław this spring.",
        },
        Example {
            text: "The trade fair in Nrnberg drew record crowds.",
            fixed: "The trade fair in Nürnberg drew record crowds.",
        },
        Example {
            text: "The striker Joaqun Ortega scored twice.",
            fixed: "The striker Joaquín Ortega scored twice.",
        },
        Example {
            text: "Ferries to Reykjavk were cancelled by the storm.",
            fixed: "Ferries to Reykjavík were cancelled by the storm.",
        },
    ],
    passes: &[
        "Heavy rain flooded streets in São Paulo on Sunday.",
        "So Paulo stayed at home, and so did his brother.",
        "The delegates met in Bogota for two days.",
        "A new tram line opened in Wroclaw this spring.",
        "The trade fair in Nuremberg drew record crowds.",
        "So, Paulo, where were you?",
        "The striker Joaquin Ortega and the coach Martin Silva scored.",
    ],
};

/// Well-known names with letters beyond ASCII (places, family names common in the news, and
/// the common Portuguese and Spanish given names with an accent), typed from public gazetteer
/// knowledge.
const NAMES: &[&str] = &[
    "Adrián",
    "Agustín",
    "Andrés",
    "Antônio",
    "Anísio",
    "Assunção",
    "Asunción",
    "Aurélio",
    "Besançon",
    "Białystok",
    "Bogotá",
    "Brasília",
    "Brașov",
    "Béziers",
    "Cancún",
    "Cecília",
    "Cláudio",
    "Conceição",
    "Constanța",
    "Curaçao",
    "Częstochowa",
    "Célia",
    "Córdoba",
    "Diyarbakır",
    "Düsseldorf",
    "Erdoğan",
    "Espírito Santo",
    "Estéfano",
    "Estêvão",
    "Fenerbahçe",
    "Fernández",
    "Florianópolis",
    "Flávio",
    "Fátima",
    "Gdańsk",
    "González",
    "Gonçalves",
    "Guimarães",
    "Göteborg",
    "Göttingen",
    "Hernández",
    "Inácio",
    "Inés",
    "Iñaki",
    "Jiménez",
    "Joaquín",
    "Julián",
    "Jéssica",
    "Jönköping",
    "Kraków",
    "Kılıçdaroğlu",
    "Letícia",
    "Lúcio",
    "Lübeck",
    "Magalhães",
    "Maranhão",
    "Martín",
    "Martínez",
    "Medellín",
    "Michoacán",
    "Montréal",
    "Málaga",
    "Márcio",
    "Mário",
    "Mônica",
    "Mönchengladbach",
    "München",
    "Münster",
    "Neuchâtel",
    "Nicolás",
    "Niterói",
    "Nürnberg",
    "Orléans",
    "Otávio",
    "Patrícia",
    "Poznań",
    "Querétaro",
    "Québec",
    "Ramírez",
    "Ramón",
    "Raúl",
    "Reykjavík",
    "Rodríguez",
    "Rogério",
    "Saarbrücken",
    "Sebastián",
    "Sebastião",
    "Sánchez",
    "São Paulo",
    "Sérgio",
    "Tórshavn",
    "Tübingen",
    "Valparaíso",
    "Valéria",
    "Vinícius",
    "Vitória",
    "Vázquez",
    "Wrocław",
    "Würzburg",
    "Yucatán",
    "Zürich",
    "Álvaro",
    "Ângela",
];

/// `name` with its non-ASCII letters deleted (`Bogot`), or `None` when that leaves a spelling
/// too short or too common to tell (`Per`, `So`).
fn dropped(name: &str) -> Option<String> {
    let ascii: String = name.chars().filter(char::is_ascii).collect();
    let ascii = ascii.split_whitespace().collect::<Vec<_>>().join(" ");
    let words: Vec<&str> = ascii.split(' ').collect();
    let distinct = |w: &&str| w.len() >= 5 && lookup(w).is_none();
    let ok = if words.len() == 1 {
        distinct(&words[0])
    } else {
        words.iter().all(|w| !w.is_empty() && w.starts_with(char::is_uppercase))
    };
    (ok && ascii != name).then_some(ascii)
}

/// Each name with a dropped spelling, and the longest word of that spelling (the word that
/// brings the rule in).
static FORMS: once_cell::sync::Lazy<Vec<(&'static str, String, String)>> =
    once_cell::sync::Lazy::new(|| {
        NAMES
            .iter()
            .filter_map(|&name| {
                let form = dropped(name)?;
                let key = form.split(' ').max_by_key(|w| w.len())?.to_string();
                Some((name, form, key))
            })
            .collect()
    });

/// The trigger words: the longest word of each dropped spelling.
fn trigger_words() -> Vec<&'static str> {
    FORMS.iter().map(|(_, _, key)| key.as_str()).collect()
}

impl Rule for DroppedLetters {
    fn meta(&self) -> &'static RuleMeta {
        &DROPPED_LETTERS
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let text = doc.text();
        let words = doc.words();
        for k in doc.trigger_words(DROPPED_LETTERS.id) {
            let word = doc.word(k);
            if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
                continue;
            }
            for (name, form, key) in FORMS.iter() {
                if key != word {
                    continue;
                }
                let parts: Vec<&str> = form.split(' ').collect();
                let Some(j) = parts.iter().position(|p| *p == word) else {
                    continue;
                };
                let Some(first) = k.checked_sub(j) else {
                    continue;
                };
                let last = first + parts.len() - 1;
                let same = parts.iter().enumerate().all(|(n, p)| {
                    doc.word(first + n) == *p && (first + n == last || doc.joined(first + n))
                });
                if !same {
                    continue;
                }
                let (s, e) = (words[first].0, words[last].1);
                let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
                if glued(char_before(text, s)) || glued(char_at(text, e)) || doc.is_protected(s..e)
                {
                    continue;
                }
                if parts.len() > 1 && opens_sentence(text, s) {
                    continue; // `So Paulo stayed`: a sentence opening with `So` and a name
                }
                out.push(
                    DROPPED_LETTERS
                        .finding(s..e, format!("`{form}` is `{name}` with its letters lost"))
                        .with_fix(Fix::safe(Edit::new(s..e, *name))),
                );
                break;
            }
        }
    }
}

/// Whether `s` opens a sentence or a line: nothing but spaces and quotes since a line start or a
/// `.`, `!`, `?` or `:`.
fn opens_sentence(text: &str, s: usize) -> bool {
    let before = text[..s].trim_end_matches([' ', '“', '"', '‘', '\'', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])
}
