// The reading bar: where its bottom is (the reading line is drawn from it), and its measured height where it
// wraps (wide screens), which targets stop right under. Should the bar change height while it sticks (its
// chips wrap anew), the page moves by as much, so the line under it stays.
const element = () => document.querySelector("[data-reading-bar]");
let height = null;

const size = new ResizeObserver(() => {
    const bar = element();
    if (!bar)
        return;
    const wide = matchMedia("(min-width: 40.01rem)").matches;
    const before = height ?? parseFloat(getComputedStyle(bar).minHeight);
    height = bar.offsetHeight;
    if (wide)
        document.documentElement.style.setProperty("--bar-measured", height + "px");
    else
        document.documentElement.style.removeProperty("--bar-measured");
    const header = document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0;
    const stuck = Math.abs(bar.getBoundingClientRect().top - (wide ? header : 0)) < 1 && scrollY > 0;
    if (stuck && before && height !== before)
        window.scrollBy({ top: height - before, behavior: "instant" });
});

export const readingBar = {
    /** The bar's bottom edge in the view (0 where the page has no bar). */
    bottom() {
        return element()?.getBoundingClientRect().bottom ?? 0;
    },
    /** Stops measuring the last page's bar, and forgets its height. */
    forget() {
        size.disconnect();
        height = null;
    },
    /** Measures the bar of the page now shown. */
    measure() {
        const bar = element();
        if (bar)
            size.observe(bar);
    },
};
