/*
 * splitQuery for Sphinx's search page: Chinese queries cut into the words the index knows.
 *
 * Sphinx puts this code into language_data.js (the search language's documented js_splitter_code, set
 * by ProjectChinese in _ext/chinese_search.py); searchtools.js calls splitQuery on every search.
 *
 * Sphinx's default keeps a run of Chinese characters as one search term, and finds only index terms
 * equal to it or containing it: 解释器锁的实现 or 生成器表达式和列表推导式 typed without spaces found
 * nothing. The index was cut by jieba, with the project's words added, so its terms are the dictionary:
 *
 *   - Latin words stay whole (apply_async, __slots__, nonlocal), as the default splitQuery keeps them;
 *   - a run of Chinese characters is cut into index terms, or parts of three characters or more of
 *     index terms (Sphinx finds 解释器锁 inside 全局解释器锁): as few pieces as possible, covering as
 *     many characters as possible. A run that is a term stays whole. Characters no piece covers
 *     (的, 和 …) are dropped, and so are single letters (I/O): the index holds no one-character term.
 *
 * The query and its words are left in window.SEARCH_ZH_TERMS for _static/search-zh.js (ranking, passages).
 */
// `var`: searchtools.js, loaded first, declares its default splitQuery with var; this one replaces it.
var splitQuery = (() => {
  "use strict";

  const HAN = /\p{Script=Han}/u;
  const WORD_OR_HAN_RUN = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
  const MAX_WORD = 12; // longest index term (or part of one) tried when cutting a run
  let vocabulary = null; // the index's terms and title terms, made on the first search

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

  return (query) => {
    const terms = indexTerms();
    const words = query
      .split(/[^\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/gu)
      .filter((word) => word)
      .flatMap((word) => word.match(WORD_OR_HAN_RUN))
      .flatMap((part) => splitRun(part, terms));
    const longer = words.filter((word) => word.length > 1);
    if (longer.length) words.splice(0, words.length, ...longer);
    window.SEARCH_ZH_TERMS = [query.trim().toLowerCase(), ...words.map((word) => word.toLowerCase())];
    return words;
  };
})();
