// The import form, once JavaScript runs: files dropped on the drop zone are taken as if chosen, and chosen
// files are previewed at once (the form's own Preview button, so the server does what it does without
// JavaScript). The form works without any of this.

function wire(form) {
    if (form.dataset.wired) return;
    form.dataset.wired = "true";
    const input = form.querySelector('input[type="file"]');
    const zone = form.querySelector("[data-drop-zone]");
    const chosen = form.querySelector("[data-chosen]");
    const busy = form.querySelector("[data-import-busy]");
    const preview = form.querySelector("[data-import-preview-button]");

    const previewNow = () => {
        if (!input.files?.length) return;
        chosen.textContent = [...input.files].map(f => f.name).join(" · ");
        busy.hidden = false;
        form.requestSubmit(preview);
    };

    input.addEventListener("change", previewNow);
    zone.addEventListener("dragover", event => {
        if (![...(event.dataTransfer?.types ?? [])].includes("Files")) return;
        event.preventDefault();
        zone.dataset.dragging = "";
    });
    zone.addEventListener("dragleave", () => delete zone.dataset.dragging);
    zone.addEventListener("drop", event => {
        event.preventDefault();
        delete zone.dataset.dragging;
        if (!event.dataTransfer?.files.length) return;
        input.files = event.dataTransfer.files;
        previewNow();
    });
    form.addEventListener("submit", () => {
        busy.hidden = false;
    });
}

function wireAll() {
    for (const form of document.querySelectorAll("[data-import-form]")) wire(form);
}

wireAll();
window.Blazor?.addEventListener?.("enhancedload", wireAll);
