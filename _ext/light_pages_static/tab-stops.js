// A code block that scrolls sideways gets tabindex=0, so a keyboard can scroll it; one that does not gets -1.
// pydata-sphinx-theme does this by measuring every block when the page loads and after each change to it:
// the whole page laid out in one task, and `content-visibility: auto` on code blocks (_static/custom.css)
// undone. Here a block is measured when it comes within a screen of the viewport. light_pages.py makes the
// theme's script call jinjieTabStopWhenNear instead of measuring.
(() => {
  const nearViewport = new IntersectionObserver(
    (entries) => {
      const near = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
      // every size first, then every write: one layout, not one per block
      const scrollable = near.map((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight);
      near.forEach((el, i) => {
        el.tabIndex = scrollable[i] ? 0 : -1;
        nearViewport.unobserve(el);
      });
    },
    { rootMargin: "100% 0px" },
  );
  window.jinjieTabStopWhenNear = (element) => nearViewport.observe(element);
})();
