//! mtlint for Python: `check`, `fix`, `score` and a reusable `Detector`, over
//! the library's public API. Findings and scores come out as the dicts the
//! CLI's JSON holds (the library's `serde` contract, converted to Python
//! objects); scanning runs with the GIL released.

use mtlint::config::Config;
use mtlint::{apply_fixes, FixLevel, LineIndex, Markup};
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde_json::Value;
use std::collections::HashSet;
use std::sync::OnceLock;

create_exception!(
    mtlint,
    Error,
    PyValueError,
    "A configuration, rule name or markup mtlint cannot use; the message is mtlint's."
);

/// How a detector was asked for: the command line's options, as keywords.
struct Core {
    /// The parsed `mtlint.toml`, kept to resolve its overrides for a path.
    config: Option<Config>,
    enable: Vec<String>,
    disable: Vec<String>,
    /// Extra name and idiom data: (source, text).
    names: Vec<(String, String)>,
    idioms: Vec<(String, String)>,
    /// The detector for a text without a path (or one no override matches).
    base: mtlint::Detector,
    /// The same from every rule on, the score's (its weights were learned so):
    /// the configuration and the options still apply on top.
    base_all: mtlint::Detector,
}

/// The detector a text is scanned with.
enum Chosen<'a> {
    /// The configuration excludes the path: no findings.
    Excluded,
    Base(&'a mtlint::Detector),
    /// An override of the configuration applies to the path.
    Own(Box<mtlint::Detector>),
}

impl Core {
    fn new(
        enable: Vec<String>,
        disable: Vec<String>,
        config: Option<&str>,
        names: Option<String>,
        idioms: Option<String>,
    ) -> Result<Core, String> {
        let config = config
            .map(|text| Config::parse(text, "mtlint.toml").map_err(|e| e.to_string()))
            .transpose()?;
        // the name and idiom files a configuration lists, read from the
        // current directory as the CLI reads them from the file's
        let read = |p: &String| {
            std::fs::read_to_string(p)
                .map(|t| (p.clone(), t))
                .map_err(|e| format!("{p}: {e}"))
        };
        let settings = config.as_ref().map(Config::settings);
        let mut extra_names =
            settings.map_or(Ok(Vec::new()), |s| s.names.iter().map(read).collect())?;
        let mut extra_idioms =
            settings.map_or(Ok(Vec::new()), |s| s.idioms.iter().map(read).collect())?;
        extra_names.extend(names.map(|t| ("names".to_string(), t)));
        extra_idioms.extend(idioms.map(|t| ("idioms".to_string(), t)));
        let mut core = Core {
            config,
            enable,
            disable,
            names: extra_names,
            idioms: extra_idioms,
            base: mtlint::Detector::new(),
            base_all: mtlint::Detector::new(),
        };
        core.base = core.build(None, false)?;
        core.base_all = core.build(None, true)?;
        Ok(core)
    }

    /// A detector: the defaults (or every rule, `all`), the configuration
    /// resolved for `path`, then --disable, --enable, names and idioms, in the
    /// CLI's order.
    fn build(&self, path: Option<&str>, all: bool) -> Result<mtlint::Detector, String> {
        let start = if all {
            mtlint::Detector::builder().all()
        } else {
            mtlint::Detector::builder()
        };
        let mut b = match &self.config {
            Some(c) => c.resolve(path.unwrap_or("")).apply(start),
            None => start,
        };
        for d in &self.disable {
            b = b.disable(d.as_str());
        }
        for e in &self.enable {
            b = b.enable(e.as_str());
        }
        for (source, text) in &self.names {
            b = b.names(source.as_str(), text.as_str());
        }
        for (source, text) in &self.idioms {
            b = b.idioms(source.as_str(), text.as_str());
        }
        b.build().map_err(|e| e.to_string())
    }

    /// The detector for a text reported under `path`: `check`'s, or the
    /// score's (`all`).
    fn for_path(&self, path: Option<&str>, all: bool) -> Result<Chosen<'_>, String> {
        let base = if all { &self.base_all } else { &self.base };
        let (Some(config), Some(path)) = (&self.config, path) else {
            return Ok(Chosen::Base(base));
        };
        let resolved = config.resolve(path);
        if resolved.excluded {
            Ok(Chosen::Excluded)
        } else if resolved.overrides.is_empty() {
            Ok(Chosen::Base(base))
        } else {
            self.build(Some(path), all)
                .map(|d| Chosen::Own(Box::new(d)))
        }
    }

    /// The findings of `check` (or of the score's rules, `all`).
    fn scan(
        &self,
        text: &str,
        markup: Markup,
        path: Option<&str>,
        all: bool,
    ) -> Result<Vec<mtlint::Finding>, String> {
        Ok(match self.for_path(path, all)? {
            Chosen::Excluded => Vec::new(),
            Chosen::Base(d) => d.scan_markup(text, markup),
            Chosen::Own(d) => d.scan_markup(text, markup),
        })
    }

    /// The ids of the rules `check` runs on a text reported under `path`.
    fn checked_rules(&self, path: Option<&str>) -> Result<HashSet<&'static str>, String> {
        Ok(match self.for_path(path, false)? {
            Chosen::Excluded => HashSet::new(),
            Chosen::Base(d) => d.rule_ids().collect(),
            Chosen::Own(d) => d.rule_ids().collect(),
        })
    }

    /// The CLI's JSON objects for `text`'s findings (`path` only when given).
    fn check(&self, text: &str, markup: Markup, path: Option<&str>) -> Result<Vec<Value>, String> {
        Ok(objects(text, &self.scan(text, markup, path, false)?, path))
    }

    /// `mtlint stream`'s result for `text` from one scan: the score's object
    /// with `findings` the list of what `check` reports (with `path` first when
    /// given). The scan is the score's (every rule on, the configuration on top);
    /// the findings listed are those of the rules `check` runs.
    fn analyze(&self, text: &str, markup: Markup, path: Option<&str>) -> Result<Value, String> {
        let scored = self.scan(text, markup, path, true)?;
        let checked = self.checked_rules(path)?;
        let listed: Vec<mtlint::Finding> = scored
            .iter()
            .filter(|f| checked.contains(f.rule))
            .cloned()
            .collect();
        let s = mtlint::score(text, &scored);
        let index = LineIndex::new(text);
        let report = s
            .report(path.unwrap_or(""), text, &scored, &index)
            .listing(&listed);
        serde_json::to_value(report).map_err(|e| e.to_string())
    }

    /// The text with the fixes applied and the result scanned again, until
    /// nothing more applies (at most 4 rounds), as `mtlint check --fix` does.
    fn fix(&self, text: &str, level: FixLevel, markup: Markup) -> String {
        let mut current = text.to_string();
        for _ in 0..4 {
            let fixed = apply_fixes(&current, &self.base.scan_markup(&current, markup), level);
            if fixed.applied == 0 {
                break;
            }
            current = fixed.text;
        }
        current
    }

    /// The `mtlint score --format json` object (`path` only when given): every
    /// rule on, the configuration and the options on top, as `mtlint score`.
    fn score(&self, text: &str, markup: Markup, path: Option<&str>) -> Result<Value, String> {
        let scored = self.scan(text, markup, path, true)?;
        let s = mtlint::score(text, &scored);
        let index = LineIndex::new(text);
        serde_json::to_value(s.report(path.unwrap_or(""), text, &scored, &index))
            .map_err(|e| e.to_string())
    }
}

/// The CLI's JSON objects for `findings` in `text` (`path` only when given).
fn objects(text: &str, findings: &[mtlint::Finding], path: Option<&str>) -> Vec<Value> {
    let index = LineIndex::new(text);
    findings
        .iter()
        .map(|f| {
            // (an empty path is left out of the object)
            serde_json::to_value(f.located(path.unwrap_or(""), text, &index)).unwrap_or(Value::Null)
        })
        .collect()
}

/// `"plain"`, `"markdown"`, `"html"`, or `"auto"` (from the path's extension).
fn markup(name: &str, path: Option<&str>) -> PyResult<Markup> {
    match name {
        "plain" => Ok(Markup::Plain),
        "markdown" => Ok(Markup::Markdown),
        "html" => Ok(Markup::Html),
        "auto" => Ok(Markup::from_path(path.unwrap_or(""))),
        other => Err(Error::new_err(format!(
            "unknown markup `{other}` (plain, markdown, html or auto)"
        ))),
    }
}

/// A JSON value as the Python object `json.loads` would give.
fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => u.into_pyobject(py)?.into_any(),
            (None, Some(i)) => i.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(o) => {
            let dict = PyDict::new(py);
            for (k, item) in o {
                dict.set_item(k, to_py(py, item)?)?;
            }
            dict.into_any()
        }
    })
}

fn error(msg: String) -> PyErr {
    Error::new_err(msg)
}

/// A reusable detector: the rules chosen once (`enable`, `disable`, an
/// `mtlint.toml`'s text as `config`, extra `names` and `idioms` data), then
/// `check`, `fix` and `score` on any number of texts. Safe to share between
/// threads; scanning releases the GIL, so threads scan in parallel.
#[pyclass(frozen, module = "mtlint")]
struct Detector {
    core: Core,
}

#[pymethods]
impl Detector {
    #[new]
    #[pyo3(signature = (enable = Vec::new(), disable = Vec::new(), config = None, *, names = None, idioms = None))]
    fn new(
        enable: Vec<String>,
        disable: Vec<String>,
        config: Option<&str>,
        names: Option<String>,
        idioms: Option<String>,
    ) -> PyResult<Detector> {
        Core::new(enable, disable, config, names, idioms)
            .map(|core| Detector { core })
            .map_err(error)
    }

    /// The findings in `text`: a list of dicts, each the object
    /// `mtlint check --format json` prints (with `path` only when given).
    #[pyo3(signature = (text, *, markup = "plain", path = None))]
    fn check<'py>(
        &self,
        py: Python<'py>,
        text: String,
        markup: &str,
        path: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        check_with(py, &self.core, text, markup, path)
    }

    /// `text` with the safe fixes applied (and the `unsafe` ones too when
    /// `unsafe` is true), rescanned until nothing more applies.
    #[pyo3(signature = (text, *, r#unsafe = false, markup = "plain"))]
    fn fix(&self, py: Python<'_>, text: String, r#unsafe: bool, markup: &str) -> PyResult<String> {
        fix_with(py, &self.core, text, r#unsafe, markup)
    }

    /// How machine-translated `text` looks: the `mtlint score --format json`
    /// object (with `path` only when given).
    #[pyo3(signature = (text, *, markup = "plain", path = None))]
    fn score<'py>(
        &self,
        py: Python<'py>,
        text: String,
        markup: &str,
        path: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        score_with(py, &self.core, text, markup, path)
    }

    /// `check` and `score` from one scan, as `mtlint stream` writes them: the
    /// `score` object (with `path` first when given) whose `findings` is the
    /// list `check` gives.
    #[pyo3(signature = (text, *, markup = "plain", path = None))]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: String,
        markup: &str,
        path: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let kind = self::markup(markup, path.as_deref())?;
        let value = py
            .allow_threads(|| self.core.analyze(&text, kind, path.as_deref()))
            .map_err(error)?;
        to_py(py, &value)
    }

    /// The ids of the rules this detector runs.
    fn rule_ids(&self) -> Vec<&'static str> {
        self.core.base.rule_ids().collect()
    }
}

fn check_with<'py>(
    py: Python<'py>,
    core: &Core,
    text: String,
    markup_name: &str,
    path: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let kind = markup(markup_name, path.as_deref())?;
    let values = py
        .allow_threads(|| core.check(&text, kind, path.as_deref()))
        .map_err(error)?;
    let list = PyList::empty(py);
    for v in &values {
        list.append(to_py(py, v)?)?;
    }
    Ok(list.into_any())
}

fn fix_with(
    py: Python<'_>,
    core: &Core,
    text: String,
    unsafe_fixes: bool,
    markup_name: &str,
) -> PyResult<String> {
    let kind = markup(markup_name, None)?;
    let level = if unsafe_fixes {
        FixLevel::Unsafe
    } else {
        FixLevel::Safe
    };
    Ok(py.allow_threads(|| core.fix(&text, level, kind)))
}

fn score_with<'py>(
    py: Python<'py>,
    core: &Core,
    text: String,
    markup_name: &str,
    path: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let kind = markup(markup_name, path.as_deref())?;
    let value = py
        .allow_threads(|| core.score(&text, kind, path.as_deref()))
        .map_err(error)?;
    to_py(py, &value)
}

/// The detector of the module-level functions without options: built once.
fn default_core() -> &'static Core {
    static DEFAULT: OnceLock<Core> = OnceLock::new();
    DEFAULT.get_or_init(|| Core {
        config: None,
        enable: Vec::new(),
        disable: Vec::new(),
        names: Vec::new(),
        idioms: Vec::new(),
        base: mtlint::Detector::new(),
        base_all: mtlint::Detector::builder()
            .all()
            .build()
            .unwrap_or_default(),
    })
}

/// The findings in `text`: a list of dicts, each the object
/// `mtlint check --format json` prints (with `path` only when given).
/// `enable`, `disable` and `config` (an mtlint.toml's text) choose the rules;
/// to check many texts, build a `Detector` once.
#[pyfunction]
#[pyo3(signature = (text, *, markup = "plain", path = None, enable = Vec::new(), disable = Vec::new(), config = None))]
fn check<'py>(
    py: Python<'py>,
    text: String,
    markup: &str,
    path: Option<String>,
    enable: Vec<String>,
    disable: Vec<String>,
    config: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    if enable.is_empty() && disable.is_empty() && config.is_none() {
        return check_with(py, default_core(), text, markup, path);
    }
    let core = Core::new(enable, disable, config, None, None).map_err(error)?;
    check_with(py, &core, text, markup, path)
}

/// `text` with the safe fixes applied (and the `unsafe` ones too when
/// `unsafe` is true), rescanned until nothing more applies.
#[pyfunction]
#[pyo3(signature = (text, *, r#unsafe = false, markup = "plain"))]
fn fix(py: Python<'_>, text: String, r#unsafe: bool, markup: &str) -> PyResult<String> {
    fix_with(py, default_core(), text, r#unsafe, markup)
}

/// How machine-translated `text` looks: the `mtlint score --format json`
/// object (with `path` only when given).
#[pyfunction]
#[pyo3(signature = (text, *, markup = "plain", path = None))]
fn score<'py>(
    py: Python<'py>,
    text: String,
    markup: &str,
    path: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    score_with(py, default_core(), text, markup, path)
}

/// The compiled module; the `mtlint` package re-exports it.
#[pymodule]
fn _mtlint(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("Error", m.py().get_type::<Error>())?;
    m.add_class::<Detector>()?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(fix, m)?)?;
    m.add_function(wrap_pyfunction!(score, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
