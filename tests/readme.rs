//! The README's rule table is generated from the rules' metadata; this test keeps
//! it current (`MTLINT_BLESS=1 cargo test --test readme` rewrites it).

const START: &str = "<!-- rules:start -->\n";
const END: &str = "<!-- rules:end -->";

fn table() -> String {
    let mut t = String::from("| rule | default | severity | finds |\n|---|---|---|---|\n");
    for m in mtlint::rules::all() {
        let on = if m.default_enabled { "on" } else { "off" };
        t.push_str(&format!(
            "| `{}` | {on} | {} | {} |\n",
            m.id,
            m.severity,
            m.summary.replace('|', "\\|")
        ));
    }
    t
}

#[test]
fn readme_rule_table_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let (Some(s), Some(e)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md lacks the rules markers");
    };
    let current = &readme[s + START.len()..e];
    let wanted = table();
    if current != wanted {
        if std::env::var_os("MTLINT_BLESS").is_some() {
            let updated = format!("{}{wanted}{}", &readme[..s + START.len()], &readme[e..]);
            std::fs::write(path, updated).expect("write README.md");
        } else {
            panic!(
                "README rule table is stale; run MTLINT_BLESS=1 cargo test --test readme\n{wanted}"
            );
        }
    }
}
