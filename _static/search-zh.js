/*
 * Chinese queries for Sphinx's search page (loaded by _templates/search.html only), after the query was
 * cut into the index's words by splitQuery (_ext/chinese_search_splitter.js, in language_data.js), which
 * leaves the query and its words in window.SEARCH_ZH_TERMS.
 *
 * Ranking, on top of Sphinx's scores:
 *   - a page must hold every word of the query; if none does, the pages holding the most words are
 *     kept (Sphinx let any page through that held one of the words of three characters or more);
 *   - the chapter that the glossary entry of a typed term points to (SEARCH_GLOSSARY) comes first after
 *     the glossary itself, and a page whose title holds every word gets a bonus (Scorer.score: Sphinx's
 *     html_search_scorer would replace the whole Scorer, its weights included, with a copy to keep in step);
 *   - a section title matches the query with its spaces ignored (阻塞的线程占用CPU吗);
 *   - each page is listed once, with its best match.
 *
 * The passage shown under each result is taken around the query itself, or its longest word found in
 * the page (Sphinx looked for the stemmed terms, and showed the page's start when stemming changed them).
 */
"use strict";

(() => {
  const searchTerms = () => window.SEARCH_ZH_TERMS ?? [];

  // -- ranking ------------------------------------------------------------------------------------
  const GLOSSARY_BONUS = 50; // below the glossary's own entry (100), above any title match (≤ 16)
  const TITLE_BONUS = 10;
  let glossary = null; // glossary term -> the page its entry points to
  const glossaryPage = (word) => {
    glossary ??= new Map(Object.entries(window.SEARCH_GLOSSARY ?? {}).flatMap(([page, terms]) => terms.map((term) => [term, page])));
    return glossary.get(word);
  };
  const docTitle = (docname) => Search._index.titles[Search._index.docnames.indexOf(docname)] ?? "";

  Scorer.score = (result) => {
    const [docname, , , , score] = result;
    const title = docTitle(docname).toLowerCase();
    let bonus = 0;
    if (searchTerms().some((word) => glossaryPage(word) === docname)) bonus += GLOSSARY_BONUS;
    if (searchTerms().length > 1 && searchTerms().slice(1).every((word) => title.includes(word))) bonus += TITLE_BONUS;
    return score + bonus;
  };

  // The files (numbers in the index) that hold a search term, as performTermsSearch finds them.
  const filesWith = (word) => {
    const index = Search._index;
    const files = new Set();
    for (const map of [index.terms, index.titleterms])
      for (const term of Object.hasOwn(map, word) || word.length <= 2 ? [word] : Object.keys(map).filter((t) => t.includes(word)))
        if (Object.hasOwn(map, term)) [map[term]].flat().forEach((file) => files.add(file));
    return files;
  };

  const performTermsSearch = Search.performTermsSearch;
  Search.performTermsSearch = (searchTerms, excludedTerms) => {
    const results = performTermsSearch(searchTerms, excludedTerms);
    const holders = [...searchTerms].map(filesWith);
    const held = (result) => {
      const file = Search._index.docnames.indexOf(result[0]);
      return holders.filter((files) => files.has(file)).length;
    };
    const most = Math.max(0, ...results.map(held));
    return results.filter((result) => held(result) === most);
  };

  const performSearch = Search._performSearch;
  Search._performSearch = (query, ...rest) => {
    const results = performSearch(query, ...rest);
    // section titles, spaces ignored (Sphinx compares them with the query as typed)
    const compact = (text) => text.toLowerCase().replace(/\s+/g, "");
    const wanted = compact(query);
    const { alltitles, docnames, filenames, titles } = Search._index;
    for (const [title, found] of Object.entries(alltitles)) {
      const candidate = compact(title);
      if (wanted && candidate !== title.toLowerCase() && candidate.includes(wanted) && wanted.length >= candidate.length / 2)
        for (const [file, id] of found) {
          const result = [docnames[file], titles[file] !== title ? `${titles[file]} > ${title}` : title,
            id !== null ? "#" + id : "", null, Math.round((Scorer.title * wanted.length) / candidate.length),
            filenames[file], SearchResultKind.title];
          result[4] = Scorer.score(result);
          results.push(result);
        }
    }
    // each page once, with its best result (results are in rising order: the best is last)
    results.sort(_orderResultsByScoreThenName);
    const seen = new Set();
    return results.reverse().filter((result) => !seen.has(result[0]) && seen.add(result[0])).reverse();
  };

  // Replaces Search.makeSearchSummary: the passage around the query, or around its longest word.
  Search.makeSearchSummary = (htmlText, keywords, anchor) => {
    const text = Search.htmlToText(htmlText, anchor);
    if (text === "") return null;
    const textLower = text.toLowerCase();
    const wanted = [searchTerms()[0], ...searchTerms().slice(1).sort((a, b) => b.length - a.length), ...keywords];
    const found = wanted.map((word) => textLower.indexOf(word)).find((position) => position > -1) ?? 0;
    const start = Math.max(found - 120, 0);
    const summary = document.createElement("p");
    summary.classList.add("context");
    summary.textContent =
      (start > 0 ? "..." : "") + text.substr(start, 240).trim() + (start + 240 < text.length ? "..." : "");
    return summary;
  };
})();
