/*
 * Chinese queries for Sphinx's search page (loaded by _templates/search.html only).
 *
 * Sphinx's searchtools.js keeps a run of Chinese characters as one search term, and finds only index
 * terms equal to it or containing it: 解释器锁的实现 or 生成器表达式和列表推导式 typed without spaces
 * found nothing. Here the query is cut into the words the index knows. The index was cut by jieba, with
 * the project's words added (_ext/chinese_search.py), so its terms are the dictionary:
 *
 *   - Latin words stay whole (apply_async, __slots__, nonlocal), as the default splitQuery keeps them;
 *   - a run of Chinese characters is cut into index terms, or parts of three characters or more of
 *     index terms (Sphinx finds 解释器锁 inside 全局解释器锁): as few pieces as possible, covering as
 *     many characters as possible. A run that is a term stays whole. Characters no piece covers
 *     (的, 和 …) are dropped, and so are single letters (I/O): the index holds no one-character term.
 *
 * Ranking, on top of Sphinx's scores:
 *   - a page must hold every word of the query; if none does, the pages holding the most words are
 *     kept (Sphinx let any page through that held one of the words of three characters or more);
 *   - the chapter that the glossary entry of a typed term points to (SEARCH_GLOSSARY) comes first after
 *     the glossary itself, and a page whose title holds every word gets a bonus;
 *   - a section title matches the query with its spaces ignored (阻塞的线程占用CPU吗);
 *   - each page is listed once, with its best match.
 *
 * The passage shown under each result is taken around the query itself, or its longest word found in
 * the page (Sphinx looked for the stemmed terms, and showed the page's start when stemming changed them).
 */
"use strict";

(() => {
  const HAN = /\p{Script=Han}/u;
  const WORD_OR_HAN_RUN = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
  const MAX_WORD = 12; // longest index term (or part of one) tried when cutting a run
  let vocabulary = null; // the index's terms and title terms, made on the first search
  let lastTerms = []; // the query and its words, for the passage under each result

  const indexTerms = () => {
    if (vocabulary === null) {
      const index = Search._index;
      vocabulary = new Set([...Object.keys(index.terms), ...Object.keys(index.titleterms)]);
      // the parts (three characters or more) of Chinese terms, which Sphinx finds inside those terms
      vocabulary.parts = new Set();
      for (const term of vocabulary)
        if (HAN.test(term))
          for (let start = 0; start < term.length - 2; start++)
            for (let end = start + 3; end <= Math.min(term.length, start + MAX_WORD); end++)
              vocabulary.parts.add(term.slice(start, end));
    }
    return vocabulary;
  };

  // Cut a run of Chinese characters into index terms or parts of them: fewest characters left out,
  // then fewest words.
  const cutRun = (run, terms) => {
    // best[i]: the best cut of run.slice(0, i), as [characters left out, words]
    const best = [[0, []]];
    for (let end = 1; end <= run.length; end++) {
      const [skipped, words] = best[end - 1];
      let choice = [skipped + 1, words];
      for (let start = Math.max(0, end - MAX_WORD); start < end - 1; start++) {
        const word = run.slice(start, end);
        const [before, wordsBefore] = best[start];
        if ((terms.has(word) || terms.parts.has(word)) && (before < choice[0] || (before === choice[0] && wordsBefore.length + 1 < choice[1].length)))
          choice = [before, [...wordsBefore, word]];
      }
      best.push(choice);
    }
    return best[run.length][1];
  };

  const splitRun = (run, terms) => {
    if (!HAN.test(run)) return [run];
    const words = cutRun(run, terms);
    return words.length ? words : [run];
  };

  // Replaces the splitQuery of searchtools.js (a global it looks up on every search).
  window.splitQuery = (query) => {
    const terms = indexTerms();
    const words = query
      .split(/[^\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/gu)
      .filter((word) => word)
      .flatMap((word) => word.match(WORD_OR_HAN_RUN))
      .flatMap((part) => splitRun(part, terms));
    const longer = words.filter((word) => word.length > 1);
    if (longer.length) words.splice(0, words.length, ...longer);
    lastTerms = [query.trim().toLowerCase(), ...words.map((word) => word.toLowerCase())];
    return words;
  };

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
    if (lastTerms.some((word) => glossaryPage(word) === docname)) bonus += GLOSSARY_BONUS;
    if (lastTerms.length > 1 && lastTerms.slice(1).every((word) => title.includes(word))) bonus += TITLE_BONUS;
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
    const wanted = [lastTerms[0], ...lastTerms.slice(1).sort((a, b) => b.length - a.length), ...keywords];
    const found = wanted.map((word) => textLower.indexOf(word)).find((position) => position > -1) ?? 0;
    const start = Math.max(found - 120, 0);
    const summary = document.createElement("p");
    summary.classList.add("context");
    summary.textContent =
      (start > 0 ? "..." : "") + text.substr(start, 240).trim() + (start + 240 < text.length ? "..." : "");
    return summary;
  };
})();
