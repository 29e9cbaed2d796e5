/* The site's Content-Security-Policy (_ext/csp.py) allows no eval. Sphinx's doctools.js turns the plural
   rule of the translation catalog into a function with `new Function`; this file, loaded between
   doctools.js and translations.js, does the same without eval. Chinese has one plural form: the rule is
   the constant "0". Any other rule falls back to English's. */
Documentation.addTranslations = (catalog) => {
  Object.assign(Documentation.TRANSLATIONS, catalog.messages);
  const rule = String(catalog.plural_expr).trim();
  Documentation.PLURAL_EXPR = /^\d+$/.test(rule) ? () => Number(rule) : (n) => (n === 1 ? 0 : 1);
  Documentation.LOCALE = catalog.locale;
};
