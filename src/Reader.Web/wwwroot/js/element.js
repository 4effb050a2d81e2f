// Elements made from untrusted text: the text goes in as text, never as markup.

/** A `tag` element holding `text` (when given) with these attributes. */
export function el(tag, text, attributes = {}) {
    const element = document.createElement(tag);
    if (text !== undefined && text !== null)
        element.textContent = String(text);
    for (const [name, value] of Object.entries(attributes))
        element.setAttribute(name, value);
    return element;
}
