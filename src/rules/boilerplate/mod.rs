//! Boilerplate: machine-translation disclaimers and the debris of scraped pages
//! (navigation, share buttons, comment forms) left in the text.

pub(crate) mod lines;

super::family! {
    mt_disclaimer => MtDisclaimer,
    page_debris => PageDebris,
}

#[cfg(test)]
mod tests;
